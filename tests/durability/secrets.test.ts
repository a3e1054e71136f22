/**
 * No PIN, passphrase or private key ever lands in a log, the ledger or an export: every place a secret
 * passes through (sign-in, a wrong PIN, a supervisor's approval, a new user, a failed write carrying a
 * PIN, an export with a passphrase) is exercised through the real dispatcher, then every byte the counter
 * keeps or hands over is searched for them.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import * as openpgp from 'openpgp';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '@shared/errors';
import { startHost } from '../../electron/host/server';
import { createBackups } from '../../electron/services/backup/schedule';
import { readRecoveryKey, unlockRecoveryKey } from '../../electron/services/backup/recoveryKey';
import { memoryBackupPlan } from '../../electron/services/backup/plan';
import { DATABASE_FILE } from '../../electron/app/kaunterApp';
import { counterWithRecords, openBundle, PARTY } from '../support/bundle';
import { dispatcherFor, SETUP, tempDir, unwrap, type TypedDispatch } from '../support/ledger';

const SUPERVISOR_PIN = '804917552036';
const CLERK_PIN = '660213987104';
const WRONG_PIN = '660213987105';
const FAILED_WRITE_PIN = '551177339922';
const PASSPHRASE = 'Rahsia-Eksport 7731 Seremban';
const RECOVERY_PASSPHRASE = 'Pemulihan-Mahkamah 5521 Nilai';

async function counterThatLogs() {
  const counter = await counterWithRecords(2);
  const logged: unknown[] = [];
  const log = {
    error: (message: string, detail?: unknown) => logged.push(message, detail),
    info: (message: string) => logged.push(message),
  };
  const dispatch = dispatcherFor(counter.ledger, {
    log,
    backups: createBackups(memoryBackupPlan()),
    deviceKeys: counter.vault,
  });
  return { ...counter, dispatch, logged };
}

/** Everything a logged value shows: messages, stacks, causes and own properties. */
function logText(values: unknown[]): string {
  return values
    .map((value) =>
      value instanceof Error
        ? `${value.message}\n${value.stack ?? ''}\n${JSON.stringify(value, Object.getOwnPropertyNames(value))}`
        : JSON.stringify(value),
    )
    .join('\n');
}

