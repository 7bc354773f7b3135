import { InMemoryMemoryStore } from './packages/companion/src/index';
import { talk, THURSDAY, MINUTE } from './packages/companion/test/conversation';
const memory = new InMemoryMemoryStore();
const first = talk({ memory, start: (THURSDAY - 2*24*60*MINUTE) as never });
for (const m of ['I am so anxious I can barely breathe','skip','I feel better now, going to sleep','calling Sam and box breathing']) { const r = await first.say(m); console.log(r.flow, r.reply.replace(/\n+/g,' / ').slice(0,200)); }
console.log(await memory.list());
const later = talk({ memory, start: THURSDAY });
console.log((await later.say('hi')).reply);
