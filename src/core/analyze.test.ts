import { describe, expect, it } from "vitest";
import { analyze, analyzeBatch, PASSES, type ExtractionPass } from "./analyze.js";
import type { DocumentInput } from "./types.js";

// Invented reports in the style the extractors read: speakers, figures, laws, events, dates.
const DOCS: DocumentInput[] = [
  {
    text:
      "HANOI — Police in Thanh Hoa province on Monday arrested Le Van Minh, a blogger who wrote " +
      "about land seizures, his sister said.\n\n“They took his phone and two notebooks,” Le Thi " +
      "Hoa told reporters. Minh is held under Article 117 of the Criminal Code.",
    date: "2024-03-12",
  },
  {
    text:
      "The Supreme Court in Minsk sentenced Alena Kavalchuk to six years in prison on March 3, " +
      "2023, under Article 342.\n\nAt least 1,400 people remain behind bars for political " +
      "reasons, according to the rights group Viasna.",
    date: "2023-03-05",
  },
  { text: "" },
  {
    text:
      "Ministry spokesperson Tran Quoc Hung said the report “lacks objectivity”. He added that " +
      "the authorities had released 12 detainees last month.",
    date: "2022-07-20",
    jurisdiction: "VN",
  },
];

describe("analyzeBatch", () => {
  it("gives each document the analysis analyze gives it, in order", () => {
    const one = DOCS.map((d) => analyze(d));
    expect(analyzeBatch(DOCS)).toEqual(one);
    // The same texts again in another order and with repeats: no state leaks between documents.
    const mixed = [DOCS[1]!, DOCS[0]!, DOCS[1]!, DOCS[3]!, DOCS[2]!, DOCS[0]!];
    expect(analyzeBatch(mixed)).toEqual(mixed.map((d) => analyze(d)));
  });

  it("keeps a failing pass's warning on each document and runs the other passes", () => {
    const failing: ExtractionPass = {
      name: "failing",
      run() {
        throw new Error("no such rule");
      },
    };
    const passes = [PASSES[0]!, failing, ...PASSES.slice(1)];
    const batch = analyzeBatch(DOCS.slice(0, 2), passes);
    batch.forEach((a, i) => {
      expect(a.warnings).toContainEqual({
        code: "VIGIL_WARN_PASS_FAILED",
        message: "failing failed: no such rule",
      });
      expect(a.statements).toEqual(analyze(DOCS[i]!).statements);
    });
  });

  it("reads an empty batch", () => {
    expect(analyzeBatch([])).toEqual([]);
  });
});
