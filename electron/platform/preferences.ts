import Conf from 'conf';
import { z } from 'zod';

/*
 * Machine preferences: things that belong to this PC and affect no record (window size, language,
 * data and backup folders, the printer chosen per document type). Court settings live in SQLite.
 * No Electron here: the app, the browser host and tests all use the same file-backed store
 * (conf, the engine of electron-store), the app with `dir` = Electron's userData folder.
 */

const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

const schemas = {
  language: z.enum(['ms', 'en']),
  windowBounds: windowBoundsSchema.nullable(),
  dataDir: z.string().min(1).nullable(),
  backupDir: z.string().min(1).nullable(),
  /** The court folder all counters of the court reach (a share or a Syncthing folder); null: none. */
  courtFolder: z.string().min(1).nullable(),
  backupEveryMinutes: z.number().int().min(5).max(1440),
  backupKeep: z.number().int().min(1).max(500),
  /** Printer name per document type, e.g. `{ receipt: 'EPSON TM-T82' }`. */
  printers: z.record(z.string(), z.string()),
} as const;

export type WindowBounds = z.infer<typeof windowBoundsSchema>;
export type PreferenceValues = { [K in keyof typeof schemas]: z.infer<(typeof schemas)[K]> };
export type PreferenceKey = keyof PreferenceValues;
export type Language = PreferenceValues['language'];

export const DEFAULT_PREFERENCES: Readonly<PreferenceValues> = Object.freeze({
  language: 'ms',
  windowBounds: null,
  dataDir: null,
  backupDir: null,
  courtFolder: null,
  backupEveryMinutes: 30,
  backupKeep: 20,
  printers: {},
});

export interface Preferences {
  /** The stored value, or the default when it is missing or not valid (a hand-edited file, say). */
  get<K extends PreferenceKey>(key: K): PreferenceValues[K];
  /** Throws on a value its schema refuses: that is a programming error, not user input. */
  set<K extends PreferenceKey>(key: K, value: PreferenceValues[K]): void;
}

function validOr<K extends PreferenceKey>(key: K, value: unknown): PreferenceValues[K] {
  const parsed = schemas[key].safeParse(value);
  return parsed.success ? (parsed.data as PreferenceValues[K]) : DEFAULT_PREFERENCES[key];
}

function checked<K extends PreferenceKey>(key: K, value: PreferenceValues[K]): PreferenceValues[K] {
  const parsed = schemas[key].safeParse(value);
  if (!parsed.success) throw new TypeError(`Invalid preference ${key}: ${parsed.error.message}`);
  return parsed.data as PreferenceValues[K];
}

/** Preferences kept in `<dir>/preferences.json`, written atomically on every set. */
export function filePreferences(dir: string): Preferences {
  const store = new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'preferences',
    // A file that is not JSON (a torn write from an older copy, a bad hand edit) starts over from the
    // defaults instead of stopping the counter from opening.
    clearInvalidConfig: true,
    accessPropertiesByDotNotation: false,
  });
  return {
    get: (key) => validOr(key, store.get(key)),
    set: (key, value) => store.set(key, checked(key, value)),
  };
}

/** Preferences that live only as long as the process: for tests. */
export function memoryPreferences(initial: Partial<PreferenceValues> = {}): Preferences {
  const values: Record<string, unknown> = { ...initial };
  return {
    get: (key) => validOr(key, values[key]),
    set: (key, value) => {
      values[key] = checked(key, value);
    },
  };
}
