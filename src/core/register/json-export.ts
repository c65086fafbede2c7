// Writing the JSON form (see json-form.ts for the shape and the reader).

import { eventsByCase } from "./count.js";
import { exportable } from "./csv-export.js";
import type { Register } from "./types.js";

/** The JSON form of a register: defaults (null, false, []) left out, events under their case. */
export function exportJson(
  register: Register,
  options: { includeConfidential?: boolean } = {},
): string {
  const { cases, events } = exportable(register, options.includeConfidential === true);
  const byCase = eventsByCase(events);
  const compact = (o: object) =>
    Object.fromEntries(
      Object.entries(o).filter(
        ([, v]) => v !== null && v !== false && !(Array.isArray(v) && v.length === 0),
      ),
    );
  const out = cases.map((c) => ({
    ...compact(c),
    id: c.id,
    name: c.name,
    events: (byCase.get(c.id) ?? []).map((e) => {
      const { caseId: _caseId, ...rest } = e;
      return {
        ...compact({ ...rest, sources: rest.sources.map(compact) }),
        id: e.id,
        recordedAt: e.recordedAt,
      };
    }),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
