import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ControlAria } from './Field';

interface Props<T> {
  aria: ControlAria;
  /** The item picked so far, null for none. */
  chosen: T | null;
  /** What the input shows once an item is picked. */
  textOf: (item: T) => string;
  keyOf: (item: T) => string;
  /** The items matching what was typed, at most as many as the list should show ('' lists the first ones). */
  search: (text: string) => T[];
  /** The spans of one option (code, name, a line of detail). */
  option: (item: T) => ReactNode;
  /** Called with the picked item, or null as soon as the clerk types over a picked one. */
  onPick: (item: T | null) => void;
  onBlur?: () => void;
  inputRef?: (el: HTMLInputElement | null) => void;
  listLabel: string;
  noneText: string;
}

/**
 * A combobox over a fixed list: type part of a code or a name, arrows and Enter to pick, Esc to close.
 * Only a picked item counts: free text leaves the field empty, which the form's schema refuses.
 */
export function Combobox<T>({
  aria,
  chosen,
  textOf,
  keyOf,
  search,
  option,
  onPick,
  onBlur,
  inputRef,
  listLabel,
  noneText,
}: Props<T>) {
  const [text, setText] = useState(chosen ? textOf(chosen) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = search(chosen && text === textOf(chosen) ? '' : text);

  const pick = (item: T) => {
    setText(textOf(item));
    setOpen(false);
    onPick(item);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && open) {
      // Enter picks the highlighted item instead of submitting the form.
      const item = matches[active];
      if (item !== undefined) {
        e.preventDefault();
        pick(item);
      }
    } else if (e.key === 'Escape' && open) {
      // Esc closes the list first; only a second Esc leaves the form.
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="combo">
      <input
        {...aria}
        ref={inputRef}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] !== undefined ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (chosen) onPick(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul id={listId} role="listbox" className="combo__list" aria-label={listLabel}>
          {matches.length === 0 ? <li className="combo__none">{noneText}</li> : null}
          {matches.map((item, i) => (
            <li
              key={keyOf(item)}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`combo__option${i === active ? ' combo__option--active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(item);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {option(item)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
