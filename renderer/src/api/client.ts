import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract';
import type { AppErrorData, Result } from '@shared/errors';
import { shownError } from '../i18n/errors';
import { currentLanguage, strings } from '../i18n/strings';
import { requestIdFor, settleRequest } from './requestIds';
import { errorData } from '@shared/errors';

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

/** Called whenever the ledger says nobody is signed in (session expired, host restarted). */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

type AnsweredAgainListener = (channel: ChannelName, value: unknown) => void;
const answeredAgainListeners = new Set<AnsweredAgainListener>();

/**
 * Called when the ledger answers with what an earlier attempt of the same action already did (its first
 * answer was lost): the screen says so, so the clerk does not do it a second time (AnsweredAgainNotice).
 */
export function onAnsweredAgain(listener: AnsweredAgainListener): () => void {
  answeredAgainListeners.add(listener);
  return () => answeredAgainListeners.delete(listener);
}

type PinAsker = () => Promise<boolean>;
let askPin: PinAsker | null = null;

/** Who asks the signed-in supervisor for their PIN again when the ledger wants it (see PinConfirmHost). */
export function setPinAsker(asker: PinAsker | null): void {
  askPin = asker;
}

/** The waits before each automatic retry after a lost answer: about 5 s in all, then the clerk is told. */
export const RETRY_DELAYS_MS = [250, 750, 1500, 2500] as const;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function send<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  requestId: string,
): Promise<Result<ChannelOutput<C>>> {
  try {
    const method = window.kaunter[channel] as (
      i: ChannelInput<C>,
      requestId: string,
    ) => Promise<Result<ChannelOutput<C>>>;
    const result = await method(input, requestId);
    if (result.ok || result.error.code !== 'DISCONNECTED') return result;
  } catch {
    // A transport that throws lost the answer just the same.
  }
  return {
    ok: false,
    error: errorData(
      'DISCONNECTED',
      'Sambungan ke pangkalan data kaunter terputus dan jawapan tidak diterima. Apabila sambungan pulih, tekan butang yang sama sekali lagi dengan maklumat yang sama: tindakan yang telah disimpan tidak akan dibuat kali kedua.',
    ),
  };
}

/** What the own PIN confirms: a change of who can read the data, or of the outage's SOP option. */
export type OwnPinPurpose = 'access' | 'sopOption';
type OwnPinAsker = (purpose: OwnPinPurpose) => Promise<string | null>;
let askOwnPin: OwnPinAsker | null = null;

/** Who asks the signed-in supervisor to type their PIN into a change of who can read the data. */
export function setOwnPinAsker(asker: OwnPinAsker | null): void {
  askOwnPin = asker;
}

/**
 * Calls a channel whose input carries the signed-in supervisor's own PIN (an ICT key added or removed,
 * the data or backup folder): the PIN is asked first; cancelled, nothing is sent and null comes back.
 */
export async function callWithOwnPin<C extends ChannelName>(
  channel: C,
  input: Omit<ChannelInput<C>, 'supervisorPin'>,
  purpose: OwnPinPurpose = 'access',
): Promise<Result<ChannelOutput<C>> | null> {
  const pin = askOwnPin === null ? null : await askOwnPin(purpose);
  if (pin === null) return null;
  return call(channel, { ...input, supervisorPin: pin } as ChannelInput<C>);
}

type ClockAsker = (refusal: string) => Promise<boolean>;
let askClock: ClockAsker | null = null;

/** Who asks a supervisor to confirm the computer's date when numbering stops on it (see ClockConfirmHost). */
export function setClockAsker(asker: ClockAsker | null): void {
  askClock = asker;
}

/**
 * One call to the ledger through window.kaunter. Never throws: a broken transport becomes an error
 * value like any other, so every screen handles failure the same way. Each call carries a request id;
 * a write is done once per id however often it is sent (electron/ipc/requests.ts), so a lost answer is
 * retried here with the same id, and the same action sent again later gets the same id (requestIds.ts).
 */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  retried = false,
): Promise<Result<ChannelOutput<C>>> {
  const requestId = requestIdFor(channel, input);
  let result = await send(channel, input, requestId);
  for (const delay of RETRY_DELAYS_MS) {
    if (result.ok || result.error.code !== 'DISCONNECTED') break;
    await wait(delay);
    result = await send(channel, input, requestId);
  }
  settleRequest(channel, input, result);
  // The ledger speaks Malay; the clerk reads its refusal in the language the screens are in.
  if (!result.ok) result = { ok: false, error: shownError(result.error, currentLanguage()) };
  if (result.ok && result.replayed === true) {
    for (const listener of answeredAgainListeners) listener(channel, result.value);
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
