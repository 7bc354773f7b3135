import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadRoute } from './app/routes';
import { openDb } from './offline/idb';
import './styles.css';

// The current page's code is fetched before the first render (from the service worker's cache
// when offline), so the page appears in one step instead of behind a loading fallback. The
// cap keeps a slow network from delaying the app; the page then simply loads as usual.
const FIRST_PAGE_WAIT_MS = 1500;

// Opening IndexedDB takes a moment on a slow phone; start now, while the page code loads.
void openDb().catch(() => undefined);

void Promise.race([preloadRoute(window.location.pathname).catch(() => undefined), new Promise((r) => setTimeout(r, FIRST_PAGE_WAIT_MS))]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
