// One SOS episode in the journal: when, how intense at the start, peak and end, the levels it
// went through, each step with its before and after ratings, and the person's own note.
import { useId, useState, type FormEvent } from 'react';
import { TIER_LABELS } from '@kinbridge/core/plan';
import type { Episode } from '@kinbridge/core/episode';
import { saveEpisodeLocally } from '../offline/episode-sync';
import { assessNote, type NoteRisk } from '../safety/note-risk';
import { NoteSafetyCheck } from '../safety/NoteSafetyCheck';
import { initialRegion } from '../sos/use-sos-data';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const minutes = (from: string, to: string | null) => (to ? Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000)) : null);
const OUTCOMES = { completed: '', skipped: ' (skipped)', switched: ' (changed level)', ended: ' (stopped)' } as const;

export function EpisodeCard({ episode, unsynced, userId }: { episode: Episode; unsynced: boolean; userId: string }) {
  const [note, setNote] = useState(episode.note ?? '');
  const [status, setStatus] = useState('');
  const [risk, setRisk] = useState<NoteRisk>('none');
  const id = useId();
  const length = minutes(episode.startedAt, episode.endedAt);
  async function save(event: FormEvent) {
    event.preventDefault();
    const reading = assessNote(note).catch((): NoteRisk => 'none');
    await saveEpisodeLocally(userId, { ...episode, note });
    setStatus('Note saved.');
    setRisk(await reading);
  }
  return (
    <li className="episode">
      <h2>{when(episode.startedAt)}</h2>
      <p>
        {episode.initialSuds !== null && <>Started at {episode.initialSuds}</>}
        {episode.peakSuds !== null && <>, highest {episode.peakSuds}</>}
        {episode.finalSuds !== null && <>, ended at {episode.finalSuds}</>}
        {length !== null && <>. {length === 0 ? 'Under a minute' : `About ${length} min`}.</>}
        {unsynced && <span className="badge">Waiting to sync</span>}
      </p>
      {episode.tierPath.length > 0 && <p className="muted">Levels: {episode.tierPath.map((t) => TIER_LABELS[t.tier]).join(' → ')}</p>}
      {episode.steps.length > 0 && (
        <ul className="changes">
          {episode.steps.map((step, i) => (
            <li key={i}>
              {step.label}
              {OUTCOMES[step.outcome]}: {step.before ?? '–'} → {step.after ?? '–'}, {step.minutes < 1 ? 'under a minute' : `${Math.round(step.minutes)} min`}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={save} className="note-form">
        <label htmlFor={id}>
          Note<span className="visually-hidden"> for {when(episode.startedAt)}</span>
        </label>
        <textarea id={id} rows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit">Save note</button>
        <span role="status">{status}</span>
      </form>
      <NoteSafetyCheck risk={risk} region={initialRegion()} />
    </li>
  );
}
