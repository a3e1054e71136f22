import { lazy, Suspense, useEffect, useState } from 'react';
import { call, setClockAsker } from '../api/client';
import { Loading } from '../components/Notice';
import { useStrings } from '../i18n/strings';

// Loaded when a supervisor is first asked, not with the first screen (the initial-JS budget).
const ApprovalDialog = lazy(() => import('../payments/ApprovalDialog').then((m) => ({ default: m.ApprovalDialog })));

interface Pending {
  refusal: string;
  resolve: (confirmed: boolean) => void;
}

/**
 * When numbering stops because the computer's date reads earlier than the last record or another year
 * than the last number, a supervisor confirms the date here (name and PIN); the clerk's action then
 * goes through. Closing the dialog leaves the action undone, with the refusal on its screen.
 */
export function ClockConfirmHost() {
  const { ms } = useStrings();
  const [pending, setPending] = useState<Pending | null>(null);
  useEffect(() => {
    setClockAsker((refusal) => new Promise<boolean>((resolve) => setPending({ refusal, resolve })));
    return () => setClockAsker(null);
  }, []);
  if (!pending) return null;
  const finish = (confirmed: boolean) => {
    pending.resolve(confirmed);
    setPending(null);
  };
  return (
    <Suspense fallback={<Loading text={ms.common.loading} />}>
      <ApprovalDialog
        title={ms.clockConfirm.title}
        warning={`${pending.refusal} ${ms.clockConfirm.warning}`}
        submitLabel={ms.clockConfirm.submit}
        onClose={() => finish(false)}
        onApprove={async (approval) => {
          const result = await call('clock.confirm', {
            supervisorId: approval.supervisorId,
            supervisorPin: approval.supervisorPin,
          });
          if (result.ok) finish(true);
          return result;
        }}
      />
    </Suspense>
  );
}
