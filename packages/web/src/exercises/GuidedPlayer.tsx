// Step-by-step exercises (5-4-3-2-1, STOP, TIPP, self-soothe, ACCEPTS, IMPROVE, body scan).
// One step at a time, in the person's pace. Cautions tied to a step (TIPP's before cold water
// and hard exercise) are shown above that step, before its instructions.
import { useEffect, useRef, useState } from 'react';
import { cautionsBeforeStep, exerciseById } from '@kinbridge/core/exercises';
import type { ExerciseStep, GuidedExercise } from '@kinbridge/core/exercises';
import { BreathingPlayer } from './BreathingPlayer';
import { StepTimer } from './StepTimer';

function Counter({ count, label }: { count: number; label: string }) {
  const [noticed, setNoticed] = useState(0);
  return (
    <div className="actions">
      <button type="button" onClick={() => setNoticed((n) => Math.min(count, n + 1))} aria-label={`I noticed one (${noticed} of ${count} ${label})`}>
        I noticed one
      </button>
      <span aria-live="polite">
        {noticed} of {count}
      </span>
    </div>
  );
}

function StepView({ exercise, step }: { exercise: GuidedExercise; step: ExerciseStep }) {
  const nested = step.exerciseId ? exerciseById(step.exerciseId) : undefined;
  return (
    <>
      {cautionsBeforeStep(exercise, step.id).map((c) => (
        <p key={c.id} className="caution" role="note">
          <strong>Before this step: </strong>
          {c.text}
        </p>
      ))}
      <p>{step.text}</p>
      {step.examples && step.examples.length > 0 && <p className="muted">For example: {step.examples.join(', ')}.</p>}
      {step.count !== undefined && <Counter count={step.count} label={step.title.toLowerCase()} />}
      {nested?.kind === 'breathing' ? <BreathingPlayer exercise={nested} /> : step.seconds !== undefined && <StepTimer seconds={step.seconds} />}
    </>
  );
}

export function GuidedPlayer({ exercise }: { exercise: GuidedExercise }) {
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [index]);
  const step = exercise.steps[index];
  if (!step) return <p role="status">You have finished all the steps.</p>;
  const last = index === exercise.steps.length - 1;
  return (
    <div className="player">
      <p className="muted">
        Step {index + 1} of {exercise.steps.length}
      </p>
      <h3 ref={heading} tabIndex={-1}>
        {step.title}
      </h3>
      <StepView key={step.id} exercise={exercise} step={step} />
      <div className="actions">
        {index > 0 && (
          <button type="button" onClick={() => setIndex(index - 1)}>
            Back
          </button>
        )}
        <button type="button" className={last ? undefined : 'primary'} onClick={() => setIndex(index + 1)}>
          {last ? 'Finish the steps' : 'Next step'}
        </button>
      </div>
    </div>
  );
}
