import type { ImportFileFacts, ImportProblem } from '@shared/esv3ImportViews';
import { Notice } from '../components/Notice';
import { shownMessage } from '../i18n/errors';
import { useLanguage, useStrings } from '../i18n/strings';

/** What was read: the file, its format and encoding, its rows and SHA-256. */
export function FileFacts({ file }: { file: ImportFileFacts }) {
  const ms = useStrings().msReference;
  return (
    <dl className="facts" data-testid="import-file">
      <div>
        <dt>{ms.file.name}</dt>
        <dd>{file.fileName}</dd>
      </div>
      <div>
        <dt>{ms.file.format}</dt>
        <dd>{file.encoding ? `${file.format} (${file.encoding})` : file.format}</dd>
      </div>
      <div>
        <dt>{ms.file.rows}</dt>
        <dd>{file.rowsRead}</dd>
      </div>
      <div>
        <dt>{ms.file.sha256}</dt>
        <dd className="hash">{file.sha256}</dd>
      </div>
    </dl>
  );
}

/** Every row not read or refused, with its line and the reason. */
export function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const ms = useStrings().msReference;
  // The ledger words each problem in Malay; the screen shows it in its own language.
  const language = useLanguage();
  if (problems.length === 0) return <p className="muted">{ms.problems.none}</p>;
  return (
    <Notice tone="warning" title={ms.problems.title(problems.length)}>
      <table className="table" data-testid="import-problems">
        <thead>
          <tr>
            <th className="num">{ms.problems.line}</th>
            <th>{ms.problems.reason}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.line}-${i}`}>
              <td className="num">{p.line}</td>
              <td>{shownMessage(p.reason, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Notice>
  );
}
