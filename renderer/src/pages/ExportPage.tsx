import { useEffect, useState } from 'react';
import { EmptyHint } from '../components/EmptyHint';
import { Link } from 'react-router';
import type { ExportJobView } from '@shared/bundleViews';
import { formatRinggit } from '@shared/money';
import { exportFormSchema, type ExportFormInput } from '@shared/schemas/bundle';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { SlipButtons } from '../bundle/SlipButtons';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { shownFieldMessage } from '../i18n/errors';
import { currentLanguage, useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { ApprovalDialog, type Approval } from '../payments/ApprovalDialog';
import { fingerprintText } from '../settings/KeysSettings';
import { unawaited } from '../app/unawaited';

type FormValues = Pick<ExportFormInput, 'folder' | 'passphrase' | 'passphraseAgain'>;
type FormErrors = Partial<Record<keyof FormValues, string>>;

const POLL_MS = 250;

/** Checks the form with the shared schema (the approval is asked for next, in its own dialog). */
function checkForm(values: FormValues): FormErrors {
  const parsed = exportFormSchema.safeParse({ ...values, supervisorId: 1, supervisorPin: 'x' });
  if (parsed.success) return {};
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof FormValues;
    if (key in values && errors[key] === undefined) errors[key] = shownFieldMessage(issue.message, currentLanguage());
  }
  return errors;
}

