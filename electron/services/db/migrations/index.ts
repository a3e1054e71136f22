import type { Db } from '../open';
import { m001Initial } from './001-initial';

export interface Migration {
  name: string;
  up(db: Db): void;
}

/** Append-only: never edit a migration that has shipped; add the next number. */
export const MIGRATIONS: Migration[] = [m001Initial];
