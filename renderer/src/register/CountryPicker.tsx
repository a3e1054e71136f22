import { useId, useState, type KeyboardEvent } from 'react';
import { countryByCode, searchCountries, type Country } from '@shared/countries';
import type { ControlAria } from '../components/Field';
import { useLanguage, useStrings } from '../i18n/strings';

const MAX_SHOWN = 10;

interface Props {
  aria: ControlAria;
  /** The chosen ISO 3166-1 alpha-3 code, '' for none. */
  value: string;
  onChange: (code: string) => void;
  onBlur?: () => void;
  inputRef?: (el: HTMLInputElement | null) => void;
}

/**
 * A combobox over the ISO 3166-1 countries for a passport holder's nationality: type part of the Malay or
 * English name or the code ("Indo" → Indonesia), arrows and Enter to pick. Only a picked country counts:
 * free text leaves the field empty, which the schema refuses with its message.
 */
export function CountryPicker({ aria, value, onChange, onBlur, inputRef }: Props) {
  const { ms } = useStrings();
  const language = useLanguage();
  const name = (c: Country) => (language === 'en' ? c.en : c.ms);
  const chosen = countryByCode(value);
  const [text, setText] = useState(chosen ? name(chosen) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = searchCountries(chosen && text === name(chosen) ? '' : text, language).slice(0, MAX_SHOWN);

  const pick = (country: Country) => {
    setText(name(country));
    setOpen(false);
    onChange(country.code);
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
      const country = matches[active];
      if (country) {
        e.preventDefault();
        pick(country);
      }
    } else if (e.key === 'Escape' && open) {
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
          if (chosen) onChange('');
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul id={listId} role="listbox" className="combo__list" aria-label={ms.register.nationality}>
          {matches.length === 0 ? <li className="combo__none">{ms.register.nationalityNone}</li> : null}
          {matches.map((country, i) => (
            <li
              key={country.code}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`combo__option${i === active ? ' combo__option--active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(country);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="combo__code">{country.code}</span>
              <span className="combo__name">{name(country)}</span>
              {country.ms !== country.en ? (
                <span className="combo__meta">{language === 'en' ? country.ms : country.en}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
