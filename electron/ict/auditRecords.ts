import { rmOf, senOf } from './amounts';
import type { AuditRecord } from './auditChain';
import type { CsvRow } from './csv';
import { error, type Finding } from './findings';

function field(event: AuditRecord, name: string): unknown {
  const data = event.data;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;
}

function missingRow(seq: unknown, what: string, whatEn: string, number: string, file: string): Finding {
  return error(
    'AUDIT_RECORDS',
    `Peristiwa audit ${String(seq)} merekodkan ${what} ${number}, tetapi ia tiada dalam ${file}.`,
    `Audit event ${String(seq)} records ${whatEn} ${number}, but it is not in ${file}.`,
  );
}

/**
 * The audit chain and the CSVs tell the same story: every case registered and every receipt issued
 * in the chain is in the files, with the amount the chain recorded, and every receipt the chain
 * cancelled is marked cancelled. A row left out of a file (or a file edited before signing) shows here
 * even when the manifest was written to match.
 */
export function checkAuditAgainstFiles(
  events: readonly AuditRecord[],
  cases: readonly CsvRow[],
  receipts: readonly CsvRow[],
): Finding[] {
  const caseNumbers = new Set(cases.map((c) => c.case_number));
  const receiptByNumber = new Map(receipts.map((r) => [r.receipt_number ?? '', r]));
  const findings: Finding[] = [];
  for (const event of events) {
    if (event.action === 'case.register') {
      const n = String(field(event, 'caseNumber') ?? '');
      if (!caseNumbers.has(n)) findings.push(missingRow(event.seq, 'kes', 'case', n, 'cases.csv'));
    } else if (event.action === 'receipt.issue') {
      const n = String(field(event, 'receiptNumber') ?? '');
      const row = receiptByNumber.get(n);
      const total = field(event, 'totalSen');
      if (!row) {
        findings.push(missingRow(event.seq, 'resit', 'receipt', n, 'receipts.csv'));
      } else if (typeof total === 'number' && senOf(row.amount_rm ?? '') !== total) {
        findings.push(
          error(
            'AUDIT_RECORDS',
            `Resit ${n}: amaun dalam receipts.csv RM ${row.amount_rm}, rantaian audit merekodkan RM ${rmOf(total)}.`,
            `Receipt ${n}: receipts.csv says RM ${row.amount_rm}, the audit chain recorded RM ${rmOf(total)}.`,
          ),
        );
      }
    } else if (event.action === 'receipt.cancel') {
      const n = String(field(event, 'receiptNumber') ?? '');
      const row = receiptByNumber.get(n);
      if (!row) findings.push(missingRow(event.seq, 'resit', 'receipt', n, 'receipts.csv'));
      else if (row.status !== 'CANCELLED') {
        findings.push(
          error(
            'AUDIT_RECORDS',
            `Resit ${n} dibatalkan dalam rantaian audit tetapi tidak bertanda BATAL dalam receipts.csv.`,
            `Receipt ${n} was cancelled in the audit chain but is not marked CANCELLED in receipts.csv.`,
          ),
        );
      }
    }
  }
  return findings;
}
