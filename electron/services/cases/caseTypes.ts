import { sql } from '../db/statements';
import { AppError, fieldIssue } from '@shared/errors';
import type { CaseTypeView } from '@shared/views';
import type { CaseCategory, Proceeding } from '@shared/domain';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import type { Ledger } from '../ledger/ledger';

interface CaseTypeRow {
  code: string;
  name: string;
  category: CaseCategory;
  proceeding: Proceeding;
  active: number;
}

function toView(row: CaseTypeRow): CaseTypeView {
  return {
    code: row.code,
    name: row.name,
    category: row.category,
    proceeding: row.proceeding,
    active: row.active === 1,
  };
}

export function listCaseTypes(ledger: Ledger): CaseTypeView[] {
  return (sql(ledger.db, 'SELECT * FROM case_types ORDER BY code').all() as CaseTypeRow[]).map(toView);
}

export function getCaseType(ledger: Ledger, code: string): CaseTypeView | null {
  const row = sql(ledger.db, 'SELECT * FROM case_types WHERE code = ?').get(code) as CaseTypeRow | undefined;
  return row ? toView(row) : null;
}

/** Inserts case types; the caller owns the transaction. */
export function insertCaseTypes(ledger: Ledger, types: CaseTypeView[]): void {
  const insert = sql(
    ledger.db,
    'INSERT INTO case_types (code, name, category, proceeding, active) VALUES (@code, @name, @category, @proceeding, @active)',
  );
  for (const t of types) insert.run({ ...t, active: t.active ? 1 : 0 });
}

/** Adds or changes a case type. Cases already registered keep the name they were registered with. */
export function saveCaseType(ledger: Ledger, actorId: number, type: CaseTypeView): CaseTypeView {
  return ledger.db.transaction(() => {
    const before = getCaseType(ledger, type.code);
    sql(
      ledger.db,
      `INSERT INTO case_types (code, name, category, proceeding, active) VALUES (@code, @name, @category, @proceeding, @active)
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, category = excluded.category,
           proceeding = excluded.proceeding, active = excluded.active`,
    ).run({ ...type, active: type.active ? 1 : 0 });
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: before ? 'caseType.update' : 'caseType.create',
      entity: 'caseType',
      entityId: type.code,
      data: { before, after: type },
    });
    return type;
  })();
}

export function requireActiveCaseType(ledger: Ledger, code: string): CaseTypeView {
  const type = getCaseType(ledger, code);
  if (!type || !type.active) {
    throw new AppError('VALIDATION', 'Kod kes {code} tiada dalam senarai jenis kes mahkamah ini.', { code }, [
      fieldIssue('caseTypeCode', 'Kod kes {code} tiada dalam senarai.', { code }),
    ]);
  }
  return type;
}
