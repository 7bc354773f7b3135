// The app's pages. `public` pages are reachable without an account; the rest ask for log-in
// (offline, the last account is trusted so SOS and the plan still open). Heavy pages are
// lazy-loaded so the first screen and SOS stay light.
import type { ComponentType, LazyExoticComponent } from 'react';
import { lazyPage, type LazyPage } from './lazy-page';

export interface RouteDef {
  path: string;
  title: string;
  component: ComponentType | LazyExoticComponent<ComponentType> | LazyPage;
  /** Reachable without an account. SOS is public: help must never sit behind a log-in. */
  public?: boolean;
  /** Only for signed-out visitors (log-in, sign-up). */
  guestOnly?: boolean;
  /** Shown without the app's frame, title or SOS button (the quick-exit screen). */
  bare?: boolean;
}

// Even the home and log-in pages are lazy: someone opening /sos on a slow phone should download
// only what SOS needs (React plus the SOS code).
const HomePage = lazyPage(() => import('../home/HomePage').then((m) => m.HomePage));
const AuthForm = lazyPage(() => import('../auth/AuthForm').then((m) => m.AuthForm));
const SosPage = lazyPage(() => import('../sos/SosPage').then((m) => m.SosPage));
const PlanPage = lazyPage(() => import('../plan/PlanPage').then((m) => m.PlanPage));
const PlanHistoryPage = lazyPage(() => import('../plan/PlanHistoryPage').then((m) => m.PlanHistoryPage));
const CrisisCardPage = lazyPage(() => import('../plan/CrisisCardPage').then((m) => m.CrisisCardPage));
const SettingsPage = lazyPage(() => import('../settings/SettingsPage').then((m) => m.SettingsPage));
const JournalPage = lazyPage(() => import('../journal/JournalPage').then((m) => m.JournalPage));
const ChatPage = lazyPage(() => import('../chat/ChatPage').then((m) => m.ChatPage));
const SafetyPage = lazyPage(() => import('../safety/SafetyPage').then((m) => m.SafetyPage));
const NeutralPage = lazyPage(() => import('../quick-exit/NeutralPage').then((m) => m.NeutralPage));

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
  { path: '/chat', title: 'Talk it through', component: ChatPage },
  { path: '/safety', title: 'How Kinbridge keeps you safe', component: SafetyPage, public: true },
  { path: NEUTRAL_PATH, title: 'Calculator', component: NeutralPage, public: true, bare: true },
];

export interface RouteMatch {
  route: RouteDef;
  /** Values of `:name` segments, e.g. /journal/:id. */
  params: Record<string, string>;
}

/** Loads a route's code ahead of time (so its first render does not suspend). */
export function preloadRoute(path: string): Promise<void> {
  const component = matchRoute(path)?.route.component;
  return component && 'preload' in component ? component.preload() : Promise.resolve();
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
