// The quick-exit screen: an ordinary working calculator with no sign of Kinbridge, for someone
// who needs to hide what they were looking at. It does not link back; the person reopens the
// app when they are ready.
import { useState } from 'react';

const KEYS = ['7', '8', '9', '÷', '4', '5', '6', '×', '1', '2', '3', '−', '0', '.', '=', '+'];

function compute(a: number, b: number, op: string): number {
  switch (op) {
    case '+':
      return a + b;
    case '−':
      return a - b;
    case '×':
      return a * b;
    case '÷':
      return b === 0 ? NaN : a / b;
    default:
      return b;
  }
}

export function NeutralPage() {
  const [display, setDisplay] = useState('0');
  const [stored, setStored] = useState<{ value: number; op: string } | null>(null);
  const [fresh, setFresh] = useState(true);

  function press(key: string) {
    if (/^[0-9.]$/.test(key)) {
      if (key === '.' && display.includes('.') && !fresh) return;
      setDisplay(fresh ? (key === '.' ? '0.' : key) : display === '0' && key !== '.' ? key : display + key);
      setFresh(false);
      return;
    }
    const current = Number(display);
    const result = stored ? compute(stored.value, current, stored.op) : current;
    const shown = Number.isFinite(result) ? String(Math.round(result * 1e10) / 1e10) : 'Error';
    setDisplay(shown);
    setStored(key === '=' ? null : { value: result, op: key });
    setFresh(true);
  }

  return (
    <main className="calculator" id="main">
      <h1 className="visually-hidden">Calculator</h1>
      <output className="calc-display" aria-live="polite">
        {display}
      </output>
      <div className="calc-keys">
        <button type="button" onClick={() => (setDisplay('0'), setStored(null), setFresh(true))}>
          C
        </button>
        {KEYS.map((key) => (
          <button key={key} type="button" onClick={() => press(key)}>
            {key}
          </button>
        ))}
      </div>
    </main>
  );
}
