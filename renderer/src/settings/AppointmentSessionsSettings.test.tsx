// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppointmentSessionSettings } from '@shared/appointmentSessions';
import { appointmentSessionsSchema } from '@shared/schemas/appointment';
import { readFieldMessage } from '@shared/schemas/fieldMessage';
import { showLanguage } from '../i18n/strings';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { AppointmentSessionsSettings } from './AppointmentSessionsSettings';

afterEach(() => {
  cleanup();
  showLanguage('ms');
});

const SETTINGS: AppointmentSessionSettings = {
  PAGI: { start: '08:30', end: '12:30', capacity: 20 },
  PETANG: { start: '14:00', end: '16:30', capacity: 15 },
};

/** A counter whose setSessions answers as the ledger's boundary does: the same schema, its Malay message. */
function counter() {
  let saved = SETTINGS;
  const mocks = installFakeKaunter({
    'appointments.slots': () => ok({ settings: saved, slots: [] }),
    'appointments.setSessions': (input) => {
      const parsed = appointmentSessionsSchema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: { code: 'VALIDATION', ...readFieldMessage(parsed.error.issues[0]?.message ?? '') } };
      }
      saved = parsed.data;
      return ok(parsed.data);
    },
  });
  return { mocks, saved: () => saved };
}

describe('AppointmentSessionsSettings (Tetapan → Kalendar)', () => {
  it('shows the saved sessions, edits one and saves the whole table', async () => {
    const { mocks, saved } = counter();
    render(<AppointmentSessionsSettings />);
    const capacity = await screen.findByLabelText('Pagi: had janji temu');
    expect(capacity).toHaveProperty('value', '20');
    expect(screen.getByLabelText('Petang: mula')).toHaveProperty('value', '14:00');
    fireEvent.change(capacity, { target: { value: '25' } });
    fireEvent.change(screen.getByLabelText('Petang: tamat'), { target: { value: '17:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Tetapan disimpan.')).toBeTruthy();
    expect(mocks['appointments.setSessions']).toHaveBeenCalledTimes(1);
    expect(saved()).toEqual({
      PAGI: { start: '08:30', end: '12:30', capacity: 25 },
      PETANG: { start: '14:00', end: '17:00', capacity: 15 },
    });
  });

  it.each([
    ['a session ending before it starts', 'Pagi: tamat', '08:00', /Masa tamat sesi mesti selepas masa mulanya/],
    ['petang starting inside pagi', 'Petang: mula', '12:00', /Sesi petang mesti bermula selepas sesi pagi tamat/],
    ['a limit that is not a number', 'Pagi: had janji temu', 'dua puluh', /Had janji temu sesi mesti nombor/],
  ])('refuses %s with the message, and keeps what was saved', async (_label, field, value, message) => {
    const { saved } = counter();
    render(<AppointmentSessionsSettings />);
    fireEvent.change(await screen.findByLabelText(field), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByText('Tetapan disimpan.')).toBeNull();
    expect(saved()).toEqual(SETTINGS);
    // What was typed, a time or a limit in words, stays for the supervisor to correct.
    expect(screen.getByLabelText(field)).toHaveProperty('value', value);
  });
});
