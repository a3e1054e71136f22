import { z } from 'zod';
import type { Result } from './errors';
import {
  changeSopOptionSchema,
  createUserSchema,
  closeOutageSchema,
  openOutageSchema,
  resetPinSchema,
  signInSchema,
} from './schemas/auth';
import { caseIdSchema, caseSearchSchema, givenNumberCaseSchema, registerCaseSchema } from './schemas/case';
import {
  appointmentSessionsSchema,
  correctNoShowSchema,
  printAppointmentListSchema,
  appointmentDaySchema,
  appointmentIdSchema,
  appointmentSlotsSchema,
  bookAppointmentSchema,
  closeAppointmentSchema,
  printAppointmentSchema,
} from './schemas/appointment';
import { filingTypeSchema, recordFilingsSchema } from './schemas/filing';
import type { AppointmentDayView, AppointmentSlotsView, AppointmentView } from './appointmentViews';
import type { AppointmentSessionSettings } from './appointmentSessions';
import type { FilingsRecordedView, FilingTypeView, FilingView } from './filingViews';
import {
  cancelReceiptSchema,
  supervisorApprovalSchema,
  closeDaySchema,
  reopenDaySchema,
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
  CollectionDayView,
  ReceiptView,
} from './receiptViews';
import { printNoticeSchema, recordEsv3Schema, worklistQuerySchema } from './schemas/recovery';
import type { RecordEsv3Result, RecoveryWorklistView } from './recoveryViews';
import type {
  CourtCalendarView,
  CourtDocumentView,
  HearingSlotsView,
  HearingView,
  ShippedHolidaysPreview,
} from './calendarViews';
import {
  causeBookSchema,
  courtDocumentSettingsSchema,
  hearingSlotsSchema,
  hijriMonthNamesSchema,
  hijriMonthStartsSchema,
  holidaySchema,
  issueCourtFormSchema,
  loadShippedHolidaysSchema,
  shippedHolidaysQuerySchema,
  printDocumentSchema,
  removeHolidaySchema,
  setHearingSchema,
} from './schemas/courtCalendar';
import { exportJobSchema, printHandoverSchema, printSlipSchema, startExportSchema } from './schemas/bundle';
import type { DeviceKeyStatusView, ExportJobView, ExportListItem, IctKeysView, SlipResultView } from './bundleViews';
import type { StatusBarView } from './statusBarViews';
import { caseTypeSchema, courtSchema, lastNumbersSchema, numberingSchema, setupSchema } from './schemas/setup';
import { sessionSettingsSchema } from './schemas/session';
import { languageSchema, type ScreenLanguage } from './schemas/language';
import {
  backupPathSchema,
  compareBackupSchema,
  restoreBackupSchema,
  setRecoveryPassphraseSchema,
} from './schemas/backup';
import {
  backupPlanRequestSchema,
  chooseDataFolderRequestSchema,
  importIctKeyRequestSchema,
  removeIctKeyRequestSchema,
  replaceDeviceKeyRequestSchema,
} from './schemas/accessChange';
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
import { fieldMessage } from './schemas/fieldMessage';
import {
  courtCaseSchema,
  courtFilingsSchema,
  courtPaymentSchema,
  courtFolderPathSchema,
  courtRestoreCheckSchema,
  courtRestoreSchema,
  courtSearchSchema,
  enrolCounterSchema,
  revokeCounterSchema,
  setCourtFolderSchema,
} from './schemas/courtFolder';
import type {
  CourtCaseHitView,
  CourtCaseView,
  CourtFolderCounterFound,
  CourtFolderView,
  CourtRestoreCheckView,
  CourtRestoreResultView,
  EnrolledCounterView,
} from './courtFolderViews';

/** Who may call a channel: anyone, a signed-in clerk, or a signed-in supervisor. */
export type Access = 'public' | 'signedIn' | 'supervisor';

/**
 * `write`: the channel records something (or prints); its requests carry the screen's request id and are
 * done once, a retry getting the first answer (electron/ipc/requests.ts). Not marked though they change
 * something: sign-in and set-up (they set the session, which a remembered answer cannot), the first-run
 * restores (public, over an empty ledger: a second one is refused as the ledger is no longer empty), and
 * the machine preferences (language, printer, backup plan: setting one twice is setting it once). The
 * in-app restore is: its answer is stored in the restored ledger, so the supervisor's retry after signing
 * in again gets it instead of restoring a second time.
 */
export type Effect = 'read' | 'write';

