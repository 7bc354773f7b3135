// The 0–10 distress scale (SUDS). One tap answers: each number is a button, so there is no
// separate "next" step in a crisis. The anchors are shown beside the scale and are part of the
// buttons' accessible names.
import { useEffect, useId, useRef } from 'react';
import { SUDS_ANCHORS } from '@kinbridge/core/sos';

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function DistressScale({
  question,
  onRate,
  hint,
  autoFocus = false,
}: {
  question: string;
  onRate(suds: number): void;
  hint?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);
  const anchorFor = (value: number) => SUDS_ANCHORS.find((a) => a.value === value)?.label;
  return (
    <section className="scale" aria-labelledby={`${id}-q`}>
      <h2 id={`${id}-q`} ref={heading} tabIndex={-1}>
        {question}
      </h2>
      <p className="muted" id={`${id}-hint`}>
        {hint ?? '0 is calm, 10 is the worst you can imagine. There is no wrong answer.'}
      </p>
      <div className="scale-buttons" role="group" aria-labelledby={`${id}-q`} aria-describedby={`${id}-hint`}>
        {VALUES.map((value) => {
          const anchor = anchorFor(value);
          return (
            <button
              key={value}
              type="button"
              className={`scale-button tone-${Math.min(3, Math.floor(value / 3))}`}
              aria-label={anchor ? `${value}: ${anchor}` : String(value)}
              onClick={() => onRate(value)}
            >
              {value}
            </button>
          );
        })}
      </div>
      <ul className="anchors" aria-hidden="true">
        {SUDS_ANCHORS.map((a) => (
          <li key={a.value}>
            <strong>{a.value}</strong> {a.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
