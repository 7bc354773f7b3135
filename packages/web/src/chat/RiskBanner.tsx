// Shown above the conversation whenever the companion put crisis lines up: the lines with
// call and text links, and quick actions (open SOS, call the support person, start breathing).
// It is a labelled region announced once by the page's assertive live region.
import { Link } from '../app/router';
import type { ChatAction, ChatResource } from './chat-stream';

function tel(number: string): string {
  const digits = number.replace(/[^0-9+]/g, '');
  return `tel:${digits}`;
}

function smsHref(text: string): string | undefined {
  // "HOME to 741741" -> sms:741741?&body=HOME ; "988" -> sms:988
  const keyword = /^(\S+) to ([\d\s+-]+)$/.exec(text);
  if (keyword) return `sms:${keyword[2]!.replace(/[^0-9+]/g, '')}?&body=${encodeURIComponent(keyword[1]!)}`;
  return /^[\d\s+-]+$/.test(text) ? `sms:${text.replace(/[^0-9+]/g, '')}` : undefined;
}

export function RiskBanner({ resources, actions, onBreathe }: { resources: ChatResource[]; actions: ChatAction[]; onBreathe(exerciseId: string): void }) {
  const support = actions.find((a): a is Extract<ChatAction, { kind: 'call_support' }> => a.kind === 'call_support');
  const breathe = actions.find((a): a is Extract<ChatAction, { kind: 'start_breathing' }> => a.kind === 'start_breathing');
  return (
    <section className="risk-banner" aria-labelledby="risk-banner-title">
      <h2 id="risk-banner-title">You can talk to a person right now</h2>
      <ul className="lines">
        {resources.slice(0, 3).map((r) => {
          const sms = r.text ? smsHref(r.text) : undefined;
          return (
            <li key={r.name} className="line">
              <strong>{r.name}</strong>
              <span className="line-actions">
                {r.phone && (
                  <a className="button sos-call" href={tel(r.phone)} aria-label={`Call ${r.name} on ${r.phone}`}>
                    Call {r.phone}
                  </a>
                )}
                {r.text && sms && (
                  <a className="button" href={sms} aria-label={`Text ${r.name}: ${r.text}`}>
                    Text {r.text}
                  </a>
                )}
                {!r.phone && !r.text && r.url && (
                  <a className="button" href={r.url} rel="noreferrer" target="_blank">
                    Open {r.name}
                  </a>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <Link to="/sos" className="button sos-call">
          Open SOS
        </Link>
        {support && (
          <a className="button" href={support.href}>
            Call {support.name}
          </a>
        )}
        <button type="button" onClick={() => onBreathe(breathe?.exerciseId ?? 'paced-breathing')}>
          Start breathing
        </button>
      </div>
    </section>
  );
}
