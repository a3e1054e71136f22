import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/ledger';
import { applySegment, openReplicaFile } from './replica';
import { SEGMENT_FORMAT, SEGMENT_VERSION, type Row, type SegmentBody } from './segment';

/** A segment's body as applySegment takes it (already verified: no events needed for the rows). */
function body(segmentNo: number, cases: Row[], parties: Row[]): SegmentBody {
  return {
    header: {
      format: SEGMENT_FORMAT,
      version: SEGMENT_VERSION,
      court: '05005',
      counter: 'K1',
      fingerprint: 'F',
      segmentNo,
      firstSeq: segmentNo,
      lastSeq: segmentNo,
      previousSha256: null,
      chainHead: 'h',
      publishedAt: '2026-12-03T00:00:00.000Z',
    },
    events: [],
    rows: { cases, parties, filings: [], receipts: [] },
  };
}
const kes = (id: number): Row => ({ id, case_number: `BA-${id}`, status: 'OPEN', registered_at: '2026-12-03' });
const pihak = (caseId: number, position: number, name: string): Row => ({
  case_id: caseId,
  position,
  side: 'PLAINTIFF',
  name,
  id_type: 'MYKAD',
  id_number: '850101-10-5124',
});

describe('applySegment', () => {
  it("replaces a case's parties whole when a later segment carries the case again, and leaves the other cases' alone", () => {
    const replica = openReplicaFile(join(tempDir(), 'replika.sqlite'));
    const at = '2026-12-03T01:00:00.000Z';
    applySegment(
      replica,
      's1',
      'a',
      body(1, [kes(1), kes(2)], [pihak(1, 1, 'Aminah'), pihak(1, 2, 'Rahim'), pihak(2, 1, 'Siti')]),
      at,
    );
    applySegment(
      replica,
      's2',
      'b',
      body(2, [kes(1), kes(3)], [pihak(1, 1, 'Aminah binti Yusof'), pihak(3, 1, 'Ali')]),
      at,
    );
    const parties = replica
      .prepare(
        "SELECT case_id, position, name, id_key FROM replica_parties WHERE counter = 'K1' ORDER BY case_id, position",
      )
      .all();
    expect(parties).toEqual([
      { case_id: 1, position: 1, name: 'Aminah binti Yusof', id_key: '850101105124' },
      { case_id: 2, position: 1, name: 'Siti', id_key: '850101105124' },
      { case_id: 3, position: 1, name: 'Ali', id_key: '850101105124' },
    ]);
    replica.close();
  });
});
