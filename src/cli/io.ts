import type { Readable, Writable } from "node:stream";

/** The streams a command talks to; tests pass their own. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Writes respecting back-pressure, so a large batch streams instead of piling up in memory. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error): void => {
        stream.off("drain", onDrain);
        stream.off("error", done);
        if (err) reject(err);
        else resolve();
      };
      const onDrain = (): void => done();
      stream.once("drain", onDrain);
      stream.once("error", done);
    });
  }
}

/** Exit codes: documented in the README and `vigil --help`. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, internal: 70 } as const;
