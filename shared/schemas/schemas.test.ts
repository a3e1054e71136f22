import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from '../caseNumber';
import { createUserSchema, openOutageSchema } from './auth';
import { bookAppointmentSchema } from './appointment';
import { takePaymentSchema } from './payment';
import { partySchema, registerCaseSchema, type PartyInput, type RegisterCaseInput } from './case';
import { readFieldMessage, ZOD_OWN_MESSAGE } from './fieldMessage';
import { setupSchema, type SetupInput } from './setup';

/** Issues as [path, Malay message] pairs, for readable failures; zod's own messages as zod wrote them. */
function issuesOf(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error.issues.map((issue) => {
    const read = readFieldMessage(issue.message);
    return [issue.path.join('.'), read.key === ZOD_OWN_MESSAGE ? issue.message : read.message];
  });
}

/** The one message on `path`; fails when there is none. */
function messageAt(schema: z.ZodType, input: unknown, path: string): string {
  const found = issuesOf(schema, input).filter(([p]) => p === path);
  expect(found, `issues on "${path}"`).not.toEqual([]);
  return found.map(([, m]) => m).join(' | ');
}

/** Malay UI text, not zod's English defaults ("Invalid input", "Expected string", "Too big" ...). */
function expectMalay(message: string) {
  expect(message).not.toMatch(/\b(Invalid|Expected|expected|Too (big|small)|Required|received)\b/);
}

const party = (over: Partial<PartyInput> = {}): PartyInput => ({
  side: 'CLAIMANT',
  name: 'Aminah binti Ahmad',
  idType: 'MYKAD',
  idNumber: '850101-10-5123',
  ...over,
});

