import {
  CASE_CATEGORY_LABELS,
  CASE_STATUS_LABELS,
  COURT_LEVEL_LABELS,
  ID_TYPE_LABELS,
  NUMBERING_SCOPE_LABELS,
  partyRoleLabel,
  PAYMENT_METHOD_LABELS,
  PROCEEDING_LABELS,
  ROLE_LABELS,
  SOP_OPTION_LABELS,
  APPOINTMENT_STATUS_LABELS,
} from '@shared/domain';
import { formatHearingTime } from '@shared/calendar/courtDates';

/** The court's vocabulary as the screens show it (Bahasa Melayu: the same words the documents print). */
export const msDomain = {
  sopOption: SOP_OPTION_LABELS,
  role: ROLE_LABELS,
  courtLevel: COURT_LEVEL_LABELS,
  proceeding: PROCEEDING_LABELS,
  caseCategory: CASE_CATEGORY_LABELS,
  caseStatus: CASE_STATUS_LABELS,
  idType: ID_TYPE_LABELS,
  numberingScope: NUMBERING_SCOPE_LABELS,
  paymentMethod: PAYMENT_METHOD_LABELS,
  appointmentStatus: APPOINTMENT_STATUS_LABELS,
  partyRole: partyRoleLabel,
  /** A hearing's time ("14:30") as the court's clock reads it: "2.30 petang". */
  hearingTime: formatHearingTime,
  /** A date the ledger wrote out ("Jumaat, 30 September 2022 bersamaan 3 Rabiulawal 1444H"): as written. */
  courtDate: (text: string) => text,
};
