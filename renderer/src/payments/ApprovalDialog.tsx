import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Result } from '@shared/errors';
import { supervisorApprovalSchema } from '@shared/schemas/payment';
import { lineText } from '@shared/schemas/text';
import { useApi } from '../api/useApi';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { applyServerIssues, errorAt } from '../lib/formErrors';
import { numberOrNull, schemaResolver } from '../lib/formResolver';
import { unawaited } from '../app/unawaited';

export interface Approval {
  supervisorId: number;
  supervisorPin: string;
  /** Only when the dialog asks for a reason. */
  reason?: string;
}

interface ApprovalForm {
  supervisorId: string;
  supervisorPin: string;
  reason: string;
}

const withReason = supervisorApprovalSchema.extend({ reason: lineText('Sebab pembatalan', 300, { min: 5 }) });

function toInput(values: ApprovalForm, reason: boolean) {
  const base = { supervisorId: numberOrNull(values.supervisorId) ?? undefined, supervisorPin: values.supervisorPin };
  return reason ? { ...base, reason: values.reason } : base;
}

interface Props {
  title: string;
  /** What cannot be undone, said before the supervisor approves. */
  warning: string;
  submitLabel: string;
  /** Ask for a reason (min. 5 characters) too, e.g. when cancelling a receipt. */
  askReason?: boolean;
  /** The reason field's label and hint, when not a receipt cancellation's. */
  reasonLabel?: string;
  reasonHint?: string;
  onApprove: (approval: Approval) => Promise<Result<unknown>>;
  onClose: () => void;
}

/**
 * A supervisor's approval given at the clerk's screen: the supervisor picks their name, types their
 * PIN (and a reason where one is needed). Shared by receipt cancellation and the day close.
 */
export function ApprovalDialog({
  title,
  warning,
  submitLabel,
  askReason = false,
  reasonLabel,
  reasonHint,
  onApprove,
  onClose,
}: Props) {
  const { ms } = useStrings();
  const { state: users } = useApi('auth.users', {});
  const supervisors = (users.value ?? []).filter((u) => u.role === 'SUPERVISOR' && u.active);
  const [failure, setFailure] = useState<string | null>(null);
  const [resolver] = useState(() =>
    schemaResolver<ApprovalForm>(askReason ? withReason : supervisorApprovalSchema, {
      toInput: (v) => toInput(v, askReason),
    }),
  );
  const { register, handleSubmit, setError, formState } = useForm<ApprovalForm>({
    resolver,
    defaultValues: { supervisorId: '', supervisorPin: '', reason: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const input = toInput(values, askReason) as Approval;
    const result = await onApprove(input);
    if (result.ok) return;
    const known = new Set(['supervisorId', 'supervisorPin', ...(askReason ? ['reason'] : [])]);
    const rest = applyServerIssues(result.error.issues, setError, (p) => known.has(p));
    if (rest.length > 0 || !result.error.issues?.length) setFailure(result.error.message);
  });

  return (
    <Dialog title={title} onClose={onClose} tone="danger">
      <Notice tone="warning">{warning}</Notice>
      <form className="form" onSubmit={(e) => unawaited(onSubmit(e))} noValidate>
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        {askReason ? (
          <Field
            id="approval-reason"
            label={reasonLabel ?? ms.receipt.reason}
            hint={reasonHint ?? ms.receipt.reasonHint}
            error={errorAt(formState.errors, 'reason')}
            required
          >
            {(aria) => <input {...aria} autoComplete="off" {...register('reason')} />}
          </Field>
        ) : null}
        <Field
          id="approval-supervisor"
          label={ms.approval.supervisor}
          error={errorAt(formState.errors, 'supervisorId')}
          hint={users.status === 'ok' && supervisors.length === 0 ? ms.approval.noSupervisors : undefined}
          required
        >
          {(aria) => (
            <select {...aria} {...register('supervisorId')}>
              <option value="">{ms.approval.chooseSupervisor}</option>
              {supervisors.map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="approval-pin"
          label={ms.approval.pin}
          hint={ms.approval.pinHint}
          error={errorAt(formState.errors, 'supervisorPin')}
          required
        >
          {(aria) => (
            <input
              {...aria}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              className="input--short"
              {...register('supervisorPin')}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--danger" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? ms.common.saving : submitLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {ms.approval.back}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
