import { z } from 'zod';
import { OUTAGE_CLOSE_KINDS, ROLES, SOP_OPTIONS } from '../domain';
import { lineText, multiLineText, nameText, pinSchema } from './text';
import { ownPinField } from './ownPin';
import { fieldMessage } from './fieldMessage';

export const signInSchema = z.object({
  userId: z
    .number({ error: fieldMessage('Pilih nama anda.') })
    .int()
    .positive(fieldMessage('Pilih nama anda.')),
  pin: z
    .string({ error: fieldMessage('PIN mesti diisi.') })
    .min(1, fieldMessage('PIN mesti diisi.'))
    .max(12, fieldMessage('PIN salah.')),
});

export const createUserSchema = z.object({
  name: nameText('Nama', 100),
  role: z.enum(ROLES, { error: fieldMessage('Pilih peranan.') }),
  pin: pinSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

/** A supervisor gives a user who forgot their PIN a new one (they are signed out everywhere). */
export const resetPinSchema = z.object({
  userId: z.number().int().positive(),
  pin: pinSchema,
});
export type ResetPinInput = z.input<typeof resetPinSchema>;

export const openOutageSchema = z.object({
  sopOption: z.union(
    SOP_OPTIONS.map((n) => z.literal(n)),
    { error: fieldMessage('Pilih pilihan SOP 1, 2 atau 3.') },
  ),
  startedAt: z.iso.datetime({ offset: true, error: fieldMessage('Masa mula tidak sah.') }),
  note: multiLineText('Catatan', 1000).nullable().optional(),
});
export type OpenOutageInput = z.input<typeof openOutageSchema>;

export const closeOutageSchema = z.object({
  outageId: z.number().int().positive(),
  /** ESV3_PULIH turns the counter to the recovery worklist. */
  closeKind: z
    .enum(OUTAGE_CLOSE_KINDS, { error: fieldMessage('Pilih sebab tempoh gangguan ditutup.') })
    .default('LAIN'),
  note: multiLineText('Catatan', 1000).nullable().optional(),
});

/**
 * A supervisor changes the SOP option of the open outage (the state moved from option 1 to 2, say): the
 * outage stays one, a new option period begins. The reason is at least 10 characters, as an override's;
 * the supervisor's own PIN confirms it.
 */
export const changeSopOptionSchema = z.object({
  outageId: z.number().int().positive(),
  sopOption: z.union(
    SOP_OPTIONS.map((n) => z.literal(n)),
    { error: fieldMessage('Pilih pilihan SOP 1, 2 atau 3.') },
  ),
  reason: lineText('Sebab', 300, { min: 10 }),
  supervisorPin: ownPinField,
});
export type ChangeSopOptionInput = z.input<typeof changeSopOptionSchema>;
