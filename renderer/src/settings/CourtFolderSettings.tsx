import { useState } from 'react';
import type { CourtFolderView, EnrolledCounterView } from '@shared/courtFolderViews';
import { enrolCounterFields, revokeCounterFields, setCourtFolderSchema } from '@shared/schemas/courtFolder';
import { callWithOwnPin } from '../api/client';
import { useApi } from '../api/useApi';
import { unawaited } from '../app/unawaited';
import { Field } from '../components/Field';
import { PublicKeyFields } from './PublicKeyFields';
import { Loading, Notice } from '../components/Notice';
import { shownFieldMessage } from '../i18n/errors';
import { currentLanguage, useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { fingerprintText } from './KeysSettings';

type Issues = Partial<Record<'folder' | 'counterId' | 'armored' | 'fingerprint' | 'reason', string>>;

function issuesOf(issues: { path: PropertyKey[]; message: string }[]): Issues {
  const out: Issues = {};
  for (const issue of issues) {
    const key = String(issue.path[0]) as keyof Issues;
    out[key] ??= shownFieldMessage(issue.message, currentLanguage());
  }
  return out;
}

/**
 * Tetapan → Folder mahkamah (supervisors): where this PC's court folder is, this counter's fingerprint
 * and what it has published, the other counters enrolled here (enrol from the setup slip, revoke).
 */
export function CourtFolderSettings() {
  const { msCourt: t, ms } = useStrings();
  const { state: statusState } = useApi('courtFolder.status', {});
  const { state: enrolledState } = useApi('courtFolder.enrolled', {});
  const [status, setStatus] = useState<CourtFolderView | null>(null);
  const [enrolled, setEnrolled] = useState<EnrolledCounterView[] | null>(null);
  const view = status ?? statusState.value;
  const counters = enrolled ?? enrolledState.value;
  const [folder, setFolder] = useState<string | null>(null);
  const [counterId, setCounterId] = useState('');
  const [armored, setArmored] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [revoking, setRevoking] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const shownFolder = folder ?? view?.folder ?? '';

  const saveFolder = async (next: string | null) => {
    setNotice(null);
    setError(null);
    const parsed = setCourtFolderSchema.omit({ supervisorPin: true }).safeParse({ folder: next });
    if (!parsed.success) {
      setIssues(issuesOf(parsed.error.issues));
      return;
    }
    setIssues({});
    const result = await callWithOwnPin('courtFolder.setFolder', parsed.data);
    if (result === null) return;
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setStatus(result.value);
    setFolder(null);
    setNotice(result.value.folder === null ? t.clearedNotice : t.savedNotice);
  };

  const enrol = async () => {
    setNotice(null);
    setError(null);
    const parsed = enrolCounterFields.safeParse({ counterId, armored, fingerprint });
    if (!parsed.success) {
      setIssues(issuesOf(parsed.error.issues));
      return;
    }
    setIssues({});
    const result = await callWithOwnPin('courtFolder.enrol', parsed.data);
    if (result === null) return;
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setEnrolled(result.value);
    setNotice(t.enrolledNotice(parsed.data.counterId.toUpperCase()));
    setCounterId('');
    setArmored('');
    setFingerprint('');
  };

  const revoke = async (counter: string) => {
    setNotice(null);
    setError(null);
    const parsed = revokeCounterFields.safeParse({ counterId: counter, reason });
    if (!parsed.success) {
      setIssues(issuesOf(parsed.error.issues));
      return;
    }
    setIssues({});
    const result = await callWithOwnPin('courtFolder.revoke', parsed.data);
    if (result === null) return;
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setEnrolled(result.value);
    setRevoking(null);
    setReason('');
    setNotice(t.revokedNotice);
  };

  const own = view?.counters.find((c) => c.own);
  const arrivedOf = (counter: string) => view?.counters.find((c) => c.counter === counter);

  return (
    <div className="form" data-testid="court-folder-settings">
      <p>{t.intro}</p>
      {statusState.status === 'error' ? <Notice tone="error">{statusState.error.message}</Notice> : null}
      {!view ? <Loading text={ms.common.loading} /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {notice ? <Notice tone="success">{notice}</Notice> : null}

      <h3>{t.folderTitle}</h3>
      {view && view.folder === null && counters && counters.every((c) => c.revokedAt !== null) ? (
        <Notice tone="warning">{t.enrolFirst}</Notice>
      ) : null}
      {view ? (
        <p data-testid="court-folder-now">{view.folder === null ? t.folderNone : t.folderNow(view.folder)}</p>
      ) : null}
      <Field id="court-folder-path" label={t.folderLabel} error={issues.folder}>
        {(aria) => (
          <input
            {...aria}
            className="input--mono"
            spellCheck={false}
            autoComplete="off"
            value={shownFolder}
            onChange={(e) => setFolder(e.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => unawaited(saveFolder(shownFolder))}>
          {t.save}
        </button>
        {view && view.folder !== null ? (
          <button type="button" className="button button--secondary" onClick={() => unawaited(saveFolder(null))}>
            {t.clear}
          </button>
        ) : null}
      </div>

      <h3>{t.ownTitle}</h3>
      {view ? (
        <dl className="facts" data-testid="court-own">
          <div>
            <dt>{t.counter}</dt>
            <dd>{view.ownCounter}</dd>
          </div>
          <div>
            <dt>{t.ownFingerprint}</dt>
            <dd className="fingerprint">{view.ownFingerprint ? fingerprintText(view.ownFingerprint) : t.noKey}</dd>
          </div>
          <div>
            <dt>{t.lastPublished}</dt>
            <dd>
              {own?.lastArrivedAt ? formatDateTime(own.lastArrivedAt) : t.never} ({t.published(own?.segments ?? 0)})
            </dd>
          </div>
        </dl>
      ) : null}
      {view?.ownPublicKey ? (
        <>
          <Field id="court-own-key" label={t.ownKey}>
            {(aria) => <textarea {...aria} rows={4} readOnly className="input--mono" value={view.ownPublicKey ?? ''} />}
          </Field>
          <div className="form__actions">
            <a
              className="button button--secondary"
              download={`${view.ownCounter}.device-key.asc`}
              href={`data:application/pgp-keys;charset=utf-8,${encodeURIComponent(view.ownPublicKey)}`}
            >
              {t.saveOwnKey}
            </a>
          </div>
        </>
      ) : null}

      <h3>{t.countersTitle}</h3>
      {view
        ? view.counters
            .filter((c) => !c.own)
            .flatMap((c) => c.problems)
            .map((p) => (
              <Notice key={`${p.counter}-${p.segmentNo}-${p.kind}`} tone="warning">
                {currentLanguage() === 'en' ? p.messageEn : p.messageMs}
              </Notice>
            ))
        : null}
      {counters && counters.length === 0 ? <p className="muted">{t.noCounters}</p> : null}
      {counters && counters.length > 0 ? (
        <table className="table" data-testid="court-counters">
          <thead>
            <tr>
              <th>{t.counter}</th>
              <th>{t.fingerprint}</th>
              <th>{t.enrolledAt}</th>
              <th>{t.arrived}</th>
              <th>{t.state}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {counters.map((c) => {
              const seen = arrivedOf(c.counterId);
              return (
                <tr key={c.id}>
                  <td>{c.counterId}</td>
                  <td className="hash">{fingerprintText(c.fingerprint)}</td>
                  <td>{formatDateTime(c.enrolledAt)}</td>
                  <td>{c.revokedAt === null && seen?.lastArrivedAt ? formatDateTime(seen.lastArrivedAt) : '—'}</td>
                  <td>{c.revokedAt ? t.revoked(formatDateTime(c.revokedAt)) : t.active}</td>
                  <td>
                    {c.revokedAt === null && revoking !== c.counterId ? (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setRevoking(c.counterId)}
                      >
                        {t.revoke}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {revoking ? (
        <div className="form" data-testid="court-revoke">
          <Field id="court-revoke-reason" label={t.revokeReason} error={issues.reason}>
            {(aria) => <input {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <div className="form__actions">
            <button type="button" className="button button--danger" onClick={() => unawaited(revoke(revoking))}>
              {t.revokeConfirm(revoking)}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setRevoking(null)}>
              {ms.common.cancel}
            </button>
          </div>
        </div>
      ) : null}

      <h3>{t.enrolTitle}</h3>
      <p>{t.enrolIntro}</p>
      <Field id="court-enrol-counter" label={t.enrolCounter} error={issues.counterId}>
        {(aria) => (
          <input {...aria} autoComplete="off" value={counterId} onChange={(e) => setCounterId(e.target.value)} />
        )}
      </Field>
      <PublicKeyFields
        id="court-enrol"
        fileLabel={t.enrolFile}
        textLabel={t.enrolText}
        error={issues.armored}
        rows={5}
        armored={armored}
        onArmored={setArmored}
      />
      <Field id="court-enrol-fingerprint" label={t.enrolFingerprint} error={issues.fingerprint}>
        {(aria) => (
          <input
            {...aria}
            className="input--mono"
            autoComplete="off"
            spellCheck={false}
            value={fingerprint}
            onChange={(e) => setFingerprint(e.target.value)}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => unawaited(enrol())}>
          {t.enrol}
        </button>
      </div>
    </div>
  );
}
