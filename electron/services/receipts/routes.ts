import { actorId, domainRoutes } from '../../routing/routes';
import type { Backups } from '../backup/schedule';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import { supervisorApproval } from '../users/approval';
import { dayStatement, reopenDay } from './dayClose';
import { collectionDay } from './dayState';
import { feeSchedule, paymentDraft, saveFee, setDefaultLines } from './fees';
import { readReceiptSettings, updateReceiptSettings } from './receiptSettings';
import { cancelReceipt, getReceipt, receiptsForCase } from './receipts';
import { closeDayAndBackUp, receivePayment } from './workflows';

export interface ReceiptPorts {
  backups: Backups;
  log: ErrorLog;
}

/** Fees, payments and their receipts, and the day's close. */
export function receiptRoutes(ledger: Ledger, ports: ReceiptPorts) {
  return domainRoutes({
    'fees.schedule': () => feeSchedule(ledger),
    'fees.saveItem': (input, ctx) => saveFee(ledger, actorId(ctx), input),
    'fees.setDefaults': (input, ctx) => setDefaultLines(ledger, actorId(ctx), input.appliesTo, input.lines),
    'settings.receiptOptions': () => readReceiptSettings(ledger),
    'settings.updateReceiptOptions': (input, ctx) => updateReceiptSettings(ledger, actorId(ctx), input),

    'payments.draft': (input) => paymentDraft(ledger, input.caseId),
    'payments.take': (input, ctx) => receivePayment(ledger, actorId(ctx), input, ports.log),
    'receipts.get': (input) => getReceipt(ledger, input.receiptId),
    'receipts.forCase': (input) => receiptsForCase(ledger, input.caseId),
    'receipts.cancel': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return cancelReceipt(ledger, actorId(ctx), supervisor.id, input.receiptId, input.reason);
    },

    'dayClose.statement': (input) => dayStatement(ledger, input.date),
    'dayClose.close': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return closeDayAndBackUp(ledger, actorId(ctx), supervisor.id, input, ports);
    },
    'dayClose.reopen': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return reopenDay(ledger, actorId(ctx), supervisor.id, input.date, input.reason);
    },
    'dayClose.collectionDay': () => collectionDay(ledger),
  });
}
