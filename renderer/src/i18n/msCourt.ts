/** Wording of the court folder: Tetapan → Folder mahkamah, the court search, the status bar (Bahasa Melayu). */
export const msCourt = {
  tab: 'Folder mahkamah',
  intro:
    'Kaunter-kaunter mahkamah ini berkongsi rekod melalui satu folder yang dapat dicapai oleh semua kaunter (folder kongsi Windows pada pelayan mahkamah, atau folder Syncthing). Setiap kaunter menulis dalam subfoldernya sendiri sahaja; kaunter tetap berfungsi seperti biasa apabila folder itu tidak dapat dicapai.',
  folderTitle: 'Lokasi folder',
  folderLabel: 'Laluan folder mahkamah (cth. \\\\pelayan\\mahkamah atau D:\\Syncthing\\Mahkamah)',
  enrolFirst:
    'Daftarkan kaunter-kaunter lain mahkamah ini dahulu (di bawah), kemudian tetapkan folder: rekod yang diterbitkan sebelum sesuatu kaunter didaftarkan di sini tidak dapat dibaca oleh kaunter itu.',
  folderNone: 'Belum ditetapkan: kaunter ini tidak berkongsi rekod.',
  folderNow: (folder: string) => `Folder semasa: ${folder}`,
  save: 'Simpan folder',
  clear: 'Berhenti berkongsi',
  savedNotice: 'Folder mahkamah disimpan. Kaunter ini akan menerbitkan rekodnya dan membaca rekod kaunter lain.',
  clearedNotice: 'Kaunter ini tidak lagi berkongsi rekod melalui folder mahkamah.',
  ownTitle: 'Kaunter ini',
  ownFingerprint: 'Cap jari kunci peranti (untuk slip persediaan)',
  ownKey: 'Kunci awam kaunter ini (berikan kepada kaunter lain bersama slip persediaan)',
  saveOwnKey: 'Simpan fail kunci awam (.asc)',
  noKey: 'Belum ada kunci peranti. Cetak slip persediaan di Tetapan → Kunci dan Eksport.',
  published: (segments: number) => `${segments} segmen`,
  lastPublished: 'Terakhir diterbitkan',
  never: 'Belum pernah',
  countersTitle: 'Kaunter lain',
  counter: 'Kaunter',
  fingerprint: 'Cap jari',
  enrolledAt: 'Didaftarkan',
  arrived: 'Segmen terakhir diterima',
  state: 'Keadaan',
  active: 'Aktif',
  revoked: (at: string) => `Dibatalkan ${at}`,
  revoke: 'Batalkan kunci',
  revokeReason: 'Sebab pembatalan (cth. PC kaunter diganti)',
  revokeConfirm: (counter: string) => `Batalkan kunci kaunter ${counter}`,
  revokedNotice:
    'Kunci kaunter dibatalkan. Segmennya tidak lagi dibaca dan rekod kaunter ini tidak lagi disulitkan kepadanya.',
  noCounters: 'Belum ada kaunter lain didaftarkan.',
  enrolTitle: 'Daftarkan kaunter lain',
  enrolIntro:
    'Ambil fail kunci awam (.asc) kaunter itu dan slip persediaannya. Taip cap jari seperti yang tercetak pada slip: kunci hanya didaftarkan jika cap jari itu sama.',
  enrolCounter: 'Kod kaunter (cth. K1)',
  enrolFile: 'Fail kunci awam (.asc)',
  enrolText: 'atau tampal kunci awam',
  enrolFingerprint: 'Cap jari pada slip persediaan',
  enrol: 'Daftarkan kaunter',
  enrolledNotice: (counter: string) => `Kaunter ${counter} didaftarkan.`,
  // The court search
  otherCounter: (counter: string) => `Kaunter ${counter}`,
  courtResults: 'Kes di kaunter lain mahkamah ini',
  courtResultsNote:
    'Rekod kaunter lain: tidak boleh diubah di sini, tetapi dokumen dan bayaran bagi kes itu boleh diterima di kaunter ini.',
  onlyCourtResults: 'Tiada kes sepadan di kaunter ini. Kes di bawah didaftarkan di kaunter lain mahkamah ini.',
  // The read-only case view
  readOnlyTitle: (counter: string) => `Rekod Kaunter ${counter} (lihat sahaja)`,
  readOnlyNote: (counter: string, asOf: string) =>
    `Kes ini didaftarkan di Kaunter ${counter}. Ini salinan rekod kaunter itu seperti yang diterima dari folder mahkamah pada ${asOf}; ia tidak boleh diubah di kaunter ini.`,
  parties: 'Pihak',
  filings: 'Dokumen diterima',
  receipts: 'Resit',
  noFilings: 'Tiada dokumen.',
  noReceipts: 'Tiada resit.',
  back: 'Kembali ke Buku Daftar',
  // Terima dokumen / Terima bayaran on the case, at this counter
  receiveTitle: 'Terima di kaunter ini',
  receiveNote: (counter: string) =>
    `Dokumen dan bayaran yang diterima di sini ialah rekod kaunter ini (resit bernombor kaunter ini), merujuk kes Kaunter ${counter} ini dengan nombor kesnya.`,
  takePayment: 'Terima bayaran',
  heldHere: (counter: string) =>
    `Kes Kaunter ${counter} ini telah direkodkan di kaunter ini kerana dokumen atau bayaran diterima padanya di sini.`,
  openHeld: 'Buka rekod kes di kaunter ini',
  payFor: (counter: string) => `Kes Kaunter ${counter}`,
  backToCourtCase: (counter: string) => `Kembali ke kes Kaunter ${counter}`,
  // The case detail of a case taken here
  originNote: (counter: string) =>
    `Kes ini didaftarkan di Kaunter ${counter}. Dokumen dan resit di bawah ialah rekod kaunter ini.`,
  viewOrigin: (counter: string) => `Lihat rekod Kaunter ${counter}`,
  // The status bar
  statusArrived: (counter: string, ago: string) => `${counter}: ${ago} lalu`,
  statusJustNow: (counter: string) => `${counter}: baru sahaja`,
  statusNothing: (counter: string) => `${counter}: belum diterima`,
  statusArrivedAt: (counter: string, at: string) => `Segmen terakhir Kaunter ${counter} diterima ${at}`,
  statusProblem: (counter: string) => `${counter}: masalah rekod`,
  statusUnreachable: 'Folder mahkamah',
} as const;
