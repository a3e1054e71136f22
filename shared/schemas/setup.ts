import { z } from 'zod';
import { parseTemplate } from '../caseNumber';
import { COURT_LEVELS, NUMBERING_SCOPES } from '../domain';
import { lineText, nameText, pinSchema } from './text';
import { fieldMessage } from './fieldMessage';
import { holidayListSchema } from './courtCalendar';
import { caseTypeCodeSchema, courtCodeSchema, stateCodeSchema } from './codes';

export { caseTypeCodeSchema, courtCodeSchema, stateCodeSchema } from './codes';

export const counterIdSchema = z
  .string({ error: fieldMessage('ID kaunter mesti diisi.') })
  .transform((v) => v.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{1,6}$/, fieldMessage('ID kaunter mesti 1 hingga 6 huruf atau angka (cth. K1).')));

export const yearSchema = z
  .number()
  .int(fieldMessage('Tahun tidak sah.'))
  .min(2000, fieldMessage('Tahun tidak sah.'))
  .max(2100, fieldMessage('Tahun tidak sah.'));

export const courtSchema = z.object({
  stateCode: stateCodeSchema,
  courtCode: courtCodeSchema,
  courtName: nameText('Nama mahkamah', 120),
  courtLevel: z.enum(COURT_LEVELS, { error: fieldMessage('Pilih peringkat mahkamah.') }),
  counterId: counterIdSchema,
});
export type CourtInput = z.input<typeof courtSchema>;
export type Court = z.output<typeof courtSchema>;

const numberingBase = z.object({
  template: z.string({ error: fieldMessage('Templat nombor kes mesti diisi.') }).transform((v) => v.trim()),
  scope: z.enum(NUMBERING_SCOPES, { error: fieldMessage('Pilih skop nombor siri.') }),
  blockStart: z
    .number({ error: fieldMessage('Permulaan blok mesti nombor.') })
    .int(fieldMessage('Permulaan blok mesti nombor bulat.'))
    .min(1, fieldMessage('Permulaan blok sekurang-kurangnya 1.'))
    .max(999_999, fieldMessage('Permulaan blok terlalu besar.')),
  blockSize: z
    .number({ error: fieldMessage('Saiz blok mesti nombor.') })
    .int(fieldMessage('Saiz blok mesti nombor bulat.'))
    .min(1, fieldMessage('Saiz blok sekurang-kurangnya 1.'))
    .max(999_999, fieldMessage('Saiz blok terlalu besar.'))
    .nullable(),
});

/** How this counter numbers cases. The template must be able to produce a valid number. */
export const numberingSchema = numberingBase.superRefine((value, ctx) => {
  const parsed = parseTemplate(value.template, value.scope);
  if (!parsed.ok) {
    ctx.addIssue({
      code: 'custom',
      path: ['template'],
      message: fieldMessage(parsed.problem.key, parsed.problem.values),
    });
  }
});
export type NumberingInput = z.input<typeof numberingSchema>;
export type Numbering = z.output<typeof numberingSchema>;

export const lastNumberSchema = z.object({
  /** A kod kes, or "*" when one series covers every case type. */
  caseTypeCode: z.union([caseTypeCodeSchema, z.literal('*')]),
  year: yearSchema,
  lastNumber: z
    .number({ error: fieldMessage('Nombor terakhir mesti nombor.') })
    .int(fieldMessage('Nombor terakhir mesti nombor bulat.'))
    .min(0, fieldMessage('Nombor terakhir tidak boleh negatif.'))
    .max(999_999, fieldMessage('Nombor terakhir terlalu besar.')),
});
export type LastNumber = z.output<typeof lastNumberSchema>;

export const lastNumbersSchema = z
  .array(lastNumberSchema)
  .max(2000, fieldMessage('Terlalu banyak baris nombor terakhir.'))
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const key = `${row.caseTypeCode}/${row.year}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'caseTypeCode'],
          message: fieldMessage('Kod kes {caseTypeCode} tahun {year} diisi dua kali.', {
            caseTypeCode: row.caseTypeCode,
            year: row.year,
          }),
        });
      }
      seen.add(key);
    });
  });

export const personSchema = z.object({
  name: nameText('Nama', 100),
  pin: pinSchema,
});

export const setupSchema = z.object({
  court: courtSchema,
  numbering: numberingSchema,
  lastNumbers: lastNumbersSchema,
  supervisor: personSchema,
  /** Case types to start with: the shipped list unless the court sends its own. */
  caseTypes: z.lazy(() => caseTypesSchema).optional(),
  /** The public holidays the supervisor confirmed (the shipped list of the state, unticked or added to). */
  holidays: z.lazy(() => holidayListSchema).optional(),
  /** The court recovery passphrase every backup can be opened with (the setup screen always sends it). */
  recoveryPassphrase: z
    .string()
    .min(12, fieldMessage('Frasa laluan pemulihan mesti sekurang-kurangnya 12 aksara.'))
    .max(500, fieldMessage('Frasa laluan terlalu panjang.'))
    .optional(),
});
export type SetupInput = z.input<typeof setupSchema>;

export const caseTypeSchema = z.object({
  code: caseTypeCodeSchema,
  name: lineText('Nama jenis kes', 150),
  category: z.enum(['MAL', 'JENAYAH'], { error: fieldMessage('Pilih Mal atau Jenayah.') }),
  proceeding: z.enum(['SAMAN', 'PERMOHONAN'], { error: fieldMessage('Pilih Saman atau Permohonan.') }),
  active: z.boolean(),
});
export type CaseTypeInput = z.input<typeof caseTypeSchema>;
export const caseTypesSchema = z
  .array(caseTypeSchema)
  .min(1, fieldMessage('Sekurang-kurangnya satu jenis kes.'))
  .max(2000);
