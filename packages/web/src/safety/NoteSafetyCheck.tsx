// Shown under a saved note that reads as risk (see note-risk.ts): calm words, the emergency
// number and the region's crisis lines (the compact strip puts the emergency number first),
// and a way back into SOS. Focus moves to it so a screen reader hears it at once.
import { useEffect, useId, useRef } from 'react';
import { Link } from '../app/router';
import { CrisisLines } from '../sos/CrisisLines';
import type { NoteRisk } from './note-risk';

export function NoteSafetyCheck({ risk, region }: { risk: NoteRisk; region: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The journal can show one of these under each of several notes: ids must stay unique.
  const titleId = useId();
  useEffect(() => heading.current?.focus(), [risk]);
  if (risk === 'none') return null;
  return (
    <section className="panel note-safety" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1} ref={heading}>
        {risk === 'urgent' ? 'What you wrote sounds serious' : 'What you wrote sounds heavy'}
      </h2>
      <p>
        {risk === 'urgent'
          ? 'If you might act on these thoughts, or have already hurt yourself, please call now. You do not have to get through this alone.'
          : 'Thank you for putting it into words. If it gets harder, a person on a crisis line is there to talk, any time.'}
      </p>
      <div className="actions">
        <Link to="/sos" className="button">
          Open SOS again
        </Link>
      </div>
      <CrisisLines region={region} compact />
    </section>
  );
}
