import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { checkEverySeries } from '../series/continuity';
import { clockState } from '../series/clockGuard';
import { planNext, takeNext } from '../series/series';
import { m011NumberSeries } from './migrations/011-number-series';
import { migrate } from './open';

describe('migration 011 (one number-series mechanism)', () => {
  it('keeps an older ledger’s series valid and seeds the clock guard from its last number', () => {
    const db = upgradeWithData(m011NumberSeries);
    // The series an older version wrote (appointments and exports had no segments) check as before.
    expect(checkEverySeries(db)).toBeNull();
    // The latest number any series issued (the second appointment booked) is where the year check starts.
    expect(db.prepare('SELECT last_number_at AS at FROM numbering_clock').get()).toEqual({
      at: '2026-12-01T02:40:00.000Z',
    });
    expect(clockState(db, new Date('2027-01-04T01:00:00.000Z')).refusal?.message).toContain(
      'Tahun pada jam komputer ini (2027)',
    );
    expect(schemaNames(db, 'index', 'audit_events')).toEqual(['audit_entity', 'audit_events_at']);
    // A floor on the appointment series now makes a recorded jump in the new table.
    db.prepare(
      "INSERT INTO number_floors (series_key, next_number, set_at, reason) VALUES ('appointment:K1:2026', 10, 'x', 'restore')",
    ).run();
    const plan = planNext(db, 'appointment', 'K1:2026');
    expect(plan).toMatchObject({ number: 10, jump: true });
    db.transaction(() => takeNext(db, plan, '2026-12-04T05:00:00.000Z'))();
    expect(db.prepare('SELECT series_key, start_number FROM series_segments').all()).toEqual([
      { series_key: 'appointment:K1:2026', start_number: 10 },
    ]);
    expect(() => db.prepare('DELETE FROM clock_confirmations').run()).not.toThrow();
    db.prepare(
      "INSERT INTO clock_confirmations (confirmed_at, last_event_at, confirmed_by) VALUES ('2026-12-04T05:00:00.000Z', 'x', 1)",
    ).run();
    expect(() => db.prepare('DELETE FROM clock_confirmations').run()).toThrow(/never deleted/);
  });

  it('leaves the clock guard unseeded on a ledger that has issued nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(db.prepare('SELECT COUNT(*) AS n FROM numbering_clock').get()).toEqual({ n: 0 });
  });
});
