const range = (first: number, last: number): string => (first === last ? `no. ${first}` : `no. ${first}–${last}`);

/** Tetapan → Sandaran: backups of the ledger and restoring one. */
export const msBackup = {
  intro:
    'Salinan pangkalan data dibuat ke folder pada cakera kedua atau pemacu USB: pada setiap tutup kaunter dan setiap beberapa minit. Setiap salinan dibuka semula dan disemak sebelum disimpan.',
  dir: 'Folder sandaran',
  dirHint: 'Contoh: E:\\SandaranKaunter (pemacu USB) atau D:\\Sandaran. Bukan folder data aplikasi.',
  everyMinutes: 'Buat sandaran setiap (minit)',
  keep: 'Bilangan sandaran disimpan',
  save: 'Simpan tetapan sandaran',
  saved: 'Tetapan sandaran disimpan.',
  runNow: 'Buat sandaran sekarang',
  running: 'Membuat sandaran…',
  lastGood: 'Sandaran baik terakhir',
  never: 'Belum ada sandaran',
  lastFailure: 'Sandaran terakhir gagal',
  noFolder: 'Folder sandaran belum dipilih: tiada sandaran dibuat. Pilih folder di bawah.',
  files: 'Sandaran dalam folder',
  noFiles: 'Tiada sandaran dalam folder ini lagi. Tekan “Buat sandaran sekarang”.',
  name: 'Fail',
  madeAt: 'Dibuat',
  size: 'Saiz',
  holds: 'Kandungan',
  check: 'Semak & pulihkan…',
  compareTitle: (name: string) => `Pulihkan ${name}?`,
  backupHolds: 'Sandaran ini',
  currentHolds: 'Pangkalan data semasa',
  facts: (cases: number, receipts: number, events: number) =>
    `${cases} kes, ${receipts} resit, ${events} peristiwa audit`,
  lastEvent: 'Rekod terakhir',
  sameHistory: 'Sejarah sandaran sama dengan permulaan sejarah semasa.',
  otherHistory: 'AMARAN: sejarah sandaran ini berbeza daripada pangkalan data semasa.',
  willLose: (cases: number, receipts: number, events: number) =>
    `Akan hilang jika dipulihkan: ${cases} kes, ${receipts} resit, ${events} peristiwa audit. Pangkalan data semasa diketepikan (tidak dipadam) dalam folder “diketepikan”.`,
  damaged: 'Sandaran ini gagal disemak dan tidak boleh dipulihkan',
  restoreWarning:
    'Pangkalan data semasa akan diketepikan dan digantikan dengan sandaran ini. Semua pengguna perlu log masuk semula.',
  restoreSubmit: 'Pulihkan sandaran',
  restored: (name: string, setAside: string) =>
    `Sandaran ${name} dipulihkan. Pangkalan data lama disimpan di ${setAside}.`,
  cancel: 'Batal',
  lostCases: (series: string, first: number, last: number) =>
    `Nombor kes siri ${series} ${range(first, last)} telah dikeluarkan selepas sandaran ini: nombor itu tidak akan digunakan semula. Rekodkan semula kes-kes itu daripada salinan kertas atau resit yang dipegang pihak.`,
  lostReceipts: (series: string, first: number, last: number) =>
    `Resit siri ${series} ${range(first, last)} telah dikeluarkan selepas sandaran ini: nombor itu tidak akan digunakan semula. Rekodkan semula bayaran itu daripada salinan resit.`,
  lostAppointments: (series: string, first: number, last: number) =>
    `Rujukan janji temu siri ${series} ${range(first, last)} telah dikeluarkan selepas sandaran ini: rujukan itu tidak akan digunakan semula. Rekodkan semula janji temu itu daripada slip yang dipegang orang awam.`,
  lostExports: (first: number, last: number) =>
    `Eksport ${range(first, last)} telah dibuat selepas sandaran ini: nombor eksport itu tidak akan digunakan semula. Fail eksport itu yang telah diserahkan kepada ICT kekal sah.`,
  asideUnreadable:
    'Pangkalan data lama tidak dapat dibaca: semak dengan ICT nombor kes dan resit terakhir yang telah dikeluarkan, dan tetapkan nombor terakhir ESV3 jika perlu.',
  dataFolder: {
    title: 'Folder data',
    intro:
      'Folder yang menyimpan lejar kaunter ini. Folder baharu digunakan apabila aplikasi dibuka semula; folder lama tidak diubah atau dipadam. Folder kosong bermakna bermula semula dengan Tetapan Awal.',
    current: 'Folder data semasa',
    next: 'Folder untuk pembukaan seterusnya',
    sameAsCurrent: 'Sama dengan folder semasa',
    restartNeeded: (folder: string) =>
      `Folder data baharu dipilih: ${folder}. Tutup dan buka semula Kaunter Sandaran untuk menggunakannya.`,
    unexported: 'Rekod belum dieksport',
    allExported: 'Semua rekod telah dieksport.',
    lastExport: (at: string) => `Eksport terakhir: ${at}`,
    neverExported: 'Belum pernah dieksport.',
    counts: (cases: number, receipts: number, filings: number, appointments: number) =>
      `${cases} kes, ${receipts} resit, ${filings} dokumen diterima, ${appointments} janji temu`,
    newFolder: 'Folder data baharu',
    newFolderHint: 'Laluan penuh, cth. D:\\KaunterSandaran. Folder yang sudah ada lejar akan dibuka seperti sedia ada.',
    choose: 'Tukar folder data…',
    confirmTitle: 'Rekod belum dieksport',
    confirmWarning: (total: number, counts: string, current: string) =>
      `${total} rekod (${counts}) belum dimasukkan ke dalam mana-mana eksport. Rekod ini kekal dalam ${current}, tetapi tidak ada dalam folder baharu. Sebaiknya buat eksport dahulu.`,
    confirmAck: (total: number) => `Saya faham: ${total} rekod belum dieksport tidak akan dibawa ke folder baharu.`,
    confirmSubmit: 'Tukar juga',
    chosen: (folder: string, holdsLedger: boolean) =>
      holdsLedger
        ? `Folder ${folder} sudah mengandungi lejar: lejar itu dibuka apabila aplikasi dibuka semula.`
        : `Folder ${folder} kosong: Tetapan Awal dijalankan apabila aplikasi dibuka semula.`,
  },
} as const;
