import { useEffect } from 'react';
import { ARRIVE_EVENT } from './shortcuts';

/**
 * Puts the cursor in the first of these fields that is on screen when the form appears, and again when
 * the clerk presses the menu shortcut of the screen already shown.
 */
export function useFocusOnArrival(...ids: string[]): void {
  const key = ids.join(' ');
  useEffect(() => {
    const focusFirst = () => {
      for (const id of key.split(' ')) {
        const el = document.getElementById(id);
        if (el) {
          el.focus();
          return;
        }
      }
    };
    focusFirst();
    window.addEventListener(ARRIVE_EVENT, focusFirst);
    return () => window.removeEventListener(ARRIVE_EVENT, focusFirst);
  }, [key]);
}
