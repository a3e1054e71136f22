import { useFormContext } from 'react-hook-form';
import { Field } from '../components/Field';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';

export interface RecoveryForm {
  passphrase: string;
  confirm: string;
}

/** The court recovery passphrase, typed twice, under "recovery.*": every backup opens with it. */
export function RecoveryPassphraseFields() {
  const { msBackup: t } = useStrings();
  const {
    register,
    formState: { errors },
  } = useFormContext<{ recovery: RecoveryForm }>();
  return (
    <>
      <p className="muted">{t.passphrase.intro}</p>
      <div className="grid grid--2">
        <Field
          id="recovery-passphrase"
          label={t.passphrase.field}
          hint={t.passphrase.hint}
          error={errorAt(errors, 'recovery.passphrase')}
          required
        >
          {(aria) => (
            <input {...aria} type="password" autoComplete="new-password" {...register('recovery.passphrase')} />
          )}
        </Field>
        <Field id="recovery-confirm" label={t.passphrase.confirm} error={errorAt(errors, 'recovery.confirm')} required>
          {(aria) => <input {...aria} type="password" autoComplete="new-password" {...register('recovery.confirm')} />}
        </Field>
      </div>
    </>
  );
}