async function waitForExport(dispatch: TypedDispatch, jobId: string) {
  for (;;) {
    const job = unwrap(await dispatch('bundle.exportStatus', { jobId }));
    if (job.state === 'done') return job.result;
    if (job.state === 'failed') throw new Error(job.error.message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('secrets', () => {
  it('never appear in the log, the ledger, its backups of state, or the export', { timeout: 60_000 }, async () => {
    const { ledger, dataDir, dispatch, logged, supervisor } = await counterThatLogs();
    unwrap(await dispatch('auth.signIn', { userId: supervisor.id, pin: '123456' }));
    const boss = unwrap(
      await dispatch('users.create', { name: 'Hajah Rosnah binti Ismail', role: 'SUPERVISOR', pin: SUPERVISOR_PIN }),
    );
    const clerk = unwrap(
      await dispatch('users.create', { name: 'Mohd Syafiq bin Abd. Rahman', role: 'CLERK', pin: CLERK_PIN }),
    );
    unwrap(await dispatch('auth.signOut', {}));

    // A wrong PIN, then the right one; a case and a receipt cancelled with another supervisor's PIN.
    expect(await dispatch('auth.signIn', { userId: clerk.id, pin: WRONG_PIN })).toMatchObject({ ok: false });
    unwrap(await dispatch('auth.signIn', { userId: clerk.id, pin: CLERK_PIN }));
    const registered = unwrap(
      await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [PARTY] }),
    );
    const receipt = unwrap(
      await dispatch('payments.take', {
        caseId: registered.id,
        lines: [{ feeCode: 'AFIDAVIT', quantity: 1 }],
        payerName: PARTY.name,
        method: 'CASH',
        tenderedSen: 10_000,
      }),
    );
    expect(
      await dispatch('receipts.cancel', {
        receiptId: receipt.id,
        reason: 'Salah amaun',
        supervisorId: boss.id,
        supervisorPin: WRONG_PIN,
      }),
    ).toMatchObject({ ok: false });
    unwrap(
      await dispatch('receipts.cancel', {
        receiptId: receipt.id,
        reason: 'Salah amaun',
        supervisorId: boss.id,
        supervisorPin: SUPERVISOR_PIN,
      }),
    );
    unwrap(await dispatch('auth.signOut', {}));

    // A write that fails underneath while carrying a PIN: the failure is logged, the PIN is not.
    unwrap(await dispatch('auth.signIn', { userId: boss.id, pin: SUPERVISOR_PIN }));
    ledger.db.pragma('query_only = ON');
    const failed = await dispatch('users.create', { name: 'Pengguna Gagal', role: 'CLERK', pin: FAILED_WRITE_PIN });
    ledger.db.pragma('query_only = OFF');
    expect(failed).toMatchObject({ ok: false });
    expect(logged.length).toBeGreaterThan(0);

    // The export, with a passphrase on top of the ICT key.
    const usb = tempDir('kaunter-usb-');
    const job = unwrap(
      await dispatch('bundle.exportStart', {
        folder: usb,
        passphrase: PASSPHRASE,
        supervisorId: boss.id,
        supervisorPin: SUPERVISOR_PIN,
      }),
    );
    const result = await waitForExport(dispatch, job.jobId);

    // The court recovery passphrase is set, then a backup is made onto a stick.
    const stick = tempDir('kaunter-backup-stick-');
    unwrap(
      await dispatch('backup.setPassphrase', {
        supervisorId: boss.id,
        supervisorPin: SUPERVISOR_PIN,
        passphrase: RECOVERY_PASSPHRASE,
      }),
    );
    expect(
      await dispatch('backup.setPassphrase', { supervisorId: boss.id, supervisorPin: WRONG_PIN, passphrase: 'x' }),
    ).toMatchObject({ ok: false });
    unwrap(await dispatch('backup.savePlan', { supervisorPin: SUPERVISOR_PIN, dir: stick, everyMinutes: 30, keep: 5 }));
    unwrap(await dispatch('backup.run', {}));
    ledger.db.pragma('wal_checkpoint(TRUNCATE)');

    const privateKey = await openpgp.readPrivateKey({
      armoredKey: readFileSync(join(dataDir, 'kunci-peranti.sec.asc'), 'utf8'),
    });
    // The raw secret scalar of the device key, in the hex and base64 forms a careless dump would use.
    const secretPacket = privateKey.keyPacket.write();
    const secretTail = Buffer.from(secretPacket.subarray(secretPacket.length - 32));
    const secrets = [SUPERVISOR_PIN, CLERK_PIN, WRONG_PIN, FAILED_WRITE_PIN, PASSPHRASE, RECOVERY_PASSPHRASE];
    const keyMarks = ['PRIVATE KEY BLOCK', secretTail.toString('hex'), secretTail.toString('base64')];

    const exported = readdirSync(usb).map((name) => ({ name, bytes: readFileSync(join(usb, name)) }));
    const pgp = exported.find((f) => f.name === result.files.pgp);
    const deviceKey = exported.find((f) => f.name === result.files.deviceKey);
    expect(pgp && deviceKey).toBeTruthy();
    const { files } = await openBundle(pgp?.bytes ?? new Uint8Array(), deviceKey?.bytes.toString('utf8') ?? '');
    const inside = Object.entries(files).map(([name, bytes]) => ({ name: `bundle:${name}`, text: strFromU8(bytes) }));

    const places: { name: string; text: string }[] = [
      { name: 'log', text: logText(logged) },
      ...exported.map((f) => ({ name: `usb:${f.name}`, text: f.bytes.toString('latin1') })),
      ...inside,
      { name: 'ledger file', text: readFileSync(join(dataDir, DATABASE_FILE)).toString('latin1') },
      ...readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.pdf') || name.endsWith('.txt') || name.endsWith('.json'))
        .map((name) => ({ name: `data:${name}`, text: readFileSync(join(dataDir, name)).toString('latin1') })),
    ];
    // A backup stick holds nothing readable at all: no SQLite header, no name, number or PIN hash.
    const backupFiles = readdirSync(stick).map((name) => ({
      name: `backup:${name}`,
      text: readFileSync(join(stick, name)).toString('latin1'),
    }));
    expect(backupFiles.map((f) => f.name).some((n) => n.endsWith('.sqlite.pgp'))).toBe(true);
    const pinHashes = ledger.db.prepare('SELECT pin_hash FROM users').pluck().all() as string[];
    for (const file of backupFiles) {
      for (const plain of ['SQLite format 3', PARTY.name, PARTY.idNumber, registered.caseNumber, ...pinHashes]) {
        expect(file.text.includes(plain), `${plain} readable in ${file.name}`).toBe(false);
      }
    }
    places.push(...backupFiles);
    // The one private key block allowed is the court recovery key, and only locked with the passphrase
    // (S2K): it sits in the ledger and beside the backups so the passphrase alone restores on a new PC.
    const locked = readRecoveryKey(ledger.db)?.lockedSecretArmored ?? '';
    expect((await openpgp.readPrivateKey({ armoredKey: locked })).isDecrypted()).toBe(false);
    await expect(unlockRecoveryKey(locked, WRONG_PIN)).rejects.toMatchObject({ code: 'VALIDATION' });
    for (const place of places) {
      place.text = place.text.replaceAll(locked, '').replaceAll(JSON.stringify(locked).slice(1, -1), '');
    }
    expect(places.length).toBeGreaterThan(6);
    for (const place of places) {
      for (const secret of [...secrets, ...keyMarks]) {
        expect(place.text.includes(secret), `${secret} found in ${place.name}`).toBe(false);
      }
    }
  });

  it('the browser host session token never appears in the log or the data folder', async () => {
    const dataDir = tempDir();
    const renderer = tempDir();
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const printed: unknown[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(...args)),
    );
    const host = await startHost({ dataDir, rendererDir: renderer, port: 0, pinCost: 10 });
    try {
      const tab = randomBytes(16).toString('hex');
      const post = (channel: string, body: unknown, cookie = '') =>
        fetch(`${host.url}api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Kaunter-Tab': tab, ...(cookie ? { Cookie: cookie } : {}) },
          body: JSON.stringify(body),
        });
      const setup = await post('setup.complete', SETUP);
      const cookie = /^[^;]+/.exec(setup.headers.get('set-cookie') ?? '')?.[0] ?? '';
      const token = cookie.split('=')[1] ?? '';
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // Calls that log: a write failing underneath, a broken request, a channel that throws.
      host.app.ledger.db.pragma('query_only = ON');
      expect(
        await (await post('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '135792' }, cookie)).json(),
      ).toMatchObject({
        ok: false,
      });
      host.app.ledger.db.pragma('query_only = OFF');
      expect((await post('%E0%A4%A', {}, cookie)).status).toBe(400);
      unwrap((await (await post('auth.signOut', {}, cookie)).json()) as Result<unknown>);
      expect(printed.length).toBeGreaterThan(0);
      const places = [
        { name: 'console', text: logText(printed) },
        ...readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
          .filter((name) => !statSync(join(dataDir, name)).isDirectory())
          .map((name) => ({ name: `data:${name}`, text: readFileSync(join(dataDir, name)).toString('latin1') })),
      ];
      for (const place of places) expect(place.text.includes(token), `token found in ${place.name}`).toBe(false);
    } finally {
      await host.close();
      for (const spy of spies) spy.mockRestore();
    }
  });
});
