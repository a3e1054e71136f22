import { describe, expect, it } from 'vitest';
import { registerCaseSchema, type RegisterCaseInput } from '@shared/schemas/case';
import { frozenClock, readyLedger } from '../../../tests/support/ledger';
import { registerCase } from './cases';
import { setLastNumbers, updateNumbering } from '../court/court';
import type { Ledger } from '../ledger/ledger';
import { confirmClock } from '../series/clockGuard';

function caseOf(code: string): RegisterCaseInput {
  return {
    caseTypeCode: code,
    proceeding: 'SAMAN',
    parties: [{ side: 'CLAIMANT', name: 'Siti binti Abu', idType: 'MYKAD', idNumber: '850101-10-5124' }],
  };
}

function register(ledger: Ledger, userId: number, code: string): string {
  return registerCase(ledger, userId, registerCaseSchema.parse(caseOf(code))).caseNumber;
}

describe('case numbering', () => {
  it('continues each case type from the last number ESV3 issued', async () => {
    const { ledger, supervisor } = await readyLedger();
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0770-2026');
    expect(register(ledger, supervisor.id, '017')).toBe('05005-017-0042-2026');
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0771-2026');
  });

  it('asks for a last ESV3 number before the first case of a type that has none, and a 0 ("none yet") starts at the block', async () => {
    const { ledger, supervisor } = await readyLedger();
    const casesBefore = ledger.db.prepare('SELECT COUNT(*) AS n FROM cases').get();
    expect(() => register(ledger, supervisor.id, '011')).toThrow(
      /Nombor terakhir ESV3 bagi kes 011 tahun 2026 belum ditetapkan.*Tetapan → Nombor kes terakhir ESV3 \(isi 0/,
    );
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual(casesBefore);
    setLastNumbers(ledger, supervisor.id, [
      { caseTypeCode: '024', year: 2026, lastNumber: 769 },
      { caseTypeCode: '017', year: 2026, lastNumber: 41 },
      { caseTypeCode: '011', year: 2026, lastNumber: 0 },
    ]);
    expect(register(ledger, supervisor.id, '011')).toBe('05005-011-0001-2026');
  });

  it('needs no last number in a year that began while ESV3 was already down (the new year: it issued nothing yet)', async () => {
    const clock = frozenClock('2025-12-30T02:00:00.000Z');
    const { ledger, supervisor } = await readyLedger({ lastNumbers: [] }, { clock });
    clock.set('2026-01-02T02:00:00.000Z');
    expect(register(ledger, supervisor.id, '011')).toBe('05005-011-0001-2026');
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0001-2026');
  });

  it('shares one series across case types when the scope is per court and year', async () => {
    const { ledger, supervisor } = await readyLedger({
      numbering: {
        template: '{state}{court}-{type}-{run:4}-{year}',
        scope: 'COURT_YEAR',
        blockStart: 1,
        blockSize: null,
      },
      lastNumbers: [{ caseTypeCode: '*', year: 2026, lastNumber: 99 }],
    });
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0100-2026');
    expect(register(ledger, supervisor.id, '017')).toBe('05005-017-0101-2026');
  });

  it("starts this counter's numbers at its block so two counters never collide", async () => {
    const k1 = await readyLedger({
      numbering: {
        template: '{state}{court}-{type}-{run:4}-{year}',
        scope: 'COURT_TYPE_YEAR',
        blockStart: 1,
        blockSize: 2,
      },
    });
    const k2 = await readyLedger({
      court: { stateCode: '05', courtCode: '005', courtName: 'MRS Seremban', courtLevel: 'MRS', counterId: 'K2' },
      numbering: {
        template: '{state}{court}-{type}-{run:4}-{year}',
        scope: 'COURT_TYPE_YEAR',
        blockStart: 501,
        blockSize: null,
      },
    });
    expect(register(k1.ledger, k1.supervisor.id, '024')).toBe('05005-024-0770-2026');
    expect(register(k2.ledger, k2.supervisor.id, '024')).toBe('05005-024-1270-2026');
    expect(register(k1.ledger, k1.supervisor.id, '024')).toBe('05005-024-0771-2026');
    // The block of two is used up: refused, and nothing is written.
    expect(() => register(k1.ledger, k1.supervisor.id, '024')).toThrow(/Blok nombor kaunter ini telah habis/);
    expect(k1.ledger.db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 2 });
  });

  it('restarts the series in a new year at midnight in Kuala Lumpur', async () => {
    const clock = frozenClock('2026-12-31T15:59:00.000Z');
    const { ledger, supervisor } = await readyLedger({}, { clock });
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0770-2026');
    clock.set('2026-12-31T16:00:00.000Z');
    // The first number of a new year waits for a supervisor's word that the date is right.
    expect(() => register(ledger, supervisor.id, '024')).toThrow(/Tahun pada jam komputer ini \(2027\)/);
    expect(confirmClock(ledger, supervisor.id, supervisor).confirmed).toBe(true);
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0001-2027');
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0002-2027');
  });

  it('never reuses a number, and a failed registration takes none', async () => {
    const { ledger, supervisor } = await readyLedger();
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0770-2026');
    expect(() => register(ledger, supervisor.id, '999')).toThrow(/tiada dalam senarai/);
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0771-2026');
    const numbers = ledger.db.prepare('SELECT running_number AS n FROM cases ORDER BY id').all();
    expect(numbers).toEqual([{ n: 770 }, { n: 771 }]);
  });

  it('jumps past a raised ESV3 figure and refuses to lower one already numbered from', async () => {
    const { ledger, supervisor } = await readyLedger();
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0770-2026');
    setLastNumbers(ledger, supervisor.id, [
      { caseTypeCode: '024', year: 2026, lastNumber: 800 },
      { caseTypeCode: '017', year: 2026, lastNumber: 41 },
    ]);
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-0801-2026');
    expect(() => setLastNumbers(ledger, supervisor.id, [{ caseTypeCode: '024', year: 2026, lastNumber: 700 }])).toThrow(
      /tidak boleh diturunkan/,
    );
    // 017 was never numbered from, so it may be lowered or removed.
    expect(() =>
      setLastNumbers(ledger, supervisor.id, [{ caseTypeCode: '024', year: 2026, lastNumber: 800 }]),
    ).not.toThrow();
  });

  it('refuses a number wider than the template allows', async () => {
    const { ledger, supervisor } = await readyLedger({
      numbering: {
        template: '{state}{court}-{type}-{run:3}-{year}',
        scope: 'COURT_TYPE_YEAR',
        blockStart: 1,
        blockSize: null,
      },
      lastNumbers: [{ caseTypeCode: '024', year: 2026, lastNumber: 998 }],
    });
    expect(register(ledger, supervisor.id, '024')).toBe('05005-024-999-2026');
    expect(() => register(ledger, supervisor.id, '024')).toThrow(/melebihi 3 digit/);
  });

  it('refuses to change the template once cases are numbered', async () => {
    const { ledger, supervisor } = await readyLedger();
    register(ledger, supervisor.id, '024');
    expect(() =>
      updateNumbering(ledger, supervisor.id, {
        template: '{state}{court}/{type}/{run:4}/{year}',
        scope: 'COURT_TYPE_YEAR',
        blockStart: 1,
        blockSize: null,
      }),
    ).toThrow(/tidak boleh diubah/);
    // The block may still move.
    const settings = updateNumbering(ledger, supervisor.id, {
      template: '{state}{court}-{type}-{run:4}-{year}',
      scope: 'COURT_TYPE_YEAR',
      blockStart: 11,
      blockSize: null,
    });
    expect(settings.numbering.blockStart).toBe(11);
    expect(register(ledger, supervisor.id, '017')).toBe('05005-017-0052-2026');
  });
});
