import { lazy, Suspense, useEffect, useState } from 'react';
import { call, setOwnPinAsker, setPinAsker, type OwnPinPurpose } from '../api/client';
import { Loading } from '../components/Notice';
import { useStrings } from '../i18n/strings';

// Loaded when a PIN is first asked again, not with the first screen (the initial-JS budget).
const PinDialog = lazy(() => import('./PinDialog').then((m) => ({ default: m.PinDialog })));

/**
 * Asks the signed-in supervisor to type their PIN again when a supervisor action comes a while after
 * the last time they typed it; the action then goes through. Cancelling leaves it undone. Also asks the
 * PIN that a change of who can read the data carries in its own request (see callWithOwnPin).
 */
export function PinConfirmHost() {
  const { ms } = useStrings();
  const [pending, setPending] = useState<((confirmed: boolean) => void) | null>(null);
  const [owned, setOwned] = useState<((pin: string | null) => void) | null>(null);
  const [purpose, setPurpose] = useState<OwnPinPurpose>('access');
  useEffect(() => {
    setPinAsker(() => new Promise<boolean>((resolve) => setPending(() => resolve)));
    setOwnPinAsker(
      (why) =>
        new Promise<string | null>((resolve) => {
          setPurpose(why);
          setOwned(() => resolve);
        }),
    );
    return () => {
      setPinAsker(null);
      setOwnPinAsker(null);
    };
  }, []);
  if (owned) {
    const finish = (pin: string | null) => {
      owned(pin);
      setOwned(null);
    };
    return (
      <Suspense fallback={<Loading text={ms.common.loading} />}>
        <PinDialog onDone={(confirmed, pin) => finish(confirmed ? pin : null)} check={null} purpose={purpose} />
      </Suspense>
    );
  }
  if (!pending) return null;
  const finish = (confirmed: boolean) => {
    pending(confirmed);
    setPending(null);
  };
  return (
    <Suspense fallback={<Loading text={ms.common.loading} />}>
      <PinDialog onDone={finish} check={(pin) => call('auth.confirmPin', { pin })} />
    </Suspense>
  );
}
