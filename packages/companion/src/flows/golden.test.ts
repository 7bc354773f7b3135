// Golden conversations, one or more per flow: what a person would notice in each reply.
import { describe, expect, it } from 'vitest';
import type { EpochMs } from '@kinbridge/core';
import { InMemoryMemoryStore } from '../memory/in-memory-store';
import { MINUTE, THURSDAY, last, talk } from '../../test/conversation';

describe('reflective listening', () => {
  it("reflects the person's own words, validates, then offers something that fits", async () => {
    const t = talk();
    const [first, second] = await t.all(['my dad shouted at me again and I feel worthless', 'it happens every time I visit']);
    expect(first?.flow).toBe('listening');
    expect(first?.reply).toMatch(/my dad shouted at you again|"my dad shouted at me again|you feel worthless/i);
    expect(first?.reply).toMatch(/\?/);
    expect(second?.flow).toBe('listening');
    expect(second?.reply).toMatch(/Would (?:it help|you like|a quick)/);
  });

  it('a "no" to an offer keeps listening, a "yes" starts it', async () => {
    const declined = talk();
    await declined.all(['work was awful today', 'my boss ignored me all day']);
    expect((await declined.say('no thanks')).reply).toMatch(/just talk|listen/i);
    const accepted = talk();
    await accepted.all(['I keep panicking about tomorrow', 'I feel so on edge']);
    const started = await accepted.say('yes please');
    expect(['grounding', 'plan_review', 'skills', 'thought_record', 'problem_solving']).toContain(started.flow);
  });
});

describe('guided grounding', () => {
  it('walks through 5-4-3-2-1 one sense at a time and asks how it went', async () => {
    const t = talk();
    const start = await t.say('I am panicking, can we do the 5-4-3-2-1 grounding');
    expect(start.flow).toBe('grounding');
    expect(start.reply).toMatch(/five things you can see/i);
    const steps = await t.all(['lamp, mug, window, plant, door', 'floor, chair, sleeve, table', 'fridge, cars, rain', 'coffee, soap', 'mint']);
    expect(steps[0]?.reply).toMatch(/four things you can touch/i);
    expect(steps[1]?.reply).toMatch(/three sounds/i);
    expect(steps[2]?.reply).toMatch(/two smells/i);
    expect(steps[3]?.reply).toMatch(/one taste/i);
    expect(steps[4]?.reply).toMatch(/0 \(calm\) to 10|0 to 10/);
    const done = await t.say('better, maybe a 3');
    expect(done.reply).toMatch(/15 minutes/);
  });

  it("starts with the exercise on the person's own plan", async () => {
    const r = await talk().say('I am panicking, help me calm down');
    expect(r.flow).toBe('grounding');
    expect(r.reply).toMatch(/Box breathing/);
  });

  it('gives box breathing with its exact counts and a button for the guided timer', async () => {
    const t = talk();
    const r = await t.say('can we do box breathing');
    expect(r.reply).toMatch(/Breathe in for four, hold for four, breathe out for four/);
    expect(r.actions).toContainEqual({ kind: 'start_breathing', exerciseId: 'box-breathing' });
  });

  it('remembers an exercise that lowered distress, with the date', async () => {
    const t = talk();
    await t.say('I am at an 8, can we do box breathing');
    const after = await t.say('down to 4 now');
    expect(after.remembered.map((m) => m.text)).toContain('Box breathing');
    expect(after.remembered[0]?.at.slice(0, 10)).toBe('2026-03-05');
  });
});

describe('thought record', () => {
  it('goes situation, feeling, thought, traps, evidence, balanced thought, re-rating', async () => {
    const t = talk();
    await t.say('can we do a thought record');
    const r = await t.all([
      'in a meeting my idea got ignored',
      'embarrassed, 70',
      'everyone thinks I am an idiot',
      'maybe a bit',
      'nobody replied to my idea',
      'two people thanked me later',
      'one idea was missed, that does not make me an idiot, 60%',
      '40',
    ]);
    expect(r[0]?.reply).toMatch(/What did you feel/);
    expect(r[1]?.reply).toMatch(/What went through your mind/);
    expect(r[2]?.reply).toMatch(/thinking trap/);
    expect(r[2]?.reply).toMatch(/labelling|mind-reading|overgeneralising/);
    expect(r[3]?.reply).toMatch(/feel true/);
    expect(r[4]?.reply).toMatch(/doesn't fit|goes against/);
    expect(r[5]?.reply).toMatch(/balanced/);
    expect(r[6]?.reply).toMatch(/how strong is it now/);
    const summary = last(r);
    expect(summary.reply).toContain('Thought: everyone thinks I am an idiot');
    expect(summary.reply).toContain('Feeling now: 40/100');
    expect(summary.reply).toMatch(/embarrassed \(70\/100\)/);
  });

  it('can be stopped at any step', async () => {
    const t = talk();
    await t.say('help me challenge this thought');
    expect((await t.say('stop')).reply).toMatch(/stop here/);
  });
});

describe('DBT skills coaching', () => {
  it('coaches STOP step by step', async () => {
    const t = talk();
    const r = await t.all(['I am about to snap at my sister, I need a skill', 'ok', 'ok', 'ok', 'done']);
    expect(r[0]?.reply).toMatch(/STOP/);
    expect(r[0]?.reply).toMatch(/^Stop:/m);
    expect(r[1]?.reply).toMatch(/Take a step back/);
    expect(r[2]?.reply).toMatch(/Observe/);
    expect(r[3]?.reply).toMatch(/Proceed mindfully/);
    expect(r[4]?.reply).toMatch(/15 minutes/);
  });

  it('shows the TIPP caution before Temperature, and skips cold water when asked not to suggest it', async () => {
    const t = talk();
    const tipp = await t.say('help me use TIPP');
    expect(tipp.reply.indexOf('heart condition')).toBeGreaterThan(-1);
    expect(tipp.reply.indexOf('heart condition')).toBeLessThan(tipp.reply.indexOf('Temperature'));
    const next = await t.say('ok');
    expect(next.reply).toMatch(/heart condition/);
    expect(next.reply.indexOf('heart condition')).toBeLessThan(next.reply.indexOf('Intense exercise'));

    const noCold = talk();
    await noCold.say("please don't suggest cold water");
    const r = await noCold.say('help me use TIPP');
    expect(r.reply).not.toMatch(/Temperature:/);
    expect(r.reply).toMatch(/Intense exercise:/);
  });

  it('offers ACCEPTS and self-soothe as menus to choose from', async () => {
    expect((await talk().say('walk me through ACCEPTS')).reply).toMatch(/Activities[\s\S]*Contributing[\s\S]*Which one/);
    expect((await talk().say('how do I self-soothe')).reply).toMatch(/Sight[\s\S]*Touch[\s\S]*Which sense/);
  });

  it('coaches opposite action and check the facts', async () => {
    const t = talk();
    const r = await t.all(['I want to hide in bed all day, opposite action?', 'sad, it says hide', 'not really']);
    expect(r[0]?.reply).toMatch(/Name the emotion/);
    expect(r[2]?.reply).toMatch(/opposite of the urge/);
    expect((await talk().say('can we check the facts')).reply).toMatch(/What emotion do you want to check/);
  });
});

describe('problem solving', () => {
  it('defines the problem, brainstorms, chooses and plans a first step', async () => {
    const t = talk();
    const r = await t.all([
      'I cannot pay my rent this month and I do not know what to do',
      'yes',
      'talk to my landlord, ask my sister for a loan, or look for extra shifts',
      '1',
      'call the landlord tomorrow at 10',
    ]);
    expect(r[0]?.flow).toBe('problem_solving');
    expect(r[1]?.reply).toMatch(/options/);
    expect(r[2]?.reply).toMatch(/1\. talk to my landlord\n2\. ask my sister for a loan\n3\. look for extra shifts/);
    expect(r[3]?.reply).toMatch(/"talk to my landlord" it is/);
    expect(last(r).reply).toMatch(/First step: call the landlord tomorrow at 10/);
  });
});

describe("plan review and the 15-minute check-back", () => {
  it("reads the person's own plan back, then checks back after 15 minutes", async () => {
    const t = talk();
    const plan = await t.say("what's on my plan for this?");
    expect(plan.flow).toBe('plan_review');
    expect(plan.reply).toMatch(/Box breathing|Walk around the block with music/);
    const chose = await t.say('2');
    expect(chose.reply).toMatch(/Walk around the block with music/);
    expect(chose.reply).toMatch(/15 minutes/);
    expect(t.companion.checkIn((t.now + 10 * MINUTE) as EpochMs)).toBeNull();
    const due = t.companion.checkIn((t.now + 15 * MINUTE) as EpochMs);
    expect(due?.flow).toBe('check_back');
    expect(due?.reply).toMatch(/15 minutes/);
    t.now = (t.now + 15 * MINUTE) as EpochMs;
    const worse = await t.say('still a 7, no better');
    expect(worse.reply).toMatch(/next step/);
    expect(worse.reply).toMatch(/Sam/);
  });

  it('names a trigger from the plan when the person mentions it', async () => {
    const r = await talk().say('another argument with my dad tonight, what does my plan say to do');
    expect(r.reply).toMatch(/"arguments with my dad" as a trigger/);
  });

  it('asks the check-back question when the person returns after the time is up', async () => {
    const t = talk();
    await t.say('can we do box breathing');
    await t.say('a 5 I guess');
    const back = await t.say('hey', 20 * MINUTE);
    expect(back.flow).toBe('check_back');
    const better = await t.say('better now, a 2');
    expect(better.reply).toMatch(/What helped/);
    const reflected = await t.say('the breathing and texting Sam');
    expect(reflected.flow).toBe('reflection');
    expect(reflected.journal?.helped).toEqual(['the breathing', 'texting Sam']);
  });
});

describe('end-of-episode reflection and memory recall', () => {
  it('asks what helped, remembers it with the date, and brings it up on another day', async () => {
    const memory = new InMemoryMemoryStore();
    const tuesday = (THURSDAY - 2 * 24 * 60 * MINUTE) as EpochMs;
    const first = talk({ memory, start: tuesday });
    await first.say('I am so anxious I can barely breathe');
    await first.say('skip');
    const bye = await first.say('I feel better now, going to sleep');
    expect(bye.flow).toBe('reflection');
    const answer = await first.say('calling Sam and box breathing');
    expect(answer.journal?.helped).toEqual(['calling Sam', 'box breathing']);
    expect(answer.reply).toMatch(/calling Sam and box breathing helped/);

    const later = talk({ memory, start: THURSDAY });
    const hello = await later.say('hi');
    expect(hello.reply).toContain('Last Tuesday, calling Sam and box breathing helped');
  });

  it('shows and deletes what is remembered when asked', async () => {
    const t = talk();
    await t.say('calling Sam helped a lot yesterday');
    expect((await t.say('what do you remember about me?')).reply).toMatch(/What helped:\n- calling Sam/);
    const forgot = await t.say('forget that calling Sam helped');
    expect(forgot.forgotten).toBe(1);
    expect((await t.memory.list()).length).toBe(0);
  });

  it('calls the person by the name they asked for', async () => {
    const t = talk({ seed: 2 });
    await t.say('please call me Jo');
    const replies = await t.all(['I had a hard day', 'my flatmate was rude', 'and work was a mess', 'I am tired']);
    expect(replies.some((r) => r.reply.includes('Jo,') || r.reply.includes('Hi Jo'))).toBe(true);
    expect(replies.every((r) => !r.reply.includes('Alex,'))).toBe(true);
  });
});

describe('variation', () => {
  it('is reproducible with a seed and varies between conversations', async () => {
    const a = await talk({ seed: 5 }).all(['I feel so alone tonight', 'nobody texts me back']);
    const b = await talk({ seed: 5 }).all(['I feel so alone tonight', 'nobody texts me back']);
    expect(a.map((r) => r.reply)).toEqual(b.map((r) => r.reply));
    const many = new Set<string>();
    for (let seed = 1; seed <= 6; seed++) many.add((await talk({ seed }).all(['hi', 'I feel so alone tonight']))[1]?.reply ?? '');
    expect(many.size).toBeGreaterThanOrEqual(3);
  });

  it('does not repeat the same validation twice in a row', async () => {
    const r = await talk().all(['I had an awful day', 'my friend cancelled on me', 'and I missed the bus', 'and it rained']);
    const validations = r.map((x) => x.reply.split('\n\n')[1]);
    for (let i = 1; i < validations.length; i++) expect(validations[i]).not.toBe(validations[i - 1]);
  });
});
