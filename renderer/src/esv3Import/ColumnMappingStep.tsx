import { useState } from 'react';
import type { CauseBookPreview } from '@shared/esv3ImportViews';
import { CAUSE_BOOK_FIELDS, REQUIRED_CAUSE_BOOK_FIELDS, type ColumnMapping } from '@shared/schemas/esv3Import';
import { useStrings } from '../i18n/strings';

/** The mapping step: each field the counter keeps, matched to a column, beside the file's first rows. */
export function ColumnMappingStep({
  preview,
  busy,
  onMap,
}: {
  preview: CauseBookPreview;
  busy: boolean;
  onMap: (mapping: ColumnMapping) => void;
}) {
  const ms = useStrings().msReference;
  const [mapping, setMapping] = useState<ColumnMapping>(preview.mapping);
  const ready = REQUIRED_CAUSE_BOOK_FIELDS.every((f) => mapping[f] !== null);
  return (
    <div className="form" data-testid="column-mapping">
      <h4>{ms.causeBook.mappingTitle}</h4>
      <p>{ms.causeBook.mappingIntro}</p>
      <div className="grid grid--2">
        {CAUSE_BOOK_FIELDS.map((field) => (
          <label key={field} className="field">
            <span className="field__label">
              {ms.causeBook.fields[field]}
              {REQUIRED_CAUSE_BOOK_FIELDS.includes(field) ? ' *' : ''}
            </span>
            <select
              value={mapping[field] === null ? '' : String(mapping[field])}
              onChange={(e) =>
                setMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })
              }
            >
              <option value="">{ms.causeBook.noColumn}</option>
              {preview.headers.map((h, i) => (
                <option key={i} value={i}>
                  {ms.causeBook.column(i + 1, h)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <h4>{ms.causeBook.sampleTitle}</h4>
      <div className="table-scroll">
        <table className="table" data-testid="mapping-sample">
          <thead>
            <tr>
              {preview.headers.map((h, i) => (
                <th key={i}>{ms.causeBook.column(i + 1, h)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row, r) => (
              <tr key={r}>
                {preview.headers.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !ready}
          onClick={() => onMap(mapping)}
        >
          {ms.causeBook.previewMapping}
        </button>
      </div>
    </div>
  );
}
