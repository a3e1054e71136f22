/** English for the refusals of ESV3 imports (last numbers, cause book) and their rows' reasons. */
export const esv3ImportMessages = {
  '"{caseNumber}" tidak mengikut format nombor kes mahkamah ini ({template}).':
    '"{caseNumber}" does not follow this court\'s case number format ({template}).',
  '{caseNumber} berulang (baris {earlier}); diabaikan.': '{caseNumber} repeated (line {earlier}); ignored.',
  '{caseNumber} membawa kod mahkamah {given}, bukan {courtCode}.':
    '{caseNumber} carries court code {given}, not {courtCode}.',
  '{caseNumber} membawa kod negeri {given}, bukan {stateCode}.':
    '{caseNumber} carries state code {given}, not {stateCode}.',
  '{series} diberi dua nombor berbeza (baris {firstLine}: {firstNumber}, baris {line}: {lastNumber}); kedua-duanya tidak diimport.':
    '{series} is given two different numbers (line {firstLine}: {firstNumber}, line {line}: {lastNumber}); neither is imported.',
  'Baris berulang (sama seperti baris {line}); diabaikan.': 'Repeated row (the same as line {line}); ignored.',
  'Data telah berubah sejak pratonton dibuat. Semak pratonton semula, kemudian sahkan.':
    'The data changed since the preview was made. Check the preview again, then confirm.',
  'Fail {fileName} hanya mengandungi tajuk lajur: tiada baris untuk diimport.':
    'File {fileName} holds only column headings: no rows to import.',
  'Fail {fileName} kosong: tiada baris untuk diimport. Tiada apa-apa diubah.':
    'File {fileName} is empty: no rows to import. Nothing was changed.',
  'Fail {fileName} terlalu besar ({mb} MB). Had fail import ialah {limit} MB: minta ICT mengeksport mengikut tahun atau jenis kes.':
    'File {fileName} is too large ({mb} MB). The import limit is {limit} MB: ask ICT to export by year or by case type.',
  'Fail {fileName} tidak dapat dibaca sebagai CSV: {why}': 'File {fileName} cannot be read as CSV: {why}',
  'Fail {fileName} tidak dapat dibaca sebagai XLSX: {why}': 'File {fileName} cannot be read as XLSX: {why}',
  'Fail terlalu besar. Had fail import ialah {limit} MB.': 'The file is too large. The import limit is {limit} MB.',
  'Import ini tidak lagi disimpan. Pilih fail semula.': 'This import is no longer kept. Choose the file again.',
  'Import tidak dapat dibaca semula.': 'The import could not be read again.',
  'Import tidak dikenali. Pilih fail semula.': 'Import not recognised. Choose the file again.',
  'Kandungan fail tidak sah.': 'The file content is not valid.',
  'Kaunter ini mengira satu siri bagi semua kod kes: baris bagi kod kes {code} tidak digunakan.':
    'This counter keeps one series for all case codes: the row for case code {code} is not used.',
  'Kod kes "{code}" tiada dalam senarai jenis kes.': 'Case code "{code}" is not in the list of case types.',
  'Kod kes {code} dalam {caseNumber} tiada dalam senarai jenis kes.':
    'Case code {code} in {caseNumber} is not in the list of case types.',
  'Kod kes tiada.': 'No case code.',
  'Kod mahkamah {court} bukan mahkamah ini ({fullCourt}).': 'Court code {court} is not this court ({fullCourt}).',
  'Lajur fail {fileName} tidak dikenali ({headers}). Perlukan lajur "Kod kes", "Tahun" dan "Nombor terakhir", atau satu lajur "No. kes". Tiada apa-apa diubah.':
    'The columns of file {fileName} are not recognised ({headers}). Columns "Kod kes", "Tahun" and "Nombor terakhir" are needed, or one column "No. kes". Nothing was changed.',
  'Lajur No. kes dan Pihak mesti dipadankan / map the columns.':
    'The Case no. and Parties columns must be matched / map the columns.',
  'Nama fail terlalu panjang.': 'The file name is too long.',
  'Nama pihak bagi {caseNumber} terlalu panjang (lebih 500 aksara).':
    'The party names for {caseNumber} are too long (over 500 characters).',
  'Nama pihak bagi {caseNumber} tiada.': 'No party name for {caseNumber}.',
  'No. kes tiada.': 'No case number.',
  'Nombor {lastNumber} melebihi {runWidth} digit templat {template}.':
    'Number {lastNumber} has more than the {runWidth} digits of the template {template}.',
  'Nombor siri dalam {caseNumber} tidak sah bagi format {template}.':
    'The running number in {caseNumber} is not valid for the format {template}.',
  'Nombor terakhir "{last}" bukan nombor bulat yang sah.': 'Last number "{last}" is not a valid whole number.',
  'Nombor terakhir ESV3 {lastNumber} bagi {series} lebih rendah daripada nombor {issued} yang telah dikeluarkan kaunter ini: ditolak. Nombor yang telah dikeluarkan tidak boleh diberi semula; semak angka ini dengan ICT.':
    "ESV3's last number {lastNumber} for {series} is lower than number {issued} this counter has already issued: refused. An issued number can never be given again; check this figure with ICT.",
  'Padankan lajur No. kes dan Pihak dahulu.': 'Match the Case no. and Parties columns first.',
  'Pilih fail untuk diimport.': 'Choose a file to import.',
  'Pratonton tidak sah. Pilih fail semula.': 'The preview is not valid. Choose the file again.',
  'Tahun "{year}" tidak sah (2000 hingga {thisYear}).': 'Year "{year}" is not valid (2000 to {thisYear}).',
  'Tahun dalam {caseNumber} tidak munasabah.': 'The year in {caseNumber} is not plausible.',
  'Tarikh daftar "{registeredOn}" bagi {caseNumber} tidak difahami (cth. 03/11/2026).':
    'Registration date "{registeredOn}" for {caseNumber} is not understood (e.g. 03/11/2026).',
  'Tiada perubahan untuk diimport: semua nombor sudah sama.': 'Nothing to import: every number is already the same.',
  'Tiada perubahan: setiap kes dalam {fileName} telah pun ada dalam data rujukan.':
    'No change: every case in {fileName} is already in the reference data.',
} as const;
