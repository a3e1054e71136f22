import { join } from 'node:path';
import Database from 'better-sqlite3';
import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister, SUPERVISOR } from './flows';
import { RegisterScreen } from './pages/RegisterScreen';

/** The ledger's file in the data folder (DATABASE_FILE in electron/services/ledger/ledgerFile.ts). */
const DATABASE_FILE = 'kaunter.sqlite';
const YEAR = courtYear();
const CASE = {
  typeSearch: 'nafkah anak',
  typeCode: '024',
  claimants: [{ name: 'Siti binti Abu', idNumber: '900512-05-5234' }],
};
const SHOTS = process.env.KAUNTER_SHOTS ?? '/tmp';

test('numbering stops on a clock in another year than the last number, until a supervisor confirms the date', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const register = new RegisterScreen(page);
  expect(await register.register(CASE)).toBe(`05005-024-0770-${YEAR}`);

  // As if the last number had been issued last year (a clock a year off, or the first number of a new
  // year): the host's real clock is then in another year than the last number.
  const db = new Database(join(kaunter.dataDir, DATABASE_FILE));
  db.prepare('UPDATE numbering_clock SET last_number_at = ?').run(`${YEAR - 1}-12-31T08:00:00.000Z`);
  db.close();

  await register.another();
  await register.fill(CASE);
  await register.save();
  const dialog = page.getByRole('dialog', { name: 'Sahkan tarikh komputer' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    `Tahun pada jam komputer ini (${YEAR}) bukan tahun nombor terakhir yang dikeluarkan (${YEAR - 1})`,
  );
  await page.screenshot({ path: `${SHOTS}/clock-confirm.png`, fullPage: true });

  // Closed: nothing issued, the refusal stays on the form.
  await dialog.getByRole('button', { name: 'Kembali' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Tahun pada jam komputer ini/).first()).toBeVisible();

  await register.save();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/Penolong Pendaftar/).selectOption({ label: SUPERVISOR.name });
  await dialog.getByLabel(/^PIN/).fill('000000');
  await dialog.getByRole('button', { name: 'Sahkan tarikh ini' }).click();
  await expect(dialog).toContainText(/PIN salah/);
  await dialog.getByLabel(/^PIN/).fill(SUPERVISOR.pin);
  await dialog.getByRole('button', { name: 'Sahkan tarikh ini' }).click();
  await expect(dialog).toBeHidden();
  // The same registration went through after the confirmation.
  await expect(page.getByTestId('registered-number')).toHaveText(`05005-024-0771-${YEAR}`);
});
