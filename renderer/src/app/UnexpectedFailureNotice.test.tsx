// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnexpectedFailureNotice } from './UnexpectedFailureNotice';
import { unawaited, unawaitedHandler } from './unawaited';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('unawaited', () => {
  it('shows a failure nobody waited for until the clerk closes it, and writes it to the console', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<UnexpectedFailureNotice />);
    expect(screen.queryByTestId('unexpected-failure')).toBeNull();

    await act(async () => {
      unawaited(Promise.reject(new Error('bridge gone')));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByTestId('unexpected-failure').textContent).toContain('gagal dengan cara yang tidak dijangka');
    expect(consoleError).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'bridge gone' }));

    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }));
    expect(screen.queryByTestId('unexpected-failure')).toBeNull();
  });

  it('says nothing when the action succeeds, and passes the event to the handler', async () => {
    render(<UnexpectedFailureNotice />);
    const action = vi.fn((_event: string) => Promise.resolve('ok'));
    await act(async () => {
      unawaitedHandler(action)('submit');
      unawaited(undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(action).toHaveBeenCalledWith('submit');
    expect(screen.queryByTestId('unexpected-failure')).toBeNull();
  });
});
