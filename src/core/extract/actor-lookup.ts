// Looking up what the actors pass found (`Analysis.actors` and their mention spans) from the
// passes that run after it: reports, responses and events.

import type { ActorKind, Analysis, Span, SpeakerRef } from "../types.js";

export interface ActorHit extends Span {
  actor: number;
}

/** Every actor mention, in text order. */
export function actorMentions(analysis: Analysis, kinds?: readonly ActorKind[]): ActorHit[] {
  const out: ActorHit[] = [];
  analysis.actors.forEach((a, actor) => {
    if (kinds && !kinds.includes(a.kind)) return;
    for (const m of a.mentions) out.push({ start: m.start, end: m.end, actor });
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The actor mentioned at (overlapping) `span`, preferring the longest mention. */
export function actorAt(
  analysis: Analysis,
  span: Span,
  kinds?: readonly ActorKind[],
): ActorHit | null {
  let best: ActorHit | null = null;
  for (const m of actorMentions(analysis, kinds)) {
    if (
      m.start < span.end &&
      span.start < m.end &&
      (!best || m.end - m.start > best.end - best.start)
    )
      best = m;
  }
  return best;
}

/**
 * A speaker for the mention at `span`: the actor there when the actors pass has one, otherwise the
 * words as written (without a leading article), as an organisation.
 */
export function speakerAt(analysis: Analysis, text: string, span: Span): SpeakerRef {
  const hit = actorAt(analysis, span);
  const mention = text.slice(span.start, span.end);
  if (hit) {
    const a = analysis.actors[hit.actor]!;
    return {
      start: span.start,
      end: span.end,
      mention,
      name: a.name,
      kind: a.kind,
      role: a.roles[0] ?? null,
      org: a.orgs[0] ?? null,
      actor: hit.actor,
    };
  }
  return {
    start: span.start,
    end: span.end,
    mention,
    name: mention.replace(/^(?:the|The)\s+/, ""),
    kind: "organisation",
    role: null,
    org: null,
    actor: null,
  };
}
