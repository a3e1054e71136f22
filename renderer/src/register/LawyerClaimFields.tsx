import { useFormContext } from 'react-hook-form';
import { Field } from '../components/Field';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import type { RegisterForm } from './model';

/** Optional peguam syarie, claim value in ringgit, and a note. */
export function LawyerClaimFields() {
  const { ms } = useStrings();
  const {
    register,
    formState: { errors },
  } = useFormContext<RegisterForm>();
  return (
    <div className="grid grid--3">
      <Field
        id="lawyer-name"
        label={`${ms.register.lawyerName} ${ms.common.optional}`}
        error={errorAt(errors, 'lawyerName')}
      >
        {(aria) => <input {...aria} autoComplete="off" {...register('lawyerName')} />}
      </Field>
      <Field
        id="lawyer-firm"
        label={`${ms.register.lawyerFirm} ${ms.common.optional}`}
        error={errorAt(errors, 'lawyerFirm')}
      >
        {(aria) => <input {...aria} autoComplete="off" {...register('lawyerFirm')} />}
      </Field>
      <Field
        id="claim"
        label={`${ms.register.claim} ${ms.common.optional}`}
        hint={ms.register.claimHint}
        error={errorAt(errors, 'claimText')}
      >
        {(aria) => (
          <div className="money">
            <span className="money__prefix" aria-hidden="true">
              RM
            </span>
            <input {...aria} inputMode="decimal" autoComplete="off" {...register('claimText')} />
          </div>
        )}
      </Field>
      <Field
        id="case-note"
        label={`${ms.register.note} ${ms.common.optional}`}
        error={errorAt(errors, 'note')}
        className="grid__full"
      >
        {(aria) => <textarea {...aria} rows={2} {...register('note')} />}
      </Field>
    </div>
  );
}
