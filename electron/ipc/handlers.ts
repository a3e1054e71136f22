import { AppError } from '../../shared/errors';
import type { SessionView } from '../../shared/views';
import { version } from '../../package.json';
import { getCase, registerCase } from '../services/cases';
import { listCaseTypes, requireActiveCaseType, saveCaseType } from '../services/caseTypes';
import {
  readCourtConfig,
  readSettings,
  requireCourtConfig,
  setLastNumbers,
  updateCourt,
  updateNumbering,
} from '../services/court';
import type { Ledger } from '../services/ledger';
import { planNumber } from '../services/numbering';
import { closeOutage, currentOutage, listOutages, openOutage } from '../services/outages';
import { DEFAULT_CASE_TYPES, STATES } from '../services/reference';
import { searchCases } from '../services/search';
import { checkLastNumbers, completeSetup } from '../services/setup';
import { clockWarning } from '../services/clockCheck';
import { createUser, listUsers, setUserActive, signIn, signOut } from '../services/users';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from '../../shared/caseNumber';
import { courtYear } from '../../shared/time';
import { supervisorApproval } from '../services/approval';
import { closeDay, dayStatement } from '../services/dayClose';
import { feeSchedule, paymentDraft, saveFee, setDefaultLines } from '../services/fees';
import { readReceiptSettings, updateReceiptSettings } from '../services/receiptSettings';
import { cancelReceipt, getReceipt, receiptsForCase, takePayment } from '../services/receipts';
import { issueReceiptPdf } from '../services/receiptPdf';
import { choosePrinter, listPrinters, printDayStatement, printReceipt, type Printing } from '../services/print';
import { recordGivenNumberCase } from '../services/givenNumberCases';
import { filingsForCase, listFilingTypes, recordFilings, saveFilingType } from '../services/filings';
import {
  appointmentSlots,
  appointmentsForDay,
  bookAppointment,
  closeAppointment,
  getAppointment,
  setAppointmentCapacity,
} from '../services/appointments';
import { issueAppointmentSlip, printAppointmentSlip } from '../services/appointmentSlip';
import type { DispatchLogger, Handlers, HandlerContext } from './dispatcher';

function actor(ctx: HandlerContext): SessionView['user'] {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Sila log masuk dahulu.');
  return ctx.session.user;
}

/** Each channel of the contract, wired to the ledger's services. */
export function createHandlers(
  ledger: Ledger,
  printing: Printing,
  log: DispatchLogger = { error: () => undefined },
): Handlers {
  return {
    'app.info': () => {
      const config = readCourtConfig(ledger);
      return { version, setupDone: config !== null, court: config?.court ?? null, clockWarning: clockWarning(ledger) };
    },
    'setup.reference': () => ({
      states: STATES,
      caseTypes: DEFAULT_CASE_TYPES,
      defaultTemplate: DEFAULT_CASE_NUMBER_TEMPLATE,
      currentYear: courtYear(ledger.clock()),
    }),
    'setup.complete': async (input, ctx) => {
      const session = await completeSetup(ledger, input);
      ctx.sessions.set(session);
      return session;
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
    'outage.close': (input, ctx) => closeOutage(ledger, actor(ctx).id, input.outageId, input.note ?? null),

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
    'dayClose.statement': (input) => dayStatement(ledger, input.date),
    'dayClose.close': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return closeDay(ledger, actor(ctx).id, supervisor.id, input.date, input.cashCountedSen);
    },
    'receipts.print': (input, ctx) => printReceipt(ledger, printing, actor(ctx).id, input.receiptId, input.toPrinter),
    'dayClose.print': (input, ctx) => printDayStatement(ledger, printing, actor(ctx).id, input.date, input.toPrinter),
    'printers.list': () => listPrinters(printing),
    'printers.choose': (input) => choosePrinter(printing, input.kind, input.printer),
  };
}
