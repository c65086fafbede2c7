import { describe, expect, it, vi } from "vitest";
import { IMAGE_PAGE, makePdf, textPage, xmpPacket } from "../../../test/helpers/make-pdf.js";
import { joinPages, pdfReader, type PageSpan } from "./pdf-reader.js";
import type { ReadResult, SourceDocument } from "./types.js";

async function read(bytes: Uint8Array, path = "reports/trial.pdf"): Promise<ReadResult> {
  const out: ReadResult[] = [];
  for await (const r of pdfReader.read({ name: path, path, bytes }, { maxDocumentChars: 1e6 }))
    out.push(r);
  expect(out).toHaveLength(1);
  return out[0]!;
}

async function doc(bytes: Uint8Array, path?: string): Promise<SourceDocument> {
  const r = await read(bytes, path);
  if (!r.ok) throw r.error;
  return r.doc;
}

async function failure(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  const r = await read(bytes);
  expect(r.ok).toBe(false);
  return r.ok ? { code: "", message: "" } : (r.error as Error & { code: string });
}

const TRIAL = makePdf({
  pages: [
    textPage([
      { size: 18, text: "Trial observation report" },
      "The People's Court of Nghe An province opened the trial of the land-",
      "rights defender Ho Van Tam at 8 a.m. and read the verdict before noon.",
      null,
      "Observers counted 34 police officers outside the courthouse.",
    ]),
    textPage([
      "The defence asked for the case to be returned for further",
      "investigation. The request was refused.",
      null,
      "“We were not allowed in – not even his mother,” a relative said.",
    ]),
    IMAGE_PAGE,
    textPage(["Annex: the indictment cites Article 331 of the Penal Code."]),
  ],
  info: {
    Title: "Trial observation: Ho Van Tam",
    Author: "Monitoring Desk",
    CreationDate: "D:20240314093000+07'00'",
  },
});

describe("pdf reader", () => {
  it("reads text per page, rebuilding paragraphs from the lines", async () => {
    const d = await doc(TRIAL);
    expect(d.text).toBe(
      [
        "Trial observation report",
        "The People's Court of Nghe An province opened the trial of the land-rights defender Ho Van Tam at 8 a.m. and read the verdict before noon.",
        "Observers counted 34 police officers outside the courthouse.",
        "The defence asked for the case to be returned for further investigation. The request was refused.",
        "“We were not allowed in – not even his mother,” a relative said.",
        "Annex: the indictment cites Article 331 of the Penal Code.",
      ].join("\n\n"),
    );
  });

  it("keeps each page's span in provenance, an empty one for a page without text", async () => {
    const d = await doc(TRIAL);
    const pages = d.provenance.pages as PageSpan[];
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4]);
    expect(d.text.slice(pages[0]!.start, pages[0]!.end)).toMatch(
      /^Trial observation report\n\n.*courthouse\.$/s,
    );
    expect(d.text.slice(pages[1]!.start, pages[1]!.end)).toBe(
      "The defence asked for the case to be returned for further investigation. The request was refused.\n\n“We were not allowed in – not even his mother,” a relative said.",
    );
    expect(pages[2]!.start).toBe(pages[2]!.end);
    expect(d.text.slice(pages[3]!.start, pages[3]!.end)).toBe(
      "Annex: the indictment cites Article 331 of the Penal Code.",
    );
    expect(pages[3]!.end).toBe(d.text.length);
  });

  it("takes title, author and date from the Info dictionary", async () => {
    expect(await doc(TRIAL)).toMatchObject({
      format: "pdf",
      title: "Trial observation: Ho Van Tam",
      author: "Monitoring Desk",
      date: "2024-03-14",
    });
  });

  it("prefers XMP metadata, skips a title that is a file name, falls back to the file name date", async () => {
    const withXmp = makePdf({
      pages: [textPage(["Short note."])],
      info: { Title: "Old title", Author: "Old author" },
      xmp: xmpPacket(
        "Detention conditions in Camp 6",
        ["Le Thi Mai", "Tran Duc"],
        "2023-02-01T10:00:00+07:00",
      ),
    });
    expect(await doc(withXmp)).toMatchObject({
      title: "Detention conditions in Camp 6",
      author: "Le Thi Mai, Tran Duc",
      date: "2023-02-01",
    });
    const junk = makePdf({
      pages: [textPage(["Short note."])],
      info: { Title: "Microsoft Word - draft3.docx" },
    });
    expect(await doc(junk, "inbox/note-2022-06-30.pdf")).toMatchObject({
      title: null,
      date: "2022-06-30",
    });
  });

  it("fetches nothing over the network", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    try {
      await doc(TRIAL);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it("reports an encrypted PDF as encrypted", async () => {
    const e = await failure(makePdf({ pages: [textPage(["Confidential."])], encrypted: true }));
    expect(e).toMatchObject({
      code: "VIGIL_ERR_SOURCE_ENCRYPTED",
      message: "reports/trial.pdf: encrypted: password required",
    });
  });

  it("reports a scanned PDF (images, no text layer)", async () => {
    const e = await failure(makePdf({ pages: [IMAGE_PAGE, IMAGE_PAGE] }));
    expect(e).toMatchObject({
      code: "VIGIL_ERR_SOURCE_NO_TEXT",
      message: "reports/trial.pdf: no text to read: no text layer (scanned image?); run OCR first",
    });
  });

  it.each([0.1, 0.5, 0.9])(
    "reports a PDF truncated at %d of its length as malformed",
    async (fraction) => {
      const e = await failure(TRIAL.subarray(0, Math.floor(TRIAL.length * fraction)));
      expect(e.code).toBe("VIGIL_ERR_SOURCE_MALFORMED");
    },
  );

  it.each([
    [
      "not a PDF",
      new TextEncoder().encode("<html><body>Not a PDF</body></html>"),
      "VIGIL_ERR_SOURCE_MALFORMED",
    ],
    ["empty", new Uint8Array(0), "VIGIL_ERR_SOURCE_EMPTY"],
    [
      "a header and garbage",
      new TextEncoder().encode("%PDF-1.7\n" + "garbage ".repeat(100)),
      "VIGIL_ERR_SOURCE_MALFORMED",
    ],
  ])("reports %s", async (_name, bytes, code) => {
    expect((await failure(bytes)).code).toBe(code);
  });

  it("stops at the document length limit", async () => {
    const r: ReadResult[] = [];
    for await (const x of pdfReader.read(
      { name: "a.pdf", path: "a.pdf", bytes: TRIAL },
      { maxDocumentChars: 100 },
    ))
      r.push(x);
    expect(!r[0]!.ok && (r[0]!.error as { code?: string }).code).toBe("VIGIL_ERR_SOURCE_TOO_LARGE");
  });
});

describe("joinPages", () => {
  it("joins pages with blank lines and records spans", () => {
    expect(joinPages(["", "One.", "", "Two."])).toEqual({
      text: "One.\n\nTwo.",
      spans: [
        { page: 1, start: 0, end: 0 },
        { page: 2, start: 0, end: 4 },
        { page: 3, start: 4, end: 4 },
        { page: 4, start: 6, end: 10 },
      ],
    });
  });
});
