import { PrintButtons } from '../printing/PrintButtons';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatRinggit, parseRinggit } from '@shared/money';
import type { DayCloseView } from '@shared/receiptViews';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { Field } from '../components/Field';
import { EmptyState, Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDate, formatDateTime, todayInCourt } from '../lib/time';
import { ApprovalDialog } from '../payments/ApprovalDialog';
import { DateInput } from '../components/DateInput';

/** Tutup Kaunter: the collector's statement of one day (Penyata Kutipan Harian Kaunter), the cash count and the close. */
export function DayClosePage() {
  const { ms } = useStrings();
  const t = useStrings().ms.dayClose;
  const [date, setDate] = useState(() => todayInCourt());
  const { state, reload } = useApi('dayClose.statement', { date });
  return (
    <div className="page">
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      <div className="filters">
        <Field id="day-date" label={t.date}>
          {(aria) => <DateInput {...aria} value={date} max={todayInCourt()} onChange={setDate} />}
        </Field>
      </div>
      {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
      {state.value && state.value.date === date ? (
        <Statement key={`${date}:${String(state.value.closed)}`} day={state.value} onClosed={reload} />
      ) : state.status !== 'error' ? (
        <Loading text={ms.common.loading} />
      ) : null}
    </div>
  );
}

function Difference({ sen }: { sen: number }) {
  const t = useStrings().ms.dayClose;
  const label = sen > 0 ? t.over : sen < 0 ? t.short : t.exact;
  return (
    <span
      className={`difference difference--${sen > 0 ? 'over' : sen < 0 ? 'short' : 'exact'}`}
      data-testid="difference"
    >
      {label}
      {sen !== 0 ? ` RM ${formatRinggit(Math.abs(sen))}` : ''}
    </span>
  );
}

function Statement({ day, onClosed }: { day: DayCloseView; onClosed: () => void }) {
  const { ms, msDomain, msMoney } = useStrings();
  const t = useStrings().ms.dayClose;
  const [cashText, setCashText] = useState('');
  const [cashError, setCashError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [approving, setApproving] = useState(false);
  const [reopening, setReopening] = useState(false);
  const counted = cashText.trim() === '' ? null : parseRinggit(cashText);
  const liveDifference = counted === null ? null : counted - day.cashExpectedSen;

  const startClose = () => {
    if (counted === null) {
      setCashError(t.cashCountedInvalid);
      return;
    }
    setCashError(null);
    if (liveDifference !== 0 && note.trim() === '') {
      setNoteError(msMoney.differenceNoteRequired);
      return;
    }
    setNoteError(null);
    setApproving(true);
  };

  return (
    <div data-testid="day-statement">
      {day.closed ? (
        <Notice tone="success">
          {t.closed}
          {day.version !== null && day.version > 1 ? ` (${msMoney.version(day.version)})` : ''}
        </Notice>
      ) : null}
      {day.closed ? (
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={() => setReopening(true)}>
            {msMoney.reopen}
          </button>
        </div>
      ) : null}
      {day.closes.length > 0 ? (
        <section className="section">
          <h2>{msMoney.history}</h2>
          <ul data-testid="close-history">
            {day.closes.map((c) => {
              const reopen = day.reopens.find((r) => r.version === c.version);
              return (
                <li key={c.version}>
                  {msMoney.closedEntry(c.version, formatDateTime(c.closedAt), c.checkedBy)}
                  {c.differenceNote ? ` — ${msMoney.differenceNote}: ${c.differenceNote}` : ''}
                  {reopen ? (
                    <div>
                      {msMoney.reopenedEntry(formatDateTime(reopen.reopenedAt), reopen.approvedBy, reopen.reason)}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <PrintButtons target={{ kind: 'statement', date: day.date }} />
      <dl className="facts facts--grid">
        <div>
          <dt>{t.counter}</dt>
          <dd>{day.counterId}</dd>
        </div>
        <div>
          <dt>{t.range}</dt>
          <dd className="code" data-testid="receipt-range">
            {day.firstReceiptNumber ? `${day.firstReceiptNumber} – ${day.lastReceiptNumber ?? ''}` : t.none}
          </dd>
        </div>
        <div>
          <dt>{t.issuedCount}</dt>
          <dd data-testid="issued-count">{day.issuedCount}</dd>
        </div>
        <div>
          <dt>{t.cancelledCount}</dt>
          <dd data-testid="cancelled-count">{day.cancelledCount}</dd>
        </div>
        <div>
          <dt>{t.total}</dt>
          <dd className="money-strong" data-testid="day-total">
            RM {formatRinggit(day.totalSen)}
          </dd>
        </div>
      </dl>

      <section className="section">
        <h2>{t.receipts}</h2>
        {day.receipts.length === 0 ? (
          <EmptyState>{t.empty}</EmptyState>
        ) : (
          <table className="table" data-testid="day-receipts">
            <thead>
              <tr>
                <th scope="col">{t.colNumber}</th>
                <th scope="col">{t.colTime}</th>
                <th scope="col">{t.colPayer}</th>
                <th scope="col">{t.colCase}</th>
                <th scope="col">{t.colMethod}</th>
                <th scope="col" className="num">
                  {t.colAmount}
                </th>
              </tr>
            </thead>
            <tbody>
              {day.receipts.map((r) => {
                const cancelled = r.status === 'CANCELLED';
                return (
                  <tr key={r.id} className={cancelled ? 'row--inactive' : undefined}>
                    <td className="nowrap">
                      <Link className="code" to={routes.receipt(r.id)}>
                        {r.receiptNumber}
                      </Link>{' '}
                      {cancelled ? <span className="status status--cancelled">{ms.receipt.cancelled}</span> : null}
                    </td>
                    <td className="nowrap">{formatDateTime(r.issuedAt)}</td>
                    <td className="party-name">{r.payerName}</td>
                    <td className="code">{r.caseNumber ?? t.none}</td>
                    <td>{msDomain.paymentMethod[r.method]}</td>
                    <td className="num">
                      {cancelled ? <s>{formatRinggit(r.totalSen)}</s> : formatRinggit(r.totalSen)}
                      {cancelled ? <div className="muted">{t.notCounted}</div> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <div className="grid grid--2">
        <section className="section">
          <h2>{t.byMethod}</h2>
          <table className="table" data-testid="by-method">
            <thead>
              <tr>
                <th scope="col">{t.colMethod}</th>
                <th scope="col" className="num">
                  {t.count}
                </th>
                <th scope="col" className="num">
                  {t.colAmount}
                </th>
              </tr>
            </thead>
            <tbody>
              {day.byMethod.map((m) => (
                <tr key={m.method}>
                  <td>{msDomain.paymentMethod[m.method]}</td>
                  <td className="num">{m.count}</td>
                  <td className="num">{formatRinggit(m.totalSen)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t.total}
                </th>
                <td className="num">
                  <strong>{formatRinggit(day.totalSen)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </section>
        <section className="section">
          <h2>{t.byFee}</h2>
          <table className="table" data-testid="by-fee">
            <thead>
              <tr>
                <th scope="col">{t.code}</th>
                <th scope="col">{t.description}</th>
                <th scope="col" className="num">
                  {t.count}
                </th>
                <th scope="col" className="num">
                  {t.colAmount}
                </th>
              </tr>
            </thead>
            <tbody>
              {day.byFee.map((f) => (
                <tr key={f.feeCode}>
                  <td className="code">{f.feeCode}</td>
                  <td>{f.description}</td>
                  <td className="num">{f.count}</td>
                  <td className="num">{formatRinggit(f.totalSen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <section className="section">
        <h2>{t.cashSection}</h2>
        <dl className="facts facts--grid">
          <div>
            <dt>{t.cashExpected}</dt>
            <dd className="money-strong" data-testid="cash-expected">
              RM {formatRinggit(day.cashExpectedSen)}
            </dd>
          </div>
          {day.closed ? (
            <>
              <div>
                <dt>{t.cashCounted.replace(' (RM)', '')}</dt>
                <dd className="money-strong">RM {formatRinggit(day.cashCountedSen ?? 0)}</dd>
              </div>
              <div>
                <dt>{t.difference}</dt>
                <dd>
                  <Difference sen={day.differenceSen ?? 0} />
                </dd>
              </div>
              {day.differenceNote ? (
                <div>
                  <dt>{msMoney.differenceNote}</dt>
                  <dd data-testid="difference-note">{day.differenceNote}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t.preparedBy}</dt>
                <dd data-testid="prepared-by">
                  {day.preparedBy ?? t.none}
                  {day.preparedAt ? <div className="muted">{formatDateTime(day.preparedAt)}</div> : null}
                </dd>
              </div>
              <div>
                <dt>{t.checkedBy}</dt>
                <dd data-testid="checked-by">
                  {day.checkedBy ?? t.none}
                  {day.checkedAt ? <div className="muted">{formatDateTime(day.checkedAt)}</div> : null}
                </dd>
              </div>
            </>
          ) : null}
        </dl>
        {!day.closed ? (
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              startClose();
            }}
          >
            <div className="grid grid--2">
              <Field id="cash-counted" label={t.cashCounted} error={cashError ?? undefined} required>
                {(aria) => (
                  <div className="money">
                    <span className="money__prefix" aria-hidden="true">
                      RM
                    </span>
                    <input
                      {...aria}
                      inputMode="decimal"
                      autoComplete="off"
                      value={cashText}
                      onChange={(e) => setCashText(e.target.value)}
                    />
                  </div>
                )}
              </Field>
              <div className="change">
                <span className="change__label">{t.difference}</span>
                <span className="change__value">
                  {liveDifference === null ? t.none : <Difference sen={liveDifference} />}
                </span>
              </div>
            </div>
            <Field
              id="difference-note"
              label={msMoney.differenceNote}
              hint={msMoney.differenceNoteHint}
              error={noteError ?? undefined}
              required={liveDifference !== null && liveDifference !== 0}
            >
              {(aria) => <input {...aria} autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
            <div className="form__actions">
              <button type="submit" className="button button--danger">
                {t.close}
              </button>
            </div>
          </form>
        ) : null}
      </section>
      {approving && counted !== null ? (
        <ApprovalDialog
          title={t.closeTitle(formatDate(day.date))}
          warning={t.closeConfirm(formatDate(day.date))}
          submitLabel={t.closeSubmit}
          onClose={() => setApproving(false)}
          onApprove={async (a) => {
            const result = await call('dayClose.close', {
              supervisorId: a.supervisorId,
              supervisorPin: a.supervisorPin,
              date: day.date,
              cashCountedSen: counted,
              differenceNote: liveDifference === 0 ? null : note,
            });
            if (result.ok) {
              setApproving(false);
              onClosed();
            }
            return result;
          }}
        />
      ) : null}
      {reopening ? (
        <ApprovalDialog
          title={msMoney.reopenTitle}
          warning={msMoney.reopenIntro}
          submitLabel={msMoney.reopenSubmit}
          askReason
          reasonLabel={msMoney.reopenReason}
          onClose={() => setReopening(false)}
          onApprove={async (a) => {
            const result = await call('dayClose.reopen', {
              supervisorId: a.supervisorId,
              supervisorPin: a.supervisorPin,
              date: day.date,
              reason: a.reason ?? '',
            });
            if (result.ok) {
              setReopening(false);
              onClosed();
            }
            return result;
          }}
        />
      ) : null}
    </div>
  );
}
