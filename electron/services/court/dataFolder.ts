/**
 * Choosing a new data folder (or starting over in an empty one). The running ledger is never moved,
 * copied over or deleted: the choice takes effect when the app starts again, and the old folder stays
 * as it is. While records exist that no export has covered, the change is refused unless the supervisor
 * repeats how many they were told of, so nobody walks away from an unexported day by accident.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError, ref, type MessageValue } from '@shared/errors';
import type { DataFolderChangeView, DataFolderView } from '@shared/views';
import type { ChooseDataFolderInput } from '@shared/schemas/dataFolder';
import { appendAudit, userActor } from '../ledger/audit';
import { describeUnexported } from '../bundle/unexported';
import { unexportedCounts } from './statusBar';
import type { Ledger } from '../ledger/ledger';
import { DATABASE_FILE } from '../ledger/ledgerFile';
import { errorCode, isInside, writeRefusal } from '../ledger/paths';

/** Where the next start opens its ledger (a machine preference kept by the shell or the host). */
export interface DataFolderStore {
  get(): string | null;
  set(folder: string): void;
}

export function memoryDataFolder(initial: string | null = null): DataFolderStore {
  let chosen = initial;
  return {
    get: () => chosen,
    set: (folder) => {
      chosen = folder;
    },
  };
}

/** Windows paths differ only in case when they name the same folder. */
const folded = (p: string) => (process.platform === 'win32' ? resolve(p).toLowerCase() : resolve(p));
const same = (a: string, b: string) => folded(a) === folded(b);

export function dataFolderView(ledger: Ledger, store: DataFolderStore): DataFolderView {
  const chosen = store.get();
  return {
    current: ledger.dataDir,
    chosen,
    restartNeeded: chosen !== null && ledger.dataDir !== null && !same(chosen, ledger.dataDir),
    unexported: unexportedCounts(ledger),
  };
}

/** Creates the folder if need be and proves it takes a file, or says why not. */
function checkWritable(folder: string): void {
  let refusal: MessageValue | null;
  try {
    mkdirSync(folder, { recursive: true });
    refusal = statSync(folder).isDirectory() ? writeRefusal(folder) : ref('bukan folder');
  } catch (error) {
    refusal = errorCode(error);
  }
  if (refusal !== null) {
    throw new AppError(
      'STORAGE',
      'Folder {folder} tidak dapat digunakan ({refusal}). Pilih folder lain yang boleh ditulis.',
      { folder, refusal },
    );
  }
}

export function chooseDataFolder(
  ledger: Ledger,
  store: DataFolderStore,
  actorId: number,
  input: Required<ChooseDataFolderInput>,
): DataFolderChangeView {
  const current = ledger.dataDir;
  if (current === null) throw new AppError('CONFLICT', 'Pangkalan data ini tidak mempunyai folder data.');
  const folder = input.folder;
  if (same(folder, current)) throw new AppError('CONFLICT', 'Folder ini ialah folder data yang sedang digunakan.');
  if (isInside(current, folder) || isInside(folder, current)) {
    throw new AppError(
      'CONFLICT',
      'Folder data baharu tidak boleh berada di dalam folder data semasa, atau sebaliknya.',
    );
  }
  checkWritable(folder);
  const holdsLedger = existsSync(join(folder, DATABASE_FILE));
  return ledger.db.transaction(() => {
    const unexported = unexportedCounts(ledger);
    if (unexported.total > 0 && input.acknowledgedUnexported !== unexported.total) {
      throw new AppError(
        'CONFLICT',
        '{unexported} belum dieksport. Buat eksport dahulu, atau sahkan bahawa anda faham: rekod ini kekal dalam {current} tetapi tidak ada dalam folder baharu.',
        { unexported: describeUnexported(unexported), current },
      );
    }
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: userActor(actorId),
      action: 'dataFolder.choose',
      entity: 'ledger',
      entityId: 1,
      data: { from: current, to: folder, holdsLedger, unexported },
    });
    // Last, so a preference that cannot be written rolls the audit event back with it.
    store.set(folder);
    return { ...dataFolderView(ledger, store), holdsLedger };
  })();
}
