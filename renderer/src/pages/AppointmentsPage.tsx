import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AppointmentView } from '@shared/appointmentViews';
import type { PrintResultView } from '@shared/receiptViews';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { useOutage } from '../app/context';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { MALAY, useStrings } from '../i18n/strings';
import { todayInCourt } from '../lib/time';
import { AppointmentForm } from '../sopPaths/AppointmentForm';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { EmptyHint } from '../components/EmptyHint';
import { unawaited } from '../app/unawaited';
import { DateInput } from '../components/DateInput';
import { Field } from '../components/Field';
import { toDayMonthYear } from '@shared/dayMonthYear';
import { PrintButtons } from '../printing/PrintButtons';

/** The reason goes into the ledger: recorded in Malay whatever language the screen is in. */
const RECORDED_NO_SHOW_REASON = MALAY.msSop.appointments.noShowReason;

/** Janji Temu: book under SOP option 3, print the slip, list a day, and register an appointment once registration reopens. */
export function AppointmentsPage() {
  const { ms } = useStrings();
  const t = useStrings().msSop.appointments;
  const { outage } = useOutage();
  const { state: types } = useApi('caseTypes.list', {});
  const [booked, setBooked] = useState<AppointmentView | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [day, setDay] = useState(todayInCourt());
  const [listKey, setListKey] = useState(0);

  let booking;
  if (outage === undefined || !types.value) booking = <Loading text={ms.common.loading} />;
  else if (outage?.sopOption !== 3) booking = <Notice tone="info">{t.notOption3}</Notice>;
  else if (booked) {
    booking = (
      <BookedSlip
        appointment={booked}
        onAnother={() => {
          setBooked(null);
          setFormKey((k) => k + 1);
        }}
      />
    );
  } else {
    booking = (
      <AppointmentForm
        key={formKey}
        types={types.value.filter((x) => x.active)}
        onBooked={(a) => {
          setBooked(a);
          setDay(a.date);
          setListKey((k) => k + 1);
        }}
      />
    );
  }

  return (
    <div className="page">
      <h1>{t.title}</h1>
      {outage?.sopOption === 3 ? <p className="lead">{t.intro}</p> : null}
      <section className="section no-print">
        <h2>{t.bookTitle}</h2>
        {booking}
      </section>
      <DayList key={listKey} day={day} onDay={setDay} registrationOpen={outage?.sopOption === 1} />
    </div>
  );
}

