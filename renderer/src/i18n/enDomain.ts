import type { PartySide, Proceeding } from '@shared/domain';
import { MALAY_MONTHS } from '@shared/calendar/courtDates';
import { MALAY_DAY_NAMES } from '@shared/calendar/workingDays';
import type { Catalogue } from './catalogue';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WORDS = new Map<string, string>([
  ...MALAY_MONTHS.map((month, i): [string, string] => [month, MONTHS[i] ?? month]),
  ...MALAY_DAY_NAMES.map((day, i): [string, string] => [day, DAYS[i] ?? day]),
  ['bersamaan', '='],
]);
import type { msDomain } from './msDomain';

/** The court's vocabulary on screen in English; documents keep the Malay words. */
export const enDomain: Catalogue<typeof msDomain> = {
  sopOption: {
    1: 'Option 1 — Manual registration at the counter',
    2: 'Option 2 — Registration in ESV2',
    3: 'Option 3 — Registration closed (appointments only)',
  },
  role: { CLERK: 'Administrative Assistant', SUPERVISOR: 'Assistant Registrar' },
  courtLevel: {
    MRS: 'Syariah Subordinate Court',
    MTS: 'Syariah High Court',
    MRYS: 'Syariah Court of Appeal',
  },
  proceeding: { SAMAN: 'Summons', PERMOHONAN: 'Application' },
  caseCategory: { MAL: 'Civil', JENAYAH: 'Criminal' },
  caseStatus: { REGISTERED: 'Registered', CANCELLED: 'Cancelled' },
  idType: {
    MYKAD: 'MyKad (new IC no.)',
    OLD_IC: 'Old IC',
    PASSPORT: 'Passport',
    POLICE: 'Police no.',
    ARMY: 'Army no.',
    OTHER: 'Other',
    NONE: 'No document',
  },
  numberingScope: {
    COURT_TYPE_YEAR: 'Per court, case code and year',
    COURT_YEAR: 'Per court and year (all case codes share one series)',
  },
  paymentMethod: {
    CASH: 'Cash',
    CHEQUE: 'Cheque',
    MONEY_ORDER: 'Money Order',
    POSTAL_ORDER: 'Postal Order',
    CARD: 'Debit/Credit Card',
    EFT: 'EFT/FPX',
  },
  appointmentStatus: { BOOKED: 'Booked', REGISTERED: 'Registered', CANCELLED: 'Cancelled', NO_SHOW: 'Did not come' },
  partyRole: (side: PartySide, proceeding: Proceeding) => {
    if (side === 'CLAIMANT') return proceeding === 'SAMAN' ? 'Plaintiff' : 'Applicant';
    return proceeding === 'SAMAN' ? 'Defendant' : 'Respondent';
  },
  hearingTime: (time: string) => {
    const [h = 0, m = 0] = time.split(':').map(Number);
    return `${h % 12 === 0 ? 12 : h % 12}.${String(m).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'}`;
  },
  // Gregorian months and day names in English; Hijri month names are names and stay as the court spells them.
  courtDate: (text: string) => text.replace(/\p{L}+/gu, (word) => WORDS.get(word) ?? word),
};
