import { describe, expect, it } from 'vitest';
import { dispatcherFor, frozenClock, readyLedger, routesFor, unwrap } from '../../tests/support/ledger';
import { createSessionDispatcher, memorySessionStore } from './dispatcher';
import { idleSessionRegistry, idleSessionStore } from './idleSessions';
import { readIdleMinutes } from '../services/users/sessionSettings';

async function counter() {
  const clock = frozenClock();
  const { ledger } = await readyLedger({}, { clock });
  const log = { error: () => undefined };
  const sessions = idleSessionStore(memorySessionStore(), clock, () => readIdleMinutes(ledger));
  const dispatch = dispatcherFor(ledger, { log, sessions, clock: () => clock() });
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { clock, dispatch, ledger };
}

describe('idle sign-out', () => {
  it('keeps a clerk who keeps working signed in, and signs out one idle longer than the setting', async () => {
    const { clock, dispatch } = await counter();
    for (let i = 0; i < 5; i++) {
      clock.advance(10 * 60_000);
      expect((await dispatch('outage.current', {})).ok).toBe(true);
    }
    clock.advance(15 * 60_000 + 1);
    expect(await dispatch('outage.current', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(unwrap(await dispatch('auth.session', {}))).toBeNull();
  });

  it('follows the minutes a supervisor sets (audited), and refuses absurd values', async () => {
    const { clock, dispatch, ledger } = await counter();
    expect(unwrap(await dispatch('app.info', {})) as { idleSignOutMinutes: number }).toMatchObject({
      idleSignOutMinutes: 15,
    });
    unwrap(await dispatch('settings.updateSession', { idleSignOutMinutes: 2 }));
    expect(await dispatch('settings.updateSession', { idleSignOutMinutes: 0 })).toMatchObject({ ok: false });
    expect(await dispatch('settings.updateSession', { idleSignOutMinutes: 100_000 })).toMatchObject({ ok: false });
    const event = ledger.db.prepare("SELECT data FROM audit_events WHERE action = 'sessionSettings.update'").get() as {
      data: string;
    };
    expect(JSON.parse(event.data)).toMatchObject({ after: { idleSignOutMinutes: 2 } });
    clock.advance(2 * 60_000 + 1);
    expect(await dispatch('cases.search', { query: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('sessions per caller', () => {
  it('keeps an idle timer per session: one idle tab is signed out, a working one is not', async () => {
    const clock = frozenClock();
    const { ledger } = await readyLedger({}, { clock });
    const registry = idleSessionRegistry(clock, () => readIdleMinutes(ledger));
    const dispatch = createSessionDispatcher(
      routesFor(ledger),
      { error: () => undefined },
      () => clock(),
      () => registry.clear(),
    );
    const idle = registry.for('idle');
    const busy = registry.for('busy');
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }, idle));
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }, busy));
    expect(registry.count()).toBe(2);
    for (let i = 0; i < 4; i++) {
      clock.advance(5 * 60_000);
      expect((await dispatch('outage.current', {}, busy)).ok).toBe(true);
    }
    expect(await dispatch('outage.current', {}, idle)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await dispatch('outage.current', {}, busy)).ok).toBe(true);
    expect(registry.count()).toBe(1);
    // A restore signs everyone out.
    registry.clear();
    expect(await dispatch('outage.current', {}, busy)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
