import { useState } from 'react';
import { holidaySchema } from '@shared/schemas/courtCalendar';
import { shippedHolidays } from '@shared/calendar/shippedHolidays';
import type { HolidayView } from '@shared/calendarViews';
import type { StateView } from '@shared/views';
import { toDayMonthYear } from '@shared/dayMonthYear';
import { DateInput } from '../components/DateInput';
import { Field } from '../components/Field';
import { shownFieldMessage } from '../i18n/errors';
import { currentLanguage, useStrings } from '../i18n/strings';
import { HolidayChecklist } from './HolidayChecklist';

/** What the setup screen holds for the holidays: the shipped dates unticked, others added, and the tick "checked". */
export interface SetupHolidaysValue {
  unticked: ReadonlySet<string>;
  extra: readonly HolidayView[];
  confirmed: boolean;
}
export const emptySetupHolidays: SetupHolidaysValue = { unticked: new Set(), extra: [], confirmed: false };

/** The holidays setup sends: the ticked shipped ones of the state and year pair, then those added, by date. */
export function chosenHolidays(stateCode: string, years: readonly number[], value: SetupHolidaysValue): HolidayView[] {
  const shipped = shippedHolidays(stateCode, years)
    .filter((h) => !value.unticked.has(h.date))
    .map(({ date, name }) => ({ date, name }));
  return [...shipped, ...value.extra.filter((x) => !shipped.some((h) => h.date === x.date))].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

/** Tetapan Awal's holiday step: the chosen state's holidays of this year and next, to untick, add to and confirm. */
export function SetupHolidays({
  stateCode,
  states,
  years,
  value,
  onChange,
  error,
}: {
  stateCode: string;
  states: readonly StateView[];
  years: readonly number[];
  value: SetupHolidaysValue;
  onChange: (value: SetupHolidaysValue) => void;
  error: string | null;
}) {
  const ms = useStrings().msCalendar.shipped;
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const state = states.find((s) => s.code === stateCode);
  if (!state) return <p className="muted">{ms.chooseState}</p>;
  const holidays = shippedHolidays(stateCode, years);
  const toggle = (d: string) => {
    const unticked = new Set(value.unticked);
    if (unticked.has(d)) unticked.delete(d);
    else unticked.add(d);
    onChange({ ...value, unticked });
  };
  const addOther = () => {
    const parsed = holidaySchema.safeParse({ date, name });
    if (!parsed.success) {
      setProblem(shownFieldMessage(parsed.error.issues[0]?.message ?? '', currentLanguage()));
      return;
    }
    setProblem(null);
    onChange({ ...value, extra: [...value.extra.filter((x) => x.date !== parsed.data.date), parsed.data] });
    setDate('');
    setName('');
  };
  return (
    <div data-testid="setup-holidays">
      <p>{ms.intro(state.name, years.join(' dan '))}</p>
      <HolidayChecklist
        holidays={holidays}
        unticked={value.unticked}
        onToggle={toggle}
        onSetAll={(none) => onChange({ ...value, unticked: new Set(none ? holidays.map((h) => h.date) : []) })}
      />
      {value.extra.length > 0 ? (
        <ul className="plain-list" data-testid="setup-holidays-extra">
          {value.extra.map((x) => (
            <li key={x.date}>
              <span className="code">{toDayMonthYear(x.date)}</span> {x.name}{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onChange({ ...value, extra: value.extra.filter((y) => y.date !== x.date) })}
              >
                {ms.removeOther}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="filters">
        <Field id="setup-holiday-date" label={ms.otherDate}>
          {(aria) => <DateInput {...aria} optional value={date} onChange={setDate} />}
        </Field>
        <Field id="setup-holiday-name" label={ms.otherName} error={problem ?? undefined}>
          {(aria) => <input {...aria} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="button" className="button button--secondary" onClick={addOther}>
          {ms.addOther}
        </button>
      </div>
      <p>{ms.count(chosenHolidays(stateCode, years, value).length)}</p>
      <label className="checkbox">
        <input
          id="setup-holidays-confirm"
          type="checkbox"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'setup-holidays-confirm-error' : undefined}
          checked={value.confirmed}
          onChange={(e) => onChange({ ...value, confirmed: e.target.checked })}
        />
        {ms.confirm}
      </label>
      {error ? (
        <p id="setup-holidays-confirm-error" className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
