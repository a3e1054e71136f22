import type { Page } from '@playwright/test';
import { courtYear, expect } from './fixtures';
import { AppFrame } from './pages/AppFrame';
import { OutageScreen } from './pages/OutageScreen';
import { SetupScreen, type SetupData } from './pages/SetupScreen';

export const SUPERVISOR = { name: 'Puan Rosnah binti Ismail', pin: '246810' };

export const COURT: SetupData = {
  stateCode: '05',
  courtCode: '005',
  courtName: 'Mahkamah Rendah Syariah Seremban',
  courtLevel: 'MRS',
  counterId: 'K1',
  lastNumbers: [
    { caseTypeCode: '024', year: courtYear(), lastNumber: 769 },
    { caseTypeCode: '010', year: courtYear(), lastNumber: 41 },
    // ESV3 issued none of these this year yet: said with a 0, as a type with no row is refused.
    { caseTypeCode: '014', year: courtYear(), lastNumber: 0 },
    { caseTypeCode: '028', year: courtYear(), lastNumber: 0 },
  ],
  supervisor: SUPERVISOR,
};

/** A new counter, set up, with its supervisor signed in (setup signs in) and no outage open. */
export async function setUpCounter(page: Page, url: string, data: SetupData = COURT): Promise<void> {
  await page.goto(url);
  const setup = new SetupScreen(page);
  await setup.expectShown();
  await setup.fill(data);
  await setup.submit();
  await new AppFrame(page).expectSignedIn(data.supervisor.name);
}

/** Setup, then an SOP option 1 outage opened by the supervisor. */
export async function counterReadyToRegister(page: Page, url: string): Promise<void> {
  await setUpCounter(page, url);
  const frame = new AppFrame(page);
  await frame.go('Gangguan');
  await new OutageScreen(page).open(1, 'Makluman ICT negeri: ESV3 tidak dapat dicapai.');
  await expect(frame.banner()).toContainText('Tempoh gangguan ESV3 — Pilihan 1');
  await frame.go('Daftar Kes Baharu');
}

/** Types the signed-in supervisor's PIN into the dialog a change of who can read the data asks it in. */
export async function typeOwnPin(page: Page, pin: string = SUPERVISOR.pin): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Sahkan PIN anda' });
  await expect(dialog).toContainText('siapa boleh membaca data kaunter');
  await dialog.getByLabel('PIN').fill(pin);
  await dialog.getByRole('button', { name: 'Sahkan' }).click();
  await expect(dialog).toBeHidden();
}
