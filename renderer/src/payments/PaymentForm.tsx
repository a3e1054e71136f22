import { FormFailure } from '../components/FormFailure';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { PAYMENT_METHODS, type SenWording } from '@shared/domain';
import type { FieldIssue } from '@shared/errors';
import { formatRinggit } from '@shared/money';
import type { FeeItemView, ReceiptView } from '@shared/receiptViews';
import { ringgitInWords, MAX_WORDED_SEN } from '@shared/ringgitWords';
import { LARGE_PAYMENT_SEN, takePaymentSchema } from '@shared/schemas/payment';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { shownBesideField, applyServerIssues, errorAt } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';
import { useLeaveGuard } from '../keyboard/useLeaveGuard';
import { useFocusOnArrival } from '../keyboard/useFocusOnArrival';
import { FormKeys } from '../keyboard/FormKeys';
import {
  allWaived,
  cashDue,
  DEFAULT_CASH_RULES,
  emptyLine,
  type CashRules,
  lineAmounts,
  paymentExtraIssues,
  paymentRename,
  paymentToInput,
  tenderedSen,
  totalOf,
  type PaymentForm as PaymentFormValues,
} from './model';
import { unawaitedHandler } from '../app/unawaited';
import { PaymentReferences } from './PaymentReferences';

interface Props {
  caseId: number;
  fees: FeeItemView[];
  initial: PaymentFormValues;
  senWording: SenWording;
  replacesReceiptId: number | null;
  onIssued: (receipt: ReceiptView) => void;
  /** The court's cash limits and rounding (Tetapan → Resit). */
  rules?: CashRules;
  /** Another counter's case (`caseId` its row there): the payment is taken through the court folder. */
  court?: string;
}