function parseParty(over: Partial<PartyInput>) {
  const result = partySchema.safeParse(party(over));
  if (!result.success) throw new Error(`refused: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

describe('partySchema: names', () => {
  it.each([
    ['an apostrophe', "Nur'ain binti Abdullah"],
    ['a typographic apostrophe', 'Nur’ain binti Abdullah'],
    ['bin', 'Mohd Faizal bin Ismail'],
    ['binti', 'Siti Khadijah binti Omar'],
    ['an alias with @', 'Lim Ah Kow @ Abdullah bin Lim'],
    ['Jawi', 'محمد بن علي'],
    ['Chinese', '陈大文'],
    ['Tamil', 'முருகன் a/l சுப்பிரமணியம்'],
    ['a hyphen and a full stop', 'Dato’ Hj. Ab. Rahman bin Che-Mat'],
  ])('keeps a name with %s exactly', (_label, name) => {
    expect(parseParty({ name }).name).toBe(name);
  });

  it('stores names in NFC', () => {
    const decomposed = 'Jose\u0301 Mari\u0301a';
    expect(decomposed.normalize('NFC')).not.toBe(decomposed);
    expect(parseParty({ name: decomposed }).name).toBe('José María');
    expect(parseParty({ name: decomposed }).name).toBe(decomposed.normalize('NFC'));
  });

  it('trims and collapses spaces', () => {
    expect(parseParty({ name: '  Ali   bin  Abu ' }).name).toBe('Ali bin Abu');
  });

  it.each([
    ['a face', 'Ali 😀'],
    ['a heart', 'Siti ❤ Aminah'],
    ['a flag', 'Ahmad 🇲🇾'],
    ['a keycap', 'Ahmad 1\uFE0F\u20E3'],
    ['a symbol with emoji presentation', 'Ahmad \u2764\uFE0F'],
  ])('refuses an emoji (%s) in a name, in Malay', (_label, name) => {
    const message = messageAt(partySchema, party({ name }), 'name');
    expect(message).toMatch(/emoji/);
    expect(message).toMatch(/tidak boleh/);
  });

  it.each([
    ['an address', partySchema, (text: string) => party({ address: text }), 'address'],
    ['an appointment note', bookAppointmentSchema, (text: string) => ({ note: text }), 'note'],
  ] as const)('refuses an emoji in %s, as in a name: the paper has no glyph for it', (_what, schema, input, path) => {
    expect(messageAt(schema, input('Lot 5 🏠\nKampung Gebok'), path)).toMatch(/tidak boleh mengandungi emoji/);
    const kept = schema.safeParse(input('Lot 5, Jalan Dato\u2019 Kelana\nKampung Gebok'));
    expect(kept.success ? [] : kept.error.issues.filter((i) => i.path.join('.') === path)).toEqual([]);
  });

  it('refuses a 10,000-character paste with a Malay message', () => {
    const message = messageAt(partySchema, party({ name: 'A'.repeat(10_000) }), 'name');
    expect(message).toMatch(/terlalu panjang/);
    expect(message).toMatch(/150/);
    expectMalay(message);
  });

  it('accepts a name at the 150-character limit and refuses 151', () => {
    expect(parseParty({ name: 'a'.repeat(150) }).name).toHaveLength(150);
    expect(messageAt(partySchema, party({ name: 'a'.repeat(151) }), 'name')).toMatch(/terlalu panjang/);
  });

  it.each([
    ['NUL', 'Ali\u0000 bin Abu'],
    ['BEL', 'Ali\u0007 bin Abu'],
    ['escape', 'Ali\u001b[31m bin Abu'],
    ['a C1 control', 'Ali\u0085 bin Abu'],
    ['a right-to-left override', 'Ali \u202Eoba nib'],
    ['a directional isolate', 'Ali \u2066bin\u2069 Abu'],
  ])('refuses %s in a name', (_label, name) => {
    const message = messageAt(partySchema, party({ name }), 'name');
    expect(message).toMatch(/aksara kawalan/);
  });

  it('refuses a line break or tab inside a name', () => {
    expect(messageAt(partySchema, party({ name: 'Ali\nbin Abu' }), 'name')).toMatch(/satu baris/);
    expect(messageAt(partySchema, party({ name: 'Ali\tbin Abu' }), 'name')).toMatch(/satu baris/);
  });

  it('requires a name, in Malay', () => {
    for (const name of ['', '   ', undefined]) {
      const message = messageAt(partySchema, { ...party(), name }, 'name');
      expect(message).toMatch(/mesti diisi/);
    }
  });
});

describe('names: invisible, broken and Jawi', () => {
  const INVISIBLE_ONLY = [
    ['a zero-width space', '\u200B'],
    ['joiners', '\u200C\u200D\u2060'],
    ['a byte-order mark and a soft hyphen', '\uFEFF\u00AD'],
    ['Hangul fillers', '\u3164\u115F'],
    ['the braille blank', '\u2800\u2800'],
    ['a Mongolian vowel separator', '\u180E'],
  ] as const;

  it.each(INVISIBLE_ONLY)('refuses a name made of %s only, in Malay with English', (_label, name) => {
    const message = messageAt(partySchema, party({ name }), 'name');
    expect(message).toMatch(/mesti diisi|tidak kelihatan/);
    expectMalay(message);
  });

  it('refuses invisible-only payer, user and court-room names too', () => {
    expect(messageAt(createUserSchema, { name: '\u200B\u200B', role: 'CLERK', pin: '123456' }, 'name')).toMatch(
      /tidak kelihatan/,
    );
    expect(
      messageAt(takePaymentSchema, { caseId: 1, lines: [], payerName: '\u2060', method: 'CASH' }, 'payerName'),
    ).toMatch(/tidak kelihatan/);
    const withLawyer = { caseTypeCode: '024', proceeding: 'SAMAN', parties: [party()], lawyerName: '\u200B' };
    expect(messageAt(registerCaseSchema, withLawyer, 'lawyerName')).toMatch(/tidak kelihatan/);
  });

  it.each([
    ['a high surrogate alone', 'Aminah \uD83D binti Ali'],
    ['a low surrogate alone', 'Aminah \uDE00'],
    ['two high surrogates', '\uD800\uD800'],
  ])('refuses %s (it would be stored as U+FFFD)', (_label, name) => {
    expect(messageAt(partySchema, party({ name }), 'name')).toMatch(/aksara rosak/);
    expect(messageAt(partySchema, party({ address: name }), 'address')).toMatch(/aksara rosak/);
  });

  it.each([
    ['Jawi', 'نور عائشة بنت عبدالله'],
    ['Jawi with a zero-width non-joiner', 'محمد\u200Cعلي بن عمر'],
    ['an apostrophe', "Nik Ahmad bin Che' Mat"],
    ['a typographic apostrophe', 'Nik Ahmad bin Che’ Mat'],
  ])('keeps %s', (_label, name) => {
    expect(parseParty({ name }).name).toBe(name.normalize('NFC'));
  });

  it('NFC-normalises user and payer names', () => {
    const decomposed = 'Jose\u0301 bin Abdullah';
    expect(createUserSchema.parse({ name: decomposed, role: 'CLERK', pin: '123456' }).name).toBe(
      decomposed.normalize('NFC'),
    );
    expect(
      takePaymentSchema.parse({
        caseId: 1,
        lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
        payerName: decomposed,
        method: 'CASH',
        tenderedSen: 100,
      }).payerName,
    ).toBe(decomposed.normalize('NFC'));
  });
});

describe('partySchema: MyKad', () => {
  it('stores the canonical form with no warnings', () => {
    for (const idNumber of ['850101105123', '850101-10-5123', ' 850101 10 5123 ']) {
      const p = parseParty({ idNumber });
      expect(p.idNumber).toBe('850101-10-5123');
      expect(p.idWarnings).toEqual([]);
      expect(p.idOverrideReason).toBeNull();
    }
  });

  it('stores a number pasted from Word (en/em dash, minus, full-width digits, NBSP, zero-width) canonically', () => {
    for (const idNumber of [
      '850101\u201310\u20135123',
      '850101\u201410\u20145123',
      '850101\u221210\u22125123',
      '８５０１０１－１０－５１２３',
      '850101\u00A010\u00A05123',
      '\u200B850101-10-5123\u200D',
    ]) {
      const p = parseParty({ idNumber });
      expect(p.idNumber, JSON.stringify(idNumber)).toBe('850101-10-5123');
      expect(p.idWarnings).toEqual([]);
    }
  });

  it('refuses a number that is not 12 digits', () => {
    for (const idNumber of ['85010110512', '8501011051234', '850101-1O-5123', '', null]) {
      const message = messageAt(partySchema, party({ idNumber }), 'idNumber');
      expect(message).toMatch(/mesti 12 digit/);
    }
  });

  it('asks for a reason when the birth date does not check out, then accepts it and keeps the warning', () => {
    const bad = party({ idNumber: '851301-10-5123' });
    const message = messageAt(partySchema, bad, 'idOverrideReason');
    expect(message).toMatch(/Tarikh lahir/);
    expect(message).toMatch(/nyatakan sebab/);

    const p = parseParty({ idNumber: '851301-10-5123', idOverrideReason: '  Disahkan dengan  sijil lahir ' });
    expect(p.idNumber).toBe('851301-10-5123');
    expect(p.idOverrideReason).toBe('Disahkan dengan sijil lahir');
    expect(p.idWarnings).toHaveLength(1);
    expect(p.idWarnings[0]).toMatch(/Tarikh lahir/);
  });

  it('asks for a reason when the place code is unused, and keeps both warnings when both fail', () => {
    expect(messageAt(partySchema, party({ idNumber: '850101-00-5123' }), 'idOverrideReason')).toMatch(
      /Kod tempat lahir 00/,
    );
    const p = parseParty({ idNumber: '850230-94-5123', idOverrideReason: 'Seperti pada kad' });
    expect(p.idWarnings).toHaveLength(2);
    expect(p.idWarnings.join(' ')).toMatch(/Tarikh lahir.*Kod tempat lahir 94/);
  });

  it('treats an empty or blank reason as no reason', () => {
    for (const idOverrideReason of ['', '   ', null, undefined]) {
      expect(
        messageAt(partySchema, party({ idNumber: '851301-10-5123', idOverrideReason }), 'idOverrideReason'),
      ).toMatch(/nyatakan sebab/);
    }
  });

  it('refuses a reason shorter than 10 characters, such as "ok", and takes one of 10', () => {
    for (const idOverrideReason of ['ok', 'disemak', '  123456789  ']) {
      expect(
        messageAt(partySchema, party({ idNumber: '851301-10-5123', idOverrideReason }), 'idOverrideReason'),
      ).toMatch(/terlalu ringkas: nyatakan sekurang-kurangnya 10 aksara/);
    }
    expect(parseParty({ idNumber: '851301-10-5123', idOverrideReason: 'Sijil lahir' }).idOverrideReason).toBe(
      'Sijil lahir',
    );
  });

  it('drops a reason that is not needed', () => {
    const p = parseParty({ idNumber: '850101-10-5123', idOverrideReason: 'tidak perlu' });
    expect(p.idOverrideReason).toBeNull();
    expect(p.idWarnings).toEqual([]);
  });
});

describe('partySchema: other identity documents', () => {
  it.each([
    ['OLD_IC', 'A1234567', 'A1234567'],
    ['OLD_IC', 'a1234567', 'A1234567'],
    ['OLD_IC', '1234567', '1234567'],
    ['OLD_IC', '123456', '123456'],
    ['PASSPORT', 'a12345678', 'A12345678'],
    ['PASSPORT', 'E1234', 'E1234'],
    ['PASSPORT', ' K98765432 ', 'K98765432'],
    ['POLICE', 'rf/12345', 'RF/12345'],
    ['POLICE', 'G/123456', 'G/123456'],
    ['ARMY', 'T-1234567', 'T-1234567'],
    ['OTHER', 'UNHCR 123-45C', 'UNHCR 123-45C'],
  ] as const)('%s %j is stored as %j', (idType, idNumber, stored) => {
    const p = parseParty({ idType, idNumber, ...(idType === 'PASSPORT' ? { nationality: 'IDN' } : {}) });
    expect(p.idNumber).toBe(stored);
    expect(p.idWarnings).toEqual([]);
    expect(p.idOverrideReason).toBeNull();
  });

  it.each([
    ['OLD_IC', 'AB123456', /K\/P lama/],
    ['OLD_IC', '12345', /K\/P lama/],
    ['OLD_IC', '123456789', /K\/P lama/],
    ['OLD_IC', '', /K\/P lama/],
    ['PASSPORT', 'A123', /pasport/],
    ['PASSPORT', 'A 1234567', /pasport/],
    ['PASSPORT', 'A1234567-', /pasport/],
    ['PASSPORT', 'X'.repeat(21), /pasport/],
    ['POLICE', 'RF', /polis\/tentera/],
    ['POLICE', '/12345', /polis\/tentera/],
    ['ARMY', 'T 1234567', /polis\/tentera/],
    ['OTHER', 'AB', /Nombor dokumen/],
    ['OTHER', 'X'.repeat(41), /Nombor dokumen/],
  ] as const)('refuses %s %j in Malay', (idType, idNumber, pattern) => {
    const message = messageAt(partySchema, party({ idType, idNumber }), 'idNumber');
    expect(message).toMatch(pattern);
    expect(message).toMatch(/mesti/);
  });

  it.each([
    ['NUL', 'AB\u0000123'],
    ['a C1 control', 'AB\u0085123'],
    ['a right-to-left override', 'AB\u202E123'],
    ['a directional isolate', 'AB\u2066123'],
  ])('refuses %s in an OTHER document number', (_label, idNumber) => {
    expect(messageAt(partySchema, party({ idType: 'OTHER', idNumber }), 'idNumber')).toMatch(/Nombor dokumen/);
  });

  it('refuses a 10,000-character document number in Malay', () => {
    const message = messageAt(partySchema, party({ idType: 'OTHER', idNumber: '1'.repeat(10_000) }), 'idNumber');
    expect(message).toMatch(/terlalu panjang/);
  });

  it('stores no number when there is no document', () => {
    expect(parseParty({ idType: 'NONE', idNumber: '850101-10-5123' }).idNumber).toBeNull();
    expect(parseParty({ idType: 'NONE', idNumber: null }).idNumber).toBeNull();
    expect(parseParty({ idType: 'NONE', idNumber: undefined }).idNumber).toBeNull();
  });

  it('asks a passport holder for a nationality from the list, and keeps its code', () => {
    for (const nationality of [undefined, null, '', 'XXX', 'Indonesia', 'idn', 'ID']) {
      expect(
        messageAt(partySchema, party({ idType: 'PASSPORT', idNumber: 'C4567890', nationality }), 'nationality'),
        String(nationality),
      ).toMatch(/Pilih kewarganegaraan pemegang pasport/);
    }
    const p = parseParty({ idType: 'PASSPORT', idNumber: 'c4567890', nationality: 'IDN' });
    expect(p).toMatchObject({ idType: 'PASSPORT', idNumber: 'C4567890', nationality: 'IDN' });
  });

  it('drops a nationality given with any document but a passport', () => {
    expect(parseParty({ nationality: 'IDN' }).nationality).toBeNull();
    expect(parseParty({ idType: 'OTHER', idNumber: 'UNHCR 123-45C', nationality: 'MMR' }).nationality).toBeNull();
    expect(parseParty({ idType: 'NONE', idNumber: null, nationality: 'MMR' }).nationality).toBeNull();
  });

  it('asks for the document type in Malay', () => {
    expect(messageAt(partySchema, { ...party(), idType: 'SSN' }, 'idType')).toMatch(/Pilih jenis dokumen/);
  });
});

describe('partySchema: optional lines and address', () => {
  it('turns empty optional fields into null and cleans filled ones', () => {
    const p = parseParty({ phone: '', address: '' });
    expect(p.phone).toBeNull();
    expect(p.address).toBeNull();
    const q = parseParty({ phone: ' 012-345  6789 ', address: ' No. 1, Jalan Satu \r\n\r\n\r\n 40000 Shah Alam \n' });
    expect(q.phone).toBe('012-345 6789');
    expect(q.address).toBe('No. 1, Jalan Satu\n\n40000 Shah Alam');
  });

  it('treats a blank optional field as empty, not as a missing required one', () => {
    expect(parseParty({ phone: '   ' }).phone).toBeNull();
  });

  it.each([
    ['a control character', '012\u0007345'],
    ['a tab', '012\t345'],
    ['a line break', '012\n345'],
    ['a right-to-left override', '\u202E0123'],
    ['too many characters', '0'.repeat(31)],
    ['a 10,000-character paste', '0'.repeat(10_000)],
  ])('refuses a phone number with %s in Malay', (_label, phone) => {
    const message = messageAt(partySchema, party({ phone }), 'phone');
    expect(message).toMatch(/No\. telefon/);
    expectMalay(message);
  });

  it('refuses control characters in an address but keeps its line breaks', () => {
    expect(messageAt(partySchema, party({ address: 'Jalan\u0000 Satu' }), 'address')).toMatch(/aksara kawalan/);
    expect(messageAt(partySchema, party({ address: 'Jalan \u202ESatu' }), 'address')).toMatch(/aksara kawalan/);
    expect(parseParty({ address: 'Lot 5\nKampung Baru' }).address).toBe('Lot 5\nKampung Baru');
    expect(messageAt(partySchema, party({ address: 'x'.repeat(10_000) }), 'address')).toMatch(/terlalu panjang/);
  });
});

const caseInput = (over: Partial<RegisterCaseInput> = {}): RegisterCaseInput => ({
  caseTypeCode: '024',
  proceeding: 'SAMAN',
  parties: [party(), party({ side: 'RESPONDENT', name: 'Ahmad bin Ali', idType: 'NONE', idNumber: null })],
  ...over,
});

describe('registerCaseSchema', () => {
  it('accepts a case and fills the optional fields with null', () => {
    const result = registerCaseSchema.safeParse(caseInput());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.claimSen).toBeNull();
    expect(result.data.lawyerName).toBeNull();
    expect(result.data.lawyerFirm).toBeNull();
    expect(result.data.parties.map((p) => p.side)).toEqual(['CLAIMANT', 'RESPONDENT']);
    expect(result.data.parties[0]?.idNumber).toBe('850101-10-5123');
  });

  it('requires at least one claimant', () => {
    const onlyRespondents = caseInput({ parties: [party({ side: 'RESPONDENT' })] });
    expect(messageAt(registerCaseSchema, onlyRespondents, 'parties')).toMatch(/Sekurang-kurangnya seorang Plaintif/);
    expect(messageAt(registerCaseSchema, caseInput({ parties: [] }), 'parties')).toMatch(/Sekurang-kurangnya/);
  });

  it('refuses more than 40 parties', () => {
    const many = Array.from({ length: 41 }, () => party());
    expect(messageAt(registerCaseSchema, caseInput({ parties: many }), 'parties')).toMatch(/Terlalu banyak pihak/);
    expect(registerCaseSchema.safeParse(caseInput({ parties: many.slice(0, 40) })).success).toBe(true);
  });

  it('reports a party’s problem on that party’s path', () => {
    const input = caseInput({ parties: [party(), party({ name: 'Ali 😀' })] });
    expect(messageAt(registerCaseSchema, input, 'parties.1.name')).toMatch(/emoji/);
  });

  it('accepts a claim in sen up to RM 100 juta', () => {
    for (const claimSen of [0, 1, 123_450, 10_000_000_000]) {
      const result = registerCaseSchema.safeParse(caseInput({ claimSen }));
      expect(result.success && result.data.claimSen).toBe(claimSen);
    }
  });

  it.each([
    [-1, /negatif/],
    [-100_000, /negatif/],
    [10_000_000_001, /melebihi/],
    [1e15, /melebihi/],
    [12.5, /sen/],
    [Number.NaN, /tidak sah/],
    [Number.POSITIVE_INFINITY, /tidak sah|melebihi/],
  ])('refuses the claim %d sen in Malay', (claimSen, pattern) => {
    const message = messageAt(registerCaseSchema, caseInput({ claimSen }), 'claimSen');
    expect(message).toMatch(pattern);
    expectMalay(message);
  });

  it('refuses a claim typed as text', () => {
    const message = messageAt(registerCaseSchema, { ...caseInput(), claimSen: '1000' }, 'claimSen');
    expect(message).toMatch(/Nilai tuntutan tidak sah/);
  });

  it('refuses a bad case-type code and an unknown proceeding in Malay', () => {
    expect(messageAt(registerCaseSchema, caseInput({ caseTypeCode: '24' }), 'caseTypeCode')).toMatch(
      /Kod kes mesti 3 digit/,
    );
    expect(messageAt(registerCaseSchema, { ...caseInput(), proceeding: 'RAYUAN' }, 'proceeding')).toMatch(
      /Pilih Saman atau Permohonan/,
    );
  });

  it('keeps the lawyer’s name and refuses a 10,000-character firm name in Malay', () => {
    const result = registerCaseSchema.safeParse(caseInput({ lawyerName: 'Tetuan  Ahmad & Co', lawyerFirm: '' }));
    expect(result.success && result.data.lawyerName).toBe('Tetuan Ahmad & Co');
    expect(result.success && result.data.lawyerFirm).toBeNull();
    const message = messageAt(registerCaseSchema, caseInput({ lawyerFirm: 'F'.repeat(10_000) }), 'lawyerFirm');
    expect(message).toMatch(/Firma guaman terlalu panjang/);
  });
});

const setupInput = (over: Partial<SetupInput> = {}): SetupInput => ({
  court: {
    stateCode: '10',
    courtCode: '005',
    courtName: 'Mahkamah Rendah Syariah Petaling',
    courtLevel: 'MRS',
    counterId: 'K1',
  },
  numbering: { template: DEFAULT_CASE_NUMBER_TEMPLATE, scope: 'COURT_TYPE_YEAR', blockStart: 1, blockSize: null },
  lastNumbers: [
    { caseTypeCode: '024', year: 2026, lastNumber: 768 },
    { caseTypeCode: '025', year: 2026, lastNumber: 12 },
  ],
  supervisor: { name: 'Siti Aminah binti Yusof', pin: '123456' },
  ...over,
});

describe('setupSchema', () => {
  it('accepts a complete setup', () => {
    expect(setupSchema.safeParse(setupInput()).success).toBe(true);
  });

  it('upper-cases and trims the counter id', () => {
    const result = setupSchema.safeParse(setupInput({ court: { ...setupInput().court, counterId: ' k1 ' } }));
    expect(result.success && result.data.court.counterId).toBe('K1');
  });

  it.each(['', 'K-1', 'KAUNTER1', 'K 1'])('refuses the counter id %j in Malay', (counterId) => {
    const input = setupInput({ court: { ...setupInput().court, counterId } });
    expect(messageAt(setupSchema, input, 'court.counterId')).toMatch(/ID kaunter mesti/);
  });

  it.each([
    ['{state}{court}-{type}-{run:2}-{year}', /antara 3 hingga 6/],
    ['{state}{court}-{type}-{run:7}-{year}', /antara 3 hingga 6/],
    ['{state}{court}-{type}-MS-{run:4}-{year}', /hanya token dan pemisah/],
    ['{state}{court}-{kes}-{run:4}-{year}', /tidak dikenali/],
    ['{state}{court}-{type}-{run:4}', /\{year\}/],
    ['{state}{court}-{run:4}-{year}', /\{type\}/],
    ['', /antara 1 hingga 80/],
  ])('refuses the template %j with the template’s own message on numbering.template', (template, pattern) => {
    const input = setupInput({ numbering: { ...setupInput().numbering, template } });
    const message = messageAt(setupSchema, input, 'numbering.template');
    expect(message).toMatch(pattern);
  });

  it('accepts a template without {type} when the series is shared by every case type', () => {
    const input = setupInput({
      numbering: { ...setupInput().numbering, template: '{state}{court}-{run:4}-{year}', scope: 'COURT_YEAR' },
      lastNumbers: [{ caseTypeCode: '*', year: 2026, lastNumber: 40 }],
    });
    expect(setupSchema.safeParse(input).success).toBe(true);
  });

  it('trims the template before checking it', () => {
    const input = setupInput({
      numbering: { ...setupInput().numbering, template: `  ${DEFAULT_CASE_NUMBER_TEMPLATE} ` },
    });
    const result = setupSchema.safeParse(input);
    expect(result.success && result.data.numbering.template).toBe(DEFAULT_CASE_NUMBER_TEMPLATE);
  });

  it('refuses the same case type and year twice in the last numbers, on the second row', () => {
    const input = setupInput({
      lastNumbers: [
        { caseTypeCode: '024', year: 2026, lastNumber: 768 },
        { caseTypeCode: '025', year: 2026, lastNumber: 12 },
        { caseTypeCode: '024', year: 2026, lastNumber: 770 },
      ],
    });
    const issues = issuesOf(setupSchema, input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.[0]).toBe('lastNumbers.2.caseTypeCode');
    expect(issues[0]?.[1]).toMatch(/024/);
    expect(issues[0]?.[1]).toMatch(/dua kali/);
  });

  it('allows the same case type in different years', () => {
    const input = setupInput({
      lastNumbers: [
        { caseTypeCode: '024', year: 2025, lastNumber: 900 },
        { caseTypeCode: '024', year: 2026, lastNumber: 12 },
      ],
    });
    expect(setupSchema.safeParse(input).success).toBe(true);
  });

  it('refuses bad last-number rows in Malay', () => {
    const row = { caseTypeCode: '024', year: 2026, lastNumber: 1 };
    expect(
      messageAt(setupSchema, setupInput({ lastNumbers: [{ ...row, lastNumber: -1 }] }), 'lastNumbers.0.lastNumber'),
    ).toMatch(/tidak boleh negatif/);
    expect(messageAt(setupSchema, setupInput({ lastNumbers: [{ ...row, year: 1999 }] }), 'lastNumbers.0.year')).toMatch(
      /Tahun tidak sah/,
    );
  });

  it('refuses a bad court code, block and supervisor PIN in Malay', () => {
    const base = setupInput();
    expect(messageAt(setupSchema, setupInput({ court: { ...base.court, courtCode: '5' } }), 'court.courtCode')).toMatch(
      /Kod mahkamah mesti 3 digit/,
    );
    expect(
      messageAt(setupSchema, setupInput({ numbering: { ...base.numbering, blockStart: 0 } }), 'numbering.blockStart'),
    ).toMatch(/sekurang-kurangnya 1/);
    expect(
      messageAt(setupSchema, setupInput({ supervisor: { ...base.supervisor, pin: '1234' } }), 'supervisor.pin'),
    ).toMatch(/PIN mesti 6 hingga 12 digit/);
  });
});

describe('openOutageSchema', () => {
  const outage = { sopOption: 1, startedAt: '2026-11-28T01:00:00.000Z' };

  it.each([1, 2, 3])('accepts SOP option %i', (sopOption) => {
    expect(openOutageSchema.safeParse({ ...outage, sopOption }).success).toBe(true);
  });

  it.each([0, 4, '1', null])('refuses SOP option %j in Malay', (sopOption) => {
    const message = messageAt(openOutageSchema, { ...outage, sopOption }, 'sopOption');
    expect(message).toMatch(/Pilih pilihan SOP/);
  });

  it('accepts a start time with an offset and refuses one that is not a date-time', () => {
    expect(openOutageSchema.safeParse({ ...outage, startedAt: '2026-11-28T09:00:00+08:00' }).success).toBe(true);
    expect(messageAt(openOutageSchema, { ...outage, startedAt: '28/11/2026 9:00' }, 'startedAt')).toMatch(
      /Masa mula tidak sah/,
    );
  });
});
