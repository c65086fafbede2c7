import type { Migration } from "./types.js";

// Keep every spelling of a name ("Lê Thị Thu Hằng" and "Le Thi Thu Hang" share a key but are
// both shown), still looked up by folded key.
export const migration: Migration = {
  id: 2,
  name: "alias-spellings",
  sql: `
ALTER TABLE "actor_aliases" DROP CONSTRAINT "actor_aliases_actor_key_key";
ALTER TABLE "actor_aliases" ADD CONSTRAINT "actor_aliases_actor_alias_key" UNIQUE("actor_id","alias");
`,
};
