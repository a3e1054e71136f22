import { useState } from 'react';
import type { HearingView } from '@shared/calendarViews';
import { PROCEEDINGS, type Proceeding } from '@shared/domain';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { PrintButtons } from '../printing/PrintButtons';

/** Saman or Permohonan for a hearing date (the case type's form by default, changeable), and reprints. */
export function CaseCourtDocuments({
  caseId,
  proceeding,
  hearings,
}: {
  caseId: number;
  proceeding: Proceeding;
  hearings: HearingView[];
}) {
  const ms = useStrings().msCalendar.documents;
  const { courtDate, hearingTime } = useStrings().msDomain;
  const [form, setForm] = useState<Proceeding>(proceeding);
  const [chosenHearing, setHearing] = useState<number | null>(null);
  const { state: documents, reload } = useApi('courtDocuments.forCase', { caseId });
  const { state: calendar } = useApi('calendar.get', {});
  const hearingId = chosenHearing ?? hearings.at(-1)?.id ?? null;
  const copies = calendar.value?.documents.copies ?? 3;
  return (
    <section className="section" aria-labelledby="case-documents-title" data-testid="case-documents">
      <h2 id="case-documents-title">{ms.title}</h2>
      {hearingId === null ? (
        <p className="muted">{ms.needHearing}</p>
      ) : (
        <div className="form">
          <Field id="document-form" label={ms.form}>
            {(aria) => (
              <select {...aria} value={form} onChange={(e) => setForm(e.target.value as Proceeding)}>
                {PROCEEDINGS.map((p) => (
                  <option key={p} value={p}>
                    {ms.forms[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="document-hearing" label={ms.hearing}>
            {(aria) => (
              <select {...aria} value={String(hearingId)} onChange={(e) => setHearing(Number(e.target.value))}>
                {hearings.map((h) => (
                  <option key={h.id} value={String(h.id)}>
                    {courtDate(h.dateText)}, {hearingTime(h.time)}, {h.room}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <PrintButtons
            key={`${form}-${hearingId}`}
            target={{ kind: 'courtForm', caseId, hearingId, form, label: ms.print(form, copies) }}
            onDone={reload}
          />
        </div>
      )}
      {documents.status === 'error' ? <Notice tone="error">{documents.error.message}</Notice> : null}
      {documents.value && documents.value.length > 0 ? (
        <table className="table" data-testid="court-documents">
          <caption className="muted">{ms.issued}</caption>
          <thead>
            <tr>
              <th scope="col">{ms.colKind}</th>
              <th scope="col">{ms.colRef}</th>
              <th scope="col">{ms.colAt}</th>
              <th scope="col">{ms.colBy}</th>
              <th scope="col">{ms.colCopies}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {documents.value.map((d) => (
              <tr key={d.id}>
                <td>{ms.forms[d.kind]}</td>
                <td className="code">{d.reference}</td>
                <td className="nowrap">{formatDateTime(d.issuedAt)}</td>
                <td>{d.issuedBy}</td>
                <td className="num">{d.copies}</td>
                <td>
                  <PrintButtons target={{ kind: 'courtDocument', documentId: d.id, label: ms.reprint }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
