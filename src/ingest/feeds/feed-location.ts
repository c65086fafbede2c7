import type { Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { FeedLocationInvalid } from "../../errors.js";
import { extensionOf, readerFor } from "../readers/index.js";
import { notRegular, reasonOf } from "../walk.js";

/**
 * The location `vigil feeds add` was given, as an absolute path, once it is known to be a folder,
 * a feed file or a JSONL file: anything else is refused with the reason.
 */
export async function feedLocation(given: string): Promise<string> {
  const path = resolve(given);
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    const reason = reasonOf(err);
    throw new FeedLocationInvalid(
      path,
      reason === "no such file or directory" ? "no such file or folder" : reason,
    );
  }
  if (info.isDirectory()) return path;
  if (!info.isFile()) throw new FeedLocationInvalid(path, notRegular(info));
  const format = readerFor(path)?.format;
  if (format === "feed" || format === "jsonl") return path;
  const ext = extensionOf(path);
  throw new FeedLocationInvalid(
    path,
    `${ext ? `a .${ext} file` : "a file without an extension"} is not a feed; give a feed file ` +
      "(.rss, .atom, .xml), a JSONL file (.jsonl, .ndjson) or a folder",
  );
}
