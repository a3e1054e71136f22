import { useSearchParams } from 'react-router';
import { useState } from 'react';
import type { SettingsView } from '@shared/views';
import { useApi } from '../api/useApi';
import { useSession } from '../app/context';
import { Loading, Notice } from '../components/Notice';
import { strings, useStrings } from '../i18n/strings';
import { BackupSettings } from '../settings/BackupSettings';
import { CaseTypesSettings } from '../settings/CaseTypesSettings';
import { IdleSignOutSettings } from '../settings/IdleSignOutSettings';
import { CourtSettings } from '../settings/CourtSettings';
import { FeesSettings } from '../settings/FeesSettings';
import { KeysSettings } from '../settings/KeysSettings';
import { LastNumbersSettings } from '../settings/LastNumbersSettings';
import { NumberingSettings } from '../settings/NumberingSettings';
import { PrintersSettings } from '../settings/PrintersSettings';
import { ReceiptSettings } from '../settings/ReceiptSettings';
import { UsersSettings } from '../settings/UsersSettings';
import { CalendarSettings } from '../settings/CalendarSettings';
import { SopPathsSettings } from '../settings/SopPathsSettings';
import { Esv3ReferenceSettings } from '../settings/Esv3ReferenceSettings';
import { CourtFolderSettings } from '../settings/CourtFolderSettings';

const TABS = [
  'court',
  'numbering',
  'lastNumbers',
  'esv3Reference',
  'users',
  'caseTypes',
  'fees',
  'receipt',
  'calendar',
  'printers',
  'backup',
  'sopPaths',
  'keys',
  'courtFolder',
] as const;

function tabLabel(tab: Tab): string {
  const { ms, msCalendar, msSop, msReference, msCourt } = strings();
  if (tab === 'courtFolder') return msCourt.tab;
  if (tab === 'sopPaths') return msSop.settings.tab;
  if (tab === 'calendar') return msCalendar.settings.tab;
  if (tab === 'esv3Reference') return msReference.tab;
  return ms.settings[tab];
}
type Tab = (typeof TABS)[number];

/** Tetapan (supervisors): court, numbering, last ESV3 numbers, users, case types. Every change is audited. */
export function SettingsPage() {
  const { ms } = useStrings();
  const { refreshInfo } = useSession();
  // "Pilih pencetak lain" after a failed print opens Tetapan at its printers (?tab=printers).
  const [search] = useSearchParams();
  const asked = search.get('tab');
  const [tab, setTab] = useState<Tab>(TABS.find((t) => t === asked) ?? 'court');
  const { state: settings, reload } = useApi('settings.get', {});
  const { state: reference } = useApi('setup.reference', {});
  const { state: caseTypes } = useApi('caseTypes.list', {});

  const onSaved = (_: SettingsView) => {
    reload();
    refreshInfo();
  };

  const current = settings.value;
  const states = reference.value?.states;
  const ready = current !== null && states !== undefined && caseTypes.value !== null;
  const failure = [settings, reference, caseTypes].find((s) => s.status === 'error');
  const activeTypes = (caseTypes.value ?? []).filter((t) => t.active);
  const year = reference.value?.currentYear ?? new Date().getFullYear();

  return (
    <div className="page">
      <h1>{ms.settings.title}</h1>
      <p className="muted">{ms.settings.auditNote}</p>
      <div className="tabs" role="tablist" aria-label={ms.settings.title}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`panel-${t}`}
            className="tabs__tab"
            onClick={() => setTab(t)}
          >
            {tabLabel(t)}
          </button>
        ))}
      </div>
      <section className="section tabs__panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <h2>{tabLabel(tab)}</h2>
        {failure && failure.status === 'error' ? <Notice tone="error">{failure.error.message}</Notice> : null}
        {!ready ? <Loading text={ms.common.loading} /> : null}
        {ready && tab === 'court' ? <CourtSettings settings={current} states={states} onSaved={onSaved} /> : null}
        {ready && tab === 'numbering' ? (
          <NumberingSettings
            settings={current}
            year={year}
            fallbackTypeCode={activeTypes[0]?.code ?? '001'}
            onSaved={onSaved}
          />
        ) : null}
        {ready && tab === 'lastNumbers' ? (
          <LastNumbersSettings settings={current} caseTypes={activeTypes} year={year} onSaved={onSaved} />
        ) : null}
        {tab === 'users' ? (
          <>
            <UsersSettings />
            <IdleSignOutSettings />
          </>
        ) : null}
        {tab === 'caseTypes' ? <CaseTypesSettings /> : null}
        {tab === 'fees' ? <FeesSettings /> : null}
        {tab === 'receipt' ? <ReceiptSettings /> : null}
        {tab === 'calendar' ? <CalendarSettings /> : null}
        {tab === 'printers' ? <PrintersSettings /> : null}
        {tab === 'backup' ? <BackupSettings /> : null}
        {tab === 'sopPaths' ? <SopPathsSettings /> : null}
        {tab === 'keys' ? <KeysSettings /> : null}
        {tab === 'courtFolder' ? <CourtFolderSettings /> : null}
        {tab === 'esv3Reference' ? <Esv3ReferenceSettings onImported={reload} /> : null}
      </section>
    </div>
  );
}
