import type { Catalogue } from './catalogue';
import type { msMoney } from './msMoney';

/** Money at the counter and the day's close (English). */
export const enMoney: Catalogue<typeof msMoney> = {
  short: (amount: string) => `Short RM ${amount}`,
  noCashWaived: 'Every fee is waived: no money is received.',
  rounding: 'Rounding adjustment',
  roundedTotal: 'Amount paid (rounded to 5 sen)',
  largeChange: (change: string) => `I have checked the money received: change of RM ${change} is correct.`,
  cashOverLimit: (limit: string) => `Above the cash limit of RM ${limit} for one payment.`,
  typedAmount: 'Amount (RM)',
  typedBounds: (min: string, max: string) => `RM ${min} to RM ${max}`,
  typedRequired: 'Enter the amount for this line.',
  afterClose: (today: string, collection: string) =>
    `The counter is closed for ${today}. This payment will count in the collection of ${collection}, and the receipt states that collection date.`,
  collectionDate: 'Collection date',
  differenceNote: 'Cash difference note',
  differenceNoteHint: 'Required when the cash counted is not the cash the receipts say.',
  differenceNoteRequired: 'Fill in the cash difference note.',
  reopen: 'Reopen this day',
  reopenTitle: 'Reopen a closed day',
  reopenIntro:
    'The signed statement is kept as it was. Once reopened, receipts can be issued or cancelled for this date, and the next close becomes a new version of the statement.',
  reopenReason: 'Reason for reopening',
  reopenSubmit: 'Reopen',
  reopened: (date: string) => `Counter reopened for ${date}.`,
  version: (n: number) => `Version ${n}`,
  history: 'Close history',
  closedEntry: (version: number, at: string, by: string) => `Closed (version ${version}) at ${at} by ${by}`,
  reopenedEntry: (at: string, by: string, reason: string) => `Reopened at ${at}, approved by ${by}: ${reason}`,
  settingsLimits: 'Cash at the counter',
  cashRounding: "Round cash totals to the nearest 5 sen (Bank Negara Malaysia's rounding mechanism)",
  cashRoundingHint: '1–2 and 6–7 sen round down, 3–4 and 8–9 sen up. Shown on the receipt as the rounding adjustment.',
  maxCash: 'Cash limit for one payment (RM)',
  maxCashHint: 'Cash above this limit is refused: take a cheque or EFT.',
  changeConfirm: 'Confirm change above (RM)',
  moneyInvalid: 'The amount must be in ringgit, e.g. 100.00.',
  feeTyped: 'Amount typed by the clerk (bail, deposits, maintenance)',
  feeTypedHint: 'The clerk types the amount on each receipt, between the minimum and the maximum.',
  feeMin: 'Minimum amount (RM)',
  feeMax: 'Maximum amount (RM)',
  feeTypedShown: 'Typed by clerk',
};
