import { useEffect } from 'react';

/** Puts the cursor in the first of these fields that is on screen, once, when the form appears. */
export function useFocusOnArrival(...ids: string[]): void {
  const key = ids.join(' ');
  useEffect(() => {
    for (const id of key.split(' ')) {
      const el = document.getElementById(id);
      if (el) {
        el.focus();
        return;
      }
    }
  }, [key]);
}
