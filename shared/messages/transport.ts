/** English for the refusals of the boundary: the dispatcher, the IPC and host transports, requests sent again. */
export const transportMessages = {
  'Alamat permintaan tidak sah.': 'The request address is not valid.',
  'Cakera penuh: rekod tidak disimpan. Kosongkan ruang cakera atau hubungi ICT, kemudian cuba lagi.':
    'The disk is full: the record was not saved. Free some disk space or call ICT, then try again.',
  'Folder data tidak boleh ditulis: rekod tidak disimpan. Semak cakera atau hubungi ICT.':
    'The data folder cannot be written: the record was not saved. Check the disk or call ICT.',
  'Maklumat tidak sah.': 'The details are not valid.',
  'Maklumat yang dihantar terlalu besar.': 'What was sent is too large.',
  'Maklumat yang dihantar tidak sah.': 'What was sent is not valid.',
  'No. permintaan ini telah digunakan untuk tindakan lain: tiada apa-apa disimpan.':
    'This request number was already used for another action: nothing was saved.',
  'No. permintaan tidak sah.': 'The request number is not valid.',
  'Pangkalan data sedang sibuk: tiada apa-apa disimpan. Cuba lagi sebentar.':
    'The database is busy: nothing was saved. Try again in a moment.',
  'Permintaan ditolak: ia bukan daripada tetingkap Kaunter Sandaran.':
    'Request refused: it did not come from the Kaunter Sandaran window.',
  'Permintaan ditolak.': 'Request refused.',
  'Permintaan tidak dikenali.': 'Unknown request.',
  'Ralat dalaman: tiada apa-apa disimpan. Cuba lagi atau hubungi ICT.':
    'Internal error: nothing was saved. Try again or call ICT.',
  'Ralat dalaman.': 'Internal error.',
  'Ralat pangkalan data: tiada apa-apa disimpan. Hubungi ICT jika berulang.':
    'Database error: nothing was saved. Call ICT if it happens again.',
  'Rekod bercanggah dengan rekod sedia ada: tiada apa-apa disimpan.':
    'The record clashes with an existing record: nothing was saved.',
  'Sambungan ke pangkalan data kaunter terputus dan jawapan tidak diterima. Apabila sambungan pulih, tekan butang yang sama sekali lagi dengan maklumat yang sama: tindakan yang telah disimpan tidak akan dibuat kali kedua.':
    "The connection to the counter's database dropped and no answer came. Once it is back, press the same button again with the same details: an action already saved will not be done a second time.",
  'Sila log masuk dahulu.': 'Please sign in first.',
  'Taip PIN anda sekali lagi untuk meneruskan tindakan penyelia ini.':
    'Type your PIN once more to go on with this supervisor action.',
  'Tiada sambungan ke hos Kaunter Sandaran. Pastikan hos masih berjalan, kemudian cuba lagi.':
    'No connection to the Kaunter Sandaran host. Make sure the host is still running, then try again.',
  'Tiada sambungan ke pangkalan data kaunter: tiada apa-apa disimpan. Tutup dan buka semula aplikasi.':
    "No connection to the counter's database: nothing was saved. Close and open the app again.",
  'Tindakan ini hanya untuk Penolong Pendaftar (penyelia).': 'Only the Assistant Registrar (supervisor) may do this.',
  'Tindakan ini telah disimpan sebelum sambungan terputus, tetapi jawapannya tidak tersimpan: ia tidak dibuat kali kedua. Semak rekod sebelum mencuba lagi.':
    'This action was saved before the connection dropped, but its answer was not kept: it was not done a second time. Check the records before trying again.',
} as const;
