import { useState } from 'react';
import { CAUSE_BOOK_PERIODS } from '@shared/schemas/courtCalendar';
import { Field } from '../components/Field';
import { useStrings } from '../i18n/strings';
import { todayInCourt } from '../lib/time';
import { PrintButtons } from '../printing/PrintButtons';
import { DateInput } from '../components/DateInput';

type Period = (typeof CAUSE_BOOK_PERIODS)[number];

/** Buku Daftar → the cause book as a PDF for a day, a week or a month. */
export function CauseBookPrint() {
  const ms = useStrings().msCalendar.causeBook;
  const [period, setPeriod] = useState<Period>('DAY');
  const [date, setDate] = useState(todayInCourt());
  return (
    <section className="section" data-testid="cause-book" aria-labelledby="cause-book-title">
      <h2 id="cause-book-title">{ms.title}</h2>
      <div className="filters">
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
      {date ? (
        <PrintButtons key={`${period}-${date}`} target={{ kind: 'causeBook', period, date, label: ms.print }} />
      ) : null}
    </section>
  );
}
