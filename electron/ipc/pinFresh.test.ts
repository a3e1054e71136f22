import { describe, expect, it } from 'vitest';
import { dispatcherFor, frozenClock, readyLedger, unwrap } from '../../tests/support/ledger';
import { PIN_FRESH_MS } from './dispatcher';

async function supervisorSignedIn() {
  const clock = frozenClock();
  const { ledger, outage } = await readyLedger({}, { clock });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { clock, dispatch, outage, ledger };
}

describe('supervisor actions re-ask the PIN', () => {
  it('go through right after sign-in, ask again a while later, and go through once the PIN is typed', async () => {
    const { clock, dispatch, outage, ledger } = await supervisorSignedIn();
    const newUser = { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' };
    unwrap(await dispatch('users.create', newUser));
    clock.advance(PIN_FRESH_MS + 1);
    const users = () => (ledger.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
    const before = users();
    expect(await dispatch('users.create', { ...newUser, name: 'Siti binti Ali' })).toMatchObject({
      ok: false,
      error: { code: 'REAUTH' },
    });
    expect(await dispatch('outage.close', { outageId: outage.id })).toMatchObject({
      ok: false,
      error: { code: 'REAUTH' },
    });
    expect(users()).toBe(before);
    // Reading is not asked again.
    expect((await dispatch('settings.get', {})).ok).toBe(true);

    expect(await dispatch('auth.confirmPin', { pin: '000000' })).toMatchObject({ ok: false });
    unwrap(await dispatch('auth.confirmPin', { pin: '123456' }));
    unwrap(await dispatch('users.create', { ...newUser, name: 'Siti binti Ali' }));
    clock.advance(PIN_FRESH_MS - 1000);
    expect((await dispatch('settings.updateSession', { idleSignOutMinutes: 20 })).ok).toBe(true);
  });

  it('leaves alone actions that carry the supervisor PIN in their own input', async () => {
    const { clock, dispatch } = await supervisorSignedIn();
    clock.advance(PIN_FRESH_MS * 3);
    const result = await dispatch('backup.restore', {
      supervisorId: 1,
      supervisorPin: '123456',
      name: 'kaunter-K1-20261128-010000.sqlite',
    });
    expect(result.ok ? 'ok' : result.error.code).not.toBe('REAUTH');
  });

  it('counts wrong PINs at the confirmation towards the lockout', async () => {
    const { dispatch } = await supervisorSignedIn();
    for (let i = 0; i < 4; i++)
      expect(await dispatch('auth.confirmPin', { pin: '000000' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    expect(await dispatch('auth.confirmPin', { pin: '000000' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await dispatch('auth.confirmPin', { pin: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
