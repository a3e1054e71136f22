import { useFormContext, useWatch } from 'react-hook-form';
import { exampleCaseNumber } from '@shared/caseNumber';
import { courtYear } from '@shared/time';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import type { RegisterForm } from './model';

/** The number ESV2 or ESV3 gave (typed, checked against the court's format), and the ESV2 receipt. */
export function GivenNumberFields({ chooseSource }: { chooseSource: boolean }) {
  const { msSop } = useStrings();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<RegisterForm>();
  const source = useWatch({ control, name: 'source' });
  const { state } = useApi('settings.get', {});
  const caseTypeCode = useWatch({ control, name: 'caseTypeCode' });
  const settings = state.value;
  const example = settings
    ? exampleCaseNumber(settings.numbering.template, settings.numbering.scope, {
        stateCode: settings.court.stateCode,
        courtCode: settings.court.courtCode,
        caseTypeCode,
        year: courtYear(new Date()),
      })
    : null;
  return (
    <section className="section">
      <h2>{msSop.given.section}</h2>
      {chooseSource ? (
        <fieldset className="radio-group">
          <legend>{msSop.given.source}</legend>
          <div className="radio-row">
            {(['ESV3_EXISTING', 'ESV2'] as const).map((s) => (
              <label key={s} className="radio radio--boxed">
                <input type="radio" value={s} {...register('source')} />
                <span>{msSop.given[s]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="grid grid--2">
        <Field
          id="given-case-number"
          label={msSop.given.caseNumber}
          hint={example ? msSop.given.caseNumberHint(example) : msSop.given.caseNumberHintPlain}
          error={errorAt(errors, 'caseNumber')}
          required
        >
          {(aria) => <input {...aria} autoComplete="off" className="code" {...register('caseNumber')} />}
        </Field>
        {source === 'ESV2' ? (
          <Field
            id="given-esv2-receipt"
            label={msSop.given.esv2Receipt}
            error={errorAt(errors, 'esv2ReceiptNumber')}
            required
          >
            {(aria) => <input {...aria} autoComplete="off" {...register('esv2ReceiptNumber')} />}
          </Field>
        ) : null}
      </div>
    </section>
  );
}
