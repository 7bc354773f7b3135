// The crisis card as a phone lock-screen image (1170 × 2532, a common 19.5:9 phone size).
// The clock covers the top of a lock screen and the torch/camera buttons the bottom, so the
// card sits in the middle band. Calm dark background, light text, the emergency number last
// and largest. Drawn with our own rasteriser (raster.ts) and PNG writer: no image packages.
import type { CardContact, CrisisCardContent } from '@kinbridge/core';
import { encodePngRgb } from './png-encoder';
import { Raster, lineHeight, wrapText } from './raster';
import type { Rgb } from './raster';

export const LOCKSCREEN_SIZE = { width: 1170, height: 2532 } as const;

const BACKGROUND: Rgb = [16, 36, 43];
const TEXT: Rgb = [236, 242, 240];
const HEADING: Rgb = [126, 214, 182];
const BAND: Rgb = [11, 110, 79];

const TOP = 760;
const BOTTOM = 2200;
const MARGIN = 80;
const BODY = 5;
const HEAD = 5;
const GAP = 30;

function contactText(c: CardContact): string {
  return [c.name, c.phone].filter(Boolean).join('  ');
}

export function renderCrisisCardPng(content: CrisisCardContent): Buffer {
  const { width, height } = LOCKSCREEN_SIZE;
  const r = new Raster(width, height, BACKGROUND);
  const maxWidth = width - 2 * MARGIN;
  // Keep room at the bottom for the emergency band.
  const bandHeight = lineHeight(9) + 60;
  const limit = BOTTOM - bandHeight - 40;
  let y = TOP;

  const heading = (text: string) => {
    r.text(text, MARGIN, y, { scale: HEAD, color: HEADING, weight: 0.55 });
    y += lineHeight(HEAD) + 6;
  };
  const item = (lines: string[]) => {
    lines.forEach((line, i) => {
      if (i === 0) r.text('·', MARGIN, y, { scale: BODY, color: TEXT, weight: 1 });
      r.text(line, MARGIN + 8 * BODY, y, { scale: BODY, color: TEXT });
      y += lineHeight(BODY);
    });
  };
  const wrap = (text: string, maxLines: number) => wrapText(text, BODY, maxWidth - 8 * BODY, maxLines);

  // Getting help must always fit, so people and crisis lines are laid out first (from the
  // bottom up) and the personal sections get what room is left, one line per entry.
  const help = [
    { title: 'People I can call', items: content.contacts.map((c) => wrap(contactText(c), 1)) },
    { title: 'Crisis lines', items: content.crisisLines.map((l) => wrap(`${l.name}: ${l.ways.filter((w) => !w.startsWith('Chat')).join(', ')}`, 2)) },
  ].filter((s) => s.items.length > 0);
  const sectionHeight = (items: string[][]) => lineHeight(HEAD) + 6 + items.reduce((n, lines) => n + lines.length * lineHeight(BODY), 0) + GAP;
  const helpHeight = help.reduce((n, s) => n + sectionHeight(s.items), 0);
  const budget = () => limit - helpHeight - y;
  for (const s of [
    { title: 'When I notice', items: content.warningSigns },
    { title: 'I can', items: content.copingSteps },
  ]) {
    // Each entry gets two lines if they fit, else one, else the section stops.
    let headed = false;
    for (const text of s.items) {
      const header = headed ? 0 : lineHeight(HEAD) + 6;
      const lines = [wrap(text, 2), wrap(text, 1)].find((l) => header + l.length * lineHeight(BODY) + GAP <= budget());
      if (!lines) break;
      if (!headed) heading(s.title);
      headed = true;
      item(lines);
    }
    if (headed) y += GAP;
  }
  for (const s of help) {
    heading(s.title);
    s.items.forEach(item);
    y += GAP;
  }

  const bandTop = BOTTOM - bandHeight;
  r.fillRect(MARGIN - 30, bandTop, maxWidth + 60, bandHeight, BAND);
  const emergency = content.emergency.number ? `Emergency: ${content.emergency.label}` : 'Emergency: local number';
  const [line] = wrapText(emergency, 9, maxWidth, 1);
  r.text(line ?? emergency, MARGIN, bandTop + 30, { scale: 9, color: TEXT, weight: 0.55 });

  return encodePngRgb(width, height, r.pixels);
}
