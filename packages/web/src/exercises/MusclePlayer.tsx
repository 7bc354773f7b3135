// Progressive muscle relaxation: each group is tensed for a few seconds, then released for
// longer. The timeline is core's; this only shows where in it we are. Announces each new
// instruction (every few tens of seconds), never the countdown.
import type { MuscleRelaxationExercise } from '@kinbridge/core/exercises';
import { exerciseTimeline, segmentAt } from '@kinbridge/core/exercises';
import { formatSeconds, useElapsed } from './use-elapsed';
import { PlayPause } from './PlayPause';

export function MusclePlayer({ exercise }: { exercise: MuscleRelaxationExercise }) {
  const elapsed = useElapsed(false);
  const timeline = exerciseTimeline(exercise);
  const position = segmentAt(timeline, elapsed.ms);
  const started = elapsed.running || elapsed.ms > 0;
  if (position.done) {
    return (
      <div className="player">
        <p role="status">That was every muscle group. Rest for a moment and notice how your body feels.</p>
        <button type="button" onClick={elapsed.reset}>
          Start again
        </button>
      </div>
    );
  }
  const { segment } = position;
  const group = exercise.groups.find((g) => g.id === segment.refId);
  const tensing = segment.kind === 'tense';
  return (
    <div className="player">
      <p className="muted">
        Group {segment.round} of {exercise.groups.length}
      </p>
      <p className={`pmr-cue${tensing ? ' tense' : ''}`} aria-live="polite">
        {started ? (tensing ? `Tense: ${group?.name ?? ''}. ${group?.tense ?? ''}` : `Let go: ${group?.name ?? ''}. Notice it soften.`) : 'Ready when you are'}
      </p>
      {started && (
        <p className="timer-digits" aria-hidden="true">
          {formatSeconds(position.segmentRemainingMs / 1000)}
        </p>
      )}
      <div className="actions">
        <PlayPause elapsed={elapsed} startLabel="Begin" />
      </div>
    </div>
  );
}
