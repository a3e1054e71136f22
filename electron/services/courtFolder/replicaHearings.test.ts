import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import { tempDir } from '../../../tests/support/ledger';
import { setHearing } from '../calendar/hearings';
import { openReplicaFile } from './replica';

const caseIdOf = (db: Database.Database, caseNumber: string) =>
  db.prepare('SELECT id FROM cases WHERE case_number = ?').pluck().get(caseNumber) as number;

describe("the replica rebuilds another counter's hearings from its hearing.set events", () => {
  it('holds each hearing K1 set, with its case, kind, date, time, room and when it was set; a second date joins the first', async () => {
    const { k1, k2 } = await threeCounters();
    const made = registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    const caseId = caseIdOf(k1.ledger.db, made.caseNumber);
    const first = setHearing(
      k1.ledger,
      k1.supervisorId,
      { caseId, kind: 'SEBUTAN', date: '2026-12-07', time: '09:00', room: 'Dewan Bicara 1' },
      null,
    );
    await k1.sync();
    await k2.sync();
    const rows = () => k2.replica.prepare('SELECT * FROM replica_hearings ORDER BY id').all();
    expect(rows()).toEqual([
      {
        counter: 'K1',
        id: first.id,
        case_id: caseId,
        case_number: made.caseNumber,
        kind: 'SEBUTAN',
        date: '2026-12-07',
        time: '09:00',
        room: 'Dewan Bicara 1',
        set_at: first.setAt,
      },
    ]);
    k1.clock.advance(60_000);
    const second = setHearing(
      k1.ledger,
      k1.supervisorId,
      { caseId, kind: 'PERBICARAAN', date: '2026-12-14', time: '14:30', room: 'Dewan Bicara 1' },
      null,
    );
    await k1.sync();
    await k2.sync();
    expect(rows()).toHaveLength(2);
    expect(rows()[1]).toMatchObject({ id: second.id, kind: 'PERBICARAAN', date: '2026-12-14', time: '14:30' });
    // The parties' nationality and the receipts' Kew. 38 serial are kept too (the cause book prints them).
    expect(k2.replica.prepare('SELECT nationality FROM replica_parties').all()).toEqual([{ nationality: null }]);
    expect(k2.replica.prepare('SELECT kew38_serial FROM replica_receipts').all()).toEqual([{ kew38_serial: null }]);
  });

  it('a replica of the first version (no hearings) is emptied and made again, to be read anew from the folder', () => {
    const file = join(tempDir('kaunter-replica-'), 'replika.sqlite');
    const old = new Database(file);
    old.exec(
      "CREATE TABLE replica_segments (counter TEXT, segment_no INTEGER); INSERT INTO replica_segments VALUES ('K1', 1);",
    );
    old.pragma('user_version = 1');
    old.close();
    const replica = openReplicaFile(file);
    expect(replica.prepare('SELECT COUNT(*) FROM replica_segments').pluck().get()).toBe(0);
    expect(replica.prepare('SELECT COUNT(*) FROM replica_hearings').pluck().get()).toBe(0);
    replica.close();
  });
});
