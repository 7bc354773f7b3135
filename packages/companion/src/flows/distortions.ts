// Spotting thinking traps in an automatic thought, using the distortion list of Burns (Feeling
// Good, 1980) as given in REFERENCE.md. Each trap has a few plain-language cues; the flow only
// ever says a trap "might be" there and asks the person whether it fits, because the point of a
// thought record is that they weigh it, not that we label them.

export interface Distortion {
  id: string;
  name: string;
  /** One sentence, in plain words, on what the trap does. */
  explain: string;
  cues: RegExp;
}

export const DISTORTIONS: readonly Distortion[] = [
  {
    id: 'all_or_nothing', name: 'all-or-nothing thinking',
    explain: 'seeing things as total success or total failure, with nothing in between',
    cues: /\b(?:completely|totally|entirely|perfect(?:ly)?|ruined|useless|nothing (?:i do|ever|works)|everything (?:is|i do)|total (?:failure|disaster)|all (?:wrong|bad))\b/i,
  },
  {
    id: 'overgeneralisation', name: 'overgeneralising',
    explain: 'taking one event as proof of a never-ending pattern',
    cues: /\b(?:always|never|every ?time|everyone|no ?one|nobody|everybody|all the time)\b/i,
  },
  {
    id: 'mental_filter', name: 'mental filter',
    explain: 'focusing on one bad detail until it colours everything',
    cues: /\b(?:only (?:thing|part)|all i can (?:think about|see)|can'?t stop thinking about (?:the|that) (?:one|mistake))\b/i,
  },
  {
    id: 'disqualifying_positive', name: 'discounting the positive',
    explain: 'deciding the good things do not count',
    cues: /\b(?:doesn'?t count|does not count|just (?:luck|being nice|lucky)|anyone could have|they were only being|didn'?t mean it)\b/i,
  },
  {
    id: 'mind_reading', name: 'mind-reading',
    explain: 'being sure you know what others think of you',
    cues: /\b(?:(?:they|he|she|everyone|people|my \w+) (?:must |probably |definitely )?(?:think|thinks|thought|hate|hates|judge|judges|are judging)|they'?re (?:laughing|talking) about me|must think)\b/i,
  },
  {
    id: 'fortune_telling', name: 'fortune-telling',
    explain: 'predicting that things will turn out badly as if it were certain',
    cues: /\b(?:will (?:fail|never|go wrong|be a disaster|leave|hate|end badly)|going to (?:fail|go wrong|mess (?:it )?up|be awful)|for sure|is going to happen|won'?t ever)\b/i,
  },
  {
    id: 'magnification', name: 'catastrophising',
    explain: 'blowing something up into a disaster, or shrinking what went well',
    cues: /\b(?:disaster|catastroph\w*|the end of the world|worst|unbearable|can'?t stand it|horrible|terrible|awful|ruined my life)\b/i,
  },
  {
    id: 'emotional_reasoning', name: 'emotional reasoning',
    explain: 'taking a feeling as proof of a fact ("I feel it, so it must be true")',
    cues: /\b(?:i feel (?:like )?(?:a|an|so|like)? ?\w+,? so (?:i|it) (?:must|am)|because i feel|feel(?:s)? true|i just know)\b/i,
  },
  {
    id: 'should_statements', name: '"should" statements',
    explain: 'holding yourself to rules like "should" and "must", then feeling guilty',
    cues: /\b(?:should(?:n'?t)?|must(?:n'?t)?|ought to|have to be|supposed to)\b/i,
  },
  {
    id: 'labelling', name: 'labelling',
    explain: 'calling yourself a name instead of describing what happened',
    cues: /\b(?:i'?m|i am|i'm such|i am such|what) an? (?:failure|loser|idiot|mess|disappointment|burden|fraud|terrible \w+|bad \w+|joke|waste|freak|screw-?up)\b|\bi'?m (?:stupid|pathetic|worthless|useless|disgusting|broken)\b/i,
  },
  {
    id: 'personalisation', name: 'personalising or blaming',
    explain: 'taking all the blame for something that had many causes, or putting it all on someone else',
    cues: /\b(?:my fault|because of me|i caused|i ruin|i ruined|i made (?:them|him|her|it)|it'?s all (?:on )?me|their fault|his fault|her fault)\b/i,
  },
];

/** The traps whose cues appear in the thought, at most three, most specific first. */
export function spotDistortions(thought: string): Distortion[] {
  const found = DISTORTIONS.filter((d) => d.cues.test(thought));
  // Labelling and mind-reading are more specific than the generic "always/never" cue.
  const order = ['labelling', 'mind_reading', 'fortune_telling', 'personalisation', 'should_statements', 'emotional_reasoning', 'disqualifying_positive', 'mental_filter', 'all_or_nothing', 'magnification', 'overgeneralisation'];
  return found.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)).slice(0, 3);
}
