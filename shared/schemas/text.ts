import { z } from 'zod';

/** Control characters other than tab/newline, and the invisible direction overrides. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const LINE_BREAK = /[\r\n\t]/;
/** Emoji and picture symbols, including flags (regional indicator pairs) and keycaps (U+20E3). */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;

/**
 * What the eye does not see: format and default-ignorable characters (zero-width space, joiners, BOM,
 * Hangul fillers), controls, separators and the braille blank. Kept inside a name (Jawi may need the
 * zero-width non-joiner), but a value made of nothing else is empty.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Z}\s\u2800]/gu;
/** Half of a UTF-16 pair with no other half: no character at all (stored, it reads back as U+FFFD). */
const LONE_SURROGATE = /\p{Cs}/u;

function notOnlyInvisible(value: string): boolean {
  return value === '' || value.replace(INVISIBLE, '') !== '';
}

function cleanLine(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A one-line text field as people write it: any script (Rumi, Jawi, Chinese, Tamil), apostrophes,
 * "bin"/"binti", "@". Surrounding spaces are trimmed and runs of spaces made one.
 */
export function lineText(label: string, max: number, options: { min?: number } = {}) {
  const min = options.min ?? 1;
  return z
    .string({ error: `${label} mesti diisi.` })
    .max(max * 4, `${label} terlalu panjang (had ${max} aksara).`)
    .refine((v) => !LONE_SURROGATE.test(v), `${label} mengandungi aksara rosak yang tidak boleh disimpan.`)
    .refine((v) => !CONTROL.test(v), `${label} mengandungi aksara kawalan yang tidak dibenarkan.`)
    .refine((v) => !LINE_BREAK.test(v.trim()), `${label} mesti satu baris sahaja.`)
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(min, min === 1 ? `${label} mesti diisi.` : `${label} mesti sekurang-kurangnya ${min} aksara.`)
        .max(max, `${label} terlalu panjang (had ${max} aksara).`)
        .refine(notOnlyInvisible, `${label} hanya mengandungi aksara yang tidak kelihatan.`),
    );
}

/** A person's or a court's name: a line of text without emoji. */
export function nameText(label: string, max = 150) {
  return lineText(label, max).refine(
    (v) => !PICTOGRAPH.test(v),
    `${label} tidak boleh mengandungi emoji atau simbol gambar.`,
  );
}

/**
 * An optional line: empty or blank becomes null. Not a union: a union's refusal is zod's English
 * "Invalid input", and a blank optional field would be refused as "mesti diisi".
 */
export function optionalLine(label: string, max: number) {
  return lineText(label, max, { min: 0 })
    .nullable()
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v));
}

/**
 * A multi-line text field (address, note): line breaks kept, other control characters refused, and emoji
 * refused as in names: the printed slip and receipt have no glyph for them, so they would vanish on paper.
 */
export function multiLineText(label: string, max: number) {
  return z
    .string()
    .max(max * 4, `${label} terlalu panjang (had ${max} aksara).`)
    .refine((v) => !LONE_SURROGATE.test(v), `${label} mengandungi aksara rosak yang tidak boleh disimpan.`)
    .refine((v) => !CONTROL.test(v), `${label} mengandungi aksara kawalan yang tidak dibenarkan.`)
    .refine((v) => !PICTOGRAPH.test(v), `${label} tidak boleh mengandungi emoji atau simbol gambar.`)
    .transform((v) =>
      v
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1 && all[i - 1] !== ''))
        .join('\n')
        .trim(),
    )
    .pipe(
      z
        .string()
        .max(max, `${label} terlalu panjang (had ${max} aksara).`)
        .refine(notOnlyInvisible, `${label} hanya mengandungi aksara yang tidak kelihatan.`),
    )
    .transform((v) => (v === '' ? null : v));
}

export const pinSchema = z
  .string({ error: 'PIN mesti diisi.' })
  .regex(/^\d{6,12}$/, 'PIN mesti 6 hingga 12 digit angka.');
