import { useState } from 'react';
import { formatRinggit, parseRinggit } from '@shared/money';
import type { DefaultFeeLine, FeeItemView, FeeScheduleView } from '@shared/receiptViews';
import { feeItemSchema } from '@shared/schemas/payment';
import type { CaseTypeView } from '@shared/views';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { EmptyState, Loading, Notice } from '../components/Notice';
import { strings, useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import { schemaResolver } from '../lib/formResolver';
import { ItemFormActions } from './ItemFormActions';
import { useItemForm } from './useItemForm';
import { unawaited } from '../app/unawaited';

interface FeeForm {
  code: string;
  name: string;
  amountText: string;
  active: boolean;
  /** Jaminan, deposits, nafkah: the clerk types the amount, between the minimum and the maximum. */
  amountTyped: boolean;
  minText: string;
  maxText: string;
}

const senOrNull = (text: string) => (text.trim() === '' ? null : (parseRinggit(text) ?? Number.NaN));

const toInput = (v: FeeForm) => ({
  code: v.code,
  name: v.name,
  amountSen: v.amountTyped ? 0 : (parseRinggit(v.amountText) ?? Number.NaN),
  active: v.active,
  amountTyped: v.amountTyped,
  minSen: v.amountTyped ? senOrNull(v.minText) : null,
  maxSen: v.amountTyped ? senOrNull(v.maxText) : null,
});
const RENAME = { amountSen: 'amountText', minSen: 'minText', maxSen: 'maxText' };
const resolver = schemaResolver<FeeForm>(feeItemSchema, {
  toInput,
  rename: RENAME,
  extra: (v) =>
    !v.amountTyped && parseRinggit(v.amountText) === null
      ? [{ path: 'amountText', message: strings().ms.fees.amountInvalid }]
      : [],
});
const blank: FeeForm = {
  code: '',
  name: '',
  amountText: '',
  active: true,
  amountTyped: false,
  minText: '',
  maxText: '',
};

/** The form's values for a fee in the schedule. */
function formOf(f: FeeItemView): FeeForm {
  return {
    code: f.code,
    name: f.name,
    amountText: formatRinggit(f.amountSen),
    active: f.active,
    amountTyped: f.amountTyped,
    minText: f.minSen === null ? '' : formatRinggit(f.minSen),
    maxText: f.maxSen === null ? '' : formatRinggit(f.maxSen),
  };
}

/** Jadual Fi: the court's fee items (add, edit, deactivate) and the default lines per proceeding or type. */
export function FeesSettings() {
  const { ms, msMoney } = useStrings();
  const { state, reload } = useApi('fees.schedule', {});
  const { state: types } = useApi('caseTypes.list', {});
  const item = useItemForm<FeeForm>({
    resolver,
    blank,
    save: (values) => call('fees.saveItem', toInput(values)),
    saved: reload,
    rename: RENAME,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = item.form;
  const { editing, failure } = item;
  const typed = item.form.watch('amountTyped');

  const edit = (f: FeeItemView) => item.edit(f.code, formOf(f), 'name');

  const items = state.value?.items ?? [];
  return (
    <div>
      <p className="section__intro">{ms.fees.intro}</p>
      <form className="form subform" onSubmit={(e) => unawaited(item.submit(e))} noValidate>
        <h3>{editing ? ms.fees.editTitle(editing) : ms.fees.addTitle}</h3>
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <div className="grid grid--fee">
          <Field id="fee-code" label={ms.fees.code} hint={ms.fees.codeHint} error={errorAt(errors, 'code')} required>
            {(aria) => <input {...aria} className="input--mono" readOnly={editing !== null} {...register('code')} />}
          </Field>
          <Field id="fee-name" label={ms.fees.name} error={errorAt(errors, 'name')} required>
            {(aria) => <input {...aria} {...register('name')} />}
          </Field>
          {typed ? null : (
            <Field id="fee-amount" label={ms.fees.amount} error={errorAt(errors, 'amountText')} required>
              {(aria) => (
                <div className="money">
                  <span className="money__prefix" aria-hidden="true">
                    RM
                  </span>
                  <input {...aria} inputMode="decimal" autoComplete="off" {...register('amountText')} />
                </div>
              )}
            </Field>
          )}
        </div>
        <label className="checkbox">
          <input type="checkbox" {...register('amountTyped')} />
          <span>
            {msMoney.feeTyped}
            <br />
            <span className="muted">{msMoney.feeTypedHint}</span>
          </span>
        </label>
        {typed ? (
          <div className="grid grid--2">
            <Field id="fee-min" label={msMoney.feeMin} error={errorAt(errors, 'minText')} required>
              {(aria) => <input {...aria} inputMode="decimal" autoComplete="off" {...register('minText')} />}
            </Field>
            <Field id="fee-max" label={msMoney.feeMax} error={errorAt(errors, 'maxText')} required>
              {(aria) => <input {...aria} inputMode="decimal" autoComplete="off" {...register('maxText')} />}
            </Field>
          </div>
        ) : null}
        <label className="checkbox">
          <input type="checkbox" {...register('active')} />
          <span>{ms.fees.activeLabel}</span>
        </label>
        <ItemFormActions submitting={isSubmitting} editing={editing !== null} onCancel={item.cancel} />
      </form>

      {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
      {!state.value ? <Loading text={ms.common.loading} /> : null}
      {state.value && items.length === 0 ? <EmptyState>{ms.fees.empty}</EmptyState> : null}
      {items.length > 0 ? (
        <table className="table" data-testid="fee-items">
          <thead>
            <tr>
              <th scope="col">{ms.fees.code}</th>
              <th scope="col">{ms.fees.name}</th>
              <th scope="col" className="num">
                {ms.fees.amount}
              </th>
              <th scope="col">{ms.fees.status}</th>
              <th scope="col">{ms.users.actions}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr key={f.code} className={f.active ? undefined : 'row--inactive'}>
                <td className="code">{f.code}</td>
                <td>{f.name}</td>
                <td className="num">
                  {f.amountTyped
                    ? `${msMoney.feeTypedShown}: ${msMoney.typedBounds(formatRinggit(f.minSen ?? 0), formatRinggit(f.maxSen ?? 0))}`
                    : formatRinggit(f.amountSen)}
                </td>
                <td>{f.active ? ms.common.active : ms.common.inactive}</td>
                <td className="nowrap">
                  <button type="button" className="button button--small button--secondary" onClick={() => edit(f)}>
                    {ms.common.edit}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => unawaited(item.saveListed({ ...formOf(f), active: !f.active }))}
                  >
                    {f.active ? ms.fees.deactivate : ms.fees.activate}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {state.value && types.value ? (
        <DefaultLines schedule={state.value} types={types.value.filter((t) => t.active)} onSaved={reload} />
      ) : null}
    </div>
  );
}

function DefaultLines({
  schedule,
  types,
  onSaved,
}: {
  schedule: FeeScheduleView;
  types: CaseTypeView[];
  onSaved: () => void;
}) {
  const { ms } = useStrings();
  const [appliesTo, setAppliesTo] = useState('SAMAN');
  const current = schedule.defaults.find((d) => d.appliesTo === appliesTo)?.lines ?? [];
  return (
    <section className="subform">
      <h3>{ms.fees.defaultsTitle}</h3>
      <p className="section__intro">{ms.fees.defaultsIntro}</p>
      <Field id="defaults-for" label={ms.fees.appliesTo}>
        {(aria) => (
          <select {...aria} value={appliesTo} onChange={(e) => setAppliesTo(e.target.value)}>
            <option value="SAMAN">{ms.fees.appliesSaman}</option>
            <option value="PERMOHONAN">{ms.fees.appliesPermohonan}</option>
            {types.map((t) => (
              <option key={t.code} value={`TYPE:${t.code}`}>
                {ms.fees.appliesType(t.code, t.name)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DefaultLinesEditor
        key={appliesTo}
        appliesTo={appliesTo}
        initial={current}
        items={schedule.items.filter((i) => i.active)}
        onSaved={onSaved}
      />
    </section>
  );
}

function DefaultLinesEditor({
  appliesTo,
  initial,
  items,
  onSaved,
}: {
  appliesTo: string;
  initial: DefaultFeeLine[];
  items: FeeItemView[];
  onSaved: () => void;
}) {
  const { ms } = useStrings();
  const [lines, setLines] = useState(initial.map((l) => ({ feeCode: l.feeCode, quantity: String(l.quantity) })));
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const setLine = (i: number, patch: Partial<(typeof lines)[number]>) =>
    setLines((all) => all.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  const save = async () => {
    setBusy(true);
    setMessage(null);
    const result = await call('fees.setDefaults', {
      appliesTo,
      lines: lines
        .filter((l) => l.feeCode !== '')
        .map((l) => ({
          feeCode: l.feeCode,
          quantity: /^\d+$/.test(l.quantity.trim()) ? Number(l.quantity) : Number.NaN,
        })),
    });
    setBusy(false);
    if (result.ok) {
      setMessage({ tone: 'success', text: ms.fees.defaultsSaved });
      onSaved();
    } else {
      const detail = result.error.issues?.map((i) => i.message).join(' ');
      setMessage({ tone: 'error', text: detail ? `${result.error.message} ${detail}` : result.error.message });
    }
  };

  return (
    <div data-testid="default-lines">
      {lines.length === 0 ? <p className="muted">{ms.fees.noDefaults}</p> : null}
      {lines.length > 0 ? (
        <table className="table table--form">
          <thead>
            <tr>
              <th scope="col">{ms.pay.fee}</th>
              <th scope="col">{ms.pay.quantity}</th>
              <th scope="col">
                <span className="visually-hidden">{ms.common.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i}>
                <td>
                  <select
                    aria-label={`${ms.pay.fee} ${ms.pay.lineLabel(i + 1)}`}
                    value={l.feeCode}
                    onChange={(e) => setLine(i, { feeCode: e.target.value })}
                  >
                    <option value="">{ms.pay.chooseFee}</option>
                    {items.map((f) => (
                      <option key={f.code} value={f.code}>
                        {f.code} — {f.name} (RM {formatRinggit(f.amountSen)})
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`${ms.pay.quantity} ${ms.pay.lineLabel(i + 1)}`}
                    className="input--qty"
                    inputMode="numeric"
                    value={l.quantity}
                    onChange={(e) => setLine(i, { quantity: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => setLines((all) => all.filter((_, j) => j !== i))}
                  >
                    {ms.pay.removeLine}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setLines((all) => [...all, { feeCode: '', quantity: '1' }])}
        >
          {ms.pay.addLine}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => unawaited(save())}>
          {busy ? ms.common.saving : ms.fees.saveDefaults}
        </button>
      </div>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}
