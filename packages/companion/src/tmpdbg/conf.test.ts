import { it } from 'vitest';
import { talk } from '../../test/conversation';
import { BENIGN_CASES } from '../conformance/cases-benign';
import { CARE_CASES } from '../conformance/cases-care';
import { CRISIS_CASES } from '../conformance/cases-crisis';
import { FRAMING_CASES } from '../conformance/cases-framing';
import { breaksOf } from '../conformance/global-rules';
it('dump', async () => {
  for (const tc of [...CRISIS_CASES, ...FRAMING_CASES, ...CARE_CASES, ...BENIGN_CASES]) {
    const t = talk({ seed: 1 });
    const turns = await t.all(tc.turns);
    const final = turns[turns.length - 1]!;
    const out: string[] = [];
    const { crisis, must, mustNot, flow } = tc.expect;
    if (crisis === true && final.resources.length === 0) out.push('NO CRISIS');
    if (crisis === false && turns.some((x) => x.resources.length > 0)) out.push('FALSE CRISIS');
    for (const re of must ?? []) if (!re.test(final.reply)) out.push(`lacks ${re}`);
    for (const turn of turns) { for (const re of mustNot ?? []) if (re.test(turn.reply)) out.push(`has ${re} "${turn.reply.match(re)?.[0]}"`); for (const b of breaksOf(turn)) out.push(`global ${b.rule} "${b.match}"`); }
    if (flow && !(Array.isArray(flow) ? flow : [flow]).includes(final.flow)) out.push(`flow ${final.flow}`);
    if (out.length) console.log(tc.id, JSON.stringify(tc.turns), `[${final.flow} ${final.risk.level} msg]`, out.join('; '));
  }
});
