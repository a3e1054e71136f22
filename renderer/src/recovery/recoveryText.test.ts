import { afterEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../i18n/strings';
import { recoveryText } from './recoveryText';

afterEach(() => showLanguage('ms'));

describe('a recovery event in the case history', () => {
  it('is said in Malay from the figures the ledger sends', () => {
    expect(recoveryText({ kind: 'DONE', esv3CaseNumber: '05005-024-0905-2026', numberChanged: true })).toBe(
      'Nombor kes ESV3 05005-024-0905-2026 (nombor berubah).',
    );
    expect(
      recoveryText({ kind: 'CORRECTED', previous: 'A-1', esv3CaseNumber: 'A-2', reason: 'Salah taip nombor siri' }),
    ).toBe('Nombor kes ESV3 A-1 → A-2. Sebab: Salah taip nombor siri');
    expect(
      recoveryText({ kind: 'RECEIPT', receiptNumber: 'R-1', esv3PaymentRef: 'P-2', previous: 'P-1', reason: null }),
    ).toBe('Resit R-1: rujukan bayaran ESV3 P-1 → P-2.');
    expect(recoveryText({ kind: 'NOTICE', oldCaseNumber: 'A-1', newCaseNumber: 'A-2', parties: 2 })).toBe(
      'Notis Pertukaran Nombor Kes A-1 → A-2 kepada 2 pihak.',
    );
  });

  it('is said in English when the screens are in English', () => {
    showLanguage('en');
    expect(recoveryText({ kind: 'DONE', esv3CaseNumber: 'A-2', numberChanged: false })).toBe('ESV3 case number A-2.');
    expect(
      recoveryText({ kind: 'RECEIPT', receiptNumber: 'R-1', esv3PaymentRef: 'P-1', previous: null, reason: 'Typo' }),
    ).toBe('Receipt R-1: ESV3 payment reference P-1. Reason: Typo');
    expect(recoveryText({ kind: 'NOTICE', oldCaseNumber: 'A-1', newCaseNumber: 'A-2', parties: 1 })).toBe(
      'Case Number Change Notice A-1 → A-2 to 1 party.',
    );
  });
});
