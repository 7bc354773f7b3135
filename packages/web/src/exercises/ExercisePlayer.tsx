// Any exercise from core's library: what it is, how to get ready, cautions that apply before
// starting, then the right player for its kind.
import { cautionsBeforeStart } from '@kinbridge/core/exercises';
import type { Exercise } from '@kinbridge/core/exercises';
import { BreathingPlayer } from './BreathingPlayer';
import { GuidedPlayer } from './GuidedPlayer';
import { MusclePlayer } from './MusclePlayer';

export function ExercisePlayer({ exercise }: { exercise: Exercise }) {
  const cautions = cautionsBeforeStart(exercise);
  return (
    <div className="exercise">
      <p>{exercise.summary}</p>
      {exercise.preparation.length > 0 && (
        <ul className="plain-list muted">
          {exercise.preparation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {cautions.map((c) => (
        <p key={c.id} className="caution" role="note">
          {c.text}
        </p>
      ))}
      {exercise.kind === 'breathing' && <BreathingPlayer exercise={exercise} />}
      {exercise.kind === 'guided' && <GuidedPlayer exercise={exercise} />}
      {exercise.kind === 'muscle_relaxation' && <MusclePlayer exercise={exercise} />}
    </div>
  );
}
