import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../../electron/services/documents/pdfText';
import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { AppFrame } from './pages/AppFrame';
import { OutageScreen } from './pages/OutageScreen';
import { PaymentScreen } from './pages/PaymentScreen';
import { ReceiptScreen } from './pages/ReceiptScreen';
import { RecoveryScreen } from './pages/RecoveryScreen';
import { RegisterScreen } from './pages/RegisterScreen';

function printed(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'cetakan')).sort();
  } catch {
    return [];
  }
}

test('ESV3 is back: the worklist takes a changed ESV3 number and payment reference, and the notice to the parties prints', async ({
  page,
  kaunter,
}) => {
  const year = courtYear();
  await counterReadyToRegister(page, kaunter.url);
  const caseNumber = await new RegisterScreen(page).register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [
      {
        name: 'Siti Aminah binti Abdullah',
        idNumber: '900512-05-5234',
        address: 'No. 3, Jalan Rasah\n70300 Seremban',
      },
    ],
    respondents: [{ name: 'Rosli bin Hamzah', idNumber: '880101-05-5011' }],
  });
  expect(caseNumber).toBe(`05005-024-0770-${year}`);
  await page.getByRole('link', { name: 'Terima bayaran' }).click();
  const pay = new PaymentScreen(page);
  await pay.expectShown();
  await pay.cash('29');
  await page.getByLabel(/^Wang diterima/).press('Enter');
  const receiptNumber = `05005-K1-${year}-000001`;
  await new ReceiptScreen(page).expectNumber(receiptNumber);

  // The notice prints on the A4 (statement) printer: the host's folder printer.
  const frame = new AppFrame(page);
  await frame.go('Tetapan');
  await page.getByRole('tab', { name: 'Pencetak' }).click();
  await page.getByLabel('Pencetak penyata (A4)').selectOption({ label: 'Folder cetakan (Simpan PDF)' });
  await expect(page.getByText('Pilihan pencetak disimpan.')).toBeVisible();

  // The supervisor closes the outage as "ESV3 pulih": the counter turns to the worklist.
  await frame.go('Gangguan');
  await new OutageScreen(page).close('ESV3 pulih');
  const recovery = new RecoveryScreen(page);
  await recovery.expectShown();
  await expect(recovery.progress()).toHaveText('0 daripada 1 kes selesai');
  const item = recovery.item(caseNumber);
  await expect(item.getByTestId('recovery-state')).toHaveText('Belum');
  await expect(item.getByTestId('recovery-receipt')).toContainText(receiptNumber);

  // A number in the wrong format is refused beside the field.
  await recovery.enter(caseNumber, '5005-24-905', { [receiptNumber]: 'PAY-0001' });
  await expect(item.getByRole('alert')).toContainText('tidak mengikut format nombor kes mahkamah');

  // A number of another case type is asked about first: nothing is marked done until confirmed.
  await recovery.enter(caseNumber, `05005-017-0905-${year}`, { [receiptNumber]: 'ESV3-BYR-778812' });
  await expect(item.getByRole('alert')).toContainText('membawa kod jenis kes 017, bukan 024');
  await expect(item.getByLabel(/^Sebab nombor ESV3 berlainan jenis kes/)).toBeVisible();
  await expect(item.getByRole('button', { name: 'Sahkan nombor ini' })).toBeVisible();
  await expect(recovery.progress()).toHaveText('0 daripada 1 kes selesai');

  const esv3Number = `05005-024-0905-${year}`;
  await recovery.enter(caseNumber, esv3Number, { [receiptNumber]: 'ESV3-BYR-778812' });
  await expect(recovery.progress()).toHaveText('1 daripada 1 kes selesai');
  await expect(page.getByTestId('recovery-complete')).toContainText(
    'Semua rekod tempoh gangguan telah dimasukkan ke dalam ESV3',
  );
  const done = recovery.item(caseNumber);
  await expect(done.getByTestId('recovery-state')).toHaveText('Selesai');
  await expect(done.getByTestId('recovery-esv3-number')).toHaveText(esv3Number);
  await expect(done).toContainText(`Nombor kes berubah: ${caseNumber} → ${esv3Number}`);

  await done.getByRole('button', { name: 'Cetak notis' }).click();
  await expect(done.getByTestId('print-actions').getByRole('status')).toContainText('Dicetak pada');
  await expect.poll(() => printed(kaunter.dataDir).length).toBe(1);
  const pdf = readFileSync(join(kaunter.dataDir, 'cetakan', printed(kaunter.dataDir)[0] ?? ''));
  const pages = await readPdf(pdf);
  expect(pages).toHaveLength(2);
  expect(pages[0]?.text).toContain('SITI AMINAH BINTI ABDULLAH');
  expect(pages[1]?.text).toContain('ROSLI BIN HAMZAH');
  for (const p of pages) {
    expect(p.text).toContain(`Nombor kes lama : ${caseNumber}`);
    expect(p.text).toContain(`Nombor kes baharu : ${esv3Number}`);
    expect(p.text).toContain('MAHKAMAH RENDAH SYARIAH SEREMBAN');
  }

  // A typing slip is corrected with a reason: a new event, the old number kept in the history.
  const corrected = `05005-024-0906-${year}`;
  await done.getByRole('button', { name: 'Betulkan' }).click();
  await done.getByLabel(/^Nombor kes ESV3/).fill(corrected);
  await done.getByRole('button', { name: 'Simpan pembetulan' }).click();
  await expect(done.getByRole('alert')).toContainText('nyatakan sebab pembetulan');
  await done.getByLabel(/^Sebab pembetulan/).fill('Salah taip nombor siri');
  await done.getByRole('button', { name: 'Simpan pembetulan' }).click();
  await expect(done.getByTestId('recovery-esv3-number')).toHaveText(corrected);

  // The case page shows the ESV3 number beside the counter's, and the recovery in its history.
  await done.getByRole('link', { name: caseNumber }).click();
  await expect(page.getByTestId('case-esv3-number')).toContainText(corrected);
  await expect(page.getByTestId('case-detail')).toContainText(
    `${esv3Number} → ${corrected}. Sebab: Salah taip nombor siri`,
  );
  await expect(page.getByTestId('case-detail')).toContainText('Dimasukkan ke dalam ESV3');
  await expect(page.getByTestId('case-detail')).toContainText('Notis Pertukaran Nombor Kes dikeluarkan');
});
