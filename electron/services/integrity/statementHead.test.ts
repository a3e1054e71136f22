import { describe, expect, it } from 'vitest';
import { freshLedger } from '../../../tests/support/ledger';
import { appendAudit } from '../ledger/audit';
import { dayCloseDoc } from '../documents/dayCloseDoc';
import { sampleDayClose, sampleHeader } from '../documents/sampleData';
import { definitionText } from '../documents/testing';
import { chainHeadLine, statementHead } from './statementHead';

const event = (action: string, entity: string, entityId: string) => ({
  at: '2026-11-28T09:00:00.000Z',
  actor: 'user:1',
  action,
  entity,
  entityId,
  data: {},
});

describe('the chain head on the day-close statement', () => {
  it('is the current head for a draft, and the day.close event itself once the day is closed', () => {
    const { db } = freshLedger();
    expect(statementHead(db, '2026-11-28', 'K1')).toBeNull();
    appendAudit(db, event('session.signIn', 'user', '1'));
    const draft = appendAudit(db, event('receipt.issue', 'receipt', '1'));
    expect(statementHead(db, '2026-11-28', 'K1')).toEqual({ seq: draft.seq, hash: draft.hash });
    const close = appendAudit(db, event('day.close', 'dayClose', '2026-11-28/K1'));
    appendAudit(db, event('session.signOut', 'user', '1'));
    // Printed again later, a closed day still carries the head it was closed at.
    expect(statementHead(db, '2026-11-28', 'K1')).toEqual({ seq: close.seq, hash: close.hash });
    expect(chainHeadLine({ seq: close.seq, hash: close.hash })).toBe(
      `Kepala rantaian audit: #3 · ${close.hash.slice(0, 16)}…`,
    );
  });

  it('is printed above the signatures', () => {
    const text = definitionText(
      dayCloseDoc(sampleDayClose(3), sampleHeader, 'Kepala rantaian audit: #1234 · 3f9a0c1e2d4b5a69…'),
    );
    expect(text).toContain('Kepala rantaian audit: #1234 · 3f9a0c1e2d4b5a69… Saya mengesahkan');
    expect(definitionText(dayCloseDoc(sampleDayClose(3), sampleHeader))).not.toContain('Kepala rantaian');
  });
});
