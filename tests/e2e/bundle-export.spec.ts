import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { AppFrame } from './pages/AppFrame';
import { ExportScreen } from './pages/ExportScreen';
import { RegisterScreen } from './pages/RegisterScreen';

const SHOTS = process.env.KAUNTER_SHOTS;
const ICT_KEY = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'keys', 'ict-test.pub.asc'), 'utf8');

test('the supervisor imports the ICT key, exports to a folder, sees the result and prints the handover slip', async ({
  page,
  kaunter,
}) => {
  const usb = mkdtempSync(join(tmpdir(), 'kaunter-usb-'));
  try {
    await counterReadyToRegister(page, kaunter.url);
    await new RegisterScreen(page).register({
      typeSearch: 'nafkah anak',
      typeCode: '024',
      claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234' }],
      respondents: [],
    });
    const frame = new AppFrame(page);
    const screen = new ExportScreen(page);

    // Tetapan → Kunci dan Eksport: the device key exists, ICT's public key goes in.
    await frame.go('Tetapan');
    await screen.importIctKey(ICT_KEY);
    await expect(page.getByTestId('ict-keys')).toContainText('7E0C E10A 32DA 76DB F1FD');
    await expect(page.getByTestId('ict-keys')).toContainText('ICT Ujian (TEST ONLY');
    await expect(page.getByText(/Hanya satu kunci ICT/)).toBeVisible();
    await expect(screen.deviceFingerprint()).toHaveText(
      /^([0-9A-F]{4} ){4}[0-9A-F]{4} {2}([0-9A-F]{4} ){4}[0-9A-F]{4}$/,
    );
    const fingerprint = ((await screen.deviceFingerprint().textContent()) ?? '').replace(/\s/g, '').toLowerCase();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/settings-keys.png`, fullPage: true });

    // A folder path that is not a full path is refused in the form, before any approval.
    await frame.go('Eksport');
    await page.getByLabel(/^Folder tujuan/).fill('usb');
    await page.getByRole('button', { name: 'Eksport', exact: true }).click();
    await expect(page.getByText('Isikan laluan penuh folder')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await screen.exportTo(usb, 'frasa-laluan-ujian');
    await expect(screen.result()).toContainText('Eksport 1 selesai', { timeout: 30_000 });
    await expect(page.locator('#export-progress')).toHaveAttribute('value', '1');
    const files = readdirSync(usb).sort();
    expect(files).toHaveLength(3);
    const pgpName = files.find((f) => f.endsWith('.zip.pgp')) ?? '';
    expect(pgpName).toMatch(/^KS-05005-K1-0001-\d{8}T\d{4}\.zip\.pgp$/);
    const sha = createHash('sha256')
      .update(readFileSync(join(usb, pgpName)))
      .digest('hex');
    await expect(page.getByTestId('export-sha256')).toHaveText(sha);
    await expect(screen.result()).toContainText(pgpName);
    await expect(screen.result()).toContainText('1 kes');
    expect(readFileSync(join(usb, files.find((f) => f.endsWith('.manifest.txt')) ?? ''), 'utf8')).toContain(sha);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/export.png`, fullPage: true });

    // The handover slip: saved as PDF in the data folder, then printed to the host's folder printer.
    await screen.result().getByRole('button', { name: 'Simpan PDF' }).click();
    await expect(screen.result().getByText(/PDF disimpan di .*borang-serahan\.pdf/)).toBeVisible();
    await screen.result().getByRole('button', { name: 'Cetak borang serahan' }).click();
    await expect(screen.result().getByText(/Tiada pencetak A4 dipilih untuk borang serahan/)).toBeVisible();
    await frame.go('Tetapan');
    await page.getByRole('tab', { name: 'Pencetak' }).click();
    await page.getByLabel('Pencetak penyata (A4)').selectOption({ label: 'Folder cetakan (Simpan PDF)' });
    await expect(page.getByText('Pilihan pencetak disimpan.')).toBeVisible();
    await frame.go('Eksport');
    const row = page.getByTestId('export-1');
    await expect(row).toContainText(sha);
    await row.getByRole('button', { name: 'Cetak borang serahan' }).click();
    await expect(row.getByText('Dicetak pada "Folder cetakan (Simpan PDF)"')).toBeVisible();
    const printed = readdirSync(join(kaunter.dataDir, 'cetakan'));
    expect(printed).toHaveLength(1);
    expect(
      readFileSync(join(kaunter.dataDir, 'cetakan', printed[0] ?? ''))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(fingerprint).toMatch(/^[0-9a-f]{40}$/);
    const slips = readdirSync(join(kaunter.dataDir, 'dokumen', 'serahan'));
    expect(slips).toEqual([`${pgpName.replace('.zip.pgp', '')}-borang-serahan.pdf`]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});
