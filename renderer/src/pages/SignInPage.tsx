import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { signInSchema } from '@shared/schemas/auth';
import type { CourtView, SessionView } from '@shared/views';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { errorAt } from '../lib/formErrors';
import { numberFrom, schemaResolver } from '../lib/formResolver';
import { unawaitedHandler } from '../app/unawaited';

interface SignInForm {
  userId: string;
  pin: string;
}

const toInput = (v: SignInForm) => ({ userId: numberFrom(v.userId), pin: v.pin });
const resolver = schemaResolver<SignInForm>(signInSchema, { toInput });

export function SignInPage({ court, onSignedIn }: { court: CourtView | null; onSignedIn: (s: SessionView) => void }) {
  const { ms, msDomain } = useStrings();
  const { state } = useApi('auth.users', {});
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<SignInForm>({ resolver, defaultValues: { userId: '', pin: '' } });

  const users = (state.value ?? []).filter((u) => u.active);

  const onSubmit = async (values: SignInForm) => {
    setFailure(null);
    const result = await call('auth.signIn', toInput(values));
    if (result.ok) onSignedIn(result.value);
    else {
      setFailure(result.error.message);
      setValue('pin', '');
    }
  };

  return (
    <main className="auth">
      <div className="auth__panel">
        <header className="auth__header">
          <LanguageSwitch />
          <p className="auth__app">{ms.appName}</p>
          {court ? (
            <>
              <p className="auth__court-name">{court.courtName}</p>
              <p className="auth__court">
                {ms.frame.counter} {court.counterId}
              </p>
            </>
          ) : null}
        </header>
        <h1>{ms.signIn.title}</h1>
        {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
        {state.status === 'loading' && !state.value ? <Loading text={ms.common.loading} /> : null}
        {state.status === 'ok' && users.length === 0 ? <Notice tone="warning">{ms.signIn.noUsers}</Notice> : null}
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <form onSubmit={unawaitedHandler(handleSubmit(onSubmit))} noValidate>
          <Field id="signin-user" label={ms.signIn.name} error={errorAt(errors, 'userId')} required>
            {(aria) => (
              <select {...aria} {...register('userId')}>
                <option value="">{ms.signIn.chooseName}</option>
                {users.map((u) => (
                  <option key={u.id} value={String(u.id)}>
                    {u.name} ({msDomain.role[u.role]})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="signin-pin" label={ms.signIn.pin} error={errorAt(errors, 'pin')} required>
            {(aria) => <input {...aria} type="password" inputMode="numeric" autoComplete="off" {...register('pin')} />}
          </Field>
          <button type="submit" className="button button--primary button--wide" disabled={isSubmitting}>
            {ms.signIn.submit}
          </button>
        </form>
      </div>
    </main>
  );
}
