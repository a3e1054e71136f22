import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { ID_TYPES, type Proceeding } from '@shared/domain';
import { checkMyKad } from '@shared/mykad';
import { Field } from '../components/Field';
import { CountryPicker } from './CountryPicker';
import { shownMessage } from '../i18n/errors';
import { useLanguage, useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import { formatDate } from '../lib/time';
import type { PartyForm, RegisterForm } from './model';

interface Props {
  index: number;
  /** 1-based position among the parties on the same side. */
  ordinal: number;
  proceeding: Proceeding;
  onRemove: (() => void) | null;
  /** An appointment needs a way to reach the person: the phone is required there, optional on a case. */
  phoneRequired?: boolean;
}

/** One party: name, identity document with the live MyKad check, address and phone. */
export function PartyFieldset({ index, ordinal, proceeding, onRemove, phoneRequired = false }: Props) {
  const { ms, msDomain } = useStrings();
  const language = useLanguage();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<RegisterForm>();
  const base = `parties.${index}` as const;
  const [side, idType, idNumber] = useWatch({
    control,
    name: [`${base}.side`, `${base}.idType`, `${base}.idNumber`],
  }) as [PartyForm['side'], PartyForm['idType'], string];
  const role = msDomain.partyRole(side, proceeding);
  const check = idType === 'MYKAD' && idNumber.trim() !== '' ? checkMyKad(idNumber) : null;
  const warnings = check?.wellFormed ? check.warnings : [];
  const id = (field: string) => `party-${index}-${field}`;

  return (
    <fieldset className="party" data-testid={`party-${index}`}>
      <legend className="party__legend">{ms.register.partyTitle(role, ordinal)}</legend>
      <div className="grid grid--3">
        <Field
          id={id('name')}
          label={ms.register.name}
          hint={ms.register.nameHint}
          error={errorAt(errors, `${base}.name`)}
          required
          className="grid__span2"
        >
          {(aria) => <input {...aria} autoComplete="off" {...register(`${base}.name`)} />}
        </Field>
        <Field
          id={id('phone')}
          label={phoneRequired ? ms.register.phone : `${ms.register.phone} ${ms.common.optional}`}
          error={errorAt(errors, `${base}.phone`)}
          required={phoneRequired}
        >
          {(aria) => <input {...aria} type="tel" autoComplete="off" {...register(`${base}.phone`)} />}
        </Field>
        <Field id={id('idType')} label={ms.register.idType} error={errorAt(errors, `${base}.idType`)} required>
          {(aria) => (
            <select {...aria} {...register(`${base}.idType`)}>
              {ID_TYPES.map((t) => (
                <option key={t} value={t}>
                  {msDomain.idType[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {idType !== 'NONE' ? (
          <Field
            id={id('idNumber')}
            label={idType === 'MYKAD' ? ms.register.idNumberMyKad : ms.register.idNumber}
            hint={
              check?.wellFormed && warnings.length === 0 && check.parts?.placeName && check.parts.birthDate
                ? ms.register.mykadOk(check.parts.placeName, formatDate(`${check.parts.birthDate}T12:00:00+08:00`))
                : undefined
            }
            error={errorAt(errors, `${base}.idNumber`)}
            required
          >
            {(aria) => (
              <input
                {...aria}
                className="input--mono"
                autoComplete="off"
                spellCheck={false}
                {...register(`${base}.idNumber`)}
              />
            )}
          </Field>
        ) : null}
        {idType === 'PASSPORT' ? (
          <Field
            id={id('nationality')}
            label={ms.register.nationality}
            hint={ms.register.nationalityHint}
            error={errorAt(errors, `${base}.nationality`)}
            required
          >
            {(aria) => (
              <Controller
                control={control}
                name={`${base}.nationality`}
                render={({ field }) => (
                  <CountryPicker
                    aria={aria}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                  />
                )}
              />
            )}
          </Field>
        ) : null}
      </div>
      {warnings.length > 0 ? (
        <div className="mykad-warning" role="alert" data-testid={`mykad-warning-${index}`}>
          <p className="mykad-warning__title">{ms.register.mykadWarningTitle}</p>
          <ul>
            {warnings.map((w) => (
              <li key={w.code}>{shownMessage(w, language)}</li>
            ))}
          </ul>
          <Field
            id={id('overrideReason')}
            label={ms.register.overrideReason}
            hint={ms.register.overrideReasonHint}
            error={errorAt(errors, `${base}.idOverrideReason`)}
            required
          >
            {(aria) => <input {...aria} autoComplete="off" {...register(`${base}.idOverrideReason`)} />}
          </Field>
        </div>
      ) : null}
      <Field
        id={id('address')}
        label={`${ms.register.address} ${ms.common.optional}`}
        error={errorAt(errors, `${base}.address`)}
      >
        {(aria) => <textarea {...aria} rows={3} {...register(`${base}.address`)} />}
      </Field>
      {onRemove ? (
        <button type="button" className="button button--small button--quiet party__remove" onClick={onRemove}>
          {ms.register.removeParty(role)}
        </button>
      ) : null}
    </fieldset>
  );
}
