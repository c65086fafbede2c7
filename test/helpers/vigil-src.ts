// `vigil` from the sources, for tests that need a real process (signals, kill -9) without a build:
// node --import tsx test/helpers/vigil-src.ts <args>
import { run } from "../../src/cli/main.js";

process.exitCode = await run(process.argv.slice(2));
