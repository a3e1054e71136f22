import { useState } from 'react';
import { useLeaveGuard } from '../keyboard/useLeaveGuard';
import { EmptyHint } from '../components/EmptyHint';
import { Link } from 'react-router';
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/domain';
import type { AppErrorData } from '@shared/errors';
import type { FilingsRecordedView, FilingTypeView } from '@shared/filingViews';
import { formatRinggit, parseRinggit } from '@shared/money';
import { recordFilingsSchema } from '@shared/schemas/filing';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { useOutage } from '../app/context';
import { routes } from '../app/routes';
import { Notice } from '../components/Notice';
import { shownFieldMessage } from '../i18n/errors';
import { currentLanguage, useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { unawaited } from '../app/unawaited';
import { AfterCloseNotice } from '../payments/AfterCloseNotice';
import { PaymentReferences, type ReferenceName } from '../payments/PaymentReferences';

interface Row {
  typeCode: string;
  quantity: string;
  description: string;
}

const emptyRow = (types: FilingTypeView[]): Row => ({ typeCode: types[0]?.code ?? '', quantity: '1', description: '' });

/** Documents received for the case (the list), and the form that receives more with their receipt. */
export function CaseFilings(props: { caseId: number; payerName: string; onChanged: () => void }) {
  const { msCounter } = useStrings();
  const { ms, msSop } = useStrings();
  const { caseId, payerName } = props;
  const { outage } = useOutage();
  const { state, reload } = useApi('filings.forCase', { caseId });
  const filings = state.value ?? [];
  return (
    <section className="section" data-testid="case-filings">
      <h2>{msSop.filings.title}</h2>
      {filings.length === 0 ? (
        <EmptyHint title={msSop.filings.none} what={outage ? msCounter.empty.filingsWhat : undefined} />
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{msSop.filings.type}</th>
              <th scope="col" className="num">
                {msSop.filings.quantity}
              </th>
              <th scope="col">{msSop.filings.description}</th>
              <th scope="col" className="num">
                {msSop.filings.amount}
              </th>
              <th scope="col">{msSop.filings.receivedAt}</th>
              <th scope="col">{msSop.filings.receivedBy}</th>
              <th scope="col">{msSop.filings.receipt}</th>
            </tr>
          </thead>
          <tbody>
            {filings.map((f) => (
              <tr key={f.id}>
                <td>{f.typeName}</td>
                <td className="num">{f.quantity}</td>
                <td>{f.description ?? ms.caseView.none}</td>
                <td className="num">{formatRinggit(f.amountSen)}</td>
                <td className="nowrap">{formatDateTime(f.receivedAt)}</td>
                <td>{f.receivedBy}</td>
                <td>
                  {f.receiptId ? <Link to={routes.receipt(f.receiptId)}>{f.receiptNumber}</Link> : ms.caseView.none}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {outage ? (
        <ReceiveDocuments
          caseId={caseId}
          payerName={payerName}
          onSaved={() => {
            reload();
            props.onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

/**
 * Terima dokumen: the documents, their fee and the payer, saved with their receipt. `court`: the case is
 * another counter's (`caseId` its row there, as the court search names it), saved through the court folder.
 */
export function ReceiveDocuments({
  caseId,
  payerName,
  onSaved,
  court,
}: {
  caseId: number;
  payerName: string;
  onSaved: () => void;
  court?: string;
}) {
  const { ms, msSop, msDomain } = useStrings();
  const { state } = useApi('filingTypes.list', {});
  const types = (state.value ?? []).filter((t) => t.active);
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [payer, setPayer] = useState(payerName);
  const [method, setMethod] = useState<PaymentMethod>('CASH');
  const [tendered, setTendered] = useState('');
  const [reference, setReference] = useState('');
  const [bank, setBank] = useState('');
  const [payerId, setPayerId] = useState('');
  const [refs, setRefs] = useState<Record<ReferenceName, string>>({ kew38Serial: '', igfmasRef: '', ispeksRef: '' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [saved, setSaved] = useState<FilingsRecordedView | null>(null);
  const current = rows ?? [emptyRow(types)];
  useLeaveGuard(
    open &&
      (rows !== null || tendered !== '' || reference !== '' || bank !== '' || payer !== payerName || method !== 'CASH'),
  );
  const feeOf = (code: string) => types.find((t) => t.code === code)?.feeSen ?? 0;
  const total = current.reduce((sum, r) => sum + feeOf(r.typeCode) * (Number(r.quantity) || 0), 0);
  const setRow = (i: number, patch: Partial<Row>) => setRows(current.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  if (!open) {
    return (
      <div className="form__actions">
        {saved ? (
          <Notice tone="success">
            <p>{msSop.filings.saved(saved.filings.length, saved.receipt?.receiptNumber ?? null)}</p>
            {saved.receipt ? <Link to={routes.receipt(saved.receipt.id)}>{msSop.filings.viewReceipt}</Link> : null}
          </Notice>
        ) : null}
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          {msSop.filings.receive}
        </button>
      </div>
    );
  }

  const submit = async () => {
    setFailure(null);
    const input = {
      caseId,
      documents: current.map((r) => ({
        typeCode: r.typeCode,
        quantity: /^\d+$/.test(r.quantity.trim()) ? Number(r.quantity) : Number.NaN,
        description: r.description,
      })),
      payerName: payer,
      payerIdNumber: payerId,
      ...refs,
      method,
      tenderedSen: method === 'CASH' ? (parseRinggit(tendered) ?? Number.NaN) : null,
      chequeBank: method === 'CHEQUE' ? bank : '',
      methodReference: method === 'CASH' ? '' : reference,
    };
    const parsed = recordFilingsSchema.safeParse(input);
    if (!parsed.success) {
      setFailure({
        code: 'VALIDATION',
        message: parsed.error.issues.map((i) => shownFieldMessage(i.message, currentLanguage())).join(' '),
      } as AppErrorData);
      return;
    }
    setBusy(true);
    const result = court
      ? await call('courtFolder.receiveFilings', { ...input, counter: court })
      : await call('filings.record', input);
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setSaved(result.value);
    setOpen(false);
    setRows(null);
    setTendered('');
    onSaved();
  };

  return (
    <form
      className="form"
      aria-label={msSop.filings.receive}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        unawaited(submit());
      }}
    >
      <h3>{msSop.filings.receive}</h3>
      <AfterCloseNotice />
      {failure ? <Notice tone="error">{failure.message}</Notice> : null}
      {current.map((row, i) => (
        <div className="grid grid--3" key={i} data-testid={`filing-row-${i}`}>
          <label className="field">
            <span className="field__label">{msSop.filings.type}</span>
            <select value={row.typeCode} onChange={(e) => setRow(i, { typeCode: e.target.value })}>
              {types.map((t) => (
                <option key={t.code} value={t.code}>
                  {t.name} ({t.feeSen === null ? msSop.filings.noFee : `RM ${formatRinggit(t.feeSen)}`})
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{msSop.filings.quantity}</span>
            <input inputMode="numeric" value={row.quantity} onChange={(e) => setRow(i, { quantity: e.target.value })} />
          </label>
          <label className="field">
            <span className="field__label">{msSop.filings.description}</span>
            <input value={row.description} onChange={(e) => setRow(i, { description: e.target.value })} />
          </label>
          {current.length > 1 ? (
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setRows(current.filter((_, j) => j !== i))}
            >
              {msSop.filings.remove}
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => setRows([...current, emptyRow(types)])}>
        {msSop.filings.addRow}
      </button>
      <p className="total" data-testid="filings-total">
        {msSop.filings.total(formatRinggit(total))}
      </p>
      <div className="grid grid--3">
        <label className="field">
          <span className="field__label">{msSop.filings.payer}</span>
          <input value={payer} onChange={(e) => setPayer(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{`${ms.pay.payerId} ${ms.common.optional}`}</span>
          <input className="input--mono" value={payerId} onChange={(e) => setPayerId(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{msSop.filings.method}</span>
          <select value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
            {PAYMENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {msDomain.paymentMethod[m]}
              </option>
            ))}
          </select>
        </label>
        {method === 'CASH' ? (
          <label className="field">
            <span className="field__label">{msSop.filings.tendered}</span>
            <input inputMode="decimal" value={tendered} onChange={(e) => setTendered(e.target.value)} />
          </label>
        ) : (
          <label className="field">
            <span className="field__label">{msSop.filings.reference}</span>
            <input value={reference} onChange={(e) => setReference(e.target.value)} />
          </label>
        )}
        {method === 'CHEQUE' ? (
          <label className="field">
            <span className="field__label">{msSop.filings.bank}</span>
            <input value={bank} onChange={(e) => setBank(e.target.value)} />
          </label>
        ) : null}
      </div>
      <PaymentReferences
        idPrefix="filing"
        input={(name) => ({ value: refs[name], onChange: (e) => setRefs({ ...refs, [name]: e.target.value }) })}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? ms.common.saving : msSop.filings.submit}
        </button>
      </div>
    </form>
  );
}
