import { FormProvider } from 'react-hook-form';
import { sessionSettingsSchema } from '@shared/schemas/session';
import { call } from '../api/client';
import { useSession } from '../app/context';
import { Field } from '../components/Field';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import { numberOrNull } from '../lib/formResolver';
import { SaveBar } from './SaveBar';
import { useSettingsForm } from './useSettingsForm';
import { unawaited } from '../app/unawaited';

interface IdleForm {
  idleSignOutMinutes: string;
}

/** Tetapan → Pengguna: after how many idle minutes a clerk is signed out. */
export function IdleSignOutSettings() {
  const { ms } = useStrings();
  const { info, refreshInfo } = useSession();
  const { methods, onSubmit, failure, saved, busy } = useSettingsForm<IdleForm, { idleSignOutMinutes: number }>({
    schema: sessionSettingsSchema,
    toInput: (v) => ({ idleSignOutMinutes: numberOrNull(v.idleSignOutMinutes) }),
    defaultValues: { idleSignOutMinutes: String(info.idleSignOutMinutes) },
    save: (v) => call('settings.updateSession', { idleSignOutMinutes: numberOrNull(v.idleSignOutMinutes) ?? 0 }),
    onSaved: refreshInfo,
    issuePath: (p) => p,
  });
  const { register, formState } = methods;
  return (
    <FormProvider {...methods}>
      <form className="form" onSubmit={(e) => unawaited(onSubmit(e))} noValidate>
        <Field
          id="idle-minutes"
          label={ms.users.idleMinutes}
          hint={ms.users.idleHint}
          error={errorAt(formState.errors, 'idleSignOutMinutes')}
          required
        >
          {(aria) => (
            <input {...aria} inputMode="numeric" className="input--short" {...register('idleSignOutMinutes')} />
          )}
        </Field>
        <SaveBar busy={busy} saved={saved} failure={failure} />
      </form>
    </FormProvider>
  );
}
