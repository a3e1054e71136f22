import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { counterDir } from '../../electron/services/courtFolder/layout';
import { searchCourtCases } from '../../electron/services/courtFolder/search';
import { enrolAll, registerAt, testCounter } from '../support/courtFolder';
import { tempDir } from '../support/ledger';

/**
 * The court folder kept in step by Syncthing (Debian's package, installed by .ci/run), as a court without
 * a Windows share would run it: two instances on 127.0.0.1, each its own home, GUI/API and sync port on
 * free ports, no global or local discovery, no relays, no NAT, each other's static address, one folder
 * shared both ways, all set through Syncthing's REST API. K1 publishes into its copy; K2 reads from its
 * own copy after Syncthing brings the segment over.
 */

const FOLDER_ID = 'mahkamah-05005';
const API_KEY = 'kaunter-sandaran-test-api-key';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Instance {
  home: string;
  folder: string;
  gui: number;
  sync: number;
  id: string;
  process: ChildProcess | null;
}

async function makeInstance(name: string): Promise<Instance> {
  const home = tempDir(`kaunter-syncthing-${name}-`);
  const folder = tempDir(`kaunter-court-folder-${name}-`);
  mkdirSync(folder, { recursive: true });
  const made = spawnSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`syncthing generate: ${made.stderr}`);
  const id = spawnSync('syncthing', ['serve', `--home=${home}`, '--device-id'], { encoding: 'utf8' }).stdout.trim();
  return { home, folder, gui: await freePort(), sync: await freePort(), id, process: null };
}

async function api(at: Instance, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${at.gui}${path}`, {
    method,
    headers: { 'X-API-Key': API_KEY, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : null;
}

/** Polls until `check` holds (or gives up after `tries`); what is awaited is asserted after, not the time taken. */
async function until(check: () => Promise<boolean> | boolean, tries = 600): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    try {
      if (await check()) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Before the first start: its own sync port on 127.0.0.1 and nothing that looks outside this machine. */
function isolate(at: Instance): void {
  const file = join(at.home, 'config.xml');
  const xml = readFileSync(file, 'utf8')
    .replace(/<listenAddress>[^<]*<\/listenAddress>/g, '')
    .replace('<options>', `<options>\n        <listenAddress>tcp://127.0.0.1:${at.sync}</listenAddress>`)
    .replace(/<globalAnnounceEnabled>true/, '<globalAnnounceEnabled>false')
    .replace(/<localAnnounceEnabled>true/, '<localAnnounceEnabled>false')
    .replace(/<relaysEnabled>true/, '<relaysEnabled>false')
    .replace(/<natEnabled>true/, '<natEnabled>false')
    .replace(/<urAccepted>[^<]*</, '<urAccepted>-1<')
    .replace(/<crashReportingEnabled>true/, '<crashReportingEnabled>false');
  writeFileSync(file, xml);
}

function start(at: Instance): void {
  isolate(at);
  at.process = spawn(
    'syncthing',
    [
      'serve',
      `--home=${at.home}`,
      `--gui-address=127.0.0.1:${at.gui}`,
      `--gui-apikey=${API_KEY}`,
      '--no-browser',
      '--no-restart',
      '--no-upgrade',
      '--skip-port-probing',
    ],
    {
      stdio: ['ignore', openSync(join(at.home, 'log.txt'), 'w'), openSync(join(at.home, 'log.txt'), 'a')],
      env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1' },
    },
  );
}

async function configure(at: Instance, other: Instance): Promise<void> {
  await api(at, 'PATCH', '/rest/config/options', {
    listenAddresses: [`tcp://127.0.0.1:${at.sync}`],
    globalAnnounceEnabled: false,
    localAnnounceEnabled: false,
    relaysEnabled: false,
    natEnabled: false,
    urAccepted: -1,
    crashReportingEnabled: false,
    startBrowser: false,
  });
  await api(at, 'PUT', `/rest/config/devices/${other.id}`, {
    deviceID: other.id,
    name: other === at ? 'self' : 'other',
    addresses: [`tcp://127.0.0.1:${other.sync}`],
  });
  await api(at, 'PUT', `/rest/config/folders/${FOLDER_ID}`, {
    id: FOLDER_ID,
    label: 'Folder mahkamah',
    path: at.folder,
    type: 'sendreceive',
    devices: [{ deviceID: at.id }, { deviceID: other.id }],
    rescanIntervalS: 2,
    fsWatcherEnabled: true,
    fsWatcherDelayS: 1,
  });
}

const instances: Instance[] = [];

afterAll(() => {
  for (const at of instances) at.process?.kill('SIGTERM');
});

describe('the court folder over Syncthing (two instances on 127.0.0.1)', () => {
  it('a segment K1 publishes in its copy of the folder is read at K2 from its own copy', async () => {
    const a = await makeInstance('a');
    const b = await makeInstance('b');
    instances.push(a, b);
    start(a);
    start(b);
    for (const at of [a, b])
      expect(await until(async () => (await api(at, 'GET', '/rest/system/ping')) !== null)).toBe(true);
    await configure(a, b);
    await configure(b, a);
    const connected = await until(async () => {
      const c = (await api(a, 'GET', '/rest/system/connections')) as {
        connections: Record<string, { connected: boolean }>;
      };
      return c.connections[b.id]?.connected === true;
    });
    expect(connected).toBe(true);

    const k1 = await testCounter('K1', a.folder, 1);
    const k2 = await testCounter('K2', b.folder, 1001);
    await enrolAll([k1, k2]);
    const made = registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    expect((await k1.sync()).publish).toMatchObject({ reachable: true, published: [1] });
    await api(a, 'POST', `/rest/db/scan?folder=${FOLDER_ID}`);

    const arrived = join(counterDir(b.folder, '05005', 'K1'), 'seg-000001.kseg');
    expect(await until(() => existsSync(arrived))).toBe(true);
    const round = await k2.sync();
    expect(round.read).toEqual(
      expect.arrayContaining([expect.objectContaining({ counter: 'K1', read: [1], problems: [] })]),
    );
    expect(searchCourtCases(k2.replica, 'aminah')).toMatchObject([{ counter: 'K1', caseNumber: made.caseNumber }]);

    // And back: K2's own segment reaches K1's copy, the folder is shared both ways.
    await api(b, 'POST', `/rest/db/scan?folder=${FOLDER_ID}`);
    expect(await until(() => existsSync(join(counterDir(a.folder, '05005', 'K2'), 'seg-000001.kseg')))).toBe(true);
    expect((await k1.sync()).read).toEqual(
      expect.arrayContaining([expect.objectContaining({ counter: 'K2', read: [1], problems: [] })]),
    );
  }, 120_000);
});