/** Terima Bayaran: fee lines, payer, method and references; the total large with its words. */
export function PaymentForm({
  caseId,
  fees,
  initial,
  senWording,
  replacesReceiptId,
  onIssued,
  rules = DEFAULT_CASH_RULES,
  court,
}: Props) {
  const { ms, msDomain, msMoney } = useStrings();
  const active = fees.filter((f) => f.active);
  const [resolver] = useState(() =>
    schemaResolver<PaymentFormValues>(takePaymentSchema, {
      toInput: (v) => paymentToInput(v, caseId, replacesReceiptId),
      rename: paymentRename,
      extra: paymentExtraIssues(fees, rules),
    }),
  );
  const [failure, setFailure] = useState<{ message: string; rest: FieldIssue[] } | null>(null);
  const { control, register, handleSubmit, setError, getValues, formState } = useForm<PaymentFormValues>({
    resolver,
    defaultValues: initial,
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ control, name: 'lines' });
  const [method, tenderedText] = useWatch({ control, name: ['method', 'tenderedText'] });
  const amounts = lineAmounts(lines, fees);
  const total = totalOf(lines, fees);
  const { rounding, due } = cashDue(total, method, rules);
  const waived = allWaived(lines);
  const tendered = tenderedSen(tenderedText);
  const counted = method === 'CASH' && tendered !== null && !Number.isNaN(tendered);
  const change = counted && tendered >= due ? tendered - due : null;
  const short = counted && tendered < due ? due - tendered : null;
  const rate = new Map(fees.map((f) => [f.code, f]));
  // Not isSubmitSuccessful: react-hook-form sets it for a submit the ledger then refused (a refusal not on a
  // field, e.g. a last ESV3 number not set), and the typed input would be lost without asking.
  const [saved, setSaved] = useState(false);
  const allowLeave = useLeaveGuard(formState.isDirty && !saved, { escBack: true });
  // The fee lines and the payer come filled in: the cash tendered is what the clerk types first.
  useFocusOnArrival('pay-tendered', 'line-0-fee');

  const onSubmit = async (values: PaymentFormValues) => {
    setFailure(null);
    const input = paymentToInput(values, caseId, replacesReceiptId);
    const result = court
      ? await call('courtFolder.takePayment', { ...input, counter: court })
      : await call('payments.take', input);
    if (result.ok) {
      setSaved(true);
      allowLeave();
      onIssued(result.value);
      return;
    }
    const rest = applyServerIssues(
      result.error.issues,
      setError,
      (p) => p === 'confirmLargeAmount' || p === 'confirmLargeChange' || getValues(p as never) !== undefined,
      paymentRename,
    );
    setFailure(shownBesideField(result.error, rest) ? null : { message: result.error.message, rest });
  };

  const hasErrors = formState.submitCount > 0 && Object.keys(formState.errors).length > 0;
  const linesError = errorAt(formState.errors, 'lines');

  return (
    <form
      className="form payment"
      onSubmit={unawaitedHandler(handleSubmit(onSubmit))}
      noValidate
      aria-label={ms.pay.title}
    >
      <FormFailure failure={failure} hasErrors={hasErrors} />

      <section className="section">
        <h2>{ms.pay.linesSection}</h2>
        {active.length === 0 ? <Notice tone="warning">{ms.pay.noFees}</Notice> : null}
        <table className="table table--form pay-lines">
          <thead>
            <tr>
              <th scope="col">{ms.pay.fee}</th>
              <th scope="col">{ms.pay.quantity}</th>
              <th scope="col" className="num">
                {ms.pay.unit}
              </th>
              <th scope="col" className="num">
                {ms.pay.amount}
              </th>
              <th scope="col">{ms.pay.exempt}</th>
              <th scope="col">
                <span className="visually-hidden">{ms.common.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, i) => {
              const line = lines[i] ?? emptyLine;
              const fee = rate.get(line.feeCode);
              const feeError = errorAt(formState.errors, `lines.${i}.feeCode`);
              const qtyError = errorAt(formState.errors, `lines.${i}.quantity`);
              const reasonError = errorAt(formState.errors, `lines.${i}.exemptReason`);
              const typedError = errorAt(formState.errors, `lines.${i}.amountText`);
              return (
                <tr key={field.id} data-testid={`pay-line-${i}`}>
                  <td>
                    <label className="visually-hidden" htmlFor={`line-${i}-fee`}>
                      {`${ms.pay.fee} ${ms.pay.lineLabel(i + 1)}`}
                    </label>
                    <select
                      id={`line-${i}-fee`}
                      aria-invalid={Boolean(feeError)}
                      aria-describedby={feeError ? `line-${i}-fee-error` : undefined}
                      {...register(`lines.${i}.feeCode`)}
                    >
                      <option value="">{ms.pay.chooseFee}</option>
                      {active.map((f) => (
                        <option key={f.code} value={f.code}>
                          {f.code} — {f.name}
                        </option>
                      ))}
                      {fee && !fee.active ? <option value={fee.code}>{fee.code}</option> : null}
                    </select>
                    {feeError ? (
                      <p id={`line-${i}-fee-error`} className="field__error" role="alert">
                        {feeError}
                      </p>
                    ) : null}
                    {line.exempt ? (
                      <Field
                        id={`line-${i}-exemptReason`}
                        label={ms.pay.exemptReason}
                        hint={ms.pay.exemptReasonHint}
                        error={reasonError}
                        required
                      >
                        {(aria) => <input {...aria} {...register(`lines.${i}.exemptReason`)} />}
                      </Field>
                    ) : null}
                  </td>
                  <td>
                    {fee?.amountTyped ? (
                      <span className="num">1</span>
                    ) : (
                      <>
                        <label className="visually-hidden" htmlFor={`line-${i}-qty`}>
                          {`${ms.pay.quantity} ${ms.pay.lineLabel(i + 1)}`}
                        </label>
                        <input
                          id={`line-${i}-qty`}
                          className="input--qty"
                          inputMode="numeric"
                          aria-invalid={Boolean(qtyError)}
                          {...register(`lines.${i}.quantity`)}
                        />
                      </>
                    )}
                    {qtyError ? (
                      <p className="field__error" role="alert">
                        {qtyError}
                      </p>
                    ) : null}
                  </td>
                  <td className="num money-cell">
                    {fee?.amountTyped ? (
                      <>
                        <label className="visually-hidden" htmlFor={`line-${i}-amount`}>
                          {`${msMoney.typedAmount} ${ms.pay.lineLabel(i + 1)}`}
                        </label>
                        <input
                          id={`line-${i}-amount`}
                          className="input--qty"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-invalid={Boolean(typedError)}
                          aria-describedby={`line-${i}-amount-bounds`}
                          {...register(`lines.${i}.amountText`)}
                        />
                        <small id={`line-${i}-amount-bounds`} className="muted">
                          {msMoney.typedBounds(formatRinggit(fee.minSen ?? 0), formatRinggit(fee.maxSen ?? 0))}
                        </small>
                        {typedError ? (
                          <p className="field__error" role="alert">
                            {typedError}
                          </p>
                        ) : null}
                      </>
                    ) : fee ? (
                      formatRinggit(fee.amountSen)
                    ) : (
                      ms.caseView.none
                    )}
                  </td>
                  <td className="num money-cell">{formatRinggit(amounts[i] ?? 0)}</td>
                  <td>
                    <label className="checkbox">
                      <input type="checkbox" {...register(`lines.${i}.exempt`)} />
                      <span>{ms.pay.exempt}</span>
                    </label>
                  </td>
                  <td>
                    {fields.length > 1 ? (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-label={`${ms.pay.removeLine} ${i + 1}`}
                        onClick={() => remove(i)}
                      >
                        {ms.pay.removeLine}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {linesError ? <p className="field__error">{linesError}</p> : null}
        <button type="button" className="button button--secondary button--small" onClick={() => append(emptyLine)}>
          {ms.pay.addLine}
        </button>
      </section>

      <section className="section">
        <h2>{ms.pay.payerSection}</h2>
        <div className="grid grid--2">
          <Field
            id="pay-payerName"
            label={ms.pay.payerName}
            hint={ms.pay.payerNameHint}
            error={errorAt(formState.errors, 'payerName')}
            required
          >
            {(aria) => <input {...aria} autoComplete="off" {...register('payerName')} />}
          </Field>
          <Field
            id="pay-payerIdNumber"
            label={`${ms.pay.payerId} ${ms.common.optional}`}
            error={errorAt(formState.errors, 'payerIdNumber')}
          >
            {(aria) => <input {...aria} className="input--mono" autoComplete="off" {...register('payerIdNumber')} />}
          </Field>
        </div>
      </section>

      <section className="section">
        <h2>{ms.pay.methodSection}</h2>
        <fieldset className="radio-group">
          <legend className="visually-hidden">{ms.pay.methodSection}</legend>
          <div className="radio-row">
            {PAYMENT_METHODS.map((m) => (
              <label key={m} className="radio radio--boxed">
                <input type="radio" value={m} {...register('method')} />
                <span>{msDomain.paymentMethod[m]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid grid--2">
          {method === 'CASH' && waived ? (
            <p className="muted" data-testid="waived-no-cash">
              {msMoney.noCashWaived}
            </p>
          ) : null}
          {method === 'CASH' && !waived ? (
            <>
              <Field
                id="pay-tendered"
                label={ms.pay.tendered}
                error={errorAt(formState.errors, 'tenderedText')}
                required
              >
                {(aria) => (
                  <div className="money">
                    <span className="money__prefix" aria-hidden="true">
                      RM
                    </span>
                    <input {...aria} inputMode="decimal" autoComplete="off" {...register('tenderedText')} />
                  </div>
                )}
              </Field>
              <div className="change" data-testid="change" aria-live="polite">
                {short !== null ? (
                  <span className="change__value change__value--short">{msMoney.short(formatRinggit(short))}</span>
                ) : (
                  <>
                    <span className="change__label">{ms.pay.change}</span>
                    <span className="change__value">RM {change === null ? '—' : formatRinggit(change)}</span>
                  </>
                )}
              </div>
              {change !== null && change > rules.changeConfirmSen ? (
                <div>
                  <label className="checkbox">
                    <input type="checkbox" {...register('confirmLargeChange')} />
                    <span>{msMoney.largeChange(formatRinggit(change))}</span>
                  </label>
                  {errorAt(formState.errors, 'confirmLargeChange') ? (
                    <p className="field__error" role="alert">
                      {errorAt(formState.errors, 'confirmLargeChange')}
                    </p>
                  ) : null}
                </div>
              ) : null}
            </>
          ) : null}
          {method === 'CHEQUE' ? (
            <Field id="pay-bank" label={ms.pay.bank} error={errorAt(formState.errors, 'chequeBank')} required>
              {(aria) => <input {...aria} autoComplete="off" {...register('chequeBank')} />}
            </Field>
          ) : null}
          {method !== 'CASH' ? (
            <Field
              id="pay-reference"
              label={
                method === 'CHEQUE'
                  ? ms.pay.chequeNo
                  : method === 'CARD'
                    ? ms.pay.approvalCode
                    : method === 'EFT'
                      ? ms.pay.eftRef
                      : ms.pay.orderNo
              }
              error={errorAt(formState.errors, 'methodReference')}
              required
            >
              {(aria) => (
                <input {...aria} className="input--mono" autoComplete="off" {...register('methodReference')} />
              )}
            </Field>
          ) : null}
        </div>
      </section>

      <section className="section">
        <h2>{ms.pay.refsSection}</h2>
        <PaymentReferences input={(name) => register(name)} errorOf={(name) => errorAt(formState.errors, name)} />
        <Field id="pay-note" label={`${ms.pay.note} ${ms.common.optional}`} error={errorAt(formState.errors, 'note')}>
          {(aria) => <textarea {...aria} rows={2} {...register('note')} />}
        </Field>
      </section>

      <div className="form__actions form__actions--sticky pay-total">
        <div className="pay-total__figures">
          <p className="pay-total__label">{ms.pay.total}</p>
          <p className="pay-total__amount" data-testid="pay-total" aria-live="polite">
            RM {formatRinggit(due)}
          </p>
          {rounding !== 0 ? (
            <p className="pay-total__rounding" data-testid="pay-rounding">
              {msMoney.rounding}: {rounding > 0 ? '+' : ''}
              {formatRinggit(rounding)} ({ms.pay.total} RM {formatRinggit(total)})
            </p>
          ) : null}
          <p className="pay-total__words" data-testid="pay-words">
            {due <= MAX_WORDED_SEN ? ringgitInWords(due, senWording) : ''}
          </p>
          {total > LARGE_PAYMENT_SEN ? (
            <>
              <label className="checkbox">
                <input type="checkbox" {...register('confirmLargeAmount')} />
                <span>{ms.pay.large}</span>
              </label>
              {errorAt(formState.errors, 'confirmLargeAmount') ? (
                <p className="field__error" role="alert">
                  {errorAt(formState.errors, 'confirmLargeAmount')}
                </p>
              ) : null}
            </>
          ) : null}
        </div>
        <FormKeys />
        <button type="submit" className="button button--primary button--large" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? ms.pay.submitting : ms.pay.submit}
        </button>
      </div>
    </form>
  );
}
