// The plan being edited. Loads this device's copy first (so the editor opens offline), takes
// the server's copy when there are no unsent edits, and saves as you go: every change is
// checked with core's rules and, if valid, written to this device and queued for the server
// shortly after the person stops typing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { preparePlanForSave, restore, starterPlan } from '@kinbridge/core/plan';
import type { CrisisPlan, PlanIssue, PlanVersion } from '@kinbridge/core/plan';
import { api, ApiError } from '../app/api';
import { acceptServerPlan, readCachedPlan } from '../offline/local-data';
import type { CachedPlan } from '../offline/local-data';
import { flushOutbox } from '../offline/outbox';
import { savePlanLocally } from '../offline/plan-sync';

const AUTOSAVE_MS = 700;

export type SaveState = 'idle' | 'unsaved' | 'saved' | 'invalid' | 'failed';

export interface PlanDraft {
  draft: CrisisPlan | null;
  loadError: string | null;
  state: SaveState;
  issues: PlanIssue[];
  change(next: CrisisPlan): void;
  /** Saves now and asks for an upload now (leaving a step, leaving the page). */
  saveNow(): Promise<void>;
  /** Replaces the draft after a conflict was resolved elsewhere. */
  reload(): Promise<void>;
}

async function loadPlan(userId: string): Promise<CachedPlan | { plan: CrisisPlan; version: null; dirty: false; updatedAt: number }> {
  const cached = await readCachedPlan(userId);
  if (cached?.dirty) return cached;
  try {
    const current = await api<PlanVersion>('/api/plan');
    return (await acceptServerPlan(userId, current.plan, current.version)) ?? { ...current, dirty: false, updatedAt: Date.now() };
  } catch (error) {
    if (cached) return cached;
    if (error instanceof ApiError && error.offline) return { plan: starterPlan(), version: null, dirty: false, updatedAt: Date.now() };
    throw error;
  }
}

export function usePlanDraft(userId: string): PlanDraft {
  const [draft, setDraft] = useState<CrisisPlan | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const [issues, setIssues] = useState<PlanIssue[]>([]);
  const pending = useRef<CrisisPlan | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    try {
      const loaded = await loadPlan(userId);
      const restored = restore(loaded.plan);
      if (!restored.ok) throw new Error(restored.error.message);
      setDraft(restored.plan);
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : 'Your plan could not be opened.');
    }
  }, [userId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const persist = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    const prepared = preparePlanForSave(next);
    if (!prepared.ok) {
      setIssues(prepared.issues);
      setState('invalid');
      return;
    }
    setIssues([]);
    try {
      await savePlanLocally(userId, prepared.plan);
      setState('saved');
    } catch {
      setState('failed');
    }
  }, [userId]);

  const change = useCallback(
    (next: CrisisPlan) => {
      setDraft(next);
      setState('unsaved');
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void persist(), AUTOSAVE_MS);
    },
    [persist],
  );

  const saveNow = useCallback(async () => {
    await persist();
    void flushOutbox(userId, { force: true });
  }, [persist, userId]);

  // Leaving the page or hiding the tab saves whatever is still waiting.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saveNow();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      void saveNow();
    };
  }, [saveNow]);

  return { draft, loadError, state, issues, change, saveNow, reload };
}
