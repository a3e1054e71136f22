import type { Migration } from './index';

/**
 * What a clerk remembers of a case besides the whole number or a name: the running number alone
 * ("1735"), the last digits of an IC, a piece of the number ESV3 gave, the lawyer. Each gets an index
 * so search stays a look-up:
 * - `cases_running_number`: the running number of the counter's own number;
 * - `case_words` (FTS5 over cases): the ESV3 number split at its dashes ("024", "0905") and the
 *   lawyer's name and firm, as word prefixes;
 * - `party_id_tails` (FTS5 trigram over parties): the identity key, so its last 4+ digits are found
 *   without reading every party.
 * Both FTS tables are built from the rows already there; triggers keep them current.
 */
export const m015SearchFragments: Migration = {
  name: '015-search-fragments',
  up(db) {
    db.exec(`
      CREATE INDEX cases_running_number ON cases (running_number);

      CREATE VIRTUAL TABLE case_words USING fts5 (esv3_case_number, lawyer_name, lawyer_firm, content='cases',
        content_rowid='id', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER cases_words_insert AFTER INSERT ON cases BEGIN
        INSERT INTO case_words (rowid, esv3_case_number, lawyer_name, lawyer_firm)
          VALUES (new.id, new.esv3_case_number, new.lawyer_name, new.lawyer_firm);
      END;
      CREATE TRIGGER cases_words_update AFTER UPDATE OF esv3_case_number, lawyer_name, lawyer_firm ON cases BEGIN
        INSERT INTO case_words (case_words, rowid, esv3_case_number, lawyer_name, lawyer_firm)
          VALUES ('delete', old.id, old.esv3_case_number, old.lawyer_name, old.lawyer_firm);
        INSERT INTO case_words (rowid, esv3_case_number, lawyer_name, lawyer_firm)
          VALUES (new.id, new.esv3_case_number, new.lawyer_name, new.lawyer_firm);
      END;
      INSERT INTO case_words (case_words) VALUES ('rebuild');

      CREATE VIRTUAL TABLE party_id_tails USING fts5 (id_key, content='parties', content_rowid='id',
        tokenize='trigram');
      CREATE TRIGGER parties_id_tails_insert AFTER INSERT ON parties BEGIN
        INSERT INTO party_id_tails (rowid, id_key) VALUES (new.id, new.id_key);
      END;
      CREATE TRIGGER parties_id_tails_update AFTER UPDATE OF id_key ON parties BEGIN
        INSERT INTO party_id_tails (party_id_tails, rowid, id_key) VALUES ('delete', old.id, old.id_key);
        INSERT INTO party_id_tails (rowid, id_key) VALUES (new.id, new.id_key);
      END;
      INSERT INTO party_id_tails (party_id_tails) VALUES ('rebuild');
    `);
  },
};
