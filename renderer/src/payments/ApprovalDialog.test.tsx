// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '@shared/errors';
import type { UserView } from '@shared/views';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { ApprovalDialog, type Approval } from './ApprovalDialog';
import { errorData, fieldIssue } from '@shared/errors';

const USERS: UserView[] = [
  { id: 1, name: 'Puan Rosnah binti Ismail', role: 'SUPERVISOR', active: true },
  { id: 2, name: 'Encik Faizal bin Omar', role: 'CLERK', active: true },
  { id: 3, name: 'Tuan Hakim bin Yusof', role: 'SUPERVISOR', active: false },
];

function setup(answer: (a: Approval) => Result<unknown>, askReason = true) {
  installFakeKaunter({ 'auth.users': () => ok(USERS) });
  const onApprove = vi.fn(async (a: Approval) => answer(a));
  const onClose = vi.fn();
  render(
    <ApprovalDialog
      title="Batal resit"
      warning="Pembatalan tidak boleh dibuat asal."
      submitLabel="Luluskan pembatalan"
      askReason={askReason}
      onApprove={onApprove}
      onClose={onClose}
    />,
  );
  return { onApprove, onClose };
}

const approve = () => fireEvent.click(screen.getByRole('button', { name: 'Luluskan pembatalan' }));

afterEach(cleanup);

describe('ApprovalDialog', () => {
  it('lists only active supervisors and says what cannot be undone', async () => {
    setup(() => ok(null));
    expect(screen.getByRole('dialog', { name: 'Batal resit' })).toBeTruthy();
    expect(screen.getByText('Pembatalan tidak boleh dibuat asal.')).toBeTruthy();
    await screen.findByRole('option', { name: 'Puan Rosnah binti Ismail' });
    expect(screen.queryByRole('option', { name: 'Encik Faizal bin Omar' })).toBeNull();
    expect(screen.queryByRole('option', { name: 'Tuan Hakim bin Yusof' })).toBeNull();
  });

  it('needs a supervisor, a PIN and a reason of at least 5 characters before asking the ledger', async () => {
    const { onApprove } = setup(() => ok(null));
    await screen.findByRole('option', { name: 'Puan Rosnah binti Ismail' });
    fireEvent.change(screen.getByLabelText(/Sebab pembatalan/), { target: { value: 'abc' } });
    approve();
    expect(await screen.findByText('Pilih Penolong Pendaftar.')).toBeTruthy();
    expect(screen.getByText('PIN penyelia mesti diisi.')).toBeTruthy();
    expect(document.getElementById('approval-reason-error')).toBeTruthy();
    expect(onApprove).not.toHaveBeenCalled();
  });

  it('sends the approval and shows a wrong PIN beside the PIN', async () => {
    const { onApprove } = setup(() => ({
      ok: false,
      error: errorData('FORBIDDEN', 'PIN salah.', undefined, [fieldIssue('supervisorPin', 'PIN salah.')]),
    }));
    await screen.findByRole('option', { name: 'Puan Rosnah binti Ismail' });
    fireEvent.change(screen.getByLabelText(/Penolong Pendaftar/), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText(/PIN penyelia/), { target: { value: '000000' } });
    fireEvent.change(screen.getByLabelText(/Sebab pembatalan/), { target: { value: 'Amaun salah dimasukkan' } });
    approve();
    await waitFor(() =>
      expect(onApprove).toHaveBeenCalledWith({
        supervisorId: 1,
        supervisorPin: '000000',
        reason: 'Amaun salah dimasukkan',
      }),
    );
    await waitFor(() => expect(document.getElementById('approval-pin-error')?.textContent).toBe('PIN salah.'));
  });

  it('without a reason (day close) sends only the supervisor and PIN', async () => {
    const { onApprove } = setup(() => ok(null), false);
    await screen.findByRole('option', { name: 'Puan Rosnah binti Ismail' });
    expect(screen.queryByLabelText(/Sebab pembatalan/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/Penolong Pendaftar/), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText(/PIN penyelia/), { target: { value: '246810' } });
    approve();
    await waitFor(() => expect(onApprove).toHaveBeenCalledWith({ supervisorId: 1, supervisorPin: '246810' }));
  });
});
