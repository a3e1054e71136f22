import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { backupPlanSchema } from '@shared/schemas/backup';
import type { BackupComparisonView, BackupStatusView, RestoreResultView } from '@shared/views';
import { call, callWithOwnPin } from '../api/client';
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
import { unawaited } from '../app/unawaited';

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
  // What opens an encrypted backup for checking and restoring: the recovery passphrase (never kept).
  const [unlock, setUnlock] = useState('');
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
    const result = await call('backup.compare', { name, ...(unlock ? { passphrase: unlock } : {}) });
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
      <PassphraseSection status={status} onSet={onChanged} />
      <PlanForm status={status} onSaved={onChanged} />
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={running || status.dir === null}
          onClick={() => unawaited(runNow())}
        >
          {running ? t.running : t.runNow}
        </button>
      </div>
      {runFailure ? <Notice tone="error">{runFailure}</Notice> : null}
      <h3>{t.files}</h3>
      {status.files.length > 0 ? (
        <Field id="backup-unlock" label={t.unlock.passphrase}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autoComplete="off"
              value={unlock}
              onChange={(e) => setUnlock(e.target.value)}
            />
          )}
        </Field>
      ) : null}
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
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => unawaited(compare(file.name))}
                  >
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
          passphrase={unlock}
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
      callWithOwnPin('backup.savePlan', {
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
      <form className="form" onSubmit={(e) => unawaited(onSubmit(e))} noValidate>
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
  passphrase,
  onCancel,
  onRestored,
}: {
  comparison: BackupComparisonView;
  passphrase: string;
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
        <dt>{t.signature}</dt>
        <dd className="mono">
          {comparison.signature
            ? t.signedBy(comparison.signature.fingerprint.toUpperCase(), comparison.signature.head.seq)
            : t.plainBackup}
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
            const result = await call('backup.restore', {
              ...a,
              name: comparison.name,
              ...(passphrase ? { passphrase } : {}),
            });
            if (result.ok) onRestored(result.value);
            return result;
          }}
        />
      ) : null}
    </section>
  );
}

/** The court recovery passphrase: shown as set (with the key's fingerprint) or not, and set with a PIN. */
function PassphraseSection({ status, onSet }: { status: BackupStatusView; onSet: () => void }) {
  const { msBackup: t } = useStrings();
  const [editing, setEditing] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [approving, setApproving] = useState(false);
  const [saved, setSaved] = useState(false);
  const key = status.recoveryKey ?? null;
  const ask = () => {
    setSaved(false);
    if (passphrase.length < 12) setProblem(t.passphrase.hint);
    else if (passphrase !== confirm) setProblem(t.passphrase.mismatch);
    else {
      setProblem(null);
      setApproving(true);
    }
  };
  return (
    <section className="section" data-testid="backup-passphrase">
      <h3>{t.passphrase.title}</h3>
      <p className="muted">{t.passphrase.intro}</p>
      {key ? (
        <p className="mono">{t.passphrase.isSet(key.fingerprint.toUpperCase(), formatDateTime(key.setAt))}</p>
      ) : (
        <Notice tone="warning">{t.passphrase.notSet}</Notice>
      )}
      {saved ? <Notice tone="success">{t.passphrase.saved}</Notice> : null}
      {editing ? (
        <>
          <div className="grid grid--2">
            <Field id="backup-passphrase-new" label={t.passphrase.field} hint={t.passphrase.hint} required>
              {(aria) => (
                <input
                  {...aria}
                  type="password"
                  autoComplete="new-password"
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.target.value)}
                />
              )}
            </Field>
            <Field id="backup-passphrase-confirm" label={t.passphrase.confirm} error={problem ?? undefined} required>
              {(aria) => (
                <input
                  {...aria}
                  type="password"
                  autoComplete="new-password"
                  value={confirm}
                  onChange={(e) => setConfirm(e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={ask}>
              {t.passphrase.submit}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setEditing(false)}>
              {t.cancel}
            </button>
          </div>
        </>
      ) : (
        <div className="form__actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t.passphrase.change}
          </button>
        </div>
      )}
      {approving ? (
        <ApprovalDialog
          title={t.passphrase.title}
          warning={t.passphrase.warning}
          submitLabel={t.passphrase.submit}
          onClose={() => setApproving(false)}
          onApprove={async (a) => {
            const result = await call('backup.setPassphrase', { ...a, passphrase });
            if (result.ok) {
              setEditing(false);
              setPassphrase('');
              setConfirm('');
              setSaved(true);
              onSet();
            }
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
      {restored.lostNumbers.appointments.map((r) => (
        <p key={`a-${r.series}`}>{t.lostAppointments(r.series, r.first, r.last)}</p>
      ))}
      {restored.lostNumbers.exports.map((r) => (
        <p key={`e-${r.series}`}>{t.lostExports(r.first, r.last)}</p>
      ))}
      <button type="button" className="button" onClick={signOut}>
        {ms.frame.signOut}
      </button>
    </Notice>
  );
}
