import type { OutageView } from '@shared/views';
import { EmptyState } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';

/** The SOP option periods of one outage, oldest first: the option it opened with, then each change. */
export function SopPeriods({ outage }: { outage: OutageView }) {
  const { ms } = useStrings();
  return (
    <ol className="sop-periods">
      {outage.periods.map((p, i) => (
        <li key={i}>
          {p.fromOption === null
            ? ms.outage.periodOpened(p.sopOption)
            : ms.outage.periodChange(p.fromOption, p.sopOption)}
          {` — ${formatDateTime(p.startedAt)}, ${p.startedBy}`}
          {p.reason ? `: ${p.reason}` : ''}
        </li>
      ))}
    </ol>
  );
}

/** Every outage this counter has recorded, newest first. */
export function OutageHistory({ outages }: { outages: OutageView[] }) {
  const { ms, msDomain } = useStrings();
  if (outages.length === 0) return <EmptyState>{ms.outage.historyEmpty}</EmptyState>;
  const sorted = [...outages].sort((a, b) => b.id - a.id);
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{ms.outage.colId}</th>
          <th scope="col">{ms.outage.colOption}</th>
          <th scope="col">{ms.outage.colStart}</th>
          <th scope="col">{ms.outage.colEnd}</th>
          <th scope="col">{ms.outage.colBy}</th>
          <th scope="col" className="num">
            {ms.outage.colCases}
          </th>
          <th scope="col">{ms.outage.colNote}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((o) => (
          <tr key={o.id}>
            <td>{o.id}</td>
            <td>
              {msDomain.sopOption[o.sopOption]}
              {o.periods.length > 1 ? <SopPeriods outage={o} /> : null}
            </td>
            <td className="nowrap">{formatDateTime(o.startedAt)}</td>
            <td className="nowrap">
              {o.closedAt ? (
                `${formatDateTime(o.closedAt)}${o.closedBy ? ` (${o.closedBy})` : ''}${o.closeKind ? ` — ${ms.outage.closeKindShort[o.closeKind]}` : ''}`
              ) : (
                <strong className="status status--open">{ms.outage.stillOpen}</strong>
              )}
            </td>
            <td>{o.openedBy}</td>
            <td className="num">{o.caseCount}</td>
            <td className="preserve-lines">{[o.note, o.closeNote].filter(Boolean).join('\n')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
