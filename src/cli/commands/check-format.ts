// How `vigil check` and `vigil checks show` print a check: the claim, its type(s), the verdict,
// the reasoning sentences, then the numbered evidence, each with its source (title, outlet, date)
// and the sentence it was read from, so the reader can open it.

import { dateInWords } from "../../core/check/check-dates.js";
import type { FigureConflict } from "../../core/check/conflicts.js";
import type { EvidenceItem, SourceRef } from "../../core/check/evidence.js";
import { amount, articleName, number } from "../../core/check/wording.js";
import type { CheckSummary, CheckView, ConflictsResult } from "../../store/check/check-types.js";
import { textTable } from "./register-format.js";

const MAX_SENTENCE = 400;

function where(s: SourceRef | null): string {
  if (!s) return "the register";
  const parts = [s.title ?? "(untitled)", s.outlet, s.date ? dateInWords(s.date) : null];
  const doc = s.documentId ? ` [document ${s.documentId}]` : "";
  return `${parts.filter(Boolean).join(", ")}${doc}${s.url ? ` ${s.url}` : ""}`;
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > MAX_SENTENCE ? `${t.slice(0, MAX_SENTENCE - 1)}…` : t;
}

/** One line saying what an evidence item is. */
export function evidenceHead(e: EvidenceItem): string {
  switch (e.kind) {
    case "register-count": {
      const unit = e.unit === "percent" ? "%" : "";
      const parts = e.byArticle.map((a) => `${number(a.count)} under ${articleName(a)}`);
      const hidden = e.confidential
        ? `; ${e.confidential} confidential, counted but not named`
        : "";
      return `register count: ${number(e.value)}${unit} ${e.label} on ${dateInWords(e.asOf)}${parts.length ? ` (${parts.join("; ")})` : ""}${hidden}`;
    }
    case "case":
      return `case ${e.caseId}: ${e.name ?? "(name withheld)"}, ${e.status === "pending-trial" ? "held without trial" : "serving a sentence"} since ${dateInWords(e.since)}${e.charges.length ? `, ${e.charges.map((a) => a.label).join(", ")}` : ""}${e.province ? `, ${e.province}` : ""}`;
    case "figure": {
      const diff =
        e.difference === null
          ? ""
          : ` (difference ${e.difference > 0 ? "+" : ""}${number(e.difference)})`;
      return `figure: ${e.publisher ?? "unattributed"} — ${amount(e.value, e.bound, e.unit)}${e.what ? ` ${e.what}` : ""}${e.asOf ? `, as of ${dateInWords(e.asOf)}` : ""}${diff}`;
    }
    case "statement":
      return `statement (${e.stance}): ${e.speaker ?? "unattributed"}, ${dateInWords(e.date)}`;
    case "report":
      return `report: ${e.issuer ?? "unknown issuer"} — ${e.title ?? "report"}${e.year ? ` (${e.year})` : ""}${e.concerns?.length ? `; concerns: ${e.concerns.join(", ")}` : ""}`;
    case "response":
      return `response: ${e.speaker ?? e.state ?? "the government"} ${e.response} ${e.reportEvidenceId ?? "the report"}${e.date ? ` on ${dateInWords(e.date)}` : ""}`;
  }
}

