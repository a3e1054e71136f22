import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { m015SearchFragments } from './migrations/015-search-fragments';

describe('migration 015 (search by running number, IC tail, ESV3-number piece and lawyer)', () => {
  it('indexes the cases and parties already recorded, and keeps the indexes current after', () => {
    const db = upgradeWithData(m015SearchFragments);
    expect(schemaNames(db, 'index', 'cases')).toContain('cases_running_number');
    const words = (match: string) =>
      db.prepare('SELECT rowid FROM case_words WHERE case_words MATCH ? ORDER BY rowid').pluck().all(match);
    // Case 1's ESV3 number and case 2's lawyer, written before this version.
    expect(words('esv3_case_number : "0801"')).toEqual([1]);
    expect(words('esv3_case_number : "017 0055"')).toEqual([3]);
    expect(words('lawyer_name : "zainal"*')).toEqual([2]);
    const tails = (tail: string) =>
      db
        .prepare('SELECT p.case_id FROM party_id_tails t JOIN parties p ON p.id = t.rowid WHERE t.id_key LIKE ?')
        .pluck()
        .all(`%${tail}`);
    expect(tails('5124')).toEqual([1]);
    expect(tails('055568')).toEqual([3]);
    expect(tails('0101')).toEqual([]);

    db.prepare("UPDATE cases SET lawyer_name = 'Hajah Rosnah binti Ali' WHERE id = 2").run();
    expect(words('lawyer_name : "zainal"*')).toEqual([]);
    expect(words('lawyer_name : "rosnah"*')).toEqual([2]);
    expect(db.prepare("INSERT INTO case_words (case_words, rank) VALUES ('integrity-check', 1)").run()).toBeTruthy();
  });
});
