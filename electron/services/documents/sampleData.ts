import { courtDate } from '@shared/time';
import type { AppointmentListData } from './appointmentListDoc';
/** Example receipts and a day close, for the document tests, the sample PDFs and the benchmark. */
import type { PaymentMethod, Sen } from '@shared/domain';
import type {
  DayCloseFeeTotal,
  DayCloseMethodTotal,
  DayCloseView,
  ReceiptHeader,
  ReceiptItemView,
  ReceiptView,
} from '@shared/receiptViews';
import { ringgitInWords } from '@shared/ringgitWords';
import type { NumberNoticeData } from './numberNoticeDoc';
import type { CourtFormData } from './courtFormDoc';

export const sampleHeader: ReceiptHeader = {
  courtName: 'Mahkamah Rendah Syariah Petaling',
  stateName: 'Selangor',
  departmentName: 'Jabatan Kehakiman Syariah Negeri Selangor',
};

type Line = [feeCode: string, description: string, amountSen: Sen];

export function sampleReceipt(overrides: Partial<ReceiptView> & { lines?: Line[] } = {}): ReceiptView {
  const { lines, ...rest } = overrides;
  const items: ReceiptItemView[] = (
    lines ?? [
      ['F001', 'Fi pendaftaran saman / permohonan', 10000],
      ['F014', 'Fi afidavit', 1000],
      ['F020', 'Fi ekshibit (setiap satu)', 1050],
    ]
  ).map(([feeCode, description, amountSen], i) => ({
    line: i + 1,
    feeCode,
    description,
    quantity: 1,
    amountSen,
    exemptReason: null,
  }));
  const totalSen = items.reduce((sum, item) => sum + item.amountSen, 0);
  const base: ReceiptView = {
    id: 123,
    receiptNumber: '10003-K1-2026-000123',
    issuedAt: '2026-11-28T02:15:42.000Z',
    issuedBy: 'Nur Aisyah binti Kamarudin',
    counterId: 'K1',
    caseId: 77,
    caseNumber: '10003-024-0769-2026',
    payerName: 'Ahmad Faizal bin Abdul Rahman',
    payerIdNumber: '850412-10-5523',
    method: 'CASH',
    chequeBank: null,
    methodReference: null,
    tenderedSen: 15000,
    changeSen: 15000 - totalSen,
    totalSen,
    roundingSen: 0,
    collectionDate: '2026-11-28',
    amountInWords: ringgitInWords(totalSen, 'SEN_BEFORE'),
    items,
    kew38Serial: null,
    igfmasRef: null,
    ispeksRef: null,
    note: null,
    status: 'ISSUED',
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    replacesReceiptId: null,
    replacesReceiptNumber: null,
    replacedByReceiptId: null,
    replacedByReceiptNumber: null,
    pdfSha256: null,
  };
  // Paid on its own court day unless a test says otherwise (a payment after the day's close).
  return { ...base, collectionDate: courtDate(new Date(rest.issuedAt ?? base.issuedAt)), ...rest };
}

/** RM 21.03 of fees paid in cash where the court rounds cash to 5 sen: RM 21.05 paid, +0.02 on the receipt. */
export const sampleRounded = (): ReceiptView =>
  sampleReceipt({
    lines: [
      ['F001', 'Fi pendaftaran saman / permohonan', 2000],
      ['F030', 'Salinan diperakui', 103],
    ],
    roundingSen: 2,
    tenderedSen: 5000,
    changeSen: 2895,
    amountInWords: 'Ringgit Malaysia Dua Puluh Satu dan Sen Lima Sahaja',
  });

export const sampleCancelled = (): ReceiptView =>
  sampleReceipt({
    method: 'CHEQUE',
    chequeBank: 'Maybank',
    methodReference: '004512',
    tenderedSen: null,
    changeSen: null,
    status: 'CANCELLED',
    cancelledAt: '2026-11-28T03:02:10.000Z',
    cancelledBy: 'Hj. Mohd Rizal bin Othman',
    cancelReason: 'Nama pembayar tersalah eja',
    replacedByReceiptNumber: '10003-K1-2026-000124',
  });

const PAYERS = [
  'Siti Khadijah binti Ismail',
  'Muhammad Hafiz bin Zainal Abidin',
  'Nor Azlina binti Mohd Yusof',
  'Wan Ahmad Zaki bin Wan Ibrahim',
  'Tetuan Rashid & Rakan (Peguam Syarie)',
  'Farah Nadia binti Hashim',
  'Mohd Khairul Anuar bin Saad',
  'Rosnah binti Abdullah',
];
const METHODS: PaymentMethod[] = [
  'CASH',
  'CASH',
  'CHEQUE',
  'CASH',
  'CARD',
  'EFT',
  'MONEY_ORDER',
  'CASH',
  'POSTAL_ORDER',
];
const FEES: Line[] = [
  ['F001', 'Fi pendaftaran saman / permohonan', 10000],
  ['F014', 'Fi afidavit', 1000],
  ['F020', 'Fi ekshibit (setiap satu)', 1050],
  ['F031', 'Fi salinan diperakui (setiap muka surat)', 500],
  ['F040', 'Fi notis / sapina', 2000],
];

