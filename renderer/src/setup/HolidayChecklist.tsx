import type { ShippedHolidayView } from '@shared/calendar/shippedHolidays';
import { toDayMonthYear } from '@shared/dayMonthYear';
import { useStrings } from '../i18n/strings';

/**
 * The shipped holidays of a state, each with a tick (all ticked at first): setup and Tetapan's "Muat cuti umum
 * negeri" both show it before anything goes into the calendar. Tarikh jangkaan are marked; the sources listed.
 */
export function HolidayChecklist({
  holidays,
  unticked,
  onToggle,
  onSetAll,
}: {
  holidays: readonly ShippedHolidayView[];
  unticked: ReadonlySet<string>;
  onToggle: (date: string) => void;
  /** Ticks every one (false) or none (true). */
  onSetAll: (untickAll: boolean) => void;
}) {
  const ms = useStrings().msCalendar.shipped;
  const sources = [...new Set(holidays.map((h) => h.source))];
  return (
    <>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => onSetAll(false)}>
          {ms.tickAll}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onSetAll(true)}>
          {ms.untickAll}
        </button>
      </div>
      <table className="table" data-testid="shipped-holidays">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{ms.colDate}</th>
            <th scope="col">{ms.colName}</th>
          </tr>
        </thead>
        <tbody>
          {holidays.map((h) => (
            <tr key={h.date}>
              <td>
                <input
                  type="checkbox"
                  aria-label={ms.take(`${h.name} ${toDayMonthYear(h.date)}`)}
                  checked={!unticked.has(h.date)}
                  onChange={() => onToggle(h.date)}
                />
              </td>
              <td className="code">{toDayMonthYear(h.date)}</td>
              <td>
                {h.name}
                {h.expected ? (
                  <>
                    {' '}
                    <span className="holiday-expected">{ms.expected}</span>
                  </>
                ) : null}
                {h.note ? <span className="muted"> — {h.note}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{ms.sources}</summary>
        <ul className="plain-list muted">
          {sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
