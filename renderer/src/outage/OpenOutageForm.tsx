import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { SOP_OPTIONS } from '@shared/domain';
import { openOutageSchema } from '@shared/schemas/auth';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { shownBesideField, applyServerIssues, errorAt } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';
import { fromLocalInput, toLocalInput } from '../lib/time';
import { unawaitedHandler } from '../app/unawaited';

interface OpenOutageForm {
  sopOption: string;
  startedAt: string;
  note: string;
}

function toInput(v: OpenOutageForm) {
  return {
    sopOption: Number(v.sopOption),
    startedAt: fromLocalInput(v.startedAt) ?? '',
    note: v.note.trim() === '' ? null : v.note,
  };
}

const resolver = schemaResolver<OpenOutageForm>(openOutageSchema, { toInput });

/** A supervisor opens an outage under one of the SOP's three options. */
export function OpenOutageFormView({ onOpened }: { onOpened: () => void }) {
  const { ms, msDomain } = useStrings();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<OpenOutageForm>({
    resolver,
    defaultValues: { sopOption: '1', startedAt: toLocalInput(new Date()), note: '' },
  });

  const onSubmit = async (values: OpenOutageForm) => {
    setFailure(null);
    const input = toInput(values);
    const result = await call('outage.open', { ...input, sopOption: input.sopOption as 1 | 2 | 3 });
    if (result.ok) {
      onOpened();
      return;
    }
    const rest = applyServerIssues(result.error.issues, setError, (p) => getValues(p as never) !== undefined);
    setFailure(shownBesideField(result.error, rest) ? null : result.error.message);
  };

  return (
    <form className="form" onSubmit={unawaitedHandler(handleSubmit(onSubmit))} noValidate>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <fieldset className="radio-group radio-group--stacked">
        <legend>{ms.outage.sopOption}</legend>
        {SOP_OPTIONS.map((option) => (
          <label key={option} className="radio radio--boxed">
            <input type="radio" value={String(option)} {...register('sopOption')} />
            <span>{msDomain.sopOption[option]}</span>
          </label>
        ))}
        {errorAt(errors, 'sopOption') ? <p className="field__error">{errorAt(errors, 'sopOption')}</p> : null}
      </fieldset>
      <div className="grid grid--2">
        <Field
          id="outage-start"
          label={ms.outage.startedAt}
          hint={ms.outage.startedAtHint}
          error={errorAt(errors, 'startedAt')}
          required
        >
          {(aria) => <input {...aria} type="datetime-local" {...register('startedAt')} />}
        </Field>
        <Field
          id="outage-note"
          label={`${ms.outage.note} ${ms.common.optional}`}
          hint={ms.outage.noteHint}
          error={errorAt(errors, 'note')}
        >
          {(aria) => <input {...aria} {...register('note')} />}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {ms.outage.openSubmit}
        </button>
      </div>
    </form>
  );
}
