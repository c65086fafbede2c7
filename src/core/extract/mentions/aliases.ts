// "Tran Van Hung, better known as Hung Saigon": two names the chains kept apart are one person.

import type { ActorInfo } from "./chains.js";
import type { Mention } from "./types.js";

const KNOWN_AS = /^\s*[,(]?\s*(?:better |also |widely |popularly |commonly )?known as\s*$/i;

/**
 * Merges the actor of a name introduced by "known as" into the actor of the name before it.
 * Renumbers `mentions[].actor` and returns the surviving actors in their original order.
 */
export function mergeKnownAs(text: string, mentions: Mention[], infos: ActorInfo[]): ActorInfo[] {
  const into = infos.map((_, i) => i);
  const root = (i: number): number => {
    while (into[i] !== i) i = into[i]!;
    return i;
  };
  let merged = false;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m1 = mentions[k]!;
    const m2 = mentions[k + 1]!;
    if (m1.actor === null || m2.actor === null || m1.kind !== "person" || m2.kind !== "person")
      continue;
    if (!KNOWN_AS.test(text.slice(m1.end, m2.titleStart ?? m2.start))) continue;
    const a = root(m1.actor);
    const b = root(m2.actor);
    if (a === b) continue;
    into[b] = a;
    merged = true;
  }
  if (!merged) return infos;
  const renumber: number[] = [];
  const kept: ActorInfo[] = [];
  infos.forEach((info, i) => {
    if (root(i) === i) {
      renumber[i] = kept.length;
      kept.push(info);
    }
  });
  infos.forEach((info, i) => {
    const r = root(i);
    if (r === i) return;
    const to = infos[r]!;
    const from = info.actor;
    for (const name of [from.name, ...from.aliases])
      if (name !== to.actor.name && !to.actor.aliases.includes(name)) to.actor.aliases.push(name);
    for (const role of from.roles) if (!to.actor.roles.includes(role)) to.actor.roles.push(role);
    for (const org of from.orgs) if (!to.actor.orgs.includes(org)) to.actor.orgs.push(org);
    to.actor.mentions.push(...from.mentions);
    to.actor.mentions.sort((x, y) => x.start - y.start);
    to.gender ??= info.gender;
  });
  for (const m of mentions) if (m.actor !== null) m.actor = renumber[root(m.actor)]!;
  return kept;
}
