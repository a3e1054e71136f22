import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';
import { COURT, counterReadyToRegister, setUpCounter, typeOwnPin } from './flows';
import { startHost, type RunningHost } from './host';
import { AppFrame } from './pages/AppFrame';
import { OutageScreen } from './pages/OutageScreen';

/** The counter's public key and fingerprint, as its supervisor saves the .asc file and reads the slip. */
async function publicKeyOf(page: Page): Promise<{ armored: string; fingerprint: string }> {
  await openCourtFolderTab(page);
  const armored = await page.getByLabel(/^Kunci awam kaunter ini/).inputValue();
  const fingerprint = (await page.getByTestId('court-own').locator('.fingerprint').textContent()) ?? '';
  expect(armored).toContain('BEGIN PGP PUBLIC KEY BLOCK');
  return { armored, fingerprint: fingerprint.replace(/\s+/g, '') };
}

async function openCourtFolderTab(page: Page): Promise<void> {
  await new AppFrame(page).go('Tetapan');
  await page.getByRole('tab', { name: 'Folder mahkamah' }).click();
  await expect(page.getByTestId('court-folder-settings')).toBeVisible();
}

async function setFolder(page: Page, folder: string): Promise<void> {
  await openCourtFolderTab(page);
  await page.getByLabel(/Laluan folder mahkamah/).fill(folder);
  await page.getByRole('button', { name: 'Simpan folder' }).click();
  await typeOwnPin(page);
  await expect(page.getByTestId('court-folder-now')).toHaveText(`Folder semasa: ${folder}`);
}

async function enrol(page: Page, counter: string, key: { armored: string; fingerprint: string }): Promise<void> {
  await page.getByLabel('Kod kaunter (cth. K1)').fill(counter);
  await page.getByLabel('atau tampal kunci awam').fill(key.armored);
  // As printed on the slip: upper case, in groups of four.
  await page.getByLabel('Cap jari pada slip persediaan').fill(key.fingerprint.toUpperCase().replace(/(.{4})/g, '$1 '));
  await page.getByRole('button', { name: 'Daftarkan kaunter' }).click();
  await typeOwnPin(page);
  await expect(page.getByText(`Kaunter ${counter} didaftarkan.`)).toBeVisible();
  await expect(page.getByTestId('court-counters')).toContainText(counter);
}

export interface TwoCounters {
  k1: Page;
  k2: Page;
  /** K2's data folder (its printouts are in `cetakan/`). */
  k2Data: string;
  stop(): Promise<void>;
}

/**
 * K1 and K2 of one court, each its own host and data folder, one court folder between them, each
 * enrolled at the other: K1 with an outage open, ready to register; K2 with one open when `k2Outage`.
 */
export async function twoCountersOnOneFolder(browser: Browser, k2Outage = false): Promise<TwoCounters> {
  const folder = await mkdtemp(join(tmpdir(), 'kaunter-e2e-court-'));
  const dirs = [await mkdtemp(join(tmpdir(), 'kaunter-e2e-k1-')), await mkdtemp(join(tmpdir(), 'kaunter-e2e-k2-'))];
  const hosts: RunningHost[] = [];
  const stop = async () => {
    for (const host of hosts) await host.stop();
    for (const dir of [...dirs, folder]) await rm(dir, { recursive: true, force: true });
  };
  try {
    hosts.push(await startHost(dirs[0] ?? ''), await startHost(dirs[1] ?? ''));
    const k1 = await browser.newPage();
    const k2 = await browser.newPage();
    await counterReadyToRegister(k1, hosts[0]?.url ?? '');
    await setUpCounter(k2, hosts[1]?.url ?? '', { ...COURT, counterId: 'K2' });
    if (k2Outage) {
      await new AppFrame(k2).go('Gangguan');
      await new OutageScreen(k2).open(1, 'Makluman ICT negeri: ESV3 tidak dapat dicapai.');
    }
    // Each counter's device key is made when its supervisor opens Kunci dan Eksport (to print the setup
    // slip); each supervisor enrols the other from its slip first, then points the counter at the folder:
    // a segment is encrypted to the counters enrolled when it is published.
    for (const page of [k1, k2]) {
      await new AppFrame(page).go('Tetapan');
      await page.getByRole('tab', { name: 'Kunci dan Eksport' }).click();
      await expect(page.getByTestId('device-key')).toBeVisible();
    }
    const keys = { k1: await publicKeyOf(k1), k2: await publicKeyOf(k2) };
    await enrol(k1, 'K2', keys.k2);
    await enrol(k2, 'K1', keys.k1);
    await setFolder(k1, folder);
    await setFolder(k2, folder);
    await expect(k2.getByTestId('court-own')).toContainText('K2');
    return { k1, k2, k2Data: dirs[1] ?? '', stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
