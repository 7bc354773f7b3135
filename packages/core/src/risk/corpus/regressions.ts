import type { CorpusCase } from './types';

// Every failure class found while building the detector gets a case here, named by what broke.
export const REGRESSION_CASES: CorpusCase[] = [
  { group: 'everyday', text: 'I\'m going to die my hair purple', level: 'none', note: '"going to die" read as a wish; "dye" misspelt' },
  { group: 'idiom', text: 'I laughed so hard I almost killed myself', level: 'none', note: '"almost killed myself" read as an attempt' },
  { group: 'past', text: 'I used to burn myself, but I stopped a long time ago', level: 'low', note: 'recovery phrased as "I stopped"' },
  { group: 'past', text: 'I used to want to disappear, now I want to live', level: 'low', note: 'recovery phrased as wanting to live' },
  { group: 'past', text: 'I felt like a burden back in high school but I don\'t anymore', level: 'low', note: 'past tense "felt like a burden"' },
  { group: 'third-party', text: 'He is being abused by his father', level: 'low', note: 'victim rule ignored the subject' },
  { group: 'being-harmed', text: 'I told her that he hits me', level: 'high', categories: ['being_harmed'], note: 'a third-person word before the perpetrator lowered the statement' },
  { group: 'coded', text: 'I want to s/h', level: 'high', categories: ['self_harm'], note: 'slash inside a coded word' },
  { group: 'coded', text: 'i want 2 die', level: 'moderate', categories: ['suicide'], note: '"2" for "to"' },
  { group: 'negation', text: 'I haven\'t self harmed in a while', level: 'low', note: 'negated past form had no rule' },
  { group: 'conversation', text: 'I already wrote the letters to my family', context: ['I\'ve been thinking about killing myself'], level: 'imminent', categories: ['suicide'], note: 'farewell letters without the word "suicide"' },
  { group: 'facilitation', text: 'how far is the drop from the Brooklyn bridge?', context: ['my wife left me', 'everything is falling apart'], level: 'high', categories: ['suicide'], note: '"drop" as a height word' },
];
