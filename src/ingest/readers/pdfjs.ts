import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded on first use (it costs ~100 ms) and run in this thread: the worker module is
 * registered as `globalThis.pdfjsWorker`, which pdf.js uses instead of starting a worker.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // On load pdf.js reports optional packages it cannot find with console.log, on standard
    // output, where `vigil analyze` writes JSONL. Nothing else logs while the module loads.
    const log = console.log;
    console.log = () => undefined;
    try {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      // A variable specifier: the worker module ships without type declarations.
      const workerModule = "pdfjs-dist/legacy/build/pdf.worker.mjs";
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(workerModule);
      return pdfjs;
    } finally {
      console.log = log;
    }
  })();
  return loading;
}

const packageDir = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/**
 * Options for `getDocument`: no code generated from font programs, no system fonts, no font
 * loading, no XFA forms, nothing fetched. Character maps and standard font data, which some PDFs
 * need for their text, are read from the pdfjs-dist package on disk.
 */
export const DOCUMENT_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  isOffscreenCanvasSupported: false,
  enableXfa: false,
  disableAutoFetch: true,
  disableStream: true,
  stopAtErrors: false,
  verbosity: 0,
  cMapUrl: join(packageDir, "cmaps") + "/",
  cMapPacked: true,
  standardFontDataUrl: join(packageDir, "standard_fonts") + "/",
} as const;
