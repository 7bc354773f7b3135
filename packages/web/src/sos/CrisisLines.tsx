// Crisis lines for the person's region as real call and text links. The emergency number
// comes first, then the 24/7 lines (core orders them), then the rest.
import { useId } from 'react';
import { contactHref, crisisResourcesFor, telHref } from '@kinbridge/core/resources';
import type { ContactMethod, CrisisLine } from '@kinbridge/core/resources';

function methodLabel(line: CrisisLine, method: ContactMethod): string {
  switch (method.kind) {
    case 'call':
      return `Call ${method.display}`;
    case 'text':
      return method.keyword ? `Text ${method.keyword} to ${method.display}` : `Text ${method.display}`;
    case 'chat':
      return `Chat online`;
    case 'web':
      return line.region ? 'Website' : 'Find a helpline';
  }
}

function LineItem({ line, brief = false }: { line: CrisisLine; brief?: boolean }) {
  return (
    <li className="line">
      <strong>
        {line.name}
        {brief && <span className="muted"> · {line.hours}</span>}
      </strong>
      {!brief && (
        <span className="muted">
          {line.description} {line.hours}.
        </span>
      )}
      <span className="line-actions">
        {line.contacts.map((method, i) => (
          <a
            key={i}
            className={`button${i === 0 ? ' primary' : ''}`}
            href={contactHref(method)}
            aria-label={`${methodLabel(line, method)}: ${line.name}`}
            {...(method.kind === 'chat' || method.kind === 'web' ? { target: '_blank', rel: 'noreferrer' } : {})}
          >
            {methodLabel(line, method)}
          </a>
        ))}
      </span>
    </li>
  );
}

export function EmergencyCall({ region }: { region: string }) {
  const { emergency } = crisisResourcesFor(region);
  return emergency.number ? (
    <a className="button sos-call" href={telHref(emergency.number)}>
      Call {emergency.number} (emergency)
    </a>
  ) : (
    <p>In an emergency, call {emergency.label}.</p>
  );
}

/**
 * The full list: emergency number, 24/7 lines, other lines, the worldwide directory.
 * `compact` is the strip at the top of SOS: the emergency number and the first 24/7 line as
 * buttons, the other 24/7 lines one tap away (a native disclosure, no script needed).
 */
export function CrisisLines({ region, compact = false }: { region: string; compact?: boolean }) {
  const directory = crisisResourcesFor(region);
  const headingId = useId();
  const allDay = directory.lines.filter((l) => l.is24x7);
  const [first, ...others] = compact && allDay.length > 0 ? allDay : directory.lines;
  return (
    <section className={compact ? 'crisis-lines compact' : 'crisis-lines'} aria-labelledby={headingId}>
      <h2 id={headingId}>{compact ? 'Talk to someone now' : 'Crisis lines'}</h2>
      {!directory.region && (
        <p className="muted">We do not have a list for {directory.requested} yet. Use your local emergency number, or find a line below.</p>
      )}
      <EmergencyCall region={region} />
      {first && (
        <ul className="stack lines">
          <LineItem line={first} brief={compact} />
        </ul>
      )}
      {others.length > 0 &&
        (compact ? (
          <details>
            <summary>More lines open 24/7</summary>
            <ul className="stack lines">
              {others.map((line) => (
                <LineItem key={line.id} line={line} />
              ))}
            </ul>
          </details>
        ) : (
          <ul className="stack lines">
            {others.map((line) => (
              <LineItem key={line.id} line={line} />
            ))}
          </ul>
        ))}
    </section>
  );
}
