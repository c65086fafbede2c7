import { readFileSync } from "node:fs";
import type { GoldDoc } from "./types.js";

export function loadGold(path: string): GoldDoc[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GoldDoc);
}
