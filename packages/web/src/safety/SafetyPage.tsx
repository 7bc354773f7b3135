// The crisis protocol in plain words, published inside the app (safe-messaging guidance asks
// that people can see what an app does when it notices risk). The full protocol, with the
// detector's evaluation, is docs/safety/crisis-protocol.md in the repository.
import { Link } from '../app/router';

const levels: [string, string][] = [
  ['Nothing of concern', 'The conversation carries on as usual.'],
  ['Distress', 'The companion listens and offers the calming steps from your own plan.'],
  [
    'Signs of risk, such as wishing you were not here or feeling like a burden',
    'The companion gently asks how safe you are, offers your plan and your support person, and shows crisis lines for your region.',
  ],
  [
    'Thoughts of suicide or self-harm',
    'The companion stops its usual conversation and answers with a fixed, checked message: crisis lines, your own emergency steps, your support person, and SOS. No generated text is used.',
  ],
  [
    'Danger right now',
    'Your emergency number and a crisis line come first, then your emergency steps. You are encouraged to call now and not to stay alone.',
  ],
];

export function SafetyPage() {
  return (
    <main className="page" id="main">
      <h1>How Kinbridge keeps you safe</h1>
      <p className="lead">
        Kinbridge is not an emergency service and not a therapist. If you are in danger, call your local emergency number or <Link to="/sos">open SOS</Link>.
      </p>
      <h2>What is checked</h2>
      <p>
        Everything you type to the companion, and the notes you add to check-ins and SOS sessions, is checked for signs of risk before anything answers. The check runs
        on your device and on the server with the same rules, even offline.
      </p>
      <h2>What happens</h2>
      <dl className="stack">
        {levels.map(([when, what]) => (
          <div key={when}>
            <dt>
              <strong>{when}</strong>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p>
        Saying &ldquo;never mind, I&rsquo;m fine&rdquo; does not switch this off: the companion will ask once, gently, whether you are safe, and crisis lines stay
        visible. It will never keep a secret about your safety, and it never gives information about ways to harm yourself.
      </p>
      <h2>Who finds out</h2>
      <p>
        Nobody is contacted without your consent. The server records only that crisis lines were shown, and when, never what you wrote. Your notes, messages and plan
        are encrypted, and you can export or erase everything.
      </p>
      <h2>The companion is an AI</h2>
      <p>It is not a person and not a therapist. It says so when you start, when you come back after a while, and whenever you ask.</p>
    </main>
  );
}
