import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readyLedger, tempDir } from '../../tests/support/ledger';
import { DATABASE_FILE } from '../services/ledger/ledgerFile';
import { saveHijriMonthStarts } from '../services/calendar/courtCalendar';
import { runCalendarCommand } from './calendarCommand';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCalendarCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}

describe('kaunter calendar', () => {
  it("prints each day as documents write it, by Malaysia's computed takwim", () => {
    const { code, out } = run(['--from', '19/04/2023', '--to', '22/04/2023']);
    expect(code).toBe(0);
    expect(out).toEqual([
      '19/04/2023  Rabu, 19 April 2023 bersamaan 28 Ramadan 1444H',
      '20/04/2023  Khamis, 20 April 2023 bersamaan 29 Ramadan 1444H',
      '21/04/2023  Jumaat, 21 April 2023 bersamaan 30 Ramadan 1444H',
      '22/04/2023  Sabtu, 22 April 2023 bersamaan 1 Syawal 1444H',
    ]);
  });

  it("uses the court's table of official month starts with --data", async () => {
    const dataDir = tempDir();
    const { ledger, supervisor } = await readyLedger({}, { file: join(dataDir, DATABASE_FILE), dataDir });
    // 1 Syawal 1443 was announced for 2 May 2022; the computed takwim says 3 May.
    saveHijriMonthStarts(ledger, supervisor.id, [{ year: 1443, month: 10, startsOn: '2022-05-02' }]);
    ledger.db.close();
    expect(run(['--from', '02/05/2022', '--to', '02/05/2022']).out).toEqual([
      '02/05/2022  Isnin, 2 Mei 2022 bersamaan 30 Ramadan 1443H',
    ]);
    const withData = run(['--from', '02/05/2022', '--to', '02/05/2022', '--data', dataDir]);
    expect(withData.code).toBe(0);
    expect(withData.out).toEqual(['02/05/2022  Isnin, 2 Mei 2022 bersamaan 1 Syawal 1443H']);
  });

  it('exits 2 on a usage error and 1 on a folder with no database', () => {
    expect(run(['--from', '01/01/2026']).code).toBe(2);
    expect(run(['--from', '31/02/2026', '--to', '01/03/2026'])).toMatchObject({ code: 2, err: /bukan tarikh/ });
    expect(run(['--from', '02/01/2026', '--to', '01/01/2026'])).toMatchObject({ code: 2, err: /selepas --from/ });
    expect(run(['--from', '01/01/2000', '--to', '01/01/2026']).code).toBe(2);
    expect(run(['--from', '01/01/2026', '--to', '01/01/2026', '--bogus']).code).toBe(2);
    expect(run(['--from', '01/01/2026', '--to', '01/01/2026', '--data', tempDir()])).toMatchObject({
      code: 1,
      err: /Tiada pangkalan data/,
    });
  });
});
