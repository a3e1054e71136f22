import { useState } from 'react';
import { APPOINTMENT_SESSIONS, type AppointmentSessionSettings } from '@shared/appointmentSessions';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

/** Tetapan → Kalendar: each appointment session's times and how many it takes (supervisor, audited). */
export function AppointmentSessionsSettings() {
  const { msSop } = useStrings();
  const t = msSop.settings;
  const { state, reload } = useApi('appointments.slots', { days: 1 });
  const [draft, setDraft] = useState<AppointmentSessionSettings | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  // What the supervisor typed in each places field, kept as typed (words too) until saved: the ledger
  // refuses a limit that is not a whole number, and the field must still show what was refused.
  const [typedCapacity, setTypedCapacity] = useState<Partial<Record<string, string>>>({});
  const current = draft ?? state.value?.settings;
  if (!current) return null;
  const save = async () => {
    const result = await call('appointments.setSessions', current);
    setMessage(result.ok ? { tone: 'success', text: t.saved } : { tone: 'error', text: result.error.message });
    if (result.ok) {
      setDraft(null);
      setTypedCapacity({});
      reload();
    }
  };
  return (
    <section className="section" data-testid="appointment-sessions-settings">
      <h3>{t.sessionsTitle}</h3>
      <p className="muted">{t.sessionsHint}</p>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {APPOINTMENT_SESSIONS.map((session) => {
        const name = msSop.appointments.sessionName[session];
        const set = (patch: Partial<AppointmentSessionSettings[typeof session]>) =>
          setDraft({ ...current, [session]: { ...current[session], ...patch } });
        return (
          <div key={session} className="grid grid--3">
            <label className="field">
              <span className="field__label">{t.sessionStart(name)}</span>
              <input value={current[session].start} onChange={(e) => set({ start: e.target.value })} />
            </label>
            <label className="field">
              <span className="field__label">{t.sessionEnd(name)}</span>
              <input value={current[session].end} onChange={(e) => set({ end: e.target.value })} />
            </label>
            <label className="field">
              <span className="field__label">{t.sessionCapacity(name)}</span>
              <input
                inputMode="numeric"
                value={typedCapacity[session] ?? String(current[session].capacity)}
                onChange={(e) => {
                  const typed = e.target.value;
                  setTypedCapacity({ ...typedCapacity, [session]: typed });
                  set({ capacity: /^\d+$/.test(typed) ? Number(typed) : Number.NaN });
                }}
              />
            </label>
          </div>
        );
      })}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => unawaited(save())}>
          {t.save}
        </button>
      </div>
    </section>
  );
}
