import type { Catalogue } from './catalogue';
import type { msBackup } from './msBackup';

const range = (first: number, last: number): string => (first === last ? `no. ${first}` : `nos. ${first}–${last}`);

/** Settings → Backup: backups of the ledger and restoring one (English). */
export const enBackup: Catalogue<typeof msBackup> = {
  intro:
    'The database is copied to a folder on a second disk or USB drive: at every counter close and every few minutes. Every copy is reopened and checked before it is kept.',
  dir: 'Backup folder',
  dirHint: "E.g. E:\\SandaranKaunter (USB drive) or D:\\Sandaran. Not the application's data folder.",
  everyMinutes: 'Back up every (minutes)',
  keep: 'Number of backups kept',
  save: 'Save backup settings',
  saved: 'Backup settings saved.',
  runNow: 'Back up now',
  running: 'Backing up…',
  lastGood: 'Last good backup',
  never: 'No backup yet',
  lastFailure: 'Last backup failed',
  noFolder: 'No backup folder chosen: no backups are made. Choose a folder below.',
  files: 'Backups in the folder',
  noFiles: 'No backups in this folder yet. Press “Back up now”.',
  name: 'File',
  madeAt: 'Made',
  size: 'Size',
  holds: 'Contents',
  check: 'Check & restore…',
  compareTitle: (name: string) => `Restore ${name}?`,
  backupHolds: 'This backup',
  currentHolds: 'Current database',
  facts: (cases: number, receipts: number, events: number) =>
    `${cases} cases, ${receipts} receipts, ${events} audit events`,
  lastEvent: 'Last record',
  sameHistory: "The backup's history matches the start of the current history.",
  otherHistory: "WARNING: this backup's history differs from the current database.",
  willLose: (cases: number, receipts: number, events: number) =>
    `Lost if restored: ${cases} cases, ${receipts} receipts, ${events} audit events. The current database is set aside (not deleted) in the “diketepikan” folder.`,
  damaged: 'This backup failed its check and cannot be restored',
  restoreWarning: 'The current database will be set aside and replaced by this backup. Every user must sign in again.',
  restoreSubmit: 'Restore backup',
  restored: (name: string, setAside: string) => `Backup ${name} restored. The old database is kept at ${setAside}.`,
  cancel: 'Cancel',
  lostCases: (series: string, first: number, last: number) =>
    `Case numbers of series ${series} ${range(first, last)} were issued after this backup: those numbers will never be used again. Record those cases again from the paper copies or the receipts the parties hold.`,
  lostReceipts: (series: string, first: number, last: number) =>
    `Receipts of series ${series} ${range(first, last)} were issued after this backup: those numbers will never be used again. Record those payments again from the receipt copies.`,
  lostAppointments: (series: string, first: number, last: number) =>
    `Appointment references of series ${series} ${range(first, last)} were issued after this backup: those references will never be used again. Record those appointments again from the slips the public holds.`,
  lostExports: (first: number, last: number) =>
    `Exports ${range(first, last)} were made after this backup: those export numbers will never be used again. Export files already handed to ICT stay valid.`,
  asideUnreadable:
    'The old database cannot be read: check with ICT the last case and receipt numbers issued, and set the last ESV3 numbers if needed.',
  passphrase: {
    title: 'Court recovery passphrase',
    intro:
      'Every backup is encrypted: it opens only with this passphrase or the ICT key. Keep the passphrase somewhere safe (a sealed envelope in the safe); without it a backup cannot be restored on a new PC.',
    isSet: (fingerprint: string, at: string) => `Set ${at}. Recovery key fingerprint: ${fingerprint}`,
    notSet: 'The recovery passphrase has not been set: no backup is made until it is (or an ICT key is imported).',
    field: 'Recovery passphrase',
    hint: 'At least 12 characters. Use several words, e.g. four words and a number.',
    confirm: 'Type the passphrase again',
    mismatch: 'The passphrases differ. Type them again.',
    required: 'Enter the recovery passphrase.',
    change: 'Set the passphrase…',
    submit: 'Set the passphrase',
    warning: 'New backups will be encrypted with this passphrase. Old backups still open with the old one.',
    saved: 'Recovery passphrase set.',
  },
  unlock: {
    passphrase: 'Recovery passphrase (or leave empty and paste the ICT key)',
    secretKey: 'ICT secret key (optional, paste the .asc file)',
  },
  signedBy: (fingerprint: string, seq: number) => `Signed by device key ${fingerprint} (audit event #${seq})`,
  signature: 'Signature',
  plainBackup: 'An old unencrypted backup.',
  firstRun: {
    choose: 'A new counter or a new PC?',
    setupTab: 'First-run setup',
    restoreTab: 'Restore from a backup',
    intro:
      "Old PC broken or lost? Restore the counter's ledger from the backup on the USB drive. Copy the backup file (.sqlite.pgp) together with the recovery key file (…-kunci-pemulihan.asc) beside it.",
    file: 'Backup file (full path)',
    fileHint: 'E.g. E:\\SandaranKaunter\\kaunter-K1-20261128-170000.sqlite.pgp',
    check: 'Check the backup',
    checking: 'Checking…',
    holds: 'This backup holds',
    restore: 'Restore this backup',
    restoring: 'Restoring…',
    done: 'Ledger restored. Sign in with your PIN as usual.',
    signIn: 'Sign in',
  },
  dataFolder: {
    title: 'Data folder',
    intro:
      "The folder that holds this counter's ledger. A new folder is used when the app is opened again; the old folder is not changed or deleted. An empty folder means starting over with the first-run setup.",
    current: 'Current data folder',
    next: 'Folder for the next start',
    sameAsCurrent: 'Same as the current folder',
    restartNeeded: (folder: string) =>
      `New data folder chosen: ${folder}. Close and reopen Kaunter Sandaran to use it.`,
    unexported: 'Records not yet exported',
    allExported: 'Every record has been exported.',
    lastExport: (at: string) => `Last export: ${at}`,
    neverExported: 'Never exported.',
    counts: (cases: number, receipts: number, filings: number, appointments: number) =>
      `${cases} cases, ${receipts} receipts, ${filings} documents received, ${appointments} appointments`,
    newFolder: 'New data folder',
    newFolderHint: 'A full path, e.g. D:\\KaunterSandaran. A folder that already holds a ledger is opened as it is.',
    choose: 'Change data folder…',
    confirmTitle: 'Records not yet exported',
    confirmWarning: (total: number, counts: string, current: string) =>
      `${total} records (${counts}) are not in any export. They stay in ${current}, but are not in the new folder. Export first if you can.`,
    confirmAck: (total: number) => `I understand: ${total} unexported records will not be taken to the new folder.`,
    confirmSubmit: 'Change anyway',
    chosen: (folder: string, holdsLedger: boolean) =>
      holdsLedger
        ? `Folder ${folder} already holds a ledger: it opens when the app is opened again.`
        : `Folder ${folder} is empty: the first-run setup runs when the app is opened again.`,
  },
};
