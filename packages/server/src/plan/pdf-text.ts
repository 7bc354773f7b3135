// PDFKit's built-in fonts (Helvetica) can only draw the Windows-1252 character set. Text a
// person typed may hold anything, so it is mapped before drawing: accents that have a plain
// base letter lose the accent, emoji and joiners are dropped, anything else becomes "?".
// Embedding a Unicode font would lift this, at the cost of shipping one.
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function drawable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRAS.has(ch);
}

export function toPdfText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (drawable(ch)) {
      out += ch;
      continue;
    }
    if (/\s/u.test(ch)) {
      out += ' ';
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (base !== '' && [...base].every(drawable)) {
      out += base;
      continue;
    }
    if (/\p{Extended_Pictographic}|\p{M}|\p{Cf}|[\u{1F3FB}-\u{1F3FF}]/u.test(ch)) continue;
    out += '?';
  }
  return out.replace(/\s+/g, ' ').trim();
}
