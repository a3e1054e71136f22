import { useCallback, useContext, useEffect } from 'react';
import { useLocation } from 'react-router';
import type { StatusBarView } from '@shared/statusBarViews';
import type { CourtFolderView } from '@shared/courtFolderViews';
import { useApi } from '../api/useApi';
import { formatDateTime, formatElapsed } from '../lib/time';
import { useNow } from '../lib/useNow';
import { currentLanguage, useStrings } from '../i18n/strings';
import { OutageContext } from './context';

const POLL_MS = 30_000;

/**
 * The bar along the bottom of every signed-in screen: the outage and how long it has run (ticking each
 * minute), court and counter, who is signed in, the receipt printer, the last good backup and how many
 * records are not yet in an export. Read in one call every 30 s, on every change of screen (most saving
 * actions end on a new screen) and when an outage is opened, changed or closed (that stays on its screen).
 */
export function StatusBar() {
  const t = useStrings().msCounter.status;
  const { state, reload: reloadBar } = useApi('status.bar', {});
  const { state: court, reload: reloadCourt } = useApi('courtFolder.status', {});
  const reload = useCallback(() => {
    reloadBar();
    reloadCourt();
  }, [reloadBar, reloadCourt]);
  const location = useLocation();
  const outage = useContext(OutageContext)?.outage;
  const outageKey = outage ? `${outage.id} ${outage.sopOption}` : String(outage);
  useEffect(() => reload(), [location.pathname, location.search, outageKey, reload]);
  useEffect(() => {
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const status = state.value;
  return (
    <footer className="status-bar" aria-label={t.label} data-testid="status-bar">
      {status ? (
        <StatusItems status={status} court={court.value} />
      ) : (
        <span>{state.status === 'error' ? t.unavailable : '…'}</span>
      )}
    </footer>
  );
}

function StatusItems({ status, court }: { status: StatusBarView; court: CourtFolderView | null }) {
  const t = useStrings().msCounter.status;
  const { role } = useStrings().msDomain;
  const now = useNow();
  const { outage, printer, backup, unexported } = status;
  const printerBad = printer.state !== 'READY';
  const backupText = !backup.planned
    ? t.backupNotPlanned
    : backup.lastGoodAt
      ? formatDateTime(backup.lastGoodAt)
      : t.backupNone;
  return (
    <ul className="status-bar__items">
      <li className={`status-bar__item${outage ? ' status-bar__item--outage' : ''}`} data-testid="status-outage">
        {outage ? t.outage(outage.sopOption, formatElapsed(outage.startedAt, now)) : t.noOutage}
      </li>
      <li className="status-bar__item" title={status.court.name}>
        <span className="status-bar__code">{status.court.code}</span> · {t.counter(status.court.counterId)}
      </li>
      <li className="status-bar__item" data-testid="status-clerk">
        <span className="status-bar__label">{role[status.clerk.role]}:</span> {status.clerk.name}
      </li>
      <li
        className={`status-bar__item${printerBad ? ' status-bar__item--warn' : ''}`}
        data-testid="status-printer"
        title={printer.name ?? undefined}
      >
        <span className="status-bar__label">{t.printer}:</span> {t.printerState[printer.state]}
      </li>
      <li
        className={`status-bar__item${!backup.planned || backup.failing ? ' status-bar__item--warn' : ''}`}
        data-testid="status-backup"
      >
        <span className="status-bar__label">{t.backup}:</span> {backupText}
        {backup.failing ? ` (${t.backupFailing})` : ''}
      </li>
      <li
        className={`status-bar__item${unexported.total > 0 ? ' status-bar__item--count' : ''}`}
        data-testid="status-unexported"
        title={`${t.unexportedDetail(unexported.cases, unexported.receipts, unexported.filings, unexported.appointments)}. ${
          unexported.lastExportAt ? t.lastExport(formatDateTime(unexported.lastExportAt)) : t.neverExported
        }`}
      >
        <span className="status-bar__label">{t.unexported}:</span>{' '}
        {unexported.total === 0 ? t.unexportedNone : t.unexportedCount(unexported.total)}
        {unexported.total > 0 ? (
          <span className="visually-hidden">
            {' '}
            ({t.unexportedDetail(unexported.cases, unexported.receipts, unexported.filings, unexported.appointments)})
          </span>
        ) : null}
      </li>
      {court && court.folder !== null ? <CourtItems court={court} now={now} /> : null}
    </ul>
  );
}

/** Per other counter of the court: when its last segment arrived here, or the problem that stopped it. */
function CourtItems({ court, now }: { court: CourtFolderView; now: Date }) {
  const t = useStrings().msCourt;
  const language = currentLanguage();
  return (
    <>
      {court.counters
        .filter((c) => !c.own)
        .map((c) => {
          const problem = c.problems[0];
          // The first minute says "baru sahaja", not "kurang daripada 1 minit lalu": short enough to be read whole.
          const justNow = c.lastArrivedAt !== null && now.getTime() - new Date(c.lastArrivedAt).getTime() < 60_000;
          const text = problem
            ? t.statusProblem(c.counter)
            : c.lastArrivedAt === null
              ? t.statusNothing(c.counter)
              : justNow
                ? t.statusJustNow(c.counter)
                : t.statusArrived(c.counter, formatElapsed(c.lastArrivedAt, now));
          const title = problem
            ? language === 'en'
              ? problem.messageEn
              : problem.messageMs
            : c.lastArrivedAt
              ? t.statusArrivedAt(c.counter, formatDateTime(c.lastArrivedAt))
              : undefined;
          return (
            <li
              key={c.counter}
              className={`status-bar__item status-bar__item--court${problem ? ' status-bar__item--warn' : ''}`}
              data-testid={`status-court-${c.counter}`}
              title={title}
            >
              {text}
            </li>
          );
        })}
    </>
  );
}
