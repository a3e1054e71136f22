import type { AppointmentView } from '@shared/appointmentViews';
import type { BookAppointment } from '@shared/schemas/appointment';
import { withDocument } from '../documents/afterRecord';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import { bookAppointment } from './appointments';
import { issueAppointmentSlip } from './appointmentSlip';

/**
 * Buat janji temu: the booking, then its slip. The appointment stands whatever happens to its slip; the
 * slip is made again when printed.
 */
export function makeAppointment(
  ledger: Ledger,
  actorId: number,
  input: BookAppointment,
  log: ErrorLog,
): Promise<AppointmentView> {
  const appointment = bookAppointment(ledger, actorId, input);
  return withDocument(
    appointment,
    async (booked) => (await issueAppointmentSlip(ledger, actorId, booked.id)).appointment,
    { log, failed: `appointment ${appointment.reference}: slip not saved` },
  );
}
