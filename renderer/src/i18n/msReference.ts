/**
 * Reference data from ESV3 (Bahasa Melayu): importing the last numbers ESV3 issued and its cause book
 * (buku kausa), and looking cases up in it. Not `as const`, so enReference.ts can share its shape.
 */
export const msReference = {
  tab: 'Data rujukan ESV3',
  intro:
    'Import fail daripada ICT negeri: nombor kes terakhir yang dikeluarkan ESV3, dan buku kausa ESV3 untuk mencari kes sedia ada. Pratonton ditunjukkan dahulu; tiada apa-apa diubah sebelum anda mengesahkan.',
  chooseFile: 'Pilih fail (CSV atau XLSX)',
  fileHint: (mb: number) => `Paling besar ${mb} MB. CSV dalam UTF-8 atau Windows-1252 (Excel), atau XLSX.`,
  tooLarge: (name: string, mb: string, limit: number) =>
    `Fail ${name} terlalu besar (${mb} MB). Had fail import ialah ${limit} MB: minta ICT mengeksport mengikut tahun atau jenis kes.`,
  reading: 'Membaca fail…',
  file: {
    name: 'Fail',
    format: 'Format',
    rows: 'Baris dibaca',
    sha256: 'SHA-256',
  },
  problems: {
    title: (n: number) => `${n} baris tidak dibaca atau ditolak`,
    none: 'Semua baris dapat dibaca.',
    line: 'Baris',
    reason: 'Sebab',
  },
  apply: 'Sahkan dan import',
  applying: 'Mengimport…',
  cancel: 'Batal',
  numbers: {
    title: 'Import nombor kes terakhir ESV3',
    intro:
      'Satu baris bagi setiap kod kes dan tahun dengan nombor terakhir (lajur Kod kes, Tahun, Nombor terakhir; Kod mahkamah jika ada), atau senarai No. kes: nombor tertinggi setiap siri diambil. Nombor yang lebih rendah daripada nombor yang telah dikeluarkan kaunter ini ditolak.',
    shapeTable: 'Jadual nombor terakhir',
    shapeList: 'Senarai No. kes (nombor tertinggi setiap siri diambil)',
    changesTitle: 'Yang akan diubah',
    caseType: 'Kod kes',
    allTypes: 'Semua',
    year: 'Tahun',
    before: 'Sekarang',
    after: 'Dari fail',
    kind: 'Perubahan',
    kinds: { NEW: 'Baharu', RAISE: 'Dinaikkan', LOWER: 'Diturunkan', SAME: 'Tiada perubahan' },
    nothing: 'Tiada nombor untuk diubah.',
    done: (n: number) => `${n} nombor terakhir ESV3 dikemas kini. Penomboran bersambung selepasnya.`,
  },
  causeBook: {
    title: 'Import buku kausa ESV3',
    intro:
      'Buku kausa yang dicetak atau dieksport daripada ESV3 (No. kes, tarikh daftar, jenis kes, pihak). Disimpan sebagai data rujukan sahaja: kes ini bukan rekod kaunter ini dan tidak dieksport semula.',
    paste: 'Atau tampal / taip senarai (satu kes sebaris; lajur dipisah dengan tab, koma atau koma bertitik)',
    pasteButton: 'Pratonton senarai ditampal',
    pastedName: 'senarai-ditampal.txt',
    mappingTitle: 'Padankan lajur',
    mappingIntro: 'Tajuk lajur fail tidak dikenali. Pilih lajur bagi setiap maklumat; No. kes dan Pihak wajib.',
    fields: {
      caseNumber: 'No. kes',
      registeredOn: 'Tarikh daftar',
      caseType: 'Jenis kes',
      parties: 'Pihak',
      idNumbers: 'No. K/P',
    },
    noColumn: '— tiada —',
    column: (n: number, header: string) => `Lajur ${n}: ${header}`,
    sampleTitle: 'Baris pertama fail',
    previewMapping: 'Pratonton dengan padanan ini',
    rowsTitle: 'Contoh kes yang akan disimpan',
    counts: (add: number, update: number, same: number) =>
      `${add} kes baharu, ${update} dikemas kini, ${same} sudah ada dan sama.`,
    previous: (at: string, by: string) => `Fail yang sama telah diimport pada ${at} oleh ${by}.`,
    kinds: { ADD: 'Baharu', UPDATE: 'Kemas kini', SAME: 'Sama' },
    done: (added: number, updated: number, total: number) =>
      `${added} kes ditambah dan ${updated} dikemas kini. ${total} kes rujukan kesemuanya.`,
    historyTitle: 'Import buku kausa terdahulu',
    noHistory: 'Belum ada buku kausa diimport.',
    importedAt: 'Diimport',
    importedBy: 'Oleh',
    added: 'Baharu',
    updated: 'Dikemas kini',
    refused: 'Ditolak',
  },
  lookup: {
    title: 'Dalam buku kausa ESV3 (rujukan)',
    none: 'Tiada kes sepadan dalam buku kausa ESV3 yang diimport.',
    use: 'Guna kes ini',
    marker: (file: string, date: string) => `Rujukan buku kausa ESV3 (${file}, ${date})`,
    chosen: 'Maklumat kes diisi daripada buku kausa ESV3. Semak dengan dokumen pihak sebelum menyimpan.',
    registeredOn: (date: string) => `didaftarkan ${date}`,
  },
  audit: {
    'lastNumbers.import': 'Nombor terakhir ESV3 diimport daripada fail ICT',
    'causeBook.import': 'Buku kausa ESV3 diimport (data rujukan)',
  },
};
