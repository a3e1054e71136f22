import { describe, expect, it } from 'vitest';
import { dispatcherFor, frozenClock, readyLedger, unwrap } from '../../tests/support/ledger';

describe('PIN lockout', () => {
  it('locks a user for five minutes after five wrong PINs, even the right PIN, then lets them in', async () => {
    const clock = frozenClock();
    const { ledger } = await readyLedger({}, { clock });
    const dispatch = dispatcherFor(ledger);
    for (let i = 1; i <= 4; i++) {
      expect(await dispatch('auth.signIn', { userId: 1, pin: '000000' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: 'Nama atau PIN salah.' },
      });
    }
    expect(await dispatch('auth.signIn', { userId: 1, pin: '000000' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: /dikunci selama 5 minit/ },
    });
    expect(await dispatch('auth.signIn', { userId: 1, pin: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: /dikunci selama 5 minit lagi/ },
    });
    const locked = ledger.db.prepare("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'session.locked'").get();
    expect(locked).toEqual({ n: 1 });
    clock.advance(5 * 60 * 1000 + 1);
    expect(unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' })).user.id).toBe(1);
  });

  it('resets the count after a right PIN', async () => {
    const { ledger } = await readyLedger();
    const dispatch = dispatcherFor(ledger);
    for (let i = 0; i < 4; i++) await dispatch('auth.signIn', { userId: 1, pin: '000000' });
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    for (let i = 0; i < 4; i++) {
      expect(await dispatch('auth.signIn', { userId: 1, pin: '000000' })).toMatchObject({
        error: { code: 'VALIDATION' },
      });
    }
  });

  it("counts wrong PINs typed as a supervisor's approval towards the same lockout", async () => {
    const { ledger } = await readyLedger();
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    unwrap(await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }));
    const close = (pin: string) =>
      dispatch('dayClose.close', { supervisorId: 1, supervisorPin: pin, date: '2026-11-28', cashCountedSen: 0 });
    for (let i = 0; i < 4; i++)
      expect(await close('999999')).toMatchObject({ error: { message: /Kelulusan ditolak/ } });
    expect(await close('999999')).toMatchObject({ error: { code: 'FORBIDDEN', message: /dikunci/ } });
    expect(await close('123456')).toMatchObject({ error: { code: 'FORBIDDEN', message: /dikunci/ } });
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM day_closes').get()).toEqual({ n: 0 });
  });
});
