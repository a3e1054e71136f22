import Database from 'better-sqlite3';
import { join } from 'node:path';
import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { PaymentScreen } from './pages/PaymentScreen';
import { ReceiptScreen } from './pages/ReceiptScreen';
import { RegisterScreen } from './pages/RegisterScreen';

function receiptsInLedger(dataDir: string): string[] {
  const db = new Database(join(dataDir, 'kaunter.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT receipt_number FROM receipts ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

test('a payment whose answer is lost after it was saved shows "Resit telah dikeluarkan" with its one receipt', async ({
  page,
  kaunter,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await counterReadyToRegister(page, kaunter.url);
  await new RegisterScreen(page).register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234' }],
    respondents: [{ name: 'Ahmad Faizal bin Osman', idNumber: '880303105671' }],
  });
  await page.getByRole('link', { name: 'Terima bayaran' }).click();
  const pay = new PaymentScreen(page);
  await pay.expectShown();
  await pay.cash('50');

  // The first answer reaches the host (which saves the payment) and is lost on its way back.
  const sent: string[] = [];
  await page.route(
    '**/api/payments.take',
    async (route) => {
      sent.push(route.request().headers()['x-kaunter-request'] ?? '');
      await route.fetch();
      await route.abort('connectionreset');
    },
    { times: 1 },
  );
  page.on('request', (request) => {
    if (request.url().endsWith('/api/payments.take')) sent.push(request.headers()['x-kaunter-request'] ?? '');
  });
  await pay.submit();

  const receipt = new ReceiptScreen(page);
  const number = await receipt.expectNumber(`-K1-${courtYear()}-000001`);
  const notice = page.getByTestId('answered-again');
  await expect(notice).toContainText(`Resit telah dikeluarkan: ${number}`);
  await expect(notice).toContainText('tiada resit kedua dikeluarkan');
  await page.screenshot({ path: '/tmp/lost-answer.png' });

  // One receipt in the ledger; the retry went with the first attempt's request id.
  expect(receiptsInLedger(kaunter.dataDir)).toEqual([number]);
  const ids = new Set(sent.filter((id) => id !== ''));
  expect(ids.size).toBe(1);
  expect(sent.length).toBeGreaterThanOrEqual(2);

  // Moving on takes the notice away; the case lists the one receipt.
  await page.getByRole('link', { name: /Butiran Kes/ }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('case-receipts').getByRole('row')).toHaveCount(2);
});
