import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTestPublicKey, rechain, TEST_KEYS } from '../../tests/support/bundleBuilder';
import {
  devices,
  sealLedger,
  threeCounters,
  withoutReceipt,
  type Counters,
  type Device,
} from '../../tests/support/ictCounters';
import { frozenClock, tempDir } from '../../tests/support/ledger';
import { trustFileOf, trustOf } from '../../tests/support/ictTrust';
import { ledgerContent } from '../../tests/support/ledgerBundle';
import { runIct } from './cli';
import { EXIT } from './exitCodes';
import { loadSecretKey } from './keys';
import { mergeBundles } from './merge';
import { openBundle } from './openBundle';
import { worklistRows } from './worklist';

let counters: Counters;
let device: Record<'k1' | 'k2' | 'k3', Device>;

beforeAll(async () => {
  counters = await threeCounters();
  device = await devices();
});

/** K1 (exported twice), K2 (its block wrongly starts where K1's does) and K3 (one receipt missing). */
async function threeBundles(dir: string) {
  const k1First = await sealLedger(counters.k1, device.k1, { dir, seq: 1 });
  const k1 = await sealLedger(counters.k1, device.k1, {
    dir,
    content: { ...ledgerContent(counters.k1, 2, '2026-11-28T09:00:00.000Z'), previousSha256: k1First.sha256 },
  });
  const k2 = await sealLedger(counters.k2, device.k2, { dir });
  const k3 = await sealLedger(counters.k3, device.k3, {
    dir,
    content: withoutReceipt(ledgerContent(counters.k3), '05100-K3-2026-000002'),
  });
  return { k1First, k1, k2, k3 };
}

function capture() {
  const lines: string[] = [];
  return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
}

