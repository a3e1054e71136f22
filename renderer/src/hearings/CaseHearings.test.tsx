// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HearingSlotsView, HearingView } from '@shared/calendarViews';
import { showLanguage } from '../i18n/strings';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { CaseHearings } from './CaseHearings';

afterEach(() => {
  cleanup();
  showLanguage('ms');
});

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

  it('shows a hearing’s day and time in English when English is chosen, not "Isnin … 2.30 petang"', async () => {
    const hearing: HearingView = {
      id: 1,
      caseId: 1,
      kind: 'SEBUTAN',
      date: '2026-12-07',
      time: '14:30',
      room: 'Dewan Bicara 1',
      dateText: 'Isnin, 7 Disember 2026 bersamaan 27 Jamadilakhir 1448H',
      timeText: '2.30 petang',
      setAt: '2026-11-28T01:15:00.000Z',
      setBy: 'Encik Hafiz bin Razak',
      overrideReason: null,
      overrideBy: null,
    };
    installFakeKaunter({
      'hearings.forCase': () => ok([hearing]),
      'hearings.slots': () => ok(SLOTS),
      'courtDocuments.forCase': () => ok([]),
    });
    act(() => showLanguage('en'));
    render(<CaseHearings caseId={1} proceeding="SAMAN" onChanged={vi.fn()} />);
    const row = (await screen.findByRole('cell', { name: /2\.30 pm/ })).textContent;
    expect(row).toContain('Monday, 7 December 2026');
    expect(document.body.textContent).not.toContain('petang');
  });
});
