// Feature route plugins. Add a feature by appending its plugin here.
import type { App } from './types';
import { authRoutes } from './auth/auth.routes';
import { healthRoutes } from './http/health.routes';
import { notesRoutes } from './notes/notes.routes';
import { accountRoutes } from './account/account.routes';
import { planRoutes } from './plan/plan.routes';
import { settingsRoutes } from './settings/settings.routes';
import { episodesRoutes } from './episodes/episodes.routes';
import { chatRoutes } from './chat/chat.routes';

export const featureRoutes: ((app: App) => Promise<void>)[] = [healthRoutes, authRoutes, notesRoutes, accountRoutes, planRoutes, settingsRoutes, episodesRoutes, chatRoutes];
