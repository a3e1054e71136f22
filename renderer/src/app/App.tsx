import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { AppInfo, SessionView } from '@shared/views';
import { call, onSignedOut } from '../api/client';
import { useApi } from '../api/useApi';
import { Loading, Notice } from '../components/Notice';
import { shownBoth } from '../i18n/errors';
import { useLanguage, useStrings } from '../i18n/strings';
import { SignInPage } from '../pages/SignInPage';
import { SessionContext, type SessionContextValue } from './context';
import { AppRoutes } from './AppRoutes';
import { ClockConfirmHost } from './ClockConfirmHost';
import { PinConfirmHost } from './PinConfirmHost';
import { unawaited } from './unawaited';

/** Setup is shown once per data folder: its script loads only then, not before every sign-in. */
const SetupPage = lazy(() => import('../pages/SetupPage').then((m) => ({ default: m.SetupPage })));

/**
 * What the counter shows first: setup on a new data folder, sign-in when nobody is signed in,
 * otherwise the app itself.
 */
export function App() {
  const { ms } = useStrings();
  const language = useLanguage();
  const { state: infoState, reload: reloadInfo } = useApi('app.info', {});
  const { state: sessionState, reload: reloadSession } = useApi('auth.session', {});
  const [session, setSession] = useState<SessionView | null | undefined>(undefined);

  const loadedSession = sessionState.status === 'ok' ? sessionState.value : undefined;
  const current = session !== undefined ? session : loadedSession;

  useEffect(() => onSignedOut(() => setSession(null)), []);

  const signOut = useCallback(() => {
    unawaited(call('auth.signOut', {}).then(() => setSession(null)));
  }, []);

  const signedIn = useCallback(
    (next: SessionView) => {
      setSession(next);
      reloadInfo();
    },
    [reloadInfo],
  );

  const info: AppInfo | null = infoState.value;
  const contextValue = useMemo<SessionContextValue | null>(() => {
    if (!info?.court || !current) return null;
    return {
      info,
      court: info.court,
      session: current,
      isSupervisor: current.user.role === 'SUPERVISOR',
      signOut,
      refreshInfo: reloadInfo,
    };
  }, [info, current, signOut, reloadInfo]);

  if (infoState.status === 'error' && !info) {
    return (
      <main className="boot">
        <Notice tone="error" title={ms.appName}>
          <p>{infoState.error.message}</p>
          <button type="button" className="button" onClick={reloadInfo}>
            {ms.common.retry}
          </button>
        </Notice>
      </main>
    );
  }
  if (!info) return <Loading text={ms.common.loading} />;
  if (!info.setupDone) {
    return (
      <Suspense fallback={<Loading text={ms.common.loading} />}>
        <SetupPage onDone={signedIn} onRestored={reloadInfo} />
      </Suspense>
    );
  }
  if (current === undefined) {
    if (sessionState.status === 'error') {
      return (
        <main className="boot">
          <Notice tone="error">
            <p>{sessionState.error.message}</p>
            <button type="button" className="button" onClick={reloadSession}>
              {ms.common.retry}
            </button>
          </Notice>
        </main>
      );
    }
    return <Loading text={ms.common.loading} />;
  }
  const readOnly = info.readOnly ? (
    <div className="read-only-notice" role="alert">
      <strong>{ms.frame.readOnlyTitle}</strong> {shownBoth(info.readOnly, language)}
    </div>
  ) : null;
  if (current === null || !contextValue) {
    return (
      <>
        {readOnly}
        <SignInPage court={info.court} onSignedIn={signedIn} />
      </>
    );
  }
  return (
    <SessionContext.Provider value={contextValue}>
      {readOnly}
      <PinConfirmHost />
      <ClockConfirmHost />
      <AppRoutes />
    </SessionContext.Provider>
  );
}
