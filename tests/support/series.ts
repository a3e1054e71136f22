import { planExportSeq, takeExportSeq } from '../../electron/services/bundle/exports';
import type { Ledger } from '../../electron/services/ledger/ledger';

/*
 * TEST SUPPORT ONLY. What the number-series tests register, book and export: one of each series.
 */

export const CLAIMANT = {
  side: 'CLAIMANT',
  name: "Nor'ain binti Abdullah",
  idType: 'MYKAD',
  idNumber: '850101-10-5124',
};
export const REGISTER = { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] };
export const BOOKING = {
  person: {
    side: 'CLAIMANT',
    name: 'Siti binti Abu',
    idType: 'MYKAD',
    idNumber: '900315-05-5012',
    phone: '012-3456789',
  },
  caseTypeCode: '024',
  date: '2026-11-30',
  session: 'PAGI',
};

/** An export as the bundle records it, without the files (the series is what is tested). Its number back. */
export function recordExport(ledger: Ledger): number {
  const at = ledger.clock();
  return ledger.db.transaction(() => {
    const plan = planExportSeq(ledger.db, at);
    takeExportSeq(ledger.db, plan, at);
    ledger.db
      .prepare(
        `INSERT INTO exports (seq, exported_at, base_name, pgp_sha256, audit_length, audit_head, case_count,
           receipt_count, total_sen, recipients) VALUES (?, ?, ?, 'x', 0, 'x', 0, 0, 0, '{}')`,
      )
      .run(plan.number, at.toISOString(), `05005-K1-E${String(plan.number).padStart(4, '0')}`);
    return plan.number;
  })();
}

/** The appointment sessions at their usual times, each taking `capacity`. */
export function sessions(capacity: number) {
  return {
    PAGI: { start: '08:30', end: '12:30', capacity },
    PETANG: { start: '14:00', end: '16:30', capacity },
  };
}
