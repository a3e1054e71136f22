import { mkdirSync } from 'node:fs';
import { hashEvent, GENESIS_HASH, type UnsignedEvent } from '../electron/services/ledger/audit';
import { openLedger } from '../electron/app/kaunterApp';
import { derivedDigest } from '../electron/services/integrity/digest';
import { listCaseTypes } from '../electron/services/cases/caseTypes';
import { requireCourtConfig } from '../electron/services/court/court';
import { listFees } from '../electron/services/receipts/fees';
import type { Ledger } from '../electron/services/ledger/ledger';
import { openOutage } from '../electron/services/outages/outages';
import { formatReceiptNumber } from '../electron/services/receipts/receipts';
import { completeSetup } from '../electron/services/court/setup';
import { listUsers } from '../electron/services/users/users';
import { address, myKad, personName, phone } from '../electron/services/demo/people';
import { seededRandom, pick } from '../electron/services/demo/random';
import { canonicalJson } from '@shared/canonicalJson';
import { formatCaseNumber, parseTemplate, scopeKey } from '@shared/caseNumber';
import { ringgitInWords } from '@shared/ringgitWords';
import { courtDate } from '@shared/time';
import { setupSchema } from '@shared/schemas/setup';

export interface FixtureSize {
  cases: number;
  receipts: number;
  /** Total audit events; sign-in events fill up to it after the cases and receipts. */
  auditEvents: number;
  /** Record a start-up checkpoint this many events behind the head (as a counter that has been opened before). */
  checkpointBehind?: number;
}

/**
 * A large ledger made in one transaction, fast: the same rows and audit events the services write for
 * "register a case" and "take a payment", without one durable commit each (which would take hours at
 * benchmark sizes). Setup and the outage go through the services. `bench/fixture.test.ts` checks that
 * `verifyLedger` accepts what this makes, so the fixture cannot drift from the schema unnoticed.
 */
