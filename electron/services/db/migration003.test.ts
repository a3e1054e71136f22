import { describe, expect, it } from 'vitest';
import { upgradeWithData } from '../../../tests/support/migrations';
import { m003SignInGuard } from './migrations/003-sign-in-guard';

describe('migration 003 (the sign-in guard)', () => {
  it('keeps the users and records of a version-2 ledger, and counts wrong PINs only for users it holds', () => {
    const db = upgradeWithData(m003SignInGuard);
    // No user starts locked out by the upgrade.
    expect(db.prepare('SELECT COUNT(*) AS n FROM sign_in_guard').get()).toEqual({ n: 0 });
    db.prepare("INSERT INTO sign_in_guard VALUES (2, 3, '2026-11-29T01:15:00.000Z')").run();
    expect(() => db.prepare('INSERT INTO sign_in_guard VALUES (2, 1, NULL)').run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare('INSERT INTO sign_in_guard VALUES (99, 1, NULL)').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('INSERT INTO sign_in_guard VALUES (1, -1, NULL)').run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO sign_in_guard VALUES (1, 'dua', NULL)").run()).toThrow(/cannot store TEXT/);
  });
});
