import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import type { Ledger } from '../ledger/ledger';
import { closeOutage, openOutage } from '../outages/outages';
import { nameQuery } from './search';
import { registerCase, summaries, type CaseRow } from './cases';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const RESPONDENT = {
  side: 'RESPONDENT',
  name: 'محمد بن علي',
  idType: 'PASSPORT',
  idNumber: 'a1234567',
  nationality: 'SAU',
};

async function signedIn(): Promise<{ ledger: Ledger; dispatch: TypedDispatch }> {
  const { ledger } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { ledger, dispatch };
}

function counts(ledger: Ledger) {
  const n = (table: string) => (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { cases: n('cases'), parties: n('parties'), audit: n('audit_events'), series: n('number_series') };
}

describe('registering a case', () => {
  it('writes the case, its parties and one audit event, with names exactly as typed', async () => {
    const { ledger, dispatch } = await signedIn();
    const before = counts(ledger);
    const view = unwrap(
      await dispatch('cases.register', {
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [CLAIMANT, RESPONDENT, { side: 'RESPONDENT', name: '陈大文', idType: 'NONE' }],
        lawyerName: 'Tetuan Zainal & Rakan',
        claimSen: 1_250_050,
      }),
    );
    expect(view.caseNumber).toBe('05005-024-0770-2026');
    expect(view.provisional).toBe(true);
    expect(view.source).toBe('MANUAL');
    expect(view.parties.map((p) => [p.roleLabel, p.name, p.idNumber])).toEqual([
      ['Plaintif', "Nor'ain binti Abdullah", '850101-10-5124'],
      ['Defendan', 'محمد بن علي', 'A1234567'],
      ['Defendan', '陈大文', null],
    ]);
    expect(view.parties.map((p) => p.nationality)).toEqual([null, 'SAU', null]);
    expect(view.partiesLine).toBe("Nor'ain binti Abdullah lwn. محمد بن علي dan 1 lagi");
    expect(view.history.map((h) => h.action)).toEqual(['case.register']);
    expect(counts(ledger)).toEqual({
      cases: before.cases + 1,
      parties: before.parties + 3,
      audit: before.audit + 1,
      series: before.series + 1,
    });
  });

  it('asks for a reason when a MyKad date or place does not check out, and records it', async () => {
    const { ledger, dispatch } = await signedIn();
    const bad = { ...CLAIMANT, idNumber: '851301-00-5124' };
    const refused = await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [bad] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (refused.ok) return;
    expect(refused.error.issues?.[0]).toMatchObject({ path: 'parties.0.idOverrideReason' });
    expect(refused.error.message).toMatch(/Tarikh lahir/);
    expect(counts(ledger).cases).toBe(0);
    const view = unwrap(
      await dispatch('cases.register', {
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [{ ...bad, idOverrideReason: 'Disemak dengan MyKad asal: cetakan JPN' }],
      }),
    );
    expect(view.parties[0]?.idWarnings).toHaveLength(2);
    expect(view.parties[0]?.idOverrideReason).toBe('Disemak dengan MyKad asal: cetakan JPN');
  });

  it('refuses a two-character override reason on the form and again in the ledger', async () => {
    const { ledger, dispatch } = await signedIn();
    const bad = { ...CLAIMANT, idNumber: '851301-00-5124' };
    const refused = await dispatch('cases.register', {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [{ ...bad, idOverrideReason: 'ok' }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (refused.ok) return;
    expect(refused.error.issues?.[0]).toMatchObject({ path: 'parties.0.idOverrideReason' });
    expect(refused.error.issues?.[0]?.message).toMatch(/sekurang-kurangnya 10 aksara/);
    // A caller past the schema (CLI, seed) meets the same rule in the ledger.
    const party = {
      ...bad,
      idType: 'MYKAD' as const,
      nationality: null,
      idWarnings: ['Tarikh lahir tidak sah.'],
      idOverrideReason: 'ok',
    };
    expect(() =>
      registerCase(ledger, 1, {
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [{ ...party, side: 'CLAIMANT', address: null, phone: null }],
        lawyerName: null,
        lawyerFirm: null,
        claimSen: null,
      }),
    ).toThrow(/terlalu ringkas/);
    expect(counts(ledger).cases).toBe(0);
  });

  it('refuses a passport party without a nationality in the ledger too, for a caller past the schema', async () => {
    const { ledger } = await signedIn();
    const passport = {
      side: 'RESPONDENT' as const,
      name: 'Sri Wahyuni binti Sutrisno',
      idType: 'PASSPORT' as const,
      idNumber: 'C4567890',
      idWarnings: [],
      idOverrideReason: null,
      address: null,
      phone: null,
    };
    const claimant = { ...passport, side: 'CLAIMANT' as const, idType: 'NONE' as const, idNumber: null };
    const register = (nationality: string | null) =>
      registerCase(ledger, 1, {
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [
          { ...claimant, nationality: null },
          { ...passport, nationality },
        ],
        lawyerName: null,
        lawyerFirm: null,
        claimSen: null,
      });
    for (const nationality of [null, 'XYZ']) {
      expect(() => register(nationality)).toThrow(/Pilih kewarganegaraan pemegang pasport/);
    }
    expect(counts(ledger).cases).toBe(0);
    expect(register('IDN').parties.map((p) => p.nationality)).toEqual([null, 'IDN']);
  });

  it.each([
    ['an empty name', { parties: [{ ...CLAIMANT, name: '   ' }] }, /Nama pihak mesti diisi/],
    ['a 10,000-character paste', { parties: [{ ...CLAIMANT, name: 'A'.repeat(10_000) }] }, /terlalu panjang/],
    ['control characters', { parties: [{ ...CLAIMANT, name: 'Ali\u0007 bin Abu' }] }, /aksara kawalan/],
    ['an invalid MyKad', { parties: [{ ...CLAIMANT, idNumber: '85010110' }] }, /12 digit/],
    ['no claimant', { parties: [RESPONDENT] }, /Plaintif\/Pemohon/],
    [
      'a passport with no nationality',
      { parties: [CLAIMANT, { ...RESPONDENT, nationality: null }] },
      /Pilih kewarganegaraan pemegang pasport/,
    ],
    [
      'a passport with a nationality not in the list',
      { parties: [CLAIMANT, { ...RESPONDENT, nationality: 'XYZ' }] },
      /Pilih kewarganegaraan pemegang pasport/,
    ],
    ['a case type not in the list', { caseTypeCode: '998' }, /tiada dalam senarai/],
    ['a negative claim', { claimSen: -1 }, /negatif/],
    ['an absurd claim', { claimSen: 1e15 }, /melebihi/],
  ])('refuses %s with a Malay message and writes nothing', async (_label, change, message) => {
    const { ledger, dispatch } = await signedIn();
    const before = counts(ledger);
    const result = await dispatch('cases.register', {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [CLAIMANT],
      ...change,
    });
    expect(result).toMatchObject({ ok: false, error: { message } });
    expect(counts(ledger)).toEqual(before);
  });

  it('is refused without an open outage, or under SOP options 2 and 3', async () => {
    const { ledger, dispatch } = await signedIn();
    const input = { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] };
    closeOutage(ledger, 1, 1, null);
    expect(await dispatch('cases.register', input)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /Tiada tempoh gangguan/ },
    });
    openOutage(ledger, 1, { sopOption: 3, startedAt: ledger.clock().toISOString() });
    expect(await dispatch('cases.register', input)).toMatchObject({ ok: false, error: { message: /Pilihan 3/ } });
    expect(counts(ledger).cases).toBe(0);
  });
});

describe('finding a case', () => {
  async function withCases() {
    const { ledger, dispatch } = await signedIn();
    const clock = ledger.clock as unknown as { advance(ms: number): void };
    const a = unwrap(
      await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT, RESPONDENT] }),
    );
    clock.advance(24 * 3600 * 1000);
    const b = unwrap(
      await dispatch('cases.register', {
        caseTypeCode: '017',
        proceeding: 'SAMAN',
        parties: [{ side: 'CLAIMANT', name: 'Siti Aminah binti Ismail', idType: 'MYKAD', idNumber: '900215-14-5566' }],
      }),
    );
    return { ledger, dispatch, a, b };
  }

  it('lists every case newest first', async () => {
    const { dispatch, a, b } = await withCases();
    const all = unwrap(await dispatch('cases.search', { query: '' }));
    expect(all.total).toBe(2);
    expect(all.cases.map((c) => c.id)).toEqual([b.id, a.id]);
  });

  it.each([
    ['a word of a name', 'aminah', 'b'],
    ['the start of a name with an apostrophe', "nor'ai", 'a'],
    ['a Jawi name', 'محمد', 'a'],
    ['an IC with dashes', '900215-14-5566', 'b'],
    ['an IC without dashes, in part', '8501011051', 'a'],
    ['a passport in lower case', 'a1234567', 'a'],
    ['a case number', '05005-017-0042-2026', 'b'],
    ['the start of a case number', '05005-024', 'a'],
  ])('finds by %s', async (_label, query, which) => {
    const { dispatch, a, b } = await withCases();
    const found = unwrap(await dispatch('cases.search', { query }));
    expect(found.cases.map((c) => c.id)).toEqual([(which === 'a' ? a : b).id]);
  });

  it('finds a full name typed with bin/binti, and pages the matches newest first', async () => {
    const { dispatch, a, b } = await withCases();
    expect(
      unwrap(await dispatch('cases.search', { query: 'Siti Aminah binti Ismail' })).cases.map((c) => c.id),
    ).toEqual([b.id]);
    const both = unwrap(await dispatch('cases.search', { query: '05005', limit: 1 }));
    expect(both.total).toBe(2);
    expect(both.cases.map((c) => c.id)).toEqual([b.id]);
    expect(
      unwrap(await dispatch('cases.search', { query: '05005', limit: 1, offset: 1 })).cases.map((c) => c.id),
    ).toEqual([a.id]);
  });

  it('leaves bin, binti and single letters out of a name search unless they are all there is', () => {
    expect(nameQuery('Muhammad bin Salleh')).toBe('"muhammad"* "salleh"*');
    expect(nameQuery('Rajan a/l Muthu')).toBe('"rajan"* "muthu"*');
    expect(nameQuery('binti')).toBe('"binti"*');
  });

  it('keeps to one outage when asked', async () => {
    const { dispatch, a, b } = await withCases();
    expect(unwrap(await dispatch('cases.search', { query: '', outageId: 1 })).total).toBe(2);
    expect(unwrap(await dispatch('cases.search', { query: '', outageId: 2 })).total).toBe(0);
    expect(unwrap(await dispatch('cases.search', { query: 'aminah', outageId: 1 })).cases.map((c) => c.id)).toEqual([
      b.id,
    ]);
    expect(a.outageId).toBe(1);
  });

  it('filters by registration date in Kuala Lumpur', async () => {
    const { dispatch, b } = await withCases();
    const found = unwrap(await dispatch('cases.search', { query: '', fromDate: '2026-11-29', toDate: '2026-11-29' }));
    expect(found.cases.map((c) => c.id)).toEqual([b.id]);
  });

  it('finds nothing for words no party has, and survives FTS syntax in the query', async () => {
    const { dispatch } = await withCases();
    for (const query of ['zzz', '"', 'NEAR(a b)', '*', 'a OR b -c', "'; DROP TABLE cases; --"]) {
      const found = await dispatch('cases.search', { query });
      expect(found.ok).toBe(true);
    }
    expect(unwrap(await dispatch('cases.search', { query: 'zzz' })).total).toBe(0);
  });

  it('opens a case with all it holds, and says so when it does not exist', async () => {
    const { ledger, dispatch, a } = await withCases();
    const view = unwrap(await dispatch('cases.get', { caseId: a.id }));
    expect(view.parties).toHaveLength(2);
    expect(view.history[0]).toMatchObject({ action: 'case.register', actor: 'Puan Rohana binti Ismail' });
    expect(view.registeredBy).toBe('Puan Rohana binti Ismail');
    // The case's view holds the very summary a list of cases shows for it.
    const row = ledger.db.prepare('SELECT * FROM cases WHERE id = ?').get(a.id) as CaseRow;
    const [summary] = summaries(ledger, [row]);
    expect(view).toMatchObject({ ...summary });
    expect(await dispatch('cases.get', { caseId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
