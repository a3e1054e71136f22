import type { Catalogue } from './catalogue';
import type { msRecovery } from './msRecovery';

/** Recovery into ESV3 wording (English). */
export const enRecovery: Catalogue<typeof msRecovery> = {
  nav: 'ESV3 Recovery',
  title: 'Recovery Worklist',
  intro:
    "Enter every record below into ESV3, then note the case number ESV3 gives and ESV3's payment reference for every receipt. The manual receipt number goes into the reference field in ESV3.",
  inactive:
    'The recovery worklist opens when the Assistant Registrar closes the outage period as "ESV3 restored" on the Outage screen.',
  progress: (done: number, total: number) => `${done} of ${total} cases done`,
  allRecovered: 'Every record has been entered into ESV3. The outage period is fully recovered.',
  finalExport: 'Make the final export for ICT',
  history: {
    done: (number: string, changed: boolean) => `ESV3 case number ${number}${changed ? ' (number changed)' : ''}.`,
    corrected: (from: string, to: string) => `ESV3 case number ${from} → ${to}.`,
    receipt: (receipt: string, ref: string) => `Receipt ${receipt}: ESV3 payment reference ${ref}.`,
    notice: (from: string, to: string, parties: number) =>
      `Case Number Change Notice ${from} → ${to} to ${parties} ${parties === 1 ? 'party' : 'parties'}.`,
    reason: (reason: string) => `Reason: ${reason}`,
  },
  outagesTitle: 'Progress by outage period',
  outageRow: (id: number, option: number) => `No. ${id} — Option ${option}`,
  recovered: 'Fully recovered',
  notYet: 'Not done',
  filter: 'Show',
  filters: { BELUM: 'Not done', SELESAI: 'Done', SEMUA: 'All' },
  outageFilter: 'Outage period',
  allOutages: 'All',
  none: { BELUM: 'No records left to do.', SELESAI: 'No records done yet.', SEMUA: 'No records.' },
  more: (shown: number, total: number) =>
    `Showing ${shown} of ${total}. Finish the records above to see the next ones.`,
  states: { BELUM: 'Not done', SELESAI: 'Done', TIADA_TINDAKAN: 'No action' },
  sources: {
    MANUAL: 'Manual (this counter)',
    ESV2: 'ESV2',
    ESV3_EXISTING: 'Existing ESV3 case',
    COURT_COUNTER: 'Another counter',
  },
  counterNumber: 'Counter case number',
  esv3Number: 'ESV3 case number',
  esv3NumberHint: (example: string) => `The number ESV3 gives, e.g. ${example}.`,
  receiptsTitle: 'Receipts',
  manualReceipt: 'Manual receipt no. (enter in the ESV3 reference field)',
  copy: 'Copy',
  copied: 'Copied',
  paymentRef: (receiptNumber: string) => `ESV3 payment reference for ${receiptNumber}`,
  cancelledReceipt: 'Receipt cancelled — no action',
  cancelledCase: 'Case cancelled — no action in ESV3.',
  noReceipts: 'No receipts for this case.',
  markDone: 'Mark done',
  saving: 'Saving…',
  correct: 'Correct',
  correctionReason: 'Reason for correction',
  saveCorrection: 'Save correction',
  typeMismatchReason: 'Why the ESV3 number is of another case type',
  confirmTypeMismatch: 'Confirm this number',
  cancel: 'Cancel',
  doneBy: (who: string, when: string) => `Done by ${who} on ${when}`,
  numberChanged: (from: string, to: string) =>
    `Case number changed: ${from} → ${to}. Print the Change of Case Number Notice and give it to every party.`,
  printNotice: 'Print notice',
  registered: (when: string) => `Registered ${when}`,
  savedDone: (caseNumber: string) => `Case ${caseNumber} marked done.`,
};
