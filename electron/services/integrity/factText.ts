import type { Facts } from './facts';

/*
 * The texts a fact is digested as, built the same way on both sides: by SQL from the rows (one
 * string per case, party and receipt row, so a 200,000-case ledger costs one value per row to read)
 * and by `factTexts` from what the events derive. Fields are separated by U+001F; NULL is U+0001.
 */
const US = '\u001f';
const NULL = '\u0001';

const v = (value: string | number | null) => (value === null ? NULL : String(value));

export function factTexts(fact: Facts): string[] {
  if (fact.table === 'cases') {
    const f = fact.facts;
    const row = ['c', fact.id, f.caseNumber, f.source, f.caseTypeCode, v(f.claimSen), f.status, v(f.esv3CaseNumber)];
    return [
      row.join(US),
      ...f.parties.map((p, position) => ['p', fact.id, position, p.side, p.name, v(p.idNumber)].join(US)),
    ];
  }
  const f = fact.facts;
  const row = [
    'r',
    fact.id,
    f.receiptNumber,
    v(f.caseNumber),
    f.payerName,
    v(f.payerIdNumber),
    f.totalSen,
    f.status,
    v(f.esv3PaymentRef),
  ];
  return [row.join(US)];
}

// The control characters are written into the SQL as literals, so SQLite folds them once per query
// rather than calling char() for every row. One concat_ws makes each row's text in one piece (a chain of
// `||` makes a new string at every step: a fifth of the start-up digest at 900,000 rows); no part is ever
// NULL here (`nul` below), so it gives exactly the text `||` gave. A NOT NULL column emptied in the file
// is left out of its row's text, which then matches no fact: the digests differ and the full compare
// names the row.
const cat = (parts: string[]) => `concat_ws('${US}', ${parts.join(', ')})`;
const nul = (column: string) => `ifnull(${column}, '${NULL}')`;

/** The same texts from the rows, in SQL: one text per row of each table. */
export const ROW_TEXTS = [
  {
    table: 'cases',
    text: cat([
      "'c'",
      'id',
      'case_number',
      'source',
      'case_type_code',
      nul('claim_sen'),
      'status',
      nul('esv3_case_number'),
    ]),
  },
  { table: 'parties', text: cat(["'p'", 'case_id', 'position', 'side', 'name', nul('id_number')]) },
  {
    table: 'receipts',
    text: cat([
      "'r'",
      'id',
      'receipt_number',
      nul('case_number'),
      'payer_name',
      nul('payer_id_number'),
      'total_sen',
      'status',
      nul('esv3_payment_ref'),
    ]),
  },
] as const;

/**
 * Between row texts when they are read many to one value (`rowsDigest`). A text that itself holds one
 * is hashed as two: the digests then differ and the full compare decides, as after any other mismatch.
 */
export const ROW_SEPARATOR = '\u001e';
