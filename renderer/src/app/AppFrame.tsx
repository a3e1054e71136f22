import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Loading } from '../components/Notice';
import { NavLink, Outlet } from 'react-router';
import { useApi } from '../api/useApi';
import { shownMessage } from '../i18n/errors';
import { useLanguage, useStrings } from '../i18n/strings';
import { routes } from './routes';
import { useIdleSignOut } from '../lib/useIdleSignOut';
import { call } from '../api/client';
import { IdleSignOutWarning } from './IdleSignOutWarning';
import { unawaited } from './unawaited';
import { OutageContext, useSession, type OutageContextValue } from './context';
import { OutageBanner } from './OutageBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { StatusBar } from './StatusBar';
import { AnsweredAgainNotice } from './AnsweredAgainNotice';
import { LeaveGuardHost } from './LeaveGuardHost';
import { KeyHint } from '../keyboard/KeyHint';
import { shortcut } from '../keyboard/shortcuts';
import { ShortcutHelp } from '../keyboard/ShortcutHelp';
import { useShortcuts } from '../keyboard/useShortcuts';

/** Header, navigation and the outage banner around every signed-in screen, and the guard of its forms. */
export function AppFrame() {
  const { msCounter } = useStrings();
  const { ms, msRecovery, msSop, msBundle, msDomain } = useStrings();
  const language = useLanguage();
  const { court, session, isSupervisor, signOut, info } = useSession();
  // A request while signed in is the ledger's sign of activity; a session it already ended signs out here too.
  const keepAlive = useCallback(() => {
    unawaited(
      call('auth.session', {}).then((result) => {
        if (result.ok && result.value === null) signOut();
      }),
    );
  }, [signOut]);
  const idle = useIdleSignOut(info.idleSignOutMinutes, signOut, keepAlive);
  const { state, reload } = useApi('outage.current', {});
  const outage = state.status === 'ok' ? state.value : (state.value ?? undefined);
  useEffect(() => {
    document.title = `${court.courtName} (${ms.frame.counter} ${court.counterId}) — ${ms.appName}`;
  }, [court.courtName, court.counterId, ms]);
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  useShortcuts(openHelp);
  const outageValue = useMemo<OutageContextValue>(() => ({ outage, refreshOutage: reload }), [outage, reload]);

  return (
    <OutageContext.Provider value={outageValue}>
      <LeaveGuardHost>
        <div className="frame">
          <header className="frame__header">
            <div className="frame__court">
              <span className="frame__crest" aria-hidden="true">
                KS
              </span>
              <div>
                <p className="frame__court-name">{court.courtName}</p>
                <p className="frame__court-meta">
                  {msDomain.courtLevel[court.courtLevel]} · {court.stateName} · {ms.frame.counter} {court.counterId}
                </p>
              </div>
            </div>
            <div className="frame__user">
              <p className="frame__user-name">{session.user.name}</p>
              <p className="frame__user-role">{msDomain.role[session.user.role]}</p>
              <LanguageSwitch tone="light" />
              <button type="button" className="button button--ghost-light" onClick={signOut}>
                {ms.frame.signOut}
              </button>
            </div>
          </header>
          <nav className="frame__nav" aria-label={ms.frame.nav}>
            <NavLink to={routes.register} {...shortcut('register')}>
              {ms.frame.navRegister} <KeyHint name="register" />
            </NavLink>
            {outage?.sopOption === 2 ? <NavLink to={routes.esv2}>{msSop.nav.esv2}</NavLink> : null}
            {outage?.sopOption === 3 ? <NavLink to={routes.appointments}>{msSop.nav.appointments}</NavLink> : null}
            {outage ? <NavLink to={routes.existing}>{msSop.nav.existing}</NavLink> : null}
            <NavLink to={routes.book} {...shortcut('book')}>
              {ms.frame.navBook} <KeyHint name="book" />
            </NavLink>
            {outage && outage.sopOption !== 3 ? (
              <NavLink to={routes.appointments}>{msSop.nav.appointments}</NavLink>
            ) : null}
            <NavLink to={routes.outage}>{ms.frame.navOutage}</NavLink>
            <NavLink to={routes.recovery}>{msRecovery.nav}</NavLink>
            <NavLink to={routes.dayClose}>{ms.frame.navDayClose}</NavLink>
            {isSupervisor ? <NavLink to={routes.export}>{msBundle.nav}</NavLink> : null}
            {isSupervisor ? <NavLink to={routes.settings}>{ms.frame.navSettings}</NavLink> : null}
            <button
              type="button"
              className="frame__nav-help"
              aria-keyshortcuts="F1"
              title={msCounter.shortcuts.title}
              onClick={openHelp}
            >
              {msCounter.shortcuts.openHelp} <KeyHint name="help" />
            </button>
          </nav>
          <OutageBanner outage={outage} />
          {info.clockWarning ? (
            <div className="clock-warning" role="alert">
              {shownMessage(info.clockWarning, language)}
            </div>
          ) : null}
          <main className="frame__main">
            <AnsweredAgainNotice />
            <Suspense fallback={<Loading text={ms.common.loading} />}>
              <Outlet />
            </Suspense>
          </main>
          <StatusBar />
          {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
          {idle.warning ? (
            <IdleSignOutWarning minutes={info.idleSignOutMinutes} onStay={idle.stay} onSignOut={signOut} />
          ) : null}
        </div>
      </LeaveGuardHost>
    </OutageContext.Provider>
  );
}
