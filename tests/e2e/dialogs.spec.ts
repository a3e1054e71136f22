import { expect, test } from './fixtures';
import { counterReadyToRegister, SUPERVISOR } from './flows';
import { AppFrame } from './pages/AppFrame';
import { CaseScreen } from './pages/CaseScreen';
import { RegisterScreen } from './pages/RegisterScreen';

/** The next Saturday after today in Malaysia, as YYYY-MM-DD: a weekend day in Negeri Sembilan. */
function nextSaturday(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur' }).format(new Date());
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7 || 7));
  return day.toISOString().slice(0, 10);
}

test('a supervisor approves a hearing date on a weekend with their PIN, and the date is saved', async ({
  page,
  kaunter,
}) => {
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await counterReadyToRegister(page, kaunter.url);
  const caseNumber = await new RegisterScreen(page).register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234' }],
  });
  await new AppFrame(page).go('Buku Daftar');
  await page.getByRole('link', { name: caseNumber }).click();
  const screen = new CaseScreen(page);
  await screen.chooseOtherDate(nextSaturday());
  await screen.hearings().getByRole('button', { name: 'Tetapkan tarikh' }).click();
  await screen.hearings().getByRole('button', { name: 'Minta kelulusan Penolong Pendaftar' }).click();

  const dialog = page.getByRole('dialog', { name: 'Kelulusan tarikh di luar peraturan' });
  await dialog.getByLabel(/^Sebab kelulusan/).fill('Perintah hakim: kes segera');
  await dialog.getByLabel(/^Penolong Pendaftar/).selectOption({ label: SUPERVISOR.name });
  await dialog.getByLabel(/^PIN penyelia/).fill(SUPERVISOR.pin);
  const before = navigations.length;
  await dialog.getByRole('button', { name: 'Luluskan tarikh' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('hearings-table')).toContainText(
    `Diluluskan oleh ${SUPERVISOR.name}: Perintah hakim: kes segera`,
  );
  // The approval is a request, not a page submitted to a URL with the PIN in it.
  expect(navigations.slice(before).filter((url) => url.includes('supervisorPin'))).toEqual([]);
  expect(page.url()).not.toContain('supervisorPin');
});
