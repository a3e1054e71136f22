const range = (first: number, last: number): string => (first === last ? `no. ${first}` : `no. ${first}–${last}`);

/** Tetapan → Sandaran: backups of the ledger and restoring one. */
export const msBackup = {
  intro:
    'Salinan pangkalan data dibuat ke folder pada cakera kedua atau pemacu USB: setiap kali kaunter ditutup dan setiap beberapa minit. Setiap salinan dibuka semula dan disemak sebelum disimpan.',
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
  check: 'Semak dan pulihkan…',
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
  passphrase: {
    title: 'Frasa laluan pemulihan mahkamah',
    intro:
      'Setiap sandaran disulitkan: hanya boleh dibuka dengan frasa laluan ini atau kunci ICT. Simpan frasa laluan di tempat selamat (sampul bermeterai dalam peti besi); tanpanya sandaran tidak boleh dipulihkan pada komputer baharu.',
    isSet: (fingerprint: string, at: string) => `Ditetapkan ${at}. Cap jari kunci pemulihan: ${fingerprint}`,
    notSet:
      'Frasa laluan pemulihan belum ditetapkan: sandaran tidak dibuat sehingga ia ditetapkan (atau kunci ICT diimport).',
    field: 'Frasa laluan pemulihan',
    hint: 'Sekurang-kurangnya 12 aksara. Gunakan beberapa perkataan, cth. empat perkataan dan satu nombor.',
    confirm: 'Taip semula frasa laluan',
    mismatch: 'Frasa laluan tidak sama. Taip semula.',
    required: 'Isikan frasa laluan pemulihan.',
    change: 'Tetapkan frasa laluan…',
    submit: 'Tetapkan frasa laluan',
    warning:
      'Sandaran baharu akan disulitkan dengan frasa laluan ini. Sandaran lama masih dibuka dengan frasa laluan lama.',
    saved: 'Frasa laluan pemulihan ditetapkan.',
  },
  unlock: {
    passphrase: 'Frasa laluan pemulihan (atau kosongkan dan tampal kunci ICT)',
    secretKey: 'Kunci rahsia ICT (pilihan, tampal fail .asc)',
  },
  signedBy: (fingerprint: string, seq: number) =>
    `Ditandatangani oleh kunci peranti ${fingerprint} (peristiwa audit #${seq})`,
  signature: 'Tandatangan',
  plainBackup: 'Sandaran lama tanpa sulitan.',
  firstRun: {
    choose: 'Kaunter baharu atau komputer baharu?',
    setupTab: 'Tetapan Awal',
    restoreTab: 'Pulihkan daripada sandaran',
    intro:
      'Komputer lama rosak atau hilang? Pulihkan pangkalan data kaunter daripada sandaran pada pemacu USB. Salin fail sandaran (.sqlite.pgp) bersama fail kunci pemulihan (…-kunci-pemulihan.asc) yang berada di sebelahnya.',
    file: 'Fail sandaran (laluan penuh)',
    fileHint: 'Contoh: E:\\SandaranKaunter\\kaunter-K1-20261128-170000.sqlite.pgp',
    check: 'Semak sandaran',
    checking: 'Menyemak…',
    holds: 'Sandaran ini mengandungi',
    restore: 'Pulihkan sandaran ini',
    restoring: 'Memulihkan…',
    done: 'Pangkalan data dipulihkan. Log masuk dengan PIN anda seperti biasa.',
    signIn: 'Log masuk',
  },
  dataFolder: {
    title: 'Folder data',
    intro:
      'Folder yang menyimpan pangkalan data kaunter ini. Folder baharu digunakan apabila aplikasi dibuka semula; folder lama tidak diubah atau dipadam. Folder kosong bermakna bermula semula dengan Tetapan Awal.',
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
    newFolderHint:
      'Laluan penuh, cth. D:\\KaunterSandaran. Folder yang sudah mengandungi pangkalan data akan dibuka seperti sedia ada.',
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
