import { useEffect, useState, type FormEvent } from "react";
import type { ApiError } from "../api/client.js";
import { post } from "../api/client.js";
import type { CaseDetail, ImportResult } from "../api/types.js";
import { CaseRecords } from "../components/case-records.js";
import { ErrorBox, Loading } from "../components/error-box.js";
import { Field, SelectField } from "../components/field.js";
import { StatusTimeline } from "../components/status-timeline.js";
import { correctionOf, EMPTY_CASE, EMPTY_RECORD, formOf, importBody } from "../lib/case-form.js";
import {
  EVENT_TYPES,
  fieldOf,
  RELEASE_REASONS,
  validateCase,
  validateRecord,
  type CaseForm,
  type Errors,
  type RecordForm,
} from "../lib/case-validate.js";
import { usePageTitle } from "../lib/title.js";
import { useApi } from "../lib/use-api.js";
import { navigate } from "../router.js";
import { useCan } from "../session.js";

export function CaseEditorPage({ id }: { id: string | null }) {
  const isNew = id === null;
  const detail = useApi<CaseDetail>(isNew ? null : `/api/cases/${encodeURIComponent(id)}`);
  usePageTitle(isNew ? "New case" : `Case ${id}`);
  const canEdit = useCan("editor");
  const [form, setForm] = useState<CaseForm>(EMPTY_CASE);
  const [record, setRecord] = useState<RecordForm | null>(isNew ? { ...EMPTY_RECORD } : null);
  const [errors, setErrors] = useState<Errors>({});
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (detail.data) setForm(formOf(detail.data));
  }, [detail.data]);

  if (detail.error)
    return (
      <>
        <h1>Case {id}</h1>
        <ErrorBox error={detail.error} />
      </>
    );
  if (!isNew && !detail.data) return <Loading what="the case" />;
  const d = detail.data;

  const set = (k: keyof CaseForm) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const setR = (k: keyof RecordForm) => (e: { target: { value: string } }) =>
    setRecord(record ? { ...record, [k]: e.target.value } : record);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    setFailure(null);
    setServerErrors([]);
    const found: Errors = { ...validateCase(form, isNew) };
    if (record)
      for (const [k, v] of Object.entries(validateRecord(record))) found[`record.${k}`] = v;
    setErrors(found);
    if (Object.keys(found).length) {
      // Once the errors are drawn, take the keyboard to the first field to fix.
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const caseId = form.id.trim();
    const body = importBody(form, record, d);
    setBusy(true);
    try {
      const r = await post<ImportResult>("/api/cases/import", {
        files: [{ file: "case-editor.json", text: JSON.stringify(body) }],
      });
      if (!r.ok) {
        const mapped: Errors = {};
        const rest: string[] = [];
        for (const err of r.errors) {
          const f = fieldOf(err.field);
          if (f && !mapped[f]) mapped[f] = err.reason;
          else rest.push(`${err.field ?? "case"}: ${err.reason}`);
        }
        setErrors(mapped);
        setServerErrors(rest);
        return;
      }
      setSaved(
        `Saved: ${r.cases.added ? "case added" : r.cases.updated ? "case updated" : "case unchanged"}, ${
          r.events.added + r.events.corrected
        } record(s) written.`,
      );
      setRecord(null);
      if (isNew) navigate(`/cases/${encodeURIComponent(caseId)}`, { replace: true });
      else detail.reload();
    } catch (err) {
      setFailure(err as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const readOnly = !canEdit;
  return (
    <>
      <h1>{isNew ? "New case" : `${d!.case.name} (${id})`}</h1>
      {d ? (
        <section aria-labelledby="status-title">
          <h2 id="status-title">Status over time</h2>
          <StatusTimeline history={d.history} />
        </section>
      ) : null}

      <form onSubmit={save} noValidate className="stack case-form">
        <fieldset disabled={readOnly}>
          <legend>Person</legend>
          <div className="grid-form">
            <Field
              label="Case id"
              required
              value={form.id}
              readOnly={!isNew}
              onChange={set("id")}
              error={errors.id}
              hint={isNew ? "chosen by you, e.g. VN-101" : undefined}
            />
            <Field
              label="Name"
              required
              value={form.name}
              onChange={set("name")}
              error={errors.name}
            />
            <Field label="Gender" value={form.gender} onChange={set("gender")} />
            <Field label="Ethnicity" value={form.ethnicity} onChange={set("ethnicity")} />
            <Field label="Religion" value={form.religion} onChange={set("religion")} />
            <Field label="Province" value={form.province} onChange={set("province")} />
            <Field
              label="Profession or activism"
              value={form.profession}
              onChange={set("profession")}
            />
            <Field
              label="Birth year"
              inputMode="numeric"
              value={form.birthYear}
              onChange={set("birthYear")}
              error={errors.birthYear}
            />
          </div>
          <div className="field">
            <label htmlFor="case-notes">Notes</label>
            <textarea id="case-notes" rows={2} value={form.notes} onChange={set("notes")} />
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={form.confidential}
              disabled={!isNew && d?.case.confidential}
              onChange={(e) => setForm({ ...form, confidential: e.target.checked })}
            />{" "}
            Confidential: never shown in public mode or exports
          </label>
          {!isNew ? (
            <p className="hint">
              A blank field keeps the stored value; every edit is kept in the case&apos;s history.
            </p>
          ) : null}
        </fieldset>

        {record ? (
          <fieldset>
            <legend>
              {record.supersedes ? `Correct record ${record.supersedes}` : "Add a record"}
            </legend>
            <div className="grid-form">
              <SelectField
                label="Type"
                value={record.type}
                options={EVENT_TYPES}
                onChange={setR("type")}
                error={errors["record.type"]}
              />
              <Field
                label="Date"
                required
                placeholder="YYYY-MM-DD"
                value={record.date}
                onChange={setR("date")}
                error={errors["record.date"]}
                hint="a month or a year alone when that is all that is known"
              />
              <Field
                label="Charges"
                value={record.charges}
                onChange={setR("charges")}
                error={errors["record.charges"]}
                hint="117; 331 or vn/penal-code-1999/88"
              />
              <Field
                label="Sentence (months)"
                inputMode="numeric"
                value={record.sentenceMonths}
                onChange={setR("sentenceMonths")}
                error={errors["record.sentenceMonths"]}
              />
              <Field
                label="Probation (months)"
                inputMode="numeric"
                value={record.probationMonths}
                onChange={setR("probationMonths")}
                error={errors["record.probationMonths"]}
              />
              <SelectField
                label="Release reason"
                value={record.releaseReason}
                options={RELEASE_REASONS.map((r) => [r, r || "—"] as [string, string])}
                onChange={setR("releaseReason")}
                error={errors["record.releaseReason"]}
              />
              <Field
                label="Source address"
                type="url"
                value={record.sourceUrl}
                onChange={setR("sourceUrl")}
                error={errors["record.sourceUrl"]}
              />
              <Field label="Source note" value={record.sourceNote} onChange={setR("sourceNote")} />
            </div>
            {!isNew ? (
              <button type="button" onClick={() => setRecord(null)}>
                Cancel the record
              </button>
            ) : null}
          </fieldset>
        ) : canEdit ? (
          <p>
            <button type="button" onClick={() => setRecord({ ...EMPTY_RECORD })}>
              Add a record…
            </button>
          </p>
        ) : null}

        {serverErrors.length ? (
          <div className="error" role="alert">
            <strong>The register refused the case:</strong>
            <ul>
              {serverErrors.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {Object.keys(errors).length ? (
          <p className="error" role="alert">
            Please correct the {Object.keys(errors).length === 1 ? "field" : "fields"} marked below.
          </p>
        ) : null}
        <ErrorBox error={failure} title="Not saved" />
        {saved ? (
          <p className="ok" role="status">
            {saved}
          </p>
        ) : null}
        {canEdit ? (
          <button type="submit" className="primary" disabled={busy}>
            {busy ? "Saving…" : "Save"}
          </button>
        ) : null}
      </form>

      {d ? (
        <CaseRecords
          records={d.records}
          canEdit={canEdit}
          onCorrect={(event) => setRecord(correctionOf(event))}
        />
      ) : null}
    </>
  );
}
