import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import * as openpgp from 'openpgp';
import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { AppFrame } from './pages/AppFrame';
import { ExportScreen } from './pages/ExportScreen';
import { OutageScreen } from './pages/OutageScreen';
import { PaymentScreen } from './pages/PaymentScreen';
import { ReceiptScreen } from './pages/ReceiptScreen';
import { RecoveryScreen } from './pages/RecoveryScreen';
import { RegisterScreen } from './pages/RegisterScreen';

const KEYS = join(import.meta.dirname, '..', 'fixtures', 'keys');
const testKey = (name: string): string => readFileSync(join(KEYS, `${name}.asc`), 'utf8');

/** Decrypts a bundle with the ICT test key, requiring the counter's signature, as ICT does. */
async function openBundle(pgp: Uint8Array, deviceKey: string): Promise<{ files: Record<string, Uint8Array> }> {
  const { data, signatures } = await openpgp.decrypt({
    message: await openpgp.readMessage({ binaryMessage: pgp }),
    decryptionKeys: await openpgp.readPrivateKey({ armoredKey: testKey('ict-test.sec') }),
    verificationKeys: await openpgp.readKey({ armoredKey: deviceKey }),
    expectSigned: true,
    format: 'binary',
  });
  await signatures[0]?.verified;
  return { files: unzipSync(data) };
}

/** The cases.csv of the newest bundle in `folder`, decrypted with the ICT test key. */
async function casesOfLatestBundle(folder: string): Promise<Record<string, string>[]> {
  const names = readdirSync(folder).sort();
  const pgp = names.filter((n) => n.endsWith('.zip.pgp')).pop() ?? '';
  const key = names.filter((n) => n.endsWith('.device-key.asc')).pop() ?? '';
  const { files } = await openBundle(readFileSync(join(folder, pgp)), readFileSync(join(folder, key), 'utf8'));
  return parse(strFromU8(files['cases.csv'] ?? new Uint8Array()), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
}

test('the outage end to end: export and handover slip, ESV3 back, a changed number and its notice, the final export records it', async ({
  page,
  kaunter,
}) => {
  const usb = mkdtempSync(join(tmpdir(), 'kaunter-usb-'));
  try {
    const year = courtYear();
    await counterReadyToRegister(page, kaunter.url);
    const caseNumber = await new RegisterScreen(page).register({
      typeSearch: 'nafkah anak',
      typeCode: '024',
      claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234', address: 'No. 3, Jalan Rasah' }],
      respondents: [{ name: 'Rosli bin Hamzah', idNumber: '880101-05-5011' }],
    });
    await page.getByRole('link', { name: 'Terima bayaran' }).click();
    const pay = new PaymentScreen(page);
    await pay.expectShown();
    await pay.cash('29');
    await page.getByLabel(/^Wang diterima/).press('Enter');
    const receiptNumber = `05005-K1-${year}-000001`;
    await new ReceiptScreen(page).expectNumber(receiptNumber);

    const frame = new AppFrame(page);
    const exporter = new ExportScreen(page);
    await frame.go('Tetapan');
    await exporter.importIctKey(testKey('ict-test.pub'));
    await page.getByRole('tab', { name: 'Pencetak' }).click();
    await page.getByLabel('Pencetak penyata (A4)').selectOption({ label: 'Folder cetakan (Simpan PDF)' });
    await expect(page.getByText('Pilihan pencetak disimpan.')).toBeVisible();

    // During the outage: the bundle for ICT, and the handover slip for signatures.
    await frame.go('Eksport');
    await exporter.exportTo(usb);
    await expect(exporter.result()).toContainText('Eksport 1 selesai', { timeout: 30_000 });
    await exporter.result().getByRole('button', { name: 'Cetak borang serahan' }).click();
    await expect(exporter.result().getByText(/Dicetak pada/)).toBeVisible();
    const before = await casesOfLatestBundle(usb);
    expect(before).toMatchObject([{ case_number: caseNumber, esv3_case_number: '', esv3_done_at: '' }]);

    // ESV3 is back: the worklist, a number ESV3 gave differently, the notice to the parties.
    await frame.go('Gangguan');
    await new OutageScreen(page).close('ESV3 pulih');
    const recovery = new RecoveryScreen(page);
    await recovery.expectShown();
    const esv3Number = `05005-024-0905-${year}`;
    await recovery.enter(caseNumber, esv3Number, { [receiptNumber]: 'ESV3-BYR-778812' });
    await expect(recovery.progress()).toHaveText('1 daripada 1 kes selesai');
    const done = recovery.item(caseNumber);
    await done.getByRole('button', { name: 'Cetak notis' }).click();
    await expect(done.getByTestId('print-actions').getByRole('status')).toContainText('Dicetak pada');
    expect(readdirSync(join(kaunter.dataDir, 'cetakan'))).toHaveLength(2);

    // Everything is back in ESV3: the worklist offers the final export, which says it is final.
    await page.getByRole('link', { name: 'Buat eksport akhir untuk ICT' }).click();
    await exporter.exportTo(usb);
    await expect(exporter.result()).toContainText('Eksport 2 selesai', { timeout: 30_000 });
    await expect(page.getByTestId('export-final')).toContainText('Eksport akhir');
    await expect(page.getByTestId('export-2')).toContainText('Akhir');
    await expect(page.getByTestId('export-1')).toContainText('Interim');
    if (process.env.KAUNTER_SHOTS)
      await page.screenshot({ path: `${process.env.KAUNTER_SHOTS}/final-export.png`, fullPage: true });
    const after = await casesOfLatestBundle(usb);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ case_number: caseNumber, esv3_case_number: esv3Number });
    expect(after[0]?.esv3_done_at).toMatch(/\+08:00$/);
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});
