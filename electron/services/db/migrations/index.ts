import type { Db } from '../open';
import { m001Initial } from './001-initial';
import { m002Payments } from './002-payments';
import { m003SignInGuard } from './003-sign-in-guard';
import { m004DocumentsAndBundle } from './004-documents-and-bundle';
import { m006FilingsAndAppointments } from './006-filings-and-appointments';
import { m005Hearings } from './005-hearings';
import { m007AuditCheckpoints } from './007-audit-checkpoints';
import { m008OutageCloseKind } from './008-outage-close-kind';
import { m009Esv3Reference } from './009-esv3-reference';
import { m010DropRedundantPartyIndex } from './010-drop-redundant-party-index';
import { m011NumberSeries } from './011-number-series';
import { m012RequestAnswers } from './012-request-answers';
import { m013CheckpointDigest } from './013-checkpoint-digest';
import { m014MoneyAndDayReopen } from './014-money-and-day-reopen';
import { m015SearchFragments } from './015-search-fragments';
import { m016OutageSopPeriods } from './016-outage-sop-periods';
import { m017AppointmentSessions } from './017-appointment-sessions';
import { m018PassportNationality } from './018-passport-nationality';
import { m019CourtFolder } from './019-court-folder';
import { m020CourtCounterCases } from './020-court-counter-cases';

export interface Migration {
  name: string;
  up(db: Db): void;
  /** Rebuilds a table others refer to: run with foreign keys off, all of them checked before the commit. */
  foreignKeysOff?: boolean;
}

/** Append-only: never edit a migration that has shipped; add the next number. */
export const MIGRATIONS: Migration[] = [
  m001Initial,
  m002Payments,
  m003SignInGuard,
  m004DocumentsAndBundle,
  m005Hearings,
  m006FilingsAndAppointments,
  m007AuditCheckpoints,
  m008OutageCloseKind,
  m009Esv3Reference,
  m010DropRedundantPartyIndex,
  m011NumberSeries,
  m012RequestAnswers,
  m013CheckpointDigest,
  m014MoneyAndDayReopen,
  m015SearchFragments,
  m016OutageSopPeriods,
  m017AppointmentSessions,
  m018PassportNationality,
  m019CourtFolder,
  m020CourtCounterCases,
];
