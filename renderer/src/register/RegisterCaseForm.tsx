import { FormFailure } from '../components/FormFailure';
import { useState } from 'react';
import { FormProvider, useController, useForm, useWatch } from 'react-hook-form';
import { PROCEEDING_LABELS, PROCEEDINGS } from '../../../shared/domain';
import type { FieldIssue } from '../../../shared/errors';
import { registerCaseSchema, type RegisterCaseInput } from '../../../shared/schemas/case';
import type { CaseTypeView, CaseView } from '../../../shared/views';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { ms } from '../i18n/ms';
import { applyServerIssues, errorAt } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';
import { CaseTypePicker } from './CaseTypePicker';
import { LawyerClaimFields } from './LawyerClaimFields';
import { emptyRegisterForm, registerExtraIssues, registerRename, registerToInput, type RegisterForm } from './model';
import { NextNumberPreview } from './NextNumberPreview';
import { PartiesSection } from './PartiesSection';

const resolver = schemaResolver<RegisterForm>(registerCaseSchema, {
  toInput: registerToInput,
  rename: registerRename,
  extra: registerExtraIssues,
});

/** The registration form proper: case type, proceeding, parties, lawyer and claim. */
export function RegisterCaseForm({ types, onSaved }: { types: CaseTypeView[]; onSaved: (c: CaseView) => void }) {
  const [failure, setFailure] = useState<{ message: string; rest: FieldIssue[] } | null>(null);
  const methods = useForm<RegisterForm>({ resolver, defaultValues: emptyRegisterForm });
  const { control, handleSubmit, setValue, setError, getValues, register, formState } = methods;
  const { field: typeField } = useController({ control, name: 'caseTypeCode' });
  const [caseTypeCode, proceeding] = useWatch({ control, name: ['caseTypeCode', 'proceeding'] });

  const onSubmit = async (values: RegisterForm) => {
    setFailure(null);
    // The resolver has just validated these values with registerCaseSchema.
    const result = await call('cases.register', registerToInput(values) as RegisterCaseInput);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const rest = applyServerIssues(
      result.error.issues,
      setError,
      (p) => getValues(p as never) !== undefined,
      registerRename,
    );
    setFailure({ message: result.error.message, rest });
    window.scrollTo({ top: 0 });
  };

  const hasErrors = formState.submitCount > 0 && Object.keys(formState.errors).length > 0;

  return (
    <FormProvider {...methods}>
      <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={ms.register.title}>
        <FormFailure failure={failure} hasErrors={hasErrors} />
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
                    <span>{PROCEEDING_LABELS[p]}</span>
                  </label>
                ))}
              </div>
              <p className="field__hint">{ms.register.proceedingHint}</p>
              {errorAt(formState.errors, 'proceeding') ? (
                <p className="field__error">{errorAt(formState.errors, 'proceeding')}</p>
              ) : null}
            </fieldset>
          </div>
          {/^\d{3}$/.test(caseTypeCode) ? <NextNumberPreview caseTypeCode={caseTypeCode} /> : null}
        </section>
        <PartiesSection proceeding={proceeding === '' ? 'SAMAN' : proceeding} />
        <section className="section">
          <h2>{ms.register.lawyerSection}</h2>
          <LawyerClaimFields />
        </section>
        <div className="form__actions form__actions--sticky">
          <button type="submit" className="button button--primary button--large" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? ms.common.saving : ms.register.submit}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