function BookedSlip({ appointment, onAnother }: { appointment: AppointmentView; onAnother: () => void }) {
  const t = useStrings().msSop.appointments;
  const { courtDate } = useStrings().msDomain;
  const [result, setResult] = useState<PrintResultView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const print = async (toPrinter: boolean) => {
    setError(null);
    const answer = await call('appointments.print', { appointmentId: appointment.id, toPrinter });
    if (answer.ok) setResult(answer.value);
    else setError(answer.error.message);
  };
  return (
    <div data-testid="appointment-booked">
      <Notice tone="success" title={t.booked(appointment.reference)}>
        <p>
          <strong className="case-number" data-testid="appointment-reference">
            {appointment.reference}
          </strong>{' '}
          — {appointment.personName}, {courtDate(appointment.dayName)}, {toDayMonthYear(appointment.date)}
        </p>
      </Notice>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => unawaited(print(true))}>
          {t.printSlip}
        </button>
        <button type="button" className="button button--secondary" onClick={() => unawaited(print(false))}>
          {t.saveSlip}
        </button>
        <button type="button" className="button button--ghost" onClick={onAnother}>
          {t.another}
        </button>
      </div>
      {result ? (
        <Notice tone="success">
          {result.printed && result.printerName ? t.slipPrinted(result.printerName) : t.slipSaved(result.pdfFile)}
        </Notice>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}

function DayList({
  day,
  onDay,
  registrationOpen,
}: {
  day: string;
  onDay: (d: string) => void;
  registrationOpen: boolean;
}) {
  const { msCounter } = useStrings();
  const { ms, msDomain } = useStrings();
  const t = useStrings().msSop.appointments;
  const navigate = useNavigate();
  const { state, reload } = useApi('appointments.forDay', { date: day });
  const [error, setError] = useState<string | null>(null);
  const list = state.value;
  const [cancelling, setCancelling] = useState<{ id: number; reason: string } | null>(null);
  const [noShow, setNoShow] = useState<AppointmentView | null>(null);
  const [correcting, setCorrecting] = useState<{ id: number; reason: string } | null>(null);
  const correct = async (id: number, reason: string) => {
    setError(null);
    const result = await call('appointments.correctNoShow', { appointmentId: id, reason });
    if (result.ok) {
      setCorrecting(null);
      reload();
    } else setError(result.error.message);
  };
  const close = async (id: number, status: 'NO_SHOW' | 'CANCELLED', reason: string) => {
    setError(null);
    const result = await call('appointments.close', { appointmentId: id, status, reason });
    if (result.ok) {
      setCancelling(null);
      reload();
    } else setError(result.error.message);
  };
  return (
    <section className="section" data-testid="appointment-day">
      <h2>{t.dayTitle}</h2>
      <div className="form__actions no-print">
        <Field id="appointment-day-date" label={t.dayDate}>
          {(aria) => <DateInput {...aria} value={day} onChange={onDay} />}
        </Field>
      </div>
      {day ? <PrintButtons key={day} target={{ kind: 'appointmentList', date: day, label: t.printList }} /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!list ? (
        <Loading text={ms.common.loading} />
      ) : (
        <>
          <p className="muted">
            {msDomain.courtDate(list.dayName)}, {toDayMonthYear(list.date)} —{' '}
            {list.sessions.map((s) => t.sessionsRoom(t.sessionName[s.session], s.booked, s.capacity)).join(' · ')}
          </p>
          {list.appointments.length === 0 ? (
            <EmptyHint title={t.noneOnDay} what={msCounter.empty.appointmentsWhat} />
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t.colRef}</th>
                  <th scope="col">{t.colSession}</th>
                  <th scope="col">{t.colName}</th>
                  <th scope="col">{t.colId}</th>
                  <th scope="col">{t.colPhone}</th>
                  <th scope="col">{t.colType}</th>
                  <th scope="col">{t.colStatus}</th>
                  <th scope="col" className="no-print">
                    {t.colAction}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.appointments.map((a) => (
                  <tr key={a.id}>
                    <td className="code nowrap">{a.reference}</td>
                    <td className="nowrap">
                      {a.session ? t.sessionName[a.session] : t.wholeDay}
                      <div className="muted">
                        {msDomain.hearingTime(a.sessionStart)} – {msDomain.hearingTime(a.sessionEnd)}
                      </div>
                    </td>
                    <td>{a.personName}</td>
                    <td>
                      <span className="muted">{msDomain.idType[a.idType]}</span>
                      {a.idNumber ? <div className="code">{a.idNumber}</div> : null}
                    </td>
                    <td className="nowrap">{a.phone}</td>
                    <td>
                      <span className="code">{a.caseTypeCode}</span> {a.caseTypeName}
                    </td>
                    <td>
                      {msDomain.appointmentStatus[a.status]}
                      {a.noShowCorrection ? (
                        <div className="muted">
                          {t.corrected(a.noShowCorrection.correctedBy, a.noShowCorrection.reason)}
                        </div>
                      ) : null}
                      {a.caseId ? (
                        <div>
                          <Link to={routes.case(a.caseId)}>{a.caseNumber}</Link>
                        </div>
                      ) : null}
                    </td>
                    <td className="no-print">
                      {a.status === 'BOOKED' ? (
                        <div className="form__actions">
                          {registrationOpen ? (
                            <button
                              type="button"
                              className="button button--primary"
                              onClick={() => unawaited(navigate(routes.registerFromAppointment(a.id)))}
                            >
                              {t.register}
                            </button>
                          ) : null}
                          <button type="button" className="button button--ghost" onClick={() => setNoShow(a)}>
                            {t.noShow}
                          </button>
                          {cancelling?.id === a.id ? (
                            <>
                              <input
                                aria-label={t.cancelReason}
                                placeholder={t.cancelReason}
                                value={cancelling.reason}
                                onChange={(e) => setCancelling({ id: a.id, reason: e.target.value })}
                              />
                              <button
                                type="button"
                                className="button button--secondary"
                                onClick={() => unawaited(close(a.id, 'CANCELLED', cancelling.reason))}
                              >
                                {t.confirmCancel}
                              </button>
                            </>
                          ) : (
                            <button
                              type="button"
                              className="button button--ghost"
                              onClick={() => setCancelling({ id: a.id, reason: '' })}
                            >
                              {t.cancel}
                            </button>
                          )}
                        </div>
                      ) : null}
                      {a.status === 'NO_SHOW' ? (
                        <div className="form__actions">
                          {correcting?.id === a.id ? (
                            <>
                              <input
                                aria-label={t.correctReason}
                                placeholder={t.correctReason}
                                value={correcting.reason}
                                onChange={(e) => setCorrecting({ id: a.id, reason: e.target.value })}
                              />
                              <button
                                type="button"
                                className="button button--secondary"
                                onClick={() => unawaited(correct(a.id, correcting.reason))}
                              >
                                {t.confirmCorrect}
                              </button>
                            </>
                          ) : (
                            <button
                              type="button"
                              className="button button--ghost"
                              onClick={() => setCorrecting({ id: a.id, reason: '' })}
                            >
                              {t.correctNoShow}
                            </button>
                          )}
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {noShow ? (
        <ConfirmDialog
          title={msCounter.confirm.noShowTitle(noShow.reference)}
          body={msCounter.confirm.noShowBody}
          confirmLabel={msCounter.confirm.noShowConfirm}
          onConfirm={() => close(noShow.id, 'NO_SHOW', RECORDED_NO_SHOW_REASON).then(() => setNoShow(null))}
          onCancel={() => setNoShow(null)}
        />
      ) : null}
    </section>
  );
}
