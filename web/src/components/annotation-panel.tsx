import { useState, type ReactNode } from "react";
import type { ApiError } from "../api/client.js";
import { post } from "../api/client.js";
import type { CheckView, SourceActor, SpeakerAnnotation } from "../api/types.js";
import { bound, dash, months, statuteLabel } from "../lib/format.js";
import type { Selected } from "../lib/source-marks.js";
import { Link, navigate } from "../router.js";
import { useCan } from "../session.js";
import { ErrorBox } from "./error-box.js";

// What was extracted for the highlight the user chose: the side panel of the source view.

function Rows({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v === null || v === undefined || v === "" ? "—" : v}</dd>
        </div>
      ))}
    </dl>
  );
}

function ActorName({
  name,
  idx,
  actors,
}: {
  name: string | null;
  idx: number | null;
  actors: readonly SourceActor[];
}) {
  const actor = idx === null ? undefined : actors.find((a) => a.idx === idx);
  const label = name ?? actor?.name ?? null;
  if (actor?.actorId) return <Link to={`/actors/${actor.actorId}`}>{label ?? actor.name}</Link>;
  return <>{dash(label)}</>;
}

function speakerRows(
  sp: SpeakerAnnotation | null,
  actors: readonly SourceActor[],
): [string, ReactNode][] {
  if (!sp) return [["Speaker", "not found"]];
  return [
    ["Speaker", <ActorName name={sp.name} idx={sp.actor} actors={actors} key="n" />],
    ["As written", sp.mention],
    ["Role", sp.role],
    ["Organisation", sp.org],
    ["Speaker kind", sp.kind],
  ];
}

function CheckButton({ statementId }: { statementId: number }) {
  const canCheck = useCan("editor");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!canCheck) return null;
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const check = await post<CheckView>("/api/checks", { statementId, save: true });
      navigate(`/claims/${encodeURIComponent(check.id)}`);
    } catch (err) {
      setError(err as ApiError);
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="primary" onClick={run} disabled={busy}>
        {busy ? "Checking…" : "Check this claim against the record"}
      </button>
      <ErrorBox error={error} title="No check" />
    </>
  );
}

export function AnnotationPanel({
  selected,
  actors,
}: {
  selected: Selected | null;
  actors: readonly SourceActor[];
}) {
  if (!selected)
    return (
      <p className="muted">
        Choose a highlight in the text (click it, or Tab to it and press Enter) to see what was
        extracted.
      </p>
    );
  switch (selected.kind) {
    case "statement": {
      const s = selected.item;
      return (
        <>
          <h3>Statement</h3>
          <blockquote>{s.text}</blockquote>
          <Rows
            rows={[
              ["Kind", s.kind],
              ["Cue", s.cue],
              ["Date", s.date],
              ...speakerRows(s.speaker, actors),
              ["Answers", s.response ?? null],
            ]}
          />
          <CheckButton statementId={s.id} />
        </>
      );
    }
    case "speaker": {
      const first = selected.statements[0]!;
      return (
        <>
          <h3>Speaker</h3>
          <Rows rows={speakerRows(first.speaker, actors)} />
          <p>
            {selected.statements.length === 1
              ? "One statement from this mention."
              : `${selected.statements.length} statements from this mention.`}
          </p>
        </>
      );
    }
    case "figure": {
      const f = selected.item;
      return (
        <>
          <h3>Figure</h3>
          <p className="quote-line">“{f.text}”</p>
          <Rows
            rows={[
              ["Value", f.value === null ? null : f.value.toLocaleString("en")],
              ["Bound", bound(f.bound)],
              ["Unit", f.unit],
              ["Counts", f.what],
              ["As of", f.asOf],
              ["Publisher", f.publisher],
              ["Part of", f.partOf === null ? null : `figure ${f.partOf}`],
            ]}
          />
        </>
      );
    }
    case "legalRef": {
      const l = selected.item;
      return (
        <>
          <h3>Legal reference</h3>
          <p className="quote-line">“{l.text}”</p>
          <Rows
            rows={[
              ["Statute", l.statute ? statuteLabel(l.statute) : "not in the catalogue"],
              ["Catalogue id", l.statute ? <code key="c">{l.statute}</code> : null],
              ["Law", l.law],
              ["Article", l.article],
              ["Clause", l.clause],
              ["Offense", l.offense],
              ["Jurisdiction", l.jurisdiction],
            ]}
          />
        </>
      );
    }
    case "event": {
      const e = selected.item;
      return (
        <>
          <h3>Event: {e.type}</h3>
          <p className="quote-line">“{e.text}”</p>
          <Rows
            rows={[
              ["Type", e.type],
              ["Person", <ActorName name={e.person} idx={e.actor} actors={actors} key="p" />],
              ["Date", e.date],
              ["Place", e.place],
              [
                "Charges",
                e.charges.length ? (
                  <ul className="plain" key="c">
                    {e.charges.map((c) => (
                      <li key={c}>{statuteLabel(c)}</li>
                    ))}
                  </ul>
                ) : null,
              ],
              ["Sentence", e.sentenceMonths === null ? null : months(e.sentenceMonths)],
              ["Probation", e.probationMonths === null ? null : months(e.probationMonths)],
            ]}
          />
        </>
      );
    }
    case "report": {
      const r = selected.item;
      return (
        <>
          <h3>Report</h3>
          <p className="quote-line">“{r.text}”</p>
          <Rows
            rows={[
              ["Issuer", r.issuer],
              ["Title", r.title],
              ["Year", r.year],
            ]}
          />
        </>
      );
    }
  }
}
