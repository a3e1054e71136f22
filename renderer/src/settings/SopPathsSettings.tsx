import { useState } from 'react';
import type { FilingTypeView } from '@shared/filingViews';
import { formatRinggit } from '@shared/money';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

/** The court's settings for the other SOP paths: the kinds of documents received (appointment sessions: Kalendar). */
export function SopPathsSettings() {
  const t = useStrings().msSop.settings;
  const { state: types, reload: reloadTypes } = useApi('filingTypes.list', {});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [draft, setDraft] = useState({ code: '', name: '', feeCode: '' });
  const saveType = async (type: { code: string; name: string; feeCode: string | null; active: boolean }) => {
    const result = await call('filingTypes.save', type);
    setMessage(result.ok ? { tone: 'success', text: t.saved } : { tone: 'error', text: result.error.message });
    if (result.ok) {
      reloadTypes();
      setDraft({ code: '', name: '', feeCode: '' });
    }
  };

  return (
    <div className="form">
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <h3>{t.typesTitle}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.code}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.feeCode}</th>
            <th scope="col" className="num">
              {t.fee}
            </th>
            <th scope="col">{t.active}</th>
          </tr>
        </thead>
        <tbody>
          {(types.value ?? []).map((type: FilingTypeView) => (
            <tr key={type.code}>
              <td className="code">{type.code}</td>
              <td>{type.name}</td>
              <td className="code">{type.feeCode ?? '—'}</td>
              <td className="num">{type.feeSen === null ? '—' : formatRinggit(type.feeSen)}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t.active}: ${type.name}`}
                  checked={type.active}
                  onChange={(e) => unawaited(saveType({ ...type, active: e.target.checked }))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid grid--3">
        <label className="field">
          <span className="field__label">{t.code}</span>
          <input value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">{t.name}</span>
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">{t.feeCode}</span>
          <input value={draft.feeCode} onChange={(e) => setDraft({ ...draft, feeCode: e.target.value })} />
        </label>
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => unawaited(saveType({ ...draft, feeCode: draft.feeCode.trim() || null, active: true }))}
        >
          {t.addType}
        </button>
      </div>
    </div>
  );
}
