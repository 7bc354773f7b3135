// A lazily loaded page that renders straight away once its code is here. React.lazy alone
// always suspends on first use, and React holds a revealed Suspense boundary back for ~300 ms
// to avoid flicker: fine for a settings page, too slow for SOS. Preloading (on idle, on
// pointer-down, or before the first render) makes the page's first render synchronous.
import { lazy, type ComponentType, type JSX } from 'react';

export interface LazyPage<P extends object = object> {
  (props: P): JSX.Element;
  preload(): Promise<void>;
}

export function lazyPage<P extends object = object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let Loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        Loaded = component;
      },
      (error: unknown) => {
        loading = null; // allow a retry (e.g. after a flaky connection)
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then(() => ({ default: Loaded! })));
  const Page = (props: P) => (Loaded ? <Loaded {...props} /> : <Suspending {...props} />);
  Page.preload = preload;
  return Page;
}
