import { countryByCode, searchCountries, type Country } from '@shared/countries';
import { Combobox } from '../components/Combobox';
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
 * The ISO 3166-1 countries for a passport holder's nationality: part of the Malay or English name or the
 * code ("Indo" → Indonesia). Free text leaves the field empty, which the schema refuses with its message.
 */
export function CountryPicker({ aria, value, onChange, onBlur, inputRef }: Props) {
  const { ms } = useStrings();
  const language = useLanguage();
  const name = (c: Country) => (language === 'en' ? c.en : c.ms);
  return (
    <Combobox<Country>
      aria={aria}
      chosen={countryByCode(value) ?? null}
      textOf={name}
      keyOf={(c) => c.code}
      search={(text) => searchCountries(text, language).slice(0, MAX_SHOWN)}
      option={(country) => (
        <>
          <span className="combo__code">{country.code}</span>
          <span className="combo__name">{name(country)}</span>
          {country.ms !== country.en ? (
            <span className="combo__meta">{language === 'en' ? country.ms : country.en}</span>
          ) : null}
        </>
      )}
      onPick={(country) => onChange(country?.code ?? '')}
      onBlur={onBlur}
      inputRef={inputRef}
      listLabel={ms.register.nationality}
      noneText={ms.register.nationalityNone}
    />
  );
}
