import type { Migration } from './index';

/**
 * Why an outage was closed: ESV3 is back ("ESV3 pulih", which turns the counter to the recovery
 * worklist) or another reason (opened by mistake, handed to another counter). Outages closed before
 * this migration stay without a kind.
 */
export const m008OutageCloseKind: Migration = {
  name: '008-outage-close-kind',
  up(db) {
    db.exec(`
      ALTER TABLE outages ADD COLUMN close_kind TEXT CHECK (close_kind IS NULL OR close_kind IN ('ESV3_PULIH','LAIN'));
    `);
  },
};
