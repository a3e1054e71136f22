import type { Db } from '../open';
import { m001Initial } from './001-initial';
import { m002Payments } from './002-payments';
import { m003SignInGuard } from './003-sign-in-guard';
import { m004DocumentsAndBundle } from './004-documents-and-bundle';
import { m006FilingsAndAppointments } from './006-filings-and-appointments';

export interface Migration {
  name: string;
  up(db: Db): void;
}

/** Append-only: never edit a migration that has shipped; add the next number. */
export const MIGRATIONS: Migration[] = [
  m001Initial,
  m002Payments,
  m003SignInGuard,
  m004DocumentsAndBundle,
  m006FilingsAndAppointments,
];
