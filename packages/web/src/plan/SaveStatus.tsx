// Where the plan stands: saving, saved on this device, synced, or a problem the person should
// know about (a rule not met, the server refusing, or a change made elsewhere meanwhile).
import type { PlanIssue } from '@kinbridge/core/plan';
import type { SaveState } from './use-plan-draft';

export function SaveStatus({ state, issues, pending, rejected }: { state: SaveState; issues: readonly PlanIssue[]; pending: number; rejected?: string }) {
  const text =
    state === 'unsaved'
      ? 'Saving…'
      : state === 'failed'
        ? 'Could not save on this device. Please try again.'
        : state === 'invalid'
          ? 'Not saved yet: please fix the note below.'
          : pending > 0
            ? navigator.onLine
              ? 'Saved on this device. Syncing…'
              : 'Saved on this device. It will sync when you are online.'
            : state === 'saved'
              ? 'All changes saved.'
              : '';
  return (
    <div className="save-status">
      <p role="status" aria-live="polite">
        {text}
      </p>
      {issues.length > 0 && (
        <div role="alert" className="issues">
          <ul>
            {issues.slice(0, 5).map((issue, i) => (
              <li key={i}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}
      {rejected && (
        <p role="alert" className="issues">
          The server did not accept your last change: {rejected}
        </p>
      )}
    </div>
  );
}
