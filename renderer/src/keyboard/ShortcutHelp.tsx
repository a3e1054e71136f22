import { useRef } from 'react';
import { Dialog } from '../components/Dialog';
import { SHORTCUT_KEYS } from './shortcuts';
import { useStrings } from '../i18n/strings';

/** "Pintasan papan kekunci": every key the counter answers, opened with F1 or '?'. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useStrings().msCounter.shortcuts;
  const closeRef = useRef<HTMLButtonElement>(null);
  const rows: [string, string][] = [
    [`${SHORTCUT_KEYS.help} / ?`, t.help],
    [SHORTCUT_KEYS.register, t.register],
    [SHORTCUT_KEYS.book, t.book],
    [SHORTCUT_KEYS.pay, t.pay],
    [SHORTCUT_KEYS.print, t.print],
    ['Enter', t.enter],
    ['Esc', t.escape],
    ['Tab', t.tab],
    ['↑ ↓', t.arrows],
  ];
  return (
    <Dialog title={t.title} onClose={onClose} initialFocus={closeRef} wide>
      <p>{t.intro}</p>
      <table className="table shortcut-table" data-testid="shortcut-help">
        <thead>
          <tr>
            <th scope="col">{t.keyColumn}</th>
            <th scope="col">{t.actionColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd className="key-hint key-hint--table">{key}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form__actions">
        <button ref={closeRef} type="button" className="button button--primary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </Dialog>
  );
}
