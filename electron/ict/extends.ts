import { AUDIT_FILE } from '@shared/bundle/format';
import { error, type Finding } from './findings';
import type { OpenedBundle } from './openBundle';

/** What an event was about, for a finding: its action and the number it recorded. */
function describe(event: Record<string, unknown>): string {
  const data = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as Record<string, unknown>;
  const number = data.receiptNumber ?? data.caseNumber ?? data.reference ?? event.entityId;
  return `#${String(event.seq)} ${String(event.action)} ${String(number)}`;
}

function eventsOf(bundle: OpenedBundle, from: number, to: number): string[] {
  const text = new TextDecoder().decode(bundle.files.get(AUDIT_FILE) ?? new Uint8Array());
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(from - 1, to)
    .map((line) => {
      try {
        return describe(JSON.parse(line) as Record<string, unknown>);
      } catch {
        return '?';
      }
    });
}

const SHOWN = 8;

/**
 * A counter's newer export must extend its older one: the same events, hash for hash, up to the older
 * one's length. Anything else means the counter's chain was cut back or rewritten between the two
 * exports (a deleted tail, a re-hashed amount), which no check on the counter's PC alone could show.
 * Names the older export's events the newer one no longer holds.
 */
export function checkExtends(older: OpenedBundle, newer: OpenedBundle, counter: string): Finding[] {
  const a = older.auditHashes;
  const b = newer.auditHashes;
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  if (same === a.length) return [];
  const lost = eventsOf(older, same + 1, a.length);
  const shown = `${lost.slice(0, SHOWN).join('; ')}${lost.length > SHOWN ? ` … (${lost.length})` : ''}`;
  const how =
    same === b.length
      ? {
          ms: `${newer.base} hanya ada ${b.length} peristiwa audit, ${older.base} ada ${a.length}`,
          en: `${newer.base} has only ${b.length} audit events, ${older.base} has ${a.length}`,
        }
      : {
          ms: `peristiwa audit #${same + 1} dalam ${newer.base} berbeza daripada ${older.base} (rantaian ditulis semula)`,
          en: `audit event #${same + 1} in ${newer.base} differs from ${older.base} (the chain was rewritten)`,
        };
  return [
    error(
      'AUDIT_NOT_EXTENDED',
      `Kaunter ${counter}: eksport yang lebih baharu tidak menyambung eksport terdahulu: ${how.ms}. Peristiwa yang hilang atau diubah: ${shown}.`,
      `Counter ${counter}: the newer export does not extend the earlier one: ${how.en}. Events gone or changed: ${shown}.`,
    ),
  ];
}
