import { migration as m0001 } from "./0001-store.js";
import { migration as m0002 } from "./0002-alias-spellings.js";
import { migration as m0003 } from "./0003-register.js";
import { migration as m0004 } from "./0004-checks.js";
import { migration as m0005 } from "./0005-accounts.js";
import { migration as m0010 } from "./0010-search-tuning.js";
import { migration as m0011 } from "./0011-write-document.js";
import { migration as m0012 } from "./0012-audit-confidential.js";
import { migration as m0013 } from "./0013-count-rollup.js";
import { migration as m0014 } from "./0014-feeds.js";
import { migration as m0015 } from "./0015-held-since.js";
import { migration as m0016 } from "./0016-placed-events.js";
import { migration as m0017 } from "./0017-held-over.js";
import { migration as m0018 } from "./0018-write-facts.js";
import { migration as m0019 } from "./0019-search-unit-once.js";
import { migration as m0020 } from "./0020-write-documents.js";
import { migration as m0021 } from "./0021-mentions-view.js";
import { migration as m0022 } from "./0022-batch-facts-returning.js";
import { migration as m0023 } from "./0023-search-marks.js";
import type { Migration } from "./types.js";

// Migrations are TypeScript modules holding their SQL, so `tsc` compiles them into dist/ with
// everything else and no build step has to copy .sql files. Append new ones; never edit one that
// has shipped. Ids must be unique (`migrate` refuses duplicates); gaps are fine, and a migration
// landed later with a lower id is still applied where it is missing.
export const MIGRATIONS: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0010,
  m0011,
  m0012,
  m0013,
  m0014,
  m0015,
  m0016,
  m0017,
  m0018,
  m0019,
  m0020,
  m0021,
  m0022,
  m0023,
];

export type { Migration } from "./types.js";
