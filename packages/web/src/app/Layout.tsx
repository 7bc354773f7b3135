// The frame around every page: skip link, header, and the SOS button that is always one tap
// away (bottom corner, within thumb reach, on every screen).
import type { ReactNode } from 'react';
import { Link } from './router';
import { useSession } from '../auth/session';

export function Layout({ children }: { children: ReactNode }) {
  const { user, offline, logOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to="/" className="brand" aria-label="Kinbridge home">
          Kinbridge
        </Link>
        {user && (
          <button type="button" className="link-button" onClick={() => void logOut().then(() => window.location.assign('/login'))}>
            Log out
          </button>
        )}
      </header>
      {offline && (
        <p className="offline-banner" role="status">
          Offline: your plan and SOS still work. Changes will sync when you are back online.
        </p>
      )}
      {children}
      <Link to="/sos" className="sos-button" aria-label="SOS: get help now">
        SOS
      </Link>
    </>
  );
}
