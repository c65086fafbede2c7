// Text from inputs (file names, JSONL ids, titles) printed on a terminal. A name can carry escape
// sequences (`\x1b[2J` clears the screen, OSC 52 writes the clipboard) or bidirectional overrides
// ("report\u202Etxt.exe" shows as "reportexe.txt"): shown as escapes, never sent as they are.

// C0 and C1 controls except tab and newline, DEL, and the bidirectional formatting characters.
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every control and bidirectional-override character written as `\u{…}`. */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
