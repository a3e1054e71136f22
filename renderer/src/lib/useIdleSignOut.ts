import { useEffect } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once `minutes` pass without a keystroke, click, scroll or touch: the counter PC is
 * shared, and a clerk who walks away is signed out. The ledger enforces the same limit on requests.
 */
export function useIdleSignOut(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(onIdle, minutes * 60_000);
    };
    restart();
    for (const name of ACTIVITY) window.addEventListener(name, restart, { passive: true });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, restart);
    };
  }, [minutes, onIdle]);
}
