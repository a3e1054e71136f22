import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { VerifyProblem } from '../ledger/verify';
import type { CaseFacts, Derived, Facts, PartyFacts, ReceiptFacts } from './facts';
import { factKey } from './facts';
import { derivedFacts, rowFacts } from './sources';

interface Label {
  ms: string;
  en: string;
}

const CASE_FIELDS: Record<Exclude<keyof CaseFacts, 'parties'>, Label> = {
  caseNumber: { ms: 'nombor kes', en: 'case number' },
  source: { ms: 'sumber', en: 'source' },
  caseTypeCode: { ms: 'kod jenis kes', en: 'case type code' },
  claimSen: { ms: 'amaun tuntutan (sen)', en: 'claim amount (sen)' },
  status: { ms: 'status', en: 'status' },
  esv3CaseNumber: { ms: 'nombor kes ESV3', en: 'ESV3 case number' },
};

const PARTY_FIELDS: Record<keyof PartyFacts, Label> = {
  side: { ms: 'pihak', en: 'side' },
  name: { ms: 'nama', en: 'name' },
  idNumber: { ms: 'nombor pengenalan', en: 'identity number' },
};

const RECEIPT_FIELDS: Record<keyof ReceiptFacts, Label> = {
  receiptNumber: { ms: 'nombor resit', en: 'receipt number' },
  caseNumber: { ms: 'nombor kes', en: 'case number' },
  payerName: { ms: 'nama pembayar', en: 'payer name' },
  payerIdNumber: { ms: 'nombor pengenalan pembayar', en: 'payer identity number' },
  totalSen: { ms: 'jumlah (sen)', en: 'total (sen)' },
  status: { ms: 'status', en: 'status' },
  esv3PaymentRef: { ms: 'rujukan bayaran ESV3', en: 'ESV3 payment reference' },
};

function shown(value: unknown): string {
  return value === null || value === undefined ? '(kosong)' : `"${String(value)}"`;
}

function shownEn(value: unknown): string {
  return value === null || value === undefined ? '(empty)' : `"${String(value)}"`;
}

function nameOf(fact: Facts): Label {
  return fact.table === 'cases'
    ? { ms: `kes ${fact.facts.caseNumber}`, en: `case ${fact.facts.caseNumber}` }
    : { ms: `resit ${fact.facts.receiptNumber}`, en: `receipt ${fact.facts.receiptNumber}` };
}

function changed(table: string, who: Label, what: Label, row: unknown, seq: number, event: unknown): VerifyProblem {
  return {
    messageMs: `Jadual ${table}, ${who.ms}: ${what.ms} dalam fail ialah ${shown(row)} tetapi peristiwa audit ${seq} merekodkan ${shown(event)}. Rekod telah diubah tanpa peristiwa audit.`,
    messageEn: `Table ${table}, ${who.en}: the ${what.en} in the file is ${shownEn(row)} but audit event ${seq} recorded ${shownEn(event)}. The record was changed without an audit event.`,
  };
}

function differences(row: Facts, derived: Derived): VerifyProblem[] {
  const who = nameOf(derived.fact);
  const out: VerifyProblem[] = [];
  if (row.table === 'cases' && derived.fact.table === 'cases') {
    const [r, e] = [row.facts, derived.fact.facts];
    for (const [name, label] of Object.entries(CASE_FIELDS) as [keyof typeof CASE_FIELDS, Label][]) {
      if (r[name] !== e[name]) out.push(changed('cases', who, label, r[name], derived.seq, e[name]));
    }
    const count = Math.max(r.parties.length, e.parties.length);
    for (let i = 0; i < count; i++) {
      const rp = r.parties[i];
      const ep = e.parties[i];
      const place = { ms: `pihak ${i + 1}`, en: `party ${i + 1}` };
      if (!rp || !ep) {
        out.push({
          messageMs: `Jadual parties, ${who.ms}: ${place.ms} tiada dalam ${rp ? 'peristiwa audit' : 'fail'} (peristiwa audit ${derived.seq}). Rekod telah diubah tanpa peristiwa audit.`,
          messageEn: `Table parties, ${who.en}: ${place.en} is ${rp ? 'not in the audit event' : 'missing from the file'} (audit event ${derived.seq}). The record was changed without an audit event.`,
        });
        continue;
      }
      for (const [name, label] of Object.entries(PARTY_FIELDS) as [keyof PartyFacts, Label][]) {
        if (rp[name] !== ep[name]) {
          const what = { ms: `${label.ms} ${place.ms}`, en: `${place.en} ${label.en}` };
          out.push(changed('parties', who, what, rp[name], derived.seq, ep[name]));
        }
      }
    }
  } else if (row.table === 'receipts' && derived.fact.table === 'receipts') {
    const [r, e] = [row.facts, derived.fact.facts];
    for (const [name, label] of Object.entries(RECEIPT_FIELDS) as [keyof ReceiptFacts, Label][]) {
      if (r[name] !== e[name]) out.push(changed('receipts', who, label, r[name], derived.seq, e[name]));
    }
  }
  return out;
}

/**
 * Every checked row against what its audit events say it holds: a row changed, deleted or added in
 * the file without its event is named (table, record, field). At most `limit` problems are listed.
 */
export function compareFacts(db: Db, limit = 20): VerifyProblem[] {
  const derived = derivedFacts(db);
  const problems: VerifyProblem[] = [];
  const seen = new Set<string>();
  for (const row of rowFacts(db)) {
    if (problems.length >= limit) return problems;
    const key = factKey(row.table, row.id);
    seen.add(key);
    const expected = derived.get(key);
    if (!expected) {
      const who = nameOf(row);
      problems.push({
        messageMs: `Jadual ${row.table}: ${who.ms} (id ${row.id}) tiada peristiwa audit yang merekodkannya. Rekod mungkin telah ditambah terus ke dalam fail.`,
        messageEn: `Table ${row.table}: ${who.en} (id ${row.id}) has no audit event that recorded it. The record may have been added to the file directly.`,
      });
      continue;
    }
    problems.push(...differences(row, expected));
  }
  for (const [key, expected] of derived) {
    if (problems.length >= limit) break;
    if (seen.has(key)) continue;
    const who = nameOf(expected.fact);
    problems.push({
      messageMs: `Jadual ${expected.fact.table}: ${who.ms} direkodkan oleh peristiwa audit ${expected.seq} tetapi tiada dalam fail. Rekod mungkin telah dipadam.`,
      messageEn: `Table ${expected.fact.table}: ${who.en} was recorded by audit event ${expected.seq} but is not in the file. The record may have been deleted.`,
    });
  }
  const orphan = sql(
    db,
    'SELECT p.case_id AS caseId, COUNT(*) AS n FROM parties p WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = p.case_id) GROUP BY p.case_id LIMIT 1',
  ).get() as { caseId: number; n: number } | undefined;
  if (orphan) {
    problems.push({
      messageMs: `Jadual parties: ${orphan.n} pihak bagi kes id ${orphan.caseId} yang tiada dalam jadual cases. Kes itu mungkin telah dipadam.`,
      messageEn: `Table parties: ${orphan.n} party row(s) of case id ${orphan.caseId}, which is not in table cases. That case may have been deleted.`,
    });
  }
  return problems.slice(0, limit);
}
