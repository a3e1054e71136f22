import { useFormContext, useWatch } from 'react-hook-form';
import { formatCaseNumber, parseTemplate } from '@shared/caseNumber';
import { NUMBERING_SCOPES } from '@shared/domain';
import { Field } from '../components/Field';
import { shownMessage } from '../i18n/errors';
import { useLanguage, useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import type { NumberingForm } from './model';

interface Props {
  stateCode: string;
  courtCode: string;
  exampleTypeCode: string;
  year: number;
  /** The last ESV3 number known for the example's type and year, so the example is the likely next one. */
  exampleLastNumber?: number | undefined;
}

/** Template with a live example number, scope and this counter's block, registered under "numbering.*". */
export function NumberingFields({ stateCode, courtCode, exampleTypeCode, year, exampleLastNumber }: Props) {
  const { ms, msDomain } = useStrings();
  const language = useLanguage();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<{ numbering: NumberingForm }>();
  const [template, scope, blockStart] = useWatch({
    control,
    name: ['numbering.template', 'numbering.scope', 'numbering.blockStart'],
  });
  const parsed = parseTemplate(template.trim(), scope);
  const start = /^\d+$/.test(blockStart.trim()) ? Number(blockStart) : 1;
  const example = parsed.ok
    ? formatCaseNumber(parsed.parts, {
        stateCode: /^\d{2}$/.test(stateCode) ? stateCode : '00',
        courtCode: /^\d{3}$/.test(courtCode) ? courtCode : '000',
        caseTypeCode: exampleTypeCode,
        // This counter's first number, as numbering gives it: the last ESV3 number plus the block start.
        runningNumber: Math.max(1, (exampleLastNumber ?? 0) + start),
        year,
      })
    : null;

  return (
    <div className="grid grid--2">
      <Field
        id="numbering-template"
        label={ms.numbering.template}
        hint={ms.numbering.templateHint}
        error={errorAt(errors, 'numbering.template')}
        required
        className="grid__full"
      >
        {(aria) => <input {...aria} className="input--mono" spellCheck={false} {...register('numbering.template')} />}
      </Field>
      <div className="grid__full preview" aria-live="polite">
        <span className="preview__label">{ms.numbering.preview}</span>
        {example ? (
          <span className="preview__value case-number" data-testid="template-preview">
            {example}
          </span>
        ) : (
          <span className="preview__invalid">
            {ms.numbering.previewInvalid}: {parsed.ok ? '' : shownMessage(parsed.problem, language)}
          </span>
        )}
      </div>
      <fieldset className="grid__full radio-group">
        <legend>{ms.numbering.scope}</legend>
        {NUMBERING_SCOPES.map((s) => (
          <label key={s} className="radio">
            <input type="radio" value={s} {...register('numbering.scope')} />
            <span>{msDomain.numberingScope[s]}</span>
          </label>
        ))}
      </fieldset>
      <Field
        id="numbering-block-start"
        label={ms.numbering.blockStart}
        hint={ms.numbering.blockStartHint}
        error={errorAt(errors, 'numbering.blockStart')}
        required
      >
        {(aria) => (
          <input {...aria} inputMode="numeric" className="input--short" {...register('numbering.blockStart')} />
        )}
      </Field>
      <Field
        id="numbering-block-size"
        label={`${ms.numbering.blockSize} ${ms.common.optional}`}
        hint={ms.numbering.blockSizeHint}
        error={errorAt(errors, 'numbering.blockSize')}
      >
        {(aria) => (
          <input {...aria} inputMode="numeric" className="input--short" {...register('numbering.blockSize')} />
        )}
      </Field>
    </div>
  );
}
