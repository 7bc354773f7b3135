// Cognitive restructuring as a CBT thought record (structure from REFERENCE.md): situation;
// mood rated 0–100; automatic thought (the "hot" one); possible thinking traps; evidence for;
// evidence against; a balanced thought with how much it is believed; re-rated mood. One step per
// message, in the person's own words, and they can stop at any point.
import { toIso } from '@kinbridge/core';
import { paragraphs, listJoin } from '../compose/variation';
import { quoteOf } from '../text/echo';
import { spotDistortions } from './distortions';
import { readRating, withName, type ActiveFlow, type FlowResult, type ThoughtRecord, type TurnInput } from './types';

type ThoughtState = Extract<ActiveFlow, { id: 'thought_record' }>;

const STOP = /^(?:stop|quit|enough|can we stop|i want to stop|let'?s stop|no more|cancel)\b/i;

/** Starts the record. If the message itself was the painful thought, it is kept as the hot thought. */
export function startThoughtRecord(input: TurnInput): FlowResult {
  const thought = input.classification.intent === 'negative_thought' && !/thought record|challenge/i.test(input.text) ? quoteOf(input.text, 30) : undefined;
  const record: ThoughtRecord = thought ? { thought } : {};
  const opener = thought
    ? input.compose.pick('tr.open.thought', [
        `"${thought}" sounds like a painful thing to be telling yourself. Would you like to look at that thought together, step by step, like a thought record?`,
        `That thought, "${thought}", sounds heavy. We could slow it down and look at it together with a thought record.`,
      ])
    : input.compose.pick('tr.open', ["Let's look at the thought together, one step at a time.", "Okay, let's do a thought record together."]);
  return {
    flow: 'thought_record',
    reply: paragraphs(withName(input, opener), 'First, what was happening when it showed up? Where were you, and what had just happened?'),
    next: { id: 'thought_record', step: 'situation', record },
  };
}

export function continueThoughtRecord(state: ThoughtState, input: TurnInput): FlowResult {
  if (STOP.test(input.text.trim())) {
    return { flow: 'thought_record', next: null, reply: "That's fine, we can stop here. What you've written so far still counts. Would you rather just talk for a bit?" };
  }
  const words = quoteOf(input.text, 30);
  const record: ThoughtRecord = { ...state.record };
  const c = input.compose;
  switch (state.step) {
    case 'situation':
      if (words) record.situation = words;
      return ask(record, 'mood', paragraphs(
        c.pick('tr.ack', ['Thank you.', 'Okay, that helps me picture it.', 'Got it.']),
        'What did you feel in that moment? Name the feeling, and how strong it was from 0 to 100.',
      ));
    case 'mood': {
      const rating = readRating(input.text, 100);
      if (words) record.mood = withoutRating(words) || words;
      if (rating !== undefined) record.moodBefore = rating;
      if (record.thought) return distortionsStep(record);
      return ask(record, 'thought', 'What went through your mind? If there were a few thoughts, which one hits hardest? That is the one we will look at.');
    }
    case 'thought':
      if (words) record.thought = words;
      return distortionsStep(record);
    case 'distortions':
      return ask(record, 'evidence_for', paragraphs(
        c.pick('tr.ack2', ['Okay.', 'Thanks for looking at that honestly.', 'That makes sense.']),
        'What makes the thought feel true? Write down the facts that seem to support it.',
      ));
    case 'evidence_for':
      if (words) record.evidenceFor = words;
      return ask(record, 'evidence_against', paragraphs(
        c.pick('tr.ack3', ['That makes sense.', 'I can see why it feels true.', 'Okay.']),
        "Now the other side: what doesn't fit the thought? Anything that goes against it, even small things. What would you say to a friend who thought this about themselves?",
      ));
    case 'evidence_against':
      if (words) record.evidenceAgainst = words;
      return ask(record, 'balanced', paragraphs(
        words ? `"${words}" matters too.` : 'Those things count too.',
        'Holding both sides, is there a more balanced way to put it? Try writing a thought that is fair to all the facts, and say how much you believe it, from 0 to 100%.',
      ));
    case 'balanced':
      if (words) record.balanced = withoutRating(words) || words;
      record.belief = readRating(input.text, 100);
      return ask(record, 'rerate', `And the feeling from before${record.mood ? ` (${record.mood})` : ''}: how strong is it now, from 0 to 100?`);
    case 'rerate':
      record.moodAfter = readRating(input.text, 100);
      return finish(record, input);
  }
}

/** "ashamed, 80" -> "ashamed": the number is kept separately. */
function withoutRating(text: string): string {
  return text.replace(/[\s,;:(-]*\d{1,3}\s*(?:%|percent|\/\s*100|out of 100)?\)?\s*$/i, '').trim();
}

function ask(record: ThoughtRecord, step: ThoughtState['step'], reply: string): FlowResult {
  return { flow: 'thought_record', reply, next: { id: 'thought_record', step, record } };
}

function distortionsStep(record: ThoughtRecord): FlowResult {
  const traps = spotDistortions(record.thought ?? '');
  record.distortions = traps.map((t) => t.id);
  const lead = record.thought ? `Let's look at the thought: "${record.thought}".` : "Let's look at that thought.";
  if (traps.length === 0) {
    return ask(record, 'evidence_for', paragraphs(lead, 'Before we test it, what makes the thought feel true? Write down the facts that seem to support it.'));
  }
  const named = traps.map((t) => `${t.name} (${t.explain})`);
  return ask(record, 'distortions', paragraphs(
    lead,
    `Thoughts like this sometimes carry a thinking trap. It might be ${listJoin(named, 'or')}.`,
    'Does any of that fit, or not really? Either answer is fine.',
  ));
}

function finish(record: ThoughtRecord, input: TurnInput): FlowResult {
  const before = record.moodBefore;
  const after = record.moodAfter;
  const eased = before !== undefined && after !== undefined && after < before;
  const summary = paragraphs(
    'Here is your thought record:',
    [
      record.situation && `Situation: ${record.situation}`,
      record.mood && `Feeling: ${record.mood}${before !== undefined ? ` (${before}/100)` : ''}`,
      record.thought && `Thought: ${record.thought}`,
      record.balanced && `Balanced thought: ${record.balanced}${record.belief !== undefined ? ` (${record.belief}% believed)` : ''}`,
      after !== undefined && `Feeling now: ${after}/100`,
    ]
      .filter(Boolean)
      .join('\n'),
    eased
      ? input.compose.pick('tr.eased', ['The feeling has come down a bit. That is the work paying off.', 'That is a real drop. Well done for sticking with it.'])
      : input.compose.pick('tr.same', ["Even when the number doesn't move much, practising this makes the next one easier.", 'Thank you for doing this. Some thoughts take a few goes.']),
  );
  return {
    flow: 'thought_record',
    reply: summary,
    next: null,
    memories: eased ? [{ kind: 'helped', text: 'a thought record', at: toIso(input.now), source: 'chat' }] : [],
  };
}