export interface Channel<I extends z.ZodType, O> {
  input: I;
  access: Access;
  effect: Effect;
  /** Type-only marker of what the handler returns. */
  output?: O;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I, access: Access, effect: Effect = 'read'): Channel<I, O> => ({
    input,
    access,
    effect,
  });
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

  'users.create': channel<UserView>()(createUserSchema, 'supervisor', 'write'),
  'users.setActive': channel<UserView>()(
    z.object({ userId: z.number().int().positive(), active: z.boolean() }),
    'supervisor',
    'write',
  ),
  'users.resetPin': channel<UserView>()(resetPinSchema, 'supervisor', 'write'),

  'settings.get': channel<SettingsView>()(none, 'signedIn'),
  'settings.updateCourt': channel<SettingsView>()(courtSchema, 'supervisor', 'write'),
  'settings.updateNumbering': channel<SettingsView>()(numberingSchema, 'supervisor', 'write'),
  'settings.setLastNumbers': channel<SettingsView>()(z.object({ rows: lastNumbersSchema }), 'supervisor', 'write'),

  'caseTypes.list': channel<CaseTypeView[]>()(none, 'signedIn'),
  'caseTypes.save': channel<CaseTypeView>()(caseTypeSchema, 'supervisor', 'write'),

  'outage.current': channel<OutageView | null>()(none, 'signedIn'),
  'outage.list': channel<OutageView[]>()(none, 'signedIn'),
  'outage.open': channel<OutageView>()(openOutageSchema, 'supervisor', 'write'),
  'outage.close': channel<OutageView>()(closeOutageSchema, 'supervisor', 'write'),
  'outage.changeOption': channel<OutageView>()(changeSopOptionSchema, 'supervisor', 'write'),
  'recovery.worklist': channel<RecoveryWorklistView>()(worklistQuerySchema, 'signedIn'),
  'recovery.record': channel<RecordEsv3Result>()(recordEsv3Schema, 'signedIn', 'write'),
  'recovery.printNotice': channel<PrintResultView>()(printNoticeSchema, 'signedIn', 'write'),

  'cases.nextNumber': channel<NextNumberView>()(
    z.object({ caseTypeCode: z.string().regex(/^\d{3}$/, fieldMessage('Kod kes mesti 3 digit.')) }),
    'signedIn',
  ),
  'cases.register': channel<CaseView>()(registerCaseSchema, 'signedIn', 'write'),
  'cases.search': channel<CaseSearchResult>()(caseSearchSchema, 'signedIn'),
  'cases.get': channel<CaseView>()(caseIdSchema, 'signedIn'),
  'cases.recordGiven': channel<CaseView>()(givenNumberCaseSchema, 'signedIn', 'write'),

  'filingTypes.list': channel<FilingTypeView[]>()(none, 'signedIn'),
  'filingTypes.save': channel<FilingTypeView>()(filingTypeSchema, 'supervisor', 'write'),
  'filings.forCase': channel<FilingView[]>()(caseIdSchema, 'signedIn'),
  'filings.record': channel<FilingsRecordedView>()(recordFilingsSchema, 'signedIn', 'write'),

  'appointments.slots': channel<AppointmentSlotsView>()(appointmentSlotsSchema, 'signedIn'),
  'appointments.book': channel<AppointmentView>()(bookAppointmentSchema, 'signedIn', 'write'),
  'appointments.get': channel<AppointmentView>()(appointmentIdSchema, 'signedIn'),
  'appointments.forDay': channel<AppointmentDayView>()(appointmentDaySchema, 'signedIn'),
  'appointments.close': channel<AppointmentView>()(closeAppointmentSchema, 'signedIn', 'write'),
  'appointments.print': channel<PrintResultView>()(printAppointmentSchema, 'signedIn', 'write'),
  'appointments.correctNoShow': channel<AppointmentView>()(correctNoShowSchema, 'signedIn', 'write'),
  'appointments.printList': channel<PrintResultView>()(printAppointmentListSchema, 'signedIn', 'write'),
  'appointments.setSessions': channel<AppointmentSessionSettings>()(appointmentSessionsSchema, 'supervisor', 'write'),

  'fees.schedule': channel<FeeScheduleView>()(none, 'signedIn'),
  'fees.saveItem': channel<FeeItemView>()(feeItemSchema, 'supervisor', 'write'),
  'fees.setDefaults': channel<FeeScheduleView>()(defaultLinesSchema, 'supervisor', 'write'),
  'settings.receiptOptions': channel<ReceiptSettingsView>()(none, 'signedIn'),
  'settings.updateReceiptOptions': channel<ReceiptSettingsView>()(receiptSettingsSchema, 'supervisor', 'write'),

  'payments.draft': channel<PaymentDraftView>()(caseIdSchema, 'signedIn'),
  'payments.take': channel<ReceiptView>()(takePaymentSchema, 'signedIn', 'write'),
  'receipts.get': channel<ReceiptView>()(z.object({ receiptId: z.number().int().positive() }), 'signedIn'),
  'receipts.forCase': channel<ReceiptView[]>()(caseIdSchema, 'signedIn'),
  'receipts.cancel': channel<ReceiptView>()(cancelReceiptSchema, 'signedIn', 'write'),
  /** A supervisor confirms the computer's date after numbering stopped on the clock guard (code CLOCK). */
  'clock.confirm': channel<ClockConfirmedView>()(supervisorApprovalSchema, 'signedIn', 'write'),
  'dayClose.statement': channel<DayCloseView>()(z.object({ date: courtDateSchema }), 'signedIn'),
  'dayClose.close': channel<DayCloseView>()(closeDaySchema, 'signedIn', 'write'),
  'dayClose.reopen': channel<DayCloseView>()(reopenDaySchema, 'signedIn', 'write'),
  'dayClose.collectionDay': channel<CollectionDayView>()(none, 'signedIn'),
  'receipts.print': channel<PrintResultView>()(printReceiptSchema, 'signedIn', 'write'),
  'dayClose.print': channel<PrintResultView>()(printDaySchema, 'signedIn', 'write'),
  'printers.list': channel<PrintersView>()(none, 'signedIn'),
  'printers.choose': channel<PrintersView>()(choosePrinterSchema, 'signedIn'),

  'settings.updateSession': channel<{ idleSignOutMinutes: number }>()(sessionSettingsSchema, 'supervisor', 'write'),

  'backup.status': channel<BackupStatusView>()(none, 'signedIn'),
  'backup.savePlan': channel<BackupStatusView>()(backupPlanRequestSchema, 'supervisor'),
  'backup.run': channel<BackupStatusView>()(none, 'signedIn', 'write'),
  'backup.compare': channel<BackupComparisonView>()(compareBackupSchema, 'supervisor'),
  'backup.restore': channel<RestoreResultView>()(restoreBackupSchema, 'supervisor', 'write'),
  'backup.setPassphrase': channel<BackupStatusView>()(setRecoveryPassphraseSchema, 'supervisor', 'write'),
  // A new PC: public (no user exists yet), refused once the ledger holds anything.
  'firstRun.compareBackup': channel<BackupComparisonView>()(backupPathSchema, 'public'),
  'firstRun.restoreBackup': channel<RestoreResultView>()(backupPathSchema, 'public'),
  'firstRun.courtCounters': channel<CourtFolderCounterFound[]>()(courtFolderPathSchema, 'public'),
  'firstRun.checkCourtFolder': channel<CourtRestoreCheckView>()(courtRestoreCheckSchema, 'public'),
  'firstRun.restoreCourtFolder': channel<CourtRestoreResultView>()(courtRestoreSchema, 'public'),
  'dataFolder.status': channel<DataFolderView>()(none, 'supervisor'),
  'dataFolder.choose': channel<DataFolderChangeView>()(chooseDataFolderRequestSchema, 'supervisor', 'write'),
  'calendar.get': channel<CourtCalendarView>()(none, 'signedIn'),
  'calendar.addHoliday': channel<CourtCalendarView>()(holidaySchema, 'supervisor', 'write'),
  'calendar.shippedHolidays': channel<ShippedHolidaysPreview>()(shippedHolidaysQuerySchema, 'supervisor'),
  'calendar.loadShippedHolidays': channel<CourtCalendarView>()(loadShippedHolidaysSchema, 'supervisor', 'write'),
  'calendar.removeHoliday': channel<CourtCalendarView>()(removeHolidaySchema, 'supervisor', 'write'),
  'calendar.saveHijriMonthStarts': channel<CourtCalendarView>()(hijriMonthStartsSchema, 'supervisor', 'write'),
  'calendar.saveHijriMonthNames': channel<CourtCalendarView>()(hijriMonthNamesSchema, 'supervisor', 'write'),
  'calendar.updateDocumentSettings': channel<CourtCalendarView>()(courtDocumentSettingsSchema, 'supervisor', 'write'),

  'hearings.slots': channel<HearingSlotsView>()(hearingSlotsSchema, 'signedIn'),
  'hearings.forCase': channel<HearingView[]>()(caseIdSchema, 'signedIn'),
  'hearings.set': channel<HearingView>()(setHearingSchema, 'signedIn', 'write'),

  'courtDocuments.forCase': channel<CourtDocumentView[]>()(caseIdSchema, 'signedIn'),
  'courtDocuments.issue': channel<PrintResultView & { documentId: number }>()(
    issueCourtFormSchema,
    'signedIn',
    'write',
  ),
  'courtDocuments.print': channel<PrintResultView>()(printDocumentSchema, 'signedIn', 'write'),
  'causeBook.print': channel<PrintResultView>()(causeBookSchema, 'signedIn', 'write'),
  'bundle.deviceKey': channel<DeviceKeyStatusView>()(none, 'supervisor'),
  'bundle.replaceDeviceKey': channel<DeviceKeyStatusView>()(replaceDeviceKeyRequestSchema, 'supervisor', 'write'),
  'bundle.setupSlip': channel<SlipResultView>()(printSlipSchema, 'supervisor', 'write'),
  'bundle.ictKeys': channel<IctKeysView>()(none, 'supervisor'),
  'bundle.importIctKey': channel<IctKeysView>()(importIctKeyRequestSchema, 'supervisor', 'write'),
  'bundle.removeIctKey': channel<IctKeysView>()(removeIctKeyRequestSchema, 'supervisor', 'write'),
  'bundle.exports': channel<ExportListItem[]>()(none, 'supervisor'),
  'bundle.exportStart': channel<ExportJobView>()(startExportSchema, 'supervisor', 'write'),
  'bundle.exportStatus': channel<ExportJobView>()(exportJobSchema, 'supervisor'),
  'bundle.handoverSlip': channel<SlipResultView>()(printHandoverSchema, 'supervisor', 'write'),
  'status.bar': channel<StatusBarView>()(none, 'signedIn'),
  'esv3Import.numbersPreview': channel<Esv3Import.NumbersImportPreview>()(numbersPreviewSchema, 'supervisor'),
  'esv3Import.numbersApply': channel<Esv3Import.NumbersImportResult>()(importApplySchema, 'supervisor', 'write'),
  'esv3Import.causeBookPreview': channel<Esv3Import.CauseBookPreview>()(causeBookPreviewSchema, 'supervisor'),
  'esv3Import.causeBookApply': channel<Esv3Import.CauseBookImportResult>()(causeBookApplySchema, 'supervisor', 'write'),
  'esv3Import.causeBookHistory': channel<Esv3Import.CauseBookImportView[]>()(none, 'signedIn'),
  'courtFolder.status': channel<CourtFolderView>()(none, 'signedIn'),
  'courtFolder.setFolder': channel<CourtFolderView>()(setCourtFolderSchema, 'supervisor', 'write'),
  'courtFolder.enrolled': channel<EnrolledCounterView[]>()(none, 'supervisor'),
  'courtFolder.enrol': channel<EnrolledCounterView[]>()(enrolCounterSchema, 'supervisor', 'write'),
  'courtFolder.revoke': channel<EnrolledCounterView[]>()(revokeCounterSchema, 'supervisor', 'write'),
  'courtFolder.search': channel<CourtCaseHitView[]>()(courtSearchSchema, 'signedIn'),
  'courtFolder.case': channel<CourtCaseView>()(courtCaseSchema, 'signedIn'),
  'courtFolder.paymentDraft': channel<PaymentDraftView>()(courtCaseSchema, 'signedIn'),
  'courtFolder.receiveFilings': channel<FilingsRecordedView>()(courtFilingsSchema, 'signedIn', 'write'),
  'courtFolder.takePayment': channel<ReceiptView>()(courtPaymentSchema, 'signedIn', 'write'),
  'esv3Import.referenceSearch': channel<Esv3Import.ReferenceCaseView[]>()(referenceSearchSchema, 'signedIn'),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/**
 * The API object the renderer sees as window.kaunter: one method per channel. `requestId` is made by the
 * screen once per action and sent again with each retry of it (electron/ipc/requests.ts).
 */
export type KaunterApi = {
  [C in ChannelName]: (input: ChannelInput<C>, requestId?: string) => Promise<Result<ChannelOutput<C>>>;
};

/** The IPC channel name of a contract channel. */
export function ipcChannel(name: ChannelName): string {
  return `kaunter:${name}`;
}
