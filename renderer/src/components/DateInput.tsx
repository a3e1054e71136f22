import { useState, type KeyboardEvent } from 'react';
import { fromDayMonthYear, toDayMonthYear } from '@shared/dayMonthYear';
import { addDays } from '@shared/time';
import { useStrings } from '../i18n/strings';
import type { ControlAria } from './Field';

interface DateInputProps extends Partial<ControlAria> {
  /** yyyy-mm-dd, or '' when no date is chosen. */
  value: string;
  /** Called with yyyy-mm-dd once the typed text is a real date in range; with '' when cleared (optional only). */
  onChange: (isoDate: string) => void;
  min?: string | undefined;
  max?: string | undefined;
  /** A filter may be left empty; a form's date may not. */
  optional?: boolean;
}

/**
 * A date typed day first, dd/mm/yyyy, as Malaysia writes it whatever the PC's language (the browser's
 * own date input follows the PC and shows mm/dd/yyyy on an English PC). ↑ and ↓ move a day.
 */
export function DateInput({ value, onChange, min, max, optional = false, ...aria }: DateInputProps) {
  const t = useStrings().ms.dateInput;
  const [text, setText] = useState(() => toDayMonthYear(value));
  const [shownFor, setShownFor] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  if (value !== shownFor) {
    setShownFor(value);
    if (fromDayMonthYear(text) !== value) setText(toDayMonthYear(value));
  }

  const problemWith = (typed: string): string | null => {
    if (typed.trim() === '') return optional ? null : t.notADate;
    const date = fromDayMonthYear(typed);
    if (date === null) return t.notADate;
    if (max !== undefined && date > max) return t.tooLate(toDayMonthYear(max));
    if (min !== undefined && date < min) return t.tooEarly(toDayMonthYear(min));
    return null;
  };

  const take = (typed: string) => {
    setText(typed);
    const date = fromDayMonthYear(typed);
    if (problemWith(typed) !== null) return;
    setProblem(null);
    onChange(date ?? '');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') setProblem(problemWith(text));
    const step = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    const date = fromDayMonthYear(text);
    if (step === 0 || date === null) return;
    event.preventDefault();
    take(toDayMonthYear(addDays(date, step)));
  };

  const problemId = problem && aria.id ? `${aria.id}-date-problem` : undefined;
  const describedBy = [problemId, aria['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        {...aria}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="date-input"
        placeholder={t.placeholder}
        value={text}
        aria-invalid={Boolean(problem) || Boolean(aria['aria-invalid'])}
        aria-describedby={describedBy}
        onChange={(e) => take(e.target.value)}
        onBlur={() => setProblem(problemWith(text))}
        onKeyDown={onKeyDown}
      />
      {problem ? (
        <p id={problemId} className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
