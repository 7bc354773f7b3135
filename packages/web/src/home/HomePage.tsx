import { Link } from '../app/router';
import { useSession } from '../auth/session';

function greeting(hour: number): string {
  if (hour < 5) return 'Still up?';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function HomePage() {
  const { user } = useSession();
  return (
    <main className="page" id="main">
      <h1>{greeting(new Date().getHours())}</h1>
      <p className="lead">You are signed in as {user?.email}. Whatever today is like, your plan is one tap away.</p>
      <nav aria-label="Main" className="cards">
        <Link to="/sos" className="card card-sos">
          <strong>SOS</strong>
          <span>Feeling overwhelmed? Start here.</span>
        </Link>
        <Link to="/plan" className="card">
          <strong>My crisis plan</strong>
          <span>Warning signs, what helps, who to call.</span>
        </Link>
        <Link to="/chat" className="card">
          <strong>Talk it through</strong>
          <span>An AI companion (not a person or a therapist).</span>
        </Link>
        <Link to="/journal" className="card">
          <strong>Journal</strong>
          <span>Past SOS moments and what helped.</span>
        </Link>
        <Link to="/plan/card" className="card">
          <strong>Crisis card</strong>
          <span>Your plan on paper or your lock screen.</span>
        </Link>
        <Link to="/settings" className="card">
          <strong>Settings</strong>
          <span>Your region and its crisis lines.</span>
        </Link>
        <Link to="/safety" className="card">
          <strong>How Kinbridge keeps you safe</strong>
          <span>What happens when it notices you may be at risk.</span>
        </Link>
      </nav>
    </main>
  );
}
