import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toDayMonthYear } from '../../shared/dayMonthYear';
import { courtYear, expect, test } from './fixtures';
import { COURT } from './flows';
import { AppFrame } from './pages/AppFrame';
import { OutageScreen } from './pages/OutageScreen';
import { RegisterScreen } from './pages/RegisterScreen';
import { SetupScreen } from './pages/SetupScreen';

/** The shipped holidays of a state (read from the files: Playwright's Node does not import JSON as Vite does). */
function shippedHolidays(stateCode: string, years: number[]): { date: string; name: string }[] {
  return years
    .flatMap((y) => {
      try {
        const file = readFileSync(
          join(import.meta.dirname, '..', '..', 'shared', 'data', 'holidays', `${y}.json`),
          'utf8',
        );
        return (JSON.parse(file) as { holidays: { date: string; name: string; states: string[] }[] }).holidays;
      } catch {
        return [];
      }
    })
    .filter((h) => h.states.includes(stateCode))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Today in court time, and the next Monday–Friday after it (Negeri Sembilan rests Saturday–Sunday). */
function nextWeekdays(count: number): string[] {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur' }).format(new Date());
  const days: string[] = [];
  const d = new Date(`${today}T00:00:00Z`);
  while (days.length < count) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

test('setup confirms the shipped holidays of the state (one unticked, one added); the hearing picker skips them; Tetapan loads the missing one once', async ({
  page,
  kaunter,
}) => {
  const year = courtYear();
  const shipped = shippedHolidays(COURT.stateCode, [year, year + 1]);
  const left = shipped.filter((h) => h.date.startsWith(`${year + 1}-`)).at(-1);
  expect(left, 'holidays are shipped for this year and next').toBeTruthy();
  const [added] = nextWeekdays(1);

  await page.goto(kaunter.url);
  const setup = new SetupScreen(page);
  await setup.expectShown();
  await setup.fill({ ...COURT, holidays: 'all' });
  const list = page.getByTestId('shipped-holidays');
  await expect(list.getByRole('checkbox')).toHaveCount(shipped.length);
  await expect(page.getByTestId('setup-holidays')).toContainText('Cuti umum Negeri Sembilan bagi');
  await expect(list).toContainText('tarikh jangkaan');
  await page.getByLabel(`Masukkan ${left?.name ?? ''} ${toDayMonthYear(left?.date ?? '')}`).uncheck();
  await page.getByLabel('Tarikh cuti lain').fill(toDayMonthYear(added ?? ''));
  await page.getByLabel('Nama cuti lain').fill('Cuti Peristiwa Negeri');
  await page.getByRole('button', { name: 'Tambah cuti lain' }).click();
  await expect(page.getByTestId('setup-holidays-extra')).toContainText('Cuti Peristiwa Negeri');
  await expect(page.getByTestId('setup-holidays')).toContainText(`${shipped.length} cuti akan dimasukkan`);
  await page.screenshot({ path: '/tmp/holidays-setup.png', fullPage: true });
  await setup.submit();
  const frame = new AppFrame(page);
  await frame.expectSignedIn(COURT.supervisor.name);

  // The hearing picker offers no confirmed holiday, the one added at setup included.
  await frame.go('Gangguan');
  await new OutageScreen(page).open(1, 'Makluman ICT negeri: ESV3 tidak dapat dicapai.');
  await frame.go('Daftar Kes Baharu');
  const caseNumber = await new RegisterScreen(page).register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234' }],
    respondents: [{ name: 'Ahmad Faizal bin Hassan', idNumber: '880303-05-5111' }],
  });
  await frame.go('Buku Daftar');
  await page.getByRole('link', { name: caseNumber }).click();
  const dates = page.getByRole('combobox', { name: 'Tarikh', exact: true });
  await expect(dates).toBeVisible();
  const offered = await dates.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered.length).toBeGreaterThan(5);
  expect(offered).not.toContain(added);
  const confirmed = new Set(shipped.filter((h) => h.date !== left?.date).map((h) => h.date));
  expect(offered.filter((d) => confirmed.has(d))).toEqual([]);

  // Tetapan: the calendar has them, day first; loading next year adds only the one unticked, and only once.
  await frame.go('Tetapan');
  await page.getByRole('tab', { name: 'Kalendar dan dokumen' }).click();
  await expect(page.getByTestId('holidays')).toContainText(`${toDayMonthYear(added ?? '')} Cuti Peristiwa Negeri`);
  await expect(page.getByTestId('holidays').getByRole('listitem')).toHaveCount(shipped.length);
  const load = page.getByTestId('load-shipped-holidays');
  await load.getByLabel('Tahun').selectOption(String(year + 1));
  await load.getByRole('button', { name: 'Tunjukkan cuti yang akan ditambah' }).click();
  await expect(load.getByTestId('shipped-holidays').getByRole('checkbox')).toHaveCount(1);
  await expect(load).toContainText(left?.name ?? '-');
  await expect(load).toContainText('sudah ada dalam kalendar dan tidak ditambah lagi');
  await page.screenshot({ path: '/tmp/holidays-tetapan.png', fullPage: true });
  await load.getByRole('button', { name: 'Tambah 1 cuti' }).click();
  await expect(page.getByTestId('holidays').getByRole('listitem')).toHaveCount(shipped.length + 1);
  await load.getByRole('button', { name: 'Tunjukkan cuti yang akan ditambah' }).click();
  await expect(load).toContainText(`Semua cuti umum ${year + 1} yang dibekalkan sudah ada dalam kalendar.`);
});
