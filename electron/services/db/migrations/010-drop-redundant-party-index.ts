import type { Migration } from './index';

/**
 * `parties_case (case_id)` repeated the first column of the UNIQUE (case_id, position) index, which
 * already serves every look-up of a case's parties: one index page less written by each registration.
 */
export const m010DropRedundantPartyIndex: Migration = {
  name: '010-drop-redundant-party-index',
  up(db) {
    db.exec('DROP INDEX IF EXISTS parties_case');
  },
};
