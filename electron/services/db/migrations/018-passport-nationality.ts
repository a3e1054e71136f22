import type { Migration } from './index';

/**
 * The nationality of a party or appointment holder identified by passport: the ISO 3166-1 alpha-3 code
 * (shared/data/countries.json), as a passport's machine-readable zone and ESV3 write it.
 */
export const m018PassportNationality: Migration = {
  name: '018-passport-nationality',
  up(db) {
    db.exec(`
      -- NULL: not a passport, or a passport recorded before this version (nationality not recorded then).
      ALTER TABLE parties ADD COLUMN nationality TEXT CHECK (nationality IS NULL OR nationality GLOB '[A-Z][A-Z][A-Z]');
      ALTER TABLE appointments ADD COLUMN nationality TEXT
        CHECK (nationality IS NULL OR nationality GLOB '[A-Z][A-Z][A-Z]');
    `);
  },
};
