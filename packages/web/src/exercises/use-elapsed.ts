// Elapsed time for an exercise, with pause. Read from Date.now() on a short interval so the
// numbers stay right even if the tab was in the background (and so browser tests can move the
// clock). The interval only refreshes the display; the timing itself is core's pure functions.
import { useCallback, useEffect, useRef, useState } from 'react';

const REFRESH_MS = 250;

export interface Elapsed {
  ms: number;
  running: boolean;
  start(): void;
  pause(): void;
  reset(): void;
}

export function useElapsed(autoStart = false): Elapsed {
  const base = useRef(0);
  const since = useRef<number | null>(autoStart ? Date.now() : null);
  const [, setTick] = useState(0);
  const [running, setRunning] = useState(autoStart);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((t) => t + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, [running]);

  const start = useCallback(() => {
    if (since.current === null) since.current = Date.now();
    setRunning(true);
  }, []);
  const pause = useCallback(() => {
    if (since.current !== null) base.current += Date.now() - since.current;
    since.current = null;
    setRunning(false);
  }, []);
  const reset = useCallback(() => {
    base.current = 0;
    since.current = null;
    setRunning(false);
    setTick((t) => t + 1);
  }, []);

  const ms = base.current + (since.current === null ? 0 : Date.now() - since.current);
  return { ms, running, start, pause, reset };
}

/** "0:42" */
export function formatSeconds(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
