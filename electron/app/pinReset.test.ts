import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKaunterApp } from './kaunterApp';
import { oneCaller, readyLedger, tempDir, unwrap } from '../../tests/support/ledger';
import { DATABASE_FILE } from '../services/ledger/ledgerFile';
import { folderPrinter, memoryPrinterChoices } from '../services/printing/printing';

/** The app on a set-up folder with a clerk (id 2, PIN 111111), each caller a window or tab of its own. */
async function counterWithClerk() {
  const dataDir = tempDir();
  const { ledger } = await readyLedger({}, { file: join(dataDir, DATABASE_FILE), dataDir });
  ledger.db.close();
  const app = await createKaunterApp({
    dataDir,
    pinCost: 10,
    printing: { port: folderPrinter(join(dataDir, 'cetakan')), choices: memoryPrinterChoices() },
    log: { error: () => undefined },
  });
  const supervisor = oneCaller(app, 'supervisor-window');
  unwrap(await supervisor('auth.signIn', { userId: 1, pin: '123456' }));
  const clerk = unwrap(
    await supervisor('users.create', { name: 'Encik Hafiz bin Omar', role: 'CLERK', pin: '111111' }),
  );
  return { app, supervisor, clerkId: (clerk as { id: number }).id };
}

describe('users.resetPin', () => {
  it('gives the clerk a new PIN: the old one stops, a lock is lifted, the clerk is signed out everywhere', async () => {
    const { app, supervisor, clerkId } = await counterWithClerk();
    try {
      const tab1 = oneCaller(app, 'clerk-tab-1');
      const tab2 = oneCaller(app, 'clerk-tab-2');
      unwrap(await tab1('auth.signIn', { userId: clerkId, pin: '111111' }));
      unwrap(await tab2('auth.signIn', { userId: clerkId, pin: '111111' }));
      // Four wrong PINs from somewhere: one more would lock the clerk out.
      for (let i = 0; i < 4; i++) await oneCaller(app, 'other')('auth.signIn', { userId: clerkId, pin: '999999' });

      const reset = await supervisor('users.resetPin', { userId: clerkId, pin: '246810' });
      expect(reset).toMatchObject({ ok: true, value: { id: clerkId, name: 'Encik Hafiz bin Omar', active: true } });

      for (const tab of [tab1, tab2]) {
        expect(await tab('auth.session', {})).toEqual({ ok: true, value: null });
      }
      expect(await supervisor('auth.session', {})).toMatchObject({ ok: true, value: { user: { id: 1 } } });
      expect(await tab1('auth.signIn', { userId: clerkId, pin: '111111' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: 'Nama atau PIN salah.' },
      });
      // The count of wrong PINs started again at the reset: this is the first, not the fifth.
      expect(await tab1('auth.signIn', { userId: clerkId, pin: '246810' })).toMatchObject({ ok: true });

      const events = app.ledger.db
        .prepare("SELECT actor, entity_id AS entityId, data FROM audit_events WHERE action = 'user.resetPin'")
        .all() as { actor: string; entityId: string; data: string }[];
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor: 'user:1', entityId: String(clerkId) });
      expect(events[0]?.data).not.toContain('246810');
    } finally {
      app.close();
    }
  });

  it('is the supervisor’s alone, refuses a PIN that is not 6–12 digits and an inactive user, and changes nothing', async () => {
    const { app, supervisor, clerkId } = await counterWithClerk();
    try {
      const clerk = oneCaller(app, 'clerk-tab');
      unwrap(await clerk('auth.signIn', { userId: clerkId, pin: '111111' }));
      expect(await clerk('users.resetPin', { userId: 1, pin: '000000' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await supervisor('users.resetPin', { userId: clerkId, pin: '12ab' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'pin' }] },
      });
      unwrap(await supervisor('users.setActive', { userId: clerkId, active: false }));
      // Deactivating signs the clerk out at once, not at their next sign-in.
      expect(await clerk('auth.session', {})).toEqual({ ok: true, value: null });
      expect(await supervisor('users.resetPin', { userId: clerkId, pin: '246810' })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: /tidak aktif/ },
      });
      expect(await supervisor('users.resetPin', { userId: 99, pin: '246810' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      const resets = app.ledger.db
        .prepare("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'user.resetPin'")
        .get();
      expect(resets).toEqual({ n: 0 });
    } finally {
      app.close();
    }
  });
});
