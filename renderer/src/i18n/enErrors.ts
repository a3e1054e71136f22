/**
 * English for the Malay messages the ledger and the shared schemas give (AppError, zod). Each entry is
 * the Malay message as written, with `{}` where the code fills in a value, and its English; `{}` in the
 * English takes the values in the same order, `{1}`, `{2}` … by position. A value that is itself a
 * Malay message or field label in this table is translated too. Documents never use this table.
 */
export const ERROR_ENGLISH: ReadonlyArray<readonly [malay: string, english: string]> = [
  // Field labels the shared text fields name themselves by ("Nama pihak mesti diisi.").
  ['Catatan', 'Note'],
  ['Sebab', 'Reason'],
  ['Nama', 'Name'],
  ['Nama pihak', 'Party name'],
  ['Alamat', 'Address'],
  ['No. telefon', 'Phone no.'],
  ['Nama peguam syarie', "Syarie lawyer's name"],
  ['Firma guaman', 'Law firm'],
  ['No. resit ESV2', 'ESV2 receipt no.'],
  ['Nama cuti', 'Holiday name'],
  ['Dewan mahkamah', 'Courtroom'],
  ['Nama dokumen', 'Document name'],
  ['Keterangan', 'Description'],
  ['Perihal fi', 'Fee description'],
  ['Amaun fi', 'Fee amount'],
  ['Sebab pengecualian', 'Reason for exemption'],
  ['Nama pembayar', "Payer's name"],
  ['No. K/P pembayar', "Payer's IC no."],
  ['Wang diterima', 'Money received'],
  ['Nama bank', 'Bank name'],
  ['No. rujukan bayaran', 'Payment reference no.'],
  ['No. siri Kew. 38', 'Kew. 38 serial no.'],
  ['Rujukan iGFMAS', 'iGFMAS reference'],
  ['Rujukan iSPEKS', 'iSPEKS reference'],
  ['Sebab pembatalan', 'Reason for cancellation'],
  ['Tunai dikira', 'Cash counted'],
  ['Nama jabatan', 'Department name'],
  ['Sebab pembetulan', 'Reason for correction'],
  ['Nama mahkamah', 'Court name'],
  ['Nama jenis kes', 'Case type name'],
  ['Bulan', 'Month'],

  // shared/schemas/text.ts and the field messages built from a label.
  ['{} terlalu panjang (had {} aksara).', '{} is too long (at most {} characters).'],
  ['{} mengandungi aksara kawalan yang tidak dibenarkan.', '{} contains control characters that are not allowed.'],
  ['{} mengandungi aksara rosak yang tidak boleh disimpan.', '{} contains a broken character that cannot be saved.'],
  ['{} hanya mengandungi aksara yang tidak kelihatan.', '{} holds only invisible characters.'],
  ['{} mesti satu baris sahaja.', '{} must be a single line.'],
  ['{} mesti diisi.', '{} is required.'],
  ['{} mesti sekurang-kurangnya {} aksara.', '{} must be at least {} characters.'],
  ['{} tidak boleh mengandungi emoji atau simbol gambar.', '{} may not contain emoji or picture symbols.'],
  ['PIN mesti diisi.', 'PIN is required.'],
  ['PIN mesti 6 hingga 12 digit angka.', 'The PIN must be 6 to 12 digits.'],
  ['PIN salah.', 'Wrong PIN.'],
  ['{} tidak boleh negatif.', '{} cannot be negative.'],
  ['{} terlalu besar: semak semula.', '{} is too large: check it again.'],
  ['{} terlalu panjang.', '{} is too long.'],
  ['{} mesti 1 hingga 40 huruf atau angka.', '{} must be 1 to 40 letters or digits.'],
  ['{} mesti nombor.', '{} must be a number.'],
  ['{} mesti dalam sen (nombor bulat).', '{} must be in sen (a whole number).'],

  // shared/caseNumber.ts, shared/mykad.ts, shared/calendar.
  ['Permulaan bulan {} {}H disenaraikan dua kali.', 'The start of month {} {}H is listed twice.'],
  [
    'Pembetulan 1 {} {}H = {} menjadikan bulan {} {}H {} hari; sebulan Hijrah mesti 29 atau 30 hari.',
    'The correction 1 {} {}H = {} makes month {} {}H {} days long; a Hijri month must have 29 or 30 days.',
  ],
  ['Bulan {} {}H menjadi {} hari.', 'Month {} {}H becomes {} days long.'],
  ['Templat nombor kes mesti antara 1 hingga 80 aksara.', 'The case number template must be 1 to 80 characters.'],
  [
    'Templat mengandungi "{}": hanya token dan pemisah (- / . ruang) dibenarkan.',
    'The template contains "{}": only tokens and separators (- / . space) are allowed.',
  ],
  ['Token {{}} muncul lebih daripada sekali dalam templat.', 'The token {{}} appears more than once in the template.'],
  ['Token {{}} tidak menerima lebar.', 'The token {{}} takes no width.'],
  [
    'Token nombor siri mesti ditulis {run:N} dengan N antara 3 hingga 6.',
    'The serial number token must be written {run:N} with N from 3 to 6.',
  ],
  [
    'Token {{}} tidak dikenali. Gunakan {state}, {court}, {type}, {run:N} dan {year}.',
    'Unknown token {{}}. Use {state}, {court}, {type}, {run:N} and {year}.',
  ],
  ['Templat mesti mengandungi nombor siri {run:N}.', 'The template must contain the serial number {run:N}.'],
  [
    'Templat mesti mengandungi {year}: nombor siri bermula semula setiap tahun.',
    'The template must contain {year}: the serial number starts again every year.',
  ],
  [
    'Templat mesti mengandungi {type} kerana nombor siri dikira bagi setiap kod kes: tanpanya nombor akan berulang.',
    'The template must contain {type} because serial numbers are counted per case code: without it numbers would repeat.',
  ],
  [
    'Nombor siri {run:N} mesti diikuti pemisah supaya nombor kes dapat dibaca semula.',
    'The serial number {run:N} must be followed by a separator so that the case number can be read back.',
  ],
  ['Tarikh lahir {}/{}/{} pada No. K/P ini tidak sah.', 'The birth date {}/{}/{} in this IC no. is not valid.'],
  [
    'Kod tempat lahir {} pada No. K/P ini tidak wujud dalam senarai JPN.',
    'The place-of-birth code {} in this IC no. is not in the JPN list.',
  ],

  // shared/schemas/appointment.ts
  ['Had janji temu sehari sekurang-kurangnya 1.', 'The daily appointment limit must be at least 1.'],
  ['Had janji temu sehari paling banyak 500.', 'The daily appointment limit is at most 500.'],
  ['No. telefon mesti diisi untuk janji temu.', 'A phone number is required for an appointment.'],
  ['Janji temu memerlukan dokumen pengenalan.', 'An appointment needs an identity document.'],
  ['Pilih status.', 'Choose a status.'],
  ['Had janji temu sehari mesti nombor.', 'The daily appointment limit must be a number.'],
  ['Had janji temu sehari mesti nombor bulat.', 'The daily appointment limit must be a whole number.'],
  ['Tarikh janji temu tidak sah.', 'The appointment date is not valid.'],
  ['Janji temu tidak sah.', 'Not a valid appointment.'],

  // shared/schemas/auth.ts, session.ts
  ['Pilih nama anda.', 'Choose your name.'],
  ['Pilih peranan.', 'Choose a role.'],
  ['Pilih pilihan SOP 1, 2 atau 3.', 'Choose SOP option 1, 2 or 3.'],
  ['Masa mula tidak sah.', 'The start time is not valid.'],
  ['Pilih sebab tempoh gangguan ditutup.', 'Choose why the outage period is closed.'],
  ['Isikan bilangan minit.', 'Enter the number of minutes.'],
  ['Minit mesti nombor bulat.', 'Minutes must be a whole number.'],

  // shared/schemas/backup.ts
  ['Pilih fail sandaran daripada senarai.', 'Choose a backup file from the list.'],
  ['Isikan folder sandaran.', 'Enter the backup folder.'],
  ['Laluan folder terlalu panjang.', 'The folder path is too long.'],
  ['Laluan folder mengandungi aksara kawalan.', 'The folder path contains control characters.'],
  ['Simpan sekurang-kurangnya 1 sandaran.', 'Keep at least 1 backup.'],
  ['Paling banyak 500 sandaran.', 'At most 500 backups.'],
  ['Pilih fail sandaran.', 'Choose a backup file.'],
  ['Isikan selang dalam minit.', 'Enter the interval in minutes.'],
  ['Isikan bilangan sandaran disimpan.', 'Enter how many backups to keep.'],
  ['Selang mesti nombor bulat.', 'The interval must be a whole number.'],
  ['Bilangan mesti nombor bulat.', 'The count must be a whole number.'],

  // shared/schemas/bundle.ts
  ['Tampal atau pilih fail kunci awam ICT (.asc).', "Paste or choose ICT's public key file (.asc)."],
  ['Fail kunci terlalu besar untuk sebuah kunci awam.', 'The key file is too large for a public key.'],
  ['Isikan folder tujuan (cth. E:\\ untuk USB).', 'Enter the destination folder (e.g. E:\\ for a USB drive).'],
  ['Isikan laluan penuh folder (cth. E:\\ atau /media/usb).', 'Enter the full folder path (e.g. E:\\ or /media/usb).'],
  ['Laluan folder tidak sah.', 'The folder path is not valid.'],
  ['Isikan folder data baharu.', 'Fill in the new data folder.'],
  [
    'Tulis laluan penuh folder, cth. D:\\KaunterSandaran atau \\\\pelayan\\kongsi\\kaunter.',
    'Write the full path of the folder, e.g. D:\\KaunterSandaran or \\\\server\\share\\counter.',
  ],
  ['Bilangan rekod belum dieksport tidak sah.', 'The number of unexported records is not valid.'],
  ['{} kes', '{} cases'],
  ['{} resit', '{} receipts'],
  ['{} janji temu', '{} appointments'],
  ['{} dokumen diterima', '{} documents received'],
  [
    'Folder {} tidak dapat digunakan ({}). Pilih folder lain yang boleh ditulis.',
    'Folder {} cannot be used ({}). Choose another folder that can be written to.',
  ],
  ['Folder ini ialah folder data yang sedang digunakan.', 'This folder is the data folder in use.'],
  [
    'Folder data baharu tidak boleh berada di dalam folder data semasa, atau sebaliknya.',
    'The new data folder cannot be inside the current data folder, or the other way round.',
  ],
  [
    '{} belum dieksport. Buat eksport dahulu, atau sahkan bahawa anda faham: rekod ini kekal dalam {} tetapi tidak ada dalam folder baharu.',
    '{} not yet exported. Export first, or confirm that you understand: these records stay in {} but are not in the new folder.',
  ],
  ['Frasa laluan sekurang-kurangnya 8 aksara.', 'The passphrase must be at least 8 characters.'],
  ['Frasa laluan terlalu panjang (maksimum 200 aksara).', 'The passphrase is too long (at most 200 characters).'],
  ['Kerja eksport tidak dikenali.', 'Unknown export job.'],
  ['Isikan folder tujuan.', 'Enter the destination folder.'],
  ['Frasa laluan tidak sama. Taip semula.', 'The passphrases differ. Type them again.'],

  // shared/schemas/case.ts
  ['Nombor dokumen pengenalan terlalu panjang.', 'The identity document number is too long.'],
  ['Terlalu banyak pihak (had 40).', 'Too many parties (limit 40).'],
  ['Nilai tuntutan tidak boleh negatif.', 'The claim value cannot be negative.'],
  ['No. kes terlalu panjang.', 'The case no. is too long.'],
  ['Carian terlalu panjang.', 'The search is too long.'],
  ['Pilih jenis dokumen pengenalan.', 'Choose the type of identity document.'],
  ['{} Semak semula, atau nyatakan sebab untuk meneruskan.', '{} Check it again, or give a reason to go on.'],
  ['Pilih Saman atau Permohonan.', 'Choose Summons or Application.'],
  ['Nilai tuntutan tidak sah.', 'The claim value is not valid.'],
  ['Sekurang-kurangnya seorang Plaintif/Pemohon mesti diisi.', 'At least one Plaintiff/Applicant is required.'],
  ['Pilih sumber nombor kes.', 'Choose where the case number came from.'],
  ['No. kes mesti diisi.', 'The case no. is required.'],
  ['Isikan No. resit ESV2 bagi kes ini.', 'Enter the ESV2 receipt no. for this case.'],
  ['No. K/P (MyKad) mesti 12 digit, cth. 850101-10-5123.', 'An IC no. (MyKad) must be 12 digits, e.g. 850101-10-5123.'],
  [
    'No. K/P lama mesti 6 hingga 8 digit, boleh didahului satu huruf (cth. A1234567).',
    'An old IC no. must be 6 to 8 digits, optionally after one letter (e.g. A1234567).',
  ],
  ['No. pasport mesti 5 hingga 20 huruf atau angka.', 'A passport no. must be 5 to 20 letters or digits.'],
  ['No. polis/tentera mesti 3 hingga 20 huruf atau angka.', 'A police/army no. must be 3 to 20 letters or digits.'],
  ['Nombor dokumen mesti 3 hingga 40 aksara.', 'The document number must be 3 to 40 characters.'],
  ['Nilai tuntutan mesti dalam sen.', 'The claim value must be in sen.'],
  ['Tarikh mula tidak sah.', 'The start date is not valid.'],
  ['Tarikh akhir tidak sah.', 'The end date is not valid.'],
  ['Kes tidak sah.', 'Not a valid case.'],

  // shared/schemas/courtCalendar.ts
  ['Masa mesti dalam bentuk JJ:MM, cth. 09:00.', 'The time must be HH:MM, e.g. 09:00.'],
  ['Tahun Hijrah tidak sah.', 'The Hijri year is not valid.'],
  ['Pilih bulan Hijrah.', 'Choose a Hijri month.'],
  ['Sekurang-kurangnya satu dewan mahkamah.', 'At least one courtroom.'],
  ['Terlalu banyak dewan mahkamah.', 'Too many courtrooms.'],
  ['Nama dewan mahkamah berulang.', 'A courtroom name is repeated.'],
  ['Had kes sehari sekurang-kurangnya 1.', 'The daily case limit must be at least 1.'],
  ['Had kes sehari terlalu besar.', 'The daily case limit is too large.'],
  ['Nama bulan sekurang-kurangnya 3 huruf.', 'A month name must be at least 3 letters.'],
  ['Nama bulan paling panjang 30 aksara.', 'A month name is at most 30 characters.'],
  [
    'Nama bulan hanya huruf, ruang, tanda petik dan sengkang.',
    'A month name may hold only letters, spaces, apostrophes and hyphens.',
  ],
  ['Mesti 12 nama bulan.', 'There must be 12 month names.'],
  ['Masa mesti diisi.', 'The time is required.'],
  ['Tahun Hijrah mesti nombor.', 'The Hijri year must be a number.'],
  ['Had kes sehari mesti nombor.', 'The daily case limit must be a number.'],
  ['Had kes sehari mesti nombor bulat.', 'The daily case limit must be a whole number.'],
  ['Bilangan salinan mesti nombor.', 'The number of copies must be a number.'],
  ['Bilangan salinan mesti nombor bulat.', 'The number of copies must be a whole number.'],
  ['Pilih sebutan atau perbicaraan.', 'Choose mention or hearing.'],
  ['Pilih hari, minggu atau bulan.', 'Choose day, week or month.'],
  ['Isikan nama bulan.', 'Enter the month name.'],

  // shared/schemas/filing.ts
  [
    'Kod jenis dokumen mesti 2 hingga 30 huruf besar, angka atau _.',
    'A document type code must be 2 to 30 capital letters, digits or _.',
  ],
  ['Sekurang-kurangnya satu dokumen diterima.', 'At least one document received.'],
  ['Terlalu banyak dokumen (had 20).', 'Too many documents (limit 20).'],
  ['Pilih jenis dokumen.', 'Choose the document type.'],
  ['Bilangan mesti nombor.', 'The count must be a number.'],
  ['Pilih kes.', 'Choose a case.'],

  // shared/schemas/payment.ts
  [
    'Kod fi mesti 2 hingga 30 huruf besar, angka atau _ (cth. SAMAN_MRS).',
    'A fee code must be 2 to 30 capital letters, digits or _ (e.g. SAMAN_MRS).',
  ],
  ['Sasaran fi lalai tidak sah.', 'The default fee target is not valid.'],
  ['Terlalu banyak baris fi lalai.', 'Too many default fee lines.'],
  ['Kuantiti terlalu besar.', 'The quantity is too large.'],
  ['Sekurang-kurangnya satu baris bayaran.', 'At least one payment line.'],
  ['Terlalu banyak baris.', 'Too many lines.'],
  ['PIN penyelia mesti diisi.', "The supervisor's PIN is required."],
  ['Nama pencetak terlalu panjang.', 'The printer name is too long.'],
  ['Kod fi mesti diisi.', 'The fee code is required.'],
  ['Kuantiti mesti nombor.', 'The quantity must be a number.'],
  ['Kuantiti mesti nombor bulat.', 'The quantity must be a whole number.'],
  ['Pilih cara bayaran.', 'Choose the payment method.'],
  ['Pilih Penolong Pendaftar.', 'Choose the Assistant Registrar.'],
  ['Jenis dokumen tidak sah.', 'Not a valid document type.'],
  ['Tarikh tidak sah.', 'The date is not valid.'],

  // shared/schemas/recovery.ts
  ['Masukkan rujukan bayaran ESV3.', 'Enter the ESV3 payment reference.'],
  [
    'Rujukan bayaran ESV3 terlalu panjang (maksimum 40 aksara).',
    'The ESV3 payment reference is too long (at most 40 characters).',
  ],
  [
    'Rujukan bayaran ESV3 hanya huruf, nombor, "-", "/" dan ".".',
    'An ESV3 payment reference may hold only letters, digits, "-", "/" and ".".',
  ],
  ['Masukkan nombor kes ESV3.', 'Enter the ESV3 case number.'],
  ['Nombor kes ESV3 terlalu panjang.', 'The ESV3 case number is too long.'],
  ['Terlalu banyak resit.', 'Too many receipts.'],
  ['Tapisan tidak sah.', 'Not a valid filter.'],

  // shared/schemas/setup.ts
  ['Kod kes mesti 3 digit.', 'A case code must be 3 digits.'],
  ['Kod negeri mesti 2 digit.', 'The state code must be 2 digits.'],
  ['Kod mahkamah mesti 3 digit (cth. 005, 100, 200).', 'The court code must be 3 digits (e.g. 005, 100, 200).'],
  [
    'ID kaunter mesti 1 hingga 6 huruf atau angka (cth. K1).',
    'The counter ID must be 1 to 6 letters or digits (e.g. K1).',
  ],
  ['Tahun tidak sah.', 'The year is not valid.'],
  ['Permulaan blok terlalu besar.', 'The block start is too large.'],
  ['Saiz blok terlalu besar.', 'The block size is too large.'],
  ['Nombor terakhir tidak boleh negatif.', 'The last number cannot be negative.'],
  ['Nombor terakhir terlalu besar.', 'The last number is too large.'],
  ['Terlalu banyak baris nombor terakhir.', 'Too many last-number rows.'],
  ['Sekurang-kurangnya satu jenis kes.', 'At least one case type.'],
  ['ID kaunter mesti diisi.', 'The counter ID is required.'],
  ['Pilih peringkat mahkamah.', 'Choose the court level.'],
  ['Templat nombor kes mesti diisi.', 'The case number template is required.'],
  ['Pilih skop nombor siri.', 'Choose the serial number scope.'],
  ['Permulaan blok mesti nombor.', 'The block start must be a number.'],
  ['Permulaan blok mesti nombor bulat.', 'The block start must be a whole number.'],
  ['Saiz blok mesti nombor.', 'The block size must be a number.'],
  ['Saiz blok mesti nombor bulat.', 'The block size must be a whole number.'],
  ['Nombor terakhir mesti nombor.', 'The last number must be a number.'],
  ['Nombor terakhir mesti nombor bulat.', 'The last number must be a whole number.'],
  ['Kod kes {} tahun {} diisi dua kali.', 'Case code {} for year {} is entered twice.'],
  ['Pilih Mal atau Jenayah.', 'Choose Civil or Criminal.'],

  // electron/ipc and the browser host.
  [
    'Cakera penuh: rekod tidak disimpan. Kosongkan ruang cakera atau hubungi ICT, kemudian cuba lagi.',
    'The disk is full: the record was not saved. Free some disk space or call ICT, then try again.',
  ],
  [
    'Folder data tidak boleh ditulis: rekod tidak disimpan. Semak cakera atau hubungi ICT.',
    'The data folder cannot be written: the record was not saved. Check the disk or call ICT.',
  ],
  [
    'Rekod bercanggah dengan rekod sedia ada: tiada apa-apa disimpan.',
    'The record clashes with an existing record: nothing was saved.',
  ],
  [
    'Pangkalan data sedang sibuk: tiada apa-apa disimpan. Cuba lagi sebentar.',
    'The database is busy: nothing was saved. Try again in a moment.',
  ],
  [
    'Ralat pangkalan data: tiada apa-apa disimpan. Hubungi ICT jika berulang.',
    'Database error: nothing was saved. Call ICT if it happens again.',
  ],
  ['Permintaan tidak dikenali.', 'Unknown request.'],
  ['Sila log masuk dahulu.', 'Please sign in first.'],
  ['Tindakan ini hanya untuk Penolong Pendaftar (penyelia).', 'Only the Assistant Registrar (supervisor) may do this.'],
  [
    'Taip PIN anda sekali lagi untuk meneruskan tindakan penyelia ini.',
    'Type your PIN once more to go on with this supervisor action.',
  ],
  [
    'Ralat dalaman: tiada apa-apa disimpan. Cuba lagi atau hubungi ICT.',
    'Internal error: nothing was saved. Try again or call ICT.',
  ],
  ['Folder sandaran belum dipilih.', 'No backup folder has been chosen.'],
  [
    'Permintaan ditolak: ia bukan daripada tetingkap Kaunter Sandaran.',
    'Request refused: it did not come from the Kaunter Sandaran window.',
  ],
  ['Permintaan ditolak.', 'Request refused.'],
  ['Maklumat yang dihantar terlalu besar.', 'What was sent is too large.'],
  ['Maklumat yang dihantar tidak sah.', 'What was sent is not valid.'],

  // electron/services
  ['PDF slip janji temu {} telah berubah. Hubungi ICT.', 'The PDF of appointment slip {} has changed. Call ICT.'],
  ['Janji temu tidak dijumpai.', 'Appointment not found.'],
  [
    'Janji temu diambil hanya semasa tempoh gangguan Pilihan 3 SOP (pendaftaran kes baharu ditutup).',
    'Appointments are taken only during an SOP Option 3 outage (new case registration closed).',
  ],
  ['Siri janji temu tahun ini telah penuh (9,999).', "This year's appointment series is full (9,999)."],
  ['Janji temu {} tidak lagi ditempah (status: {}).', 'Appointment {} is no longer booked (status: {}).'],
  [
    'Kelulusan ditolak: nama Penolong Pendaftar atau PIN salah.',
    "Approval refused: wrong Assistant Registrar's name or PIN.",
  ],
  [
    'Folder sandaran {} tidak dijumpai. Pasang semula pemacu USB atau cakera kedua, atau pilih folder lain dalam Tetapan → Sandaran.',
    'Backup folder {} not found. Plug the USB drive or second disk back in, or choose another folder in Settings → Backup.',
  ],
  ['Salinan sandaran gagal disemak: {}', 'The backup copy failed its check: {}'],
  [
    'Sandaran tidak dibuat: {}. Rekod dalam kaunter tidak terjejas.',
    "No backup made: {}. The counter's records are not affected.",
  ],
  ['cakera sandaran penuh', 'the backup disk is full'],
  ['folder sandaran tidak boleh ditulis', 'the backup folder cannot be written'],
  [
    'folder sandaran hilang semasa menyalin (pemacu USB dicabut?)',
    'the backup folder went away while copying (USB drive pulled out?)',
  ],
  ['Fail sandaran {} tidak dijumpai.', 'Backup file {} not found.'],
  [
    'Fail {} bukan pangkalan data Kaunter Sandaran yang boleh dibuka.',
    'File {} is not a Kaunter Sandaran database that can be opened.',
  ],
  ['Lejar ini tiada folder data.', 'This ledger has no data folder.'],
  ['Sandaran {} gagal disemak dan tidak dipulihkan: {}', 'Backup {} failed its check and was not restored: {}'],
  [
    'Folder sandaran belum dipilih. Penolong Pendaftar perlu memilihnya dalam Tetapan → Sandaran.',
    'No backup folder has been chosen. The Assistant Registrar must choose one in Settings → Backup.',
  ],
  [
    'Kunci peranti dalam simpanan ({}) bukan kunci yang direkodkan ({}). Eksport dihentikan; hubungi ICT.',
    'The device key in storage ({}) is not the recorded key ({}). Export stopped; call ICT.',
  ],
  [
    'Kunci peranti kaunter ini tiada dalam simpanan: eksport dan sandaran tidak dapat ditandatangani. Kunci rahsia hanya boleh dibuka pada komputer dan akaun Windows yang membuatnya. Jika kaunter ini dipulihkan ke komputer baharu, Penolong Pendaftar perlu membuat kunci peranti baharu di Tetapan → Kunci & Eksport dan menyerahkan slip persediaan baharu kepada ICT.',
    "This counter's device key is not in storage: exports and backups cannot be signed. The secret key opens only on the computer and Windows account that made it. If this counter was restored onto a new PC, the Assistant Registrar must make a new device key in Settings → Keys & Export and give ICT the new setup slip.",
  ],
  [
    'Tiada kunci ICT: eksport mesti disulitkan kepada sekurang-kurangnya satu kunci awam ICT. Import kunci di Tetapan → Kunci ICT.',
    'No ICT key: an export must be encrypted to at least one ICT public key. Import a key in Settings → ICT keys.',
  ],
  ['Frasa laluan eksport mesti sekurang-kurangnya 8 aksara.', 'The export passphrase must be at least 8 characters.'],
  [
    'Fail yang dibaca semula dari "{}" tidak sama dengan yang ditulis (USB rosak?). Tiada fail eksport ditinggalkan; cuba USB lain.',
    'The file read back from "{}" differs from what was written (faulty USB drive?). No export file was left; try another USB drive.',
  ],
  [
    'Fail yang dibaca semula dari "{}" bukan mesej OpenPGP yang sah. Tiada fail eksport ditinggalkan; cuba lagi.',
    'The file read back from "{}" is not a valid OpenPGP message. No export file was left; try again.',
  ],
  [
    'Kerja eksport itu tidak dijumpai (aplikasi dimulakan semula?).',
    'That export job was not found (was the app restarted?).',
  ],
  [
    'Eksport gagal kerana ralat dalaman. Tiada fail eksport ditinggalkan; cuba lagi atau hubungi ICT.',
    'The export failed with an internal error. No export file was left; try again or call ICT.',
  ],
  ['Folder tujuan "{}" tiada lagi (USB dicabut?).{}', 'Destination folder "{}" is gone (USB drive pulled out?).{}'],
  ['Ruang dalam "{}" tidak mencukupi (cakera/USB penuh).{}', 'Not enough space in "{}" (disk/USB drive full).{}'],
  [
    'Folder tujuan "{}" tidak boleh ditulis (baca sahaja atau tiada kebenaran).{}',
    'Destination folder "{}" cannot be written (read-only or no permission).{}',
  ],
  [
    'Ralat baca/tulis pada "{}" (USB longgar atau rosak?).{}',
    'Read/write error on "{}" (USB drive loose or faulty?).{}',
  ],
  ['Eksport ke "{}" gagal ({}).{}', 'Export to "{}" failed ({}).{}'],
  [
    '"{}" bukan folder. Pilih folder pada USB atau cakera.',
    '"{}" is not a folder. Choose a folder on a USB drive or disk.',
  ],
  [
    'Fail "{}" sudah ada dalam folder tujuan; tiada apa-apa ditimpa.',
    'File "{}" is already in the destination folder; nothing was overwritten.',
  ],
  ['Kunci ICT itu tidak dijumpai.', 'That ICT key was not found.'],
  ['Kunci ICT itu sudah dikeluarkan.', 'That ICT key has already been removed.'],
  ['Kunci {} sudah diimport.', 'Key {} has already been imported.'],
  ['Eksport {} tidak dijumpai.', 'Export {} not found.'],
  ['Rekod audit eksport {} tidak dijumpai.', 'The audit record of export {} was not found.'],
  [
    'Tiada pencetak A4 dipilih untuk {}. Pilih pencetak penyata di Tetapan → Pencetak, atau simpan PDF sahaja.',
    'No A4 printer chosen for {}. Choose a statement printer in Settings → Printers, or just save the PDF.',
  ],
  [
    'Pencetak "{}" gagal mencetak. {} telah disimpan; semak pencetak dan cuba lagi.',
    'Printer "{}" failed to print. {} has been saved; check the printer and try again.',
  ],
  [
    'Borang serahan {} telah berubah dan tidak dapat dibina semula. Hubungi ICT.',
    'Handover form {} has changed and cannot be rebuilt. Call ICT.',
  ],
  ['Kod kes {} tiada dalam senarai jenis kes mahkamah ini.', "Case code {} is not in this court's list of case types."],
  ['Kod kes {} tiada dalam senarai.', 'Case code {} is not in the list.'],
  ['Kod kes {} tiada dalam senarai jenis kes.', 'Case code {} is not in the list of case types.'],
  [
    'Tiada tempoh gangguan dibuka. Penolong Pendaftar perlu membuka tempoh gangguan (Pilihan 1) dahulu.',
    'No outage period is open. The Assistant Registrar must open an outage period (Option 1) first.',
  ],
  ['Kes tidak dijumpai.', 'Case not found.'],
  [
    'Tetapan awal belum dibuat. Penolong Pendaftar perlu melengkapkannya dahulu.',
    'First-run setup has not been done. The Assistant Registrar must complete it first.',
  ],
  [
    'Kod negeri, kod mahkamah dan ID kaunter tidak boleh diubah selepas kes didaftarkan: nombor yang telah dikeluarkan bergantung padanya.',
    'The state code, court code and counter ID cannot change once cases are registered: the numbers issued depend on them.',
  ],
  [
    'Templat dan skop nombor kes tidak boleh diubah selepas kes didaftarkan secara manual: nombor yang sama mungkin berulang.',
    'The case number template and scope cannot change once cases are registered by hand: a number could repeat.',
  ],
  [
    'Nombor terakhir ESV3 bagi {} tidak boleh dibuang: kaunter ini telah mengeluarkan nombor hingga {} berdasarkan angka {}.',
    'The last ESV3 number for {} cannot be removed: this counter has issued numbers up to {} from the figure {}.',
  ],
  [
    'Nombor terakhir ESV3 bagi {} tidak boleh diturunkan kepada {}: kaunter ini telah mengeluarkan nombor hingga {} berdasarkan angka {}.',
    'The last ESV3 number for {} cannot be lowered to {}: this counter has issued numbers up to {} from the figure {}.',
  ],
  ['tahun {}', 'year {}'],
  ['kod kes {} tahun {}', 'case code {} year {}'],
  ['Tarikh {} sudah cuti umum ({}).', '{} is already a public holiday ({}).'],
  ['Tiada cuti umum pada {}.', 'There is no public holiday on {}.'],
  ['Tiada pembetulan bagi {} {}H.', 'No correction for {} {}H.'],
  ['Sudah cuti umum: {}.', 'Already a public holiday: {}.'],
  ['Tarikh sebutan itu bukan bagi kes ini.', 'That mention date is not for this case.'],
  ['Dokumen tidak dijumpai.', 'Document not found.'],
  ['PDF asal {} {} telah berubah. Hubungi ICT.', 'The original PDF of {} {} has changed. Call ICT.'],
  ['Hari yang belum tiba tidak boleh ditutup.', 'A day that has not come yet cannot be closed.'],
  ['Kaunter {} telah pun ditutup bagi {}.', 'Counter {} is already closed for {}.'],
  [
    'Pangkalan data ini dibuat oleh versi aplikasi yang lebih baharu (skema {}, aplikasi ini {}). Pasang versi terkini Kaunter Sandaran.',
    'This database was made by a newer version of the app (schema {}, this app {}). Install the latest Kaunter Sandaran.',
  ],
  ['Kod fi {} tiada dalam jadual fi.', 'Fee code {} is not in the fee schedule.'],
  ['Kod fi {} tiada dalam jadual fi mahkamah ini.', "Fee code {} is not in this court's fee schedule."],
  [
    'Tiada tempoh gangguan dibuka: dokumen diterima melalui ESV3 seperti biasa.',
    'No outage period is open: documents are received through ESV3 as usual.',
  ],
  ['Kes {} telah dibatalkan: dokumen tidak boleh diterima.', 'Case {} is cancelled: documents cannot be received.'],
  ['Jenis dokumen {} tiada dalam senarai mahkamah ini.', "Document type {} is not in this court's list."],
  [
    'Fi bagi {} ({}) tiada dalam jadual fi: Penolong Pendaftar perlu membetulkannya.',
    'The fee for {} ({}) is not in the fee schedule: the Assistant Registrar must correct it.',
  ],
  ['Templat nombor kes tidak sah: {}', 'The case number template is not valid: {}'],
  [
    'Tiada tempoh gangguan dibuka: kes direkodkan dalam ESV3 seperti biasa.',
    'No outage period is open: cases are recorded in ESV3 as usual.',
  ],
  [
    'No. kes {} telah direkodkan di kaunter ini. Cari kes itu dan gunakannya.',
    'Case no. {} is already recorded at this counter. Find that case and use it.',
  ],
  ['Tarikh sebutan tidak dijumpai.', 'Mention date not found.'],
  ['Dewan "{}" tiada dalam senarai dewan mahkamah.', 'Courtroom "{}" is not in the list of courtrooms.'],
  [
    '{} (Atau minta kelulusan Penolong Pendaftar dengan sebab.)',
    "{} (Or ask for the Assistant Registrar's approval with a reason.)",
  ],
  ['Pilih dewan daripada senarai.', 'Choose a courtroom from the list.'],
  [
    'Blok nombor kaunter ini telah habis ({} hingga {}). Penolong Pendaftar perlu menetapkan blok baharu sebelum kes lain didaftarkan.',
    "This counter's number block is used up ({} to {}). The Assistant Registrar must set a new block before another case is registered.",
  ],
  [
    'Nombor siri {} melebihi {} digit templat. Penolong Pendaftar perlu meluaskan {run:N} dalam templat.',
    "Serial number {} is longer than the template's {} digits. The Assistant Registrar must widen {run:N} in the template.",
  ],
  ['Masa mula gangguan tidak boleh pada masa hadapan.', 'The outage start time cannot be in the future.'],
  [
    'Satu tempoh gangguan sedang dibuka. Tutup tempoh itu dahulu sebelum membuka yang baharu.',
    'An outage period is open. Close it before opening a new one.',
  ],
  ['Tempoh gangguan ini tidak lagi dibuka.', 'This outage period is no longer open.'],
  ['Pencetak "{}" tidak dijumpai pada komputer ini.', 'Printer "{}" was not found on this computer.'],
  [
    'Tiada pencetak dipilih untuk {}. {} telah disimpan; pilih pencetak di Tetapan → Pencetak, kemudian cetak semula.',
    'No printer chosen for {}. {} has been saved; choose a printer in Settings → Printers, then print again.',
  ],
  [
    'Pencetak "{}" gagal mencetak. {} telah disimpan dan tidak hilang: semak pencetak (kuasa, kertas, kabel) dan cuba lagi, atau simpan PDF.',
    'Printer "{}" failed to print. {} has been saved and is not lost: check the printer (power, paper, cable) and try again, or save the PDF.',
  ],
  [
    'Resit {} ditulis tangan dalam buku Kew. 38 ({}): resit kertas itulah dokumennya, tiada cetakan.',
    'Receipt {} was handwritten in the Kew. 38 book ({}): the paper receipt is the document, there is no print.',
  ],
  [
    'PDF asal resit {} telah berubah dan tidak dapat dibina semula. Hubungi ICT.',
    'The original PDF of receipt {} has changed and cannot be rebuilt. Call ICT.',
  ],
  ['Resit tidak dijumpai.', 'Receipt not found.'],
  [
    'Tiada tempoh gangguan dibuka: bayaran diterima melalui ESV3 seperti biasa.',
    'No outage period is open: payments are taken through ESV3 as usual.',
  ],
  [
    'Kaunter {} telah ditutup bagi {}: tiada resit lagi boleh dikeluarkan bagi tarikh ini.',
    'Counter {} is closed for {}: no more receipts can be issued for this date.',
  ],
  [
    'Siri resit tahun ini telah penuh (999,999). Hubungi ICT.',
    "This year's receipt series is full (999,999). Call ICT.",
  ],
  ['Resit {} telah pun dibatalkan.', 'Receipt {} is already cancelled.'],
  [
    'Kaunter telah ditutup bagi {} dan penyata telah ditandatangani: resit {} tidak boleh dibatalkan lagi. Rujuk Pendaftar.',
    'The counter is closed for {} and the statement is signed: receipt {} can no longer be cancelled. Refer to the Registrar.',
  ],
  ['Nombor kes ESV3 bagi kes {} belum dimasukkan.', 'The ESV3 case number for case {} has not been entered.'],
  [
    'Nombor kes {} tidak berubah dalam ESV3: tiada notis pertukaran nombor diperlukan.',
    'Case number {} did not change in ESV3: no change-of-number notice is needed.',
  ],
  [
    'PDF asal notis bagi kes {} telah berubah dan tidak dapat dibina semula. Hubungi ICT.',
    'The original PDF of the notice for case {} has changed and cannot be rebuilt. Call ICT.',
  ],
  [
    'Kes {} belum dalam senarai kerja pemulihan: tempoh gangguannya belum ditutup sebagai "ESV3 pulih".',
    'Case {} is not on the recovery worklist yet: its outage period has not been closed as "ESV3 restored".',
  ],
  ['Kes {} telah dibatalkan: tiada tindakan dalam ESV3.', 'Case {} is cancelled: nothing to do in ESV3.'],
  [
    'Kes {} sudah ditandakan selesai dengan butiran yang sama.',
    'Case {} is already marked done with the same details.',
  ],
  [
    'Nombor kes ESV3 "{}" tidak mengikut format nombor kes mahkamah (contoh: {}).',
    'ESV3 case number "{}" does not follow the court\'s case number format (example: {}).',
  ],
  [
    'Nombor kes ESV3 {} sudah digunakan untuk kes {}. Semak semula nombor yang diberi oleh ESV3.',
    'ESV3 case number {} is already used for case {}. Check the number ESV3 gave again.',
  ],
  ['Resit ini bukan bagi kes ini.', 'This receipt is not for this case.'],
  [
    'Resit {} telah dibatalkan: tiada rujukan ESV3 diperlukan.',
    'Receipt {} is cancelled: no ESV3 reference is needed.',
  ],
  ['Resit {} disenaraikan dua kali.', 'Receipt {} is listed twice.'],
  ['Masukkan rujukan bayaran ESV3 bagi resit {}.', 'Enter the ESV3 payment reference for receipt {}.'],
  [
    'Kes {} sudah ditandakan selesai. Untuk membetulkannya, nyatakan sebab pembetulan.',
    'Case {} is already marked done. To correct it, give a reason for the correction.',
  ],
  ['Tetapan awal telah pun dibuat bagi kaunter ini.', 'First-run setup has already been done for this counter.'],
  [
    'Skop satu siri bagi semua kod kes: gunakan "*" sebagai kod kes bagi nombor terakhir.',
    'One series for all case codes: use "*" as the case code for the last number.',
  ],
  [
    'Aplikasi dibuka dalam mod baca sahaja: tiada rekod baharu boleh dibuat. Jangan padam apa-apa fail. Hubungi ICT dan pulihkan sandaran terakhir yang baik.',
    'The app is open read-only: no new records can be made. Do not delete any file. Call ICT and restore the last good backup.',
  ],
  // The device key made at setup, and an export's file set (bundle/deviceKey.ts, exportBundle.ts).
  [
    'Kaunter ini tiada kunci peranti yang direkodkan, jadi eksport tidak dapat ditandatangani dan tidak dibuat. Cetak slip persediaan di Tetapan → Kunci & Eksport (kunci peranti dibuat ketika itu), serahkan slip itu kepada ICT, kemudian eksport semula.',
    'This counter has no device key on record, so the export cannot be signed and was not made. Print the setup slip in Settings → Keys & Export (the device key is made then), hand the slip to ICT, then export again.',
  ],
  [
    'Eksport {} telah direkodkan tetapi fail {} belum mendapat nama akhirnya ({}). Masukkan semula USB yang sama dan eksport lagi: fail itu dilengkapkan dahulu.',
    'Export {} was recorded but the file {} has not yet taken its final name ({}). Put the same USB stick back and export again: that file is completed first.',
  ],
  [
    'Fail "{}" sudah ada dalam folder tujuan tetapi tidak pernah direkodkan oleh kaunter ini: jangan serahkan fail itu kepada ICT. Tiada apa-apa ditimpa; tunggu seminit dan eksport semula, atau pilih folder lain.',
    'The file "{}" is already in the target folder but this counter never recorded it: do not hand that file to ICT. Nothing was overwritten; wait a minute and export again, or choose another folder.',
  ],
  // One writer per data folder, and a folder that takes no file (writerLock.ts, ledgerFile.ts).
  [
    'Aplikasi dibuka dalam mod baca sahaja: rekod boleh dicari, tiada rekod baharu boleh dibuat. Jika folder pada USB, buka suis lindung-tulisnya; jika folder rangkaian, minta ICT memberi kebenaran menulis. Kemudian tutup dan buka semula aplikasi.',
    'The app opened read-only: records can be looked up, none can be made. If the data is on a USB stick, slide off its write-protect switch; if it is on a network share, ask ICT for write access. Then close and reopen the app.',
  ],
  [
    'Aplikasi dibuka dalam mod baca sahaja: rekod boleh dicari, tiada rekod baharu boleh dibuat di sini.',
    'The app opened read-only: records can be looked up, none can be made here.',
  ],
  [
    'Folder data ini sedang digunakan oleh {} (PID {}, komputer {}, pengguna {}, sejak {}). Hanya satu aplikasi boleh menulis ke folder data pada satu masa: tutup yang itu dahulu. Aplikasi dibuka dalam mod baca sahaja: rekod boleh dicari, tiada rekod baharu boleh dibuat di sini.',
    'This data folder is in use by {} (PID {}, computer {}, user {}, since {}). Only one program can write to a data folder at a time: close that one first. The app opened read-only: records can be looked up, none can be made here.',
  ],
  [
    'Folder data ini sedang digunakan oleh {} (PID {}, komputer {}, pengguna {}, sejak {}). Hanya satu aplikasi boleh menulis ke folder data pada satu masa: tutup yang itu dahulu.',
    'This data folder is in use by {} (PID {}, computer {}, user {}, since {}). Only one program can write to a data folder at a time: close that one first.',
  ],
  [
    'Folder data ini sedang digunakan oleh aplikasi lain yang menulis kepadanya. Tutup aplikasi itu dahulu. Aplikasi dibuka dalam mod baca sahaja: rekod boleh dicari, tiada rekod baharu boleh dibuat di sini.',
    'This data folder is in use by another program that writes to it. Close that program first. The app opened read-only: records can be looked up, none can be made here.',
  ],
  [
    'Folder data ini sedang digunakan oleh aplikasi lain yang menulis kepadanya. Tutup aplikasi itu dahulu.',
    'This data folder is in use by another program that writes to it. Close that program first.',
  ],
  [
    'Folder data "{}" tidak boleh ditulis ({}). Aplikasi dibuka dalam mod baca sahaja: rekod boleh dicari, tiada rekod baharu boleh dibuat. Jika folder pada USB, buka suis lindung-tulisnya; jika folder rangkaian, minta ICT memberi kebenaran menulis. Kemudian tutup dan buka semula aplikasi.',
    'The data folder "{}" cannot be written ({}). The app opened read-only: records can be looked up, none can be made. If the data is on a USB stick, slide off its write-protect switch; if it is on a network share, ask ICT for write access. Then close and reopen the app.',
  ],
  ['Folder data "{}" tidak boleh ditulis ({}).', 'The data folder "{}" cannot be written ({}).'],
  ['Pengguna bernama "{}" sudah wujud.', 'A user named "{}" already exists.'],
  ['Alamat permintaan tidak sah.', 'The request address is not valid.'],
  ['Taip PIN anda untuk mengesahkan perubahan ini.', 'Type your PIN to confirm this change.'],
  [
    'Nama ini kelihatan sama dengan pengguna sedia ada "{}". Gunakan nama lain.',
    'This name looks the same as the existing user "{}". Use another name.',
  ],
  ['Pengguna tidak dijumpai.', 'User not found.'],
  ['Anda tidak boleh menyahaktifkan akaun anda sendiri.', 'You cannot deactivate your own account.'],
  [
    'Sekurang-kurangnya seorang Penolong Pendaftar mesti kekal aktif.',
    'At least one Assistant Registrar must stay active.',
  ],
  ['Nama atau PIN salah.', 'Wrong name or PIN.'],
  [
    'Akaun ini dikunci selama {} minit lagi kerana PIN salah dimasukkan {} kali.',
    'This account is locked for {} more minutes because a wrong PIN was entered {} times.',
  ],
  [
    'PIN salah {} kali: akaun ini dikunci selama {} minit.',
    'Wrong PIN {} times: this account is locked for {} minutes.',
  ],
  ['Pilih fail untuk diimport.', 'Choose a file to import.'],
  ['Fail terlalu besar. Had fail import ialah {} MB.', 'The file is too large. The import limit is {} MB.'],
  ['Kandungan fail tidak sah.', 'The file content is not valid.'],
  ['Pratonton tidak sah. Pilih fail semula.', 'The preview is not valid. Choose the file again.'],
  ['Import tidak dikenali. Pilih fail semula.', 'Import not recognised. Choose the file again.'],
  ['Padankan lajur No. kes dan Pihak dahulu.', 'Match the Case no. and Parties columns first.'],
  [
    'Data telah berubah sejak pratonton dibuat. Semak pratonton semula, kemudian sahkan.',
    'The data changed since the preview was made. Check the preview again, then confirm.',
  ],
  [
    'Tiada perubahan: setiap kes dalam {} telah pun ada dalam data rujukan.',
    'No change: every case in {} is already in the reference data.',
  ],
  ['Import tidak dapat dibaca semula.', 'The import could not be read again.'],
  [
    'Lajur fail {} tidak dikenali ({}). Perlukan lajur "Kod kes", "Tahun" dan "Nombor terakhir", atau satu lajur "No. kes". Tiada apa-apa diubah.',
    'The columns of file {} are not recognised ({}). Columns "Kod kes", "Tahun" and "Nombor terakhir" are needed, or one column "No. kes". Nothing was changed.',
  ],
  [
    'Fail {} hanya mengandungi tajuk lajur: tiada baris untuk diimport.',
    'File {} holds only column headings: no rows to import.',
  ],
  ['Tiada perubahan untuk diimport: semua nombor sudah sama.', 'Nothing to import: every number is already the same.'],
  ['Import ini tidak lagi disimpan. Pilih fail semula.', 'This import is no longer kept. Choose the file again.'],
  ['Fail {} tidak dapat dibaca sebagai CSV: {}', 'File {} cannot be read as CSV: {}'],
  ['Fail {} tidak dapat dibaca sebagai XLSX: {}', 'File {} cannot be read as XLSX: {}'],
  [
    'Fail {} kosong: tiada baris untuk diimport. Tiada apa-apa diubah.',
    'File {} is empty: no rows to import. Nothing was changed.',
  ],
  // Key imports refused, and rows of an ESV3 import file refused (shown in its preview).
  [
    'Ini kunci RAHSIA (private key). Import hanya kunci AWAM ICT; kunci rahsia tidak boleh berada di kaunter.',
    "This is a SECRET (private) key. Import only ICT's PUBLIC key; a secret key must never be on the counter.",
  ],
  [
    'Bukan kunci awam OpenPGP berperisai (mesti bermula "-----BEGIN PGP PUBLIC KEY BLOCK-----").',
    'Not an armored OpenPGP public key (it must start with "-----BEGIN PGP PUBLIC KEY BLOCK-----").',
  ],
  [
    'Kunci awam ini rosak atau tidak lengkap (armor tidak sah). Minta ICT menghantar fail .asc sekali lagi.',
    'This public key is damaged or incomplete (invalid armor). Ask ICT to send the .asc file again.',
  ],
  [
    'Fail ini mengandungi lebih daripada satu kunci. Import satu kunci pada satu masa.',
    'This file holds more than one key. Import one key at a time.',
  ],
  [
    'Kunci OpenPGP versi 6 tidak disokong: GnuPG ICT tidak dapat membukanya.',
    "OpenPGP version 6 keys are not supported: ICT's GnuPG cannot open them.",
  ],
  ['Kunci ini telah dibatalkan (revoked) oleh pemiliknya.', 'This key has been revoked by its owner.'],
  ['Kunci ini telah tamat tempoh pada {}.', 'This key expired on {}.'],
  [
    'Kunci ini tidak sah (tandatangan kunci rosak, tamat tempoh atau dibatalkan).',
    'This key is not valid (its self-signature is damaged, expired or revoked).',
  ],
  [
    'Kunci ini tidak boleh menyulitkan (tiada subkunci penyulitan yang sah). Minta kunci penyulitan ICT.',
    'This key cannot encrypt (no valid encryption subkey). Ask ICT for an encryption key.',
  ],
  [
    '"{}" tidak mengikut format nombor kes mahkamah ini ({}).',
    '"{}" does not follow this court\'s case number format ({}).',
  ],
  ['{} membawa kod negeri {}, bukan {}.', '{} carries state code {}, not {}.'],
  ['{} membawa kod mahkamah {}, bukan {}.', '{} carries court code {}, not {}.'],
  ['Tahun dalam {} tidak munasabah.', 'The year in {} is not plausible.'],
  ['Nombor siri dalam {} tidak sah bagi format {}.', 'The running number in {} is not valid for the format {}.'],
  ['No. kes tiada.', 'No case number.'],
  ['{} berulang (baris {}); diabaikan.', '{} repeated (line {}); ignored.'],
  ['Nama pihak bagi {} tiada.', 'No party name for {}.'],
  [
    'Nama pihak bagi {} terlalu panjang (lebih 500 aksara).',
    'The party names for {} are too long (over 500 characters).',
  ],
  [
    'Tarikh daftar "{}" bagi {} tidak difahami (cth. 03/11/2026).',
    'Registration date "{}" for {} is not understood (e.g. 03/11/2026).',
  ],
  ['Baris berulang (sama seperti baris {}); diabaikan.', 'Repeated row (the same as line {}); ignored.'],
  [
    '{} diberi dua nombor berbeza (baris {}: {}, baris {}: {}); kedua-duanya tidak diimport.',
    '{} is given two different numbers (line {}: {}, line {}: {}); neither is imported.',
  ],
  [
    'Nombor terakhir ESV3 {} bagi {} lebih rendah daripada nombor {} yang telah dikeluarkan kaunter ini: ditolak. Nombor yang telah dikeluarkan tidak boleh diberi semula; semak angka ini dengan ICT.',
    "ESV3's last number {} for {} is lower than number {} this counter has already issued: refused. An issued number can never be given again; check this figure with ICT.",
  ],
  ['Nombor {} melebihi {} digit templat {}.', 'Number {} has more than the {} digits of the template {}.'],
  ['Kod mahkamah {} bukan mahkamah ini ({}).', 'Court code {} is not this court ({}).'],
  [
    'Kaunter ini mengira satu siri bagi semua kod kes: baris bagi kod kes {} tidak digunakan.',
    'This counter keeps one series for all case codes: the row for case code {} is not used.',
  ],
  ['Kod kes tiada.', 'No case code.'],
  ['Tahun "{}" tidak sah (2000 hingga {}).', 'Year "{}" is not valid (2000 to {}).'],
  ['Nombor terakhir "{}" bukan nombor bulat yang sah.', 'Last number "{}" is not a valid whole number.'],
  // Payments refused, and backup folders refused.
  [
    'Folder {} tidak wujud. Pasang pemacu atau buat folder itu dahulu.',
    'Folder {} does not exist. Connect the drive or make the folder first.',
  ],
  ['Folder {} tidak boleh ditulis.', 'Folder {} cannot be written to.'],
  [
    'Folder sandaran tidak boleh sama dengan folder data: pilih cakera kedua atau pemacu USB.',
    'The backup folder cannot be the data folder: choose a second disk or a USB drive.',
  ],
  [
    'Jumlah bayaran tidak boleh RM 0.00 melainkan setiap baris dikecualikan dengan sebab.',
    'The payment total cannot be RM 0.00 unless every line is exempted with a reason.',
  ],
  [
    'Jumlah RM {} melebihi RM 1,000,000.00: sahkan amaun ini dahulu.',
    'The total RM {} is over RM 1,000,000.00: confirm this amount first.',
  ],
  ['Wang diterima RM {} kurang daripada jumlah RM {}.', 'Money received RM {} is less than the total RM {}.'],
  ['No. siri Kew. 38 {} telah direkodkan pada resit {}.', 'Kew. 38 serial no. {} is already recorded on receipt {}.'],
  [
    'Resit {} belum dibatalkan: batalkan dahulu sebelum menggantikannya.',
    'Receipt {} is not cancelled: cancel it before replacing it.',
  ],
  ['Resit {} telah pun diganti.', 'Receipt {} has already been replaced.'],
  [
    'Kunci peranti kaunter ini masih ada pada komputer ini: kunci yang berfungsi tidak diganti.',
    "This counter's device key is still on this PC: a working key is not replaced.",
  ],
  ['bukan folder', 'not a folder'],
  // A request sent again (electron/ipc/requests.ts).
  ['No. permintaan tidak sah.', 'The request number is not valid.'],
  [
    'No. permintaan ini telah digunakan untuk tindakan lain: tiada apa-apa disimpan.',
    'This request number was already used for another action: nothing was saved.',
  ],
  [
    'Tindakan ini telah disimpan sebelum sambungan terputus, tetapi jawapannya tidak tersimpan: ia tidak dibuat kali kedua. Semak rekod sebelum mencuba lagi.',
    'This action was saved before the connection dropped, but its answer was not kept: it was not done a second time. Check the records before trying again.',
  ],
  // Encrypted backups and restore onto a new PC.
  ['Fail kunci terlalu besar.', 'The key file is too large.'],
  ['Isikan laluan penuh fail sandaran.', 'Enter the full path of the backup file.'],
  ['Laluan fail mengandungi aksara kawalan.', 'The file path contains control characters.'],
  ['Isikan frasa laluan pemulihan.', 'Enter the recovery passphrase.'],
  ['Frasa laluan terlalu panjang.', 'The passphrase is too long.'],
  ['Laluan fail terlalu panjang.', 'The file path is too long.'],
  [
    'Frasa laluan pemulihan mesti sekurang-kurangnya {} aksara.',
    'The recovery passphrase must be at least {} characters.',
  ],
  [
    'Kaunter ini sudah mempunyai rekod: pemulihan dari skrin pertama hanya untuk folder data baharu. Pulihkan melalui Tetapan → Sandaran.',
    'This counter already holds records: restoring from the first screen is only for a new data folder. Restore through Settings → Backup.',
  ],
  [
    'Tulis laluan penuh fail sandaran, cth. E:\\Sandaran\\kaunter-K1-20261128-170000.sqlite.pgp.',
    'Write the full path of the backup file, e.g. E:\\Sandaran\\kaunter-K1-20261128-170000.sqlite.pgp.',
  ],
  [
    'Frasa laluan pemulihan salah: sandaran tidak dapat dibuka. Tiada apa-apa diubah.',
    'Wrong recovery passphrase: the backup cannot be opened. Nothing was changed.',
  ],
  [
    'Sandaran ini tidak dapat dinyahsulit dengan kunci atau frasa laluan yang diberi (atau fail rosak). Tiada apa-apa diubah.',
    'This backup cannot be decrypted with the key or passphrase given (or the file is damaged). Nothing was changed.',
  ],
  ['Sandaran ini tidak mengandungi pangkalan data.', 'This backup holds no database.'],
  [
    'Tandatangan peranti pada sandaran ini tidak sah bagi kunci {}: sandaran mungkin diubah. Tiada apa-apa diubah.',
    'The device signature on this backup is not valid for key {}: the backup may have been altered. Nothing was changed.',
  ],
  [
    'Sandaran ini tidak menyatakan kepala rantaian audit yang ditandatangani.',
    'This backup does not state a signed audit chain head.',
  ],
  ['Kunci rahsia ini berkunci: berikan juga frasa laluannya.', 'This secret key is locked: give its passphrase too.'],
  [
    'Fail kunci ini bukan kunci rahsia OpenPGP yang boleh dibuka.',
    'This key file is not an OpenPGP secret key that can be opened.',
  ],
  [
    'Fail kunci pemulihan (kaunter-<kaunter>-kunci-pemulihan.asc) tiada di sebelah fail sandaran. Salin fail itu bersama sandaran, atau gunakan kunci ICT.',
    'The recovery key file (kaunter-<counter>-kunci-pemulihan.asc) is not beside the backup file. Copy it with the backup, or use the ICT key.',
  ],
  [
    'Sandaran ini disulitkan: berikan frasa laluan pemulihan mahkamah atau fail kunci rahsia ICT.',
    "This backup is encrypted: give the court recovery passphrase or ICT's secret key file.",
  ],
  ['Isi sandaran ini bukan pangkalan data Kaunter Sandaran.', 'This backup does not hold a Kaunter Sandaran database.'],
  [
    'Sandaran ini tidak menamakan kunci peranti yang menandatanganinya.',
    'This backup does not name the device key that signed it.',
  ],
  [
    'Kepala rantaian audit dalam sandaran ini tidak sama dengan yang ditandatangani: sandaran diubah.',
    'The audit chain head in this backup differs from the one signed: the backup was altered.',
  ],
  [
    'Folder sandaran tidak boleh berada di dalam folder data: pilih cakera kedua atau pemacu USB.',
    'The backup folder cannot be inside the data folder: choose a second disk or a USB drive.',
  ],
  [
    'frasa laluan pemulihan mahkamah belum ditetapkan dan tiada kunci ICT. Penolong Pendaftar perlu menetapkan frasa laluan dalam Tetapan → Sandaran',
    'the court recovery passphrase has not been set and there is no ICT key. The Assistant Registrar must set the passphrase in Settings → Backup',
  ],
  // The number series (electron/services/series/): clock guard and given numbers inside this counter's series.
  [
    'Tarikh pada jam komputer ini ({}) lebih awal daripada rekod terakhir ({}). Nombor tidak dikeluarkan sehingga Penolong Pendaftar mengesahkan tarikh ini dengan PIN, atau tarikh dan masa komputer dibetulkan.',
    "The date on this computer's clock ({}) is earlier than the last record ({}). No number is issued until the Assistant Registrar confirms this date with their PIN, or the computer's date and time are corrected.",
  ],
  [
    'Tahun pada jam komputer ini ({}) bukan tahun nombor terakhir yang dikeluarkan ({}). Nombor tidak dikeluarkan sehingga Penolong Pendaftar mengesahkan tarikh ini dengan PIN, atau tarikh dan masa komputer dibetulkan.',
    "The year on this computer's clock ({}) is not the year of the last number issued ({}). No number is issued until the Assistant Registrar confirms this date with their PIN, or the computer's date and time are corrected.",
  ],
  [
    'Nombor siri telah berubah sejak dirancang. Cuba lagi.',
    'The running number changed since it was planned. Try again.',
  ],
  [
    'No. kes {} berada dalam siri nombor kaunter ini sendiri ({} ke atas): kaunter ini akan memberikan nombor itu kepada kes yang didaftarkan di sini. Semak nombor pada dokumen. Jika ESV2/ESV3 memang memberikan nombor itu, Penolong Pendaftar perlu menaikkan Nombor kes terakhir ESV3 bagi siri {} kepada sekurang-kurangnya {} dalam Tetapan, kemudian rekodkan kes ini semula.',
    "Case no. {} lies inside this counter's own number series ({} upwards): this counter will give that number to a case registered here. Check the number on the document. If ESV2/ESV3 really gave that number, the Assistant Registrar must raise the last ESV3 case number of series {} to at least {} in Settings, then record this case again.",
  ],
  [
    'No. kes {} berada dalam blok nombor kaunter ini sendiri ({} hingga {}): kaunter ini akan memberikan nombor itu kepada kes yang didaftarkan di sini. Semak nombor pada dokumen. Jika ESV2/ESV3 memang memberikan nombor itu, Penolong Pendaftar perlu menaikkan Nombor kes terakhir ESV3 bagi siri {} kepada sekurang-kurangnya {} dalam Tetapan, kemudian rekodkan kes ini semula.',
    "Case no. {} lies inside this counter's own number block ({} to {}): this counter will give that number to a case registered here. Check the number on the document. If ESV2/ESV3 really gave that number, the Assistant Registrar must raise the last ESV3 case number of series {} to at least {} in Settings, then record this case again.",
  ],
  // Money limits, rounding, typed amounts and the day reopen (issue 18).
  ['Isikan amaun minimum.', 'Enter the minimum amount.'],
  ['Isikan amaun maksimum.', 'Enter the maximum amount.'],
  ['Amaun maksimum mesti sekurang-kurangnya amaun minimum.', 'The maximum amount must be at least the minimum amount.'],
  ['Amaun minimum', 'Minimum amount'],
  ['Amaun maksimum', 'Maximum amount'],
  ['Amaun', 'Amount'],
  ['Catatan perbezaan tunai', 'Cash difference note'],
  ['Sebab dibuka semula', 'Reason for reopening'],
  ['Had wang tunai satu bayaran', 'Cash limit for one payment'],
  ['Had baki yang perlu disahkan', 'Change that must be confirmed'],
  [
    'Fi {} amaunnya ditaip kerani: fi dokumen mesti amaun tetap.',
    "Fee {}'s amount is typed by the clerk: a document's fee must be a fixed amount.",
  ],
  ['Kaunter {} belum ditutup bagi {}.', 'Counter {} is not closed for {}.'],
  [
    'Tunai dikira tidak sama dengan jumlah resit tunai (RM {}): isikan catatan perbezaan tunai.',
    'The cash counted is not the total of the cash receipts (RM {}): fill in the cash difference note.',
  ],
  [
    'Fi {} ialah fi bagi dokumen {}: fi dokumen mesti amaun tetap.',
    "Fee {} is the fee for the document {}: a document's fee must be a fixed amount.",
  ],
  [
    'Wang tunai RM {} melebihi had RM {} bagi satu bayaran di kaunter ini: semak amaun, atau terima cek atau EFT.',
    'Cash of RM {} is above the limit of RM {} for one payment at this counter: check the amount, or take a cheque or EFT.',
  ],
  [
    'Baki RM {} melebihi RM {}: semak wang diterima dan sahkan baki ini dahulu.',
    'Change of RM {} is above RM {}: check the money received and confirm this change first.',
  ],
  ['{}: satu baris bagi setiap amaun (kuantiti 1).', '{}: one line for each amount (quantity 1).'],
  ['Isikan amaun bagi {}.', 'Enter the amount for {}.'],
  ['Amaun {} mesti antara RM {} dan RM {}.', 'The amount of {} must be between RM {} and RM {}.'],
];
