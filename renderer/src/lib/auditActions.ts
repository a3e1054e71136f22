import { msCalendar } from '../i18n/msCalendar';
import { msReference } from '../i18n/msReference';

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
  'outage.recovered': 'Tempoh gangguan dipulihkan sepenuhnya dalam ESV3',
  'recovery.done': 'Dimasukkan ke dalam ESV3',
  'recovery.correct': 'Butiran ESV3 dibetulkan',
  'recovery.notice': 'Notis Pertukaran Nombor Kes dikeluarkan',
  'ledger.restore': 'Sandaran dipulihkan',
  'sessionSettings.update': 'Tempoh log keluar automatik dikemas kini',
  ...msCalendar.audit,
  'case.recordEsv2': 'Kes ESV2 direkodkan (SOP Pilihan 2)',
  'case.recordExisting': 'Kes sedia ada direkodkan',
  'case.filings': 'Dokumen diterima',
  'filingType.save': 'Jenis dokumen dikemas kini',
  'appointment.book': 'Janji temu diambil',
  'appointment.register': 'Janji temu didaftarkan sebagai kes',
  'appointment.cancel': 'Janji temu dibatalkan',
  'appointment.noShow': 'Tidak hadir janji temu',
  'appointment.print': 'Slip janji temu dicetak',
  'document.issue': 'Dokumen dikeluarkan',
  'settings.appointments': 'Had janji temu sehari dikemas kini',
  'deviceKey.create': 'Kunci peranti kaunter dibuat',
  'ictKey.import': 'Kunci awam ICT diimport',
  'ictKey.remove': 'Kunci awam ICT dikeluarkan',
  'bundle.export': 'Bundle penyesuaian dieksport',
  ...msReference.audit,
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
