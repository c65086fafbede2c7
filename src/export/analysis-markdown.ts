import { sentences } from "../core/text/segment.js";
import type { Span } from "../core/types.js";
import type { AnalysisRecord } from "../ingest/analyze-service.js";

/**
 * The report a person reads: for each statement, who said it (resolved name, role, organisation),
 * how, and the sentence it came from; then figures, legal references, events and reports.
 */
export function renderMarkdown(record: AnalysisRecord): string {
  const { source, text } = record;
  const sents = sentences(text);
  const out: string[] = [];
  out.push(`# ${oneLine(source.title ?? source.id ?? source.path)}`, "");
  const meta = [source.path, source.date, source.outlet, source.url].filter(
    (x): x is string => !!x,
  );
  out.push(meta.map((m) => `\`${m}\``).join(" · "), "");

  out.push(`## Statements (${record.statements.length})`, "");
  record.statements.forEach((s, i) => {
    const sp = s.speaker;
    const who = sp
      ? `**${sp.name}**${sp.role || sp.org ? ` (${[sp.role, sp.org].filter(Boolean).join(", ")})` : ""}` +
        (sp.mention !== sp.name ? ` — as “${oneLine(sp.mention)}”` : "")
      : "**(no speaker)**";
    const how = [s.kind, s.cue ? `cue “${s.cue}”` : null, s.date].filter(Boolean).join(", ");
    out.push(`${i + 1}. ${who} — ${how} · [${s.start}–${s.end})`);
    const content = s.segments.map(([a, b]) => oneLine(text.slice(a, b))).join(" … ");
    out.push(`   > ${content}`);
    out.push(`   Sentence: ${quoteSentences(text, sents, s)}`, "");
  });
  if (record.statements.length === 0) out.push("_None found._", "");

  section(out, "Figures", record.figures, (f) => {
    const bound = {
      eq: "",
      gt: "more than ",
      gte: "at least ",
      lt: "fewer than ",
      lte: "at most ",
      approx: "about ",
    }[f.bound];
    const unit = f.unit === "percent" ? "%" : "";
    const parts = [
      `**${bound}${f.value}${unit}**`,
      f.what ?? "(what it counts is unclear)",
      f.asOf ? `as of ${f.asOf}${f.asOfSource === "article-date" ? " (article date)" : ""}` : null,
      f.publisher ? `per ${f.publisher}` : null,
      f.partOf !== null ? `part of ${record.figures[f.partOf]?.value ?? "?"}` : null,
    ];
    return parts.filter(Boolean).join(" · ");
  });
  section(out, "Legal references", record.legalRefs, (r) =>
    [
      `**${r.statute ?? r.text}**`,
      r.law && r.article
        ? `Article ${r.article}${r.clause ? `, clause ${r.clause}` : ""} of the ${r.law}`
        : null,
      r.offense ? `“${r.offense}”` : null,
    ]
      .filter(Boolean)
      .join(" · "),
  );
  section(out, "Events", record.events, (e) =>
    [
      `**${e.type}**`,
      e.person ?? "(person unclear)",
      e.date,
      e.place,
      e.charges.length ? e.charges.join(", ") : null,
      e.sentenceMonths !== null ? `${e.sentenceMonths} months` : null,
      e.probationMonths !== null ? `+ ${e.probationMonths} months probation` : null,
    ]
      .filter(Boolean)
      .join(" · "),
  );
  section(out, "Reports", record.reports, (r) =>
    [`**${r.title ?? oneLine(r.text)}**`, r.issuer, r.year !== null ? String(r.year) : null]
      .filter(Boolean)
      .join(" · "),
  );
  if (record.warnings.length) {
    out.push(`## Warnings (${record.warnings.length})`, "");
    for (const w of record.warnings) out.push(`- ${w.code}: ${w.message}`);
    out.push("");
  }
  return out.join("\n");
}

function section<T>(
  out: string[],
  title: string,
  items: readonly T[],
  line: (item: T) => string,
): void {
  if (items.length === 0) return;
  out.push(`## ${title} (${items.length})`, "");
  for (const item of items) out.push(`- ${line(item)}`);
  out.push("");
}

function quoteSentences(text: string, sents: Span[], span: Span): string {
  const covering = sents.filter((s) => s.end > span.start && s.start < span.end);
  if (covering.length === 0) return oneLine(text.slice(span.start, span.end));
  const from = covering[0]!.start;
  const to = covering[covering.length - 1]!.end;
  const body = text.slice(from, to);
  return oneLine(body.length > 600 ? body.slice(0, 600) + " …" : body);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
