import { useState } from 'react';
import type { CauseBookPreview } from '@shared/esv3ImportViews';
import type { ColumnMapping, ImportFileInput } from '@shared/schemas/esv3Import';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { formatDateTime } from '../lib/time';
import { CauseBookPreviewView } from './CauseBookPreviewView';
import { ColumnMappingStep } from './ColumnMappingStep';
import { FilePicker } from './FilePicker';
import { FileFacts, ProblemList } from './ImportReport';
import { ApplyButtons, ImportStatus } from './ImportStatus';
import { useImportSteps } from './useImportSteps';
import { pastedFile } from './readImportFile';
import { useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

/** Import ESV3's cause book as reference data: a file or a pasted list, the mapping step, a preview, confirm. */
export function CauseBookImport() {
  const ms = useStrings().msReference;
  const { state: history, reload } = useApi('esv3Import.causeBookHistory', {});
  const { preview, busy, error, done, look, apply, cancel } = useImportSteps<CauseBookPreview>();
  const [pasted, setPasted] = useState('');

  const run = (input: { file: ImportFileInput } | { importId: string; mapping: ColumnMapping }) =>
    look(() => call('esv3Import.causeBookPreview', input));
  const applyShown = async () => {
    const applied = await apply(
      (shown) =>
        call('esv3Import.causeBookApply', {
          importId: shown.file.importId,
          digest: shown.digest,
          mapping: shown.mapping,
        }),
      (result) => ms.causeBook.done(result.import.added, result.import.updated, result.totalReferenceCases),
    );
    if (applied) {
      setPasted('');
      reload();
    }
  };

  const needsMapping = preview !== null && preview.missing.length > 0;
  const changing = preview ? preview.counts.add + preview.counts.update : 0;
  return (
    <section className="section" aria-labelledby="import-causebook-title">
      <h3 id="import-causebook-title">{ms.causeBook.title}</h3>
      <p>{ms.causeBook.intro}</p>
      <FilePicker id="import-causebook-file" busy={busy} onFile={(file) => unawaited(run({ file }))} />
      <Field id="import-causebook-paste" label={ms.causeBook.paste}>
        {(aria) => (
          <textarea
            {...aria}
            rows={4}
            className="input--mono"
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || pasted.trim() === ''}
          onClick={() => unawaited(run({ file: pastedFile(ms.causeBook.pastedName, pasted) }))}
        >
          {ms.causeBook.pasteButton}
        </button>
      </div>
      <ImportStatus busy={busy} error={error} done={done} />
      {preview ? (
        <div data-testid="causebook-preview">
          <FileFacts file={preview.file} />
          {needsMapping ? (
            <ColumnMappingStep
              key={preview.file.importId}
              preview={preview}
              busy={busy}
              onMap={(mapping) => unawaited(run({ importId: preview.file.importId, mapping }))}
            />
          ) : (
            <>
              <CauseBookPreviewView preview={preview} />
              <ProblemList problems={preview.problems} />
              <ApplyButtons busy={busy} changing={changing} onApply={() => unawaited(applyShown())} onCancel={cancel} />
            </>
          )}
        </div>
      ) : null}
      <h4>{ms.causeBook.historyTitle}</h4>
      {history.value && history.value.length === 0 ? <p className="muted">{ms.causeBook.noHistory}</p> : null}
      {history.value && history.value.length > 0 ? (
        <table className="table" data-testid="causebook-history">
          <thead>
            <tr>
              <th>{ms.file.name}</th>
              <th>{ms.causeBook.importedAt}</th>
              <th>{ms.causeBook.importedBy}</th>
              <th className="num">{ms.file.rows}</th>
              <th className="num">{ms.causeBook.added}</th>
              <th className="num">{ms.causeBook.updated}</th>
              <th className="num">{ms.causeBook.refused}</th>
            </tr>
          </thead>
          <tbody>
            {history.value.map((h) => (
              <tr key={h.id}>
                <td title={h.sha256}>{h.fileName}</td>
                <td>{formatDateTime(h.importedAt)}</td>
                <td>{h.importedBy}</td>
                <td className="num">{h.rowsRead}</td>
                <td className="num">{h.added}</td>
                <td className="num">{h.updated}</td>
                <td className="num">{h.refused}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
