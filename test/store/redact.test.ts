import { describe, expect, it } from "vitest";
import { maskableNames, maskRanges, maskSpans, nameMasker } from "../../src/store/redact.js";

describe("masking confidential names", () => {
  it("masks letters and digits only, keeping every offset", () => {
    expect(maskRanges("Bà Lê-Văn Tám, 43, said", [[3, 17]])).toBe("Bà ██-███ ███, ██, said");
    expect(maskRanges('{"name":"Tám"}', [[0, 14]])).toBe('{"████":"███"}');
    expect(maskRanges("a𝒜b", [[0, 4]])).toBe("████");
    expect(
      maskSpans("said Tám today", 100, [
        [105, 108],
        [0, 3],
        [200, 210],
      ]),
    ).toBe("said ███ today");
  });

  it("keeps names of two words, or one of five letters or more", () => {
    expect(maskableNames(["Lê Văn Tám", "Tám", "Mr. Tám", "Quorvexal", "  "])).toEqual([
      ["le", "van", "tam"],
      ["mr", "tam"],
      ["quorvexal"],
    ]);
  });

  it("finds names whatever the diacritics, case and spacing, as whole words", () => {
    const m = nameMasker(maskableNames(["Lê Văn Tám", "Văn Tám"]));
    const text = "LE VAN TAM spoke; lê  văn tám too; Văn-Tám; Lê Văn Támara is someone else.";
    const masked = m.mask(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(
      "██ ███ ███ spoke; ██  ███ ███ too; ███-███; Lê Văn Támara is someone else.",
    );
    expect(m.finds("nothing here")).toBe(false);
    expect(nameMasker([]).mask(text)).toBe(text);
  });
});
