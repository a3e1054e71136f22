import { actorId, domainRoutes } from '../../routing/routes';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import type { Printing } from '../printing/print';
import {
  appointmentSlots,
  appointmentsForDay,
  closeAppointment,
  correctNoShow,
  getAppointment,
  setAppointmentSessions,
} from './appointments';
import { printAppointmentSlip } from './appointmentSlip';
import { printAppointmentList } from './appointmentList';
import { makeAppointment } from './workflows';

export interface AppointmentPorts {
  printing: Printing;
  log: ErrorLog;
}

/** Appointments (janji temu) and their slips. */
export function appointmentRoutes(ledger: Ledger, ports: AppointmentPorts) {
  return domainRoutes({
    'appointments.slots': (input) => appointmentSlots(ledger, input.days),
    'appointments.book': (input, ctx) => makeAppointment(ledger, actorId(ctx), input, ports.log),
    'appointments.get': (input) => getAppointment(ledger, input.appointmentId),
    'appointments.forDay': (input) => appointmentsForDay(ledger, input.date),
    'appointments.close': (input, ctx) =>
      closeAppointment(ledger, actorId(ctx), input.appointmentId, input.status, input.reason),
    'appointments.print': (input, ctx) =>
      printAppointmentSlip(ledger, ports.printing, actorId(ctx), input.appointmentId, input.toPrinter),
    'appointments.correctNoShow': (input, ctx) =>
      correctNoShow(ledger, actorId(ctx), input.appointmentId, input.reason),
    'appointments.printList': (input, ctx) =>
      printAppointmentList(ledger, ports.printing, actorId(ctx), input.date, input.toPrinter),
    'appointments.setSessions': (input, ctx) => setAppointmentSessions(ledger, actorId(ctx), input),
  });
}
