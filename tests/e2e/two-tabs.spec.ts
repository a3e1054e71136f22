import { expect, test } from './fixtures';
import { setUpCounter, SUPERVISOR } from './flows';
import { AppFrame } from './pages/AppFrame';
import { OutageScreen } from './pages/OutageScreen';
import { RegisterScreen } from './pages/RegisterScreen';
import { SettingsScreen } from './pages/SettingsScreen';
import { SignInScreen } from './pages/SignInScreen';

const CLERK = { name: 'Encik Hafiz bin Razak', pin: '135790' };

const case_ = (name: string, idNumber: string) => ({
  typeSearch: 'nafkah anak',
  typeCode: '024',
  claimants: [{ name, idNumber }],
});

test('two tabs of one browser signed in as two clerks stay two clerks; each case is recorded under its own', async ({
  page,
  kaunter,
}) => {
  await setUpCounter(page, kaunter.url);
  const frame = new AppFrame(page);
  await frame.go('Tetapan');
  await new SettingsScreen(page).addUser(CLERK.name, 'CLERK', CLERK.pin);
  await frame.go('Gangguan');
  await new OutageScreen(page).open(1, 'Makluman ICT negeri: ESV3 tidak dapat dicapai.');

  // A second tab of the same browser (same cookies): it is not signed in as the supervisor.
  const other = await page.context().newPage();
  await other.goto(kaunter.url);
  const signIn = new SignInScreen(other);
  await signIn.expectShown();
  await signIn.signIn(CLERK.name, CLERK.pin);
  const otherFrame = new AppFrame(other);
  await otherFrame.expectSignedIn(CLERK.name);

  // The first tab is still the supervisor's, after a reload too.
  await page.reload();
  await frame.expectSignedIn(SUPERVISOR.name);

  await frame.go('Daftar Kes Baharu');
  await new RegisterScreen(page).register(case_('Aminah binti Yusof', '900512-05-5234'));
  await otherFrame.go('Daftar Kes Baharu');
  await new RegisterScreen(other).register(case_('Nik Ahmad bin Che\u2019 Mat', '880303-10-5672'));

  await frame.go('Buku Daftar');
  const rows = page.getByTestId('book-table').getByRole('row');
  await expect(rows.filter({ hasText: 'Aminah binti Yusof' })).toContainText(SUPERVISOR.name);
  await expect(rows.filter({ hasText: 'Nik Ahmad bin Che' })).toContainText(CLERK.name);
  await page.screenshot({ path: '/tmp/two-tabs-book.png', fullPage: true });

  // Signing out in one tab signs no other out.
  await otherFrame.signOut();
  await signIn.expectShown();
  await page.reload();
  await frame.expectSignedIn(SUPERVISOR.name);
});

test('a page without the tab cookie reads nothing, even while a clerk is signed in', async ({
  page,
  kaunter,
  browser,
}) => {
  await setUpCounter(page, kaunter.url);
  // Another browser profile on this PC (another program): no cookie, so no session.
  const stranger = await browser.newContext();
  const tab = await stranger.newPage();
  await tab.goto(kaunter.url);
  const result = await tab.evaluate(() => window.kaunter['cases.search']({ query: '' }));
  expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  await new SignInScreen(tab).expectShown();
  await stranger.close();
});
