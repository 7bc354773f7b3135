// Shown when the plan was saved somewhere else (another device, the therapist) while this
// device had unsent edits. Combining uses core's three-way merge (entries matched by id; where
// both sides changed the same entry, the person's own edit is kept). Every version stays in the
// history whichever is chosen, so no choice loses anything.
import { useState } from 'react';
import { mergePlans } from '@kinbridge/core/plan';
import type { CrisisPlan, PlanConflict, PlanVersion, SavePlanRequest } from '@kinbridge/core/plan';
import { api, ApiError } from '../app/api';
import type { OutboxEntry } from '../offline/outbox';
import { keepMineAfterConflict, takeTheirsAfterConflict } from '../offline/plan-sync';

interface Props {
  userId: string;
  problem: OutboxEntry;
  mine: CrisisPlan;
  /** `notes`: sentences about entries both sides changed (the person's edit was kept). */
  onResolved(notes?: string[]): void;
}

export function ConflictBanner({ userId, problem, mine, onResolved }: Props) {
  const [note, setNote] = useState<string[]>([]);
  const current = (problem.details as Partial<PlanConflict> | undefined)?.current;
  if (!current) return null;
  const who = current.author.id === userId ? 'you, on another device' : current.author.role === 'therapist' ? 'your therapist' : 'someone else';
  const basedOn = (problem.body as SavePlanRequest).basedOnVersion;

  async function combine() {
    try {
      const base = basedOn === null ? null : await api<PlanVersion>(`/api/plan/versions/${basedOn}`);
      const merged = base ? mergePlans(base.plan, mine, current!.plan) : { plan: mine, conflicts: [] };
      await keepMineAfterConflict(userId, merged.plan, current!.version);
      onResolved(merged.conflicts);
    } catch (error) {
      setNote([error instanceof ApiError ? error.message : 'Could not combine the versions. Please choose one.']);
    }
  }

  return (
    <div className="conflict" role="alert">
      <p>Your plan was changed by {who} while you were editing here. Nothing is lost: every version stays in the history.</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void combine()}>
          Combine both
        </button>
        <button type="button" onClick={() => void keepMineAfterConflict(userId, mine, current.version).then(() => onResolved())}>
          Keep my version
        </button>
        <button type="button" onClick={() => void takeTheirsAfterConflict(userId, current).then(() => onResolved())}>
          Use the saved version
        </button>
      </div>
      {note.length > 0 && (
        <ul>
          {note.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
