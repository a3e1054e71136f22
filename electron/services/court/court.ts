import { sql } from '../db/statements';
import { parseTemplate } from '@shared/caseNumber';
import { AppError, ref } from '@shared/errors';
import type { Court, LastNumber, Numbering } from '@shared/schemas/setup';
import type { CourtView, LastNumberView, NumberingView, SettingsView } from '@shared/views';
import type { CourtLevel, NumberingScope } from '@shared/domain';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import type { Ledger } from '../ledger/ledger';
import { stateName } from './reference';
import { checkNumberingFits } from './numberingFits';
import { courtYear } from '@shared/time';

interface CourtRow {
  state_code: string;
  court_code: string;
  court_name: string;
  court_level: CourtLevel;
  counter_id: string;
  number_template: string;
  number_scope: NumberingScope;
  block_start: number;
  block_size: number | null;
}

export interface CourtConfig {
  court: CourtView;
  numbering: NumberingView;
}

export function isSetUp(ledger: Ledger): boolean {
  return sql(ledger.db, 'SELECT 1 FROM court WHERE id = 1').get() !== undefined;
}

export function readCourtConfig(ledger: Ledger): CourtConfig | null {
  const row = sql(ledger.db, 'SELECT * FROM court WHERE id = 1').get() as CourtRow | undefined;
  if (!row) return null;
  return {
    court: {
      stateCode: row.state_code,
      stateName: stateName(row.state_code),
      courtCode: row.court_code,
      courtName: row.court_name,
      courtLevel: row.court_level,
      counterId: row.counter_id,
    },
    numbering: {
      template: row.number_template,
      scope: row.number_scope,
      blockStart: row.block_start,
      blockSize: row.block_size,
    },
  };
}

export function requireCourtConfig(ledger: Ledger): CourtConfig {
  const config = readCourtConfig(ledger);
  if (!config)
    throw new AppError('CONFLICT', 'Tetapan awal belum dibuat. Penolong Pendaftar perlu melengkapkannya dahulu.');
  return config;
}

export function readLastNumbers(ledger: Ledger): LastNumberView[] {
  return sql(
    ledger.db,
    'SELECT case_type_code AS caseTypeCode, year, last_number AS lastNumber FROM esv3_last_numbers ORDER BY year DESC, case_type_code',
  ).all() as LastNumberView[];
}

export function readSettings(ledger: Ledger): SettingsView {
  const config = requireCourtConfig(ledger);
  return { ...config, lastNumbers: readLastNumbers(ledger) };
}

/** Inserts the court row; the caller owns the transaction and audits. */
export function insertCourt(ledger: Ledger, court: Court, numbering: Numbering): void {
  sql(
    ledger.db,
    `INSERT INTO court (id, state_code, court_code, court_name, court_level, counter_id, number_template, number_scope,
                          block_start, block_size, set_up_at)
       VALUES (1, @stateCode, @courtCode, @courtName, @courtLevel, @counterId, @template, @scope, @blockStart, @blockSize, @at)`,
  ).run({ ...court, ...numbering, at: isoNow(ledger.clock) });
}

function manualCaseCount(ledger: Ledger): number {
  return (sql(ledger.db, "SELECT COUNT(*) AS n FROM cases WHERE source = 'MANUAL'").get() as { n: number }).n;
}

function anyCaseCount(ledger: Ledger): number {
  return (sql(ledger.db, 'SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
}

export function updateCourt(ledger: Ledger, actorId: number, court: Court): SettingsView {
  return ledger.db.transaction(() => {
    const before = requireCourtConfig(ledger).court;
    const codesChanged =
      before.stateCode !== court.stateCode ||
      before.courtCode !== court.courtCode ||
      before.counterId !== court.counterId;
    if (codesChanged && anyCaseCount(ledger) > 0) {
      throw new AppError(
        'CONFLICT',
        'Kod negeri, kod mahkamah dan ID kaunter tidak boleh diubah selepas kes didaftarkan: nombor yang telah dikeluarkan bergantung padanya.',
      );
    }
    sql(
      ledger.db,
      `UPDATE court SET state_code = @stateCode, court_code = @courtCode, court_name = @courtName,
                          court_level = @courtLevel, counter_id = @counterId WHERE id = 1`,
    ).run(court);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'court.update',
      entity: 'court',
      entityId: 1,
      data: { before: { ...before, stateName: undefined }, after: court },
    });
    return readSettings(ledger);
  })();
}

