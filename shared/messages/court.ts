/** English for the refusals of the court setup, the numbering template, the data folder and the writer lock. */
export const courtMessages = {
  '{unexported} belum dieksport. Buat eksport dahulu, atau sahkan bahawa anda faham: rekod ini kekal dalam {current} tetapi tidak ada dalam folder baharu.':
    '{unexported} not yet exported. Export first, or confirm that you understand: these records stay in {current} but are not in the new folder.',
  'Aplikasi dibuka dalam mod baca sahaja: rekod boleh dicari, tiada rekod baharu boleh dibuat di sini.':
    'The app opened read-only: records can be looked up, none can be made here.',
  'Aplikasi dibuka dalam mod baca sahaja: rekod boleh dicari, tiada rekod baharu boleh dibuat. Jika folder pada USB, buka suis lindung-tulisnya; jika folder rangkaian, minta ICT memberi kebenaran menulis. Kemudian tutup dan buka semula aplikasi.':
    'The app opened read-only: records can be looked up, none can be made. If the data is on a USB stick, slide off its write-protect switch; if it is on a network share, ask ICT for write access. Then close and reopen the app.',
  'Aplikasi dibuka dalam mod baca sahaja: tiada rekod baharu boleh dibuat. Jangan padam apa-apa fail. Hubungi ICT dan pulihkan sandaran terakhir yang baik.':
    'The app is open read-only: no new records can be made. Do not delete any file. Call ICT and restore the last good backup.',
  'Bilangan rekod belum dieksport tidak sah.': 'The number of unexported records is not valid.',
  'bukan folder': 'not a folder',
  'Folder {folder} tidak dapat digunakan ({refusal}). Pilih folder lain yang boleh ditulis.':
    'Folder {folder} cannot be used ({refusal}). Choose another folder that can be written to.',
  'Folder data "{dataDir}" tidak boleh ditulis ({code}).': 'The data folder "{dataDir}" cannot be written ({code}).',
  'Folder data baharu tidak boleh berada di dalam folder data semasa, atau sebaliknya.':
    'The new data folder cannot be inside the current data folder, or the other way round.',
  'Folder data ini sedang digunakan oleh {program} (PID {pid}, komputer {host}, pengguna {user}, sejak {since}). Hanya satu aplikasi boleh menulis ke folder data pada satu masa: tutup yang itu dahulu.':
    'This data folder is in use by {program} (PID {pid}, computer {host}, user {user}, since {since}). Only one program can write to a data folder at a time: close that one first.',
  'Folder data ini sedang digunakan oleh aplikasi lain yang menulis kepadanya. Tutup aplikasi itu dahulu.':
    'This data folder is in use by another program that writes to it. Close that program first.',
  'Folder ini ialah folder data yang sedang digunakan.': 'This folder is the data folder in use.',
  'ID kaunter mesti 1 hingga 6 huruf atau angka (cth. K1).':
    'The counter ID must be 1 to 6 letters or digits (e.g. K1).',
  'ID kaunter mesti diisi.': 'The counter ID is required.',
  'Isikan folder data baharu.': 'Fill in the new data folder.',
  'Jam komputer ini ({now}) lebih awal daripada rekod terakhir ({last}). Betulkan tarikh dan masa komputer; susunan rekod tetap terpelihara.':
    "This computer's clock ({now}) is earlier than the last record ({last}). Correct the computer's date and time; the order of the records is kept.",
  'Kod kes {caseTypeCode} tahun {year} diisi dua kali.': 'Case code {caseTypeCode} for year {year} is entered twice.',
  'Kod kes {caseTypeCode} tiada dalam senarai jenis kes.': 'Case code {caseTypeCode} is not in the list of case types.',
  'kod kes {code} tahun {year}': 'case code {code} year {year}',
  'Kod mahkamah mesti 3 digit (cth. 005, 100, 200).': 'The court code must be 3 digits (e.g. 005, 100, 200).',
  'Kod negeri mesti 2 digit.': 'The state code must be 2 digits.',
  'Kod negeri, kod mahkamah dan ID kaunter tidak boleh diubah selepas kes didaftarkan: nombor yang telah dikeluarkan bergantung padanya.':
    'The state code, court code and counter ID cannot change once cases are registered: the numbers issued depend on them.',
  'Nombor terakhir {lastNumber} dengan permulaan blok {blockStart} menjadikan nombor pertama kaunter ini {first}, melebihi {runWidth} digit templat {template}: {what} tidak akan dapat didaftarkan. Luaskan {run:N} dalam templat, atau semak nombor terakhir dan permulaan blok.':
    "Last number {lastNumber} with block start {blockStart} makes this counter's first number {first}, longer than the {runWidth} digits of template {template}: {what} could never be registered. Widen {run:N} in the template, or check the last number and the block start.",
  'Nombor siri {run:N} mesti diikuti pemisah supaya nombor kes dapat dibaca semula.':
    'The serial number {run:N} must be followed by a separator so that the case number can be read back.',
  'Nombor terakhir ESV3 bagi {what} tidak boleh dibuang: kaunter ini telah mengeluarkan nombor hingga {n} berdasarkan angka {lastNumber}.':
    'The last ESV3 number for {what} cannot be removed: this counter has issued numbers up to {n} from the figure {lastNumber}.',
  'Nombor terakhir ESV3 bagi {what} tidak boleh diturunkan kepada {next}: kaunter ini telah mengeluarkan nombor hingga {n} berdasarkan angka {lastNumber}.':
    'The last ESV3 number for {what} cannot be lowered to {next}: this counter has issued numbers up to {n} from the figure {lastNumber}.',
  'Nombor terakhir mesti nombor bulat.': 'The last number must be a whole number.',
  'Nombor terakhir mesti nombor.': 'The last number must be a number.',
  'Nombor terakhir terlalu besar.': 'The last number is too large.',
  'Nombor terakhir tidak boleh negatif.': 'The last number cannot be negative.',
  'Pangkalan data ini dibuat oleh versi aplikasi yang lebih baharu (skema {current}, aplikasi ini {latest}). Pasang versi terkini Kaunter Sandaran.':
    'This database was made by a newer version of the app (schema {current}, this app {latest}). Install the latest Kaunter Sandaran.',
  'Permulaan blok mesti nombor bulat.': 'The block start must be a whole number.',
  'Permulaan blok mesti nombor.': 'The block start must be a number.',
  'Permulaan blok sekurang-kurangnya 1.': 'The block start must be at least 1.',
  'Permulaan blok terlalu besar.': 'The block start is too large.',
  'Pilih Mal atau Jenayah.': 'Choose Civil or Criminal.',
  'Pilih peringkat mahkamah.': 'Choose the court level.',
  'Pilih skop nombor siri.': 'Choose the serial number scope.',
  'Saiz blok mesti nombor bulat.': 'The block size must be a whole number.',
  'Saiz blok mesti nombor.': 'The block size must be a number.',
  'Saiz blok sekurang-kurangnya 1.': 'The block size must be at least 1.',
  'Saiz blok terlalu besar.': 'The block size is too large.',
  'Sekurang-kurangnya satu jenis kes.': 'At least one case type.',
  'Skop satu siri bagi semua kod kes: gunakan "*" sebagai kod kes bagi nombor terakhir.':
    'One series for all case codes: use "*" as the case code for the last number.',
  'tahun {year}': 'year {year}',
  'Tahun tidak sah.': 'The year is not valid.',
  'Templat dan skop nombor kes tidak boleh diubah selepas kes didaftarkan secara manual: nombor yang sama mungkin berulang.':
    'The case number template and scope cannot change once cases are registered by hand: a number could repeat.',
  'Templat mengandungi "{text}": hanya token dan pemisah (- / . ruang) dibenarkan.':
    'The template contains "{text}": only tokens and separators (- / . space) are allowed.',
  'Templat mesti mengandungi {type} kerana nombor siri dikira bagi setiap kod kes: tanpanya nombor akan berulang.':
    'The template must contain {type} because serial numbers are counted per case code: without it numbers would repeat.',
  'Templat mesti mengandungi {year}: nombor siri bermula semula setiap tahun.':
    'The template must contain {year}: the serial number starts again every year.',
  'Templat mesti mengandungi nombor siri {run:N}.': 'The template must contain the serial number {run:N}.',
  'Templat nombor kes mesti antara 1 hingga 80 aksara.': 'The case number template must be 1 to 80 characters.',
  'Templat nombor kes mesti diisi.': 'The case number template is required.',
  'Terlalu banyak baris nombor terakhir.': 'Too many last-number rows.',
  'Tetapan awal belum dibuat. Penolong Pendaftar perlu melengkapkannya dahulu.':
    'First-run setup has not been done. The Assistant Registrar must complete it first.',
  'Tetapan awal telah pun dibuat bagi kaunter ini.': 'First-run setup has already been done for this counter.',
  'Token {{name}} muncul lebih daripada sekali dalam templat.':
    'The token {{name}} appears more than once in the template.',
  'Token {{name}} tidak dikenali. Gunakan {state}, {court}, {type}, {run:N} dan {year}.':
    'Unknown token {{name}}. Use {state}, {court}, {type}, {run:N} and {year}.',
  'Token {{name}} tidak menerima lebar.': 'The token {{name}} takes no width.',
  'Token nombor siri mesti ditulis {run:N} dengan N antara 3 hingga 6.':
    'The serial number token must be written {run:N} with N from 3 to 6.',
  'Tulis laluan penuh folder, cth. D:\\KaunterSandaran atau \\\\pelayan\\kongsi\\kaunter.':
    'Write the full path of the folder, e.g. D:\\KaunterSandaran or \\\\server\\share\\counter.',
} as const;
