import { Suspense, useEffect } from 'react';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouterProvider, useRouter } from './router';
import { matchRoute } from './routes';
import { SessionProvider, useSession } from '../auth/session';
import { SyncAgent } from './SyncAgent';

function CurrentPage() {
  const { path, navigate } = useRouter();
  const { status, user } = useSession();
  const match = matchRoute(path);
  const route = match?.route;

  const needsLogin = route && !route.public && status === 'ready' && !user;
  const guestOnly = route?.guestOnly && status === 'ready' && user;
  useEffect(() => {
    if (needsLogin) navigate('/login', { replace: true });
    else if (guestOnly) navigate('/', { replace: true });
  }, [needsLogin, guestOnly, navigate]);

  useEffect(() => {
    document.title = route?.bare ? route.title : route ? `${route.title} · Kinbridge` : 'Not found · Kinbridge';
  }, [route]);

  if (!route) return <NotFound />;
  if (!route.public && (status === 'loading' || !user)) {
    return (
      <main className="page" id="main" aria-busy="true">
        <p className="muted">Loading…</p>
      </main>
    );
  }
  const Page = route.component;
  return (
    <Suspense
      fallback={
        <main className="page" id="main" aria-busy="true">
          <p className="muted">Loading…</p>
        </main>
      }
    >
      <Page />
    </Suspense>
  );
}

export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <SyncAgent />
        <Layout>
          <CurrentPage />
        </Layout>
      </SessionProvider>
    </RouterProvider>
  );
}
