/*
 * A promise a click or an effect starts and nobody waits for. The actions themselves answer with a
 * Result and show their own refusals; what reaches here is a failure nobody wrote for (a bug, a
 * dropped bridge). It is shown on the screen and written to the console, never lost in silence.
 */

type FailureListener = (error: unknown) => void;

const listeners = new Set<FailureListener>();

/** Hears every unexpected failure of an unawaited promise; returns the unsubscribe. */
export function onUnexpectedFailure(listener: FailureListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs `promise` without waiting for it; if it fails, the failure is reported. `void` is accepted for
 * calls that answer a promise only sometimes (react-router's `navigate`).
 */
export function unawaited(promise: Promise<unknown> | void): void {
  promise?.catch((error: unknown) => {
    console.error('Kaunter Sandaran: an action failed unexpectedly', error);
    for (const listener of listeners) listener(error);
  });
}

/** An event handler for an async action: `onSubmit={unawaitedHandler(handleSubmit(save))}`. */
export function unawaitedHandler<A extends unknown[]>(action: (...args: A) => Promise<unknown>): (...args: A) => void {
  return (...args) => unawaited(action(...args));
}
