// Shown when the plan was saved somewhere else (another device, the therapist) while this
// device had unsent edits. Both versions are kept in the history whichever is chosen, so
// neither choice loses anything.
import type { CrisisPlan, PlanConflict } from '@kinbridge/core/plan';
import { keepMineAfterConflict, takeTheirsAfterConflict } from '../offline/plan-sync';

export function ConflictBanner({ userId, details, mine, onResolved }: { userId: string; details: unknown; mine: CrisisPlan; onResolved(): void }) {
  const current = (details as Partial<PlanConflict> | undefined)?.current;
  if (!current) return null;
  const who = current.author.id === userId ? 'you, on another device' : current.author.role === 'therapist' ? 'your therapist' : 'someone else';
  return (
    <div className="conflict" role="alert">
      <p>
        Your plan was changed by {who} while you were editing here. Which version would you like to keep? The other one stays in the history.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void keepMineAfterConflict(userId, mine, current.version).then(onResolved)}>
          Keep my version
        </button>
        <button type="button" onClick={() => void takeTheirsAfterConflict(userId, current).then(onResolved)}>
          Use the saved version
        </button>
      </div>
    </div>
  );
}
