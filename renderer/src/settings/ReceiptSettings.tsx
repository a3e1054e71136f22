import { FormProvider } from 'react-hook-form';
import { RECEIPT_PAPERS, SEN_WORDING } from '@shared/domain';
import type { ReceiptSettingsView } from '@shared/receiptViews';
import { formatRinggit, parseRinggit } from '@shared/money';
import { ringgitInWords } from '@shared/ringgitWords';
import { receiptSettingsSchema } from '@shared/schemas/payment';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import { SaveBar } from './SaveBar';
import { useSettingsForm } from './useSettingsForm';
import { unawaited } from '../app/unawaited';

/** Example amount for the sen wording: RM 120.50. */
const EXAMPLE_SEN = 12050;

/** Tetapan → Resit: how sen are written in words, the paper, and the department on the receipt head. */
export function ReceiptSettings() {
  const { ms } = useStrings();
  const { state, reload } = useApi('settings.receiptOptions', {});
  if (state.status === 'error') return <Notice tone="error">{state.error.message}</Notice>;
  if (!state.value) return <Loading text={ms.common.loading} />;
  return <ReceiptSettingsForm settings={state.value} onSaved={reload} />;
}

/** The settings as the inputs hold them: the money limits as typed ringgit. */
type ReceiptSettingsValues = Omit<ReceiptSettingsView, 'maxCashSen' | 'changeConfirmSen'> & {
  maxCashText: string;
  changeConfirmText: string;
};

const senOf = (text: string) => parseRinggit(text) ?? Number.NaN;

function toInput({ maxCashText, changeConfirmText, ...rest }: ReceiptSettingsValues): ReceiptSettingsView {
  return { ...rest, maxCashSen: senOf(maxCashText), changeConfirmSen: senOf(changeConfirmText) };
}

const MONEY_FIELDS: Record<string, string> = { maxCashSen: 'maxCashText', changeConfirmSen: 'changeConfirmText' };

function ReceiptSettingsForm({ settings, onSaved }: { settings: ReceiptSettingsView; onSaved: () => void }) {
  const { ms, msMoney } = useStrings();
  const { maxCashSen, changeConfirmSen, ...rest } = settings;
  const { methods, onSubmit, failure, saved, busy } = useSettingsForm<ReceiptSettingsValues, ReceiptSettingsView>({
    schema: receiptSettingsSchema,
    toInput,
    defaultValues: {
      ...rest,
      maxCashText: formatRinggit(maxCashSen),
      changeConfirmText: formatRinggit(changeConfirmSen),
    },
    save: (v) => call('settings.updateReceiptOptions', toInput(v)),
    onSaved,
    issuePath: (p) => MONEY_FIELDS[p] ?? p,
    rename: MONEY_FIELDS,
  });
  const { register, formState } = methods;
  return (
    <FormProvider {...methods}>
      <form className="form" onSubmit={(e) => unawaited(onSubmit(e))} noValidate>
        <fieldset className="radio-group radio-group--stacked">
          <legend>{ms.receiptSettings.senWording}</legend>
          {SEN_WORDING.map((w) => (
            <label key={w} className="radio radio--boxed">
              <input type="radio" value={w} {...register('senWording')} />
              <span>
                <strong>{ms.receiptSettings[w]}</strong>
                <br />
                <span className="muted">
                  {ms.receiptSettings.example} (RM 120.50): “{ringgitInWords(EXAMPLE_SEN, w)}”
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="radio-group">
          <legend>{ms.receiptSettings.paper}</legend>
          <div className="radio-row">
            {RECEIPT_PAPERS.map((p) => (
              <label key={p} className="radio radio--boxed">
                <input type="radio" value={p} {...register('receiptPaper')} />
                <span>{ms.receiptSettings[p]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          id="receipt-department"
          label={ms.receiptSettings.department}
          hint={ms.receiptSettings.departmentHint}
          error={errorAt(formState.errors, 'departmentName')}
          required
        >
          {(aria) => <input {...aria} {...register('departmentName')} />}
        </Field>
        <fieldset className="radio-group radio-group--stacked">
          <legend>{msMoney.settingsLimits}</legend>
          <label className="checkbox">
            <input type="checkbox" {...register('cashRounding')} />
            <span>
              {msMoney.cashRounding}
              <br />
              <span className="muted">{msMoney.cashRoundingHint}</span>
            </span>
          </label>
          <div className="grid grid--2">
            <Field
              id="receipt-max-cash"
              label={msMoney.maxCash}
              hint={msMoney.maxCashHint}
              error={errorAt(formState.errors, 'maxCashText')}
              required
            >
              {(aria) => <input {...aria} inputMode="decimal" autoComplete="off" {...register('maxCashText')} />}
            </Field>
            <Field
              id="receipt-change-confirm"
              label={msMoney.changeConfirm}
              error={errorAt(formState.errors, 'changeConfirmText')}
              required
            >
              {(aria) => <input {...aria} inputMode="decimal" autoComplete="off" {...register('changeConfirmText')} />}
            </Field>
          </div>
        </fieldset>
        <SaveBar busy={busy} saved={saved} failure={failure} />
      </form>
    </FormProvider>
  );
}
