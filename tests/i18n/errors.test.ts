import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishError, shownError, shownMessage } from '../../renderer/src/i18n/errors';
import { findMalayMessages } from '../../renderer/src/i18n/malayMessages';

const REPO = join(import.meta.dirname, '..', '..');

/** Where the messages a clerk can see are written: the shared schemas and helpers, the services, IPC. */
const ROOTS = ['shared', 'electron/services', 'electron/routing', 'electron/app', 'electron/ipc', 'electron/host'];
/** Printed documents stay Malay and the demo data is data, not messages. */
const NOT_SCANNED = /[\\/](documents|demo)[\\/]|\.test\.ts$/;

/** Strings the scan finds that are not messages: file names, formats, printer names, audit wording. */
const NOT_MESSAGES = new Set([
  'kaunter-sandaran-bundle',
  'kunci-peranti.sec.asc',
  'kunci-peranti.dilindungi',
  'kaunter.sqlite',
  'kaunter.lock',
  'kaunter.lock-pintu',
  'kaunter.head',
  'kaunter-head/1',
  'BELUM',
  // The court recovery key's OpenPGP user ID and the backup signature's notation name.
  'Kaunter Sandaran - kunci pemulihan sandaran',
  'audit-head@kaunter-sandaran',
  'Folder cetakan (Simpan PDF)',
  // The browser host's tab-id header.
  'x-kaunter-tab',
  // A message built from two templates; both of its forms are in the table and checked below.
  "Nombor terakhir ESV3 bagi {} tidak boleh ${next === undefined ? 'dibuang' : ",
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !NOT_SCANNED.test(path) ? [path] : [];
  });
}

describe('every Malay message the ledger or a schema gives has English', () => {
  const found = ROOTS.flatMap((root) => sources(join(REPO, root))).flatMap((file) =>
    findMalayMessages(relative(REPO, file), readFileSync(file, 'utf8')),
  );

  it('finds the messages (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(250);
    expect(found.map((m) => m.text)).toContain('Kes tidak dijumpai.');
    expect(found.map((m) => m.text)).toContain('{} mesti diisi.');
  });

  it('has English for each, filled in with a sample value where the code fills one in', () => {
    const untranslated = found
      .filter((m) => !NOT_MESSAGES.has(m.text))
      .filter((m) => englishError(m.text.replaceAll('{}', 'X9')) === undefined)
      .map((m) => `${m.file}: ${m.text}`);
    expect(untranslated).toEqual([]);
  });

  it('puts the values back in their places and translates a Malay field label inside', () => {
    expect(englishError('Nama pihak mesti diisi.')).toBe('Party name is required.');
    expect(englishError('Alamat terlalu panjang (had 300 aksara).')).toBe(
      'Address is too long (at most 300 characters).',
    );
    expect(englishError('Resit 05-K1-2026-000012 telah pun dibatalkan.')).toBe(
      'Receipt 05-K1-2026-000012 is already cancelled.',
    );
    expect(
      englishError(
        'Nombor terakhir ESV3 bagi kod kes 024 tahun 2026 tidak boleh diturunkan kepada 3: kaunter ini telah mengeluarkan nombor hingga 9 berdasarkan angka 5.',
      ),
    ).toBe(
      'The last ESV3 number for case code 024 year 2026 cannot be lowered to 3: this counter has issued numbers up to 9 from the figure 5.',
    );
    expect(
      englishError(
        'Kunci peranti kaunter ini tiada dalam simpanan: eksport dan sandaran tidak dapat ditandatangani. Kunci rahsia hanya boleh dibuka pada komputer dan akaun Windows yang membuatnya. Jika kaunter ini dipulihkan ke komputer baharu, Penolong Pendaftar perlu membuat kunci peranti baharu di Tetapan → Kunci & Eksport dan menyerahkan slip persediaan baharu kepada ICT.',
      ),
    ).toMatch(/^This counter's device key is not in storage/);
  });

  it('shows the Malay as given when English is not chosen or not known (never a blank)', () => {
    expect(shownMessage('PIN salah.', 'ms')).toBe('PIN salah.');
    expect(shownMessage('Mesej baharu yang belum diterjemah.', 'en')).toBe('Mesej baharu yang belum diterjemah.');
    const error = shownError(
      {
        code: 'VALIDATION',
        message: 'Nama atau PIN salah.',
        issues: [{ path: 'pin', message: 'Nama atau PIN salah.' }],
      },
      'en',
    );
    expect(error).toEqual({
      code: 'VALIDATION',
      message: 'Wrong name or PIN.',
      issues: [{ path: 'pin', message: 'Wrong name or PIN.' }],
    });
  });
});
