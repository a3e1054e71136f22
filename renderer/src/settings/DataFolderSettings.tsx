import { useState } from 'react';
import { chooseDataFolderSchema } from '@shared/schemas/dataFolder';
import type { DataFolderChangeView, DataFolderView } from '@shared/views';
import { callWithOwnPin } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { Loading, Notice } from '../components/Notice';
import { shownFieldMessage } from '../i18n/errors';
import { currentLanguage, useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { unawaited } from '../app/unawaited';

/** Tetapan → Sandaran → Folder data: the folder the ledger lives in, and choosing another for the next start. */
export function DataFolderSettings() {
  const { ms } = useStrings();
  const { state, reload } = useApi('dataFolder.status', {});
  if (state.status === 'error') return <Notice tone="error">{state.error.message}</Notice>;
  if (!state.value) return <Loading text={ms.common.loading} />;
  return <DataFolderPanel view={state.value} onChanged={reload} />;
}

function DataFolderPanel({ view, onChanged }: { view: DataFolderView; onChanged: () => void }) {
  const t = useStrings().msBackup.dataFolder;
  const [folder, setFolder] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<DataFolderChangeView | null>(null);
  const { unexported } = view;
  const counts = t.counts(unexported.cases, unexported.receipts, unexported.filings, unexported.appointments);

  const send = async (acknowledgedUnexported: number | null) => {
    const parsed = chooseDataFolderSchema.safeParse({ folder, acknowledgedUnexported });
    if (!parsed.success) {
      setProblem(shownFieldMessage(parsed.error.issues[0]?.message ?? '', currentLanguage()));
      return;
    }
    // The question closes first: the PIN is asked in a dialog of its own.
    setAsking(false);
    const result = await callWithOwnPin('dataFolder.choose', parsed.data);
    if (result === null) return;
    if (result.ok) {
      setProblem(null);
      setDone(result.value);
    } else setProblem(result.error.message);
    onChanged();
  };
  const start = () => {
    const parsed = chooseDataFolderSchema.safeParse({ folder, acknowledgedUnexported: null });
    if (!parsed.success) setProblem(shownFieldMessage(parsed.error.issues[0]?.message ?? '', currentLanguage()));
    else if (unexported.total > 0) {
      setProblem(null);
      setAsking(true);
    } else unawaited(send(null));
  };

  return (
    <section aria-labelledby="data-folder-title" className="section">
      <h3 id="data-folder-title">{t.title}</h3>
      <p className="muted">{t.intro}</p>
      <dl className="facts">
        <dt>{t.current}</dt>
        <dd className="mono" data-testid="data-folder-current">
          {view.current ?? '—'}
        </dd>
        <dt>{t.next}</dt>
        <dd className="mono">{view.restartNeeded && view.chosen ? view.chosen : t.sameAsCurrent}</dd>
        <dt>{t.unexported}</dt>
        <dd data-testid="data-folder-unexported">
          {unexported.total === 0 ? t.allExported : counts}
          {' · '}
          {unexported.lastExportAt ? t.lastExport(formatDateTime(unexported.lastExportAt)) : t.neverExported}
        </dd>
      </dl>
      {view.restartNeeded && view.chosen ? <Notice tone="warning">{t.restartNeeded(view.chosen)}</Notice> : null}
      {done ? <Notice tone="success">{t.chosen(done.chosen ?? '', done.holdsLedger)}</Notice> : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <Field id="data-folder-new" label={t.newFolder} hint={t.newFolderHint}>
        {(aria) => <input {...aria} value={folder} onChange={(e) => setFolder(e.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="button" className="button" onClick={start}>
          {t.choose}
        </button>
      </div>
      {asking ? (
        <Acknowledge
          total={unexported.total}
          counts={counts}
          current={view.current ?? ''}
          onCancel={() => setAsking(false)}
          onConfirm={() => unawaited(send(unexported.total))}
        />
      ) : null}
    </section>
  );
}

/** The supervisor is told how many records no export has covered, and ticks that they understood. */
function Acknowledge(props: {
  total: number;
  counts: string;
  current: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { msBackup } = useStrings();
  const t = msBackup.dataFolder;
  const [understood, setUnderstood] = useState(false);
  return (
    <div role="alertdialog" aria-labelledby="data-folder-confirm-title" className="confirm">
      <h4 id="data-folder-confirm-title">{t.confirmTitle}</h4>
      <Notice tone="warning">{t.confirmWarning(props.total, props.counts, props.current)}</Notice>
      <label className="checkbox">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />{' '}
        {t.confirmAck(props.total)}
      </label>
      <div className="form__actions">
        <button type="button" className="button button--danger" disabled={!understood} onClick={props.onConfirm}>
          {t.confirmSubmit}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {msBackup.cancel}
        </button>
      </div>
    </div>
  );
}
