import { useFormContext } from 'react-hook-form';
import { COURT_LEVELS } from '@shared/domain';
import type { StateView } from '@shared/views';
import { Field } from '../components/Field';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import type { CourtForm } from './model';

/** State, court code, name, level and counter id, registered under "court.*". */
export function CourtFields({ states }: { states: StateView[] }) {
  const { ms, msDomain } = useStrings();
  const {
    register,
    formState: { errors },
  } = useFormContext<{ court: CourtForm }>();
  return (
    <div className="grid grid--2">
      <Field id="court-state" label={ms.court.state} error={errorAt(errors, 'court.stateCode')} required>
        {(aria) => (
          <select {...aria} {...register('court.stateCode')}>
            <option value="">{ms.court.chooseState}</option>
            {states.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} — {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="court-level" label={ms.court.courtLevel} error={errorAt(errors, 'court.courtLevel')} required>
        {(aria) => (
          <select {...aria} {...register('court.courtLevel')}>
            <option value="">—</option>
            {COURT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {msDomain.courtLevel[level]} ({level})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="court-code"
        label={ms.court.courtCode}
        hint={ms.court.courtCodeHint}
        error={errorAt(errors, 'court.courtCode')}
        required
      >
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            maxLength={3}
            className="input--short"
            {...register('court.courtCode')}
          />
        )}
      </Field>
      <Field
        id="court-counter"
        label={ms.court.counterId}
        hint={ms.court.counterIdHint}
        error={errorAt(errors, 'court.counterId')}
        required
      >
        {(aria) => <input {...aria} maxLength={6} className="input--short" {...register('court.counterId')} />}
      </Field>
      <Field
        id="court-name"
        label={ms.court.courtName}
        hint={ms.court.courtNameHint}
        error={errorAt(errors, 'court.courtName')}
        required
        className="grid__full"
      >
        {(aria) => <input {...aria} {...register('court.courtName')} />}
      </Field>
    </div>
  );
}
