// The emergency tier, all at once and first: crisis lines and the emergency number, the
// person's steps to make where they are safer, and their support person. Nothing here waits
// for a tap through a list.
import type { CrisisPlan, StrategyRef } from '@kinbridge/core/plan';
import { CrisisLines } from './CrisisLines';
import { ContactCard } from './StrategyBody';

export function EmergencyPanel({ plan, region }: { plan: CrisisPlan; region: string }) {
  const firstContactRef = plan.tiers.emergency.find((ref): ref is Extract<StrategyRef, { kind: 'contact' }> => ref.kind === 'contact');
  const contact = (firstContactRef && plan.supportContacts.find((c) => c.id === firstContactRef.contactId)) ?? plan.supportContacts[0];
  return (
    <section className="emergency" aria-labelledby="emergency-heading">
      <h2 id="emergency-heading">Get help now</h2>
      <p>If you might act on thoughts of harming yourself, please reach out right now. You deserve support.</p>
      <CrisisLines region={region} />
      <section aria-labelledby="safer-heading">
        <h3 id="safer-heading">Make where you are safer</h3>
        {plan.safeEnvironment.length > 0 ? (
          <ul className="plain-list">
            {plan.safeEnvironment.map((step) => (
              <li key={step.id}>{step.text}</li>
            ))}
          </ul>
        ) : (
          <p>Put distance between you and anything you could use to hurt yourself, or go where there are other people.</p>
        )}
      </section>
      {contact && (
        <section aria-labelledby="support-heading">
          <h3 id="support-heading">Reach out to {contact.name}</h3>
          <ContactCard contact={contact} />
        </section>
      )}
    </section>
  );
}
