/**
 * The court folder's path is this PC's own (where the share is mounted, where Syncthing keeps it), so it
 * is a machine preference (electron/platform/courtFolderPreference.ts), handed to the service as this.
 */
export interface CourtFolderStore {
  get(): string | null;
  set(folder: string | null): void;
}

/** A store that lives as long as the process: tests, and a counter not sharing a folder. */
export function memoryCourtFolder(initial: string | null = null): CourtFolderStore {
  let folder = initial;
  return {
    get: () => folder,
    set: (next) => {
      folder = next;
    },
  };
}
