import { verifyChain } from './audit';
import { receiptSeriesHolds } from './receiptSeries';
import type { Db } from './db/open';
import { checkAppointments, checkFilings, checkGivenNumbers } from './verifySopPaths';
import { compareFacts } from './integrity/compare';

export interface VerifyProblem {
  messageMs: string;
  messageEn: string;
}

export interface VerifySummary {
  ok: boolean;
  problem: VerifyProblem | null;
  auditEvents: number;
  auditHead: string | null;
  cases: number;
  series: number;
  receipts: number;
  filings: number;
  appointments: number;
}

/** Running numbers per series: no duplicates, and a gap only where a recorded segment starts. */
export function checkNumbering(db: Db): VerifyProblem | null {
  const duplicates = db
    .prepare(
      `SELECT case_number AS n FROM cases GROUP BY case_number HAVING COUNT(*) > 1
       UNION ALL SELECT scope_key || ' #' || running_number FROM cases WHERE scope_key IS NOT NULL
         GROUP BY scope_key, running_number HAVING COUNT(*) > 1 LIMIT 1`,
    )
    .get() as { n: string } | undefined;
  if (duplicates) {
    return {
      messageMs: `Nombor kes berulang: ${duplicates.n}.`,
      messageEn: `Duplicate case number: ${duplicates.n}.`,
    };
  }
  const segments = new Set(
    (
      db.prepare('SELECT scope_key, start_number FROM number_segments').all() as {
        scope_key: string;
        start_number: number;
      }[]
    ).map((s) => `${s.scope_key}#${s.start_number}`),
  );
  const series = db.prepare('SELECT scope_key, last_number FROM number_series').all() as {
    scope_key: string;
    last_number: number;
  }[];
  const lastOf = new Map(series.map((s) => [s.scope_key, s.last_number]));
  const rows = db
    .prepare(
      `SELECT scope_key, running_number, case_number FROM cases WHERE source = 'MANUAL' ORDER BY scope_key, running_number`,
    )
    .iterate() as IterableIterator<{ scope_key: string; running_number: number; case_number: string }>;
  let scope: string | null = null;
  let previous = 0;
  const finish = (key: string, last: number): VerifyProblem | null => {
    const recorded = lastOf.get(key);
    if (recorded !== last) {
      return {
        messageMs: `Siri ${key}: nombor terakhir yang direkodkan (${recorded ?? 'tiada'}) tidak sepadan dengan kes terakhir (${last}). Kes mungkin telah dipadam.`,
        messageEn: `Series ${key}: the recorded last number (${recorded ?? 'none'}) does not match the last case (${last}). A case may have been deleted.`,
      };
    }
    return null;
  };
  for (const row of rows) {
    if (row.scope_key !== scope) {
      if (scope !== null) {
        const problem = finish(scope, previous);
        if (problem) return problem;
      }
      scope = row.scope_key;
      if (!segments.has(`${scope}#${row.running_number}`)) {
        return {
          messageMs: `Siri ${scope}: nombor pertama ${row.case_number} bukan permulaan blok yang direkodkan. Kes sebelumnya mungkin telah dipadam.`,
          messageEn: `Series ${scope}: the first number ${row.case_number} is not a recorded block start. Earlier cases may have been deleted.`,
        };
      }
    } else if (row.running_number !== previous + 1 && !segments.has(`${scope}#${row.running_number}`)) {
      return {
        messageMs: `Siri ${scope}: nombor siri ${previous + 1} hingga ${row.running_number - 1} tiada (sebelum ${row.case_number}). Kes mungkin telah dipadam.`,
        messageEn: `Series ${scope}: running numbers ${previous + 1} to ${row.running_number - 1} are missing (before ${row.case_number}). Cases may have been deleted.`,
      };
    }
    previous = row.running_number;
  }
  if (scope !== null) return finish(scope, previous);
  return null;
}

