import { useState, type FormEvent } from 'react';
import type { CourtFolderCounterFound, CourtRestoreCheckView, CourtRestoreResultView } from '@shared/courtFolderViews';
import { call } from '../api/client';
import { unawaited } from '../app/unawaited';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useLanguage, useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';

/**
 * Pulihkan daripada folder mahkamah, beside Tetapan Awal: a new PC rebuilds a dead counter from what it
 * published. Folder → the counters found → the keys → checked (what was found) → a supervisor and a
 * new PIN → restored (counts, last numbers, verify, what could not be recovered) → sign in.
 */
export function RestoreFromCourtFolder({ onRestored }: { onRestored: () => void }) {
  const { msCourt, ms } = useStrings();
  const t = msCourt.restore;
  const language = useLanguage();
  const [folder, setFolder] = useState('');
  const [found, setFound] = useState<CourtFolderCounterFound[] | null>(null);
  const [chosen, setChosen] = useState<CourtFolderCounterFound | null>(null);
  const [secretKey, setSecretKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [deviceKey, setDeviceKey] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [checked, setChecked] = useState<CourtRestoreCheckView | null>(null);
  const [supervisorId, setSupervisorId] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState<'find' | 'check' | 'restore' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<CourtRestoreResultView | null>(null);
  const keys = () => ({
    folder: folder.trim(),
    court: chosen?.court ?? '',
    counter: chosen?.counter ?? '',
    secretKey,
    ...(passphrase ? { passphrase } : {}),
    deviceKey,
    fingerprint: fingerprint.trim(),
  });
  const find = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setFound(null);
    setChosen(null);
    setChecked(null);
    setBusy('find');
    const answer = await call('firstRun.courtCounters', { folder: folder.trim() });
    setBusy(null);
    if (!answer.ok) return setFailure(answer.error.message);
    setFound(answer.value);
    setChosen(answer.value.length === 1 ? (answer.value[0] ?? null) : null);
  };
  const check = async () => {
    setFailure(null);
    setChecked(null);
    setBusy('check');
    const answer = await call('firstRun.checkCourtFolder', keys());
    setBusy(null);
    if (!answer.ok) return setFailure(answer.error.message);
    setChecked(answer.value);
    setSupervisorId(answer.value.supervisors[0]?.id ?? null);
  };
  const restore = async () => {
    setFailure(null);
    setBusy('restore');
    const answer = await call('firstRun.restoreCourtFolder', { ...keys(), supervisorId: supervisorId ?? 0, pin });
    setBusy(null);
    if (!answer.ok) return setFailure(answer.error.message);
    setResult(answer.value);
  };
  const message = (m: { messageMs: string; messageEn: string }) => (language === 'en' ? m.messageEn : m.messageMs);
  if (result) return <RestoredCounter result={result} onRestored={onRestored} />;
  return (
    <form className="form" onSubmit={(e) => unawaited(find(e))} noValidate data-testid="restore-from-court-folder">
      <p className="muted">{t.intro}</p>
      <Field id="court-restore-folder" label={t.folder} hint={msCourt.folderLabel} required>
        {(aria) => <input {...aria} autoComplete="off" value={folder} onChange={(e) => setFolder(e.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy !== null}>
          {busy === 'find' ? t.finding : t.findCounters}
        </button>
      </div>
      {found ? (
        <fieldset className="section" data-testid="court-restore-counters">
          <legend>{t.counters}</legend>
          {found.map((f) => (
            <label key={`${f.court}/${f.counter}`} className="checkbox">
              <input
                type="radio"
                name="court-restore-counter"
                checked={chosen?.court === f.court && chosen.counter === f.counter}
                onChange={() => {
                  setChosen(f);
                  setChecked(null);
                }}
              />{' '}
              {t.counterOption(f.court, f.counter, f.segments)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {chosen ? (
        <section className="section">
          <Field id="court-restore-secret-key" label={t.secretKey} required>
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
          <Field id="court-restore-passphrase" label={t.passphrase}>
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
          <Field id="court-restore-device-key" label={t.deviceKey} required>
            {(aria) => (
              <textarea
                {...aria}
                rows={3}
                spellCheck={false}
                value={deviceKey}
                onChange={(e) => setDeviceKey(e.target.value)}
              />
            )}
          </Field>
          <Field id="court-restore-fingerprint" label={t.fingerprint} required>
            {(aria) => (
              <input
                {...aria}
                className="mono"
                autoComplete="off"
                value={fingerprint}
                onChange={(e) => setFingerprint(e.target.value)}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="button" className="button" disabled={busy !== null} onClick={() => unawaited(check())}>
              {busy === 'check' ? t.checking : t.check}
            </button>
          </div>
        </section>
      ) : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {checked ? (
        <section className="section" data-testid="court-restore-check">
          <dl className="facts">
            <dt>{t.holds}</dt>
            <dd>
              {t.facts(checked.cases, checked.receipts, checked.filings, checked.events, checked.segments)}
              {checked.lastEventAt ? ` — ${t.lastEvent} ${formatDateTime(checked.lastEventAt)}` : ''}
            </dd>
          </dl>
          {checked.problem ? (
            <Notice tone="warning" title={t.problem}>
              {message(checked.problem)}
            </Notice>
          ) : null}
          <Field id="court-restore-supervisor" label={t.supervisor} required>
            {(aria) => (
              <select {...aria} value={supervisorId ?? ''} onChange={(e) => setSupervisorId(Number(e.target.value))}>
                {checked.supervisors.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="court-restore-pin" label={ms.users.newPin} required>
            {(aria) => (
              <input
                {...aria}
                type="password"
                inputMode="numeric"
                autoComplete="new-password"
                value={pin}
                onChange={(e) => setPin(e.target.value)}
              />
            )}
          </Field>
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== null}
              onClick={() => unawaited(restore())}
            >
              {busy === 'restore' ? t.restoring : t.restore}
            </button>
          </div>
        </section>
      ) : null}
    </form>
  );
}

/** What the restore rebuilt, before the supervisor signs in with the new PIN. */
function RestoredCounter({ result, onRestored }: { result: CourtRestoreResultView; onRestored: () => void }) {
  const { msCourt } = useStrings();
  const t = msCourt.restore;
  const language = useLanguage();
  return (
    <section className="section" data-testid="court-restore-result">
      <Notice tone={result.verified ? 'success' : 'error'} title={t.done}>
        <p>{t.facts(result.cases, result.receipts, result.filings, result.events, result.segments)}</p>
        <p>
          {result.verified
            ? t.verified
            : `${t.notVerified}: ${result.verifyProblem ? (language === 'en' ? result.verifyProblem.messageEn : result.verifyProblem.messageMs) : ''}`}
        </p>
      </Notice>
      <h3>{t.lastNumbers}</h3>
      <ul data-testid="court-restore-last-numbers">
        {result.lastNumbers.map((n) => (
          <li key={n.series} className="mono">
            {n.last}
          </li>
        ))}
      </ul>
      {result.notRecovered.length > 0 ? (
        <>
          <h3>{t.notRecovered}</h3>
          <ul>
            {result.notRecovered.map((n, i) => (
              <li key={i}>{language === 'en' ? n.en : n.ms}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onRestored}>
          {t.signIn}
        </button>
      </div>
    </section>
  );
}
