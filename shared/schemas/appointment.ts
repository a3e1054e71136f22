import { z } from 'zod';
import { partySchema } from './case';
import { caseTypeCodeSchema } from './setup';
import { lineText, multiLineText } from './text';
import { fieldMessage } from './fieldMessage';

export const APPOINTMENT_STATUSES = ['BOOKED', 'REGISTERED', 'CANCELLED', 'NO_SHOW'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  BOOKED: 'Ditempah',
  REGISTERED: 'Telah didaftarkan',
  CANCELLED: 'Dibatalkan',
  NO_SHOW: 'Tidak hadir',
};

export const appointmentDateSchema = z.iso.date(fieldMessage('Tarikh janji temu tidak sah.'));

/** A janji temu (SOP option 3): who comes, with which identity and phone, for what case type, on which day. */
export const bookAppointmentSchema = z
  .object({
    person: partySchema,
    caseTypeCode: caseTypeCodeSchema,
    date: appointmentDateSchema,
    note: multiLineText('Catatan', 500).nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.person.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['person', 'phone'],
        message: fieldMessage('No. telefon mesti diisi untuk janji temu.'),
      });
    }
    if (value.person.idType === 'NONE') {
      ctx.addIssue({
        code: 'custom',
        path: ['person', 'idNumber'],
        message: fieldMessage('Janji temu memerlukan dokumen pengenalan.'),
      });
    }
  });
export type BookAppointmentInput = z.input<typeof bookAppointmentSchema>;
export type BookAppointment = z.output<typeof bookAppointmentSchema>;

export const appointmentIdSchema = z.object({
  appointmentId: z.number().int().positive(fieldMessage('Janji temu tidak sah.')),
});

/** Cancelled or did not come: the appointment stays in the list, marked, with the reason. */
export const closeAppointmentSchema = appointmentIdSchema.extend({
  status: z.enum(['CANCELLED', 'NO_SHOW'], { error: fieldMessage('Pilih status.') }),
  reason: lineText('Sebab', 300, { min: 3 }),
});

export const appointmentSlotsSchema = z.object({
  /** How many calendar days ahead to look, from today. */
  days: z.number().int().min(1).max(90).optional(),
});

export const appointmentDaySchema = z.object({ date: appointmentDateSchema });

export const appointmentCapacitySchema = z.object({
  perDay: z
    .number({ error: fieldMessage('Had janji temu sehari mesti nombor.') })
    .int(fieldMessage('Had janji temu sehari mesti nombor bulat.'))
    .min(1, fieldMessage('Had janji temu sehari sekurang-kurangnya 1.'))
    .max(500, fieldMessage('Had janji temu sehari paling banyak 500.')),
});

export const printAppointmentSchema = appointmentIdSchema.extend({ toPrinter: z.boolean() });
