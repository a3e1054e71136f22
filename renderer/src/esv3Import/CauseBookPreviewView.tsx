import type { CauseBookPreview } from '@shared/esv3ImportViews';
import { Notice } from '../components/Notice';
import { formatDate, formatDateTime } from '../lib/time';
import { useStrings } from '../i18n/strings';

/** What a cause book import would keep: the counts and the first rows as they would be held. */
export function CauseBookPreviewView({ preview }: { preview: CauseBookPreview }) {
  const ms = useStrings().msReference;
  const { add, update, same } = preview.counts;
  return (
    <>
      {preview.previous ? (
        <Notice tone="info">
          {ms.causeBook.previous(formatDateTime(preview.previous.importedAt), preview.previous.importedBy)}
        </Notice>
      ) : null}
      <p data-testid="causebook-counts">{ms.causeBook.counts(add, update, same)}</p>
      {preview.rows.length > 0 ? (
        <>
          <h4>{ms.causeBook.rowsTitle}</h4>
          <table className="table" data-testid="causebook-rows">
            <thead>
              <tr>
                <th>{ms.causeBook.fields.caseNumber}</th>
                <th>{ms.causeBook.fields.registeredOn}</th>
                <th>{ms.causeBook.fields.caseType}</th>
                <th>{ms.causeBook.fields.parties}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.caseNumber}>
                  <td className="case-number">{r.caseNumber}</td>
                  <td>{r.registeredOn ? formatDate(r.registeredOn) : '—'}</td>
                  <td>{r.caseType ?? '—'}</td>
                  <td>{r.parties}</td>
                  <td>{ms.causeBook.kinds[r.kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
