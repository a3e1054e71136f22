import { expect, test } from './fixtures';
import { counterReadyToRegister, SUPERVISOR } from './flows';
import { AppFrame } from './pages/AppFrame';
import { OutageScreen } from './pages/OutageScreen';

test('a supervisor changes the open outage from option 1 to 2: one outage, the period listed, the counter follows', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const frame = new AppFrame(page);
  const outage = new OutageScreen(page);
  await frame.go('Gangguan');

  // A reason too short is refused before any PIN is asked; nothing changes.
  await page.getByRole('button', { name: 'Tukar pilihan SOP' }).click();
  const form = page.getByRole('form', { name: 'Tukar pilihan SOP tempoh gangguan ini' });
  await expect(form.getByRole('radio', { name: /^Pilihan 1 / })).toHaveCount(0);
  await form.getByRole('radio', { name: /^Pilihan 2 / }).check();
  await form.getByLabel(/^Sebab perubahan/).fill('arahan');
  await form.getByRole('button', { name: 'Tukar pilihan' }).click();
  await expect(form.getByText('Sebab mesti sekurang-kurangnya 10 aksara.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await form.getByRole('button', { name: 'Batal' }).click();

  await outage.changeOption(2, 'Arahan Pendaftar Negeri: ESV2 tersedia semula', SUPERVISOR.pin);
  await expect(page.getByText('Pilihan SOP ditukar daripada Pilihan 1 kepada Pilihan 2.')).toBeVisible();
  await expect(frame.banner()).toContainText('Pilihan 2');
  await expect(page.getByTestId('status-bar')).toContainText('Pilihan 2');
  const current = page.locator('.outage-current');
  await expect(current.locator('.outage-current__option')).toContainText('Pilihan 2 — Pendaftaran dalam ESV2');
  await expect(current.getByText('Dibuka dengan Pilihan 1')).toBeVisible();
  await expect(current.getByText(/Pilihan 1 → Pilihan 2 — \d{1,2} \S+ \d{4}/)).toContainText(
    `${SUPERVISOR.name}: Arahan Pendaftar Negeri: ESV2 tersedia semula`,
  );
  // Still one outage in the history, its periods listed.
  const history = page.getByRole('table');
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history).toContainText('Pilihan 1 → Pilihan 2');
  await page.screenshot({ path: '/tmp/outage-sop-change.png', fullPage: true });

  // The counter follows option 2 at once: no provisional numbers.
  await frame.go('Daftar Kes Baharu');
  await expect(page.getByText(/Tempoh gangguan semasa ialah Pilihan 2/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Jenis kes/ })).toHaveCount(0);
});
