import { useState } from 'react';
import type { DeviceKeyStatusView, IctKeysView } from '@shared/bundleViews';
import { replaceDeviceKeyRequestSchema } from '@shared/schemas/accessChange';
import { importIctKeySchema } from '@shared/schemas/bundle';
import { call, callWithOwnPin } from '../api/client';
import { useApi } from '../api/useApi';
import { SlipButtons } from '../bundle/SlipButtons';
import { Field } from '../components/Field';
import { PublicKeyFields } from './PublicKeyFields';
import { Loading, Notice } from '../components/Notice';
import { shownFieldMessage } from '../i18n/errors';
import { currentLanguage, useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { unawaited } from '../app/unawaited';

/** 40 hex digits in groups of four, as GnuPG and Kleopatra show them. */
export function fingerprintText(fingerprint: string): string {
  const groups = fingerprint.toUpperCase().match(/.{1,4}/g) ?? [];
  return `${groups.slice(0, 5).join(' ')}  ${groups.slice(5).join(' ')}`;
}

/** Tetapan → Kunci dan Eksport: this counter's device key (and its setup slip) and ICT's public keys. */
export function KeysSettings() {
  const { msCounter } = useStrings();
  const { ms: common, msBundle: ms } = useStrings();
  const { state: device } = useApi('bundle.deviceKey', {});
  const [replaced, setReplaced] = useState<DeviceKeyStatusView | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const deviceKey = replaced ?? device.value;
  const { state: keysState } = useApi('bundle.ictKeys', {});
  const [keys, setKeys] = useState<IctKeysView | null>(null);
  const [armored, setArmored] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: number; fingerprint: string } | null>(null);
  const current = keys ?? keysState.value;

  const submit = async () => {
    setNotice(null);
    const parsed = importIctKeySchema.safeParse({ armored });
    if (!parsed.success) {
      const first = parsed.error.issues[0]?.message;
      setError(first === undefined ? null : shownFieldMessage(first, currentLanguage()));
      return;
    }
    const result = await callWithOwnPin('bundle.importIctKey', parsed.data);
    if (result === null) return;
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setArmored('');
    setKeys(result.value);
    setNotice(ms.imported);
  };

  const replaceKey = async () => {
    const parsed = replaceDeviceKeyRequestSchema.omit({ supervisorPin: true }).safeParse({ reason });
    if (!parsed.success) {
      const first = parsed.error.issues[0]?.message;
      setReasonError(first === undefined ? null : shownFieldMessage(first, currentLanguage()));
      return;
    }
    setReplacing(false);
    const result = await callWithOwnPin('bundle.replaceDeviceKey', parsed.data);
    if (result === null) return;
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setReason('');
    setReasonError(null);
    setReplaced(result.value);
    setNotice(ms.replacedNotice);
  };

  const remove = async (keyId: number) => {
    setRemoving(null);
    const result = await callWithOwnPin('bundle.removeIctKey', { keyId });
    if (result === null) return;
    if (result.ok) {
      setKeys(result.value);
      setNotice(ms.removedNotice);
    } else setError(result.error.message);
  };

  return (
    <div className="form">
      <h3>{ms.deviceTitle}</h3>
      <p>{ms.deviceIntro}</p>
      {device.status === 'error' ? <Notice tone="error">{device.error.message}</Notice> : null}
      {deviceKey ? (
        <dl className="facts" data-testid="device-key">
          <div>
            <dt>{ms.fingerprint}</dt>
            <dd className="fingerprint">{fingerprintText(deviceKey.fingerprint)}</dd>
          </div>
          <div>
            <dt>{ms.createdAt}</dt>
            <dd>{formatDateTime(deviceKey.createdAt)}</dd>
          </div>
        </dl>
      ) : device.status === 'loading' ? (
        <Loading text={common.common.loading} />
      ) : null}
      {deviceKey && !deviceKey.available ? (
        <>
          <Notice tone="warning">{ms.deviceMissing}</Notice>
          {replacing ? (
            <div className="form" data-testid="replace-device-key">
              <p>{ms.replaceDeviceBody}</p>
              <Field id="device-key-reason" label={ms.replaceReason} error={reasonError ?? undefined}>
                {(aria) => <input {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
              <div className="form__actions">
                <button type="button" className="button button--danger" onClick={() => unawaited(replaceKey())}>
                  {ms.replaceDevice}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setReplacing(false)}>
                  {msCounter.confirm.back}
                </button>
              </div>
            </div>
          ) : (
            <div className="form__actions">
              <button type="button" className="button button--primary" onClick={() => setReplacing(true)}>
                {ms.replaceDevice}
              </button>
            </div>
          )}
        </>
      ) : null}
      <SlipButtons label={ms.printSetupSlip} send={(toPrinter) => call('bundle.setupSlip', { toPrinter })} />

      <h3>{ms.ictTitle}</h3>
      <p>{ms.ictIntro}</p>
      {current === null ? <Loading text={common.common.loading} /> : null}
      {current && current.activeCount === 0 ? <Notice tone="warning">{ms.noKeys}</Notice> : null}
      {current && current.activeCount === 1 ? <Notice tone="warning">{ms.oneKey}</Notice> : null}
      {current && current.keys.length > 0 ? (
        <table className="table" data-testid="ict-keys">
          <thead>
            <tr>
              <th>{ms.fingerprint}</th>
              <th>{ms.userId}</th>
              <th>{ms.expires}</th>
              <th>{ms.addedBy}</th>
              <th>{ms.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {current.keys.map((k) => (
              <tr key={k.id}>
                <td className="hash">{fingerprintText(k.fingerprint)}</td>
                <td>{k.userIds.join(', ')}</td>
                <td>{k.expiresAt ? formatDateTime(k.expiresAt) : ms.never}</td>
                <td>
                  {k.addedBy}, {formatDateTime(k.addedAt)}
                </td>
                <td>{k.removedAt ? ms.removed(formatDateTime(k.removedAt)) : ms.active}</td>
                <td>
                  {k.removedAt ? null : (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setRemoving({ id: k.id, fingerprint: k.fingerprint })}
                    >
                      {ms.remove}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h3>{ms.importTitle}</h3>
      <PublicKeyFields
        id="ict-key"
        fileLabel={ms.importFile}
        textLabel={ms.importText}
        error={error ?? undefined}
        rows={6}
        armored={armored}
        onArmored={setArmored}
      />
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => unawaited(submit())}>
          {ms.importButton}
        </button>
      </div>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {removing ? (
        <ConfirmDialog
          title={msCounter.confirm.removeKeyTitle}
          body={ms.confirmRemove(fingerprintText(removing.fingerprint))}
          confirmLabel={msCounter.confirm.removeKeyConfirm}
          onConfirm={() => remove(removing.id)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </div>
  );
}
