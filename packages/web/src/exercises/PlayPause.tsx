// The start / pause / resume control every timed exercise shares.
import type { Elapsed } from './use-elapsed';

export function PlayPause({ elapsed, startLabel }: { elapsed: Elapsed; startLabel: string }) {
  const started = elapsed.running || elapsed.ms > 0;
  return elapsed.running ? (
    <button type="button" onClick={elapsed.pause}>
      Pause
    </button>
  ) : (
    <button type="button" className="primary" onClick={elapsed.start}>
      {started ? 'Resume' : startLabel}
    </button>
  );
}
