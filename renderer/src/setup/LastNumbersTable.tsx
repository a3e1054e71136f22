import { useFieldArray, useFormContext } from 'react-hook-form';
import type { NumberingScope } from '@shared/domain';
import type { CaseTypeView } from '@shared/views';
import { EmptyState } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import type { LastNumberRow } from './model';

interface Props {
  caseTypes: CaseTypeView[];
  currentYear: number;
  scope: NumberingScope;
}

/** The last running number ESV3 issued, per case type (or for all types) and year: "lastNumbers.*". */
export function LastNumbersTable({ caseTypes, currentYear, scope }: Props) {
  const { ms } = useStrings();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<{ lastNumbers: LastNumberRow[] }>();
  const { fields, append, remove } = useFieldArray({ control, name: 'lastNumbers' });
  const listError = errorAt(errors, 'lastNumbers');

  return (
    <div className="last-numbers">
      <p className="section__intro">{scope === 'COURT_YEAR' ? ms.lastNumbers.introAllTypes : ms.lastNumbers.intro}</p>
      {fields.length === 0 ? (
        <EmptyState>{ms.lastNumbers.empty}</EmptyState>
      ) : (
        <table className="table table--form">
          <thead>
            <tr>
              <th scope="col">{ms.lastNumbers.caseType}</th>
              <th scope="col">{ms.lastNumbers.year}</th>
              <th scope="col">{ms.lastNumbers.lastNumber}</th>
              <th scope="col">
                <span className="visually-hidden">{ms.common.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, i) => {
              const typeError = errorAt(errors, `lastNumbers.${i}.caseTypeCode`);
              const yearError = errorAt(errors, `lastNumbers.${i}.year`);
              const numberError = errorAt(errors, `lastNumbers.${i}.lastNumber`);
              return (
                <tr key={field.id}>
                  <td>
                    <label className="visually-hidden" htmlFor={`ln-type-${i}`}>
                      {ms.lastNumbers.caseType} — {ms.lastNumbers.rowLabel(i + 1)}
                    </label>
                    <select
                      id={`ln-type-${i}`}
                      aria-invalid={Boolean(typeError)}
                      {...register(`lastNumbers.${i}.caseTypeCode`)}
                    >
                      <option value="">{ms.lastNumbers.chooseType}</option>
                      {scope === 'COURT_YEAR' ? <option value="*">{ms.lastNumbers.allTypes}</option> : null}
                      {caseTypes.map((t) => (
                        <option key={t.code} value={t.code}>
                          {t.code} — {t.name}
                        </option>
                      ))}
                    </select>
                    {typeError ? <p className="field__error">{typeError}</p> : null}
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`ln-year-${i}`}>
                      {ms.lastNumbers.year} — {ms.lastNumbers.rowLabel(i + 1)}
                    </label>
                    <input
                      id={`ln-year-${i}`}
                      inputMode="numeric"
                      className="input--year"
                      aria-invalid={Boolean(yearError)}
                      {...register(`lastNumbers.${i}.year`)}
                    />
                    {yearError ? <p className="field__error">{yearError}</p> : null}
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`ln-number-${i}`}>
                      {ms.lastNumbers.lastNumber} — {ms.lastNumbers.rowLabel(i + 1)}
                    </label>
                    <input
                      id={`ln-number-${i}`}
                      inputMode="numeric"
                      className="input--short"
                      aria-invalid={Boolean(numberError)}
                      {...register(`lastNumbers.${i}.lastNumber`)}
                    />
                    {numberError ? <p className="field__error">{numberError}</p> : null}
                  </td>
                  <td>
                    <button type="button" className="button button--small button--quiet" onClick={() => remove(i)}>
                      {ms.lastNumbers.removeRow}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {listError ? <p className="field__error">{listError}</p> : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          append({ caseTypeCode: scope === 'COURT_YEAR' ? '*' : '', year: String(currentYear), lastNumber: '' })
        }
      >
        {ms.lastNumbers.addRow}
      </button>
    </div>
  );
}
