// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KaunterApi } from '@shared/contract';
import { errorData, type Result } from '@shared/errors';
import { call, onAnsweredAgain, RETRY_DELAYS_MS } from './client';

const LOST: Result<never> = {
  ok: false,
  error: errorData(
    'DISCONNECTED',
    'Tiada sambungan ke pangkalan data kaunter: tiada apa-apa disimpan. Tutup dan buka semula aplikasi.',
  ),
};
const RECEIPT = { id: 3, receiptNumber: '05005-K1-2026-000001' };
const PAYMENT = { caseId: 7, lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }], payerName: 'Siti', method: 'CASH' };

/** A window.kaunter whose payments.take answers from `answers` in turn, recording each request id. */
function transport(answers: (Result<unknown> | 'throw')[]) {
  const ids: string[] = [];
  const take = vi.fn(async (_input: unknown, requestId: string) => {
    ids.push(requestId);
    const next = answers.shift() ?? LOST;
    if (next === 'throw') throw new Error('IPC gone');
    return next;
  });
  Object.defineProperty(window, 'kaunter', {
    value: { 'payments.take': take } as unknown as KaunterApi,
    configurable: true,
    writable: true,
  });
  return { ids, take };
}

/** Runs the call through its retries on fake timers. */
async function settled<T>(promise: Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) await vi.advanceTimersByTimeAsync(delay);
  return promise;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the screen after a lost answer', () => {
  it('retries by itself with the same request id and tells the clerk the receipt was already issued', async () => {
    vi.useFakeTimers();
    const { ids } = transport([LOST, 'throw', { ok: true, value: RECEIPT, replayed: true }]);
    const heard = vi.fn();
    const stop = onAnsweredAgain(heard);
    const result = await settled(call('payments.take', PAYMENT as never));
    stop();
    expect(result).toEqual({ ok: true, value: RECEIPT, replayed: true });
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(heard).toHaveBeenCalledWith('payments.take', RECEIPT);
  });

  it('gives up after a few tries, and the same action sent again later goes with the same id', async () => {
    vi.useFakeTimers();
    const first = transport([]);
    const lost = await settled(call('payments.take', PAYMENT as never));
    expect(lost).toMatchObject({ ok: false, error: { code: 'DISCONNECTED', message: /tidak akan dibuat kali kedua/ } });
    expect(first.ids).toHaveLength(RETRY_DELAYS_MS.length + 1);
    // The clerk presses Simpan again with the same form once the counter is back.
    const again = transport([{ ok: true, value: RECEIPT, replayed: true }]);
    await settled(call('payments.take', PAYMENT as never));
    expect(again.ids).toEqual([first.ids[0]]);
    // Answered: the next payment, even the same, is a new action with a new id.
    const next = transport([{ ok: true, value: { ...RECEIPT, id: 4 } }]);
    await settled(call('payments.take', PAYMENT as never));
    expect(next.ids[0]).not.toBe(first.ids[0]);
  });

  it('does not retry a refusal, and a corrected form gets a new id', async () => {
    vi.useFakeTimers();
    const refused = transport([
      {
        ok: false,
        error: errorData('VALIDATION', 'Wang diterima RM {tendered} kurang daripada jumlah RM {total}.', {
          tendered: '5.00',
          total: '10.00',
        }),
      },
    ]);
    await settled(call('payments.take', PAYMENT as never));
    expect(refused.ids).toHaveLength(1);
    const corrected = transport([{ ok: true, value: RECEIPT }]);
    const heard = vi.fn();
    const stop = onAnsweredAgain(heard);
    await settled(call('payments.take', { ...PAYMENT, tenderedSen: 5000 } as never));
    stop();
    expect(corrected.ids[0]).not.toBe(refused.ids[0]);
    expect(heard).not.toHaveBeenCalled();
  });
});
