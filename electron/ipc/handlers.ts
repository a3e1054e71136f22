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
import type { DispatchLogger, Handlers, HandlerContext } from './dispatcher';
import {
  ensureDeviceKey,
  fileDeviceKeyVault,
  memoryDeviceKeyVault,
  type DeviceKeyVault,
} from '../services/bundle/deviceKey';
import { importIctKey, listIctKeys, removeIctKey } from '../services/bundle/ictKeys';
import { exportJobs } from '../services/bundle/exportJobs';
import { listExports } from '../services/bundle/exports';
import { printHandoverSlip, printSetupSlip } from '../services/bundle/slips';

function actor(ctx: HandlerContext): SessionView['user'] {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Sila log masuk dahulu.');
  return ctx.session.user;
}

/** Each channel of the contract, wired to the ledger's services. */
export function createHandlers(
  ledger: Ledger,
  printing: Printing,
  log: DispatchLogger = { error: () => undefined },
  deviceKeys: DeviceKeyVault = ledger.dataDir ? fileDeviceKeyVault(ledger.dataDir) : memoryDeviceKeyVault(),
): Handlers {
  const exports = exportJobs();
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
      // The device key is made at first run; if that fails it is made before the first export instead.
      try {
        await ensureDeviceKey(ledger, deviceKeys, `user:${session.user.id}`);
      } catch (error) {
        log.error('device key not made at setup', error);
      }
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

    'bundle.deviceKey': async (_input, ctx) =>
      (await ensureDeviceKey(ledger, deviceKeys, `user:${actor(ctx).id}`)).view,
    'bundle.setupSlip': (input, ctx) => printSetupSlip(ledger, printing, deviceKeys, actor(ctx).id, input.toPrinter),
    'bundle.ictKeys': () => listIctKeys(ledger),
    'bundle.importIctKey': (input, ctx) => importIctKey(ledger, actor(ctx).id, input.armored),
    'bundle.removeIctKey': (input, ctx) => removeIctKey(ledger, actor(ctx).id, input.keyId),
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
  };
}
