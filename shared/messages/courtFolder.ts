/** English for the refusals of the court folder: enrolling another counter's device key. */
export const courtFolderMessages = {
  'Ini kunci RAHSIA (private key). Daftarkan hanya kunci AWAM peranti kaunter itu (fail .asc daripada slip persediaan).':
    "This is a SECRET (private) key. Enrol only that counter's PUBLIC device key (the .asc file from its setup slip).",
  'Kunci awam peranti ini rosak atau tidak lengkap. Salin fail .asc sekali lagi.':
    'This public device key is damaged or incomplete. Copy the .asc file again.',
  'Kod kaunter mesti 1–6 huruf atau angka (cth. K2).': 'The counter code must be 1–6 letters or digits (e.g. K2).',
  'Cap jari kunci ini ({fingerprint}) tidak sama dengan cap jari pada slip persediaan. Kunci tidak didaftarkan.':
    "This key's fingerprint ({fingerprint}) is not the fingerprint on the setup slip. The key was not enrolled.",
  'Folder mahkamah belum ditetapkan di kaunter ini, jadi buku kausa seluruh mahkamah tidak dapat disediakan. Cetak buku kausa kaunter ini sahaja, atau minta Penolong Pendaftar menetapkan folder mahkamah dalam Tetapan.':
    "No court folder is set at this counter, so the whole court's cause book cannot be made. Print this counter's cause book only, or ask the Assistant Registrar to set the court folder in Settings.",
  'Kunci kaunter ini sendiri tidak perlu didaftarkan.': "This counter's own key needs no enrolment.",
  'Kunci {fingerprint} sudah didaftarkan untuk kaunter {counter}.':
    'Key {fingerprint} is already enrolled for counter {counter}.',
  'Kaunter {counter} sudah mempunyai kunci berdaftar ({fingerprint}). Batalkan kunci itu dahulu.':
    'Counter {counter} already has an enrolled key ({fingerprint}). Revoke that key first.',
  'Kaunter {counter} tiada kunci berdaftar.': 'Counter {counter} has no enrolled key.',
  'Tiada folder kaunter {counter} dalam folder mahkamah {folder}.':
    'There is no folder for counter {counter} in the court folder {folder}.',
  'Kaunter {counter} ada dalam lebih daripada satu mahkamah dalam folder ini: nyatakan --court.':
    'Counter {counter} is in more than one court in this folder: give --court.',
  'Folder data {dataDir} sudah mempunyai pangkalan data kaunter: pemulihan daripada folder mahkamah hanya ke folder kosong.':
    'The data folder {dataDir} already holds a counter database: a restore from the court folder goes only into an empty folder.',
  'Tiada segmen kaunter {counter} yang boleh dibaca dan disahkan: tiada apa-apa dipulihkan.':
    'No segment of counter {counter} could be read and verified: nothing was restored.',
  'Sejarah yang diterbitkan tidak bermula dengan tetapan awal kaunter: tidak boleh dipulihkan.':
    "The published history does not begin with the counter's first setup: it cannot be restored.",
  'Pengguna #{id} bukan Penolong Pendaftar dalam sejarah kaunter ini.':
    "User #{id} is not an Assistant Registrar in this counter's history.",
  'Folder mahkamah {folder} tidak dapat dicapai dari PC ini. Pastikan folder kongsi itu wujud dan boleh dibuka, kemudian cuba lagi.':
    'The court folder {folder} cannot be reached from this PC. Make sure the shared folder exists and opens, then try again.',
  'Kes ini tiada dalam salinan rekod kaunter {counter} di PC ini.':
    "This case is not in this PC's copy of counter {counter}'s records.",
  'Isikan laluan folder mahkamah.': 'Enter the court folder path.',
  'Tiada segmen kaunter {counter} yang boleh dibaca dan disahkan: {problem}':
    'No segment of counter {counter} could be read and verified: {problem}',
  'Tiada segmen kaunter dalam folder mahkamah {folder}.': 'There are no counter segments in the court folder {folder}.',
  'Frasa laluan kunci salah. Tiada apa-apa diubah.': 'Wrong key passphrase. Nothing was changed.',
  'Tampal atau pilih kunci rahsia ICT atau fail kunci pemulihan mahkamah.':
    "Paste or choose ICT's secret key or the court recovery key file.",
  'Kunci rahsia terlalu panjang.': 'The secret key is too long.',
  'Pilih kaunter yang dijumpai dalam folder mahkamah.': 'Choose a counter found in the court folder.',
  'Pilih Penolong Pendaftar yang diberi PIN baharu.': 'Choose the Assistant Registrar who gets the new PIN.',
  'Tulis laluan penuh folder, cth. \\\\pelayan\\mahkamah atau D:\\Syncthing\\Mahkamah.':
    'Write the full folder path, e.g. \\\\server\\court or D:\\Syncthing\\Court.',
  'Tampal atau pilih fail kunci awam kaunter itu.': "Paste or choose that counter's public key file.",
  'Kunci awam terlalu panjang.': 'The public key is too long.',
  'Taip cap jari daripada slip persediaan kaunter itu.': "Type the fingerprint from that counter's setup slip.",
  'Cap jari mesti 40 aksara heksadesimal (0–9, A–F).': 'The fingerprint must be 40 hexadecimal characters (0–9, A–F).',
  'Kes ini kes kaunter ini sendiri. Cari kes itu dalam Buku Daftar kaunter ini.':
    "This is this counter's own case. Find it in this counter's Buku Daftar.",
  'Kes ini tiada dalam salinan rekod Kaunter {counter} di kaunter ini (folder mahkamah belum dibaca, atau segmennya ditolak). Semak status folder mahkamah.':
    "This case is not in this counter's copy of counter {counter}'s records (the court folder not read yet, or its segments refused). Check the court folder's status.",
  'Kes {caseNumber} telah dibatalkan di Kaunter {counter}.': 'Case {caseNumber} was cancelled at counter {counter}.',
  'Resit ganti dikeluarkan daripada kes di Buku Daftar kaunter ini.':
    "A replacement receipt is issued from the case in this counter's Buku Daftar.",
} as const;
