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
import { toDayMonthYear } from '@shared/dayMonthYear';

/** The registration form's values plus the day: the person is party 0, so the party fields are reused as they are. */
type BookingForm = RegisterForm & { date: string };

function toInput(v: BookingForm) {
  const [person] = registerToInput(v).parties;
  return { person, caseTypeCode: v.caseTypeCode, date: v.date, note: v.note };
}

const rename = Object.fromEntries(
  ['name', 'idType', 'idNumber', 'idOverrideReason', 'phone'].map((f) => [`person.${f}`, `parties.0.${f}`]),
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
  const { state: slots } = useApi('appointments.slots', { days: 30 });
  const methods = useForm<BookingForm>({ resolver, defaultValues: { ...emptyRegisterForm, date: '' } });
  const { control, handleSubmit, register, setError, getValues, formState } = methods;
  const { field: typeField } = useController({ control, name: 'caseTypeCode' });
  const allowLeave = useLeaveGuard(formState.isDirty && !formState.isSubmitSuccessful);

  const onSubmit = async (values: BookingForm) => {
    setFailure(null);
    const result = await call('appointments.book', toInput(values) as BookAppointmentInput);
    if (result.ok) {
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
        <PartyFieldset index={0} ordinal={1} proceeding="PERMOHONAN" onRemove={null} />
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
              <select {...aria} {...register('date')}>
                <option value="">{msSop.appointments.chooseDate}</option>
                {(slots.value?.slots ?? []).map((s) => {
                  const free = s.capacity - s.booked;
                  return (
                    <option key={s.date} value={s.date} disabled={free <= 0}>
                      {free > 0
                        ? msSop.appointments.slot(msDomain.courtDate(s.dayName), toDayMonthYear(s.date), free)
                        : msSop.appointments.full(msDomain.courtDate(s.dayName), toDayMonthYear(s.date))}
                    </option>
                  );
                })}
              </select>
            )}
          </Field>
        </div>
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
