// A simple countdown for a timed step ("about 30 seconds"). Announces only start and end.
import { formatSeconds, useElapsed } from './use-elapsed';

export function StepTimer({ seconds }: { seconds: number }) {
  const elapsed = useElapsed(false);
  const left = seconds - elapsed.ms / 1000;
  const done = left <= 0;
  const started = elapsed.running || elapsed.ms > 0;
  return (
    <div className="step-timer">
      <p aria-hidden="true" className="timer-digits">
        {formatSeconds(done ? 0 : left)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {done ? 'Time is up.' : started ? `Timer running for ${seconds} seconds.` : ''}
      </p>
      {!done &&
        (elapsed.running ? (
          <button type="button" onClick={elapsed.pause}>
            Pause timer
          </button>
        ) : (
          <button type="button" onClick={elapsed.start}>
            {started ? 'Resume timer' : `Start ${formatSeconds(seconds)} timer`}
          </button>
        ))}
      {done && <p>Time is up. Take a breath.</p>}
    </div>
  );
}
