import { formatRinggit } from '@shared/money';
import type { ReceiptView } from '@shared/receiptViews';
import { useSession } from '../app/context';
import { useStrings } from '../i18n/strings';
import { formatDate, formatDateTime, todayInCourt } from '../lib/time';

/** The official receipt (Kew. 38 layout) drawn on screen; stamped BATAL when cancelled. */
export function OfficialReceipt({ receipt, departmentName }: { receipt: ReceiptView; departmentName: string }) {
  const { ms, msDomain, msMoney } = useStrings();
  const { court } = useSession();
  const cancelled = receipt.status === 'CANCELLED';
  const reference = [receipt.chequeBank, receipt.methodReference].filter(Boolean).join(' ');
  return (
    <article className={`official${cancelled ? ' official--cancelled' : ''}`} data-testid="official-receipt">
      {cancelled ? (
        <p className="official__stamp" aria-label={ms.receipt.cancelled}>
          {ms.receipt.cancelledStamp}
        </p>
      ) : null}
      <header className="official__head">
        <p className="official__dept">{departmentName}</p>
        <p className="official__court">{court.courtName.toUpperCase()}</p>
        <p className="official__title">{ms.receipt.title.toUpperCase()}</p>
      </header>
      <dl className="official__facts">
        <div>
          <dt>{ms.receipt.number}</dt>
          <dd className="official__number" data-testid="receipt-number">
            {receipt.receiptNumber}
          </dd>
        </div>
        <div>
          <dt>{ms.receipt.date}</dt>
          <dd>{formatDateTime(receipt.issuedAt)}</dd>
        </div>
        {receipt.collectionDate !== todayInCourt(new Date(receipt.issuedAt)) ? (
          <div>
            <dt>{msMoney.collectionDate}</dt>
            <dd data-testid="receipt-collection-date">{formatDate(receipt.collectionDate)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{ms.receipt.from}</dt>
          <dd className="party-name">{receipt.payerName}</dd>
        </div>
        <div>
          <dt>{ms.receipt.idNo}</dt>
          <dd className="code">{receipt.payerIdNumber ?? ms.caseView.none}</dd>
        </div>
      </dl>
      <table className="official__items">
        <thead>
          <tr>
            <th scope="col" className="num">
              {ms.receipt.colNo}
            </th>
            <th scope="col">{ms.receipt.colDesc}</th>
            <th scope="col">{ms.receipt.colMethod}</th>
            <th scope="col">{ms.receipt.colRef}</th>
            <th scope="col" className="num">
              {ms.receipt.colAmount}
            </th>
          </tr>
        </thead>
        <tbody>
          {receipt.items.map((item) => (
            <tr key={item.line}>
              <td className="num">{item.line}</td>
              <td>
                {item.description}
                <div className="muted code">{item.feeCode}</div>
              </td>
              <td>{msDomain.paymentMethod[receipt.method]}</td>
              <td className="code">{reference || ms.caseView.none}</td>
              <td className="num">{formatRinggit(item.amountSen)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {receipt.roundingSen !== 0 ? (
            <tr>
              <th scope="row" colSpan={4} className="num">
                {msMoney.rounding}
              </th>
              <td className="num" data-testid="receipt-rounding">
                {receipt.roundingSen > 0 ? '+' : ''}
                {formatRinggit(receipt.roundingSen)}
              </td>
            </tr>
          ) : null}
          <tr>
            <th scope="row" colSpan={4} className="num">
              {ms.receipt.total}
            </th>
            <td className="num official__total" data-testid="receipt-total">
              RM {formatRinggit(receipt.totalSen + receipt.roundingSen)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="official__words" data-testid="receipt-words">
        {receipt.amountInWords}
      </p>
      {receipt.tenderedSen !== null ? (
        <p className="official__cash">
          {ms.receipt.tendered}: RM {formatRinggit(receipt.tenderedSen)} · {ms.receipt.change}: RM{' '}
          {formatRinggit(receipt.changeSen ?? 0)}
        </p>
      ) : null}
      <dl className="official__facts official__facts--foot">
        <div className="facts__wide">
          <dt>{ms.receipt.remark}</dt>
          <dd>
            {receipt.caseNumber ? <span className="case-number">{ms.receipt.caseNo(receipt.caseNumber)}</span> : null}
            {receipt.note ? <span className="preserve-lines"> · {receipt.note}</span> : null}
            {receipt.kew38Serial ? ` · ${ms.receipt.kew38} ${receipt.kew38Serial}` : null}
            {receipt.igfmasRef ? ` · ${ms.receipt.igfmas} ${receipt.igfmasRef}` : null}
            {receipt.ispeksRef ? ` · ${ms.receipt.ispeks} ${receipt.ispeksRef}` : null}
          </dd>
        </div>
        <div>
          <dt>{ms.receipt.collector}</dt>
          <dd>
            {receipt.issuedBy} ({ms.frame.counter} {receipt.counterId})
          </dd>
        </div>
      </dl>
    </article>
  );
}
