import { talk } from './packages/companion/test/conversation';
const convs = process.argv.slice(2).map((c) => c.split('|'));
for (const conv of convs) {
  const t = talk();
  for (const m of conv) { const r = await t.say(m); console.log(`> ${m}\n[${r.flow} ${r.risk.level}] ${r.reply.replace(/\n+/g, ' / ')}\n  remembered=${JSON.stringify(r.remembered.map(x=>x.text))} journal=${JSON.stringify(r.journal)}`); }
  console.log('====');
}
