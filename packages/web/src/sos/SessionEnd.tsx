// The end of an SOS session: a short, kind summary and an optional private note. The note is
// saved with the episode (on this device first, then encrypted on the server).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { peakSuds, toEpisode } from '@kinbridge/core/sos';
import type { SosSession } from '@kinbridge/core/sos';
import { Link } from '../app/router';
import { saveEpisodeLocally } from '../offline/episode-sync';
import { assessNote, type NoteRisk } from '../safety/note-risk';
import { NoteSafetyCheck } from '../safety/NoteSafetyCheck';

const NOTE_MAX = 5000;

export function SessionEnd({ session, userId, region }: { session: SosSession; userId: string | null; region: string }) {
  const [note, setNote] = useState('');
  const [risk, setRisk] = useState<NoteRisk>('none');
  const [saved, setSaved] = useState<'idle' | 'saved' | 'error'>('idle');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const first = session.ratings[0]?.suds;
  const last = session.ratings.at(-1)?.suds;
  const peak = peakSuds(session);
  const tried = session.steps.filter((s) => s.outcome !== 'skipped').length;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!userId) return;
    // The note is saved whatever it says; reading it only decides what is shown next.
    const reading = assessNote(note).catch((): NoteRisk => 'none');
    try {
      await saveEpisodeLocally(userId, toEpisode(session, note.trim() || undefined));
      setSaved('saved');
    } catch {
      setSaved('error');
    }
    setRisk(await reading);
  }

  return (
    <section className="panel" aria-labelledby="sos-end">
      <h2 id="sos-end" tabIndex={-1} ref={heading}>
        Thank you for taking these steps
      </h2>
      <p>
        {first !== undefined && last !== undefined ? `You started at ${first} and are at ${last} now` : 'You took some time for yourself'}
        {peak !== null && first !== undefined && peak > first ? `, after a high of ${peak}` : ''}.{' '}
        {tried > 0 ? `You tried ${tried} ${tried === 1 ? 'step' : 'steps'}.` : ''}
      </p>
      <p>If things get hard again, SOS is here. If you are in danger, call a crisis line or your emergency number.</p>
      {userId ? (
        <form onSubmit={save} className="stack">
          <div className="field">
            <label htmlFor={id}>A note for yourself (optional)</label>
            <textarea id={id} rows={4} maxLength={NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${id}-hint`} />
            <p className="hint" id={`${id}-hint`}>
              What helped, what didn't, what set it off. Private to you and stored encrypted.
            </p>
          </div>
          <button type="submit" className="primary">
            Save note
          </button>
          <p role="status">
            {saved === 'saved'
              ? navigator.onLine
                ? 'Note saved.'
                : 'Note saved on this device. It will sync when you are online.'
              : saved === 'error'
                ? 'Could not save the note on this device.'
                : ''}
          </p>
        </form>
      ) : null}
      <NoteSafetyCheck risk={risk} region={region} />
      <div className="actions">
        {userId && <Link to="/journal">Open my journal</Link>}
        <Link to="/">Go home</Link>
      </div>
    </section>
  );
}
