/** Audit actions in words; an action this list does not know yet is shown as recorded. */
const LABELS: Record<string, string> = {
  'setup.complete': 'Tetapan awal disimpan',
  'case.register': 'Kes didaftarkan',
  'case.correct': 'Butiran kes dibetulkan',
  'case.cancel': 'Kes dibatalkan',
  'court.update': 'Butiran mahkamah dikemas kini',
  'numbering.update': 'Penomboran kes dikemas kini',
  'outage.open': 'Tempoh gangguan dibuka',
  'outage.close': 'Tempoh gangguan ditutup',
  'session.signIn': 'Log masuk',
  'session.signOut': 'Log keluar',
  'user.create': 'Pengguna ditambah',
  'user.activate': 'Pengguna diaktifkan',
  'user.deactivate': 'Pengguna dinyahaktifkan',
  'receipt.issue': 'Resit dikeluarkan',
  'receipt.cancel': 'Resit dibatalkan',
  'day.close': 'Kaunter ditutup bagi hari itu',
  'fee.create': 'Fi ditambah ke jadual fi',
  'fee.update': 'Fi dalam jadual fi dikemas kini',
  'fee.defaults': 'Baris fi lalai dikemas kini',
  'receiptSettings.update': 'Tetapan resit dikemas kini',
  'deviceKey.create': 'Kunci peranti kaunter dibuat',
  'ictKey.import': 'Kunci awam ICT diimport',
  'ictKey.remove': 'Kunci awam ICT dikeluarkan',
  'bundle.export': 'Bundle penyesuaian dieksport',
  'document.issue': 'Dokumen dikeluarkan',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
