import { FormFailure } from '../components/FormFailure';
import { useState } from 'react';
import { FormProvider, useController, useForm, useWatch } from 'react-hook-form';
import { PROCEEDINGS } from '@shared/domain';
import type { FieldIssue } from '@shared/errors';
import {
  givenNumberCaseSchema,
  registerCaseSchema,
  type GivenNumberCaseInput,
  type RegisterCaseInput,
} from '@shared/schemas/case';
import type { CaseTypeView, CaseView } from '@shared/views';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { useStrings } from '../i18n/strings';
import { shownBesideField, applyServerIssues, errorAt } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';
import { CaseTypePicker } from './CaseTypePicker';
import { LawyerClaimFields } from './LawyerClaimFields';
import {
  emptyRegisterForm,
  givenToInput,
  registerExtraIssues,
  registerRename,
  registerToInput,
  type RegisterForm,
} from './model';
import { GivenNumberFields } from './GivenNumberFields';
import { NextNumberPreview } from './NextNumberPreview';
import { PartiesSection } from './PartiesSection';
import { useLeaveGuard } from '../keyboard/useLeaveGuard';
import { useFocusOnArrival } from '../keyboard/useFocusOnArrival';
import { FormKeys } from '../keyboard/FormKeys';
import { unawaitedHandler } from '../app/unawaited';

const resolver = schemaResolver<RegisterForm>(registerCaseSchema, {
  toInput: registerToInput,
  rename: registerRename,
  extra: registerExtraIssues,
});

const givenResolver = schemaResolver<RegisterForm>(givenNumberCaseSchema, {
  toInput: givenToInput,
  rename: registerRename,
  extra: registerExtraIssues,
});

export interface RegisterCaseFormProps {
  types: CaseTypeView[];
  onSaved: (c: CaseView) => void;
  /** Record a case under a number ESV2 or ESV3 gave (typed, not allocated): fixed to ESV2, or chosen. */
  given?: 'ESV2' | 'CHOOSE';
  /** Values carried over, e.g. from an appointment. */
  initial?: RegisterForm;
  /** The appointment this registration fulfils. */
  appointmentId?: number;
}

/** The registration form proper: case type, proceeding, parties, lawyer and claim. */
export function RegisterCaseForm({ types, onSaved, given, initial, appointmentId }: RegisterCaseFormProps) {
  const { ms, msSop, msDomain } = useStrings();
  const [failure, setFailure] = useState<{ message: string; rest: FieldIssue[] } | null>(null);
  const methods = useForm<RegisterForm>({
    resolver: given ? givenResolver : resolver,
    defaultValues: initial ?? (given === 'ESV2' ? { ...emptyRegisterForm, source: 'ESV2' } : emptyRegisterForm),
  });
  const { control, handleSubmit, setValue, setError, getValues, register, formState } = methods;
  const { field: typeField } = useController({ control, name: 'caseTypeCode' });
  const [caseTypeCode, proceeding] = useWatch({ control, name: ['caseTypeCode', 'proceeding'] });
  // Not isSubmitSuccessful: react-hook-form sets it for a submit the ledger then refused (a refusal not on a
  // field, e.g. a last ESV3 number not set), and the typed input would be lost without asking.
  const [saved, setSaved] = useState(false);
  // Another counter registered a like case (the court folder): the reason field stays once asked for.
  const [duplicateWarned, setDuplicateWarned] = useState(false);
  const allowLeave = useLeaveGuard(formState.isDirty && !saved, { escBack: true });
  useFocusOnArrival(given ? 'given-case-number' : 'case-type', 'case-type');

  const onSubmit = async (values: RegisterForm) => {
    setFailure(null);
    // The resolver has just validated these values with the same schema main uses.
    const result = given
      ? await call('cases.recordGiven', givenToInput(values) as GivenNumberCaseInput)
      : await call('cases.register', { ...(registerToInput(values) as RegisterCaseInput), appointmentId });
    if (result.ok) {
      setSaved(true);
      allowLeave();
      onSaved(result.value);
      return;
    }
    if (result.error.issues?.some((i) => i.path === 'duplicateReason')) setDuplicateWarned(true);
    const rest = applyServerIssues(
      result.error.issues,
      setError,
      (p) => getValues(p as never) !== undefined,
      registerRename,
    );
    setFailure(shownBesideField(result.error, rest) ? null : { message: result.error.message, rest });
    window.scrollTo({ top: 0 });
  };

  const hasErrors = formState.submitCount > 0 && Object.keys(formState.errors).length > 0;

  return (
    <FormProvider {...methods}>
      <form
        className="form"
        onSubmit={unawaitedHandler(handleSubmit(onSubmit))}
        noValidate
        aria-label={ms.register.title}
      >
        <FormFailure failure={failure} hasErrors={hasErrors} />
        {given ? <GivenNumberFields chooseSource={given === 'CHOOSE'} /> : null}
        <section className="section">
          <h2>{ms.register.caseSection}</h2>
          <div className="grid grid--2">
            <Field
              id="case-type"
              label={ms.register.caseType}
              hint={ms.register.caseTypeHint}
              error={errorAt(formState.errors, 'caseTypeCode')}
              required
            >
              {(aria) => (
                <CaseTypePicker
                  aria={aria}
                  types={types}
                  value={typeField.value}
                  inputRef={typeField.ref}
                  onChange={(type) => {
                    typeField.onChange(type?.code ?? '');
                    if (type) setValue('proceeding', type.proceeding, { shouldValidate: formState.submitCount > 0 });
                  }}
                />
              )}
            </Field>
            <fieldset className="radio-group">
              <legend>{ms.register.proceeding}</legend>
              <div className="radio-row">
                {PROCEEDINGS.map((p) => (
                  <label key={p} className="radio radio--boxed">
                    <input type="radio" value={p} {...register('proceeding')} />
                    <span>{msDomain.proceeding[p]}</span>
                  </label>
                ))}
              </div>
              <p className="field__hint">{ms.register.proceedingHint}</p>
              {errorAt(formState.errors, 'proceeding') ? (
                <p className="field__error">{errorAt(formState.errors, 'proceeding')}</p>
              ) : null}
            </fieldset>
          </div>
          {!given && /^\d{3}$/.test(caseTypeCode) ? <NextNumberPreview caseTypeCode={caseTypeCode} /> : null}
        </section>
        <PartiesSection proceeding={proceeding === '' ? 'SAMAN' : proceeding} />
        <section className="section">
          <h2>{ms.register.lawyerSection}</h2>
          <LawyerClaimFields />
        </section>
        {!given && (duplicateWarned || errorAt(formState.errors, 'duplicateReason')) ? (
          <section className="section" data-testid="court-duplicate">
            <h2>{ms.register.duplicateSection}</h2>
            <Field
              id="duplicate-reason"
              label={ms.register.duplicateReason}
              hint={ms.register.duplicateHint}
              error={errorAt(formState.errors, 'duplicateReason')}
              required
            >
              {(aria) => <input {...aria} autoComplete="off" {...register('duplicateReason')} />}
            </Field>
          </section>
        ) : null}
        <div className="form__actions form__actions--sticky">
          <button type="submit" className="button button--primary button--large" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? ms.common.saving : given ? msSop.given.submit : ms.register.submit}
          </button>
          <FormKeys />
        </div>
      </form>
    </FormProvider>
  );
}
