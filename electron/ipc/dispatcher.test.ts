import { describe, expect, it, vi } from 'vitest';
import { AppError, errorData } from '@shared/errors';
import { dispatcherFor, readyLedger, SETUP, freshLedger, routesFor, unwrap } from '../../tests/support/ledger';
import type { Routes } from '../routing/routes';
import { createDispatcher, createSessionDispatcher, memorySessionStore } from './dispatcher';

/** Routes that fail in chosen ways, for the wrapper alone. */
function throwingRoutes(error: unknown): Routes {
  return new Proxy({} as Routes, {
    get: () => () => {
      throw error;
    },
  });
}

describe('dispatcher', () => {
  it('turns an unknown channel into a VALIDATION error value', async () => {
    const dispatch = dispatcherFor(freshLedger());
    const result = await dispatch('cases.delete', {});
    expect(result).toEqual({ ok: false, error: errorData('VALIDATION', 'Permintaan tidak dikenali.') });
  });

  it('parses the payload with the channel schema before any handler runs', async () => {
    const handler = vi.fn();
    const handlers = new Proxy({} as Routes, { get: () => handler });
    const dispatch = createDispatcher(handlers, memorySessionStore(), { error: () => undefined });
    const result = await dispatch('setup.complete', { ...SETUP, court: { ...SETUP.court, courtCode: '5' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues).toContainEqual({
      path: 'court.courtCode',
      key: 'Kod mahkamah mesti 3 digit (cth. 005, 100, 200).',
      message: 'Kod mahkamah mesti 3 digit (cth. 005, 100, 200).',
    });
    expect(handler).not.toHaveBeenCalled();
    for (const junk of [null, 42, 'x', [], { __proto__: { admin: true } }]) {
      const r = await dispatch('auth.signIn', junk);
      expect(r.ok).toBe(false);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('returns an AppError as its own code and message', async () => {
    const dispatch = createDispatcher(
      throwingRoutes(new AppError('CONFLICT', 'Resit {receiptNumber} telah pun dibatalkan.', { receiptNumber: 'R-1' })),
      memorySessionStore(),
      { error: () => undefined },
    );
    expect(await dispatch('app.info', {})).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        key: 'Resit {receiptNumber} telah pun dibatalkan.',
        values: { receiptNumber: 'R-1' },
        message: 'Resit R-1 telah pun dibatalkan.',
      },
    });
  });

  it('hides an unexpected error behind INTERNAL and logs it with the channel', async () => {
    const log = { error: vi.fn() };
    const dispatch = createDispatcher(throwingRoutes(new TypeError('x is undefined')), memorySessionStore(), log);
    const result = await dispatch('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('x is undefined');
    expect(log.error).toHaveBeenCalledWith('channel app.info failed', expect.any(TypeError));
  });

  it('reports a full disk as STORAGE in Malay', async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const dispatch = createDispatcher(throwingRoutes(full), memorySessionStore(), { error: () => undefined });
    expect(await dispatch('app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'STORAGE', message: /Cakera penuh/ },
    });
  });

  it('requires a signed-in user, and a supervisor where the contract says so', async () => {
    const { ledger } = await readyLedger();
    const dispatch = dispatcherFor(ledger);
    expect(await dispatch('cases.search', { query: '' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const clerk = unwrap(await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }));
    unwrap(await dispatch('auth.signOut', {}));
    expect(await dispatch('auth.signIn', { userId: clerk.id, pin: '000000' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Nama atau PIN salah.' },
    });
    unwrap(await dispatch('auth.signIn', { userId: clerk.id, pin: '654321' }));
    expect(unwrap(await dispatch('cases.search', { query: '' })).total).toBe(0);
    expect(await dispatch('outage.close', { outageId: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch('users.create', { name: 'X', role: 'SUPERVISOR', pin: '111111' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it("takes the caller's session store with each call: two stores are two clerks, a supervisor's is not shared", async () => {
    const { ledger } = await readyLedger();
    const dispatch = createSessionDispatcher(routesFor(ledger), { error: () => undefined }, () => ledger.clock());
    const supervisorTab = memorySessionStore();
    const clerkTab = memorySessionStore();
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }, supervisorTab));
    const clerk = unwrap(
      await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }, supervisorTab),
    ) as { id: number };
    // The other store is signed out: no supervisor channel, no channel at all.
    expect(
      await dispatch('users.create', { name: 'Ali bin Abu', role: 'CLERK', pin: '111111' }, clerkTab),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    unwrap(await dispatch('auth.signIn', { userId: clerk.id, pin: '654321' }, clerkTab));
    expect(supervisorTab.get()?.user.id).toBe(1);
    expect(clerkTab.get()?.user.id).toBe(clerk.id);
    expect(await dispatch('outage.close', { outageId: 1 }, clerkTab)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    unwrap(await dispatch('auth.signOut', {}, clerkTab));
    expect(supervisorTab.get()?.user.id).toBe(1);
  });
});
