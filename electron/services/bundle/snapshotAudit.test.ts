import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../../bench/fixture';
import { tempDir } from '../../../tests/support/ledger';
import type { AuditRow } from '../ledger/audit';
import { takeSnapshot } from './snapshot';

describe('audit.jsonl of the snapshot', () => {
  it('holds every event once, in seq order, across the batches SQLite joins them in', async () => {
    // Past two batches of 5,000 and not a multiple of it, so a batch boundary or the last short batch shows.
    const ledger = await buildFixture(tempDir('kaunter-audit-lines-'), {
      cases: 20,
      receipts: 60,
      auditEvents: 12_345,
    });
    const db = ledger.db;
    const snapshot = db.transaction(() => takeSnapshot(db))();
    const rows = db.prepare('SELECT * FROM audit_events ORDER BY seq').all() as AuditRow[];
    expect(rows.length).toBe(12_345);

    const text = snapshot.audit.bytes.toString('utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(snapshot.audit.length).toBe(rows.length);
    expect(lines.length).toBe(rows.length);
    lines.forEach((line, i) => {
      const row = rows[i]!;
      // The stored fields in their order, `data` the very text it was hashed with.
      expect(line).toBe(
        `{"seq":${row.seq},"at":${JSON.stringify(row.at)},"actor":${JSON.stringify(row.actor)},` +
          `"action":${JSON.stringify(row.action)},"entity":${JSON.stringify(row.entity)},` +
          `"entityId":${JSON.stringify(row.entity_id)},"data":${row.data},"prev":"${row.prev}","hash":"${row.hash}"}`,
      );
    });
    expect(snapshot.audit.head).toBe(rows.at(-1)?.hash);
  });
});
