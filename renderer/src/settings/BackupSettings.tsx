import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { backupPlanSchema } from '../../../shared/schemas/backup';
import type { BackupComparisonView, BackupStatusView, RestoreResultView } from '../../../shared/views';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { useSession } from '../app/context';
import { Field } from '../components/Field';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import { numberOrNull } from '../lib/formResolver';
import { formatDateTime } from '../lib/time';
import { ApprovalDialog } from '../payments/ApprovalDialog';
import { DataFolderSettings } from './DataFolderSettings';
import { SaveBar } from './SaveBar';
import { useSettingsForm } from './useSettingsForm';

interface PlanForm {
  dir: string;
  everyMinutes: string;
  keep: string;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** Tetapan → Sandaran: where backups go, how often, the ones kept, and restoring one. */
export function BackupSettings() {
  const { ms } = useStrings();
  const { state, reload } = useApi('backup.status', {});
  if (state.status === 'error') return <Notice tone="error">{state.error.message}</Notice>;
  if (!state.value) return <Loading text={ms.common.loading} />;
  return <BackupPanel status={state.value} onChanged={reload} />;
}

function BackupPanel({ status, onChanged }: { status: BackupStatusView; onChanged: () => void }) {
  const { msBackup: t } = useStrings();
  const [running, setRunning] = useState(false);
  const [runFailure, setRunFailure] = useState<string | null>(null);
  const [comparing, setComparing] = useState<BackupComparisonView | null>(null);
  const [restored, setRestored] = useState<RestoreResultView | null>(null);
  const runNow = async () => {
    setRunning(true);
    setRunFailure(null);
    const result = await call('backup.run', {});
    setRunning(false);
    if (!result.ok) setRunFailure(result.error.message);
    onChanged();
  };
  const compare = async (name: string) => {
    setRunFailure(null);
    const result = await call('backup.compare', { name });
    if (result.ok) setComparing(result.value);
    else setRunFailure(result.error.message);
  };
  if (restored) return <RestoredNotice restored={restored} />;
  return (
    <div>
      <p className="muted">{t.intro}</p>
      {status.dir === null ? <Notice tone="warning">{t.noFolder}</Notice> : null}
      <dl className="facts">
        <dt>{t.lastGood}</dt>
        <dd data-testid="backup-last-good">{status.lastGoodAt ? formatDateTime(status.lastGoodAt) : t.never}</dd>
      </dl>
      {status.lastFailure ? (
        <Notice tone="error" title={`${t.lastFailure} (${formatDateTime(status.lastFailure.at)})`}>
          {status.lastFailure.message}
        </Notice>
      ) : null}
      <PlanForm status={status} onSaved={onChanged} />
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={running || status.dir === null}
          onClick={() => void runNow()}
        >
          {running ? t.running : t.runNow}
        </button>
      </div>
      {runFailure ? <Notice tone="error">{runFailure}</Notice> : null}
      <h3>{t.files}</h3>
      {status.files.length === 0 ? (
        <p className="muted">{t.noFiles}</p>
      ) : (
        <table className="table" data-testid="backup-files">
          <thead>
            <tr>
              <th>{t.name}</th>
              <th>{t.madeAt}</th>
              <th>{t.size}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {status.files.map((file) => (
              <tr key={file.name}>
                <td className="mono">{file.name}</td>
                <td>{formatDateTime(file.madeAt)}</td>
                <td>{megabytes(file.bytes)}</td>
                <td>
                  <button type="button" className="button button--secondary" onClick={() => void compare(file.name)}>
                    {t.check}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {comparing ? (
        <Comparison
          comparison={comparing}
          onCancel={() => setComparing(null)}
          onRestored={(r) => {
            setComparing(null);
            setRestored(r);
          }}
        />
      ) : null}
      <DataFolderSettings />
    </div>
  );
}

function PlanForm({ status, onSaved }: { status: BackupStatusView; onSaved: () => void }) {
  const { msBackup: t } = useStrings();
  const { methods, onSubmit, failure, saved, busy } = useSettingsForm<PlanForm, BackupStatusView>({
    schema: backupPlanSchema,
    toInput: (v) => ({ dir: v.dir, everyMinutes: numberOrNull(v.everyMinutes), keep: numberOrNull(v.keep) }),
    defaultValues: { dir: status.dir ?? '', everyMinutes: String(status.everyMinutes), keep: String(status.keep) },
    save: (v) =>
      call('backup.savePlan', {
        dir: v.dir,
        everyMinutes: numberOrNull(v.everyMinutes) ?? 0,
        keep: numberOrNull(v.keep) ?? 0,
      }),
    onSaved,
    issuePath: (p) => p,
  });
  const { register, formState } = methods;
  return (
    <FormProvider {...methods}>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <Field id="backup-dir" label={t.dir} hint={t.dirHint} error={errorAt(formState.errors, 'dir')} required>
          {(aria) => <input {...aria} autoComplete="off" {...register('dir')} />}
        </Field>
        <div className="grid grid--2">
          <Field id="backup-every" label={t.everyMinutes} error={errorAt(formState.errors, 'everyMinutes')} required>
            {(aria) => <input {...aria} inputMode="numeric" className="input--short" {...register('everyMinutes')} />}
          </Field>
          <Field id="backup-keep" label={t.keep} error={errorAt(formState.errors, 'keep')} required>
            {(aria) => <input {...aria} inputMode="numeric" className="input--short" {...register('keep')} />}
          </Field>
        </div>
        <SaveBar busy={busy} saved={saved} failure={failure} />
      </form>
    </FormProvider>
  );
}

function Comparison({
  comparison,
  onCancel,
  onRestored,
}: {
  comparison: BackupComparisonView;
  onCancel: () => void;
  onRestored: (restored: RestoreResultView) => void;
}) {
  const { msBackup: t } = useStrings();
  const [approving, setApproving] = useState(false);
  const { backup, current, lost } = comparison;
  return (
    <section className="section" aria-labelledby="backup-compare-title" data-testid="backup-compare">
      <h3 id="backup-compare-title">{t.compareTitle(comparison.name)}</h3>
      <dl className="facts">
        <dt>{t.backupHolds}</dt>
        <dd>
          {t.facts(backup.cases, backup.receipts, backup.auditEvents)}
          {backup.lastEventAt ? ` — ${t.lastEvent} ${formatDateTime(backup.lastEventAt)}` : ''}
        </dd>
        <dt>{t.currentHolds}</dt>
        <dd>
          {t.facts(current.cases, current.receipts, current.auditEvents)}
          {current.lastEventAt ? ` — ${t.lastEvent} ${formatDateTime(current.lastEventAt)}` : ''}
        </dd>
      </dl>
      {!comparison.ok ? (
        <Notice tone="error" title={t.damaged}>
          {comparison.problem}
        </Notice>
      ) : (
        <>
          <Notice tone={comparison.sameHistory ? 'warning' : 'error'}>
            {comparison.sameHistory ? t.sameHistory : t.otherHistory}{' '}
            {t.willLose(lost.cases, lost.receipts, lost.auditEvents)}
          </Notice>
          <div className="form__actions">
            <button type="button" className="button button--danger" onClick={() => setApproving(true)}>
              {t.restoreSubmit}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t.cancel}
            </button>
          </div>
        </>
      )}
      {approving ? (
        <ApprovalDialog
          title={t.compareTitle(comparison.name)}
          warning={t.restoreWarning}
          submitLabel={t.restoreSubmit}
          onClose={() => setApproving(false)}
          onApprove={async (a) => {
            const result = await call('backup.restore', { ...a, name: comparison.name });
            if (result.ok) onRestored(result.value);
            return result;
          }}
        />
      ) : null}
    </section>
  );
}

function RestoredNotice({ restored }: { restored: RestoreResultView }) {
  const { msBackup: t, ms } = useStrings();
  const { signOut } = useSession();
  return (
    <Notice tone="success" title={t.restored(restored.name, restored.setAside)}>
      <p>{t.facts(restored.facts.cases, restored.facts.receipts, restored.facts.auditEvents)}</p>
      {!restored.lostNumbers.readable ? <p>{t.asideUnreadable}</p> : null}
      {restored.lostNumbers.cases.map((r) => (
        <p key={`c-${r.series}`}>{t.lostCases(r.series, r.first, r.last)}</p>
      ))}
      {restored.lostNumbers.receipts.map((r) => (
        <p key={`r-${r.series}`}>{t.lostReceipts(r.series, r.first, r.last)}</p>
      ))}
      {(restored.lostNumbers.appointments ?? []).map((r) => (
        <p key={`a-${r.series}`}>{t.lostAppointments(r.series, r.first, r.last)}</p>
      ))}
      {(restored.lostNumbers.exports ?? []).map((r) => (
        <p key={`e-${r.series}`}>{t.lostExports(r.first, r.last)}</p>
      ))}
      <button type="button" className="button" onClick={signOut}>
        {ms.frame.signOut}
      </button>
    </Notice>
  );
}
