import { useState } from 'react';
import { CAUSE_BOOK_PERIODS, CAUSE_BOOK_SCOPES, type CauseBookScope } from '@shared/schemas/courtCalendar';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { useStrings } from '../i18n/strings';
import { todayInCourt } from '../lib/time';
import { PrintButtons } from '../printing/PrintButtons';
import { DateInput } from '../components/DateInput';

type Period = (typeof CAUSE_BOOK_PERIODS)[number];

/**
 * Buku Daftar → the cause book as a PDF for a day, a week or a month: this counter's, or, once a court
 * folder is set, the whole court's.
 */
export function CauseBookPrint() {
  const ms = useStrings().msCalendar.causeBook;
  const [period, setPeriod] = useState<Period>('DAY');
  const [date, setDate] = useState(todayInCourt());
  const [chosen, setScope] = useState<CauseBookScope>('COUNTER');
  const court = useApi('courtFolder.status', {}).state.value;
  const shared = Boolean(court?.folder);
  const scope: CauseBookScope = shared ? chosen : 'COUNTER';
  return (
    <section className="section" data-testid="cause-book" aria-labelledby="cause-book-title">
      <h2 id="cause-book-title">{ms.title}</h2>
      <div className="filters">
        {shared ? (
          <Field id="cause-book-scope" label={ms.scope}>
            {(aria) => (
              <select {...aria} value={scope} onChange={(e) => setScope(e.target.value as CauseBookScope)}>
                {CAUSE_BOOK_SCOPES.map((s) => (
                  <option key={s} value={s}>
                    {ms.scopes[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field id="cause-book-period" label={ms.period}>
          {(aria) => (
            <select {...aria} value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
              {CAUSE_BOOK_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {ms.periods[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="cause-book-date" label={ms.date}>
          {(aria) => <DateInput {...aria} value={date} onChange={setDate} />}
        </Field>
      </div>
      {scope === 'COURT' ? (
        <p className="muted" data-testid="cause-book-court-hint">
          {ms.courtHint}
        </p>
      ) : null}
      {date ? (
        <PrintButtons
          key={`${scope}-${period}-${date}`}
          target={{ kind: 'causeBook', period, date, scope, label: ms.print }}
        />
      ) : null}
    </section>
  );
}