/** Each counter's receipt series runs 1, 2, 3… per year with no gap or repeat, and every total is its lines. */
export function checkReceipts(db: Db): VerifyProblem | null {
  const series = db.prepare('SELECT counter_id, year, last_number FROM receipt_series').all() as {
    counter_id: string;
    year: number;
    last_number: number;
  }[];
  for (const s of series) {
    const stats = db
      .prepare(
        `SELECT COUNT(*) AS n, COUNT(DISTINCT running_number) AS d FROM receipts WHERE counter_id = ? AND year = ?`,
      )
      .get(s.counter_id, s.year) as { n: number; d: number };
    const label = `${s.counter_id}/${s.year}`;
    if (stats.n !== stats.d) {
      return {
        messageMs: `Siri resit ${label}: nombor resit berulang.`,
        messageEn: `Receipt series ${label}: a receipt number repeats.`,
      };
    }
    if (!receiptSeriesHolds(db, s.counter_id, s.year, s.last_number)) {
      return {
        messageMs: `Siri resit ${label}: ${stats.n} resit dijumpai tetapi nombor terakhir ialah ${s.last_number}. Resit mungkin telah dipadam.`,
        messageEn: `Receipt series ${label}: ${stats.n} receipts found but the last number is ${s.last_number}. Receipts may have been deleted.`,
      };
    }
  }
  const orphan = db
    .prepare(
      'SELECT COUNT(*) AS n FROM receipts r WHERE NOT EXISTS (SELECT 1 FROM receipt_series s WHERE s.counter_id = r.counter_id AND s.year = r.year)',
    )
    .get() as { n: number };
  if (orphan.n > 0) {
    return {
      messageMs: 'Resit wujud di luar siri resit yang direkodkan.',
      messageEn: 'Receipts exist outside any recorded receipt series.',
    };
  }
  const mismatch = db
    .prepare(
      `SELECT r.receipt_number AS n, r.total_sen AS total, COALESCE(SUM(i.amount_sen), -1) AS lines
       FROM receipts r LEFT JOIN receipt_items i ON i.receipt_id = r.id
       GROUP BY r.id HAVING total != lines LIMIT 1`,
    )
    .get() as { n: string; total: number; lines: number } | undefined;
  if (mismatch) {
    return {
      messageMs: `Resit ${mismatch.n}: jumlah tidak sama dengan jumlah baris-barisnya.`,
      messageEn: `Receipt ${mismatch.n}: its total does not equal the sum of its lines.`,
    };
  }
  return null;
}

/**
 * SQLite's integrity check, the audit chain from the first event, the numbering, and every case and
 * receipt row against its events. The head anchored outside the file is checked by the CLI
 * (`verifyFolderAnchored`), which knows the folders.
 */
export function verifyLedger(db: Db): VerifySummary {
  const counts = () => ({
    cases: (db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n,
    series: (db.prepare('SELECT COUNT(*) AS n FROM number_series').get() as { n: number }).n,
    receipts: (db.prepare('SELECT COUNT(*) AS n FROM receipts').get() as { n: number }).n,
    filings: (db.prepare('SELECT COUNT(*) AS n FROM filings').get() as { n: number }).n,
    appointments: (db.prepare('SELECT COUNT(*) AS n FROM appointments').get() as { n: number }).n,
  });
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  const firstIntegrity = integrity[0]?.integrity_check ?? 'no result';
  if (firstIntegrity !== 'ok') {
    return {
      ok: false,
      problem: {
        messageMs: `Fail pangkalan data rosak (${firstIntegrity}). Pulihkan daripada sandaran dan hubungi ICT.`,
        messageEn: `The database file is damaged (${firstIntegrity}). Restore a backup and call ICT.`,
      },
      auditEvents: 0,
      auditHead: null,
      cases: 0,
      series: 0,
      receipts: 0,
      filings: 0,
      appointments: 0,
    };
  }
  const chain = verifyChain(db);
  if (!chain.ok) {
    return { ok: false, problem: chain, auditEvents: chain.seq - 1, auditHead: null, ...counts() };
  }
  const problem =
    checkNumbering(db) ??
    checkReceipts(db) ??
    checkGivenNumbers(db) ??
    checkFilings(db) ??
    checkAppointments(db) ??
    // Every case and receipt row against the events that made it (integrity/compare.ts).
    compareFacts(db, 1)[0] ??
    null;
  return {
    ok: problem === null,
    problem,
    auditEvents: chain.length,
    auditHead: chain.length > 0 ? chain.head : null,
    ...counts(),
  };
}
