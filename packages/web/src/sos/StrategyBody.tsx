// What a strategy looks like on screen, by kind: an exercise player, the person's own words,
// a person to call or text (with a message that shares no details), the comfort box, and so on.
// Everything here is the person's own text and is rendered as text, never as HTML.
import { lazy, Suspense } from 'react';
import { prewrittenContactMessage, resolveStrategy } from '@kinbridge/core/plan';
import type { CrisisPlan, StrategyRef, SupportContact } from '@kinbridge/core/plan';
import { smsHref, telHref } from '@kinbridge/core/resources';
import { CrisisLines, EmergencyCall } from './CrisisLines';

// Players (timers, animation) load on first use; the service worker has them precached.
const ExercisePlayer = lazy(() => import('../exercises/ExercisePlayer').then((m) => ({ default: m.ExercisePlayer })));

function ItemList({ items, empty }: { items: readonly { id: string; text: string }[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ul>
  );
}

function PhoneLinks({ name, phone, message }: { name: string; phone?: string | undefined; message?: string }) {
  if (!phone?.trim()) return <p className="muted">No phone number saved for {name}. You can add one in your plan.</p>;
  return (
    <div className="actions">
      <a className="button primary" href={telHref(phone)}>
        Call {name}
      </a>
      <a className="button" href={smsHref(phone, message)}>
        Text {name}
      </a>
    </div>
  );
}

export function ContactCard({ contact }: { contact: SupportContact }) {
  const message = prewrittenContactMessage(contact);
  const agreement = [contact.agreement.willDo, contact.agreement.whenReachable].filter((s) => s?.trim()).join(' · ');
  return (
    <div className="contact">
      {agreement && <p>{agreement}</p>}
      <PhoneLinks name={contact.name} phone={contact.phone} message={message} />
      <p className="muted small">The text says: “{message}” It shares nothing else.</p>
    </div>
  );
}

export function StrategyBody({ strategy, plan, region }: { strategy: StrategyRef; plan: CrisisPlan; region: string }) {
  const resolved = resolveStrategy(plan, strategy);
  if (!resolved) return <p className="muted">This step is no longer in your plan. Try the next one.</p>;
  switch (resolved.kind) {
    case 'exercise':
      return (
        <Suspense fallback={<p className="muted">Getting the exercise ready…</p>}>
          <ExercisePlayer exercise={resolved.exercise} />
        </Suspense>
      );
    case 'coping':
      return (
        <>
          <p>Take your time with it. You can come back here when you are ready.</p>
          {resolved.item.obstacles?.trim() && <p className="muted">If this gets in the way: {resolved.item.obstacles}</p>}
        </>
      );
    case 'distraction':
      return resolved.item.kind === 'person' ? (
        <>
          <p>You don't have to talk about how you feel. Just being with someone can help.</p>
          <PhoneLinks name={resolved.item.text} phone={resolved.item.phone} />
        </>
      ) : (
        <p>Being around other people for a while can take the edge off.</p>
      );
    case 'contact':
      return <ContactCard contact={resolved.contact} />;
    case 'professional': {
      const p = resolved.professional;
      return (
        <>
          <PhoneLinks name={p.name} phone={p.phone} />
          {p.afterHoursPhone?.trim() && (
            <a className="button" href={telHref(p.afterHoursPhone)}>
              Call {p.name} after hours
            </a>
          )}
        </>
      );
    }
    case 'crisis_line':
      return <CrisisLines region={region} />;
    case 'emergency_number':
      return <EmergencyCall region={region} />;
    case 'safe_environment':
      return (
        <ItemList items={resolved.steps} empty="Put distance between you and anything you could use to hurt yourself, or go where there are other people." />
      );
    case 'comfort_box':
      return <ItemList items={resolved.items} empty="Your comfort box is empty. You can add things that soothe you in your plan." />;
    case 'reasons':
      return <ItemList items={resolved.reasons} empty="You can write down what matters to you in your plan." />;
  }
}
