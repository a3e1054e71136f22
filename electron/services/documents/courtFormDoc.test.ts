import { describe, expect, it } from 'vitest';
import { courtFormDoc, type CourtFormData } from './courtFormDoc';
import { stateLine } from './courtDocuments';
import { readPdf } from './pdfText';
import { renderPdf } from './render';

const LONG_NAME = `Nur ${'Aisyah Humaira '.repeat(9)}binti Abdul Rahman`.slice(0, 150);
const LONG_ADDRESS = `Lot ${'1234, Jalan Sultan Abdul Samad, Taman Seri Bayu, '.repeat(6)}70000 Seremban`.slice(0, 300);

function saman(overrides: Partial<CourtFormData> = {}): CourtFormData {
  return {
    form: 'SAMAN',
    caseNumber: '05005-024-0770-2026',
    courtLevelName: 'MAHKAMAH RENDAH SYARIAH',
    courtPlace: 'SEREMBAN',
    stateLine: stateLine('Negeri Sembilan'),
    claimants: [{ name: LONG_NAME, idLine: 'No. K/P 850101-10-5124', address: LONG_ADDRESS }],
    respondents: [
      { name: LONG_NAME, idLine: 'No. K/P 800202-05-5127', address: LONG_ADDRESS },
      { name: `${LONG_NAME} (2)`, idLine: 'No. Pasport A1234567', address: LONG_ADDRESS },
    ],
    hearing: {
      kindLabel: 'Sebutan',
      dayName: 'Isnin',
      day: 7,
      monthYear: 'Disember 2026',
      hijri: '27 Jamadilakhir 1448H',
      timeText: '2.30 petang',
      room: 'Dewan Bicara 1',
    },
    issuedOn: '28 November 2026 bersamaan 18 Jamadilakhir 1448H',
    issuedAt: '2026-11-28T02:00:00.000Z',
    copy: false,
    ...overrides,
  };
}

describe('courtFormDoc', () => {
  it.each(['SAMAN', 'PERMOHONAN'] as const)(
    'keeps the %s signature block with what it signs, however long the names and addresses',
    async (form) => {
      expect(LONG_NAME).toHaveLength(150);
      expect(LONG_ADDRESS).toHaveLength(300);
      const pages = await readPdf(await renderPdf(courtFormDoc(saman({ form }))));
      expect(pages.length).toBeGreaterThan(1);
      const signed = pages.filter((page) => page.text.includes('Pendaftar MAHKAMAH RENDAH SYARIAH SEREMBAN'));
      expect(signed).toHaveLength(1);
      // The Pendaftar's page also holds the paragraph before it, the date and the seal.
      for (const part of ['Bertarikh 28 November 2026', '(Meterai)', 'tanpa kehadiran']) {
        expect(signed[0]?.text).toContain(part);
      }
      // Later pages say whose they are.
      pages.slice(1).forEach((page, i) => {
        const title = form === 'SAMAN' ? 'Saman' : 'Permohonan';
        expect(page.text).toContain(`${title} No. 05005-024-0770-2026 Muka surat ${i + 2} / ${pages.length}`);
      });
      expect(pages[0]?.text).not.toContain('Muka surat');
    },
  );

  it('heads the form DALAM … DI … / DALAM the state with its title, and summons in standard Malay', () => {
    const text = JSON.stringify(courtFormDoc(saman()).content);
    expect(text).toContain('DALAM MAHKAMAH RENDAH SYARIAH DI SEREMBAN');
    expect(text).toContain('DALAM NEGERI SEMBILAN DARUL KHUSUS');
    expect(text).toContain('ANDA DENGAN INI DISAMAN');
    expect(text).toContain('7 hari bulan Disember 2026');
    expect(text).not.toMatch(/DI DALAM|ADALAH DENGAN INI|haribulan/);
  });

  it.each([
    ['Negeri Sembilan', 'NEGERI SEMBILAN DARUL KHUSUS'],
    ['Selangor', 'NEGERI SELANGOR DARUL EHSAN'],
    ['Kedah', 'NEGERI KEDAH DARUL AMAN'],
    ['Johor', "NEGERI JOHOR DARUL TA'ZIM"],
    ['Perlis', 'NEGERI PERLIS INDERA KAYANGAN'],
    ['Melaka', 'NEGERI MELAKA'],
    ['Wilayah Persekutuan', 'WILAYAH PERSEKUTUAN'],
  ])("writes %s's line as %s", (state, line) => {
    expect(stateLine(state)).toBe(line);
  });
});
