// Addresses taken from documents and reviewers become links only when they are web addresses:
// a `javascript:` or `data:` URL in an article's metadata must never be one click from running.

/** The URL when it is an absolute http(s) address, else null (shown as text, or not at all). */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
