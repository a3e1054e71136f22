// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../api/client';
import { installFakeKaunter } from '../test/fakeKaunter';
import { AnsweredAgainNotice } from './AnsweredAgainNotice';

const RECEIPT = { id: 3, receiptNumber: '05005-K1-2026-000001' };

function Screens() {
  return (
    <MemoryRouter initialEntries={['/bayar']}>
      <AnsweredAgainNotice />
      <Routes>
        <Route path="/bayar" element={<Link to="/resit">resit</Link>} />
        <Route path="/resit" element={<Link to="/kes">kes</Link>} />
        <Route path="/kes" element={<p>kes</p>} />
      </Routes>
    </MemoryRouter>
  );
}

afterEach(cleanup);

describe('AnsweredAgainNotice', () => {
  it('says the receipt was already issued, stays on the receipt it led to, and goes when the clerk moves on', async () => {
    installFakeKaunter({
      'payments.take': () => ({ ok: true, value: RECEIPT, replayed: true }) as never,
    });
    render(<Screens />);
    expect(screen.queryByTestId('answered-again')).toBeNull();
    await act(() => call('payments.take', {} as never));
    expect(screen.getByTestId('answered-again').textContent).toContain(
      'Resit telah dikeluarkan: 05005-K1-2026-000001.',
    );
    fireEvent.click(screen.getByRole('link', { name: 'resit' }));
    expect(screen.getByTestId('answered-again')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'kes' }));
    expect(screen.queryByTestId('answered-again')).toBeNull();
  });

  it('says "Tindakan ini telah disimpan" for another action, and not at all for a first answer', async () => {
    installFakeKaunter({
      'fees.saveItem': () => ({ ok: true, value: { code: 'X' }, replayed: true }) as never,
      'cases.search': () => ({ ok: true, value: { total: 0 } }) as never,
    });
    render(<Screens />);
    await act(() => call('cases.search', {} as never));
    expect(screen.queryByTestId('answered-again')).toBeNull();
    await act(() => call('fees.saveItem', {} as never));
    expect(screen.getByTestId('answered-again').textContent).toContain('Tindakan ini telah disimpan.');
    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }));
    expect(screen.queryByTestId('answered-again')).toBeNull();
  });
});
