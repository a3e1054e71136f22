import { statSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { appendAudit, userActor } from '../ledger/audit';
import type { Ledger } from '../ledger/ledger';
import type { CourtFolderStore } from './settings';

/** Refuses a path that is not a folder this PC reaches now (a share not mounted, a typing slip). */
function checkReachable(folder: string): void {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir)
    throw new AppError(
      'STORAGE',
      'Folder mahkamah {folder} tidak dapat dicapai dari PC ini. Pastikan folder kongsi itu wujud dan boleh dibuka, kemudian cuba lagi.',
      { folder },
    );
}

/**
 * Points this PC at the court folder, or (null) stops sharing: one audit event, then the machine
 * preference, both in one transaction (a preference that cannot be written rolls the event back).
 */
export function setCourtFolder(
  ledger: Ledger,
  store: CourtFolderStore,
  actorId: number,
  folder: string | null,
): string | null {
  const from = store.get();
  if (folder !== null) checkReachable(folder);
  if (folder === from) return from;
  const event = {
    at: ledger.clock().toISOString(),
    actor: userActor(actorId),
    entity: 'ledger',
    entityId: 1,
    data: { from, to: folder },
  };
  ledger.db.transaction(() => {
    if (folder === null) appendAudit(ledger.db, { ...event, action: 'courtFolder.clear' });
    else appendAudit(ledger.db, { ...event, action: 'courtFolder.set' });
    store.set(folder);
  })();
  return folder;
}
