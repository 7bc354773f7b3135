// The episode journal: every SOS session, newest first, with what helped.
import { useSession } from '../auth/session';
import { EpisodeCard } from './EpisodeCard';
import { useEpisodes } from './use-episodes';

export function JournalPage() {
  const { user } = useSession();
  const userId = user!.id;
  const { entries, offline } = useEpisodes(userId);
  return (
    <main className="page" id="main">
      <h1>Journal</h1>
      <p className="lead">Each time you use SOS it is saved here, so you and your therapist can see what helps.</p>
      {offline && <p className="notice">Offline: showing what is saved on this device.</p>}
      {entries === null && <p className="muted">Loading…</p>}
      {entries?.length === 0 && <p>Nothing here yet. When you use SOS, it will show up here.</p>}
      {entries && entries.length > 0 && (
        <ol className="episodes">
          {entries.map(({ episode, unsynced }) => (
            <EpisodeCard key={episode.id} episode={episode} unsynced={unsynced} userId={userId} />
          ))}
        </ol>
      )}
    </main>
  );
}
