import { z } from 'zod';
import { ID_TYPES, PARTY_SIDES, PROCEEDINGS } from '../domain';
import { MAX_SEN } from '../money';
import { countryByCode } from '../countries';
import { checkMyKad, MIN_OVERRIDE_REASON } from '../mykad';
import { caseTypeCodeSchema } from './codes';
import { multiLineText, nameText, optionalLine } from './text';
import { fieldMessage } from './fieldMessage';
import { ref, type MessageRef } from '../errors';

/** Refused by the schema and again by the ledger (insertParties), so no path records "ok". */
export const OVERRIDE_TOO_SHORT =
  'Sebab meneruskan dengan No. K/P ini terlalu ringkas: nyatakan sekurang-kurangnya {min} aksara, cth. "Disemak dengan MyKad asal".' as const;

const idNumberText = z.string().max(200, fieldMessage('Nombor dokumen pengenalan terlalu panjang.'));

export const partySchema = z
  .object({
    side: z.enum(PARTY_SIDES),
    name: nameText('Nama pihak', 150),
    idType: z.enum(ID_TYPES, { error: fieldMessage('Pilih jenis dokumen pengenalan.') }),
    idNumber: idNumberText.nullable().optional(),
    /** ISO 3166-1 alpha-3 (shared/data/countries.json): required with a passport, dropped otherwise. */
    nationality: z
      .string()
      .max(3, fieldMessage('Pilih kewarganegaraan pemegang pasport daripada senarai.'))
      .nullable()
      .optional(),
    /** Why a MyKad whose date or place does not check out is still right. */
    idOverrideReason: optionalLine('Sebab', 200),
    address: multiLineText('Alamat', 300).nullable().optional(),
    phone: optionalLine('No. telefon', 30),
  })
  .transform((party, ctx) => {
    const raw = (party.idNumber ?? '').trim().toUpperCase().replace(/\s+/g, ' ');
    let idNumber: string | null = raw === '' ? null : raw;
    // Recorded with the party as the Malay sentences (ledger text); refused with their keys.
    let idWarnings: string[] = [];
    let warned: MessageRef[] = [];
    const fail = (message: string) => ctx.addIssue({ code: 'custom', path: ['idNumber'], message });
    switch (party.idType) {
      case 'MYKAD': {
        const check = checkMyKad(raw);
        if (!check.wellFormed) {
          fail(fieldMessage('No. K/P (MyKad) mesti 12 digit, cth. 850101-10-5123.'));
        } else {
          idNumber = check.formatted;
          idWarnings = check.warnings.map((w) => w.message);
          warned = check.warnings.map((w) => ref(w.key, w.values));
          if (idWarnings.length > 0 && party.idOverrideReason === null) {
            ctx.addIssue({
              code: 'custom',
              path: ['idOverrideReason'],
              message: fieldMessage('{warnings} Semak semula, atau nyatakan sebab untuk meneruskan.', {
                // One warning, or two side by side.
                warnings: warned.reduce((a, b) => ref('{first} {second}', { first: a, second: b })),
              }),
            });
          } else if (idWarnings.length > 0 && party.idOverrideReason !== null) {
            if (party.idOverrideReason.length < MIN_OVERRIDE_REASON) {
              ctx.addIssue({
                code: 'custom',
                path: ['idOverrideReason'],
                message: fieldMessage(OVERRIDE_TOO_SHORT, { min: MIN_OVERRIDE_REASON }),
              });
            }
          }
        }
        break;
      }
      case 'OLD_IC':
        if (!/^[A-Z]?\d{6,8}$/.test(raw))
          fail(fieldMessage('No. K/P lama mesti 6 hingga 8 digit, boleh didahului satu huruf (cth. A1234567).'));
        break;
      case 'PASSPORT':
        if (!/^[A-Z0-9]{5,20}$/.test(raw)) fail(fieldMessage('No. pasport mesti 5 hingga 20 huruf atau angka.'));
        if (!countryByCode(party.nationality)) {
          ctx.addIssue({
            code: 'custom',
            path: ['nationality'],
            message: fieldMessage('Pilih kewarganegaraan pemegang pasport daripada senarai.'),
          });
        }
        break;
      case 'POLICE':
      case 'ARMY':
        if (!/^[A-Z0-9][A-Z0-9/-]{2,19}$/.test(raw))
          fail(fieldMessage('No. polis/tentera mesti 3 hingga 20 huruf atau angka.'));
        break;
      case 'OTHER':
        if (raw.length < 3 || raw.length > 40 || /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(raw)) {
          fail(fieldMessage('Nombor dokumen mesti 3 hingga 40 aksara.'));
        }
        break;
      case 'NONE':
        idNumber = null;
        break;
    }
    return {
      side: party.side,
      name: party.name,
      idType: party.idType,
      idNumber,
      nationality: party.idType === 'PASSPORT' ? (party.nationality ?? null) : null,
      idWarnings,
      idOverrideReason: idWarnings.length > 0 ? party.idOverrideReason : null,
      address: party.address ?? null,
      phone: party.phone,
    };
  });
