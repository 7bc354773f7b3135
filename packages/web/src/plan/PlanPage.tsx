// The guided plan editor: the Stanley-Brown steps one at a time, saved as you go, on this
// device first (so it works offline) and synced to the server afterwards.
import { useEffect, useRef, useState } from 'react';
import { PLAN_EDITOR_STEPS } from '@kinbridge/core/plan';
import { Link } from '../app/router';
import { useSession } from '../auth/session';
import { PLAN_OUTBOX_KEY } from '../offline/plan-sync';
import { useOutboxStatus } from '../offline/sync';
import { ConflictBanner } from './ConflictBanner';
import { EditorStep } from './EditorStep';
import { IssuesContext, issuesByPath } from './issues-context';
import { SaveStatus } from './SaveStatus';
import { usePlanDraft } from './use-plan-draft';

export function PlanPage() {
  const { user } = useSession();
  const userId = user!.id;
  const { draft, loadError, state, issues, change, saveNow, reload } = usePlanDraft(userId);
  const outbox = useOutboxStatus(userId);
  const [index, setIndex] = useState(0);
  const [mergeNotes, setMergeNotes] = useState<string[] | null>(null);
  const first = useRef(true);
  const stepIndex = useRef<HTMLDetailsElement>(null);
  const problem = outbox.problems.find((p) => p.key === PLAN_OUTBOX_KEY);

  useEffect(() => {
    if (first.current) first.current = false;
    else document.getElementById('step-title')?.focus();
  }, [index]);

  if (loadError) {
    return (
      <main className="page" id="main">
        <h1>My crisis plan</h1>
        <p role="alert">{loadError}</p>
      </main>
    );
  }
  if (!draft) {
    return (
      <main className="page" id="main" aria-busy="true">
        <h1>My crisis plan</h1>
        <p className="muted">Opening your plan…</p>
      </main>
    );
  }

  const step = PLAN_EDITOR_STEPS[index]!;
  const go = (next: number) => {
    void saveNow();
    setIndex(next);
    if (stepIndex.current) stepIndex.current.open = false;
  };
  return (
    <main className="page" id="main">
      <h1>My crisis plan</h1>
      <p className="lead">A plan you write while calm, for the moments that are hard. Everything saves as you type.</p>
      <nav className="plan-links" aria-label="Plan">
        <Link to="/plan/history">History</Link>
        <Link to="/plan/card">Crisis card</Link>
        <Link to="/settings">Region</Link>
      </nav>
      {problem?.state === 'conflict' && (
        <ConflictBanner
          userId={userId}
          problem={problem}
          mine={draft}
          onResolved={(notes) => {
            setMergeNotes(notes ?? null);
            void reload();
          }}
        />
      )}
      {mergeNotes && (
        <div role="status" className="notice">
          <p>{mergeNotes.length === 0 ? 'Both versions were combined.' : 'Both versions were combined. Where both changed the same entry, yours was kept:'}</p>
          {mergeNotes.length > 0 && (
            <ul>
              {mergeNotes.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <SaveStatus state={state} issues={issues} pending={outbox.pending} rejected={problem?.state === 'rejected' ? problem.error : undefined} />
      <details className="step-index" ref={stepIndex}>
        <summary>All steps</summary>
        <ol>
          {PLAN_EDITOR_STEPS.map((s, i) => (
            <li key={s.id}>
              <button type="button" className="link-button" aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
                {s.title}
              </button>
            </li>
          ))}
        </ol>
      </details>
      <IssuesContext.Provider value={issuesByPath(issues)}>
        <EditorStep key={step.id} step={step} index={index} total={PLAN_EDITOR_STEPS.length} plan={draft} change={change} />
      </IssuesContext.Provider>
      <div className="actions step-nav">
        {index > 0 && (
          <button type="button" onClick={() => go(index - 1)}>
            Back
          </button>
        )}
        {index < PLAN_EDITOR_STEPS.length - 1 ? (
          <button type="button" className="primary" onClick={() => go(index + 1)}>
            Next: {PLAN_EDITOR_STEPS[index + 1]!.title}
          </button>
        ) : (
          <Link to="/" className="button primary" onClick={() => void saveNow()}>
            Done
          </Link>
        )}
      </div>
    </main>
  );
}