/** Eksport: the reconciliation bundle to a USB stick, with progress, its result and the handover slip. */
export function ExportPage() {
  const { msCounter } = useStrings();
  const { msBundle: ms } = useStrings();
  const { state: keys } = useApi('bundle.ictKeys', {});
  const { state: history, reload: reloadHistory } = useApi('bundle.exports', {});
  const [values, setValues] = useState<FormValues>({ folder: '', passphrase: '', passphraseAgain: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const [asking, setAsking] = useState(false);
  const [job, setJob] = useState<ExportJobView | null>(null);

  const running = job?.state === 'running';
  const jobId = running ? job.jobId : null;
  useEffect(() => {
    if (jobId === null) return;
    const timer = setInterval(() => {
      unawaited(
        call('bundle.exportStatus', { jobId }).then((result) => {
          if (!result.ok) {
            setJob({ jobId, state: 'failed', progress: { phase: 'snapshot', fraction: 0 }, error: result.error });
            return;
          }
          setJob(result.value);
          if (result.value.state !== 'running') reloadHistory();
        }),
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [jobId, reloadHistory]);

  const activeKeys = keys.value?.activeCount ?? 0;
  const set = (key: keyof FormValues) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const approve = async (approval: Approval) => {
    const result = await call('bundle.exportStart', {
      ...approval,
      folder: values.folder.trim(),
      passphrase: values.passphrase === '' ? null : values.passphrase,
    });
    if (result.ok) {
      setAsking(false);
      setJob(result.value);
      setValues((v) => ({ ...v, passphrase: '', passphraseAgain: '' }));
    } else if (result.error.code === 'VALIDATION' && result.error.issues?.some((i) => i.path === 'folder')) {
      setAsking(false);
      setErrors({ folder: result.error.message });
    }
    return result;
  };

  return (
    <div className="page">
      <h1>{ms.pageTitle}</h1>
      <p className="muted">{ms.pageIntro}</p>
      {keys.value && activeKeys === 0 ? (
        <Notice tone="warning">
          {ms.noKeys} <Link to={routes.settings}>{ms.goSettings}</Link>
        </Notice>
      ) : null}
      {keys.value && activeKeys === 1 ? <Notice tone="warning">{ms.oneKey}</Notice> : null}

      <section className="section form" aria-labelledby="export-form-title">
        <h2 id="export-form-title" className="visually-hidden">
          {ms.start}
        </h2>
        {activeKeys > 0 ? <p>{ms.recipients(activeKeys)}</p> : null}
        <Field id="export-folder" label={ms.folder} hint={ms.folderHint} error={errors.folder} required>
          {(aria) => (
            <input {...aria} type="text" className="input--mono" value={values.folder} onChange={set('folder')} />
          )}
        </Field>
        <Field id="export-passphrase" label={ms.passphrase} hint={ms.passphraseHint} error={errors.passphrase}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autoComplete="new-password"
              value={values.passphrase}
              onChange={set('passphrase')}
            />
          )}
        </Field>
        <Field id="export-passphrase-again" label={ms.passphraseAgain} error={errors.passphraseAgain}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autoComplete="new-password"
              value={values.passphraseAgain}
              onChange={set('passphraseAgain')}
            />
          )}
        </Field>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary button--large"
            disabled={running || activeKeys === 0}
            onClick={() => {
              const found = checkForm(values);
              setErrors(found);
              if (Object.keys(found).length === 0) setAsking(true);
            }}
          >
            {ms.start}
          </button>
        </div>
      </section>

      {job ? (
        <section className="section" aria-live="polite">
          <div className="export-progress">
            <label htmlFor="export-progress">{ms.phases[job.progress.phase]}</label>
            <progress id="export-progress" aria-label={ms.progress} max={1} value={job.progress.fraction} />
          </div>
          {job.state === 'failed' ? (
            <Notice tone="error" title={ms.failed}>
              {job.error.message}
            </Notice>
          ) : null}
          {job.state === 'done' ? (
            <div data-testid="export-result">
              <Notice tone="success" title={ms.doneTitle(job.result.seq)}>
                {ms.counts(job.result.caseCount, job.result.receiptCount, formatRinggit(job.result.totalSen))}
                {job.result.final ? <p data-testid="export-final">{ms.finalDone}</p> : null}
              </Notice>
              {job.result.folderFindings.completed.length > 0 ? (
                <Notice tone="warning">{ms.folderCompleted(job.result.folderFindings.completed.join(', '))}</Notice>
              ) : null}
              {job.result.folderFindings.unrecorded.length > 0 ? (
                <Notice tone="warning">
                  <span data-testid="export-unrecorded">
                    {ms.folderUnrecorded(job.result.folderFindings.unrecorded.join(', '))}
                  </span>
                </Notice>
              ) : null}
              <dl className="facts">
                <div>
                  <dt>{ms.files}</dt>
                  <dd>
                    <ul>
                      <li className="hash">{job.result.files.pgp}</li>
                      <li className="hash">{job.result.files.manifestText}</li>
                      <li className="hash">{job.result.files.deviceKey}</li>
                    </ul>
                    <span className="muted">{job.result.folder}</span>
                  </dd>
                </div>
                <div>
                  <dt>{ms.sha}</dt>
                  <dd className="hash" data-testid="export-sha256">
                    {job.result.pgpSha256}
                  </dd>
                </div>
                <div>
                  <dt>{ms.deviceFp}</dt>
                  <dd className="hash">{fingerprintText(job.result.deviceKeyFingerprint)}</dd>
                </div>
                <div>
                  <dt>{ms.previous}</dt>
                  <dd className="hash">{job.result.previousSha256 ?? ms.firstExport}</dd>
                </div>
              </dl>
              <SlipButtons
                label={ms.printHandover}
                send={(toPrinter) => call('bundle.handoverSlip', { seq: job.result.seq, toPrinter })}
              />
            </div>
          ) : null}
        </section>
      ) : null}

      <section className="section">
        <h2>{ms.history}</h2>
        {history.value && history.value.length === 0 ? (
          <EmptyHint title={ms.noHistory} what={msCounter.empty.exportsWhat} />
        ) : null}
        {history.value && history.value.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>{ms.seq}</th>
                <th>{ms.kindColumn}</th>
                <th>{ms.when}</th>
                <th>{ms.name}</th>
                <th>{ms.sha}</th>
                <th>{ms.handoverColumn}</th>
              </tr>
            </thead>
            <tbody>
              {history.value.map((e) => (
                <tr key={e.seq} data-testid={`export-${e.seq}`}>
                  <td>{e.seq}</td>
                  <td>{e.final ? <strong>{ms.finalMark}</strong> : ms.interimMark}</td>
                  <td className="nowrap">{formatDateTime(e.exportedAt)}</td>
                  <td className="hash">{e.baseName}</td>
                  <td className="hash">{e.pgpSha256}</td>
                  <td>
                    <SlipButtons
                      label={ms.printHandover}
                      send={(toPrinter) => call('bundle.handoverSlip', { seq: e.seq, toPrinter })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      {asking ? (
        <ApprovalDialog
          title={ms.approveTitle}
          warning={ms.approveWarning}
          submitLabel={ms.approve}
          onApprove={approve}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}
