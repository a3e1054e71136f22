import { SHORTCUT_KEYS, type ShortcutName } from './shortcuts';

/** The key beside an action's label. Hidden from screen readers: the element's aria-keyshortcuts says it. */
export function KeyHint({ name }: { name: ShortcutName }) {
  return (
    <kbd className="key-hint" aria-hidden="true">
      {SHORTCUT_KEYS[name]}
    </kbd>
  );
}