describe('ict merge', () => {
  it('on three counters reports exactly the planted collision and the planted receipt gap', async () => {
    const dir = tempDir('kaunter-ict-merge-');
    const b = await threeBundles(dir);
    const unlock = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
    const outcomes = await Promise.all(
      [b.k1First, b.k1, b.k2, b.k3].map((s) =>
        openBundle(s.file, { unlock, signers: trustOf(device.k1, device.k2, device.k3) }),
      ),
    );
    const merge = mergeBundles(outcomes);
    expect(merge.failed).toEqual([]);
    expect(merge.current.map((c) => c.base)).toEqual([b.k1.base, b.k2.base, b.k3.base]);
    expect(merge.superseded.map((s) => [s.bundle.base, s.by.base])).toEqual([[b.k1First.base, b.k1.base]]);
    expect(merge.findings.map((f) => [f.code, f.en])).toEqual([
      ['RECEIPT_GAP', 'Receipt series 05100-K3-2026 has a gap: missing 05100-K3-2026-000002.'],
      [
        'CASE_COLLISION',
        'Case number 05005-024-0770-2026 is used for different cases: 05005-K1 (024, Aminah binti Yusof); 05005-K2 (024, Siti Hajar binti Osman).',
      ],
    ]);
    expect(merge.findings[1]?.ms).toBe(
      'Nombor kes 05005-024-0770-2026 digunakan bagi kes berlainan: 05005-K1 (024, Aminah binti Yusof); 05005-K2 (024, Siti Hajar binti Osman).',
    );
  });

  it('writes worklist.csv in registration order across counters, with the manual receipt numbers', async () => {
    const dir = tempDir('kaunter-ict-merge-');
    const b = await threeBundles(dir);
    const out = join(dir, 'keluar');
    const { io, lines } = capture();
    const code = await runIct(
      [
        'merge',
        b.k1First.file,
        b.k1.file,
        b.k2.file,
        b.k3.file,
        '--key',
        TEST_KEYS.ictSecret,
        '--trust',
        trustFileOf(device.k1, device.k2, device.k3),
        '--out',
        out,
      ],
      io,
      frozenClock(),
    );
    expect(code).toBe(EXIT.PROBLEMS);
    expect(lines.at(-1)).toBe('GAGAL / FAILED: 2 masalah ditemui / problems found, 0 amaran / warnings.');
    // Each counter's bundle in use, said to be interim: these counters are still in their outage.
    const used = lines.filter((l) => l.startsWith('== '));
    expect(used).toHaveLength(3);
    for (const line of used) expect(line).toContain('(semasa / interim)');
    const text = readFileSync(join(out, 'worklist.csv'), 'utf8');
    expect(text.startsWith('\uFEFFbil,registered_at,court_code,court_name,counter,case_number,source,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(8);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(
      rows.map((r) => [
        r.bil,
        r.registered_at,
        r.counter,
        r.case_number,
        r.case_type_code,
        r.case_status,
        r.esv3_reference,
        r.amount_rm,
        r.flags,
      ]),
    ).toEqual([
      [
        '1',
        '2026-11-28T09:01:00.000+08:00',
        'K1',
        '05005-024-0770-2026',
        '024',
        'REGISTERED',
        '05005-K1-2026-000001',
        '29.00',
        'NOMBOR BERTEMBUNG / NUMBER COLLISION',
      ],
      [
        '2',
        '2026-11-28T09:05:00.000+08:00',
        'K3',
        '05100-017-0042-2026',
        '017',
        'REGISTERED',
        '05100-K3-2026-000001',
        '3.00',
        '',
      ],
      [
        '3',
        '2026-11-28T09:10:00.000+08:00',
        'K2',
        '05005-024-0770-2026',
        '024',
        'REGISTERED',
        '05005-K2-2026-000001',
        '25.00',
        'NOMBOR BERTEMBUNG / NUMBER COLLISION',
      ],
      ['4', '2026-11-28T09:20:00.000+08:00', 'K1', '05005-017-0042-2026', '017', 'REGISTERED', '', '0.00', ''],
      ['5', '2026-11-28T09:25:00.000+08:00', 'K3', '05100-024-0770-2026', '024', 'REGISTERED', '', '0.00', ''],
      [
        '6',
        '2026-11-28T09:45:00.000+08:00',
        'K3',
        '05100-024-0771-2026',
        '024',
        'REGISTERED',
        '05100-K3-2026-000003',
        '29.00',
        '',
      ],
    ]);
    expect(rows[0]).toMatchObject({
      court_code: '05005',
      court_name: 'Mahkamah Rendah Syariah Seremban',
      case_type_name: expect.any(String),
      proceeding: 'SAMAN',
      parties:
        'CLAIMANT: Aminah binti Yusof (MYKAD 850101-10-5124); RESPONDENT: Rahim bin Salleh (MYKAD 800202-05-5331)',
      receipts: '05005-K1-2026-000001 RM 29.00 CASH',
    });
    expect(rows[3]?.receipts).toBe('05005-K1-2026-000002 RM 4.00 CASH BATAL/CANCELLED: Fi salah dikenakan');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Siti Hajar binti Osman');
    expect(html).toContain('TIDAK BERSIH');
  });

  it('reports damaged, wrongly keyed, unsigned, mismatched and wrong-passphrase bundles and still merges the rest', async () => {
    const dir = tempDir('kaunter-ict-merge-');
    const good = await sealLedger(counters.k1, device.k1, { dir, passwords: ['eksport-2026'] });
    const bad = tempDir('kaunter-ict-bad-');
    const tampered = await sealLedger(counters.k2, device.k2, { dir: tempDir() });
    const bytes = readFileSync(tampered.file);
    bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0xff;
    writeFileSync(tampered.file, bytes);
    const wrongKey = await sealLedger(counters.k3, device.k3, {
      dir: tempDir(),
      recipients: [await readTestPublicKey(TEST_KEYS.escrowPublic)],
    });
    const unsigned = await sealLedger(counters.k2, device.k2, { dir: tempDir(), signWith: null });
    const mismatch = await sealLedger(counters.k3, device.k3, {
      dir: bad,
      tamper: ({ manifest }) => {
        const cases = manifest.files.find((f) => f.name === 'cases.csv');
        if (cases) cases.sha256 = '0'.repeat(64);
      },
    });
    const passOnly = await sealLedger(counters.k2, device.k2, {
      dir: tempDir(),
      recipients: [await readTestPublicKey(TEST_KEYS.escrowPublic)],
      passwords: ['betul'],
    });
    const passFile = join(dir, 'frasa.txt');
    writeFileSync(passFile, 'salah\n');
    const out = join(dir, 'keluar');
    const { io, lines } = capture();
    const files = [good, tampered, wrongKey, unsigned, mismatch, passOnly].map((s) => s.file);
    const code = await runIct(
      [
        'merge',
        ...files,
        '--key',
        TEST_KEYS.ictSecret,
        '--trust',
        trustFileOf(device.k1, device.k2, device.k3),
        '--passphrase-file',
        passFile,
        '--out',
        out,
      ],
      io,
    );
    expect(code).toBe(EXIT.CANNOT_OPEN);
    const text = lines.join('\n');
    expect(text).toContain(
      `== ${tampered.base}\n  GAGAL DIBUKA / CANNOT OPEN: Berkas tidak dapat dinyahsulit: fail rosak atau telah diubah`,
    );
    expect(text).toContain(
      `== ${wrongKey.base}\n  GAGAL DIBUKA / CANNOT OPEN: Berkas ini tidak disulitkan untuk kunci yang diberi`,
    );
    expect(text).toContain(`== ${unsigned.base}\n  GAGAL DIBUKA / CANNOT OPEN: Berkas tidak ditandatangani`);
    expect(text).toContain(`== ${passOnly.base}\n  GAGAL DIBUKA / CANNOT OPEN: Frasa laluan berkas salah`);
    expect(text).toContain('cases.csv: SHA-256 does not match the manifest');
    expect(lines.at(-1)).toBe(
      'GAGAL / FAILED: 4 berkas tidak dapat dibuka / bundle(s) could not be opened; 1 masalah / problems.',
    );
    const rows = parse(readFileSync(join(out, 'worklist.csv'), 'utf8').slice(1), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => `${r.counter} ${r.case_number}`)).toEqual([
      'K1 05005-024-0770-2026',
      'K3 05100-017-0042-2026',
      'K1 05005-017-0042-2026',
      'K3 05100-024-0770-2026',
      'K3 05100-024-0771-2026',
    ]);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain(unsigned.base);
    expect(html).toContain('not signed by a counter&#39;s device key');
  });

  it('escapes what the bundle holds in the report', async () => {
    const content = ledgerContent(counters.k2);
    const parties = (content.tables['parties.csv'] ?? []).map((p) => ({
      ...p,
      name: '<script>alert("x")</script> & Co',
    }));
    // The counter recorded the name so: its audit chain says the same as its parties.csv.
    const audit = rechain(
      content.audit.map((e) =>
        e.action === 'case.register'
          ? {
              ...e,
              data: {
                ...(e.data as object),
                parties: ((e.data as { parties: object[] }).parties ?? []).map((p) => ({
                  ...p,
                  name: '<script>alert("x")</script> & Co',
                })),
              },
            }
          : e,
      ),
    );
    const dir = tempDir('kaunter-ict-merge-');
    const sealed = await sealLedger(counters.k2, device.k2, {
      dir,
      content: { ...content, audit, tables: { ...content.tables, 'parties.csv': parties } },
    });
    const out = join(dir, 'keluar');
    const code = await runIct(
      [
        'merge',
        sealed.file,
        '--key',
        TEST_KEYS.ictSecret,
        '--trust',
        trustFileOf(device.k1, device.k2, device.k3),
        '--out',
        out,
      ],
      capture().io,
    );
    expect(code).toBe(EXIT.CLEAN);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; Co');
    expect(html).toContain('BERSIH');
  });
});