/** A day of `count` receipts from 08:30, two of them cancelled (and replaced by the next one). */
export function sampleDayClose(count = 25): DayCloseView {
  const receipts: ReceiptView[] = [];
  for (let i = 0; i < count; i++) {
    const running = 101 + i;
    const method = METHODS[i % METHODS.length] ?? 'CASH';
    const lines: Line[] = [FEES[i % FEES.length], ...(i % 3 === 0 ? [FEES[(i + 1) % FEES.length]] : [])].filter(
      (line): line is Line => line !== undefined,
    );
    const total = lines.reduce((sum, line) => sum + line[2], 0);
    const cancelled = i === 4 || i === 17;
    const issuedAt = new Date(Date.parse('2026-11-28T00:30:00Z') + i * 13 * 60_000).toISOString();
    receipts.push(
      sampleReceipt({
        id: running,
        receiptNumber: `10003-K1-2026-${String(running).padStart(6, '0')}`,
        issuedAt,
        payerName: PAYERS[i % PAYERS.length] ?? 'Pembayar',
        caseNumber: `10003-0${20 + (i % 5)}-${String(700 + i).padStart(4, '0')}-2026`,
        method,
        chequeBank: method === 'CHEQUE' ? 'Bank Islam' : null,
        methodReference: method === 'CASH' ? null : `REF${1000 + i}`,
        tenderedSen: method === 'CASH' ? Math.ceil(total / 5000) * 5000 : null,
        changeSen: method === 'CASH' ? Math.ceil(total / 5000) * 5000 - total : null,
        lines,
        ...(cancelled
          ? {
              status: 'CANCELLED' as const,
              cancelledAt: new Date(Date.parse(issuedAt) + 5 * 60_000).toISOString(),
              cancelledBy: 'Hj. Mohd Rizal bin Othman',
              cancelReason: 'Amaun fi tersilap',
              replacedByReceiptNumber: `10003-K1-2026-${String(running + 1).padStart(6, '0')}`,
            }
          : {}),
      }),
    );
  }
  const valid = receipts.filter((r) => r.status === 'ISSUED');
  const byMethod = new Map<PaymentMethod, DayCloseMethodTotal>();
  const byFee = new Map<string, DayCloseFeeTotal>();
  for (const r of valid) {
    const m = byMethod.get(r.method) ?? { method: r.method, count: 0, totalSen: 0 };
    m.count += 1;
    m.totalSen += r.totalSen;
    byMethod.set(r.method, m);
    for (const item of r.items) {
      const f = byFee.get(item.feeCode) ?? {
        feeCode: item.feeCode,
        description: item.description,
        count: 0,
        totalSen: 0,
      };
      f.count += item.quantity;
      f.totalSen += item.amountSen;
      byFee.set(item.feeCode, f);
    }
  }
  const totalSen = valid.reduce((sum, r) => sum + r.totalSen, 0);
  const cashExpectedSen = byMethod.get('CASH')?.totalSen ?? 0;
  const cashCountedSen = cashExpectedSen - 1000;
  return {
    date: '2026-11-28',
    counterId: 'K1',
    closed: true,
    version: 1,
    closes: [
      {
        version: 1,
        closedAt: '2026-11-28T09:20:00.000Z',
        preparedBy: 'Nur Aisyah binti Kamarudin',
        checkedBy: 'Hj. Mohd Rizal bin Othman',
        cashCountedSen,
        cashExpectedSen,
        totalSen,
        differenceNote: 'Kurang RM 10.00: dilaporkan kepada Pendaftar',
      },
    ],
    reopens: [],
    roundingSen: 0,
    differenceNote: 'Kurang RM 10.00: dilaporkan kepada Pendaftar',
    receipts,
    firstReceiptNumber: receipts[0]?.receiptNumber ?? null,
    lastReceiptNumber: receipts.at(-1)?.receiptNumber ?? null,
    issuedCount: valid.length,
    cancelledCount: receipts.length - valid.length,
    totalSen,
    byMethod: [...byMethod.values()],
    byFee: [...byFee.values()].sort((a, b) => a.feeCode.localeCompare(b.feeCode)),
    cashExpectedSen,
    cashCountedSen,
    differenceSen: cashCountedSen - cashExpectedSen,
    preparedBy: 'Nur Aisyah binti Kamarudin',
    preparedAt: '2026-11-28T09:05:00.000Z',
    checkedBy: 'Hj. Mohd Rizal bin Othman',
    checkedAt: '2026-11-28T09:20:00.000Z',
  };
}

