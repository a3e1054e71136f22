import type { KaunterApi } from '@shared/contract';

declare global {
  interface Window {
    /** Defined by the Electron preload, or by the browser host's bridge script. */
    kaunter: KaunterApi;
  }
}

export {};
