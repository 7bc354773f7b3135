// Placeholder SOS page until the SOS flow lands: it always shows how to reach help now.
export function SosPage() {
  return (
    <main className="page narrow" id="main">
      <h1>SOS</h1>
      <p className="lead">You are not alone. If you might act on thoughts of harming yourself, reach out now.</p>
      <ul className="stack">
        <li>
          <a className="button primary" href="tel:988">Call 988 (Suicide &amp; Crisis Lifeline, US)</a>
        </li>
        <li>
          <a className="button" href="tel:911">Call 911 (emergency)</a>
        </li>
      </ul>
    </main>
  );
}
