// Choosing the level of support. SOS proposes a tier from the rating; the person can always
// move it up or down, before and during the walk-through.
import { TIER_LABELS } from '@kinbridge/core/plan';
import type { Tier } from '@kinbridge/core/plan';
import { TIER_SUDS_RANGES, latestSuds } from '@kinbridge/core/sos';
import type { SosSession } from '@kinbridge/core/sos';

const TIER_ORDER: readonly Tier[] = ['mild', 'moderate', 'severe', 'emergency'];

/** What each level means, in plain words. */
const TIER_MEANING: Record<Tier, string> = {
  mild: 'Things you can do on your own to settle and ground yourself.',
  moderate: 'Skills for strong feelings, and people or places that help you feel better.',
  severe: 'Time to reach out to a person you trust or a professional.',
  emergency: 'Get help now: crisis lines, the emergency number, and making where you are safer.',
};

export function TierProposal({ tier, session, onConfirm, onUp, onDown }: { tier: Tier; session: SosSession; onConfirm(): void; onUp(): void; onDown(): void }) {
  const suds = latestSuds(session);
  const range = TIER_SUDS_RANGES[tier];
  const strategies = session.strategies[tier];
  const index = TIER_ORDER.indexOf(tier);
  return (
    <section className="panel" aria-labelledby="tier-proposal">
      <h2 id="tier-proposal" tabIndex={-1}>
        {suds !== null ? `You said ${suds}. ` : ''}Let's use your {TIER_LABELS[tier].toLowerCase()} steps.
      </h2>
      <p>
        {TIER_MEANING[tier]}{' '}
        <span className="muted">
          (Ratings {range.min}–{range.max}.)
        </span>
      </p>
      {strategies.length > 0 && (
        <ol className="plain-list">
          {strategies.slice(0, 5).map((s) => (
            <li key={s.key}>{s.label}</li>
          ))}
        </ol>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onConfirm}>
          Start {TIER_LABELS[tier].toLowerCase()} steps
        </button>
        {index < TIER_ORDER.length - 1 && (
          <button type="button" onClick={onUp}>
            I need more help than this
          </button>
        )}
        {index > 0 && (
          <button type="button" onClick={onDown}>
            It's not quite that strong
          </button>
        )}
      </div>
    </section>
  );
}

export function TierBar({ tier, onUp, onDown, onEnd }: { tier: Tier; onUp(): void; onDown(): void; onEnd(): void }) {
  const index = TIER_ORDER.indexOf(tier);
  return (
    <nav className="tier-bar" aria-label="Level of support">
      <p>
        Level: <strong>{TIER_LABELS[tier]}</strong>
      </p>
      <div className="actions">
        {index < TIER_ORDER.length - 1 && (
          <button type="button" onClick={onUp}>
            Move up a level
          </button>
        )}
        {index > 0 && (
          <button type="button" onClick={onDown}>
            Move down a level
          </button>
        )}
        <button type="button" onClick={onEnd}>
          I'm done for now
        </button>
      </div>
    </nav>
  );
}
