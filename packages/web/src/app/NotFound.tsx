import { Link } from './router';

export function NotFound() {
  return (
    <main className="page narrow" id="main">
      <h1>Page not found</h1>
      <p>
        That page does not exist. <Link to="/">Go to the start</Link> or <Link to="/sos">open SOS</Link>.
      </p>
    </main>
  );
}
