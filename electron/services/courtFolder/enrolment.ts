import * as openpgp from 'openpgp';
import { AppError } from '@shared/errors';
import { appendAudit, userActor } from '../ledger/audit';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { requireCourtConfig } from '../court/court';
import { readDeviceKey } from '../bundle/deviceKey';
import { isCounterCode } from './layout';

export interface EnrolledCounter {
  id: number;
  counterId: string;
  fingerprint: string;
  publicArmored: string;
  enrolledAt: string;
  revokedAt: string | null;
}

interface Row {
  id: number;
  counter_id: string;
  fingerprint: string;
  public_armored: string;
  enrolled_at: string;
  revoked_at: string | null;
}

const toView = (r: Row): EnrolledCounter => ({
  id: r.id,
  counterId: r.counter_id,
  fingerprint: r.fingerprint,
  publicArmored: r.public_armored,
  enrolledAt: r.enrolled_at,
  revokedAt: r.revoked_at,
});

/** Every enrolment, revoked ones too, in order. */
export function listEnrolledCounters(ledger: Ledger): EnrolledCounter[] {
  return (sql(ledger.db, 'SELECT * FROM enrolled_counters ORDER BY id').all() as Row[]).map(toView);
}

/** The key in use for each other counter of the court. */
export function enrolledKeys(ledger: Ledger): Map<string, EnrolledCounter> {
  const rows = sql(ledger.db, 'SELECT * FROM enrolled_counters WHERE revoked_at IS NULL ORDER BY id').all() as Row[];
  return new Map(rows.map((r) => [r.counter_id, toView(r)]));
}

/** Groups of four, as the setup slip prints a fingerprint; spaces and case ignored when compared. */
export function normaliseFingerprint(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** Reads a counter's public device key and its fingerprint, refusing anything else. */
export async function readCounterKey(armored: string): Promise<{ key: openpgp.PublicKey; fingerprint: string }> {
  if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(armored))
    throw new AppError(
      'VALIDATION',
      'Ini kunci RAHSIA (private key). Daftarkan hanya kunci AWAM peranti kaunter itu (fail .asc daripada slip persediaan).',
    );
  let key: openpgp.Key;
  try {
    key = await openpgp.readKey({ armoredKey: armored });
  } catch {
    throw new AppError('VALIDATION', 'Kunci awam peranti ini rosak atau tidak lengkap. Salin fail .asc sekali lagi.');
  }
  if (key.isPrivate())
    throw new AppError(
      'VALIDATION',
      'Ini kunci RAHSIA (private key). Daftarkan hanya kunci AWAM peranti kaunter itu (fail .asc daripada slip persediaan).',
    );
  return { key: key as openpgp.PublicKey, fingerprint: key.getFingerprint() };
}

export interface EnrolInput {
  counterId: string;
  armored: string;
  /** The fingerprint the supervisor read off that counter's setup slip. */
  confirmedFingerprint: string;
}

/**
 * Enrols another counter's device key (one transaction, audited): its segments are then read, and this
 * counter's are encrypted to it. Refused unless the fingerprint typed from the setup slip is the key's,
 * for this counter's own code, or for a counter that already has a key in use (revoke it first).
 */
export async function enrolCounter(ledger: Ledger, actorId: number, input: EnrolInput): Promise<EnrolledCounter> {
  const counterId = input.counterId.trim().toUpperCase();
  if (!isCounterCode(counterId)) throw new AppError('VALIDATION', 'Kod kaunter mesti 1–6 huruf atau angka (cth. K2).');
  const { key, fingerprint } = await readCounterKey(input.armored.trim());
  if (normaliseFingerprint(input.confirmedFingerprint) !== fingerprint)
    throw new AppError(
      'VALIDATION',
      'Cap jari kunci ini ({fingerprint}) tidak sama dengan cap jari pada slip persediaan. Kunci tidak didaftarkan.',
      { fingerprint },
    );
  const own = requireCourtConfig(ledger).court.counterId;
  if (counterId === own || readDeviceKey(ledger)?.fingerprint === fingerprint)
    throw new AppError('CONFLICT', 'Kunci kaunter ini sendiri tidak perlu didaftarkan.');
  const at = ledger.clock().toISOString();
  const id = ledger.db.transaction(() => {
    const taken = sql(ledger.db, 'SELECT counter_id FROM enrolled_counters WHERE fingerprint = ?').get(fingerprint) as
      { counter_id: string } | undefined;
    if (taken)
      throw new AppError('CONFLICT', 'Kunci {fingerprint} sudah didaftarkan untuk kaunter {counter}.', {
        fingerprint,
        counter: taken.counter_id,
      });
    const inUse = sql(
      ledger.db,
      'SELECT fingerprint FROM enrolled_counters WHERE counter_id = ? AND revoked_at IS NULL',
    ).get(counterId) as { fingerprint: string } | undefined;
    if (inUse)
      throw new AppError(
        'CONFLICT',
        'Kaunter {counter} sudah mempunyai kunci berdaftar ({fingerprint}). Batalkan kunci itu dahulu.',
        { counter: counterId, fingerprint: inUse.fingerprint },
      );
    const rowId = Number(
      sql(
        ledger.db,
        `INSERT INTO enrolled_counters (counter_id, fingerprint, public_armored, enrolled_by, enrolled_at)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(counterId, fingerprint, key.armor(), actorId, at).lastInsertRowid,
    );
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'courtFolder.enrol',
      entity: 'enrolled_counter',
      entityId: rowId,
      data: { counterId, fingerprint, userIds: key.getUserIDs() },
    });
    return rowId;
  })();
  return toView(sql(ledger.db, 'SELECT * FROM enrolled_counters WHERE id = ?').get(id) as Row);
}

/** Takes a counter's key out of use (its PC replaced, its key lost): kept on record, never deleted. */
export function revokeCounter(ledger: Ledger, actorId: number, counterId: string, reason: string): void {
  const at = ledger.clock().toISOString();
  ledger.db.transaction(() => {
    const row = sql(ledger.db, 'SELECT * FROM enrolled_counters WHERE counter_id = ? AND revoked_at IS NULL').get(
      counterId,
    ) as Row | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'Kaunter {counter} tiada kunci berdaftar.', { counter: counterId });
    sql(ledger.db, 'UPDATE enrolled_counters SET revoked_at = ?, revoked_by = ? WHERE id = ?').run(at, actorId, row.id);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'courtFolder.revoke',
      entity: 'enrolled_counter',
      entityId: row.id,
      data: { counterId, fingerprint: row.fingerprint, reason },
    });
  })();
}
