import { AppointmentSessionsSettings } from './AppointmentSessionsSettings';
import { useState } from 'react';
import type { CourtCalendarView } from '@shared/calendarViews';
import type { Result } from '@shared/errors';
import { hijriMonthNamesSchema, hijriMonthStartsSchema } from '@shared/schemas/courtCalendar';
import { toDayMonthYear } from '@shared/dayMonthYear';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { Loading, Notice } from '../components/Notice';
import { shownFieldMessage } from '../i18n/errors';
import { currentLanguage, useStrings } from '../i18n/strings';
import { EmptyHint } from '../components/EmptyHint';
import { unawaited } from '../app/unawaited';
import { DateInput } from '../components/DateInput';
import type { ShippedHolidaysPreview } from '@shared/calendarViews';
import { HolidayChecklist } from '../setup/HolidayChecklist';

type Message = { tone: 'success' | 'error'; text: string } | null;

/** Tetapan → Kalendar dan dokumen: public holidays, the Hijri month-start table, rooms, capacity, copies. */
export function CalendarSettings() {
  const ms = useStrings().msCalendar.settings;
  const { state } = useApi('calendar.get', {});
  const [view, setView] = useState<CourtCalendarView | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const current = view ?? state.value;

  const apply = async (result: Promise<Result<CourtCalendarView>>) => {
    const answer = await result;
    if (answer.ok) {
      setView(answer.value);
      setMessage({ tone: 'success', text: ms.saved });
    } else setMessage({ tone: 'error', text: answer.error.message });
  };

  if (!current)
    return state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : <Loading text="…" />;
  return (
    <div className="form calendar-settings" data-testid="calendar-settings">
      <p>{ms.today(current.todayBothCalendars)}</p>
      <p className="muted">{ms.weekend(current.weekendDays.join(', '))}</p>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <Holidays view={current} apply={apply} />
      <LoadShippedHolidays today={current.today} apply={apply} />
      <HijriTable key={JSON.stringify(current.hijriMonthStarts)} view={current} apply={apply} />
      <HijriMonthNames key={current.hijriMonthNames.join('|')} view={current} apply={apply} />
      <DocumentSettings key={JSON.stringify(current.documents)} view={current} apply={apply} />
      <AppointmentSessionsSettings />
    </div>
  );
}

type Apply = (result: Promise<Result<CourtCalendarView>>) => Promise<void>;

