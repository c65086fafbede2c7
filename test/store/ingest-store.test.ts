import { beforeEach, expect, it } from "vitest";
import { createDb } from "../../src/store/db.js";
import { prepareDocument } from "../../src/store/document-rows.js";
import { foldForIndex } from "../../src/store/fold-map.js";
import { searchMarks } from "../../src/store/search-marks.js";
import { createStoreService } from "../../src/store/store-service.js";
import { at, item, record } from "../helpers/records.js";
import { describeStores, truncateAll } from "../helpers/store.js";

const COURT = `Appeals court upholds blogger's sentence

HANOI — The Hanoi People's Court on Tuesday upheld a nine-year sentence for blogger Trần Minh Đức under Article 117 of the 2015 Criminal Code, his lawyer Phạm Thu Hà said. “The verdict ignores every argument we made,” Ms. Hà told reporters. According to the advocacy group Rights Watch Asia, 160 activists were behind bars as of March 2024, 31 of them women. The group cited its annual report, Silenced Voices 2023.
`;

function courtRecord() {
  const base = record({
    text: COURT,
    title: "Appeals court upholds blogger's sentence",
    date: "2024-03-12",
    outlet: "Mekong Courier",
    actors: [
      { name: "Trần Minh Đức", roles: ["blogger"] },
      { name: "Phạm Thu Hà", aliases: ["Ms. Hà"], roles: ["lawyer"] },
      { name: "Rights Watch Asia", kind: "organisation" },
    ],
    statements: [
      { quote: "“The verdict ignores every argument we made,”", speaker: 1, cue: "told" },
    ],
  });
  const fig160 = at(COURT, "160 activists");
  const fig31 = at(COURT, "31 of them women");
  const art = at(COURT, "Article 117 of the 2015 Criminal Code");
  const ev = at(COURT, "upheld a nine-year sentence");
  const rep = at(COURT, "Silenced Voices 2023");
  return {
    ...base,
    figures: [
      {
        ...fig160,
        text: "160 activists",
        value: 160,
        bound: "eq" as const,
        unit: "count" as const,
        what: "activists behind bars",
        asOf: "2024-03",
        asOfSource: "explicit" as const,
        publisher: "Rights Watch Asia",
        partOf: null,
      },
      {
        ...fig31,
        text: "31 of them women",
        value: 31,
        bound: "eq" as const,
        unit: "count" as const,
        what: "women",
        asOf: "2024-03",
        asOfSource: "explicit" as const,
        publisher: "Rights Watch Asia",
        partOf: 0,
      },
    ],
    legalRefs: [
      {
        ...art,
        text: COURT.slice(art.start, art.end),
        jurisdiction: "VN",
        law: "Criminal Code 2015",
        article: "117",
        clause: null,
        offense: "propaganda against the state",
        statute: "vn/criminal-code-2015/117",
      },
    ],
    events: [
      {
        ...ev,
        text: COURT.slice(ev.start, ev.end),
        type: "appeal" as const,
        person: "Trần Minh Đức",
        personStart: null,
        personEnd: null,
        actor: 0,
        date: "2024-03-12",
        place: "Hanoi",
        charges: ["vn/criminal-code-2015/117"],
        sentenceMonths: 108,
        probationMonths: null,
        confidence: 0.9,
      },
    ],
    reports: [
      {
        ...rep,
        text: "Silenced Voices 2023",
        issuer: "Rights Watch Asia",
        title: "Silenced Voices 2023",
        year: 2023,
      },
    ],
  };
}

