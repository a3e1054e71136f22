// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../i18n/strings';
import { DateInput } from './DateInput';
import { Field } from './Field';

function DayForm({ initial, max, optional }: { initial: string; max?: string; optional?: boolean }) {
  const [date, setDate] = useState(initial);
  return (
    <>
      <Field id="day" label="Tarikh">
        {(aria) => <DateInput {...aria} value={date} max={max} optional={optional ?? false} onChange={setDate} />}
      </Field>
      <output data-testid="form-value">{date}</output>
    </>
  );
}

const input = () => screen.getByLabelText('Tarikh') as HTMLInputElement;
const formValue = () => screen.getByTestId('form-value').textContent;

afterEach(() => {
  cleanup();
  showLanguage('ms');
});

describe('DateInput', () => {
  it('shows the form’s date day first and gives the form yyyy-mm-dd for what is typed day first', () => {
    render(<DayForm initial="2026-12-05" />);
    expect(input().value).toBe('05/12/2026');
    expect(input().type).toBe('text');
    fireEvent.change(input(), { target: { value: '7/1/2027' } });
    expect(formValue()).toBe('2027-01-07');
  });

  it('moves a day with the arrow keys', () => {
    render(<DayForm initial="2026-12-31" />);
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(input().value).toBe('01/01/2027');
    expect(formValue()).toBe('2027-01-01');
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(formValue()).toBe('2026-12-30');
  });

  it('says what is wrong with a date that is not one, in Malay or English, and keeps the form’s date', () => {
    render(<DayForm initial="2026-12-05" />);
    fireEvent.change(input(), { target: { value: '31/11/2026' } });
    fireEvent.blur(input());
    expect(screen.getByRole('alert').textContent).toBe('Tarikh mesti ditulis hh/bb/tttt, cth. 05/12/2026.');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(formValue()).toBe('2026-12-05');

    act(() => showLanguage('en'));
    fireEvent.blur(input());
    expect(screen.getByRole('alert').textContent).toBe('Write the date as dd/mm/yyyy, e.g. 05/12/2026.');
    expect(input().placeholder).toBe('dd/mm/yyyy');

    fireEvent.change(input(), { target: { value: '30/11/2026' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(formValue()).toBe('2026-11-30');
  });

  it('refuses a date after the latest one allowed, naming it day first', () => {
    render(<DayForm initial="2026-12-01" max="2026-12-05" />);
    fireEvent.change(input(), { target: { value: '06/12/2026' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('Tarikh paling lewat 05/12/2026.');
    expect(formValue()).toBe('2026-12-01');
  });

  it('lets a filter be cleared without a complaint', () => {
    render(<DayForm initial="2026-12-05" optional />);
    fireEvent.change(input(), { target: { value: '' } });
    fireEvent.blur(input());
    expect(formValue()).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
