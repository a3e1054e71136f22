import type { Proceeding } from '@shared/domain';
import { useApi } from '../api/useApi';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { EmptyHint } from '../components/EmptyHint';
import { formatDateTime } from '../lib/time';
import { CaseCourtDocuments } from './CaseCourtDocuments';
import { HearingForm } from './HearingForm';

/** On the case page: the case's mention and hearing dates, the picker, and its summons or application. */
export function CaseHearings({
  caseId,
  proceeding,
  onChanged,
}: {
  caseId: number;
  proceeding: Proceeding;
  /** Told when a date is set, so the case's history shows it. */
  onChanged: () => void;
}) {
  const { msCounter } = useStrings();
  const ms = useStrings().msCalendar.hearings;
  const { courtDate, hearingTime } = useStrings().msDomain;
  const { state: hearings, reload } = useApi('hearings.forCase', { caseId });
  const { state: slots, reload: reloadSlots } = useApi('hearings.slots', {});
  const list = hearings.value ?? [];
  return (
    <>
      <section className="section" aria-labelledby="case-hearings-title" data-testid="case-hearings">
        <h2 id="case-hearings-title">{ms.title}</h2>
        {hearings.status === 'error' ? <Notice tone="error">{hearings.error.message}</Notice> : null}
        {list.length === 0 && hearings.status === 'ok' ? (
          <EmptyHint title={ms.empty} what={msCounter.empty.hearingsWhat} />
        ) : null}
        {list.length > 0 ? (
          <table className="table" data-testid="hearings-table">
            <thead>
              <tr>
                <th scope="col">{ms.colWhen}</th>
                <th scope="col">{ms.colRoom}</th>
                <th scope="col">{ms.colKind}</th>
                <th scope="col">{ms.colBy}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((h) => (
                <tr key={h.id}>
                  <td>
                    {courtDate(h.dateText)}, {hearingTime(h.time)}
                    {h.overrideReason && h.overrideBy ? (
                      <div className="muted">{ms.overrideBy(h.overrideBy, h.overrideReason)}</div>
                    ) : null}
                  </td>
                  <td>{h.room}</td>
                  <td>{ms.kinds[h.kind]}</td>
                  <td>
                    {h.setBy}
                    <div className="muted">{formatDateTime(h.setAt)}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {slots.status === 'error' ? <Notice tone="error">{slots.error.message}</Notice> : null}
        {slots.value ? (
          <HearingForm
            // A fresh form for each case and after each date set: it starts on the first free slot it names.
            key={`${caseId} ${list.length} ${JSON.stringify(slots.value.firstFree)}`}
            caseId={caseId}
            slots={slots.value}
            onSaved={() => {
              reload();
              reloadSlots();
              onChanged();
            }}
          />
        ) : (
          <Loading text="…" />
        )}
      </section>
      <CaseCourtDocuments caseId={caseId} proceeding={proceeding} hearings={list} />
    </>
  );
}
