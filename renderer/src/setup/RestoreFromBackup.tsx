import { useState, type FormEvent } from 'react';
import type { BackupComparisonView } from '@shared/views';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { unawaited } from '../app/unawaited';

/**
 * Pulihkan daripada sandaran, beside Tetapan Awal: a new PC takes the ledger from the stick. The host
 * has no file dialog, so the backup is named by its full path, as the data folder is in Tetapan.
 * Checked first (decrypted, signature and audit head verified, what it holds shown), then restored.
 */
export function RestoreFromBackup({ onRestored }: { onRestored: () => void }) {
  const { msBackup: t } = useStrings();
  const [file, setFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [secretKey, setSecretKey] = useState('');
  const [busy, setBusy] = useState<'check' | 'restore' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [checked, setChecked] = useState<BackupComparisonView | null>(null);
  const [done, setDone] = useState(false);
  const input = () => ({
    file: file.trim(),
    ...(passphrase ? { passphrase } : {}),
    ...(secretKey.trim() ? { secretKey: secretKey.trim() } : {}),
  });
  const check = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setChecked(null);
    setBusy('check');
    const result = await call('firstRun.compareBackup', input());
    setBusy(null);
    if (result.ok) setChecked(result.value);
    else setFailure(result.error.message);
  };
  const restore = async () => {
    setFailure(null);
    setBusy('restore');
    const result = await call('firstRun.restoreBackup', input());
    setBusy(null);
    if (result.ok) setDone(true);
    else setFailure(result.error.message);
  };
  if (done) {
    return (
      <Notice tone="success" title={t.firstRun.done}>
        <button type="button" className="button button--primary" onClick={onRestored}>
          {t.firstRun.signIn}
        </button>
      </Notice>
    );
  }
  return (
    <form className="form" onSubmit={(e) => unawaited(check(e))} noValidate data-testid="restore-from-backup">
      <p className="muted">{t.firstRun.intro}</p>
      <Field id="restore-file" label={t.firstRun.file} hint={t.firstRun.fileHint} required>
        {(aria) => (
          <input
            {...aria}
            autoComplete="off"
            value={file}
            onChange={(e) => {
              setFile(e.target.value);
              setChecked(null);
            }}
          />
        )}
      </Field>
      <Field id="restore-passphrase" label={t.unlock.passphrase}>
        {(aria) => (
          <input
            {...aria}
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </Field>
      <Field id="restore-secret-key" label={t.unlock.secretKey}>
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            spellCheck={false}
            value={secretKey}
            onChange={(e) => setSecretKey(e.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy !== null}>
          {busy === 'check' ? t.firstRun.checking : t.firstRun.check}
        </button>
      </div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {checked ? (
        <section className="section" data-testid="restore-check">
          <dl className="facts">
            <dt>{t.firstRun.holds}</dt>
            <dd>
              {t.facts(checked.backup.cases, checked.backup.receipts, checked.backup.auditEvents)}
              {checked.backup.lastEventAt ? ` — ${t.lastEvent} ${formatDateTime(checked.backup.lastEventAt)}` : ''}
            </dd>
            <dt>{t.signature}</dt>
            <dd className="mono">
              {checked.signature
                ? t.signedBy(checked.signature.fingerprint.toUpperCase(), checked.signature.head.seq)
                : t.plainBackup}
            </dd>
          </dl>
          {checked.ok ? (
            <div className="form__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={busy !== null}
                onClick={() => unawaited(restore())}
              >
                {busy === 'restore' ? t.firstRun.restoring : t.firstRun.restore}
              </button>
            </div>
          ) : (
            <Notice tone="error" title={t.damaged}>
              {checked.problem}
            </Notice>
          )}
        </section>
      ) : null}
    </form>
  );
}
