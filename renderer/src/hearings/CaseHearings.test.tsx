// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HearingSlotsView } from '@shared/calendarViews';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { CaseHearings } from './CaseHearings';

afterEach(cleanup);

const day = (date: string, dateText: string) => ({
  date,
  dateText,
  rooms: [{ room: 'Dewan Bicara 1', booked: 0, capacity: 20 }],
});

const SLOTS: HearingSlotsView = {
  days: [
    day('2026-12-07', 'Isnin, 7 Disember 2026 bersamaan 27 Jamadilakhir 1448H'),
    day('2026-12-08', 'Selasa, 8 Disember 2026 bersamaan 28 Jamadilakhir 1448H'),
  ],
  firstFree: { date: '2026-12-07', room: 'Dewan Bicara 1', time: '09:00' },
  rooms: ['Dewan Bicara 1'],
  defaultTime: '09:00',
};

describe('CaseHearings', () => {
  it('opens the next case on the first free slot it names, not on the date picked for the case before', async () => {
    installFakeKaunter({
      'hearings.forCase': () => ok([]),
      'hearings.slots': () => ok(SLOTS),
      'courtDocuments.forCase': () => ok([]),
    });
    const props = { proceeding: 'SAMAN' as const, onChanged: vi.fn() };
    const { rerender } = render(<CaseHearings caseId={1} {...props} />);
    const date = await screen.findByRole('combobox', { name: /^Tarikh/ });
    fireEvent.change(date, { target: { value: '2026-12-08' } });
    expect((date as HTMLSelectElement).value).toBe('2026-12-08');

    rerender(<CaseHearings caseId={2} {...props} />);
    const next = await screen.findByRole('combobox', { name: /^Tarikh/ });
    expect(screen.getByTestId('first-free').textContent).toContain('7 Disember 2026');
    expect((next as HTMLSelectElement).value).toBe('2026-12-07');
  });
});
