import type { NumbersImportPreview } from '@shared/esv3ImportViews';
import type { ImportFileInput } from '@shared/schemas/esv3Import';
import { call } from '../api/client';
import { FilePicker } from './FilePicker';
import { FileFacts, ProblemList } from './ImportReport';
import { ApplyButtons, ImportStatus } from './ImportStatus';
import { useImportSteps } from './useImportSteps';
import { useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

/** Import the last numbers ESV3 issued: choose the file, see what it would change, confirm. */
export function NumbersImport({ onImported }: { onImported?: () => void }) {
  const ms = useStrings().msReference;
  const { preview, busy, error, done, look, apply, cancel } = useImportSteps<NumbersImportPreview>();

  const previewFile = (file: ImportFileInput) => look(() => call('esv3Import.numbersPreview', { file }));
  const applyShown = async () => {
    const applied = await apply(
      (shown) => call('esv3Import.numbersApply', { importId: shown.file.importId, digest: shown.digest }),
      (result) => ms.numbers.done(result.applied.length),
    );
    if (applied) onImported?.();
  };

  const changing = preview?.changes.filter((c) => c.kind !== 'SAME').length ?? 0;
  return (
    <section className="section" aria-labelledby="import-numbers-title">
      <h3 id="import-numbers-title">{ms.numbers.title}</h3>
      <p>{ms.numbers.intro}</p>
      <FilePicker id="import-numbers-file" busy={busy} onFile={(f) => unawaited(previewFile(f))} />
      <ImportStatus busy={busy} error={error} done={done} />
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
          <ApplyButtons busy={busy} changing={changing} onApply={() => unawaited(applyShown())} onCancel={cancel} />
        </div>
      ) : null}
    </section>
  );
}
