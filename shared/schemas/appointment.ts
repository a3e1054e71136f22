import { z } from 'zod';
import { partySchema } from './case';
import { caseTypeCodeSchema } from './setup';
import { lineText, multiLineText } from './text';
import { fieldMessage } from './fieldMessage';
import { hearingTimeSchema } from './courtCalendar';
import { APPOINTMENT_SESSIONS } from '../appointmentSessions';

export { APPOINTMENT_STATUSES, APPOINTMENT_STATUS_LABELS, type AppointmentStatus } from '../domain';

export const appointmentSessionSchema = z.enum(APPOINTMENT_SESSIONS, { error: fieldMessage('Pilih sesi.') });

export const appointmentDateSchema = z.iso.date(fieldMessage('Tarikh janji temu tidak sah.'));

/** A janji temu (SOP option 3): who comes, with which identity and phone, for what case type, on which day. */
export const bookAppointmentSchema = z
  .object({
    person: partySchema,
    caseTypeCode: caseTypeCodeSchema,
    date: appointmentDateSchema,
    session: appointmentSessionSchema,
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

/** A "tidak hadir" marked by mistake (the person came): booked again, the mark and this reason kept. */
export const correctNoShowSchema = appointmentIdSchema.extend({
  reason: lineText('Sebab', 300, { min: 5 }),
});

export const appointmentSlotsSchema = z.object({
  /** How many calendar days ahead to look, from today. */
  days: z.number().int().min(1).max(90).optional(),
});

export const appointmentDaySchema = z.object({ date: appointmentDateSchema });

export const printAppointmentListSchema = appointmentDaySchema.extend({ toPrinter: z.boolean() });

const sessionSettingSchema = z.object({
  start: hearingTimeSchema,
  end: hearingTimeSchema,
  capacity: z
    .number({ error: fieldMessage('Had janji temu sesi mesti nombor.') })
    .int(fieldMessage('Had janji temu sesi mesti nombor bulat.'))
    .min(0, fieldMessage('Had janji temu sesi tidak boleh kurang daripada 0.'))
    .max(500, fieldMessage('Had janji temu sesi paling banyak 500.')),
});

/** The sessions' times and room: pagi before petang, each ending after it starts, at least one open. */
export const appointmentSessionsSchema = z
  .object({ PAGI: sessionSettingSchema, PETANG: sessionSettingSchema })
  .superRefine((value, ctx) => {
    for (const session of APPOINTMENT_SESSIONS) {
      if (value[session].end <= value[session].start) {
        ctx.addIssue({
          code: 'custom',
          path: [session, 'end'],
          message: fieldMessage('Masa tamat sesi mesti selepas masa mulanya.'),
        });
      }
    }
    if (value.PETANG.start < value.PAGI.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['PETANG', 'start'],
        message: fieldMessage('Sesi petang mesti bermula selepas sesi pagi tamat.'),
      });
    }
    if (value.PAGI.capacity + value.PETANG.capacity === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAGI', 'capacity'],
        message: fieldMessage('Sekurang-kurangnya satu sesi mesti menerima janji temu.'),
      });
    }
  });

export const printAppointmentSchema = appointmentIdSchema.extend({ toPrinter: z.boolean() });
