/** English for the refusals of backups, the recovery key and restore. */
export const backupMessages = {
  'Bilangan mesti nombor bulat.': 'The count must be a whole number.',
  'cakera sandaran penuh': 'the backup disk is full',
  'Fail {file} bukan pangkalan data Kaunter Sandaran yang boleh dibuka.':
    'File {file} is not a Kaunter Sandaran database that can be opened.',
  'Fail kunci ini bukan kunci rahsia OpenPGP yang boleh dibuka.':
    'This key file is not an OpenPGP secret key that can be opened.',
  'Fail kunci pemulihan (kaunter-<kaunter>-kunci-pemulihan.asc) tiada di sebelah fail sandaran. Salin fail itu bersama sandaran, atau gunakan kunci ICT.':
    'The recovery key file (kaunter-<counter>-kunci-pemulihan.asc) is not beside the backup file. Copy it with the backup, or use the ICT key.',
  'Fail kunci terlalu besar.': 'The key file is too large.',
  'Fail sandaran {file} tidak dijumpai.': 'Backup file {file} not found.',
  'Folder {dir} tidak boleh ditulis.': 'Folder {dir} cannot be written to.',
  'Folder {dir} tidak wujud. Pasang pemacu atau buat folder itu dahulu.':
    'Folder {dir} does not exist. Connect the drive or make the folder first.',
  'Folder sandaran {dir} tidak dijumpai. Pasang semula pemacu USB atau cakera kedua, atau pilih folder lain dalam Tetapan → Sandaran.':
    'Backup folder {dir} not found. Plug the USB drive or second disk back in, or choose another folder in Settings → Backup.',
  'Folder sandaran belum dipilih.': 'No backup folder has been chosen.',
  'Folder sandaran belum dipilih. Penolong Pendaftar perlu memilihnya dalam Tetapan → Sandaran.':
    'No backup folder has been chosen. The Assistant Registrar must choose one in Settings → Backup.',
  'folder sandaran hilang semasa menyalin (pemacu USB dicabut?)':
    'the backup folder went away while copying (USB drive pulled out?)',
  'Folder sandaran tidak boleh berada di dalam folder data: pilih cakera kedua atau pemacu USB.':
    'The backup folder cannot be inside the data folder: choose a second disk or a USB drive.',
  'folder sandaran tidak boleh ditulis': 'the backup folder cannot be written',
  'Folder sandaran tidak boleh sama dengan folder data: pilih cakera kedua atau pemacu USB.':
    'The backup folder cannot be the data folder: choose a second disk or a USB drive.',
  'Frasa laluan pemulihan mesti sekurang-kurangnya {min} aksara.':
    'The recovery passphrase must be at least {min} characters.',
  'Frasa laluan pemulihan mesti sekurang-kurangnya 12 aksara.':
    'The recovery passphrase must be at least 12 characters.',
  'Frasa laluan pemulihan salah: sandaran tidak dapat dibuka. Tiada apa-apa diubah.':
    'Wrong recovery passphrase: the backup cannot be opened. Nothing was changed.',
  'Frasa laluan terlalu panjang.': 'The passphrase is too long.',
  'Isi sandaran ini bukan pangkalan data Kaunter Sandaran.': 'This backup does not hold a Kaunter Sandaran database.',
  'Isikan bilangan sandaran disimpan.': 'Enter how many backups to keep.',
  'Isikan folder sandaran.': 'Enter the backup folder.',
  'Isikan frasa laluan pemulihan.': 'Enter the recovery passphrase.',
  'Isikan laluan penuh fail sandaran.': 'Enter the full path of the backup file.',
  'Isikan selang dalam minit.': 'Enter the interval in minutes.',
  'Kaunter ini sudah mempunyai rekod: pemulihan dari skrin pertama hanya untuk folder data baharu. Pulihkan melalui Tetapan → Sandaran.':
    'This counter already holds records: restoring from the first screen is only for a new data folder. Restore through Settings → Backup.',
  'Kepala rantaian audit dalam sandaran ini tidak sama dengan yang ditandatangani: sandaran diubah.':
    'The audit chain head in this backup differs from the one signed: the backup was altered.',
  'Kerja lain masih berjalan pada pangkalan data (sandaran, eksport, cetakan atau penyegerakan folder mahkamah). Pemulihan tidak dimulakan dan tiada apa-apa berubah; cuba lagi apabila kerja itu selesai.':
    'Other work is still running on the database (a backup, an export, printing or the court folder sync). The restore was not started and nothing changed; try again when that work has finished.',
  'Kunci rahsia ini berkunci: berikan juga frasa laluannya.': 'This secret key is locked: give its passphrase too.',
  'Laluan fail mengandungi aksara kawalan.': 'The file path contains control characters.',
  'Laluan fail terlalu panjang.': 'The file path is too long.',
  'Laluan folder mengandungi aksara kawalan.': 'The folder path contains control characters.',
  'Laluan folder terlalu panjang.': 'The folder path is too long.',
  'Pangkalan data ini tidak mempunyai folder data.': 'This ledger has no data folder.',
  'Paling banyak 500 sandaran.': 'At most 500 backups.',
  'Pilih fail sandaran daripada senarai.': 'Choose a backup file from the list.',
  'Pilih fail sandaran.': 'Choose a backup file.',
  'Salinan sandaran gagal disemak: {problem}': 'The backup copy failed its check: {problem}',
  'Sandaran {name} gagal disemak dan tidak dipulihkan: {problem}':
    'Backup {name} failed its check and was not restored: {problem}',
  'Sandaran ini disulitkan: berikan frasa laluan pemulihan mahkamah atau fail kunci rahsia ICT.':
    "This backup is encrypted: give the court recovery passphrase or ICT's secret key file.",
  'Sandaran ini tidak dapat dinyahsulit dengan kunci atau frasa laluan yang diberi (atau fail rosak). Tiada apa-apa diubah.':
    'This backup cannot be decrypted with the key or passphrase given (or the file is damaged). Nothing was changed.',
  'Sandaran ini tidak menamakan kunci peranti yang menandatanganinya.':
    'This backup does not name the device key that signed it.',
  'Sandaran ini tidak mengandungi pangkalan data.': 'This backup holds no database.',
  'Sandaran ini tidak menyatakan kepala rantaian audit yang ditandatangani.':
    'This backup does not state a signed audit chain head.',
  'Sandaran tidak dibuat: {why}. Rekod dalam kaunter tidak terjejas.':
    "No backup made: {why}. The counter's records are not affected.",
  'Sandaran tidak dibuat: frasa laluan pemulihan mahkamah belum ditetapkan dan tiada kunci ICT. Penolong Pendaftar perlu menetapkan frasa laluan dalam Tetapan → Sandaran. Rekod dalam kaunter tidak terjejas.':
    'No backup was made: the court recovery passphrase has not been set and there is no ICT key. The Assistant Registrar must set the passphrase in Settings → Backup. The records in the counter are not affected.',
  'Selang mesti nombor bulat.': 'The interval must be a whole number.',
  'Selang paling lama 1440 minit (sehari).': 'The interval is at most 1440 minutes (a day).',
  'Selang sekurang-kurangnya 5 minit.': 'The interval must be at least 5 minutes.',
  'Simpan sekurang-kurangnya 1 sandaran.': 'Keep at least 1 backup.',
  'Tandatangan peranti pada sandaran ini tidak sah bagi kunci {signer}: sandaran mungkin diubah. Tiada apa-apa diubah.':
    'The device signature on this backup is not valid for key {signer}: the backup may have been altered. Nothing was changed.',
  'Tulis laluan penuh fail sandaran, cth. E:\\Sandaran\\kaunter-K1-20261128-170000.sqlite.pgp.':
    'Write the full path of the backup file, e.g. E:\\Sandaran\\kaunter-K1-20261128-170000.sqlite.pgp.',
} as const;
