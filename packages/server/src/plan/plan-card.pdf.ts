// The crisis card as PDF: a two-sided wallet card (85.6 × 54 mm, the ID-1 card size; front:
// warning signs and coping steps, back: people, crisis lines, emergency number) and a
// printable full page (Letter in the US and Canada, A4 elsewhere).
import PDFDocument from 'pdfkit';
import type { CardContact, CrisisCardContent } from '@kinbridge/core';
import { toPdfText } from './pdf-text';

const MM = 72 / 25.4;
export const WALLET_SIZE: [number, number] = [85.6 * MM, 54 * MM];
const LETTER: [number, number] = [612, 792];
const A4: [number, number] = [595.28, 841.89];

const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#0b6e4f';

type Doc = PDFKit.PDFDocument;

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function contactLine(c: CardContact): string {
  return [c.name, c.phone, c.note ? `(${c.note})` : null].filter(Boolean).join('  ');
}

function emergencyLine(content: CrisisCardContent): string {
  return content.emergency.number ? `Emergency: call ${content.emergency.label}` : 'Emergency: call your local emergency number';
}

/** Writes lines top-down inside a box, one line each, cut with "…" when too long. */
class Column {
  constructor(
    private readonly doc: Doc,
    private readonly x: number,
    public y: number,
    private readonly width: number,
    private readonly bottom: number,
  ) {}

  fits(size: number): boolean {
    return this.y + size * 1.25 <= this.bottom;
  }

  line(text: string, size: number, options: { bold?: boolean; color?: string; indent?: number } = {}): void {
    if (!this.fits(size)) return;
    const indent = options.indent ?? 0;
    this.doc
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(size)
      .fillColor(options.color ?? INK)
      .text(toPdfText(text), this.x + indent, this.y, { width: this.width - indent, height: size * 1.25, ellipsis: true, lineBreak: true });
    this.y += size * 1.25;
  }

  /** Wrapping paragraph (full page only). */
  paragraph(text: string, size: number, options: { indent?: number; color?: string } = {}): void {
    const indent = options.indent ?? 0;
    const clean = toPdfText(text);
    this.doc.font('Helvetica').fontSize(size).fillColor(options.color ?? INK);
    const height = Math.min(this.doc.heightOfString(clean, { width: this.width - indent }), this.bottom - this.y);
    if (height < size) return;
    this.doc.text(clean, this.x + indent, this.y, { width: this.width - indent, height, ellipsis: true });
    this.y += height + size * 0.3;
  }

  gap(points: number): void {
    this.y += points;
  }
}

function walletFront(doc: Doc, content: CrisisCardContent): void {
  const [w, h] = WALLET_SIZE;
  doc.rect(0, 0, w, 16).fill(ACCENT);
  doc.font('Helvetica-Bold').fontSize(8).fillColor('#ffffff').text('MY CRISIS CARD', 9, 5, { width: w - 18, lineBreak: false });
  const col = new Column(doc, 9, 21, w - 18, h - 8);
  if (content.warningSigns.length > 0) {
    col.line('When I notice', 6.5, { bold: true, color: ACCENT });
    for (const s of content.warningSigns) col.line(`• ${s}`, 6);
    col.gap(2);
  }
  col.line('I can', 6.5, { bold: true, color: ACCENT });
  content.copingSteps.forEach((s, i) => col.line(`${i + 1}. ${s}`, 6));
}

function walletBack(doc: Doc, content: CrisisCardContent): void {
  const [w, h] = WALLET_SIZE;
  const col = new Column(doc, 9, 8, w - 18, h - 20);
  if (content.contacts.length > 0) {
    col.line('People I can call', 6.5, { bold: true, color: ACCENT });
    for (const c of content.contacts) col.line(contactLine(c), 6);
    col.gap(2);
  }
  col.line('Crisis lines', 6.5, { bold: true, color: ACCENT });
  for (const l of content.crisisLines) col.line(`${l.name}: ${l.ways.join(' · ')}${l.hours === '24/7' ? ' (24/7)' : ''}`, 6);
  doc.rect(0, h - 16, w, 16).fill(ACCENT);
  doc.font('Helvetica-Bold').fontSize(8).fillColor('#ffffff').text(toPdfText(emergencyLine(content)), 9, h - 11.5, { width: w - 18, lineBreak: false });
}

function fullPage(doc: Doc, content: CrisisCardContent, size: [number, number]): void {
  const [w, h] = size;
  const margin = 54;
  const col = new Column(doc, margin, margin, w - 2 * margin, h - margin - 24);
  col.line('My crisis plan', 22, { bold: true, color: ACCENT });
  col.gap(4);
  // Safety first: how to get help now sits at the top of the page.
  doc.rect(margin - 6, col.y - 4, w - 2 * margin + 12, 14 * 1.25 + 8).fill('#e6f4ef');
  col.line(emergencyLine(content), 14, { bold: true });
  col.gap(8);

  const section = (title: string, items: string[], numbered = false) => {
    if (items.length === 0) return;
    col.line(title, 13, { bold: true, color: ACCENT });
    items.forEach((t, i) => col.paragraph(`${numbered ? `${i + 1}.` : '•'} ${t}`, 11, { indent: 8 }));
    col.gap(6);
  };
  section('Crisis lines', content.crisisLines.map((l) => `${l.name}: ${l.ways.join(' · ')} (${l.hours})`));
  section('My warning signs', content.warningSigns);
  section('Things I can do on my own', content.copingSteps, true);
  section('People I can ask for help', content.contacts.map(contactLine));
  section('Professionals', content.professionals.map(contactLine));
  section('What matters most to me', content.reasons);

  if (content.linesLastVerified) {
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`Crisis lines last checked ${content.linesLastVerified}. Numbers can change; check your local services.`, margin, h - margin, { width: w - 2 * margin, lineBreak: false });
  }
}

export function pageSizeFor(region: string | null): [number, number] {
  return region === 'US' || region === 'CA' ? LETTER : A4;
}

/** Renders the card. `content.format` picks the layout ('lockscreen' is not a PDF format). */
export async function renderCrisisCardPdf(content: CrisisCardContent): Promise<Buffer> {
  const size = content.format === 'page' ? pageSizeFor(content.region) : WALLET_SIZE;
  // No personal data in the metadata: the title is generic.
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, info: { Title: 'Crisis card', Creator: 'Kinbridge' } });
  const done = collect(doc);
  doc.addPage({ size, margin: 0 });
  if (content.format === 'page') {
    fullPage(doc, content, size);
  } else {
    walletFront(doc, content);
    doc.addPage({ size, margin: 0 });
    walletBack(doc, content);
  }
  doc.end();
  return done;
}
