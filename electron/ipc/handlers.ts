import { AppError } from '@shared/errors';
import type { SessionView } from '@shared/views';
import { version } from '../../package.json';
import { getCase, registerCase } from '../services/cases/cases';
import { listCaseTypes, requireActiveCaseType, saveCaseType } from '../services/cases/caseTypes';
import {
  readCourtConfig,
  readSettings,
  requireCourtConfig,
  setLastNumbers,
  updateCourt,
  updateNumbering,
} from '../services/court/court';
import type { Ledger } from '../services/ledger/ledger';
import { planNumber } from '../services/cases/numbering';
import { closeOutage, currentOutage, listOutages, openOutage } from '../services/outages/outages';
import { DEFAULT_CASE_TYPES, STATES } from '../services/court/reference';
import { searchCases } from '../services/cases/search';
import { checkLastNumbers, completeSetup } from '../services/court/setup';
import { clockWarning } from '../services/ledger/clockCheck';
import { checkPin, createUser, listUsers, setUserActive, signIn, signOut } from '../services/users/users';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from '@shared/caseNumber';
import { courtYear } from '@shared/time';
import { ownPinApproval, supervisorApproval } from '../services/users/approval';
import { confirmClock } from '../services/series/clockGuard';
import { closeDay, dayStatement, reopenDay } from '../services/receipts/dayClose';
import { collectionDay } from '../services/receipts/dayState';
import { feeSchedule, paymentDraft, saveFee, setDefaultLines } from '../services/receipts/fees';
import { readReceiptSettings, updateReceiptSettings } from '../services/receipts/receiptSettings';
import { cancelReceipt, getReceipt, receiptsForCase, takePayment } from '../services/receipts/receipts';
import { issueReceiptPdf } from '../services/documents/store';
import {
  choosePrinter,
  listPrinters,
  printDayStatement,
  printReceipt,
  type Printing,
} from '../services/printing/print';
import { join } from 'node:path';
import { memoryBackupPlan } from '../services/backup/plan';
import { memoryLanguage, type LanguageStore } from '../services/court/language';
import { compareBackupFile, restoreIntoLedger } from '../services/backup/restoreLedger';
import { firstRunCompare, firstRunRestore } from '../services/backup/firstRun';
import { setRecoveryPassphrase } from '../services/backup/recoveryKey';
import { chooseDataFolder, dataFolderView, memoryDataFolder, type DataFolderStore } from '../services/court/dataFolder';
import { createBackups, type Backups } from '../services/backup/schedule';
import { backupStatus, checkBackupFolder } from '../services/backup/status';
import { watchPrinting } from '../services/printing/printerHealth';
import { statusBar } from '../services/court/statusBar';
import { DEFAULT_IDLE_MINUTES, readIdleMinutes, updateIdleMinutes } from '../services/users/sessionSettings';
import { recordEsv3 } from '../services/recovery/record';
import { issueNumberNotice, printNumberNotice } from '../services/recovery/notice';
import { recoveryItem, recoveryWorklist } from '../services/recovery/worklist';
import {
  addHoliday,
  courtCalendarView,
  removeHijriMonthStart,
  removeHoliday,
  saveHijriMonthNames,
  saveHijriMonthStart,
  updateDocumentSettings,
} from '../services/calendar/courtCalendar';
import { hearingSlots, hearingsForCase, setHearing } from '../services/calendar/hearings';
import { courtDocumentsForCase, issueCourtForm, printCourtDocument } from '../services/documents/courtDocuments';
import { printCauseBook } from '../services/documents/causeBook';
import { recordGivenNumberCase } from '../services/cases/givenNumberCases';
import { filingsForCase, listFilingTypes, recordFilings, saveFilingType } from '../services/cases/filings';
import {
  appointmentSlots,
  appointmentsForDay,
  bookAppointment,
  closeAppointment,
  getAppointment,
  setAppointmentCapacity,
} from '../services/appointments/appointments';
import { issueAppointmentSlip, printAppointmentSlip } from '../services/appointments/appointmentSlip';
import type { DispatchLogger, Handlers, HandlerContext } from './dispatcher';
import {
  deviceKeyStatus,
  readDeviceKey,
  replaceDeviceKey,
  fileDeviceKeyVault,
  memoryDeviceKeyVault,
  type DeviceKeyVault,
} from '../services/bundle/deviceKey';
import { importIctKey, listIctKeys, removeIctKey } from '../services/bundle/ictKeys';
import { exportJobs } from '../services/bundle/exportJobs';
import { listExports } from '../services/bundle/exports';
import { printHandoverSlip, printSetupSlip } from '../services/bundle/slips';
import { esv3ImportHandlers } from './esv3ImportHandlers';

