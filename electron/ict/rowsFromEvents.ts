import { applyEvent, type Derived, type FactEvent } from '../services/integrity/facts';
import { rmOf, senOf } from './amounts';
import type { AuditRecord } from './auditChain';
import type { CsvRow } from './csv';
import { error, type Finding } from './findings';
import { groupBy } from './tables';

/**
 * The rows of the bundle's CSVs against what its audit chain says they hold, with the counter's own
 * derivation (electron/services/integrity/facts.ts): a case, party or receipt in a CSV that no event
 * supports, or whose name, identity number, type, source or ESV3 number differs from its events.
 * (Rows the chain records but the CSVs leave out, amounts and cancellations: `checkAuditAgainstFiles`.)
 */
export function checkRowsAgainstEvents(
  events: readonly AuditRecord[],
  cases: readonly CsvRow[],
  parties: readonly CsvRow[],
  receipts: readonly CsvRow[],
): Finding[] {
  const state = new Map<string, Derived>();
  for (const e of events) {
    applyEvent(state, {
      seq: Number(e.seq),
      action: String(e.action),
      entity: String(e.entity),
      entityId: String(e.entityId),
      data: e.data,
    } satisfies FactEvent);
  }
  const caseByNumber = new Map<string, Derived>();
  const receiptByNumber = new Map<string, Derived>();
  for (const d of state.values()) {
    if (d.fact.table === 'cases') caseByNumber.set(d.fact.facts.caseNumber, d);
    else receiptByNumber.set(d.fact.facts.receiptNumber, d);
  }
  const findings: Finding[] = [];
  const differs = (
    file: string,
    who: string,
    whoEn: string,
    what: string,
    whatEn: string,
    row: string,
    seq: number,
    ev: string,
  ) =>
    findings.push(
      error(
        'AUDIT_RECORDS',
        `${file}, ${who}: ${what} "${row}" tetapi peristiwa audit ${seq} merekodkan "${ev}".`,
        `${file}, ${whoEn}: ${whatEn} "${row}" but audit event ${seq} recorded "${ev}".`,
      ),
    );
  const unrecorded = (file: string, what: string, whatEn: string) =>
    findings.push(
      error(
        'AUDIT_RECORDS',
        `${file}: ${what} tiada peristiwa audit yang merekodkannya.`,
        `${file}: ${whatEn} has no audit event that recorded it.`,
      ),
    );
  const partiesOf = groupBy(parties, (p) => p.case_number ?? '');
  for (const row of cases) {
    const n = row.case_number ?? '';
    const d = caseByNumber.get(n);
    if (!d || d.fact.table !== 'cases') {
      unrecorded('cases.csv', `kes ${n}`, `case ${n}`);
      continue;
    }
    const f = d.fact.facts;
    const [who, whoEn] = [`kes ${n}`, `case ${n}`];
    const checks: [string, string, string, string][] = [
      ['sumber', 'source', row.source ?? '', f.source],
      ['jenis kes', 'case type', row.case_type_code ?? '', f.caseTypeCode],
      ['nombor kes ESV3', 'ESV3 case number', row.esv3_case_number ?? '', f.esv3CaseNumber ?? ''],
    ];
    for (const [what, whatEn, got, want] of checks) {
      if (got !== want) differs('cases.csv', who, whoEn, what, whatEn, got, d.seq, want);
    }
    if (f.claimSen !== null && row.claim_rm !== undefined && senOf(row.claim_rm) !== f.claimSen) {
      differs('cases.csv', who, whoEn, 'tuntutan RM', 'claim RM', row.claim_rm, d.seq, rmOf(f.claimSen));
    }
    const listed = [...(partiesOf.get(n) ?? [])].sort((a, b) => Number(a.position) - Number(b.position));
    const count = Math.max(listed.length, f.parties.length);
    for (let i = 0; i < count; i++) {
      const p = listed[i];
      const e = f.parties[i];
      const [place, placeEn] = [`pihak ${i + 1}`, `party ${i + 1}`];
      if (!p || !e) {
        findings.push(
          error(
            'AUDIT_RECORDS',
            `parties.csv, kes ${n}: ${place} ${p ? 'tiada dalam peristiwa audit' : 'tiada dalam fail'} (peristiwa audit ${d.seq}).`,
            `parties.csv, case ${n}: ${placeEn} is ${p ? 'not in the audit event' : 'missing from the file'} (audit event ${d.seq}).`,
          ),
        );
        continue;
      }
      if ((p.name ?? '') !== e.name)
        differs('parties.csv', who, whoEn, `nama ${place}`, `${placeEn} name`, p.name ?? '', d.seq, e.name);
      if ((p.id_number ?? '') !== (e.idNumber ?? '')) {
        differs(
          'parties.csv',
          who,
          whoEn,
          `nombor pengenalan ${place}`,
          `${placeEn} identity number`,
          p.id_number ?? '',
          d.seq,
          e.idNumber ?? '',
        );
      }
      if ((p.role ?? '') !== e.side)
        differs('parties.csv', who, whoEn, `peranan ${place}`, `${placeEn} role`, p.role ?? '', d.seq, e.side);
    }
  }
  for (const row of receipts) {
    const n = row.receipt_number ?? '';
    const d = receiptByNumber.get(n);
    if (!d || d.fact.table !== 'receipts') {
      unrecorded('receipts.csv', `resit ${n}`, `receipt ${n}`);
      continue;
    }
    const f = d.fact.facts;
    const [who, whoEn] = [`resit ${n}`, `receipt ${n}`];
    const checks: [string, string, string, string][] = [
      ['nama pembayar', 'payer name', row.payer_name ?? '', f.payerName],
      ['nombor pengenalan pembayar', 'payer identity number', row.payer_id_number ?? '', f.payerIdNumber ?? ''],
      ['nombor kes', 'case number', row.case_number ?? '', f.caseNumber ?? ''],
      ['rujukan bayaran ESV3', 'ESV3 payment reference', row.esv3_payment_ref ?? '', f.esv3PaymentRef ?? ''],
    ];
    for (const [what, whatEn, got, want] of checks) {
      if (got !== want) differs('receipts.csv', who, whoEn, what, whatEn, got, d.seq, want);
    }
  }
  return findings;
}
