import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { upgradeWithData } from '../../../tests/support/migrations';
import { appendAudit } from '../ledger/audit';
import { runAsRequest } from '../ledger/requestScope';
import { MIGRATIONS } from './migrations';
import { m012RequestAnswers } from './migrations/012-request-answers';
import { migrate, schemaVersion } from './open';

const version = MIGRATIONS.indexOf(m012RequestAnswers) + 1;

describe('migration 012 (request answers)', () => {
  it('keeps the events of the ledger before it, and a request event made after it records its id', () => {
    const db = new Database(':memory:');
    migrate(db, version - 1);
    const event = { at: '2026-11-28T01:00:00.000Z', actor: 'user:1', action: 'x.y', entity: 'case', entityId: 1 };
    appendAudit(db, { ...event, data: { before: true } });
    migrate(db, version);
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT seq, data FROM audit_events').all()).toEqual([{ seq: 1, data: '{"before":true}' }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM request_answers').get()).toEqual({ n: 0 });

    const scope = { db, requestId: 'r-0123456789abcdef', channel: 'cases.register', actor: 'user:1', inputHash: 'h' };
    runAsRequest({ ...scope, open: true }, () =>
      db.transaction(() => {
        appendAudit(db, { ...event, data: { n: 2 } });
        appendAudit(db, { ...event, data: { n: 3 } });
      })(),
    );
    // A rolled-back action leaves no row: its request was not done.
    expect(() =>
      runAsRequest({ ...scope, requestId: 'r-rolled-back-000000', open: true }, () =>
        db.transaction(() => {
          appendAudit(db, { ...event, data: { n: 4 } });
          throw new Error('refused');
        })(),
      ),
    ).toThrow('refused');
    // Once the request has answered, later work is not its own.
    runAsRequest({ ...scope, requestId: 'r-closed-00000000000', open: false }, () =>
      appendAudit(db, { ...event, data: { n: 5 } }),
    );
    expect(db.prepare('SELECT request_id, first_seq, answer_json FROM request_answers').all()).toEqual([
      { request_id: 'r-0123456789abcdef', first_seq: 2, answer_json: null },
    ]);
  });

  it('keeps every record of a ledger that lived through the versions before it, with no answer kept yet', () => {
    const db = upgradeWithData(m012RequestAnswers);
    expect(db.prepare('SELECT COUNT(*) AS n FROM request_answers').get()).toEqual({ n: 0 });
  });
});
