import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileLog } from '../../electron/platform/log';
import { DEFAULT_PREFERENCES, filePreferences, memoryPreferences } from '../../electron/platform/preferences';
import { DEFAULT_SIZE, initialBounds, MIN_SIZE } from '../../electron/platform/windowState';
import { resolveDataDir } from '../../electron/shell/paths';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kaunter-prefs-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('file preferences', () => {
  it('starts from the defaults and keeps what is set across reopening', () => {
    const first = filePreferences(dir);
    expect(first.get('language')).toBe('ms');
    expect(first.get('windowBounds')).toBeNull();
    expect(first.get('printers')).toEqual({});
    first.set('language', 'en');
    first.set('windowBounds', { x: -1200, y: 10, width: 1000, height: 700, maximized: false });
    first.set('dataDir', 'D:\\Kaunter\\data');
    first.set('printers', { receipt: 'EPSON TM-T82 Receipt', summons: 'HP LaserJet' });

    const again = filePreferences(dir);
    expect(again.get('language')).toBe('en');
    expect(again.get('windowBounds')).toEqual({ x: -1200, y: 10, width: 1000, height: 700, maximized: false });
    expect(again.get('dataDir')).toBe('D:\\Kaunter\\data');
    expect(again.get('printers')).toEqual({ receipt: 'EPSON TM-T82 Receipt', summons: 'HP LaserJet' });
    expect(existsSync(path.join(dir, 'preferences.json'))).toBe(true);
  });

  it('falls back to the default for a hand-edited value it does not understand', () => {
    writeFileSync(
      path.join(dir, 'preferences.json'),
      JSON.stringify({ language: 'fr', windowBounds: { x: 'kiri' }, dataDir: '', backupDir: 'E:\\Sandaran' }),
    );
    const preferences = filePreferences(dir);
    expect(preferences.get('language')).toBe('ms');
    expect(preferences.get('windowBounds')).toBeNull();
    expect(preferences.get('dataDir')).toBeNull();
    expect(preferences.get('backupDir')).toBe('E:\\Sandaran');
  });

  it('opens with the defaults when the file is not JSON at all', () => {
    writeFileSync(path.join(dir, 'preferences.json'), '{"language": "en", "windowB');
    const preferences = filePreferences(dir);
    expect(preferences.get('language')).toBe(DEFAULT_PREFERENCES.language);
    preferences.set('language', 'en');
    expect(JSON.parse(readFileSync(path.join(dir, 'preferences.json'), 'utf8'))).toMatchObject({ language: 'en' });
  });

  it('refuses to store a value outside its schema', () => {
    const preferences = memoryPreferences();
    expect(() => preferences.set('language', 'fr' as never)).toThrow(/language/);
    expect(() => preferences.set('windowBounds', { x: 0, y: 0, width: -5, height: 1, maximized: false })).toThrow();
    expect(preferences.get('language')).toBe('ms');
  });
});

describe('window bounds on open', () => {
  const laptop = { x: 0, y: 0, width: 1366, height: 728 };
  const secondScreen = { x: 1366, y: 0, width: 1920, height: 1040 };

  it('opens centred at the default size the first time, no larger than the screen', () => {
    expect(initialBounds(null, [{ x: 0, y: 0, width: 2560, height: 1400 }])).toEqual({
      ...DEFAULT_SIZE,
      maximized: false,
    });
    expect(initialBounds(null, [laptop])).toEqual({ width: 1280, height: 728, maximized: false });
  });

  it('restores a position that is still on a screen', () => {
    const saved = { x: 1500, y: 40, width: 1200, height: 800, maximized: true };
    expect(initialBounds(saved, [laptop, secondScreen])).toEqual(saved);
  });

  it('drops the position when its screen is gone, keeping the size within the screen left', () => {
    const saved = { x: 1500, y: 40, width: 1600, height: 900, maximized: false };
    expect(initialBounds(saved, [laptop])).toEqual({ width: 1366, height: 728, maximized: false });
  });

  it('never opens smaller than the minimum', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(initialBounds(saved, [laptop])).toMatchObject({ x: 10, y: 10, ...MIN_SIZE });
  });
});

describe('data folder', () => {
  it('is --data=DIR, else the preference, else <userData>/data', () => {
    const preferences = memoryPreferences();
    expect(resolveDataDir(['electron', '.'], preferences, '/home/kerani/.config/Kaunter Sandaran')).toBe(
      path.join('/home/kerani/.config/Kaunter Sandaran', 'data'),
    );
    preferences.set('dataDir', '/srv/kaunter');
    expect(resolveDataDir(['electron', '.'], preferences, '/u')).toBe('/srv/kaunter');
    expect(resolveDataDir(['electron', '.', `--data=${dir}`], preferences, '/u')).toBe(path.resolve(dir));
  });
});

describe('main log', () => {
  it('appends a timestamped line per event, with the stack of an error', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = fileLog(path.join(dir, 'logs'), () => new Date('2026-11-28T01:02:03.000Z'));
    log.info('ledger opened');
    log.error('channel cases.register failed', new Error('SQLITE_FULL'));
    const text = readFileSync(path.join(dir, 'logs', 'main.log'), 'utf8');
    expect(text).toMatch(/^2026-11-28T01:02:03.000Z INFO ledger opened\n/);
    expect(text).toContain('ERROR channel cases.register failed Error: SQLITE_FULL');
  });

  it('keeps the app running when the log folder cannot be written', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const log = fileLog(path.join(blocker, 'logs'));
    expect(() => log.info('still here')).not.toThrow();
  });
});
