import type { CaseTypeView } from '@shared/views';
import { Combobox } from '../components/Combobox';
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

/** The court's case types: type a code or a word of the name, arrows and Enter to pick. */
export function CaseTypePicker({ aria, types, value, onChange, inputRef }: Props) {
  const { ms, msDomain } = useStrings();
  return (
    <Combobox<CaseTypeView>
      aria={aria}
      chosen={types.find((t) => t.code === value) ?? null}
      textOf={caseTypeText}
      keyOf={(t) => t.code}
      search={(text) => findCaseTypes(types, text).slice(0, MAX_SHOWN)}
      option={(type) => (
        <>
          <span className="combo__code">{type.code}</span>
          <span className="combo__name">{type.name}</span>
          <span className="combo__meta">
            {msDomain.caseCategory[type.category]} · {msDomain.proceeding[type.proceeding]}
          </span>
        </>
      )}
      onPick={onChange}
      inputRef={inputRef}
      listLabel={ms.register.caseType}
      noneText={ms.register.caseTypeNone}
    />
  );
}
