import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_AREAS } from '@shared/messages';
import { ENGLISH } from '../../renderer/src/i18n/english';
import { MALAY } from '../../renderer/src/i18n/strings';

const STRINGS = { ms: MALAY, en: ENGLISH.strings };
import {
  check,
  ROOT,
  scanCatalogue,
  scanData,
  scanMessageKeys,
  scanSource,
  sourcesIn,
  stringLiterals,
} from './terminology';

/** The catalogue files by the name the screens use (msSop lives in msSopPaths.ts). */
const FILE_OF: Record<string, string> = { msSop: 'msSopPaths' };

describe('terminology: words the court does not write (docs/GLOSARI.md)', () => {
  it('catches each form the court does not write, and lets the right ones pass', () => {
    for (const bad of [
      'Temujanji',
      'BUNDLE PENYESUAIAN',
      'Fail bundle',
      '7 haribulan Disember',
      'Permohonan Pengistiharaan',
      'Tuntutan Gantirugi',
      'Perlaksanaan Perintah',
      'Ganishmen',
      'Nafkah Eddah',
      'Hutang Simati',
      'Wali Engkar',
      'Tidak Hadir Dihadapan',
      'Janji temu A1 (status: NO_SHOW).',
      'Sumber: ESV3_EXISTING',
      'Tutup kaunter bagi 2026-11-28',
    ]) {
      expect(check(bad), bad).not.toEqual([]);
    }
    for (const good of [
      'Janji temu',
      'Fail penyesuaian dieksport',
      '7 hari bulan Disember 2026',
      'Permohonan Pengisytiharan',
      'Ganti Rugi',
      'Pelaksanaan',
      'Garnisyen',
      'Nafkah Iddah',
      'Hutang Si Mati',
      'Wali Ingkar',
      'di hadapan',
      'Tutup kaunter bagi 28 November 2026',
      'NO_SHOW',
      '2026-11-28',
      'RESIT RASMI BATAL',
    ]) {
      expect(check(good), good).toEqual([]);
    }
  });

  it('reports the file, the place and the text of each finding', () => {
    const planted = { a: 'Temujanji', b: { c: (n: string) => `Tutup kaunter bagi ${n} 2026-11-28` } };
    expect(scanCatalogue('msX.ts', planted).map((f) => [f.file, f.where, f.rule.split(' ')[0]])).toEqual([
      ['msX.ts', 'a', 'Temujanji'],
      ['msX.ts', 'b.c', 'ISO'],
    ]);
    const data = { caseTypes: [{ name: 'Tuntutan Ganti Rugi', sourceName: 'Tuntutan Gantirugi' }, { name: 'Eddah' }] };
    expect(scanData('d.json', data).map((f) => f.where)).toEqual(['caseTypes[1].name']);
    const source =
      "const k = { 'bundle.export': 'x' };\n// haribulan in a comment\nconst t = h ? 'pagi' : '7 haribulan';\nconst u = `(${LABELS[x.id_type]}) bagi`;";
    expect(stringLiterals(source).map((s) => s.text)).toEqual(['x', 'pagi', '7 haribulan', '(…) bagi']);
  });

  it('in the Malay screen catalogues (renderer/src/i18n/ms*.ts)', () => {
    const findings = Object.entries(STRINGS.ms).flatMap(([name, catalogue]) =>
      scanCatalogue(`renderer/src/i18n/${FILE_OF[name] ?? name}.ts`, catalogue),
    );
    expect(findings).toEqual([]);
  });

  it('in the source text of the Malay catalogues too (what a function builds from its values)', () => {
    const dir = join(ROOT, 'renderer', 'src', 'i18n');
    const files = readdirSync(dir).filter((f) => /^ms[A-Za-z]*\.ts$/.test(f));
    expect(files).toContain('msBundle.ts');
    expect(files.flatMap((f) => scanSource(join(dir, f)))).toEqual([]);
  });

  it('in the Malay of every refusal and message (shared/messages keys, and the services that throw them)', () => {
    const findings = Object.entries(MESSAGE_AREAS).flatMap(([area, messages]) =>
      scanMessageKeys(`shared/messages/${area}.ts`, messages),
    );
    expect(findings).toEqual([]);
  });

  it('in the shipped data (shared/data/*.json), the source spelling kept in sourceName aside', () => {
    const dirs = [join(ROOT, 'shared', 'data'), join(ROOT, 'shared', 'data', 'holidays')];
    const files = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir, f)),
    );
    expect(files.some((f) => f.endsWith('case-types.json'))).toBe(true);
    const findings = files.flatMap((f) => scanData(f.slice(ROOT.length + 1), JSON.parse(readFileSync(f, 'utf8'))));
    expect(findings).toEqual([]);
  });

  it('in the screens and calendar helpers that write Malay outside the catalogues', () => {
    const findings = [
      ...sourcesIn(join(ROOT, 'shared', 'calendar')),
      join(ROOT, 'shared', 'domain.ts'),
      join(ROOT, 'shared', 'schemas', 'appointment.ts'),
    ].flatMap(scanSource);
    expect(findings).toEqual([]);
  });
});