/** A number-change notice to both parties of a case ESV3 renumbered on recovery. */
export const sampleNumberNotice: NumberNoticeData = {
  oldCaseNumber: '10005-024-0770-2026',
  newCaseNumber: '10005-024-0905-2026',
  caseTypeCode: '024',
  caseTypeName: 'Tuntutan Nafkah Anak',
  partiesLine: "Nor'ain binti Abdullah lwn. Kamal bin Yusof",
  issuedAt: '2026-11-28T02:15:00.000Z',
  reference: '10005-024-0905-2026',
  issuedOnHijri: '18 Jamadilakhir 1448H',
  parties: [
    {
      name: "Nor'ain binti Abdullah",
      roleLabel: 'Plaintif',
      address: 'No. 12, Jalan Dato Bandar Tunggal\n70000 Seremban',
    },
    { name: 'Kamal bin Yusof', roleLabel: 'Defendan', address: null },
  ],
};

/** A day's appointment list: a morning with a corrected no-show and a registration, an empty afternoon. */
export const sampleAppointmentList: AppointmentListData = {
  header: sampleHeader,
  dateLine: 'Isnin, 30 November 2026 bersamaan 19 Jamadilakhir 1448H',
  sessions: [
    {
      title: 'Sesi Pagi (8.30 pagi – 12.30 petang)',
      room: '3 daripada 10 tempat',
      rows: [
        {
          reference: 'JT-K1-2026-0001',
          name: "Nor'ain binti Abdullah",
          identity: 'No. K/P 850101-10-5124',
          purpose: '024 Tuntutan Nafkah Anak',
          note: 'Bawa sijil kelahiran anak',
          phone: '012-3456789',
          status: 'Ditempah',
        },
        {
          reference: 'JT-K1-2026-0002',
          name: 'Mohd Rizal bin Kamarudin',
          identity: 'No. Pasport A12345678',
          purpose: '017 Tuntutan Harta Sepencarian',
          note: null,
          phone: '019-8887766',
          status: 'Telah didaftarkan: 10003-017-0042-2026',
        },
        {
          reference: 'JT-K1-2026-0003',
          name: 'Siti Aisyah binti Yusof',
          identity: 'No. K/P 900315-05-5012',
          purpose: '024 Tuntutan Nafkah Anak',
          note: null,
          phone: '013-2223344',
          status: 'Ditempah (tidak hadir dibetulkan)',
        },
      ],
    },
    { title: 'Sesi Petang (2.00 petang – 4.30 petang)', room: '0 daripada 10 tempat', rows: [] },
  ],
  printedLine: 'Dicetak 30/11/2026 8.15 pagi · Kaunter K1',
  generatedAt: '2026-11-30T00:15:00.000Z',
};

/** A Saman with a long defendant's name and a 300-character address, the case that once left the Pendaftar alone. */
export const sampleCourtForm: CourtFormData = {
  form: 'SAMAN',
  caseNumber: '05005-024-0770-2026',
  courtLevelName: 'MAHKAMAH RENDAH SYARIAH',
  courtPlace: 'SEREMBAN',
  stateLine: 'NEGERI SEMBILAN DARUL KHUSUS',
  claimants: [{ name: 'Siti Aminah binti Yusof', idLine: 'No. K/P 850101-10-5124', address: null }],
  respondents: [
    {
      name: `Ahmad Faizal ${'Hakimi Syazwan '.repeat(8)}bin Hassan`.slice(0, 150),
      idLine: 'No. K/P 800202-05-5127',
      address:
        `Lot 5, ${'Jalan Sultan Abdul Samad, Taman Seri Bayu, Kampung Gebok, '.repeat(5)}71450 Sungai Gadut`.slice(
          0,
          300,
        ),
    },
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
};

/** A 30-line receipt: runs to later pages, each headed with the number and Muka surat. */
export const sampleLongReceipt = (): ReceiptView =>
  sampleReceipt({
    receiptNumber: '10003-K1-2026-000130',
    lines: Array.from({ length: 30 }, (_, i): Line => [
      `F0${String(i + 10)}`,
      `Fi ekshibit (setiap satu) bagi dokumen ke-${i + 1}`,
      2500,
    ]),
    method: 'EFT',
    methodReference: 'FPX2026112801',
    tenderedSen: null,
    changeSen: null,
  });
