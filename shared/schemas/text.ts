import { z } from 'zod';
import { fieldMessage } from './fieldMessage';
import { ref, type MessageKey } from '../errors';
import { describeCharacters, unprintableCharacters } from '../printable';

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

/**
 * Refuses, naming them, the characters no font shipped with the documents prints (emoji, scripts beyond
 * Rumi, Jawi, Chinese and Tamil): told before saving, rather than a blank on the receipt or the Saman.
 */
function printableCheck(label: MessageKey) {
  return z.superRefine<string>((value, ctx) => {
    const chars = unprintableCharacters(value);
    if (chars.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: fieldMessage('{label} mengandungi aksara yang tidak dapat dicetak: {chars}.', {
          label: ref(label),
          chars: describeCharacters(chars),
        }),
      });
    }
  });
}

function cleanLine(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A one-line text field as people write it: any script (Rumi, Jawi, Chinese, Tamil), apostrophes,
 * "bin"/"binti", "@". Surrounding spaces are trimmed and runs of spaces made one.
 */
export function lineText(label: MessageKey, max: number, options: { min?: number } = {}) {
  const min = options.min ?? 1;
  return z
    .string({ error: fieldMessage('{label} mesti diisi.', { label: ref(label) }) })
    .max(max * 4, fieldMessage('{label} terlalu panjang (had {max} aksara).', { label: ref(label), max }))
    .refine(
      (v) => !LONE_SURROGATE.test(v),
      fieldMessage('{label} mengandungi aksara rosak yang tidak boleh disimpan.', { label: ref(label) }),
    )
    .refine(
      (v) => !CONTROL.test(v),
      fieldMessage('{label} mengandungi aksara kawalan yang tidak dibenarkan.', { label: ref(label) }),
    )
    .refine((v) => !LINE_BREAK.test(v.trim()), fieldMessage('{label} mesti satu baris sahaja.', { label: ref(label) }))
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(
          min,
          min === 1
            ? fieldMessage('{label} mesti diisi.', { label: ref(label) })
            : fieldMessage('{label} mesti sekurang-kurangnya {min} aksara.', { label: ref(label), min }),
        )
        .max(max, fieldMessage('{label} terlalu panjang (had {max} aksara).', { label: ref(label), max }))
        .refine(
          notOnlyInvisible,
          fieldMessage('{label} hanya mengandungi aksara yang tidak kelihatan.', { label: ref(label) }),
        )
        .check(printableCheck(label)),
    );
}

/** A person's or a court's name: a line of text without emoji. */
export function nameText(label: MessageKey, max = 150) {
  return lineText(label, max).refine(
    (v) => !PICTOGRAPH.test(v),
    fieldMessage('{label} tidak boleh mengandungi emoji atau simbol gambar.', { label: ref(label) }),
  );
}

/**
 * An optional line: empty or blank becomes null. Not a union: a union's refusal is zod's English
 * "Invalid input", and a blank optional field would be refused as "mesti diisi".
 */
export function optionalLine(label: MessageKey, max: number) {
  return lineText(label, max, { min: 0 })
    .nullable()
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v));
}

/**
 * A multi-line text field (address, note): line breaks kept, other control characters refused, and emoji
 * refused as in names: the printed slip and receipt have no glyph for them, so they would vanish on paper.
 */
export function multiLineText(label: MessageKey, max: number) {
  return z
    .string()
    .max(max * 4, fieldMessage('{label} terlalu panjang (had {max} aksara).', { label: ref(label), max }))
    .refine(
      (v) => !LONE_SURROGATE.test(v),
      fieldMessage('{label} mengandungi aksara rosak yang tidak boleh disimpan.', { label: ref(label) }),
    )
    .refine(
      (v) => !CONTROL.test(v),
      fieldMessage('{label} mengandungi aksara kawalan yang tidak dibenarkan.', { label: ref(label) }),
    )
    .refine(
      (v) => !PICTOGRAPH.test(v),
      fieldMessage('{label} tidak boleh mengandungi emoji atau simbol gambar.', { label: ref(label) }),
    )
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
        .max(max, fieldMessage('{label} terlalu panjang (had {max} aksara).', { label: ref(label), max }))
        .refine(
          notOnlyInvisible,
          fieldMessage('{label} hanya mengandungi aksara yang tidak kelihatan.', { label: ref(label) }),
        )
        .check(printableCheck(label)),
    )
    .transform((v) => (v === '' ? null : v));
}

export const pinSchema = z
  .string({ error: fieldMessage('PIN mesti diisi.') })
  .regex(/^\d{6,12}$/, fieldMessage('PIN mesti 6 hingga 12 digit angka.'));
