// Small PDFs written from scratch for the reader tests: PDF syntax by hand, the cross-reference
// table computed from the real byte offsets. Text uses the standard Helvetica font with
// WinAnsiEncoding, so Latin-1 characters are one byte each.

export interface PdfSpec {
  /** One content stream per page (see `textPage`, `imagePage`). */
  pages: string[];
  /** Info dictionary entries, written as PDF strings. */
  info?: Record<string, string>;
  /** An XMP metadata packet for the catalog. */
  xmp?: string;
  /** Adds a standard security handler whose user password is not empty. */
  encrypted?: boolean;
}

// Characters outside Latin-1 that WinAnsiEncoding has, as octal escapes.
const WIN_ANSI: Record<string, string> = {
  "“": "\\223",
  "”": "\\224",
  "‘": "\\221",
  "’": "\\222",
  "–": "\\226",
  "—": "\\227",
  "…": "\\205",
};

/** A PDF string literal: parentheses and backslashes escaped, curly quotes and dashes encoded. */
export function pdfString(s: string): string {
  return `(${s.replace(/[\\()“”‘’–—…]/g, (c) => WIN_ANSI[c] ?? "\\" + c)})`;
}

/**
 * A page of text. Each entry is a line, set at 12 pt with 14 pt leading; `null` leaves an empty
 * line (a paragraph gap); `{ size, text }` sets one line at another size (a heading).
 */
export function textPage(lines: Array<string | null | { size: number; text: string }>): string {
  const ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"];
  for (const line of lines) {
    if (line === null) ops.push("T*");
    else if (typeof line === "string") ops.push(`${pdfString(line)} Tj T*`);
    else ops.push(`/F1 ${line.size} Tf ${pdfString(line.text)} Tj /F1 12 Tf T* T*`);
  }
  ops.push("ET");
  return ops.join("\n");
}

/** A page that only paints an image, as a scanner makes: no text operators at all. */
export const IMAGE_PAGE = "q 468 0 0 648 72 72 cm /Im1 Do Q";

export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add("");
  const pages = add("");
  const font = add(
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  );
  const image = add(
    "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x40\xc0\xff\nendstream",
  );
  const kids: number[] = [];
  for (const content of spec.pages) {
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[pages - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let metadata = "";
  if (spec.xmp) {
    const m = add(
      `<< /Type /Metadata /Subtype /XML /Length ${spec.xmp.length} >>\nstream\n${spec.xmp}\nendstream`,
    );
    metadata = ` /Metadata ${m} 0 R`;
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pages} 0 R${metadata} >>`;
  let trailer = "";
  if (spec.info) {
    const entries = Object.entries(spec.info).map(([k, v]) => `/${k} ${pdfString(v)}`);
    trailer += ` /Info ${add(`<< ${entries.join(" ")} >>`)} 0 R`;
  }
  if (spec.encrypted) {
    // Owner and user keys that no empty password matches: a reader must ask for the password.
    const key = (seed: number): string =>
      Array.from({ length: 32 }, (_, i) =>
        ((seed * 31 + i * 17) % 256).toString(16).padStart(2, "0"),
      ).join("");
    const encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O <${key(7)}> /U <${key(11)}> /P -44 >>`);
    trailer += ` /Encrypt ${encrypt} 0 R /ID [<${key(3).slice(0, 32)}> <${key(3).slice(0, 32)}>]`;
  }
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1: one byte per character, so string lengths above are byte offsets.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** An XMP packet with a title, creators and a creation date. */
export function xmpPacket(title: string, creators: string[], created: string): string {
  return `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq>${creators.map((c) => `<rdf:li>${c}</rdf:li>`).join("")}</rdf:Seq></dc:creator>
<xmp:CreateDate>${created}</xmp:CreateDate>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}