export function renderCheck(c: CheckView): string {
  const out: string[] = [];
  const claim = c.claim;
  out.push(`Claim: “${claim.text}”`);
  const who = claim.speaker
    ? `${claim.speaker.name}${claim.speaker.role || claim.speaker.org ? ` (${[claim.speaker.role, claim.speaker.org].filter(Boolean).join(", ")})` : ""}`
    : "speaker not given";
  out.push(
    `  ${who}, ${dateInWords(claim.date)}${claim.jurisdiction ? `; about ${claim.jurisdiction}` : ""}${claim.statementId ? `; statement ${claim.statementId}` : ""}`,
  );
  if (claim.appearance?.title || claim.appearance?.outlet)
    out.push(
      `  in ${where({ documentId: null, title: claim.appearance.title ?? null, outlet: claim.appearance.outlet ?? null, date: claim.appearance.date ?? null, url: claim.appearance.url ?? null })}`,
    );
  const types = c.types.map(
    (t) =>
      `${t.type}${t.type === "other" ? "" : ` (${t.polarity === "negative" ? "a denial" : "an assertion"})`}`,
  );
  out.push(`Type: ${types.join("; ")}`);
  const p = c.proposal;
  const edited = c.verdict !== p.verdict ? ` (proposed: ${p.verdict})` : "";
  out.push(
    `Verdict: ${c.verdict.toUpperCase()}${edited} — ${p.confidence} confidence${p.rule ? `, by ${p.rule}` : ""}; ${c.state}`,
  );
  out.push("", "Reasoning:");
  for (const line of c.reasoning) out.push(`  ${line}`);
  out.push("", `Evidence (as of ${dateInWords(c.asOf)}):`);
  if (c.evidence.length === 0) out.push("  none");
  for (const e of c.evidence) {
    out.push(`  [${e.id}] ${evidenceHead(e)}`);
    if (e.sentence?.text) out.push(`       “${clip(e.sentence.text)}”`);
    if (e.kind !== "case" && (e.source || e.kind === "register-count"))
      out.push(
        `       — ${where(e.source)}${e.sentence?.start != null ? ` (characters ${e.sentence.start}-${e.sentence.end})` : ""}`,
      );
    out.push(`       ${e.rule}`);
  }
  if (c.notes.length) {
    out.push("");
    for (const n of c.notes) out.push(`Note: ${n}`);
  }
  out.push(
    "",
    c.saved
      ? `Check ${c.id}: ${c.state}.${c.state === "proposed" ? ` Review it: vigil checks accept|edit|reject ${c.id} --by NAME` : ""}`
      : "Not saved (give --save to keep it for review).",
  );
  if (c.history.length > 1) {
    out.push("History:");
    for (const h of c.history)
      out.push(
        `  ${h.at}  ${h.action} by ${h.by}${h.note ? ` — ${h.note}` : ""}${h.after ? ` (verdict ${h.before?.verdict} → ${h.after.verdict})` : ""}`,
      );
  }
  return out.join("\n") + "\n";
}

export function checksTable(list: readonly CheckSummary[]): string {
  return textTable([
    ["id", "state", "verdict", "date", "speaker", "claim"],
    ...list.map((c) => [
      c.id,
      c.state,
      c.verdict + (c.verdict !== c.proposedVerdict ? "*" : ""),
      c.date,
      c.speaker ?? "",
      c.claim.length > 70 ? `${c.claim.slice(0, 69)}…` : c.claim,
    ]),
  ]);
}

function side(f: FigureConflict["a"]): string {
  return `${f.publisher ?? "unattributed"}: ${amount(f.value, f.bound, f.unit)}${f.what ? ` ${f.what}` : ""} as of ${dateInWords(f.asOf)} — ${where(f.source)}`;
}

export function renderConflicts(r: ConflictsResult): string {
  const out = [
    `${r.conflicts.length} conflict${r.conflicts.length === 1 ? "" : "s"} among ${r.figures} figures with a quantity and an as-of date (tolerance ${number(r.tolerance * 100)}%, dates within ${r.windowDays} days).`,
  ];
  r.conflicts.forEach((c, i) => {
    out.push(
      "",
      `${i + 1}. ${c.quantity} (${c.kind === "register" ? "figure vs the register" : "publishers"}): ${number(c.difference)} apart, ${number(Math.round(c.relative * 1000) / 10)}%`,
    );
    out.push(`   A  ${side(c.a)}`);
    if (c.a.sentence?.text) out.push(`      “${clip(c.a.sentence.text)}”`);
    if (c.b) {
      out.push(`   B  ${side(c.b)}`);
      if (c.b.sentence?.text) out.push(`      “${clip(c.b.sentence.text)}”`);
    } else if (c.register)
      out.push(
        `   B  the register: ${number(c.register.value)} ${/^\d{4}$/.test(c.register.date) ? `in ${c.register.date}` : `on ${dateInWords(c.register.date)}`}`,
      );
  });
  return out.join("\n") + "\n";
}
