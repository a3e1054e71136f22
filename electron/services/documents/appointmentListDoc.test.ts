import { describe, expect, it } from 'vitest';
import { appointmentListDoc, type AppointmentListData } from './appointmentListDoc';
import { cellText, definitionText, tablesOf } from './testing';

const DATA: AppointmentListData = {
  header: {
    courtName: 'Mahkamah Rendah Syariah Seremban',
    stateName: 'Negeri Sembilan',
    departmentName: 'Jabatan Kehakiman Syariah Negeri Sembilan',
  },
  dateLine: 'Isnin, 30 November 2026 bersamaan 19 Jamadilakhir 1448H',
  sessions: [
    {
      title: 'Sesi Pagi (8.30 pagi – 12.30 petang)',
      room: '1 daripada 10 tempat',
      rows: [
        {
          reference: 'JT-K1-2026-0001',
          name: "Nor'ain binti Abdullah",
          identity: 'No. K/P 850101-10-5124',
          purpose: '024 Tuntutan Nafkah Anak',
          note: 'Bawa surat beranak anak',
          phone: '012-3456789',
          status: 'Ditempah',
        },
      ],
    },
    { title: 'Sesi Petang (2.00 petang – 4.30 petang)', room: '0 daripada 10 tempat', rows: [] },
  ],
  printedLine: 'Dicetak 28/11/2026 9.00 pagi · Kaunter K1',
  generatedAt: '2026-11-28T01:00:00.000Z',
};

describe('appointmentListDoc', () => {
  it('heads the list with the court and the date in both calendars, one table per session', () => {
    const def = appointmentListDoc(DATA);
    const text = definitionText(def);
    expect(text).toContain('JABATAN KEHAKIMAN SYARIAH NEGERI SEMBILAN DARUL KHUSUS MAHKAMAH RENDAH SYARIAH SEREMBAN');
    expect(text).toContain('SENARAI JANJI TEMU Isnin, 30 November 2026 bersamaan 19 Jamadilakhir 1448H');
    expect(text).toContain('Jumlah: 1 janji temu');
    const tables = tablesOf(def);
    expect(tables).toHaveLength(2);
    expect(tables[0]?.body[0]?.map(cellText)).toEqual([
      'Bil',
      'Nama',
      'No. Pengenalan',
      'Urusan',
      'No. Telefon',
      'Status',
      'Hadir',
    ]);
    expect(tables[0]?.body[1]?.map(cellText)).toEqual([
      '1',
      "Nor'ain binti Abdullah JT-K1-2026-0001",
      'No. K/P 850101-10-5124',
      '024 Tuntutan Nafkah Anak Bawa surat beranak anak',
      '012-3456789',
      'Ditempah',
      '',
    ]);
    expect(cellText(tables[1]?.body[1]?.[0])).toBe('Tiada janji temu dalam sesi ini.');
    expect(text).toContain('Sesi Petang (2.00 petang – 4.30 petang) 0 daripada 10 tempat');
    expect(def.pageSize).toBe('A4');
  });
});
