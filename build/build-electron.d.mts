// Types for the parts of build-electron.mjs that tests import.
import type { BuildResult } from 'esbuild';

export function isRequirable(manifest: { type?: string; exports?: unknown }): boolean;
export function mainExternals(
  manifest: { dependencies?: Record<string, string> },
  readManifest: (name: string) => { type?: string; exports?: unknown },
): string[];
export function contractChannels(): Promise<Record<string, string>>;
export function buildPreload(options?: { write?: boolean }): Promise<BuildResult<{ write: boolean; metafile: true }>>;
export function buildMain(options?: { write?: boolean }): Promise<BuildResult<{ write: boolean; metafile: true }>>;