export async function buildFixture(dataDir: string, size: FixtureSize): Promise<Ledger> {
  mkdirSync(dataDir, { recursive: true });
  const start = new Date('2026-03-02T01:00:00.000Z').getTime();
  let now = start;
  const ledger = openLedger(dataDir, { clock: () => new Date(now), pinCost: 10 });
  await completeSetup(
    ledger,
    setupSchema.parse({
      court: {
        stateCode: '05',
        courtCode: '005',
        courtName: 'Mahkamah Rendah Syariah Seremban',
        courtLevel: 'MRS',
        counterId: 'K1',
      },
      numbering: {
        template: '{state}{court}-{type}-{run:6}-{year}',
        scope: 'COURT_TYPE_YEAR',
        blockStart: 1,
        blockSize: null,
      },
      lastNumbers: [],
      supervisor: { name: 'Penyelia Penanda Aras', pin: '123456' },
    }),
  );
  const supervisor = listUsers(ledger)[0];
  if (!supervisor) throw new Error('setup made no supervisor');
  const outage = openOutage(ledger, supervisor.id, {
    sopOption: 1,
    startedAt: new Date(now).toISOString(),
    note: null,
  });
  const db = ledger.db;
  const config = requireCourtConfig(ledger);
  const template = parseTemplate(config.numbering.template, config.numbering.scope);
  if (!template.ok) throw new Error(template.problem.message);
  const types = listCaseTypes(ledger).filter((t) => t.active);
  const fees = listFees(ledger).filter((f) => f.active && f.amountSen > 0);
  const random = seededRandom(20261128);
  const actor = `user:${supervisor.id}`;
  const courtCode = `${config.court.stateCode}${config.court.courtCode}`;

  const last = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  let seq = last?.seq ?? 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const insertEvent = db.prepare(
    'INSERT INTO audit_events (seq, at, actor, action, entity, entity_id, data, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const audit = (at: string, action: string, entity: string, entityId: number, data: unknown) => {
    const unsigned: UnsignedEvent = {
      seq: ++seq,
      at,
      actor,
      action,
      entity,
      entityId: String(entityId),
      data: JSON.parse(canonicalJson(data)) as unknown,
      prev,
    };
    const hash = hashEvent(unsigned);
    insertEvent.run(
      unsigned.seq,
      at,
      actor,
      action,
      entity,
      String(entityId),
      canonicalJson(unsigned.data),
      prev,
      hash,
    );
    prev = hash;
  };
  const insertCase = db.prepare(
    `INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code, year,
       running_number, scope_key, provisional, registered_at, registered_by, outage_id)
     VALUES (?, 'MANUAL', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insertParty = db.prepare(
    `INSERT INTO parties (case_id, position, side, name, id_type, id_number, id_key, address, phone)
     VALUES (?, ?, ?, ?, 'MYKAD', ?, ?, ?, ?)`,
  );
  const insertReceipt = db.prepare(
    `INSERT INTO receipts (receipt_number, counter_id, year, running_number, court_date, issued_at, issued_by, outage_id,
       case_id, case_number, payer_name, payer_id_number, method, total_sen, amount_in_words)
     VALUES (?, 'K1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CASH', ?, ?)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO receipt_items (receipt_id, line, fee_code, description, quantity, amount_sen) VALUES (?, 1, ?, ?, 1, ?)`,
  );
  const series = new Map<string, number>();
  const year = 2026;
  let receiptRunning = 0;
  const receiptsPerCase = size.cases > 0 ? size.receipts / size.cases : 0;
  let receiptsOwed = 0;

  db.transaction(() => {
    for (let i = 0; i < size.cases; i++) {
      now += 7_000;
      const at = new Date(now).toISOString();
      const type = pick(random, types);
      const key = scopeKey(config.numbering.scope, type.code, year);
      const running = (series.get(key) ?? 0) + 1;
      series.set(key, running);
      const caseNumber = formatCaseNumber(template.parts, {
        stateCode: config.court.stateCode,
        courtCode: config.court.courtCode,
        caseTypeCode: type.code,
        runningNumber: running,
        year,
      });
      const caseId = Number(
        insertCase.run(
          caseNumber,
          type.code,
          type.name,
          type.category,
          type.proceeding,
          courtCode,
          year,
          running,
          key,
          at,
          supervisor.id,
          outage.id,
        ).lastInsertRowid,
      );
      const parties = [
        {
          side: 'CLAIMANT',
          name: personName(random, 'P'),
          idNumber: myKad(random, 'P'),
          address: address(random),
          phone: phone(random),
        },
        {
          side: 'RESPONDENT',
          name: personName(random, 'L'),
          idNumber: myKad(random, 'L'),
          address: address(random),
          phone: phone(random),
        },
      ];
      parties.forEach((p, position) =>
        insertParty.run(
          caseId,
          position,
          p.side,
          p.name,
          p.idNumber,
          p.idNumber.replace(/[^0-9]/g, ''),
          p.address,
          p.phone,
        ),
      );
      audit(at, 'case.register', 'case', caseId, {
        caseNumber,
        source: 'MANUAL',
        caseTypeCode: type.code,
        proceeding: type.proceeding,
        outageId: outage.id,
        parties: parties.map((p) => ({ ...p, idType: 'MYKAD', idWarnings: [], idOverrideReason: null })),
      });
      receiptsOwed += receiptsPerCase;
      while (receiptsOwed >= 1 && receiptRunning < size.receipts) {
        receiptsOwed -= 1;
        receiptRunning += 1;
        const fee = pick(random, fees);
        const receiptNumber = formatReceiptNumber(courtCode, 'K1', year, receiptRunning);
        const payer = parties[0]!;
        const receiptId = Number(
          insertReceipt.run(
            receiptNumber,
            year,
            receiptRunning,
            courtDate(new Date(now)),
            at,
            supervisor.id,
            outage.id,
            caseId,
            caseNumber,
            payer.name,
            payer.idNumber,
            fee.amountSen,
            ringgitInWords(fee.amountSen, 'SEN_BEFORE'),
          ).lastInsertRowid,
        );
        insertItem.run(receiptId, fee.code, fee.name, fee.amountSen);
        audit(at, 'receipt.issue', 'receipt', receiptId, {
          receiptNumber,
          caseNumber,
          method: 'CASH',
          totalSen: fee.amountSen,
          payerName: payer.name,
          payerIdNumber: payer.idNumber,
          lines: [{ feeCode: fee.code, description: fee.name, quantity: 1, amountSen: fee.amountSen }],
        });
      }
    }
    const upsertSeries = db.prepare('INSERT OR REPLACE INTO number_series (scope_key, last_number) VALUES (?, ?)');
    const insertSegment = db.prepare(
      'INSERT OR IGNORE INTO number_segments (scope_key, start_number, started_at) VALUES (?, 1, ?)',
    );
    for (const [key, lastNumber] of series) {
      upsertSeries.run(key, lastNumber);
      insertSegment.run(key, new Date(start).toISOString());
    }
    if (receiptRunning > 0) {
      db.prepare('INSERT OR REPLACE INTO receipt_series (counter_id, year, last_number) VALUES (?, ?, ?)').run(
        'K1',
        year,
        receiptRunning,
      );
    }
    while (seq < size.auditEvents) {
      now += 1_000;
      audit(new Date(now).toISOString(), 'session.signIn', 'user', supervisor.id, { userId: supervisor.id });
    }
  })();
  if (size.checkpointBehind !== undefined && seq > size.checkpointBehind) {
    const at = seq - size.checkpointBehind;
    const point = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(at) as { hash: string };
    const receipt = db
      .prepare(
        "SELECT COALESCE(MAX(CAST(entity_id AS INTEGER)), 0) AS id FROM audit_events WHERE entity = 'receipt' AND seq <= ?",
      )
      .get(at) as { id: number };
    db.prepare(
      'INSERT INTO audit_checkpoints (seq, hash, receipt_id, checked_at, derived_digest) VALUES (?, ?, ?, ?, ?)',
    ).run(at, point.hash, receipt.id, new Date(now).toISOString(), derivedDigest(db, at));
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  return ledger;
}
