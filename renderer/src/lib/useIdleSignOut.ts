import { useCallback, useEffect, useRef, useState } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const WARNING_MS = 60_000;

export interface IdleSignOut {
  /** A minute (or half the limit, when it is under two minutes) is left before the sign-out. */
  warning: boolean;
  /** The clerk is still here: the timer starts again and `keepAlive` tells the ledger. */
  stay: () => void;
}

/**
 * Calls `onIdle` once `minutes` pass without a keystroke, click, scroll or touch: the counter PC is
 * shared, and a clerk who walks away is signed out. A minute before, `warning` turns on; from then on
 * only `stay` keeps the session, so a key pressed in passing does not hide the warning unread. The ledger
 * signs out on its own timer, counted from the last request, so `stay` must reach it (`keepAlive`).
 */
export function useIdleSignOut(minutes: number, onIdle: () => void, keepAlive: () => void): IdleSignOut {
  const [warning, setWarning] = useState(false);
  const warningRef = useRef(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const limit = minutes * 60_000;
    const warnAfter = limit >= 2 * WARNING_MS ? limit - WARNING_MS : limit / 2;
    let warnTimer: ReturnType<typeof setTimeout> | undefined;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      if (warningRef.current) return;
      clearTimeout(warnTimer);
      clearTimeout(idleTimer);
      warnTimer = setTimeout(() => {
        warningRef.current = true;
        setWarning(true);
      }, warnAfter);
      idleTimer = setTimeout(() => {
        warningRef.current = false;
        setWarning(false);
        onIdle();
      }, limit);
    };
    warningRef.current = false;
    restart();
    for (const name of ACTIVITY) window.addEventListener(name, restart, { passive: true });
    return () => {
      clearTimeout(warnTimer);
      clearTimeout(idleTimer);
      for (const name of ACTIVITY) window.removeEventListener(name, restart);
    };
  }, [minutes, onIdle, round]);

  const stay = useCallback(() => {
    keepAlive();
    warningRef.current = false;
    setWarning(false);
    setRound((n) => n + 1);
  }, [keepAlive]);
  return { warning, stay };
}
