import { createContext, useContext } from 'react';
import type { AppInfo, CourtView, OutageView, SessionView } from '@shared/views';

export interface SessionContextValue {
  info: AppInfo;
  court: CourtView;
  session: SessionView;
  isSupervisor: boolean;
  signOut: () => void;
  /** Reads app.info again, e.g. after the court details change. */
  refreshInfo: () => void;
}

export interface OutageContextValue {
  /** undefined while loading. */
  outage: OutageView | null | undefined;
  refreshOutage: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
export const OutageContext = createContext<OutageContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionContext');
  return value;
}

export function useOutage(): OutageContextValue {
  const value = useContext(OutageContext);
  if (!value) throw new Error('useOutage outside OutageContext');
  return value;
}
