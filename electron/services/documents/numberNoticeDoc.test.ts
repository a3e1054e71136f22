import { describe, expect, it } from 'vitest';
import { numberNoticeDoc } from './numberNoticeDoc';
import { formatCourtDateWithDay } from './format';
import { readPdf } from './pdfText';
import { renderPdf } from './render';
import { sampleHeader, sampleNumberNotice } from './sampleData';

const notice = sampleNumberNotice;

describe('the number-change notice', () => {
  it('dates letters with the Malay day name in court time', () => {
    expect(formatCourtDateWithDay('2026-11-28T02:15:00.000Z')).toBe('Sabtu, 28 November 2026');
    // 23:30 UTC on the 29th is already Monday the 30th in Kuala Lumpur.
    expect(formatCourtDateWithDay('2026-11-29T23:30:00.000Z')).toBe('Isnin, 30 November 2026');
  });

  it('prints one A4 page to each party with the old and new numbers, the case and the court', async () => {
    const pages = await readPdf(await renderPdf(numberNoticeDoc(notice, sampleHeader, false)));
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(Math.round(page.width)).toBe(595);
      expect(page.text).toContain('JABATAN KEHAKIMAN SYARIAH NEGERI SELANGOR');
      expect(page.text).toContain('NOTIS PERTUKARAN NOMBOR KES');
      expect(page.text).toContain('Nombor kes lama : 10005-024-0770-2026');
      expect(page.text).toContain('Nombor kes baharu : 10005-024-0905-2026');
      expect(page.text).toContain('Jenis kes : 024 Tuntutan Nafkah Anak');
      expect(page.text).toContain("Pihak-pihak : Nor'ain binti Abdullah lwn. Kamal bin Yusof");
      expect(page.text).toContain('Mahkamah : Mahkamah Rendah Syariah Petaling');
      expect(page.text).toContain('Ruj. Kami : 10005-024-0905-2026');
      expect(page.text).toContain('Tarikh : Sabtu, 28 November 2026 bersamaan 18 Jamadilakhir 1448H');
      expect(page.text).toContain(
        'Sekian, terima kasih. Saya yang menjalankan amanah, ....................................... b.p. Pendaftar Mahkamah Rendah Syariah Petaling',
      );
      expect(page.text).toContain('JABATAN KEHAKIMAN SYARIAH NEGERI SELANGOR DARUL EHSAN');
      expect(page.text).toMatch(/sistem e- ?Syariah \(ESV3\)/);
      expect(page.text).not.toContain('SALINAN');
    }
    expect(pages[0]?.text).toContain(
      "Kepada: NOR'AIN BINTI ABDULLAH No. 12, Jalan Dato Bandar Tunggal 70000 Seremban (Plaintif)",
    );
    expect(pages[1]?.text).toContain('Kepada: KAMAL BIN YUSOF');
    expect(pages[1]?.text).toContain('(Defendan)');
  });

  it('renders the same bytes each time, and a reprint is stamped SALINAN', async () => {
    const a = await renderPdf(numberNoticeDoc(notice, sampleHeader, false));
    const b = await renderPdf(numberNoticeDoc(notice, sampleHeader, false));
    expect(Buffer.compare(a, b)).toBe(0);
    const copy = await readPdf(await renderPdf(numberNoticeDoc(notice, sampleHeader, true)));
    expect(copy[0]?.text).toContain('SALINAN');
  });

  it('reprints a notice issued before Ruj. Kami and the Hijri date were printed as it was issued', async () => {
    const { reference: _reference, issuedOnHijri: _hijri, ...older } = notice;
    const pages = await readPdf(await renderPdf(numberNoticeDoc(older, sampleHeader, true)));
    expect(pages[0]?.text).toContain('No. Kes Baharu : 10005-024-0905-2026 Tarikh : Sabtu, 28 November 2026');
    expect(pages[0]?.text).not.toContain('Ruj. Kami');
    expect(pages[0]?.text).not.toContain('bersamaan');
  });
});
