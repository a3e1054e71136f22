import type { Sen } from './domain';

/** The largest amount the counter will record: RM 100 juta. Anything above is a typing slip. */
export const MAX_SEN: Sen = 10_000_000_000;

/** "1,234.50", "1234.5", "RM 12" → sen. Null when the text is not an amount in ringgit. */
export function parseRinggit(text: string): Sen | null {
  const cleaned = text
    .trim()
    .replace(/^RM\s*/i, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const ringgit = Number(match[1]);
  const sen = Number((match[2] ?? '').padEnd(2, '0'));
  return ringgit * 100 + sen;
}

/** Sen → "1,234.50" (no currency sign). */
export function formatRinggit(sen: Sen): string {
  const negative = sen < 0;
  const abs = Math.abs(sen);
  const ringgit = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${ringgit}.${cents}`;
}

/**
 * Bank Negara Malaysia's rounding mechanism for a cash total: to the nearest 5 sen, 1–2 and 6–7 sen down,
 * 3–4 and 8–9 sen up. Returns the adjustment (−2 to +2 sen) to add to the total.
 */
export function fiveSenRounding(totalSen: Sen): Sen {
  const rest = totalSen % 5;
  return rest >= 3 ? 5 - rest : -rest;
}
