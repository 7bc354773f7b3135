// The crisis card: warning signs, top coping steps, two people, and the crisis lines for the
// person's region, as a wallet-size PDF, a printable page, and a phone lock-screen image. All
// three are made by the server from the last synced version of the plan.
import { useSession } from '../auth/session';
import { Link } from '../app/router';
import { useOutboxStatus } from '../offline/sync';

const CARDS = [
  {
    href: '/api/plan/card.pdf?format=wallet',
    label: 'Wallet card (PDF)',
    hint: 'Credit-card size. Print, fold, keep it with you.',
    file: 'crisis-card-wallet.pdf',
  },
  { href: '/api/plan/card.pdf?format=page', label: 'Full page (PDF)', hint: 'One printable page, for the fridge or a drawer.', file: 'crisis-card-page.pdf' },
  {
    href: '/api/plan/card.png',
    label: 'Lock-screen image (PNG)',
    hint: 'Sized for a phone lock screen (1170 × 2532). Set it as your wallpaper.',
    file: 'crisis-card-lockscreen.png',
  },
];

export function CrisisCardPage() {
  const { user, offline } = useSession();
  const { pending } = useOutboxStatus(user!.id);
  return (
    <main className="page narrow" id="main">
      <h1>Crisis card</h1>
      <p className="lead">
        A short version of your plan to keep on paper or on your lock screen: your warning signs, what helps, two people, and crisis lines for your region.
      </p>
      {(offline || pending > 0) && (
        <p className="notice" role="status">
          {offline ? 'Making a card needs a connection.' : 'Your latest changes are still syncing, so a card made now may not include them yet.'}
        </p>
      )}
      <ul className="stack">
        {CARDS.map((card) => (
          <li key={card.href} className="card-option">
            <a className="button primary" href={card.href} download={card.file}>
              Download {card.label}
            </a>
            <p className="hint">{card.hint}</p>
          </li>
        ))}
      </ul>
      <p className="muted">
        Anyone who sees the card can read it. <Link to="/settings">Change region</Link> · <Link to="/plan">Edit my plan</Link>
      </p>
    </main>
  );
}
