import { ROLES, type Role } from '@shared/domain';
import { createUserSchema } from '@shared/schemas/auth';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { useSession } from '../app/context';
import { Field } from '../components/Field';
import { NewPinFields, pinsDiffer } from '../components/NewPinFields';
import { EmptyState, Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';
import { ItemFormActions } from './ItemFormActions';
import { useItemForm } from './useItemForm';
import { unawaited } from '../app/unawaited';
import { useState } from 'react';
import type { UserView } from '@shared/views';
import { PinResetDialog } from './PinResetDialog';

interface NewUserForm {
  name: string;
  role: Role;
  pin: string;
  pinConfirm: string;
}

const toInput = (v: NewUserForm) => ({ name: v.name, role: v.role, pin: v.pin });
const resolver = schemaResolver<NewUserForm>(createUserSchema, {
  toInput,
  extra: (v) => pinsDiffer(v.pin, v.pinConfirm, 'pinConfirm'),
});
const blank: NewUserForm = { name: '', role: 'CLERK', pin: '', pinConfirm: '' };

/** Clerks and supervisors of this counter: add one, or stop one signing in (never deleted). */
export function UsersSettings() {
  const { ms, msDomain } = useStrings();
  const { session } = useSession();
  const { state, reload } = useApi('auth.users', {});
  const item = useItemForm<NewUserForm>({
    resolver,
    blank,
    save: (values) => call('users.create', toInput(values)),
    saved: reload,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = item.form;
  const { failure, setFailure } = item;
  const [resetting, setResetting] = useState<UserView | null>(null);
  const [resetDone, setResetDone] = useState<string | null>(null);

  const setActive = async (userId: number, active: boolean) => {
    setFailure(null);
    const result = await call('users.setActive', { userId, active });
    if (!result.ok) setFailure(result.error.message);
    reload();
  };

  return (
    <div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {resetDone ? <Notice tone="success">{resetDone}</Notice> : null}
      {resetting ? (
        <PinResetDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onReset={(user) => {
            setResetting(null);
            setResetDone(ms.users.resetPinDone(user.name));
          }}
        />
      ) : null}
      {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
      {!state.value ? <Loading text={ms.common.loading} /> : null}
      {state.value && state.value.length === 0 ? <EmptyState>{ms.users.empty}</EmptyState> : null}
      {state.value && state.value.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{ms.users.name}</th>
              <th scope="col">{ms.users.role}</th>
              <th scope="col">{ms.users.status}</th>
              <th scope="col">{ms.users.actions}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.map((u) => (
              <tr key={u.id} className={u.active ? undefined : 'row--inactive'}>
                <td>
                  {u.name} {u.id === session.user.id ? <span className="muted">{ms.users.you}</span> : null}
                </td>
                <td>{msDomain.role[u.role]}</td>
                <td>{u.active ? ms.common.active : ms.common.inactive}</td>
                <td>
                  {u.id === session.user.id ? null : (
                    <span className="row-actions">
                      {u.active ? (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          onClick={() => {
                            setResetDone(null);
                            setResetting(u);
                          }}
                        >
                          {ms.users.resetPin}
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        onClick={() => unawaited(setActive(u.id, !u.active))}
                      >
                        {u.active ? ms.users.deactivate : ms.users.activate}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="form subform" onSubmit={(e) => unawaited(item.submit(e))} noValidate>
        <h3>{ms.users.addTitle}</h3>
        <div className="grid grid--4">
          <Field id="user-name" label={ms.users.name} error={errorAt(errors, 'name')} required>
            {(aria) => <input {...aria} autoComplete="off" {...register('name')} />}
          </Field>
          <Field id="user-role" label={ms.users.role} error={errorAt(errors, 'role')} required>
            {(aria) => (
              <select {...aria} {...register('role')}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {msDomain.role[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <NewPinFields idPrefix="user" pin={register('pin')} pinConfirm={register('pinConfirm')} errors={errors} />
        </div>
        <ItemFormActions submitting={isSubmitting} editing={false} onCancel={item.cancel} label={ms.users.add} />
      </form>
    </div>
  );
}
