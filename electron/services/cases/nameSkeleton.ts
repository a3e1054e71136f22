import { rectifyConfusion } from 'unicode-confusables';

/** What the eye does not see inside a name: it cannot tell two names apart. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

function skeleton(name: string): string {
  const mapped = rectifyConfusion(name.normalize('NFD').replace(INVISIBLE, '')).normalize('NFD');
  return mapped.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A name's UTS #39 skeletons: NFD, each confusable mapped to its prototype (Cyrillic "а" → Latin "a",
 * "m" → "rn", "1" → "l"), NFD again, case-folded; taken both of the name as typed ("lsmail" looks like
 * "Ismail") and of the name case-folded first ("ISMAIL" is "Ismail"). Invisible characters are dropped.
 */
export function nameSkeletons(name: string): string[] {
  return [...new Set([skeleton(name), skeleton(name.toLowerCase())])];
}

/** Does `name` look like any of `others` on a screen, a list or a printed slip? Returns that one. */
export function confusableWith(name: string, others: readonly string[]): string | null {
  const mine = new Set(nameSkeletons(name));
  return others.find((other) => nameSkeletons(other).some((s) => mine.has(s))) ?? null;
}
