import type { IdType, PartySide, Proceeding } from '@shared/domain';
import { parseRinggit } from '@shared/money';
import { checkMyKad } from '@shared/mykad';
import type { ExtraIssue } from '../lib/formResolver';
import { strings } from '../i18n/strings';

export interface PartyForm {
  side: PartySide;
  name: string;
  idType: IdType;
  idNumber: string;
  /** ISO 3166-1 alpha-3 of a passport holder, '' until one is picked. */
  nationality: string;
  idOverrideReason: string;
  address: string;
  phone: string;
}

export interface RegisterForm {
  caseTypeCode: string;
  proceeding: Proceeding | '';
  parties: PartyForm[];
  lawyerName: string;
  lawyerFirm: string;
  claimText: string;
  note: string;
  /** Why the case is registered though another counter registered a like one (asked only after the warning). */
  duplicateReason: string;
  /** A number given by ESV2 or ESV3 (only when recording such a case). */
  caseNumber: string;
  esv2ReceiptNumber: string;
  /** Where a given number came from. */
  source: 'ESV2' | 'ESV3_EXISTING';
}

export function emptyParty(side: PartySide): PartyForm {
  return {
    side,
    name: '',
    idType: 'MYKAD',
    idNumber: '',
    nationality: '',
    idOverrideReason: '',
    address: '',
    phone: '',
  };
}

export const emptyRegisterForm: RegisterForm = {
  caseTypeCode: '',
  proceeding: '',
  parties: [emptyParty('CLAIMANT')],
  lawyerName: '',
  lawyerFirm: '',
  claimText: '',
  note: '',
  duplicateReason: '',
  caseNumber: '',
  esv2ReceiptNumber: '',
  source: 'ESV3_EXISTING',
};

/** The claim as typed → sen; NaN when it is not an amount, which the schema refuses. */
function claimSen(text: string): number | null {
  if (text.trim() === '') return null;
  return parseRinggit(text) ?? Number.NaN;
}

/** The payload of cases.register (registerCaseSchema's input). */
export function registerToInput(v: RegisterForm) {
  return {
    caseTypeCode: v.caseTypeCode,
    proceeding: v.proceeding === '' ? undefined : v.proceeding,
    parties: v.parties.map((p) => ({
      side: p.side,
      name: p.name,
      idType: p.idType,
      idNumber: p.idType === 'NONE' ? null : p.idNumber,
      nationality: p.idType === 'PASSPORT' && p.nationality !== '' ? p.nationality : null,
      idOverrideReason: p.idOverrideReason,
      address: p.address,
      phone: p.phone,
    })),
    lawyerName: v.lawyerName,
    lawyerFirm: v.lawyerFirm,
    claimSen: claimSen(v.claimText),
    note: v.note,
    duplicateReason: v.duplicateReason === '' ? undefined : v.duplicateReason,
  };
}

/** The payload of cases.recordGiven (givenNumberCaseSchema's input). */
export function givenToInput(v: RegisterForm) {
  return {
    ...registerToInput(v),
    source: v.source,
    caseNumber: v.caseNumber,
    esv2ReceiptNumber: v.source === 'ESV2' ? v.esv2ReceiptNumber : '',
  };
}

/** Form paths that have another name in the schema. */
export const registerRename = { claimSen: 'claimText' };

/** Checks worded for the form: a MyKad warning needs a reason; a claim must read as ringgit. */
export function registerExtraIssues(v: RegisterForm): ExtraIssue[] {
  const { ms } = strings();
  const issues: ExtraIssue[] = [];
  v.parties.forEach((p, i) => {
    if (p.idType !== 'MYKAD') return;
    const check = checkMyKad(p.idNumber);
    if (check.wellFormed && check.warnings.length > 0 && p.idOverrideReason.trim() === '') {
      issues.push({ path: `parties.${i}.idOverrideReason`, message: ms.register.overrideRequired });
    }
  });
  if (v.claimText.trim() !== '' && parseRinggit(v.claimText) === null) {
    issues.push({ path: 'claimText', message: ms.register.claimInvalid });
  }
  return issues;
}
