/** English for the refusals of the court folder: enrolling another counter's device key. */
export const courtFolderMessages = {
  'Ini kunci RAHSIA (private key). Daftarkan hanya kunci AWAM peranti kaunter itu (fail .asc daripada slip persediaan).':
    "This is a SECRET (private) key. Enrol only that counter's PUBLIC device key (the .asc file from its setup slip).",
  'Kunci awam peranti ini rosak atau tidak lengkap. Salin fail .asc sekali lagi.':
    'This public device key is damaged or incomplete. Copy the .asc file again.',
  'Kod kaunter mesti 1–6 huruf atau angka (cth. K2).': 'The counter code must be 1–6 letters or digits (e.g. K2).',
  'Cap jari kunci ini ({fingerprint}) tidak sama dengan cap jari pada slip persediaan. Kunci tidak didaftarkan.':
    "This key's fingerprint ({fingerprint}) is not the fingerprint on the setup slip. The key was not enrolled.",
  'Kunci kaunter ini sendiri tidak perlu didaftarkan.': "This counter's own key needs no enrolment.",
  'Kunci {fingerprint} sudah didaftarkan untuk kaunter {counter}.':
    'Key {fingerprint} is already enrolled for counter {counter}.',
  'Kaunter {counter} sudah mempunyai kunci berdaftar ({fingerprint}). Batalkan kunci itu dahulu.':
    'Counter {counter} already has an enrolled key ({fingerprint}). Revoke that key first.',
  'Kaunter {counter} tiada kunci berdaftar.': 'Counter {counter} has no enrolled key.',
  'Kes ini kes kaunter ini sendiri. Cari kes itu dalam Buku Daftar kaunter ini.':
    "This is this counter's own case. Find it in this counter's Buku Daftar.",
  'Kes ini tiada dalam salinan rekod Kaunter {counter} di kaunter ini (folder mahkamah belum dibaca, atau segmennya ditolak). Semak status folder mahkamah.':
    "This case is not in this counter's copy of counter {counter}'s records (the court folder not read yet, or its segments refused). Check the court folder's status.",
  'Kes {caseNumber} telah dibatalkan di Kaunter {counter}.': 'Case {caseNumber} was cancelled at counter {counter}.',
} as const;
