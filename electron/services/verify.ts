import { verifyChain } from './audit';
import type { Db } from './db/open';

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

/** SQLite's integrity check, the audit chain from the first event, and the case numbering. */
export function verifyLedger(db: Db): VerifySummary {
  const counts = () => ({
    cases: (db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n,
    series: (db.prepare('SELECT COUNT(*) AS n FROM number_series').get() as { n: number }).n,
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
    };
  }
  const chain = verifyChain(db);
  if (!chain.ok) {
    return { ok: false, problem: chain, auditEvents: chain.seq - 1, auditHead: null, ...counts() };
  }
  const numbering = checkNumbering(db);
  return {
    ok: numbering === null,
    problem: numbering,
    auditEvents: chain.length,
    auditHead: chain.length > 0 ? chain.head : null,
    ...counts(),
  };
}
