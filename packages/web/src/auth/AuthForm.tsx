// Sign-up and log-in share one form: labelled fields, errors announced to screen readers and
// tied to the field they are about.
import { useId, useState, type FormEvent } from 'react';
import { api, ApiError } from '../app/api';
import { Link, useRouter } from '../app/router';
import { useSession, type SessionUser } from './session';

export function AuthForm({ mode }: { mode: 'login' | 'signup' }) {
  const { signIn } = useSession();
  const { navigate } = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<'client' | 'therapist'>('client');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { email: useId(), password: useId(), hint: useId(), error: useId() };
  const signup = mode === 'signup';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await api<SessionUser>(signup ? '/api/auth/register' : '/api/auth/login', {
        method: 'POST',
        body: signup ? { email, password, role } : { email, password },
      });
      signIn(user);
      navigate('/', { replace: true });
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      const field = typeof apiError?.details?.field === 'string' ? apiError.details.field : undefined;
      setError({ message: apiError?.message ?? 'Something went wrong. Please try again.', ...(field ? { field } : {}) });
    } finally {
      setBusy(false);
    }
  }

  const describe = (field: string, extra?: string) => [error?.field === field ? ids.error : null, extra ?? null].filter(Boolean).join(' ') || undefined;

  return (
    <main className="page narrow" id="main">
      <h1>{signup ? 'Create your account' : 'Log in'}</h1>
      <p className="lead">{signup ? 'Your plan and notes are encrypted and stay yours.' : 'Welcome back.'}</p>
      <form onSubmit={submit} noValidate className="stack">
        <div className="field">
          <label htmlFor={ids.email}>Email</label>
          <input id={ids.email} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={error?.field === 'email' || undefined} aria-describedby={describe('email')} />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>Password</label>
          <input
            id={ids.password}
            type="password"
            autoComplete={signup ? 'new-password' : 'current-password'}
            required
            minLength={signup ? 10 : undefined}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error?.field === 'password' || undefined}
            aria-describedby={describe('password', signup ? ids.hint : undefined)}
          />
          {signup && (
            <p className="hint" id={ids.hint}>
              At least 10 characters. A few unrelated words work well.
            </p>
          )}
        </div>
        {signup && (
          <fieldset className="field">
            <legend>I am</legend>
            <label className="choice">
              <input type="radio" name="role" value="client" checked={role === 'client'} onChange={() => setRole('client')} /> someone in therapy
            </label>
            <label className="choice">
              <input type="radio" name="role" value="therapist" checked={role === 'therapist'} onChange={() => setRole('therapist')} /> a therapist
            </label>
          </fieldset>
        )}
        <div role="alert" id={ids.error} className="error">
          {error?.message}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Please wait…' : signup ? 'Create account' : 'Log in'}
        </button>
      </form>
      <p>{signup ? <>Already have an account? <Link to="/login">Log in</Link></> : <>New here? <Link to="/signup">Create an account</Link></>}</p>
    </main>
  );
}
