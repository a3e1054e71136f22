import type { Migration } from './index';

export const m003SignInGuard: Migration = {
  name: '003-sign-in-guard',
  up(db) {
    db.exec(`
      -- Wrong PINs in a row per user, and until when that user is locked out. Kept in the database so
      -- restarting the app does not reset the count.
      CREATE TABLE sign_in_guard (
        user_id INTEGER PRIMARY KEY REFERENCES users(id),
        failures INTEGER NOT NULL CHECK (failures >= 0),
        locked_until TEXT
      ) STRICT;
    `);
  },
};
