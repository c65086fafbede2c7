import { SourceTooLarge } from "../../errors.js";
import type { ReaderLimits } from "./types.js";

export function checkLength(name: string, text: string, limits: ReaderLimits): void {
  if (text.length > limits.maxDocumentChars) {
    throw new SourceTooLarge(
      name,
      `${text.length} characters`,
      `${limits.maxDocumentChars} characters`,
    );
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
