import { expect, test } from './fixtures';
import { twoCountersOnOneFolder } from './courtFolderFlows';
import { AppFrame } from './pages/AppFrame';
import { BookScreen } from './pages/BookScreen';
import { RegisterScreen } from './pages/RegisterScreen';

test("K2's clerk finds a case registered at K1 through the court folder and opens it read-only", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { k1, k2, stop } = await twoCountersOnOneFolder(browser);
  try {
    await k2.screenshot({ path: '/tmp/court-folder-tab.png', fullPage: true });

    await new AppFrame(k1).go('Daftar Kes Baharu');
    const number = await new RegisterScreen(k1).register({
      typeSearch: 'nafkah anak',
      typeCode: '024',
      claimants: [{ name: 'Aminah binti Yusof', idNumber: '850101-10-5124' }],
      respondents: [{ name: 'Rahim bin Salleh', idNumber: '800202-05-5111' }],
    });

    // K2's clerk looks the party up by name in Buku Daftar: K1's case arrives with the next round.
    await new AppFrame(k2).go('Buku Daftar');
    await new BookScreen(k2).search('yusof aminah');
    const results = k2.getByTestId('court-results');
    await expect(results).toContainText(number, { timeout: 60_000 });
    await expect(results.getByTestId('counter-badge')).toHaveText('Kaunter K1');
    await expect(results).toContainText('Rekod kaunter lain: tidak boleh diubah di sini');
    await k2.screenshot({ path: '/tmp/court-search.png', fullPage: true });

    await results.getByRole('link', { name: number }).click();
    const view = k2.getByTestId('court-case');
    await expect(view).toContainText('Rekod Kaunter K1 (lihat sahaja)');
    await expect(k2.getByTestId('court-case-parties')).toContainText('Aminah binti Yusof');
    await expect(k2.getByTestId('court-case-parties')).toContainText('Rahim bin Salleh');
    // No outage open at K2: nothing can be received here (documents go through ESV3 as usual).
    await expect(k2.getByTestId('court-case-receive')).toHaveCount(0);
    await expect(view.getByRole('button')).toHaveCount(0);
    await expect(k2.getByTestId('status-court-K1')).toContainText('K1:');
    await k2.screenshot({ path: '/tmp/court-case.png', fullPage: true });
  } finally {
    await stop();
  }
});