describeStores("storing analysed documents", (ctx) => {
  beforeEach(() => truncateAll(ctx.db));

  it("stores a document with every extraction, its offsets and the raw items", async () => {
    const [r] = await ctx.store.ingest([
      item(courtRecord(), { author: "Staff", provenance: { line: 3 } }),
    ]);
    expect(r).toMatchObject({ ok: true, status: "ingested" });
    const { counts } = await ctx.store.info();
    expect(counts).toMatchObject({
      documents: 1,
      statements: 1,
      figures: 2,
      legal_refs: 1,
      events: 1,
      reports: 1,
      document_actors: 3,
      actors: 3,
    });
    const [doc] = await ctx.db.query<Record<string, unknown>>("SELECT * FROM documents");
    expect(doc).toMatchObject({
      title: "Appeals court upholds blogger's sentence",
      date: "2024-03-12",
      day: "2024-03-12",
      outlet: "Mekong Courier",
      author: "Staff",
      provenance: { line: 3 },
      text: COURT,
      format: "text",
    });
    const [fig] = await ctx.db.query<{ part_of: number; raw: Record<string, unknown> }>(
      "SELECT part_of, raw FROM figures WHERE idx = 1",
    );
    expect(fig!.part_of).toBe(0);
    // Fields the contract does not know yet survive in `raw`.
    const [ev] = await ctx.db.query<{ raw: { confidence: number }; document_actor_id: number }>(
      "SELECT raw, document_actor_id FROM events",
    );
    expect(ev!.raw.confidence).toBe(0.9);
    expect(ev!.document_actor_id).not.toBeNull();
    const [st] = await ctx.db.query<{
      char_start: number;
      char_end: number;
      text: string;
      speaker_name: string;
    }>("SELECT * FROM statements");
    expect(COURT.slice(st!.char_start, st!.char_end)).toBe(st!.text);
    expect(st!.speaker_name).toBe("Phạm Thu Hà");
  });

  it("lists every mention of each document actor by its offsets, and only its own", async () => {
    // Mentions are read from the document actors (migration 0021): the confidentiality filters
    // hide passages by these spans.
    const court = courtRecord();
    const other = record({
      text: "Đỗ Văn Long said nothing. Later Đỗ Văn Long left.",
      actors: [{ name: "Đỗ Văn Long" }],
    });
    await ctx.store.ingest([item(court), item(other)]);
    const found = await ctx.db.query<{ sha256: string; idx: number; spans: [number, number][] }>(
      `SELECT d.sha256, da.idx, coalesce(json_agg(json_build_array(am.char_start, am.char_end)
         ORDER BY am.char_start) FILTER (WHERE am.char_start IS NOT NULL), '[]') AS spans
       FROM document_actors da JOIN documents d ON d.id = da.document_id
       LEFT JOIN actor_mentions am ON am.document_actor_id = da.id AND am.document_id = d.id
       GROUP BY d.sha256, da.idx ORDER BY d.sha256, da.idx`,
    );
    const expected = [court, other]
      .flatMap((r) =>
        r.actors.map((a, idx) => ({
          sha256: r.source.sha256,
          idx,
          spans: (a.mentions ?? [])
            .map((m): [number, number] => [m.start, m.end])
            .sort((x, y) => x[0] - y[0]),
        })),
      )
      .sort((x, y) => x.sha256.localeCompare(y.sha256) || x.idx - y.idx);
    expect(expected.some((e) => e.spans.length > 1)).toBe(true);
    expect(found).toEqual(expected);
    const [n] = await ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM actor_mentions");
    expect(n!.n).toBe(expected.reduce((k, e) => k + e.spans.length, 0));
  });

  it("is idempotent: the same content twice, from anywhere, is one document", async () => {
    const rec = courtRecord();
    const again = { ...rec, source: { ...rec.source, path: "elsewhere/copy.txt" } };
    const results = await ctx.store.ingest([item(rec), item(again)]);
    expect(results.map((r) => r.status)).toEqual(["ingested", "unchanged"]);
    expect(results[0]!.documentId).toBe(results[1]!.documentId);
    const second = await ctx.store.ingest([item(rec)]);
    expect(second[0]!.status).toBe("unchanged");
    expect((await ctx.store.info()).counts).toMatchObject({
      documents: 1,
      statements: 1,
      figures: 2,
      actors: 3,
    });
  });

  it("re-extracts after an extractor upgrade, replacing that document's extractions only", async () => {
    const other = record({
      text: "A short note.\n\nNothing else happened today, officials said.",
      actors: [{ name: "Đỗ Văn Long" }],
    });
    await ctx.store.ingest([item(courtRecord()), item(other)]);
    const before = await ctx.db.query<{ id: number }>(
      "SELECT d.id FROM document_actors d JOIN documents x ON x.id = d.document_id WHERE x.sha256 = $1",
      [other.source.sha256],
    );
    const upgraded = createStoreService(ctx.db, { extractorVersion: 99 });
    const changed = courtRecord();
    changed.figures = changed.figures.slice(0, 1);
    const [r] = await upgraded.ingest([item(changed)]);
    expect(r!.status).toBe("reextracted");
    expect((await ctx.store.info()).counts).toMatchObject({
      documents: 2,
      figures: 1,
      statements: 1,
      document_actors: 4,
    });
    const after = await ctx.db.query<{ id: number }>(
      "SELECT d.id FROM document_actors d JOIN documents x ON x.id = d.document_id WHERE x.sha256 = $1",
      [other.source.sha256],
    );
    expect(after).toEqual(before);
    expect((await upgraded.ingest([item(changed)]))[0]!.status).toBe("unchanged");
    const [v] = await ctx.db.query<{ extractor_version: number }>(
      "SELECT extractor_version FROM documents WHERE sha256 = $1",
      [changed.source.sha256],
    );
    expect(v!.extractor_version).toBe(99);
  });

  it("is atomic per document: a failure midway leaves nothing of it, and the batch goes on", async () => {
    const good = record({
      text: "Police detained two farmers on Monday, villagers said.",
      actors: [{ name: "Lò Văn Sáng" }],
    });
    for (const failAfter of [0, 1, 2]) {
      const results = await ctx.store.ingest([item(courtRecord(), { failAfter }), item(good)]);
      expect(results[0]).toMatchObject({
        ok: false,
        error: { code: "VIGIL_ERR_DOCUMENT_NOT_STORED" },
      });
      expect(results[0]!.error!.message).toContain("injected failure");
      expect(results[1]).toMatchObject({ ok: true });
      const { counts } = await ctx.store.info();
      expect(counts).toMatchObject({
        documents: 1,
        statements: 0,
        figures: 0,
        legal_refs: 0,
        events: 0,
        reports: 0,
        document_actors: 1,
        actors: 1,
      });
      await truncateAll(ctx.db);
    }
  });

  it("stores the documents around one the database refuses, and reports that one alone", async () => {
    const neighbour = (i: number) =>
      item(
        record({
          text: `Police detained farmer Lò Văn Sáng in village ${i} on Monday, villagers said.`,
          actors: [{ name: "Lò Văn Sáng" }],
        }),
      );
    const bad = courtRecord();
    const prepared = prepareDocument(bad);
    // A statement without its text: refused by the table's NOT NULL, inside the batch's call.
    prepared.statements = JSON.stringify(
      (JSON.parse(prepared.statements) as Record<string, unknown>[]).map((s) => ({
        ...s,
        text: null,
      })),
    );
    const results = await ctx.store.ingest([
      neighbour(1),
      item(bad, { prepared }),
      neighbour(2),
      neighbour(3),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true]);
    expect(results[1]!.error!.code).toBe("VIGIL_ERR_DOCUMENT_NOT_STORED");
    expect(results.filter((r) => r.ok).map((r) => r.status)).toEqual([
      "ingested",
      "ingested",
      "ingested",
    ]);
    const { counts } = await ctx.store.info();
    expect(counts).toMatchObject({ documents: 3, statements: 0, document_actors: 3, actors: 1 });
    const again = await ctx.store.ingest([item(bad), neighbour(1)]);
    expect(again.map((r) => r.status)).toEqual(["ingested", "unchanged"]);
    expect((await ctx.store.info()).counts).toMatchObject({ documents: 4, statements: 1 });
  });

  it("indexes passages of long documents as spans of the original text", async () => {
    const para =
      "Trial observers were turned away from the courthouse gate by plain-clothes officers. ";
    const text = Array.from({ length: 40 }, (_, i) => para.repeat(3) + `Paragraph ${i}.`).join(
      "\n\n",
    );
    await ctx.store.ingest([item(record({ text }))]);
    const units = await ctx.db.query<{ char_start: number; char_end: number; text: string }>(
      `SELECT su.char_start, su.char_end,
              substr(d.text, su.char_start + 1, su.char_end - su.char_start) AS text
       FROM search_units su JOIN documents d ON d.id = su.document_id
       WHERE su.unit = 'passage' ORDER BY su.char_start`,
    );
    expect(units.length).toBeGreaterThan(10);
    for (const u of units) {
      expect(text.slice(u.char_start, u.char_end)).toBe(u.text);
      expect(u.text.length).toBeLessThanOrEqual(1200);
    }
  });

  it("indexes each unit's own words: passages and statements by their span, the title weighted", async () => {
    // Statements are indexed from their row where their text is their span (migration 0021): a
    // unit given another statement's words would find the wrong quotation.
    const text = [
      "Relatives of Đinh Thị Thu Thủy waited outside the court in Hà Nội.",
      '"We will appeal the verdict," her lawyer said after the hearing.',
      '"The hearing lasted two hours," a relative told reporters.',
      "Officials said “the case is closed” and declined further comment.",
    ].join("\n\n");
    const r = record({
      text,
      title: "Court hears Đinh Thị Thu Thủy appeal",
      statements: [
        { quote: '"We will appeal the verdict,"', cue: "said" },
        { quote: '"The hearing lasted two hours,"', cue: "told" },
        { quote: "“the case is closed”", cue: "said" },
      ],
    });
    await ctx.store.ingest([item(r)]);
    const units = await ctx.db.query<{
      unit: string;
      char_start: number;
      char_end: number;
      tsv: string;
    }>(
      `SELECT unit, char_start, char_end, tsv::text AS tsv FROM search_units
       ORDER BY unit, char_start`,
    );
    expect(units.filter((u) => u.unit === "statement")).toHaveLength(3);
    for (const u of units) {
      const words = u.unit === "title" ? r.source.title! : text.slice(u.char_start, u.char_end);
      // Its words, then the marks of the words it repeats (all of a title's).
      const [want] = await ctx.db.query<{ tsv: string }>(
        u.unit === "title"
          ? "SELECT (setweight(to_tsvector('simple', $1), 'A') || $2::tsvector)::text AS tsv"
          : "SELECT (to_tsvector('simple', $1) || $2::tsvector)::text AS tsv",
        [foldForIndex(words), searchMarks(foldForIndex(words), u.unit === "title")],
      );
      expect(u.tsv, `${u.unit} ${u.char_start}`).toBe(want!.tsv);
    }
  });

  it("lets concurrent writers store the same documents once, with one actor per name", async () => {
    if (ctx.dialect !== "postgres") return; // one PGlite directory has one writer, by its lock
    const docs = Array.from({ length: 24 }, (_, i) =>
      item(
        record({
          text: `Report ${i}: Lawyer Võ Thị Lan said the hearing for Đặng Văn Khoa was postponed again (${i}).`,
          actors: [
            { name: "Võ Thị Lan", roles: ["lawyer"] },
            { name: "Đặng Văn Khoa" },
            { name: i % 2 ? "Vo Thi Lan" : "Võ Thị Lan", roles: ["lawyer"] },
          ],
        }),
      ),
    );
    const other = await createDb({ db: ctx.url });
    try {
      const second = createStoreService(other);
      const [a, b] = await Promise.all([
        ctx.store.ingest(docs),
        second.ingest([...docs].reverse()),
      ]);
      expect([...a, ...b].every((r) => r.ok)).toBe(true);
      const { counts } = await ctx.store.info();
      expect(counts.documents).toBe(24);
      const dupes = await ctx.db.query("SELECT key FROM actors GROUP BY key HAVING count(*) > 1");
      expect(dupes).toEqual([]);
      expect(counts.actors).toBe(2);
    } finally {
      await other.close();
    }
  });
});
