import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, unwrap } from '../../../tests/support/ledger';
import { numberPieceQuery } from './search';

/** Two cases as a clerk remembers them: by a running number, an IC tail, the ESV3 number, the lawyer. */
async function counterWithCases() {
  const { ledger } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const a = unwrap(
    await dispatch('cases.register', {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [{ side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' }],
      lawyerName: 'Zainal Abidin bin Omar',
      lawyerFirm: 'Tetuan Zainal & Rakan',
    }),
  );
  const b = unwrap(
    await dispatch('cases.register', {
      caseTypeCode: '017',
      proceeding: 'SAMAN',
      parties: [{ side: 'CLAIMANT', name: 'Siti Aminah binti Ismail', idType: 'MYKAD', idNumber: '900215-14-5566' }],
    }),
  );
  // As recovery records it (recovery/record.ts): the number ESV3 gave case b.
  ledger.db.prepare("UPDATE cases SET esv3_case_number = '05005-017-1735-2026' WHERE id = ?").run(b.id);
  const find = async (query: string) =>
    unwrap(await dispatch('cases.search', { query })).cases.map((c) => (c.id === a.id ? 'a' : 'b'));
  return { find, ledger, a, b };
}

describe('finding a case by what the clerk remembers of it', () => {
  it.each([
    ['the running number alone', '770', ['a']],
    ['the running number as printed', '0042', ['b']],
    ['the last 4 digits of an IC', '5566', ['b']],
    ['the last 6 digits of an IC, with a dash', '10-5124', ['a']],
    ['a piece of the ESV3 number', '1735', ['b']],
    ['the case type and running number of the ESV3 number', '017-1735', ['b']],
    ['the start of a piece of the ESV3 number', '017-17', ['b']],
    ["the lawyer's name", 'zainal abidin', ['a']],
    ["the lawyer's firm", 'Tetuan Zainal', ['a']],
  ])('finds by %s (%s)', async (_label, query, expected) => {
    const { find } = await counterWithCases();
    expect(await find(query)).toEqual(expected);
  });

  it('does not take a piece from the middle of an IC for its tail, nor a piece out of order', async () => {
    const { find } = await counterWithCases();
    expect(await find('0110')).toEqual([]);
    expect(await find('1735-017')).toEqual([]);
  });

  it('finds a changed ESV3 number and forgets the old one', async () => {
    const { find, ledger, b } = await counterWithCases();
    ledger.db.prepare("UPDATE cases SET esv3_case_number = '05005-017-1736-2026' WHERE id = ?").run(b.id);
    expect(await find('1735')).toEqual([]);
    expect(await find('1736')).toEqual(['b']);
  });

  it('turns a piece of a number into one FTS phrase, the last piece a prefix, and nothing without a digit', () => {
    expect(numberPieceQuery('024-09')).toBe('"024 09"*');
    expect(numberPieceQuery(' 1735 ')).toBe('"1735"*');
    expect(numberPieceQuery('"; 0905')).toBe('"0905"*');
    expect(numberPieceQuery('zainal')).toBeNull();
  });
});
