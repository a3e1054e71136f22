// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from '@shared/errors';
import { formatMessage } from '@shared/messages';
import { showLanguage } from '../i18n/strings';
import { ProblemList } from './ImportReport';

afterEach(() => {
  cleanup();
  showLanguage('ms');
});

describe("an import's problem rows", () => {
  const problems = [{ line: 7, reason: message('No. kes tiada.') }];

  it('are shown as the ledger words them in Malay', () => {
    render(<ProblemList problems={problems} />);
    expect(screen.getByTestId('import-problems').textContent).toContain('No. kes tiada.');
  });

  it('are shown in English when the screens are in English', () => {
    const english = formatMessage('en', 'No. kes tiada.');
    expect(english).toBeTruthy();
    showLanguage('en');
    render(<ProblemList problems={problems} />);
    const text = screen.getByTestId('import-problems').textContent ?? '';
    expect(text).toContain(english);
    expect(text).not.toContain('No. kes tiada.');
  });
});
