import { useState } from 'react';
import { useLeaveGuard } from '../keyboard/useLeaveGuard';
import { FormProvider, useController, useForm } from 'react-hook-form';
import type { AppointmentView } from '@shared/appointmentViews';
import type { FieldIssue } from '@shared/errors';
import { bookAppointmentSchema, type BookAppointmentInput } from '@shared/schemas/appointment';
import type { CaseTypeView } from '@shared/views';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { FormFailure } from '../components/FormFailure';
import { useStrings } from '../i18n/strings';
import { shownBesideField, applyServerIssues, errorAt } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';
import { CaseTypePicker } from '../register/CaseTypePicker';
import { emptyRegisterForm, registerExtraIssues, registerToInput, type RegisterForm } from '../register/model';
import { PartyFieldset } from '../register/PartyFieldset';
import { unawaitedHandler } from '../app/unawaited';
import type { AppointmentSession } from '@shared/appointmentSessions';
import { addDays } from '@shared/time';
import { DateInput } from '../components/DateInput';
import { todayInCourt } from '../lib/time';

/** The registration form's values plus the day: the person is party 0, so the party fields are reused as they are. */
type BookingForm = RegisterForm & { date: string; session: AppointmentSession | '' };

function toInput(v: BookingForm) {
  const [person] = registerToInput(v).parties;
  return { person, caseTypeCode: v.caseTypeCode, date: v.date, session: v.session, note: v.note };
}

const rename = Object.fromEntries(
  ['name', 'idType', 'idNumber', 'nationality', 'idOverrideReason', 'phone'].map((f) => [
    `person.${f}`,
    `parties.0.${f}`,
  ]),
);

const resolver = schemaResolver<BookingForm>(bookAppointmentSchema, {
  toInput,
  rename,
  extra: (v) => registerExtraIssues(v).filter((i) => i.path.startsWith('parties.0')),
});

/** Ambil janji temu: the person (with the MyKad check), the case type wanted, and a day with room. */
export function AppointmentForm({
  types,
  onBooked,
}: {
  types: CaseTypeView[];
  onBooked: (a: AppointmentView) => void;
}) {
  const { ms, msSop, msDomain } = useStrings();
  const [failure, setFailure] = useState<{ message: string; rest: FieldIssue[] } | null>(null);
  const { state: slots } = useApi('appointments.slots', { days: 90 });
  const methods = useForm<BookingForm>({ resolver, defaultValues: { ...emptyRegisterForm, date: '', session: '' } });
  const { control, handleSubmit, register, setError, getValues, formState } = methods;
  const { field: typeField } = useController({ control, name: 'caseTypeCode' });
  const { field: dateField } = useController({ control, name: 'date' });
  const { field: sessionField } = useController({ control, name: 'session' });
  const today = todayInCourt();
  const day = (slots.value?.slots ?? []).find((s) => s.date === dateField.value);
  // Not isSubmitSuccessful: react-hook-form sets it for a submit the ledger then refused (a refusal not on a
  // field, e.g. a last ESV3 number not set), and the typed input would be lost without asking.
  const [saved, setSaved] = useState(false);
  const allowLeave = useLeaveGuard(formState.isDirty && !saved);

  const onSubmit = async (values: BookingForm) => {
    setFailure(null);
    const result = await call('appointments.book', toInput(values) as BookAppointmentInput);
    if (result.ok) {
      setSaved(true);
      allowLeave();
      onBooked(result.value);
      return;
    }
    const rest = applyServerIssues(result.error.issues, setError, (p) => getValues(p as never) !== undefined, rename);
    setFailure(shownBesideField(result.error, rest) ? null : { message: result.error.message, rest });
  };
  const hasErrors = formState.submitCount > 0 && Object.keys(formState.errors).length > 0;

  return (
    <FormProvider {...methods}>
      <form
        className="form"
        onSubmit={unawaitedHandler(handleSubmit(onSubmit))}
        noValidate
        aria-label={msSop.appointments.bookTitle}
      >
        <FormFailure failure={failure} hasErrors={hasErrors} />
        <PartyFieldset index={0} ordinal={1} proceeding="PERMOHONAN" onRemove={null} phoneRequired />
        <div className="grid grid--2">
          <Field
            id="appointment-type"
            label={msSop.appointments.caseType}
            error={errorAt(formState.errors, 'caseTypeCode')}
            required
          >
            {(aria) => (
              <CaseTypePicker
                aria={aria}
                types={types}
                value={typeField.value}
                inputRef={typeField.ref}
                onChange={(type) => typeField.onChange(type?.code ?? '')}
              />
            )}
          </Field>
          <Field
            id="appointment-date"
            label={msSop.appointments.date}
            error={errorAt(formState.errors, 'date')}
            required
          >
            {(aria) => (
              <DateInput
                {...aria}
                value={dateField.value}
                min={today}
                max={addDays(today, 90)}
                onChange={(d) => {
                  dateField.onChange(d);
                  sessionField.onChange('');
                }}
              />
            )}
          </Field>
        </div>
        <fieldset className="field" aria-describedby="appointment-session-error" data-testid="appointment-sessions">
          <legend className="field__label">
            {msSop.appointments.session} <span aria-hidden="true">*</span>
          </legend>
          {!dateField.value ? (
            <p className="muted">{msSop.appointments.chooseDateFirst}</p>
          ) : !day || day.sessions.length === 0 ? (
            <p className="muted">{msSop.appointments.noSessionsOnDay}</p>
          ) : (
            <div className="form__actions">
              {day.sessions.map((s) => {
                const left = Math.max(0, s.capacity - s.booked);
                const name = msSop.appointments.sessionTimes(
                  msSop.appointments.sessionName[s.session],
                  msDomain.hearingTime(s.start),
                  msDomain.hearingTime(s.end),
                );
                return (
                  <label key={s.session} className="choice">
                    <input
                      type="radio"
                      name="appointment-session"
                      value={s.session}
                      checked={sessionField.value === s.session}
                      // A full session cannot be chosen; the ledger still refuses one filled meanwhile.
                      disabled={left === 0}
                      onChange={() => sessionField.onChange(s.session)}
                    />{' '}
                    {left > 0
                      ? `${name} — ${msSop.appointments.sessionLeft(left, s.capacity)}`
                      : `${name} (${msSop.appointments.sessionFull})`}
                  </label>
                );
              })}
            </div>
          )}
          {errorAt(formState.errors, 'session') ? (
            <p id="appointment-session-error" className="field__error" role="alert">
              {errorAt(formState.errors, 'session')}
            </p>
          ) : null}
        </fieldset>
        <Field id="appointment-note" label={msSop.appointments.note} error={errorAt(formState.errors, 'note')}>
          {(aria) => <input {...aria} {...register('note')} />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary button--large" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? ms.common.saving : msSop.appointments.submit}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
