// A breathing exercise: a circle that grows as you breathe in and shrinks as you breathe out.
// The circle moves with a CSS transition lasting the whole phase (smooth on a slow phone, no
// per-frame work); with reduced motion the transition is off and the circle simply changes
// size at each phase. Phase changes are announced politely, once per phase, not every second.
import type { BreathingExercise } from '@kinbridge/core/exercises';
import { breathingPhaseAt } from '@kinbridge/core/exercises';
import { formatSeconds, useElapsed } from './use-elapsed';
import { PlayPause } from './PlayPause';

const SMALL = 0.45;

export function BreathingPlayer({ exercise, onDone }: { exercise: BreathingExercise; onDone?(): void }) {
  const elapsed = useElapsed(false);
  const state = breathingPhaseAt(exercise, elapsed.ms);
  const started = elapsed.running || elapsed.ms > 0;

  if (state.done && started) {
    return (
      <div className="player">
        <p role="status">That was the whole exercise. Notice how your body feels now.</p>
        <div className="actions">
          <button type="button" onClick={elapsed.reset}>
            Do it again
          </button>
          {onDone && (
            <button type="button" onClick={onDone}>
              Continue
            </button>
          )}
        </div>
      </div>
    );
  }

  const phase = state.done ? null : state;
  // Aim for where the phase ends, and take the rest of the phase to get there.
  const target = !phase ? SMALL : phase.phase.kind === 'inhale' || phase.phase.kind === 'hold_in' ? 1 : SMALL;
  const seconds = phase ? Math.max(0, phase.phaseRemainingMs / 1000) : 0;
  const cue = phase && started ? phase.phase.cue : 'Ready when you are';
  return (
    <div className="player">
      <div className="breath-stage" aria-hidden="true">
        <div
          className={`breath-circle${elapsed.running ? ' moving' : ''}`}
          data-phase={phase?.phase.kind ?? 'ready'}
          style={{ transform: `scale(${started ? target : SMALL})`, transitionDuration: elapsed.running ? `${seconds}s` : '0s' }}
        />
      </div>
      <p className="breath-cue" aria-live="polite">
        {cue}
      </p>
      {phase && started && (
        <p className="muted" aria-hidden="true">
          {formatSeconds(seconds)} · round {phase.cycle} of {phase.cycles}
        </p>
      )}
      <div className="actions">
        <PlayPause elapsed={elapsed} startLabel="Begin breathing" />
      </div>
    </div>
  );
}
