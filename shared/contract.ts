import { z } from 'zod';
import type { Result } from './errors';
import { createUserSchema, closeOutageSchema, openOutageSchema, signInSchema } from './schemas/auth';
import { caseIdSchema, caseSearchSchema, givenNumberCaseSchema, registerCaseSchema } from './schemas/case';
import {
  appointmentCapacitySchema,
  appointmentDaySchema,
  appointmentIdSchema,
  appointmentSlotsSchema,
  bookAppointmentSchema,
  closeAppointmentSchema,
  printAppointmentSchema,
} from './schemas/appointment';
import { filingTypeSchema, recordFilingsSchema } from './schemas/filing';
import type { AppointmentDayView, AppointmentSlotsView, AppointmentView } from './appointmentViews';
import type { FilingsRecordedView, FilingTypeView, FilingView } from './filingViews';
import {
  cancelReceiptSchema,
  supervisorApprovalSchema,
  closeDaySchema,
  courtDateSchema,
  defaultLinesSchema,
  feeItemSchema,
  receiptSettingsSchema,
  takePaymentSchema,
  printReceiptSchema,
  printDaySchema,
  choosePrinterSchema,
} from './schemas/payment';
import type {
  DayCloseView,
  FeeScheduleView,
  FeeItemView,
  PaymentDraftView,
  PrintersView,
  PrintResultView,
  ReceiptSettingsView,
  ReceiptView,
} from './receiptViews';
import { printNoticeSchema, recordEsv3Schema, worklistQuerySchema } from './schemas/recovery';
import type { RecordEsv3Result, RecoveryWorklistView } from './recoveryViews';
import type { CourtCalendarView, CourtDocumentView, HearingSlotsView, HearingView } from './calendarViews';
import {
  causeBookSchema,
  courtDocumentSettingsSchema,
  hearingSlotsSchema,
  hijriMonthNamesSchema,
  hijriMonthStartSchema,
  holidaySchema,
  issueCourtFormSchema,
  printDocumentSchema,
  removeHijriMonthStartSchema,
  removeHolidaySchema,
  setHearingSchema,
} from './schemas/courtCalendar';
import {
  exportJobSchema,
  ictKeyIdSchema,
  importIctKeySchema,
  printHandoverSchema,
  printSlipSchema,
  startExportSchema,
} from './schemas/bundle';
import type { DeviceKeyView, ExportJobView, ExportListItem, IctKeysView, SlipResultView } from './bundleViews';
import type { StatusBarView } from './statusBarViews';
import { caseTypeSchema, courtSchema, lastNumbersSchema, numberingSchema, setupSchema } from './schemas/setup';
import { sessionSettingsSchema } from './schemas/session';
import { languageSchema, type ScreenLanguage } from './schemas/language';
import { backupPlanSchema, compareBackupSchema, restoreBackupSchema } from './schemas/backup';
import { chooseDataFolderSchema } from './schemas/dataFolder';
import type {
  AppInfo,
  BackupComparisonView,
  BackupStatusView,
  RestoreResultView,
  DataFolderView,
  DataFolderChangeView,
  CaseSearchResult,
  CaseTypeView,
  CaseView,
  NextNumberView,
  OutageView,
  SessionView,
  SettingsView,
  SetupReference,
  UserView,
  ClockConfirmedView,
} from './views';
import {
  causeBookApplySchema,
  causeBookPreviewSchema,
  importApplySchema,
  numbersPreviewSchema,
  referenceSearchSchema,
} from './schemas/esv3Import';
import type * as Esv3Import from './esv3ImportViews';

/** Who may call a channel: anyone, a signed-in clerk, or a signed-in supervisor. */
export type Access = 'public' | 'signedIn' | 'supervisor';

export interface Channel<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Type-only marker of what the handler returns. */
  output?: O;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I, access: Access): Channel<I, O> => ({ input, access });
}

const none = z.object({}).strict();

/**
 * Every channel between the renderer and the ledger. Preload, main and the renderer client are all
 * typed from this one map, so a channel cannot exist on one side only.
 */