function Holidays({ view, apply }: { view: CourtCalendarView; apply: Apply }) {
  const { msCounter } = useStrings();
  const ms = useStrings().msCalendar.settings;
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  // Removing asks for a reason first, on the holiday's own line (Electron has no window.prompt).
  const [removing, setRemoving] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  return (
    <section aria-labelledby="holidays-title">
      <h3 id="holidays-title">{ms.holidays}</h3>
      {view.holidays.length === 0 ? <EmptyHint title={ms.noHolidays} what={msCounter.empty.holidaysWhat} /> : null}
      <ul className="plain-list" data-testid="holidays">
        {view.holidays.map((h) => (
          <li key={h.date}>
            <span className="code">{toDayMonthYear(h.date)}</span> {h.name}{' '}
            {removing === h.date ? (
              <span className="filters">
                <Field id="holiday-remove-reason" label={ms.removeReason(h.name)}>
                  {(aria) => <input {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />}
                </Field>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() =>
                    unawaited(apply(call('calendar.removeHoliday', { date: h.date, reason })).then(() => setReason('')))
                  }
                >
                  {ms.removeHoliday}
                </button>
              </span>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setRemoving(h.date)}>
                {ms.removeHoliday}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="filters">
        <Field id="holiday-date" label={ms.holidayDate}>
          {(aria) => <DateInput {...aria} optional value={date} onChange={setDate} />}
        </Field>
        <Field id="holiday-name" label={ms.holidayName}>
          {(aria) => <input {...aria} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
      </div>
      <button
        type="button"
        className="button button--primary"
        onClick={() =>
          unawaited(
            apply(call('calendar.addHoliday', { date, name })).then(() => {
              setDate('');
              setName('');
            }),
          )
        }
      >
        {ms.addHoliday}
      </button>
    </section>
  );
}

/** "Muat cuti umum negeri": the shipped holidays of a year the calendar lacks, shown to untick, then added. */
function LoadShippedHolidays({ today, apply }: { today: string; apply: Apply }) {
  const ms = useStrings().msCalendar.shipped;
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [preview, setPreview] = useState<ShippedHolidaysPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const show = async () => {
    const answer = await call('calendar.shippedHolidays', { year: Number(year) });
    setUnticked(new Set());
    if (answer.ok) {
      setPreview(answer.value);
      setProblem(null);
    } else {
      setPreview(null);
      setProblem(answer.error.message);
    }
  };
  const chosen = preview ? preview.missing.filter((h) => !unticked.has(h.date)).map((h) => h.date) : [];
  return (
    <section aria-labelledby="shipped-holidays-title" data-testid="load-shipped-holidays">
      <h3 id="shipped-holidays-title">{ms.loadTitle}</h3>
      <div className="filters">
        <Field id="shipped-holidays-year" label={ms.year} error={problem ?? undefined}>
          {(aria) => (
            <select {...aria} value={year} onChange={(e) => setYear(e.target.value)}>
              {[thisYear, thisYear + 1].map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" className="button button--secondary" onClick={() => unawaited(show())}>
          {ms.show}
        </button>
      </div>
      {preview ? (
        <>
          <p>{ms.loadIntro(preview.stateName)}</p>
          {preview.alreadyThere > 0 ? <p className="muted">{ms.already(preview.alreadyThere)}</p> : null}
          {preview.missing.length === 0 ? (
            <Notice tone="success">{ms.nothingMissing(preview.year)}</Notice>
          ) : (
            <>
              <HolidayChecklist
                holidays={preview.missing}
                unticked={unticked}
                onToggle={(d) => {
                  const next = new Set(unticked);
                  if (next.has(d)) next.delete(d);
                  else next.add(d);
                  setUnticked(next);
                }}
                onSetAll={(none) => setUnticked(new Set(none ? preview.missing.map((h) => h.date) : []))}
              />
              <button
                type="button"
                className="button button--primary"
                disabled={chosen.length === 0}
                onClick={() =>
                  unawaited(
                    apply(call('calendar.loadShippedHolidays', { year: preview.year, dates: chosen })).then(() =>
                      setPreview(null),
                    ),
                  )
                }
              >
                {ms.load(chosen.length)}
              </button>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

interface HijriRow {
  /** A key for React while the row is edited (rows have no id until saved). */
  key: number;
  year: string;
  month: string;
  startsOn: string;
}

let nextRowKey = 1;

function rowsOf(view: CourtCalendarView): HijriRow[] {
  return view.hijriMonthStarts.map((c) => ({
    key: nextRowKey++,
    year: String(c.year),
    month: String(c.month),
    startsOn: c.startsOn,
  }));
}

/**
 * The court's table of official month starts, edited as one whole: rows are added, changed and
 * removed here, then Simpan sends the whole table (the order rows were typed in never matters).
 */
function HijriTable({ view, apply }: { view: CourtCalendarView; apply: Apply }) {
  const ms = useStrings().msCalendar.settings;
  const [rows, setRows] = useState<HijriRow[]>(() => rowsOf(view));
  const [problem, setProblem] = useState<string | null>(null);
  const saved = new Map(view.hijriMonthStarts.map((c) => [`${c.year}/${c.month}`, c]));
  const change = (key: number, patch: Partial<HijriRow>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const save = () => {
    const parsed = hijriMonthStartsSchema.safeParse({
      rows: rows.map((r) => ({ year: Number(r.year), month: Number(r.month), startsOn: r.startsOn })),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const row = typeof issue?.path[1] === 'number' ? `${ms.hijriRow(issue.path[1] + 1)}: ` : '';
      setProblem(`${row}${issue ? shownFieldMessage(issue.message, currentLanguage()) : ''}`);
      return;
    }
    setProblem(null);
    unawaited(
      apply(call('calendar.saveHijriMonthStarts', parsed.data)).then(() =>
        setRows((current) => current.filter((r) => r.year !== '' || r.startsOn !== '')),
      ),
    );
  };
  return (
    <section aria-labelledby="hijri-title">
      <h3 id="hijri-title">{ms.hijri}</h3>
      <p className="muted">{ms.hijriIntro}</p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <table className="table" data-testid="hijri-table">
        <thead>
          <tr>
            <th scope="col">{ms.hijriYear}</th>
            <th scope="col">{ms.hijriMonth}</th>
            <th scope="col">{ms.startsOn}</th>
            <th scope="col">{ms.computed}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, index) => {
            const stored = saved.get(`${r.year}/${r.month}`);
            return (
              <tr key={r.key} data-testid="hijri-row">
                <td>
                  <label className="visually-hidden" htmlFor={`hijri-year-${index + 1}`}>
                    {ms.hijriYear} — {ms.hijriRow(index + 1)}
                  </label>
                  <input
                    id={`hijri-year-${index + 1}`}
                    inputMode="numeric"
                    className="input--short"
                    value={r.year}
                    onChange={(e) => change(r.key, { year: e.target.value })}
                  />
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`hijri-month-${index + 1}`}>
                    {ms.hijriMonth} — {ms.hijriRow(index + 1)}
                  </label>
                  <select
                    id={`hijri-month-${index + 1}`}
                    value={r.month}
                    onChange={(e) => change(r.key, { month: e.target.value })}
                  >
                    {view.hijriMonthNames.map((m, i) => (
                      <option key={m} value={String(i + 1)}>
                        {m}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`hijri-starts-${index + 1}`}>
                    {ms.startsOn} — {ms.hijriRow(index + 1)}
                  </label>
                  <DateInput
                    id={`hijri-starts-${index + 1}`}
                    optional
                    value={r.startsOn}
                    onChange={(d) => change(r.key, { startsOn: d })}
                  />
                </td>
                <td>
                  {stored ? toDayMonthYear(stored.computedStartsOn) : '—'}
                  {stored?.shipped ? <span className="muted"> ({ms.shipped})</span> : null}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setRows(rows.filter((x) => x.key !== r.key))}
                  >
                    {ms.removeHijri}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="filters">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setRows([...rows, { key: nextRowKey++, year: '', month: '1', startsOn: '' }])}
        >
          {ms.addHijriRow}
        </button>
        <button type="button" className="button button--primary" onClick={save}>
          {ms.saveHijri}
        </button>
      </div>
    </section>
  );
}

function DocumentSettings({ view, apply }: { view: CourtCalendarView; apply: Apply }) {
  const ms = useStrings().msCalendar.settings;
  const [rooms, setRooms] = useState(view.documents.rooms.join('\n'));
  const [capacity, setCapacity] = useState(String(view.documents.capacityPerRoom));
  const [time, setTime] = useState(view.documents.defaultTime);
  const [copies, setCopies] = useState(String(view.documents.copies));
  return (
    <section aria-labelledby="documents-title">
      <h3 id="documents-title">{ms.documents}</h3>
      <Field id="doc-rooms" label={ms.rooms}>
        {(aria) => <textarea {...aria} rows={3} value={rooms} onChange={(e) => setRooms(e.target.value)} />}
      </Field>
      <Field id="doc-capacity" label={ms.capacity}>
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            className="input--short"
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
          />
        )}
      </Field>
      <Field id="doc-time" label={ms.defaultTime}>
        {(aria) => (
          <input
            {...aria}
            type="time"
            className="input--short"
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        )}
      </Field>
      <Field id="doc-copies" label={ms.copies}>
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            className="input--short"
            value={copies}
            onChange={(e) => setCopies(e.target.value)}
          />
        )}
      </Field>
      <button
        type="button"
        className="button button--primary"
        onClick={() =>
          unawaited(
            apply(
              call('calendar.updateDocumentSettings', {
                rooms: rooms
                  .split('\n')
                  .map((r) => r.trim())
                  .filter(Boolean),
                capacityPerRoom: Number(capacity),
                defaultTime: time,
                copies: Number(copies),
              }),
            ),
          )
        }
      >
        {ms.saveDocuments}
      </button>
    </section>
  );
}

/** How the court spells the Hijri months on its documents (Rabiulawal, Rabi'ul Awal …). */
function HijriMonthNames({ view, apply }: { view: CourtCalendarView; apply: Apply }) {
  const ms = useStrings().msCalendar.settings;
  const [names, setNames] = useState<string[]>(view.hijriMonthNames);
  const [problem, setProblem] = useState<string | null>(null);
  const save = () => {
    const parsed = hijriMonthNamesSchema.safeParse({ names });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const month = typeof issue?.path[1] === 'number' ? `${issue.path[1] + 1}: ` : '';
      setProblem(`${month}${issue ? shownFieldMessage(issue.message, currentLanguage()) : ''}`);
      return;
    }
    setProblem(null);
    unawaited(apply(call('calendar.saveHijriMonthNames', parsed.data)));
  };
  return (
    <section aria-labelledby="hijri-names-title">
      <h3 id="hijri-names-title">{ms.hijriNames}</h3>
      <p className="muted">{ms.hijriNamesIntro}</p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="grid grid--4">
        {names.map((name, i) => (
          <Field key={i} id={`hijri-name-${i + 1}`} label={ms.hijriMonthNumber(i + 1)}>
            {(aria) => (
              <input
                {...aria}
                value={name}
                onChange={(e) => setNames(names.map((n, j) => (j === i ? e.target.value : n)))}
              />
            )}
          </Field>
        ))}
      </div>
      <button type="button" className="button button--primary" onClick={save}>
        {ms.saveHijriNames}
      </button>
    </section>
  );
}
