/**
 * The counter's keyboard shortcuts. Function keys that Chromium and Electron leave alone (F5 reloads,
 * F6/F7/F10/F11/F12 are the browser's), pressed without Ctrl, Alt or Meta (Alt+F4 closes the window).
 * An element carrying `data-shortcut="F4"` is pressed by F4; screens mark their own actions that way.
 */
export const SHORTCUT_KEYS = {
  help: 'F1',
  register: 'F2',
  book: 'F3',
  pay: 'F4',
  print: 'F8',
} as const;

/** Told on window when a menu shortcut was pressed: a form already shown focuses its first field again. */
export const ARRIVE_EVENT = 'kaunter:arrive';

export type ShortcutName = keyof typeof SHORTCUT_KEYS;

/** The attributes that make an element a shortcut's target and tell assistive technology about it. */
export function shortcut(name: ShortcutName): { 'data-shortcut': string; 'aria-keyshortcuts': string } {
  const key = SHORTCUT_KEYS[name];
  return { 'data-shortcut': key, 'aria-keyshortcuts': key };
}

/** Typing into this element: plain keys like '?' belong to it, not to the shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

/** The open modal dialog, if any: while one is open, only it answers keys. */
export function openDialog(): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    '[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]',
  );
}

function usable(el: HTMLElement): boolean {
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.getAttribute('aria-disabled') === 'true') return false;
  return el.getClientRects().length > 0;
}

/** The element a function key presses on the current screen (the last marked one wins: page over menu). */
export function shortcutTarget(key: string, root: ParentNode = document): HTMLElement | null {
  const all = [...root.querySelectorAll<HTMLElement>(`[data-shortcut="${key}"]`)].filter(usable);
  return all.at(-1) ?? null;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab go round inside an open dialog instead of leaving it for the screen behind. */
export function keepTabInside(dialog: HTMLElement, e: KeyboardEvent): void {
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  const inside = active instanceof Node && dialog.contains(active);
  if (e.shiftKey && (!inside || active === first || !items.includes(active as HTMLElement))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (!inside || active === last)) {
    e.preventDefault();
    first.focus();
  }
}