export type PartyInput = z.input<typeof partySchema>;
export type Party = z.output<typeof partySchema>;

/** What every case record holds, however its number came about. */
const caseFields = {
  caseTypeCode: caseTypeCodeSchema,
  proceeding: z.enum(PROCEEDINGS, { error: fieldMessage('Pilih Saman atau Permohonan.') }),
  parties: z.array(partySchema).max(40, fieldMessage('Terlalu banyak pihak (had 40).')),
  lawyerName: optionalLine('Nama peguam syarie', 150),
  lawyerFirm: optionalLine('Firma guaman', 150),
  claimSen: z
    .number({ error: fieldMessage('Nilai tuntutan tidak sah.') })
    .int(fieldMessage('Nilai tuntutan mesti dalam sen.'))
    .min(0, fieldMessage('Nilai tuntutan tidak boleh negatif.'))
    .max(MAX_SEN, fieldMessage('Nilai tuntutan melebihi RM 100,000,000.00: semak semula.'))
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  note: multiLineText('Catatan', 1000).nullable().optional(),
};

function needClaimant(value: { parties: Party[] }, ctx: z.RefinementCtx): void {
  if (!value.parties.some((p) => p.side === 'CLAIMANT')) {
    ctx.addIssue({
      code: 'custom',
      path: ['parties'],
      message: fieldMessage('Sekurang-kurangnya seorang Plaintif/Pemohon mesti diisi.'),
    });
  }
}

export const registerCaseSchema = z
  .object({
    ...caseFields,
    /** The appointment (janji temu) this registration fulfils, when there is one. */
    appointmentId: z.number().int().positive().nullable().optional(),
    /** Why the case is registered although another counter registered a like one (the court-folder warning). */
    duplicateReason: optionalLine('Sebab', 200).optional(),
  })
  .superRefine(needClaimant);
export type RegisterCaseInput = z.input<typeof registerCaseSchema>;
export type RegisterCase = z.output<typeof registerCaseSchema>;

/**
 * A case recorded with the number another system gave it: ESV2 (SOP option 2, with its ESV2 receipt) or
 * ESV3 before the outage (an existing case that brings documents). The number is typed, never allocated.
 */
export const givenNumberCaseSchema = z
  .object({
    ...caseFields,
    source: z.enum(['ESV2', 'ESV3_EXISTING'], { error: fieldMessage('Pilih sumber nombor kes.') }),
    caseNumber: z
      .string({ error: fieldMessage('No. kes mesti diisi.') })
      .max(40, fieldMessage('No. kes terlalu panjang.'))
      .transform((v) => v.trim().toUpperCase()),
    esv2ReceiptNumber: optionalLine('No. resit ESV2', 40),
  })
  .superRefine((value, ctx) => {
    needClaimant(value, ctx);
    if (value.caseNumber === '')
      ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: fieldMessage('No. kes mesti diisi.') });
    if (value.source === 'ESV2' && !value.esv2ReceiptNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['esv2ReceiptNumber'],
        message: fieldMessage('Isikan No. resit ESV2 bagi kes ini.'),
      });
    }
  });
export type GivenNumberCaseInput = z.input<typeof givenNumberCaseSchema>;
export type GivenNumberCase = z.output<typeof givenNumberCaseSchema>;

export const caseSearchSchema = z.object({
  query: z
    .string()
    .max(200, fieldMessage('Carian terlalu panjang.'))
    .transform((v) => v.normalize('NFC').trim()),
  fromDate: z.iso.date(fieldMessage('Tarikh mula tidak sah.')).nullable().optional(),
  toDate: z.iso.date(fieldMessage('Tarikh akhir tidak sah.')).nullable().optional(),
  /** Only the cases of one outage; null or absent for every outage. */
  outageId: z.number().int().positive().nullable().optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
});
export type CaseSearch = z.output<typeof caseSearchSchema>;

export const caseIdSchema = z.object({ caseId: z.number().int().positive(fieldMessage('Kes tidak sah.')) });