describe('ict merge: what is and is not a collision', () => {
  const existing = (name: string) => ({
    case: {
      case_number: '05005-024-0100-2025',
      source: 'ESV3_EXISTING',
      case_type_code: '024',
      court_code: '05005',
      year: '2025',
      status: 'REGISTERED',
      registered_at: '2026-11-28T09:50:00.000+08:00',
    },
    party: {
      case_number: '05005-024-0100-2025',
      role: 'CLAIMANT',
      name,
      id_type: 'MYKAD',
      id_number: '850101-10-5124',
    },
  });

  async function mergeWithExisting(k1Name: string, k2Name: string, k2Device?: Device) {
    const unlock = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
    const withCase = (ledger: Counters['k1'], name: string) => {
      const content = ledgerContent(ledger);
      const add = existing(name);
      // The counter recorded the existing case, so its audit chain holds the event for it.
      const recorded = {
        at: '2026-11-28T01:50:00.000Z',
        actor: 'user:1',
        action: 'case.recordExisting',
        entity: 'case',
        entityId: '999',
        data: {
          caseNumber: add.case.case_number,
          source: add.case.source,
          caseTypeCode: add.case.case_type_code,
          parties: [{ side: 'CLAIMANT', name, idType: 'MYKAD', idNumber: add.party.id_number }],
        },
      };
      return {
        ...content,
        audit: rechain([...content.audit, recorded]),
        tables: {
          ...content.tables,
          'cases.csv': [...(content.tables['cases.csv'] ?? []), add.case],
          'parties.csv': [...(content.tables['parties.csv'] ?? []), add.party],
        },
      };
    };
    const a = await sealLedger(counters.k1, device.k1, { content: withCase(counters.k1, k1Name) });
    const b = await sealLedger(counters.k3, k2Device ?? device.k3, { content: withCase(counters.k3, k2Name) });
    return mergeBundles(
      await Promise.all(
        [a, b].map((s) => openBundle(s.file, { unlock, signers: trustOf(device.k1, device.k2, device.k3) })),
      ),
    );
  }

  it('two counters recording payments on the same existing ESV3 case is not one', async () => {
    expect((await mergeWithExisting('Aminah binti Yusof', 'AMINAH BINTI YUSOF ')).findings).toEqual([]);
  });

  it('the same existing number with different parties is one', async () => {
    const merge = await mergeWithExisting('Aminah binti Yusof', 'Zainab binti Ahmad');
    expect(merge.findings.map((f) => f.code)).toEqual(['CASE_COLLISION']);
    expect([...merge.collided]).toEqual(['05005-024-0100-2025']);
  });

  it('one counter exported from two devices is reported, and both exports are kept', async () => {
    const unlock = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
    const first = await sealLedger(counters.k2, device.k2);
    const second = await sealLedger(counters.k2, device.k3);
    const merge = mergeBundles(
      await Promise.all(
        [first, second].map((s) => openBundle(s.file, { unlock, signers: trustOf(device.k1, device.k2, device.k3) })),
      ),
    );
    expect(merge.current).toHaveLength(2);
    expect(merge.findings.map((f) => f.code)).toEqual(['COUNTER_TWO_DEVICES', 'CASE_COLLISION', 'RECEIPT_DOUBLE']);
  });
});

describe('worklist rows', () => {
  it('are empty for no bundles', () => {
    expect(worklistRows(mergeBundles([]))).toEqual([]);
  });
});
