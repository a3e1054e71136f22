import { useEffect } from 'react';
import { ARRIVE_EVENT, isTyping, keepTabInside, openDialog, SHORTCUT_KEYS, shortcutTarget } from './shortcuts';

/**
 * One listener for the whole window: F1 (or '?' outside a text field) opens the shortcut list; any other
 * function key presses the element marked with it on the current screen. Nothing happens while a dialog
 * is open, so a shortcut never acts behind the dialog's back, and Tab stays inside the dialog.
 */
export function useShortcuts(openHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.key === 'Tab') {
        const dialog = openDialog();
        if (dialog) keepTabInside(dialog, e);
        return;
      }
      const help = e.key === SHORTCUT_KEYS.help || (e.key === '?' && !isTyping(e.target));
      if (!/^F\d{1,2}$/.test(e.key) && !help) return;
      if (openDialog()) return;
      if (help) {
        e.preventDefault();
        openHelp();
        return;
      }
      const target = shortcutTarget(e.key);
      if (!target) return;
      e.preventDefault();
      target.focus();
      target.click();
      // A menu shortcut to the screen already shown: the screen puts the cursor back in its first field.
      if (target instanceof HTMLAnchorElement) window.dispatchEvent(new Event(ARRIVE_EVENT));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openHelp]);
}
