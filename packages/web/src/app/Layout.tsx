// The frame around every page: skip link, header, quick exit, and the SOS button that is always
// one tap away (bottom corner, within thumb reach, on every screen but SOS itself, where it
// would only cover the distress scale). The quick-exit screen is shown bare: nothing on it
// says Kinbridge.
import { useEffect, type ReactNode } from 'react';
import { Link, useRouter } from './router';
import { matchRoute, NEUTRAL_PATH, preloadRoute } from './routes';
import { useSession } from '../auth/session';
import { OutboxBanner } from './OutboxBanner';

/** Warms the SOS code so the first tap opens it at once (the service worker has it cached). */
const preloadSos = () => void preloadRoute('/sos').catch(() => undefined);

export function Layout({ children }: { children: ReactNode }) {
  const { user, offline, logOut } = useSession();
  const { path, navigate } = useRouter();
  const bare = matchRoute(path)?.route.bare;
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1500));
    idle(preloadSos);
  }, []);
  if (bare) return <>{children}</>;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to="/" className="brand" aria-label="Kinbridge home">
          Kinbridge
        </Link>
        <div className="top-actions">
          {user && (
            <button type="button" className="link-button" onClick={() => void logOut().then(() => window.location.assign('/login'))}>
              Log out
            </button>
          )}
          <button type="button" className="quick-exit" onClick={() => navigate(NEUTRAL_PATH, { replace: true })}>
            Quick exit
          </button>
        </div>
      </header>
      {offline && (
        <p className="offline-banner" role="status">
          Offline: your plan and SOS still work. Changes will sync when you are back online.
        </p>
      )}
      {user && <OutboxBanner userId={user.id} />}
      {children}
      {path !== '/sos' && (
        <Link to="/sos" className="sos-button" aria-label="SOS: get help now" onPointerDown={preloadSos} onFocus={preloadSos}>
          SOS
        </Link>
      )}
    </>
  );
}
