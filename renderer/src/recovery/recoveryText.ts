import type { RecoveryFacts } from '@shared/views';
import { strings } from '../i18n/strings';

/** A recovery event of a case's history in words, in the language of the screens. */
export function recoveryText(facts: RecoveryFacts): string {
  const t = strings().msRecovery.history;
  const because = (reason: string | null) => (reason ? ` ${t.reason(reason)}` : '');
  switch (facts.kind) {
    case 'DONE':
      return t.done(facts.esv3CaseNumber, facts.numberChanged);
    case 'CORRECTED':
      return `${t.corrected(facts.previous, facts.esv3CaseNumber)}${because(facts.reason)}`;
    case 'RECEIPT': {
      const ref = facts.previous === null ? facts.esv3PaymentRef : `${facts.previous} → ${facts.esv3PaymentRef}`;
      return `${t.receipt(facts.receiptNumber, ref)}${because(facts.reason)}`;
    }
    case 'NOTICE':
      return t.notice(facts.oldCaseNumber, facts.newCaseNumber, facts.parties);
  }
}