export const contract = {
  'app.info': channel<AppInfo>()(none, 'public'),
  'setup.reference': channel<SetupReference>()(none, 'public'),
  'setup.complete': channel<SessionView>()(setupSchema, 'public'),

  'language.get': channel<ScreenLanguage>()(none, 'public'),
  'language.set': channel<ScreenLanguage>()(languageSchema, 'public'),

  'auth.users': channel<UserView[]>()(none, 'public'),
  'auth.signIn': channel<SessionView>()(signInSchema, 'public'),
  'auth.signOut': channel<null>()(none, 'public'),
  'auth.session': channel<SessionView | null>()(none, 'public'),
  'auth.confirmPin': channel<SessionView>()(z.object({ pin: signInSchema.shape.pin }), 'signedIn'),

  'users.create': channel<UserView>()(createUserSchema, 'supervisor'),
  'users.setActive': channel<UserView>()(
    z.object({ userId: z.number().int().positive(), active: z.boolean() }),
    'supervisor',
  ),

  'settings.get': channel<SettingsView>()(none, 'signedIn'),
  'settings.updateCourt': channel<SettingsView>()(courtSchema, 'supervisor'),
  'settings.updateNumbering': channel<SettingsView>()(numberingSchema, 'supervisor'),
  'settings.setLastNumbers': channel<SettingsView>()(z.object({ rows: lastNumbersSchema }), 'supervisor'),

  'caseTypes.list': channel<CaseTypeView[]>()(none, 'signedIn'),
  'caseTypes.save': channel<CaseTypeView>()(caseTypeSchema, 'supervisor'),

  'outage.current': channel<OutageView | null>()(none, 'signedIn'),
  'outage.list': channel<OutageView[]>()(none, 'signedIn'),
  'outage.open': channel<OutageView>()(openOutageSchema, 'supervisor'),
  'outage.close': channel<OutageView>()(closeOutageSchema, 'supervisor'),
  'recovery.worklist': channel<RecoveryWorklistView>()(worklistQuerySchema, 'signedIn'),
  'recovery.record': channel<RecordEsv3Result>()(recordEsv3Schema, 'signedIn'),
  'recovery.printNotice': channel<PrintResultView>()(printNoticeSchema, 'signedIn'),

  'cases.nextNumber': channel<NextNumberView>()(
    z.object({ caseTypeCode: z.string().regex(/^\d{3}$/, 'Kod kes mesti 3 digit.') }),
    'signedIn',
  ),
  'cases.register': channel<CaseView>()(registerCaseSchema, 'signedIn'),
  'cases.search': channel<CaseSearchResult>()(caseSearchSchema, 'signedIn'),
  'cases.get': channel<CaseView>()(caseIdSchema, 'signedIn'),
  'cases.recordGiven': channel<CaseView>()(givenNumberCaseSchema, 'signedIn'),

  'filingTypes.list': channel<FilingTypeView[]>()(none, 'signedIn'),
  'filingTypes.save': channel<FilingTypeView>()(filingTypeSchema, 'supervisor'),
  'filings.forCase': channel<FilingView[]>()(caseIdSchema, 'signedIn'),
  'filings.record': channel<FilingsRecordedView>()(recordFilingsSchema, 'signedIn'),

  'appointments.slots': channel<AppointmentSlotsView>()(appointmentSlotsSchema, 'signedIn'),
  'appointments.book': channel<AppointmentView>()(bookAppointmentSchema, 'signedIn'),
  'appointments.get': channel<AppointmentView>()(appointmentIdSchema, 'signedIn'),
  'appointments.forDay': channel<AppointmentDayView>()(appointmentDaySchema, 'signedIn'),
  'appointments.close': channel<AppointmentView>()(closeAppointmentSchema, 'signedIn'),
  'appointments.print': channel<PrintResultView>()(printAppointmentSchema, 'signedIn'),
  'appointments.setCapacity': channel<number>()(appointmentCapacitySchema, 'supervisor'),

  'fees.schedule': channel<FeeScheduleView>()(none, 'signedIn'),
  'fees.saveItem': channel<FeeItemView>()(feeItemSchema, 'supervisor'),
  'fees.setDefaults': channel<FeeScheduleView>()(defaultLinesSchema, 'supervisor'),
  'settings.receiptOptions': channel<ReceiptSettingsView>()(none, 'signedIn'),
  'settings.updateReceiptOptions': channel<ReceiptSettingsView>()(receiptSettingsSchema, 'supervisor'),

  'payments.draft': channel<PaymentDraftView>()(caseIdSchema, 'signedIn'),
  'payments.take': channel<ReceiptView>()(takePaymentSchema, 'signedIn'),
  'receipts.get': channel<ReceiptView>()(z.object({ receiptId: z.number().int().positive() }), 'signedIn'),
  'receipts.forCase': channel<ReceiptView[]>()(caseIdSchema, 'signedIn'),
  'receipts.cancel': channel<ReceiptView>()(cancelReceiptSchema, 'signedIn'),
  /** A supervisor confirms the computer's date after numbering stopped on the clock guard (code CLOCK). */
  'clock.confirm': channel<ClockConfirmedView>()(supervisorApprovalSchema, 'signedIn'),
  'dayClose.statement': channel<DayCloseView>()(z.object({ date: courtDateSchema }), 'signedIn'),
  'dayClose.close': channel<DayCloseView>()(closeDaySchema, 'signedIn'),
  'receipts.print': channel<PrintResultView>()(printReceiptSchema, 'signedIn'),
  'dayClose.print': channel<PrintResultView>()(printDaySchema, 'signedIn'),
  'printers.list': channel<PrintersView>()(none, 'signedIn'),
  'printers.choose': channel<PrintersView>()(choosePrinterSchema, 'signedIn'),

  'settings.updateSession': channel<{ idleSignOutMinutes: number }>()(sessionSettingsSchema, 'supervisor'),

  'backup.status': channel<BackupStatusView>()(none, 'signedIn'),
  'backup.savePlan': channel<BackupStatusView>()(backupPlanSchema, 'supervisor'),
  'backup.run': channel<BackupStatusView>()(none, 'signedIn'),
  'backup.compare': channel<BackupComparisonView>()(compareBackupSchema, 'supervisor'),
  'backup.restore': channel<RestoreResultView>()(restoreBackupSchema, 'supervisor'),
  'dataFolder.status': channel<DataFolderView>()(none, 'supervisor'),
  'dataFolder.choose': channel<DataFolderChangeView>()(chooseDataFolderSchema, 'supervisor'),
  'calendar.get': channel<CourtCalendarView>()(none, 'signedIn'),
  'calendar.addHoliday': channel<CourtCalendarView>()(holidaySchema, 'supervisor'),
  'calendar.removeHoliday': channel<CourtCalendarView>()(removeHolidaySchema, 'supervisor'),
  'calendar.saveHijriMonthStart': channel<CourtCalendarView>()(hijriMonthStartSchema, 'supervisor'),
  'calendar.saveHijriMonthNames': channel<CourtCalendarView>()(hijriMonthNamesSchema, 'supervisor'),
  'calendar.removeHijriMonthStart': channel<CourtCalendarView>()(removeHijriMonthStartSchema, 'supervisor'),
  'calendar.updateDocumentSettings': channel<CourtCalendarView>()(courtDocumentSettingsSchema, 'supervisor'),

  'hearings.slots': channel<HearingSlotsView>()(hearingSlotsSchema, 'signedIn'),
  'hearings.forCase': channel<HearingView[]>()(caseIdSchema, 'signedIn'),
  'hearings.set': channel<HearingView>()(setHearingSchema, 'signedIn'),

  'courtDocuments.forCase': channel<CourtDocumentView[]>()(caseIdSchema, 'signedIn'),
  'courtDocuments.issue': channel<PrintResultView & { documentId: number }>()(issueCourtFormSchema, 'signedIn'),
  'courtDocuments.print': channel<PrintResultView>()(printDocumentSchema, 'signedIn'),
  'causeBook.print': channel<PrintResultView>()(causeBookSchema, 'signedIn'),
  'bundle.deviceKey': channel<DeviceKeyView>()(none, 'supervisor'),
  'bundle.setupSlip': channel<SlipResultView>()(printSlipSchema, 'supervisor'),
  'bundle.ictKeys': channel<IctKeysView>()(none, 'supervisor'),
  'bundle.importIctKey': channel<IctKeysView>()(importIctKeySchema, 'supervisor'),
  'bundle.removeIctKey': channel<IctKeysView>()(ictKeyIdSchema, 'supervisor'),
  'bundle.exports': channel<ExportListItem[]>()(none, 'supervisor'),
  'bundle.exportStart': channel<ExportJobView>()(startExportSchema, 'supervisor'),
  'bundle.exportStatus': channel<ExportJobView>()(exportJobSchema, 'supervisor'),
  'bundle.handoverSlip': channel<SlipResultView>()(printHandoverSchema, 'supervisor'),
  'status.bar': channel<StatusBarView>()(none, 'signedIn'),
  'esv3Import.numbersPreview': channel<Esv3Import.NumbersImportPreview>()(numbersPreviewSchema, 'supervisor'),
  'esv3Import.numbersApply': channel<Esv3Import.NumbersImportResult>()(importApplySchema, 'supervisor'),
  'esv3Import.causeBookPreview': channel<Esv3Import.CauseBookPreview>()(causeBookPreviewSchema, 'supervisor'),
  'esv3Import.causeBookApply': channel<Esv3Import.CauseBookImportResult>()(causeBookApplySchema, 'supervisor'),
  'esv3Import.causeBookHistory': channel<Esv3Import.CauseBookImportView[]>()(none, 'signedIn'),
  'esv3Import.referenceSearch': channel<Esv3Import.ReferenceCaseView[]>()(referenceSearchSchema, 'signedIn'),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** The API object the renderer sees as window.kaunter: one method per channel. */
export type KaunterApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** The IPC channel name of a contract channel. */
export function ipcChannel(name: ChannelName): string {
  return `kaunter:${name}`;
}
