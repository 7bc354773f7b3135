// Structured problem solving (D'Zurilla & Nezu's problem-solving therapy, in its short form):
// define the problem in concrete terms, brainstorm options without judging them, weigh the most
// promising one, and choose a first small step with a time. The companion never decides for the
// person; it asks and reflects their own options back.
import { paragraphs, listJoin } from '../compose/variation';
import { quoteOf } from '../text/echo';
import { withName, type ActiveFlow, type FlowResult, type TurnInput } from './types';

type ProblemState = Extract<ActiveFlow, { id: 'problem_solving' }>;

function splitOptions(text: string): string[] {
  return text
    .split(/\n|;|,\s*(?:or\s+)?|\s+or\s+|\d+[.)]\s*|-\s+/i)
    .map((o) => quoteOf(o.trim(), 14))
    .filter((o): o is string => !!o && o.length > 2);
}

export function startProblemSolving(input: TurnInput): FlowResult {
  const problem = quoteOf(input.text, 25);
  const lead = input.compose.pick('ps.lead', ["Let's take this one piece at a time.", "Okay, let's work through it together.", "That's a lot to sort out. Let's make it smaller."]);
  if (problem && input.text.split(/\s+/).length >= 5) {
    return {
      flow: 'problem_solving',
      reply: paragraphs(withName(input, lead), `So the problem is: "${problem}". Is that the heart of it, or is there a more specific part that matters most right now?`),
      next: { id: 'problem_solving', step: 'define', problem, options: [] },
    };
  }
  return {
    flow: 'problem_solving',
    reply: paragraphs(withName(input, lead), 'In one or two sentences, what is the problem you most want to solve?'),
    next: { id: 'problem_solving', step: 'define', options: [] },
  };
}

export function continueProblemSolving(state: ProblemState, input: TurnInput): FlowResult {
  if (/^(?:stop|quit|enough|cancel|forget it)\b/i.test(input.text.trim())) {
    return { flow: 'problem_solving', next: null, reply: "Okay, we can leave it here. It'll keep, and so will what you've already worked out." };
  }
  const c = input.compose;
  switch (state.step) {
    case 'define': {
      const refined = /^(?:yes|yeah|yep|that'?s it|exactly|right|correct)\b/i.test(input.text.trim()) ? state.problem : (quoteOf(input.text, 25) ?? state.problem);
      return {
        flow: 'problem_solving',
        reply: paragraphs(
          refined ? `Okay: "${refined}".` : 'Okay.',
          c.pick('ps.brainstorm', [
            "Now let's brainstorm. List every option you can think of, even ones that seem silly. No judging yet.",
            'What could you do about it? Write down as many options as you can, good or bad. Judging comes later.',
          ]),
        ),
        next: { ...state, step: 'options', ...(refined ? { problem: refined } : {}) },
      };
    }
    case 'options':
    case 'more_options': {
      const options = [...state.options, ...splitOptions(input.text)].slice(0, 8);
      if (options.length < 2 && state.step === 'options') {
        return {
          flow: 'problem_solving',
          reply: "That's one. Can you think of at least one more, even a small or unlikely one? Asking someone for help counts as an option too.",
          next: { ...state, step: 'more_options', options },
        };
      }
      const listed = options.map((o, i) => `${i + 1}. ${o}`).join('\n');
      return {
        flow: 'problem_solving',
        reply: paragraphs('Here are your options:', listed, 'Which one looks most doable? Think about what it would cost you and what it might bring.'),
        next: { ...state, step: 'weigh', options },
      };
    }
    case 'weigh': {
      const index = Number((input.text.match(/\b\d\b/) ?? [])[0]) - 1;
      const chosen = state.options[index] ?? quoteOf(input.text, 14) ?? state.options[0];
      return {
        flow: 'problem_solving',
        reply: paragraphs(
          chosen ? `"${chosen}" it is.` : 'Okay.',
          'What is the very first small step, and when will you do it? The smaller the step, the better.',
        ),
        next: { ...state, step: 'first_step', ...(chosen ? { chosen } : {}) },
      };
    }
    case 'first_step':
    case 'done': {
      const step = quoteOf(input.text, 20);
      return {
        flow: 'problem_solving',
        reply: paragraphs(
          'Your plan:',
          [state.problem && `Problem: ${state.problem}`, state.chosen && `Option: ${state.chosen}`, step && `First step: ${step}`].filter(Boolean).join('\n'),
          c.pick('ps.close', [
            'Breaking it down like this is real progress. If it does not go as hoped, we can look at the other options.',
            `Good work. You still have ${listJoin(state.options.filter((o) => o !== state.chosen).slice(0, 2)) || 'other options'} if this one does not work out.`,
          ]),
        ),
        next: null,
      };
    }
  }
}
