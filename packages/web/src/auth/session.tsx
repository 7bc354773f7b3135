// Who is logged in. The last known account (id, email, role: nothing about health) is kept in
// localStorage so the app, the plan and SOS still open when the phone is offline.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError } from '../app/api';
import { forgetAccountOnDevice } from '../offline/forget';

export interface SessionUser {
  id: string;
  email: string;
  role: 'client' | 'therapist';
}

type Status = 'loading' | 'ready';

interface SessionValue {
  status: Status;
  user: SessionUser | null;
  /** True when we are showing the cached account because the server cannot be reached. */
  offline: boolean;
  signIn(user: SessionUser): void;
  logOut(): Promise<void>;
}

const STORAGE_KEY = 'kinbridge.account';
const SessionContext = createContext<SessionValue | null>(null);

/**
 * The account last seen on this device, readable before the server answers. SOS uses it so a
 * person's own plan opens at once, even when the network hangs.
 */
export function lastKnownUser(): SessionUser | null {
  return cachedUser();
}

function cachedUser(): SessionUser | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  } catch {
    return null;
  }
}

function remember(user: SessionUser | null): void {
  try {
    if (user) localStorage.setItem(STORAGE_KEY, JSON.stringify({ id: user.id, email: user.email, role: user.role }));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private browsing without storage: the app still works online.
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [user, setUser] = useState<SessionUser | null>(null);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api<{ user: SessionUser | null }>('/api/session')
      .then((result) => {
        if (cancelled) return;
        setUser(result.user);
        remember(result.user);
        setOffline(false);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.offline) {
          setUser(cachedUser());
          setOffline(true);
        }
      })
      .finally(() => !cancelled && setStatus('ready'));
    return () => {
      cancelled = true;
    };
  }, []);

  const signIn = useCallback((next: SessionUser) => {
    setUser(next);
    remember(next);
    setOffline(false);
  }, []);

  const logOut = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    if (user) await forgetAccountOnDevice(user.id).catch(() => undefined);
    setUser(null);
    remember(null);
  }, [user]);

  const value = useMemo(() => ({ status, user, offline, signIn, logOut }), [status, user, offline, signIn, logOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
