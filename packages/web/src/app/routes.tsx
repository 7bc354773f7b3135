// The app's pages. `public` pages are reachable without an account; the rest ask for log-in
// (offline, the last account is trusted so SOS and the plan still open). Heavy pages are
// lazy-loaded so the first screen and SOS stay light.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { AuthForm } from '../auth/AuthForm';
import { HomePage } from '../home/HomePage';

export interface RouteDef {
  path: string;
  title: string;
  component: ComponentType | LazyExoticComponent<ComponentType>;
  /** Reachable without an account. SOS is public: help must never sit behind a log-in. */
  public?: boolean;
  /** Only for signed-out visitors (log-in, sign-up). */
  guestOnly?: boolean;
}

const SosPage = lazy(() => import('../sos/SosPage').then((m) => ({ default: m.SosPage })));

export const routes: RouteDef[] = [
  { path: '/', title: 'Home', component: HomePage },
  { path: '/login', title: 'Log in', component: () => <AuthForm mode="login" />, public: true, guestOnly: true },
  { path: '/signup', title: 'Create account', component: () => <AuthForm mode="signup" />, public: true, guestOnly: true },
  { path: '/sos', title: 'SOS', component: SosPage, public: true },
];

export interface RouteMatch {
  route: RouteDef;
  /** Values of `:name` segments, e.g. /journal/:id. */
  params: Record<string, string>;
}

export function matchRoute(path: string): RouteMatch | undefined {
  const parts = (path.length > 1 ? path.replace(/\/+$/, '') : path).split('/');
  for (const route of routes) {
    const pattern = route.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((segment, i) => {
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(parts[i]!);
        return parts[i] !== '';
      }
      return segment === parts[i];
    });
    if (ok) return { route, params };
  }
  return undefined;
}
