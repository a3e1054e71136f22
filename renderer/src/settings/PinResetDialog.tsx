import { useForm } from 'react-hook-form';
import { resetPinSchema } from '@shared/schemas/auth';
import type { UserView } from '@shared/views';
import { call } from '../api/client';
import { unawaitedHandler } from '../app/unawaited';
import { Dialog } from '../components/Dialog';
import { NewPinFields, pinsDiffer } from '../components/NewPinFields';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { schemaResolver } from '../lib/formResolver';
import { useState } from 'react';

interface PinResetForm {
  userId: number;
  pin: string;
  pinConfirm: string;
}

const resolver = schemaResolver<PinResetForm>(resetPinSchema, {
  toInput: (v) => ({ userId: v.userId, pin: v.pin }),
  extra: (v) => pinsDiffer(v.pin, v.pinConfirm, 'pinConfirm'),
});

/** A supervisor types a new PIN for a user who forgot theirs (twice, as at setup). */
export function PinResetDialog({
  user,
  onClose,
  onReset,
}: {
  user: UserView;
  onClose: () => void;
  onReset: (user: UserView) => void;
}) {
  const { ms } = useStrings();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<PinResetForm>({ resolver, defaultValues: { userId: user.id, pin: '', pinConfirm: '' } });

  const save = async (values: PinResetForm) => {
    setFailure(null);
    const result = await call('users.resetPin', { userId: values.userId, pin: values.pin });
    if (result.ok) onReset(result.value);
    else setFailure(result.error.message);
  };

  return (
    <Dialog title={ms.users.resetPinTitle(user.name)} onClose={onClose} describedBy="pin-reset-hint">
      <form className="form" onSubmit={unawaitedHandler(handleSubmit(save))} noValidate data-testid="pin-reset">
        <p id="pin-reset-hint">{ms.users.resetPinHint}</p>
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <NewPinFields
          idPrefix="pin-reset"
          label={ms.users.newPin}
          pin={register('pin')}
          pinConfirm={register('pinConfirm')}
          errors={errors}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {ms.users.resetPin}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {ms.common.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
