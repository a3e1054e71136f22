import { existsSync } from 'node:fs';
import { expect, test } from './fixtures';
import { setUpCounter } from './flows';
import { AppFrame } from './pages/AppFrame';
import { OutageScreen } from './pages/OutageScreen';
import { AppointmentsScreen } from './pages/SopPathsScreens';

test('appointments: a full pagi session cannot be picked (penuh) and petang can, the day list is a PDF, no-show waits for the session to end', async ({
  page,
  kaunter,
}) => {
  await setUpCounter(page, kaunter.url);
  const frame = new AppFrame(page);
  await frame.go('Gangguan');
  await new OutageScreen(page).open(3, 'Pendaftaran ditutup; janji temu diambil.');
  // One place in each session (Tetapan → Kalendar sets the same through this channel).
  const set = await page.evaluate(() =>
    window.kaunter['appointments.setSessions']({
      PAGI: { start: '08:30', end: '12:30', capacity: 1 },
      PETANG: { start: '14:00', end: '16:30', capacity: 1 },
    }),
  );
  expect(set.ok).toBe(true);

  await frame.go('Janji Temu');
  const appointments = new AppointmentsScreen(page);
  await expect(page.getByLabel(/^No\. telefon/)).toHaveAttribute('aria-required', 'true');
  const day = await appointments.book(
    { name: 'Nurul Huda binti Kamal', idNumber: '900315-05-5012', phone: '012-3456789' },
    '024',
  );
  await page.getByRole('button', { name: 'Ambil janji temu lain' }).click();
  // On the same day the full pagi session cannot be picked, and says so beside it; petang can.
  const dateField = page.getByLabel(/^Tarikh janji temu/);
  await dateField.fill(day.split('-').reverse().join('/'));
  await dateField.blur();
  const sessions = page.getByTestId('appointment-sessions');
  const pagi = sessions.getByRole('radio', { name: /^Pagi/ });
  await expect(pagi).toBeDisabled();
  await expect(sessions.getByRole('radio', { name: /^Pagi .*\(penuh\)$/ })).toBeVisible();
  await expect(sessions.getByRole('radio', { name: /^Petang/ })).toBeEnabled();
  await expect(sessions.getByRole('radio', { name: /^Petang .* — 1 daripada 1 tempat kosong$/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/appointments-full.png', fullPage: true });
  await appointments.book({ name: 'Zulkifli bin Osman', idNumber: '880808-05-5017', phone: '013-9876543' }, '024', {
    date: day,
    session: 'Petang',
  });

  await appointments.showDay(day);
  const list = page.getByTestId('appointment-day');
  await list.getByRole('button', { name: 'Simpan PDF' }).click();
  const saved = list.getByText(/disimpan/).first();
  await expect(saved).toBeVisible();
  const file = /(\/\S+\.pdf)/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(existsSync(file)).toBe(true);

  const row = appointments.row('0001');
  await row.getByRole('button', { name: 'Tidak hadir' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ya, tidak hadir' }).click();
  await expect(list.getByText(/belum boleh ditanda tidak hadir: sesi pagi/)).toBeVisible();
  await expect(row).toContainText('Dijadualkan');
  await page.screenshot({ path: '/tmp/appointments-day.png', fullPage: true });
});
