import { describe, expect, it } from 'vitest';
import { causeBookDoc, type CauseBookData, type CauseBookRow } from './causeBookDoc';
import { readPdf } from './pdfText';
import { renderPdf } from './render';

function row(n: number): CauseBookRow {
  // One to four parties, so rows differ in height and a page break would fall inside some row if it could.
  const parties = Array.from(
    { length: 1 + (n % 4) },
    (_, i) => `${i === 0 ? 'Plaintif' : 'Defendan'}: Pihak ${n}-${i} bin Abdullah (No. K/P 850101-10-5124)`,
  );
  return {
    caseNumber: `05005-024-${String(n).padStart(4, '0')}-2026`,
    registeredAt: '23/11/2026 09:00',
    caseType: '024 Tuntutan Nafkah Anak',
    parties,
    receiptNumbers: [`05005-K1-2026-${String(n).padStart(6, '0')}`],
    amountSen: n === 1 ? 9_999_999_999 : 2500,
    hearing: '7/12/2026 9.00 pagi, Dewan Bicara 1 (Sebutan)',
    remarks: [],
  };
}

const week: CauseBookData = {
  courtName: 'Mahkamah Rendah Syariah Seremban',
  stateName: 'Negeri Sembilan',
  periodLine: 'Minggu: 23 November 2026 hingga 29 November 2026',
  printedLine: 'Dicetak 30 November 2026, 09:00 · Kaunter K1',
  rows: Array.from({ length: 308 }, (_, i) => row(i + 1)),
  totalSen: 9_999_999_999 + 307 * 2500,
  generatedAt: '2026-11-30T01:00:00.000Z',
};

describe('causeBookDoc', () => {
  it('prints a 308-case week with every page beginning with the head and a whole case: Bil and No. Kes', async () => {
    const pages = await readPdf(await renderPdf(causeBookDoc(week)));
    expect(pages.length).toBeGreaterThan(10);
    pages.slice(1).forEach((page, i) => {
      expect(page.text).toMatch(
        /^Bil\. No\. Kes Tarikh Daftar Jenis Kes Pihak-pihak No\. Resit Amaun \(RM\) Tarikh Sebutan Catatan (\d+) 05005-024-(\d{4})-2026 /,
      );
      const [, bil, number] = /Catatan (\d+) 05005-024-(\d{4})-2026/.exec(page.text) ?? [];
      expect(Number(number)).toBe(Number(bil));
      expect(page.text).toContain(
        `Buku Kausa · Mahkamah Rendah Syariah Seremban · ${week.periodLine} Muka surat ${i + 2} / ${pages.length}`,
      );
    });
    // Every case whole on one page: its last party line is on the page of its number.
    for (const n of [1, 2, 3, 4, 150, 307, 308]) {
      const last = `Pihak ${n}-${row(n).parties.length - 1} bin Abdullah`;
      const holding = pages.filter((page) => page.text.includes(` ${n} 05005-024-${String(n).padStart(4, '0')}-2026`));
      expect(holding).toHaveLength(1);
      expect(holding[0]?.text).toContain(last);
    }
    const all = pages.map((p) => p.text).join(' ');
    expect(all).toContain(' 99,999,999.99 ');
    expect(all).toContain('NEGERI SEMBILAN DARUL KHUSUS');
  });
});
