// The app's pages. `public` pages are reachable without an account; the rest ask for log-in
// (offline, the last account is trusted so SOS and the plan still open). Heavy pages are
// lazy-loaded so the first screen and SOS stay light.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface RouteDef {
  path: string;
  title: string;
  component: ComponentType | LazyExoticComponent<ComponentType>;
  /** Reachable without an account. SOS is public: help must never sit behind a log-in. */
  public?: boolean;
  /** Only for signed-out visitors (log-in, sign-up). */
  guestOnly?: boolean;
  /** Shown without the app's frame, title or SOS button (the quick-exit screen). */
  bare?: boolean;
}

// Even the home and log-in pages are lazy: someone opening /sos on a slow phone should download
// only what SOS needs (React plus the SOS code).
const HomePage = lazy(() => import('../home/HomePage').then((m) => ({ default: m.HomePage })));
const AuthForm = lazy(() => import('../auth/AuthForm').then((m) => ({ default: m.AuthForm })));
const SosPage = lazy(() => import('../sos/SosPage').then((m) => ({ default: m.SosPage })));
const PlanPage = lazy(() => import('../plan/PlanPage').then((m) => ({ default: m.PlanPage })));
const PlanHistoryPage = lazy(() => import('../plan/PlanHistoryPage').then((m) => ({ default: m.PlanHistoryPage })));
const CrisisCardPage = lazy(() => import('../plan/CrisisCardPage').then((m) => ({ default: m.CrisisCardPage })));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const JournalPage = lazy(() => import('../journal/JournalPage').then((m) => ({ default: m.JournalPage })));
const NeutralPage = lazy(() => import('../quick-exit/NeutralPage').then((m) => ({ default: m.NeutralPage })));

/** Path of the neutral screen the quick exit opens (no Kinbridge branding, no SOS button). */
export const NEUTRAL_PATH = '/calculator';

export const routes: RouteDef[] = [
  { path: '/', title: 'Home', component: HomePage },
  { path: '/login', title: 'Log in', component: () => <AuthForm mode="login" />, public: true, guestOnly: true },
  { path: '/signup', title: 'Create account', component: () => <AuthForm mode="signup" />, public: true, guestOnly: true },
  { path: '/sos', title: 'SOS', component: SosPage, public: true },
  { path: '/plan', title: 'My crisis plan', component: PlanPage },
  { path: '/plan/history', title: 'Plan history', component: PlanHistoryPage },
  { path: '/plan/card', title: 'Crisis card', component: CrisisCardPage },
  { path: '/settings', title: 'Settings', component: SettingsPage },
  { path: '/journal', title: 'Journal', component: JournalPage },
  { path: NEUTRAL_PATH, title: 'Calculator', component: NeutralPage, public: true, bare: true },
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