export function updateNumbering(ledger: Ledger, actorId: number, numbering: Numbering): SettingsView {
  return ledger.db.transaction(() => {
    const before = requireCourtConfig(ledger).numbering;
    const formatChanged = before.template !== numbering.template || before.scope !== numbering.scope;
    if (formatChanged && manualCaseCount(ledger) > 0) {
      throw new AppError(
        'CONFLICT',
        'Templat dan skop nombor kes tidak boleh diubah selepas kes didaftarkan secara manual: nombor yang sama mungkin berulang.',
      );
    }
    const parsed = parseTemplate(numbering.template, numbering.scope);
    if (!parsed.ok) throw AppError.onField('VALIDATION', 'template', parsed.problem.key, parsed.problem.values);
    checkNumberingFits(numbering, readLastNumbers(ledger), courtYear(ledger.clock()), () => 'blockStart');
    sql(
      ledger.db,
      `UPDATE court SET number_template = @template, number_scope = @scope, block_start = @blockStart,
                          block_size = @blockSize WHERE id = 1`,
    ).run(numbering);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'numbering.update',
      entity: 'court',
      entityId: 1,
      data: { before, after: numbering },
    });
    return readSettings(ledger);
  })();
}

/** Writes the rows given; the caller owns the transaction. */
export function writeLastNumbers(ledger: Ledger, rows: LastNumber[]): void {
  const upsert = sql(
    ledger.db,
    `INSERT INTO esv3_last_numbers (case_type_code, year, last_number) VALUES (@caseTypeCode, @year, @lastNumber)
     ON CONFLICT (case_type_code, year) DO UPDATE SET last_number = excluded.last_number`,
  );
  for (const row of rows) upsert.run(row);
}

/**
 * Replaces the table of last ESV3 numbers with `rows`. A figure may be raised at any time (numbering
 * then jumps past it) but not lowered or removed once this counter has numbered cases from it.
 */
export function setLastNumbers(ledger: Ledger, actorId: number, rows: LastNumber[]): SettingsView {
  return ledger.db.transaction(() => {
    const before = readLastNumbers(ledger);
    const after = new Map(rows.map((r) => [`${r.caseTypeCode}/${r.year}`, r.lastNumber]));
    for (const old of before) {
      const key = `${old.caseTypeCode}/${old.year}`;
      const next = after.get(key);
      if (next !== undefined && next >= old.lastNumber) continue;
      const issued = sql(ledger.db, 'SELECT last_number AS n FROM number_series WHERE scope_key = ?').get(key) as
        { n: number } | undefined;
      if (issued) {
        const what =
          old.caseTypeCode === '*'
            ? ref('tahun {year}', { year: old.year })
            : ref('kod kes {code} tahun {year}', { code: old.caseTypeCode, year: old.year });
        if (next === undefined) {
          throw new AppError(
            'CONFLICT',
            'Nombor terakhir ESV3 bagi {what} tidak boleh dibuang: kaunter ini telah mengeluarkan nombor hingga {n} berdasarkan angka {lastNumber}.',
            { what, n: issued.n, lastNumber: old.lastNumber },
          );
        }
        throw new AppError(
          'CONFLICT',
          'Nombor terakhir ESV3 bagi {what} tidak boleh diturunkan kepada {next}: kaunter ini telah mengeluarkan nombor hingga {n} berdasarkan angka {lastNumber}.',
          { what, next, n: issued.n, lastNumber: old.lastNumber },
        );
      }
    }
    sql(ledger.db, 'DELETE FROM esv3_last_numbers').run();
    writeLastNumbers(ledger, rows);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'lastNumbers.set',
      entity: 'court',
      entityId: 1,
      data: { before, after: rows },
    });
    return readSettings(ledger);
  })();
}
