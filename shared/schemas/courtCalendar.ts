import { z } from 'zod';
import { PROCEEDINGS } from '../domain';
import { supervisorApprovalSchema, courtDateSchema } from './payment';
import { lineText, nameText } from './text';
import { fieldMessage } from './fieldMessage';

export const HEARING_KINDS = ['SEBUTAN', 'PERBICARAAN'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];
export const HEARING_KIND_LABELS: Record<HearingKind, string> = { SEBUTAN: 'Sebutan', PERBICARAAN: 'Perbicaraan' };

export const hearingTimeSchema = z
  .string({ error: fieldMessage('Masa mesti diisi.') })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, fieldMessage('Masa mesti dalam bentuk JJ:MM, cth. 09:00.'));

export const holidaySchema = z.object({
  date: courtDateSchema,
  name: nameText('Nama cuti', 100),
});

/** Holidays the supervisor confirmed from the shipped list (and any added): one per date. */
export const holidayListSchema = z
  .array(holidaySchema)
  .max(400, fieldMessage('Terlalu banyak cuti umum.'))
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.date))
        ctx.addIssue({ code: 'custom', path: [i, 'date'], message: fieldMessage('Tarikh ini diisi dua kali.') });
      seen.add(row.date);
    });
  });

const holidayYearSchema = z
  .number({ error: fieldMessage('Pilih tahun.') })
  .int(fieldMessage('Pilih tahun.'))
  .min(2000, fieldMessage('Pilih tahun.'))
  .max(2100, fieldMessage('Pilih tahun.'));

/** The shipped holidays of the court's state for one year that its calendar does not hold yet. */
export const shippedHolidaysQuerySchema = z.object({ year: holidayYearSchema });

/** Loads the chosen ones (by date) of that preview; dates already in the calendar are left as they are. */
export const loadShippedHolidaysSchema = z.object({
  year: holidayYearSchema,
  dates: z.array(courtDateSchema).min(1, fieldMessage('Pilih sekurang-kurangnya satu cuti.')).max(200),
});

export const removeHolidaySchema = z.object({
  date: courtDateSchema,
  reason: lineText('Sebab', 200, { min: 5 }),
});

export const hijriMonthStartSchema = z.object({
  year: z
    .number({ error: fieldMessage('Tahun Hijrah mesti nombor.') })
    .int()
    .min(1300, fieldMessage('Tahun Hijrah tidak sah.'))
    .max(1600, fieldMessage('Tahun Hijrah tidak sah.')),
  month: z
    .number({ error: fieldMessage('Pilih bulan Hijrah.') })
    .int()
    .min(1, fieldMessage('Pilih bulan Hijrah.'))
    .max(12, fieldMessage('Pilih bulan Hijrah.')),
  startsOn: courtDateSchema,
});

/** The court's whole table of Hijri month starts, saved at once (the order of rows never matters). */
export const hijriMonthStartsSchema = z.object({
  rows: z.array(hijriMonthStartSchema).max(600, fieldMessage('Terlalu banyak baris dalam jadual.')),
});

export const courtDocumentSettingsSchema = z.object({
  rooms: z
    .array(nameText('Dewan mahkamah', 60))
    .min(1, fieldMessage('Sekurang-kurangnya satu dewan mahkamah.'))
    .max(20, fieldMessage('Terlalu banyak dewan mahkamah.'))
    .refine((rooms) => new Set(rooms).size === rooms.length, fieldMessage('Nama dewan mahkamah berulang.')),
  capacityPerRoom: z
    .number({ error: fieldMessage('Had kes sehari mesti nombor.') })
    .int(fieldMessage('Had kes sehari mesti nombor bulat.'))
    .min(1, fieldMessage('Had kes sehari sekurang-kurangnya 1.'))
    .max(500, fieldMessage('Had kes sehari terlalu besar.')),
  defaultTime: hearingTimeSchema,
  copies: z
    .number({ error: fieldMessage('Bilangan salinan mesti nombor.') })
    .int(fieldMessage('Bilangan salinan mesti nombor bulat.'))
    .min(1, fieldMessage('Sekurang-kurangnya 1 salinan.'))
    .max(10, fieldMessage('Paling banyak 10 salinan.')),
});
export type CourtDocumentSettings = z.output<typeof courtDocumentSettingsSchema>;

export const hearingOverrideSchema = supervisorApprovalSchema.extend({
  reason: lineText('Sebab', 300, { min: 5 }),
});

export const setHearingSchema = z.object({
  caseId: z.number().int().positive(),
  kind: z.enum(HEARING_KINDS, { error: fieldMessage('Pilih sebutan atau perbicaraan.') }),
  date: courtDateSchema,
  time: hearingTimeSchema,
  room: nameText('Dewan mahkamah', 60),
  /** A supervisor lets a date the rules refuse stand, with a reason. */
  override: hearingOverrideSchema.nullable().optional(),
});
export type SetHearingInput = z.input<typeof setHearingSchema>;

export const hearingSlotsSchema = z.object({ from: courtDateSchema.optional() });

export const issueCourtFormSchema = z.object({
  caseId: z.number().int().positive(),
  hearingId: z.number().int().positive(),
  form: z.enum(PROCEEDINGS, { error: fieldMessage('Pilih Saman atau Permohonan.') }),
  toPrinter: z.boolean(),
});

export const printDocumentSchema = z.object({ documentId: z.number().int().positive(), toPrinter: z.boolean() });

export const CAUSE_BOOK_PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
export const CAUSE_BOOK_SCOPES = ['COUNTER', 'COURT'] as const;
export type CauseBookScope = (typeof CAUSE_BOOK_SCOPES)[number];
export const causeBookSchema = z.object({
  period: z.enum(CAUSE_BOOK_PERIODS, { error: fieldMessage('Pilih hari, minggu atau bulan.') }),
  date: courtDateSchema,
  /** This counter's book, or the whole court's (this counter and every counter read from the court folder). */
  scope: z
    .enum(CAUSE_BOOK_SCOPES, { error: fieldMessage('Pilih kaunter ini atau seluruh mahkamah.') })
    .default('COUNTER'),
  toPrinter: z.boolean(),
});

/** The twelve Hijri month names as the court spells them: letters, spaces, apostrophes and hyphens. */
export const hijriMonthNamesSchema = z.object({
  names: z
    .array(
      z
        .string({ error: fieldMessage('Isikan nama bulan.') })
        .trim()
        .min(3, fieldMessage('Nama bulan sekurang-kurangnya 3 huruf.'))
        .max(30, fieldMessage('Nama bulan paling panjang 30 aksara.'))
        .regex(/^[\p{L}][\p{L}\p{M} '’-]*$/u, fieldMessage('Nama bulan hanya huruf, ruang, tanda petik dan sengkang.')),
    )
    .length(12, fieldMessage('Mesti 12 nama bulan.')),
});
