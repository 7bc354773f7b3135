import { cases } from './types';

const SH: ['self_harm'] = ['self_harm'];
const SHM: ['self_harm', 'medical_emergency'] = ['self_harm', 'medical_emergency'];

export const SELF_HARM_CASES = cases('self-harm', [
  // thoughts of deserving pain → moderate
  ['I deserve to feel pain', 'moderate', SH],
  ['I keep punishing myself for everything', 'moderate', SH],
  ['I\'ve been starving myself again', 'moderate', SH],
  ['I punched a wall', 'moderate', SH],
  ['I hurt myself', 'moderate', SH],
  // urges → high
  ['I want to cut so bad right now', 'imminent', SH],
  ['I really want to cut again', 'high', SH],
  ['The urge to self harm is so strong today', 'high', SH],
  ['I want to hurt myself', 'high', SH],
  ['I need to hurt myself to feel something', 'high', SH],
  ['I\'m fighting the urge to cut', 'high', SH],
  ['sh urges are bad tonight', 'imminent', SH],
  ['I want to burn myself', 'high', SH],
  ['I\'m craving the blade', 'high', SH],
  // acts → high
  ['I cut myself last night', 'high', SH],
  ['I\'ve been cutting my thighs', 'high', SH],
  ['I self harmed again', 'high', SH],
  ['I relapsed on self harm after 3 months', 'high', SH],
  ['I burned my arm with a lighter on purpose', 'high', SH],
  ['I keep scratching my skin until it bleeds', 'high', SH],
  ['I hurt myself on purpose when I\'m angry', 'high', SH],
  ['I\'ve been self-harming for a year', 'high', SH],
  ['I carved his name into my arm', 'high', SH],
  ['I still cut sometimes', 'high', SH],
  ['I self harm to cope', 'high', SH],
  ['I hit myself until I bruise', 'high', SH],
  // act under way → imminent
  ['I\'m cutting right now', 'imminent', SH],
  ['I cut too deep and it won\'t stop bleeding', 'imminent', SHM],
  ['I cut myself and I\'m bleeding a lot', 'imminent', SHM],
  ['I think I need stitches, I cut myself', 'imminent', SHM],
  // history → moderate
  ['I cut myself when I was a teenager', 'moderate', SH],
  ['I used to self harm', 'moderate', SH],
  // round 3: hitting walls until injured, craving the sting, reaching for the blade
  ['i punched the wall until my knuckles bled', 'high', SH],
  ['craving the sting again', 'high', SH],
  ['tempted to reach for the blade again', 'high', SH],
]);
