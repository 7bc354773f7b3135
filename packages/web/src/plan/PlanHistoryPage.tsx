// Every saved version of the plan with who saved it and when, and what changed, in sentences
// ("Added warning sign 'can't sleep'"). Change messages quote the person's own words: they are
// rendered as text, never as HTML.
import { useEffect, useState } from 'react';
import type { PlanDiff, PlanVersionSummary } from '@kinbridge/core/plan';
import { api, ApiError } from '../app/api';
import { Link } from '../app/router';
import { useSession } from '../auth/session';

interface VersionsPage {
  versions: PlanVersionSummary[];
  nextBefore: number | null;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function VersionItem({ version, userId }: { version: PlanVersionSummary; userId: string }) {
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const [error, setError] = useState('');
  const author = version.author.id === userId ? 'you' : version.author.role === 'therapist' ? 'your therapist' : 'someone else';
  const origin =
    version.origin === 'starter'
      ? 'Starter plan'
      : version.origin === 'restore'
        ? 'Brought back an older version'
        : `${version.changeCount} ${version.changeCount === 1 ? 'change' : 'changes'}`;
  async function showAll() {
    try {
      setDiff(await api<PlanDiff>(`/api/plan/versions/${version.version}/diff`));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not load the changes.');
    }
  }
  const lines = diff ? diff.changes.map((c) => c.message) : version.summary;
  return (
    <li className="version">
      <h2>
        Version {version.version} <span className="muted">· {origin}</span>
      </h2>
      <p className="muted">
        Saved by {author}, {when(version.createdAt)}
      </p>
      {lines.length > 0 && (
        <ul className="changes">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {!diff && version.changeCount > version.summary.length && (
        <button type="button" onClick={() => void showAll()} aria-label={`Show all ${version.changeCount} changes in version ${version.version}`}>
          Show all {version.changeCount} changes
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </li>
  );
}

export function PlanHistoryPage() {
  const { user } = useSession();
  const [versions, setVersions] = useState<PlanVersionSummary[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState('');

  async function load(before?: number) {
    try {
      const page = await api<VersionsPage>(`/api/plan/versions${before ? `?before=${before}` : ''}`);
      setVersions((old) => [...(before ? (old ?? []) : []), ...page.versions]);
      setNextBefore(page.nextBefore);
      setError('');
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.offline
          ? 'The history needs a connection. Your plan itself works offline.'
          : caught instanceof Error
            ? caught.message
            : 'Could not load the history.',
      );
    }
  }
  useEffect(() => {
    void load();
  }, []);

  return (
    <main className="page" id="main">
      <h1>Plan history</h1>
      <p className="lead">
        Every save is kept, newest first. <Link to="/plan">Back to my plan</Link>
      </p>
      {error && <p role="alert">{error}</p>}
      {versions === null && !error && <p className="muted">Loading…</p>}
      {versions && (
        <ol className="versions">
          {versions.map((v) => (
            <VersionItem key={v.version} version={v} userId={user!.id} />
          ))}
        </ol>
      )}
      {nextBefore !== null && (
        <button type="button" onClick={() => void load(nextBefore)}>
          Show older versions
        </button>
      )}
    </main>
  );
}