function requireBackupDir(backups: Backups): string {
  const dir = backups.plan.get().dir;
  if (!dir) throw new AppError('CONFLICT', 'Folder sandaran belum dipilih.');
  return dir;
}

function actor(ctx: HandlerContext): SessionView['user'] {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Sila log masuk dahulu.');
  return ctx.session.user;
}

/** What the channels need beside the ledger: the machine's printers and stores. Only printing is required. */
export interface CounterServices {
  printing: Printing;
  log?: DispatchLogger | undefined;
  backups?: Backups | undefined;
  deviceKeys?: DeviceKeyVault | undefined;
  dataFolders?: DataFolderStore | undefined;
  language?: LanguageStore | undefined;
}

/** Each channel of the contract, wired to the ledger's services. */
export function createHandlers(ledger: Ledger, services: CounterServices): Handlers {
  const systemPrinting = services.printing;
  const log = services.log ?? { error: () => undefined };
  const backups = services.backups ?? createBackups(memoryBackupPlan());
  const deviceKeys =
    services.deviceKeys ?? (ledger.dataDir ? fileDeviceKeyVault(ledger.dataDir) : memoryDeviceKeyVault());
  const dataFolders = services.dataFolders ?? memoryDataFolder();
  const language = services.language ?? memoryLanguage();
  const exports = exportJobs();
  const printing = watchPrinting(systemPrinting, ledger.clock);
  return {
    'app.info': () => {
      const config = readCourtConfig(ledger);
      return {
        version,
        setupDone: config !== null,
        court: config?.court ?? null,
        clockWarning: clockWarning(ledger),
        readOnly: ledger.readOnlyReason ?? null,
        idleSignOutMinutes: config ? readIdleMinutes(ledger) : DEFAULT_IDLE_MINUTES,
      };
    },
    'setup.reference': () => ({
      states: STATES,
      caseTypes: DEFAULT_CASE_TYPES,
      defaultTemplate: DEFAULT_CASE_NUMBER_TEMPLATE,
      currentYear: courtYear(ledger.clock()),
    }),
    'setup.complete': async (input, ctx) => {
      const session = await completeSetup(ledger, input, deviceKeys);
      ctx.sessions.set(session);
      if (!readDeviceKey(ledger)) log.error('device key not made at setup: the setup slip makes it');
      return session;
    },

    'language.get': () => language.get(),
    'language.set': (input) => {
      language.set(input.language);
      return language.get();
    },
    'auth.users': () => listUsers(ledger).filter((u) => u.active),
    'auth.signIn': async (input, ctx) => {
      const session = await signIn(ledger, input.userId, input.pin);
      ctx.sessions.set(session);
      return session;
    },
    'auth.signOut': (_input, ctx) => {
      if (ctx.session) signOut(ledger, ctx.session.user.id);
      ctx.sessions.set(null);
      return null;
    },
    'auth.session': (_input, ctx) => ctx.session,
    'auth.confirmPin': async (input, ctx) => {
      const session = ctx.session;
      if (!session) throw new AppError('UNAUTHENTICATED', 'Sila log masuk dahulu.');
      await checkPin(ledger, session.user.id, input.pin);
      const confirmed = { ...session, pinConfirmedAt: ledger.clock().toISOString() };
      ctx.sessions.set(confirmed);
      return confirmed;
    },

    'users.create': (input, ctx) => createUser(ledger, actor(ctx).id, input),
    'users.setActive': (input, ctx) => setUserActive(ledger, actor(ctx).id, input.userId, input.active),

    'settings.get': () => readSettings(ledger),
    'settings.updateCourt': (input, ctx) => updateCourt(ledger, actor(ctx).id, input),
    'settings.updateNumbering': (input, ctx) => updateNumbering(ledger, actor(ctx).id, input),
    'settings.setLastNumbers': (input, ctx) => {
      const config = requireCourtConfig(ledger);
      checkLastNumbers(input.rows, config.numbering, new Set(listCaseTypes(ledger).map((t) => t.code)));
      return setLastNumbers(ledger, actor(ctx).id, input.rows);
    },

    'caseTypes.list': () => listCaseTypes(ledger),
    'caseTypes.save': (input, ctx) => saveCaseType(ledger, actor(ctx).id, input),

    'outage.current': () => currentOutage(ledger),
    'outage.list': () => listOutages(ledger),
    'outage.open': (input, ctx) => openOutage(ledger, actor(ctx).id, input),
    'outage.close': (input, ctx) =>
      closeOutage(ledger, actor(ctx).id, input.outageId, input.note ?? null, input.closeKind),

    'recovery.worklist': (input) => recoveryWorklist(ledger, input),
    'recovery.record': async (input, ctx) => {
      const result = recordEsv3(ledger, actor(ctx).id, input);
      if (!result.item.numberChanged) return result;
      try {
        // The notice to the parties is issued with the record; printing it is the clerk's next step.
        await issueNumberNotice(ledger, actor(ctx).id, input.caseId);
      } catch (error) {
        log.error(`case ${result.item.caseNumber}: number notice not saved`, error);
        return result;
      }
      return { ...result, item: recoveryItem(ledger, input.caseId) ?? result.item };
    },
    'recovery.printNotice': (input, ctx) =>
      printNumberNotice(ledger, printing, actor(ctx).id, input.caseId, input.toPrinter),

    'cases.nextNumber': (input) => {
      const type = requireActiveCaseType(ledger, input.caseTypeCode);
      const plan = planNumber(ledger, requireCourtConfig(ledger), type.code, courtYear(ledger.clock()));
      return { caseNumber: plan.caseNumber, runningNumber: plan.runningNumber };
    },
    'cases.register': (input, ctx) => registerCase(ledger, actor(ctx).id, input),
    'cases.search': (input) => searchCases(ledger, input),
    'cases.get': (input) => getCase(ledger, input.caseId),
    'cases.recordGiven': (input, ctx) => recordGivenNumberCase(ledger, actor(ctx).id, input),

    'filingTypes.list': () => listFilingTypes(ledger),
    'filingTypes.save': (input, ctx) => saveFilingType(ledger, actor(ctx).id, input),
    'filings.forCase': (input) => filingsForCase(ledger, input.caseId),
    'filings.record': async (input, ctx) => {
      const recorded = recordFilings(ledger, actor(ctx).id, input);
      if (!recorded.receipt) return recorded;
      try {
        return { ...recorded, receipt: await issueReceiptPdf(ledger, actor(ctx).id, recorded.receipt.id) };
      } catch (error) {
        log.error(`receipt ${recorded.receipt.receiptNumber}: PDF not saved`, error);
        return recorded;
      }
    },

    'appointments.slots': (input) => appointmentSlots(ledger, input.days),
    'appointments.book': async (input, ctx) => {
      const appointment = bookAppointment(ledger, actor(ctx).id, input);
      try {
        return (await issueAppointmentSlip(ledger, actor(ctx).id, appointment.id)).appointment;
      } catch (error) {
        // The appointment stands whatever happens to its slip; the slip is made again when printed.
        log.error(`appointment ${appointment.reference}: slip not saved`, error);
        return appointment;
      }
    },
    'appointments.get': (input) => getAppointment(ledger, input.appointmentId),
    'appointments.forDay': (input) => appointmentsForDay(ledger, input.date),
    'appointments.close': (input, ctx) =>
      closeAppointment(ledger, actor(ctx).id, input.appointmentId, input.status, input.reason),
    'appointments.print': (input, ctx) =>
      printAppointmentSlip(ledger, printing, actor(ctx).id, input.appointmentId, input.toPrinter),
    'appointments.setCapacity': (input, ctx) => setAppointmentCapacity(ledger, actor(ctx).id, input.perDay),

    'fees.schedule': () => feeSchedule(ledger),
    'fees.saveItem': (input, ctx) => saveFee(ledger, actor(ctx).id, input),
    'fees.setDefaults': (input, ctx) => setDefaultLines(ledger, actor(ctx).id, input.appliesTo, input.lines),
    'settings.receiptOptions': () => readReceiptSettings(ledger),
    'settings.updateReceiptOptions': (input, ctx) => updateReceiptSettings(ledger, actor(ctx).id, input),

    'payments.draft': (input) => paymentDraft(ledger, input.caseId),
    'payments.take': async (input, ctx) => {
      const receipt = takePayment(ledger, actor(ctx).id, input);
      try {
        return await issueReceiptPdf(ledger, actor(ctx).id, receipt.id);
      } catch (error) {
        // The payment is recorded whatever happens to its PDF; the PDF is made again when printed.
        log.error(`receipt ${receipt.receiptNumber}: PDF not saved`, error);
        return receipt;
      }
    },
    'receipts.get': (input) => getReceipt(ledger, input.receiptId),
    'receipts.forCase': (input) => receiptsForCase(ledger, input.caseId),
    'receipts.cancel': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return cancelReceipt(ledger, actor(ctx).id, supervisor.id, input.receiptId, input.reason);
    },
    'clock.confirm': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return confirmClock(ledger, actor(ctx).id, supervisor);
    },
    'dayClose.statement': (input) => dayStatement(ledger, input.date),
    'dayClose.close': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      const closed = closeDay(ledger, actor(ctx).id, supervisor.id, input.date, input);
      // Every day close is backed up; a backup that fails is shown in Tetapan → Sandaran, the close stands.
      if (backups.plan.get().dir) {
        await backups
          .run(ledger)
          .catch((error: unknown) => log.error('backup after day close failed', (error as Error).message));
      }
      return closed;
    },
    'dayClose.reopen': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return reopenDay(ledger, actor(ctx).id, supervisor.id, input.date, input.reason);
    },
    'dayClose.collectionDay': () => collectionDay(ledger),
    'receipts.print': (input, ctx) => printReceipt(ledger, printing, actor(ctx).id, input.receiptId, input.toPrinter),
    'dayClose.print': (input, ctx) => printDayStatement(ledger, printing, actor(ctx).id, input.date, input.toPrinter),
    'printers.list': () => listPrinters(printing),
    'settings.updateSession': (input, ctx) => ({
      idleSignOutMinutes: updateIdleMinutes(ledger, actor(ctx).id, input.idleSignOutMinutes),
    }),
    'backup.status': () => backupStatus(backups, ledger),
    'backup.savePlan': async ({ supervisorPin, ...plan }, ctx) => {
      await ownPinApproval(ledger, actor(ctx).id, supervisorPin);
      checkBackupFolder(plan, ledger.dataDir);
      backups.plan.set(plan);
      return backupStatus(backups, ledger);
    },
    'backup.run': async () => {
      await backups.run(ledger);
      return backupStatus(backups, ledger);
    },
    'backup.compare': (input) =>
      compareBackupFile(ledger, join(requireBackupDir(backups), input.name), input.name, {
        passphrase: input.passphrase,
        secretKeyArmored: input.secretKey,
      }),
    'backup.setPassphrase': async (input) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      await setRecoveryPassphrase(ledger, `user:${supervisor.id}`, input.passphrase);
      return backupStatus(backups, ledger);
    },
    'firstRun.compareBackup': (input) => firstRunCompare(ledger, input),
    'firstRun.restoreBackup': async (input, ctx) => {
      const result = await firstRunRestore(ledger, input);
      ctx.sessions.set(null);
      return result;
    },
    'backup.restore': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      const result = await restoreIntoLedger(
        ledger,
        join(requireBackupDir(backups), input.name),
        input.name,
        supervisor.id,
        {
          unlock: { passphrase: input.passphrase, secretKeyArmored: input.secretKey },
        },
      );
      // Whoever was signed in signs in again against the restored ledger.
      ctx.signOutEveryone();
      return result;
    },
    'dataFolder.status': () => dataFolderView(ledger, dataFolders),
    'dataFolder.choose': async ({ supervisorPin, ...input }, ctx) => {
      await ownPinApproval(ledger, actor(ctx).id, supervisorPin);
      return chooseDataFolder(ledger, dataFolders, actor(ctx).id, input);
    },
    'printers.choose': (input) => choosePrinter(printing, input.kind, input.printer),

    'calendar.get': () => courtCalendarView(ledger),
    'calendar.addHoliday': (input, ctx) => addHoliday(ledger, actor(ctx).id, input),
    'calendar.removeHoliday': (input, ctx) => removeHoliday(ledger, actor(ctx).id, input.date, input.reason),
    'calendar.saveHijriMonthStart': (input, ctx) => saveHijriMonthStart(ledger, actor(ctx).id, input),
    'calendar.saveHijriMonthNames': (input, ctx) => saveHijriMonthNames(ledger, actor(ctx).id, input.names),
    'calendar.removeHijriMonthStart': (input, ctx) =>
      removeHijriMonthStart(ledger, actor(ctx).id, input.year, input.month),
    'calendar.updateDocumentSettings': (input, ctx) => updateDocumentSettings(ledger, actor(ctx).id, input),

    'hearings.slots': (input) => hearingSlots(ledger, input.from),
    'hearings.forCase': (input) => hearingsForCase(ledger, input.caseId),
    'hearings.set': async (input, ctx) => {
      const { override, ...hearing } = input;
      const supervisor = override
        ? await supervisorApproval(ledger, override.supervisorId, override.supervisorPin)
        : null;
      return setHearing(
        ledger,
        actor(ctx).id,
        hearing,
        supervisor && override ? { supervisorId: supervisor.id, reason: override.reason } : null,
      );
    },

    'courtDocuments.forCase': (input) => courtDocumentsForCase(ledger, input.caseId),
    'courtDocuments.issue': (input, ctx) => issueCourtForm(ledger, printing, actor(ctx).id, input),
    'courtDocuments.print': (input, ctx) =>
      printCourtDocument(ledger, printing, actor(ctx).id, input.documentId, input.toPrinter),
    'causeBook.print': (input, ctx) => printCauseBook(ledger, printing, actor(ctx).id, input),
    'bundle.deviceKey': (_input, ctx) => deviceKeyStatus(ledger, deviceKeys, `user:${actor(ctx).id}`),
    'bundle.replaceDeviceKey': async (input, ctx) => {
      const supervisor = await ownPinApproval(ledger, actor(ctx).id, input.supervisorPin);
      return replaceDeviceKey(ledger, deviceKeys, supervisor.id, input.reason);
    },
    'bundle.setupSlip': (input, ctx) => printSetupSlip(ledger, printing, deviceKeys, actor(ctx).id, input.toPrinter),
    'bundle.ictKeys': () => listIctKeys(ledger),
    'bundle.importIctKey': async (input, ctx) => {
      await ownPinApproval(ledger, actor(ctx).id, input.supervisorPin);
      return importIctKey(ledger, actor(ctx).id, input.armored);
    },
    'bundle.removeIctKey': async (input, ctx) => {
      await ownPinApproval(ledger, actor(ctx).id, input.supervisorPin);
      return removeIctKey(ledger, actor(ctx).id, input.keyId);
    },
    'bundle.exports': () => listExports(ledger),
    'bundle.exportStart': async (input) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return exports.start(
        ledger,
        {
          folder: input.folder,
          passphrase: input.passphrase,
          vault: deviceKeys,
          by: { id: supervisor.id, name: supervisor.name },
        },
        (error) => log.error('export failed', error),
      );
    },
    'bundle.exportStatus': (input) => exports.status(input.jobId),
    'bundle.handoverSlip': (input, ctx) =>
      printHandoverSlip(ledger, printing, actor(ctx).id, input.seq, input.toPrinter),

    'status.bar': (_input, ctx) => statusBar(ledger, printing, backups, actor(ctx)),
    ...esv3ImportHandlers(ledger),
  };
}
