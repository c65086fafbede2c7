import { asVigilError, VigilError } from "../errors.js";
import type { CliIo } from "./io.js";
import { write } from "./io.js";
import { printable } from "./printable.js";

/** One failed input, on standard error: its name, the reason, and the error code. */
export async function reportFailure(io: CliIo, name: string, error: Error): Promise<void> {
  const e = error instanceof VigilError ? error : asVigilError(error);
  // Vigil's own messages already start with the input's name.
  const message = e.message.startsWith(name) ? e.message : `${name}: ${e.message}`;
  await write(io.stderr, `vigil: ${printable(message)} [${e.code}]\n`);
}
