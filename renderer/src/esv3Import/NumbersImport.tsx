import { useState } from 'react';
import type { NumbersImportPreview } from '../../../shared/esv3ImportViews';
import type { ImportFileInput } from '../../../shared/schemas/esv3Import';
import { call } from '../api/client';
import { Notice } from '../components/Notice';
import { FilePicker } from './FilePicker';
import { FileFacts, ProblemList } from './ImportReport';
import { useStrings } from '../i18n/strings';

/** Import the last numbers ESV3 issued: choose the file, see what it would change, confirm. */
export function NumbersImport({ onImported }: { onImported?: () => void }) {
  const ms = useStrings().msReference;
  const [preview, setPreview] = useState<NumbersImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const previewFile = async (file: ImportFileInput) => {
    setBusy(true);
    setDone(null);
    setError(null);
    const result = await call('esv3Import.numbersPreview', { file });
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else {
      setPreview(null);
      setError(result.error.message);
    }
  };

  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    const result = await call('esv3Import.numbersApply', {
      importId: preview.file.importId,
      digest: preview.digest,
    });
    setBusy(false);
    if (result.ok) {
      setPreview(null);
      setDone(ms.numbers.done(result.value.applied.length));
      onImported?.();
    } else setError(result.error.message);
  };

  const changing = preview?.changes.filter((c) => c.kind !== 'SAME').length ?? 0;
  return (
    <section className="section" aria-labelledby="import-numbers-title">
      <h3 id="import-numbers-title">{ms.numbers.title}</h3>
      <p>{ms.numbers.intro}</p>
      <FilePicker id="import-numbers-file" busy={busy} onFile={(f) => void previewFile(f)} />
      {busy ? <p className="loading">{ms.reading}</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      {preview ? (
        <div data-testid="numbers-preview">
          <FileFacts file={preview.file} />
          <p>{preview.shape === 'TABLE' ? ms.numbers.shapeTable : ms.numbers.shapeList}</p>
          <h4>{ms.numbers.changesTitle}</h4>
          {preview.changes.length === 0 ? (
            <p className="muted">{ms.numbers.nothing}</p>
          ) : (
            <table className="table" data-testid="numbers-changes">
              <thead>
                <tr>
                  <th>{ms.numbers.caseType}</th>
                  <th>{ms.numbers.year}</th>
                  <th className="num">{ms.numbers.before}</th>
                  <th className="num">{ms.numbers.after}</th>
                  <th>{ms.numbers.kind}</th>
                </tr>
              </thead>
              <tbody>
                {preview.changes.map((c) => (
                  <tr key={`${c.caseTypeCode}/${c.year}`}>
                    <td className="code">{c.caseTypeCode === '*' ? ms.numbers.allTypes : c.caseTypeCode}</td>
                    <td>{c.year}</td>
                    <td className="num">{c.before ?? '—'}</td>
                    <td className="num">{c.after}</td>
                    <td>{ms.numbers.kinds[c.kind]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ProblemList problems={preview.problems} />
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || changing === 0}
              onClick={() => void apply()}
            >
              {busy ? ms.applying : ms.apply}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setPreview(null)}>
              {ms.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
