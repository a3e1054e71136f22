import type { Catalogue } from './catalogue';
import type { msCourt } from './msCourt';

/** Wording of the court folder: Settings → Court folder, the court search, the status bar (English). */
export const enCourt: Catalogue<typeof msCourt> = {
  tab: 'Court folder',
  intro:
    "The counters of this court share their records through one folder every counter can reach (a Windows share on the court's server, or a Syncthing folder). Each counter writes only its own subfolder; a counter keeps working as usual when the folder cannot be reached.",
  folderTitle: 'Folder location',
  folderLabel: 'Court folder path (e.g. \\\\server\\court or D:\\Syncthing\\Court)',
  enrolFirst:
    "Enrol this court's other counters first (below), then set the folder: records published before a counter is enrolled here cannot be read by that counter.",
  folderNone: 'Not set: this counter does not share its records.',
  folderNow: (folder: string) => `Current folder: ${folder}`,
  save: 'Save folder',
  clear: 'Stop sharing',
  savedNotice: "Court folder saved. This counter will publish its records and read the other counters'.",
  clearedNotice: 'This counter no longer shares its records through the court folder.',
  ownTitle: 'This counter',
  ownFingerprint: 'Device key fingerprint (for the setup slip)',
  ownKey: "This counter's public key (give it to the other counters with the setup slip)",
  saveOwnKey: 'Save public key file (.asc)',
  noKey: 'No device key yet. Print the setup slip under Settings → Keys & Export.',
  published: (segments: number) => `${segments} segments`,
  lastPublished: 'Last published',
  never: 'Never',
  countersTitle: 'Other counters',
  counter: 'Counter',
  fingerprint: 'Fingerprint',
  enrolledAt: 'Enrolled',
  arrived: 'Last segment received',
  state: 'State',
  active: 'Active',
  revoked: (at: string) => `Revoked ${at}`,
  revoke: 'Revoke key',
  revokeReason: 'Reason for revoking (e.g. the counter PC was replaced)',
  revokeConfirm: (counter: string) => `Revoke counter ${counter}'s key`,
  revokedNotice:
    "Counter key revoked. Its segments are no longer read and this counter's records are no longer encrypted to it.",
  noCounters: 'No other counter enrolled yet.',
  enrolTitle: 'Enrol another counter',
  enrolIntro:
    "Take that counter's public key file (.asc) and its setup slip. Type the fingerprint as printed on the slip: the key is enrolled only if the fingerprint matches.",
  enrolCounter: 'Counter code (e.g. K1)',
  enrolFile: 'Public key file (.asc)',
  enrolText: 'or paste the public key',
  enrolFingerprint: 'Fingerprint on the setup slip',
  enrol: 'Enrol counter',
  enrolledNotice: (counter: string) => `Counter ${counter} enrolled.`,
  otherCounter: (counter: string) => `Counter ${counter}`,
  courtResults: 'Cases at the other counters of this court',
  courtResultsNote:
    "Another counter's records: they cannot be changed here, but documents and payments on the case can be received at this counter.",
  onlyCourtResults:
    'No matching case at this counter. The cases below were registered at other counters of this court.',
  readOnlyTitle: (counter: string) => `Counter ${counter}'s record (view only)`,
  readOnlyNote: (counter: string, asOf: string) =>
    `This case was registered at Counter ${counter}. This is a copy of that counter's record as received from the court folder at ${asOf}; it cannot be changed at this counter.`,
  parties: 'Parties',
  filings: 'Documents received',
  receipts: 'Receipts',
  noFilings: 'No documents.',
  noReceipts: 'No receipts.',
  back: 'Back to the Register',
  receiveTitle: 'Receive at this counter',
  receiveNote: (counter: string) =>
    `Documents and payments received here are this counter's records (receipts numbered by this counter), pointing at this case of Counter ${counter} by its case number.`,
  takePayment: 'Take payment',
  heldHere: (counter: string) =>
    `This case of Counter ${counter} has been recorded at this counter, because a document or a payment was received on it here.`,
  openHeld: "Open the case's record at this counter",
  payFor: (counter: string) => `Case of Counter ${counter}`,
  backToCourtCase: (counter: string) => `Back to the case of Counter ${counter}`,
  originNote: (counter: string) =>
    `This case was registered at Counter ${counter}. The documents and receipts below are this counter's records.`,
  viewOrigin: (counter: string) => `View Counter ${counter}'s record`,
  statusArrived: (counter: string, ago: string) => `${counter}: ${ago} ago`,
  statusJustNow: (counter: string) => `${counter}: just now`,
  statusNothing: (counter: string) => `${counter}: nothing received`,
  statusArrivedAt: (counter: string, at: string) => `Counter ${counter}'s last segment arrived ${at}`,
  statusProblem: (counter: string) => `${counter}: record problem`,
  statusUnreachable: 'Court folder',
};
