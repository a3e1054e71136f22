import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { AppErrorData, Result } from '../../../shared/errors';
import { shownError } from '../i18n/errors';
import { currentLanguage, strings } from '../i18n/strings';

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

/** Called whenever the ledger says nobody is signed in (session expired, host restarted). */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

type PinAsker = () => Promise<boolean>;
let askPin: PinAsker | null = null;

/** Who asks the signed-in supervisor for their PIN again when the ledger wants it (see PinConfirmHost). */
export function setPinAsker(asker: PinAsker | null): void {
  askPin = asker;
}

type ClockAsker = (refusal: string) => Promise<boolean>;
let askClock: ClockAsker | null = null;

/** Who asks a supervisor to confirm the computer's date when numbering stops on it (see ClockConfirmHost). */
export function setClockAsker(asker: ClockAsker | null): void {
  askClock = asker;
}

/**
 * One call to the ledger through window.kaunter. Never throws: a broken transport becomes an error
 * value like any other, so every screen handles failure the same way.
 */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  retried = false,
): Promise<Result<ChannelOutput<C>>> {
  const { ms } = strings();
  let result: Result<ChannelOutput<C>>;
  try {
    const method = window.kaunter[channel] as (i: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
    result = await method(input);
    // The ledger speaks Malay; the clerk reads its refusal in the language the screens are in.
    if (!result.ok) result = { ok: false, error: shownError(result.error, currentLanguage()) };
  } catch {
    result = { ok: false, error: { code: 'INTERNAL', message: ms.common.transportError } };
  }
  if (!result.ok && result.error.code === 'UNAUTHENTICATED') {
    for (const listener of signedOutListeners) listener();
  }
  // A supervisor action asks for the PIN again; once it is typed, the same call goes through.
  if (!result.ok && result.error.code === 'REAUTH' && !retried && askPin !== null && (await askPin())) {
    return call(channel, input, true);
  }
  // Numbering stopped on the clock (registration, payment, appointment…): once a supervisor confirms
  // the date, the same call goes through.
  if (
    !result.ok &&
    result.error.code === 'CLOCK' &&
    !retried &&
    askClock !== null &&
    (await askClock(result.error.message))
  ) {
    return call(channel, input, true);
  }
  return result;
}

export function errorText(error: AppErrorData): string {
  const { ms } = strings();
  return error.message || ms.common.unknownError;
}
