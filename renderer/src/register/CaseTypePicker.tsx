import { useId, useState, type KeyboardEvent } from 'react';
import type { CaseTypeView } from '@shared/views';
import type { ControlAria } from '../components/Field';
import { useStrings } from '../i18n/strings';

const MAX_SHOWN = 12;

/** Matches "024" by code and "nafkah" by any part of the name, ignoring case and extra spaces. */
export function findCaseTypes(types: CaseTypeView[], text: string): CaseTypeView[] {
  const query = text.trim().toLocaleLowerCase('ms');
  if (query === '') return types;
  const words = query.split(/\s+/);
  const byCode = types.filter((t) => t.code.startsWith(query));
  const byName = types.filter(
    (t) => !t.code.startsWith(query) && words.every((w) => `${t.code} ${t.name}`.toLocaleLowerCase('ms').includes(w)),
  );
  return [...byCode, ...byName];
}

export function caseTypeText(type: CaseTypeView): string {
  return `${type.code} — ${type.name}`;
}

interface Props {
  aria: ControlAria;
  types: CaseTypeView[];
  value: string;
  onChange: (type: CaseTypeView | null) => void;
  inputRef?: (el: HTMLInputElement | null) => void;
}

/** A combobox over the court's case types: type a code or a word of the name, arrows and Enter to pick. */
export function CaseTypePicker({ aria, types, value, onChange, inputRef }: Props) {
  const { ms, msDomain } = useStrings();
  const chosen = types.find((t) => t.code === value) ?? null;
  const [text, setText] = useState(chosen ? caseTypeText(chosen) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = findCaseTypes(types, chosen && text === caseTypeText(chosen) ? '' : text).slice(0, MAX_SHOWN);

  const pick = (type: CaseTypeView) => {
    setText(caseTypeText(type));
    setOpen(false);
    onChange(type);
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
      // Enter picks the highlighted type instead of submitting the form.
      const type = matches[active];
      if (type) {
        e.preventDefault();
        pick(type);
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
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (chosen) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul id={listId} role="listbox" className="combo__list" aria-label={ms.register.caseType}>
          {matches.length === 0 ? <li className="combo__none">{ms.register.caseTypeNone}</li> : null}
          {matches.map((type, i) => (
            <li
              key={type.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`combo__option${i === active ? ' combo__option--active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(type);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="combo__code">{type.code}</span>
              <span className="combo__name">{type.name}</span>
              <span className="combo__meta">
                {msDomain.caseCategory[type.category]} · {msDomain.proceeding[type.proceeding]}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
