/** English for the refusals of the ICT export bundle, ICT keys and the device key. */
export const bundleMessages = {
  '"{folder}" bukan folder. Pilih folder pada USB atau cakera.':
    '"{folder}" is not a folder. Choose a folder on a USB drive or disk.',
  '{count} dokumen diterima': '{count} documents received',
  '{count} janji temu': '{count} appointments',
  '{count} kes': '{count} cases',
  '{count} resit': '{count} receipts',
  'Borang serahan {baseName} telah berubah dan tidak dapat dibina semula. Hubungi ICT.':
    'Handover form {baseName} has changed and cannot be rebuilt. Call ICT.',
  'Bukan kunci awam OpenPGP berperisai (mesti bermula "-----BEGIN PGP PUBLIC KEY BLOCK-----").':
    'Not an armored OpenPGP public key (it must start with "-----BEGIN PGP PUBLIC KEY BLOCK-----").',
  'Eksport {seq} telah direkodkan tetapi fail {pgp} belum mendapat nama akhirnya ({error}). Masukkan semula USB yang sama dan eksport lagi: fail itu dilengkapkan dahulu.':
    'Export {seq} was recorded but the file {pgp} has not yet taken its final name ({error}). Put the same USB stick back and export again: that file is completed first.',
  'Eksport {seq} tidak dijumpai.': 'Export {seq} not found.',
  'Eksport gagal kerana ralat dalaman. Tiada fail eksport ditinggalkan; cuba lagi atau hubungi ICT.':
    'The export failed with an internal error. No export file was left; try again or call ICT.',
  'Eksport ke "{folder}" gagal ({why}). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.':
    'Export to "{folder}" failed ({why}). No export file was left with its final name; fix it and try again.',
  'Fail "{name}" sudah ada dalam folder tujuan tetapi tidak pernah direkodkan oleh kaunter ini: jangan serahkan fail itu kepada ICT. Tiada apa-apa ditimpa; tunggu seminit dan eksport semula, atau pilih folder lain.':
    'The file "{name}" is already in the target folder but this counter never recorded it: do not hand that file to ICT. Nothing was overwritten; wait a minute and export again, or choose another folder.',
  'Fail "{name}" sudah ada dalam folder tujuan; tiada apa-apa ditimpa.':
    'File "{name}" is already in the destination folder; nothing was overwritten.',
  'Fail ini mengandungi lebih daripada satu kunci. Import satu kunci pada satu masa.':
    'This file holds more than one key. Import one key at a time.',
  'Fail kunci terlalu besar untuk sebuah kunci awam.': 'The key file is too large for a public key.',
  'Fail yang dibaca semula dari "{folder}" bukan mesej OpenPGP yang sah. Tiada fail eksport ditinggalkan; cuba lagi.':
    'The file read back from "{folder}" is not a valid OpenPGP message. No export file was left; try again.',
  'Fail yang dibaca semula dari "{folder}" tidak sama dengan yang ditulis (USB rosak?). Tiada fail eksport ditinggalkan; cuba USB lain.':
    'The file read back from "{folder}" differs from what was written (faulty USB drive?). No export file was left; try another USB drive.',
  'Folder tujuan "{folder}" tiada lagi (USB dicabut?). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.':
    'Destination folder "{folder}" is gone (USB drive pulled out?). No export file was left with its final name; fix it and try again.',
  'Folder tujuan "{folder}" tidak boleh ditulis (baca sahaja atau tiada kebenaran). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.':
    'Destination folder "{folder}" cannot be written (read-only or no permission). No export file was left with its final name; fix it and try again.',
  'Frasa laluan eksport mesti sekurang-kurangnya 8 aksara.': 'The export passphrase must be at least 8 characters.',
  'Frasa laluan sekurang-kurangnya 8 aksara.': 'The passphrase must be at least 8 characters.',
  'Frasa laluan terlalu panjang (maksimum 200 aksara).': 'The passphrase is too long (at most 200 characters).',
  'Frasa laluan tidak sama. Taip semula.': 'The passphrases differ. Type them again.',
  'Ini kunci RAHSIA (private key). Import hanya kunci AWAM ICT; kunci rahsia tidak boleh berada di kaunter.':
    "This is a SECRET (private) key. Import only ICT's PUBLIC key; a secret key must never be on the counter.",
  'Isikan folder tujuan (cth. E:\\ untuk USB).': 'Enter the destination folder (e.g. E:\\ for a USB drive).',
  'Isikan folder tujuan.': 'Enter the destination folder.',
  'Isikan laluan penuh folder (cth. E:\\ atau /media/usb).': 'Enter the full folder path (e.g. E:\\ or /media/usb).',
  'Kaunter ini tiada kunci peranti yang direkodkan, jadi eksport tidak dapat ditandatangani dan tidak dibuat. Cetak slip persediaan di Tetapan → Kunci dan Eksport (kunci peranti dibuat ketika itu), serahkan slip itu kepada ICT, kemudian eksport semula.':
    'This counter has no device key on record, so the export cannot be signed and was not made. Print the setup slip in Settings → Keys & Export (the device key is made then), hand the slip to ICT, then export again.',
  'Kerja eksport itu tidak dijumpai (aplikasi dimulakan semula?).':
    'That export job was not found (was the app restarted?).',
  'Kerja eksport tidak dikenali.': 'Unknown export job.',
  'Kunci {fingerprint} pernah dibuang; kunci yang dibuang tidak diimport semula. Minta kunci baharu daripada ICT.':
    'Key {fingerprint} was removed before; a removed key is not imported again. Ask ICT for a new key.',
  'Kunci {fingerprint} sudah diimport.': 'Key {fingerprint} has already been imported.',
  'Kunci awam ini rosak atau tidak lengkap (armor tidak sah). Minta ICT menghantar fail .asc sekali lagi.':
    'This public key is damaged or incomplete (invalid armor). Ask ICT to send the .asc file again.',
  'Kunci ICT itu sudah dibuang.': 'That ICT key has already been removed.',
  'Kunci ICT itu tidak dijumpai.': 'That ICT key was not found.',
  'Kunci ini telah dibatalkan (revoked) oleh pemiliknya.': 'This key has been revoked by its owner.',
  'Kunci ini telah tamat tempoh pada {expiry}.': 'This key expired on {expiry}.',
  'Kunci ini tidak boleh menyulitkan (tiada subkunci penyulitan yang sah). Minta kunci penyulitan ICT.':
    'This key cannot encrypt (no valid encryption subkey). Ask ICT for an encryption key.',
  'Kunci ini tidak sah (tandatangan kunci rosak, tamat tempoh atau dibatalkan).':
    'This key is not valid (its self-signature is damaged, expired or revoked).',
  'Kunci OpenPGP versi 6 tidak disokong: GnuPG ICT tidak dapat membukanya.':
    "OpenPGP version 6 keys are not supported: ICT's GnuPG cannot open them.",
  'Kunci peranti dalam simpanan ({fingerprint}) bukan kunci yang direkodkan ({recorded}). Eksport dihentikan; hubungi ICT.':
    'The device key in storage ({fingerprint}) is not the recorded key ({recorded}). Export stopped; call ICT.',
  'Kunci peranti kaunter ini masih ada pada komputer ini: kunci yang berfungsi tidak diganti.':
    "This counter's device key is still on this PC: a working key is not replaced.",
  'Kunci peranti kaunter ini tiada dalam simpanan: eksport dan sandaran tidak dapat ditandatangani. Kunci rahsia hanya boleh dibuka pada komputer dan akaun Windows yang membuatnya. Jika kaunter ini dipulihkan ke komputer baharu, Penolong Pendaftar perlu membuat kunci peranti baharu di Tetapan → Kunci dan Eksport dan menyerahkan slip persediaan baharu kepada ICT.':
    "This counter's device key is not in storage: exports and backups cannot be signed. The secret key opens only on the computer and Windows account that made it. If this counter was restored onto a new PC, the Assistant Registrar must make a new device key in Settings → Keys & Export and give ICT the new setup slip.",
  'Kunci peranti tidak dapat dibuka pada akaun atau komputer ini (fail dilindungi oleh akaun yang membuatnya). Hubungi ICT.':
    'The device key cannot be opened on this account or computer (the file is protected by the account that made it). Call ICT.',
  'Laluan folder tidak sah.': 'The folder path is not valid.',
  'Pencetak "{printer}" gagal mencetak. {what} telah disimpan; semak pencetak dan cuba lagi.':
    'Printer "{printer}" failed to print. {what} has been saved; check the printer and try again.',
  'Penyimpanan selamat sistem pengendalian tidak tersedia: kunci peranti tidak dapat disimpan dengan selamat. Hubungi ICT.':
    "The operating system's secure storage is not available: the device key cannot be kept safely. Call ICT.",
  'Ralat baca/tulis pada "{folder}" (USB longgar atau rosak?). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.':
    'Read/write error on "{folder}" (USB drive loose or faulty?). No export file was left with its final name; fix it and try again.',
  'ralat tidak diketahui': 'unknown error',
  'Rekod audit eksport {seq} tidak dijumpai.': 'The audit record of export {seq} was not found.',
  'Ruang dalam "{folder}" tidak mencukupi (cakera/USB penuh). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.':
    'Not enough space in "{folder}" (disk/USB drive full). No export file was left with its final name; fix it and try again.',
  'Satu eksport sedang berjalan. Tunggu sehingga eksport itu selesai.': 'An export is running. Wait until it finishes.',
  'Tampal atau pilih fail kunci awam ICT (.asc).': "Paste or choose ICT's public key file (.asc).",
  'Tiada kunci ICT: eksport mesti disulitkan menggunakan sekurang-kurangnya satu kunci awam ICT. Import kunci di Tetapan → Kunci dan Eksport.':
    'No ICT key: an export must be encrypted to at least one ICT public key. Import a key in Settings → ICT keys.',
  'Tiada pencetak A4 dipilih untuk {what}. Pilih pencetak penyata di Tetapan → Pencetak, atau simpan PDF sahaja.':
    'No A4 printer chosen for {what}. Choose a statement printer in Settings → Printers, or just save the PDF.',
  'tiada rekod': 'no records',
} as const;
