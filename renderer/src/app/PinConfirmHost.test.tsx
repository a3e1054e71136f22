// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../api/client';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { PinConfirmHost } from './PinConfirmHost';
import { errorData } from '@shared/errors';

afterEach(cleanup);

const SESSION = {
  user: { id: 1, name: 'Puan Rohana', role: 'SUPERVISOR' as const, active: true, createdAt: '2026-11-28T00:00:00Z' },
  signedInAt: '2026-11-28T00:00:00Z',
};

describe('PinConfirmHost', () => {
  it('asks for the PIN when the ledger wants it, then the same call goes through', async () => {
    let confirmed = false;
    const mocks = installFakeKaunter({
      'outage.close': () =>
        confirmed
          ? ok({ id: 1 } as never)
          : {
              ok: false,
              error: errorData('REAUTH', 'Taip PIN anda sekali lagi untuk meneruskan tindakan penyelia ini.'),
            },
      'auth.confirmPin': (input) => {
        if (input.pin !== '123456') return { ok: false, error: errorData('VALIDATION', 'PIN salah.') };
        confirmed = true;
        return ok(SESSION);
      },
    });
    render(<PinConfirmHost />);
    const pending = call('outage.close', { outageId: 1 });
    const pin = await screen.findByLabelText('PIN', { exact: false, selector: 'input' });
    fireEvent.change(pin, { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sahkan' }));
    expect(await screen.findByText('PIN salah.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('PIN', { exact: false, selector: 'input' }), {
      target: { value: '123456' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sahkan' }));
    expect(await pending).toEqual({ ok: true, value: { id: 1 } });
    expect(mocks['outage.close']).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('leaves the action undone when the supervisor cancels', async () => {
    installFakeKaunter({
      'outage.close': () => ({
        ok: false,
        error: errorData('REAUTH', 'Taip PIN anda sekali lagi untuk meneruskan tindakan penyelia ini.'),
      }),
    });
    render(<PinConfirmHost />);
    const pending = call('outage.close', { outageId: 1 });
    fireEvent.click(await screen.findByRole('button', { name: 'Batal' }));
    expect(await pending).toMatchObject({ ok: false, error: { code: 'REAUTH' } });
  });
});
