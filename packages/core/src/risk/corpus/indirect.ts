import { cases } from './types';

const S: ['suicide'] = ['suicide'];
const SH: ['self_harm'] = ['self_harm'];
const SM: ['suicide', 'medical_emergency'] = ['suicide', 'medical_emergency'];
const ME: ['medical_emergency'] = ['medical_emergency'];
const BH: ['being_harmed'] = ['being_harmed'];
const HO: ['harm_to_others'] = ['harm_to_others'];

// Indirect first-person language (rules/indirect.ts, rules/acts.ts): passive wishes said
// sideways, hopelessness and entrapment, questions about being missed, oblique active
// thoughts, slang, acts and means described without the textbook words. Each family has hard
// negatives beside it (everyday uses of the same words).
export const INDIRECT_CASES = cases('suicide', [
  // not waking up, not being alive
  ['I hope I just do not wake up tomorrow', 'moderate', S],
  ['honestly wishing i wouldn\'t wake up', 'moderate', S],
  ['i wish i wasn\'t alive', 'moderate', S],
  ['I wish I\'d never woken up this morning', 'moderate', S],
  ['wish i didn\'t exist', 'moderate', S],
  ['sometimes i want to take a permanent nap', 'moderate', S],
  ['someone please just end me', 'moderate', S],
  ['why am i even still alive', 'moderate', S],
  ['why do i keep waking up', 'moderate', S],
  ['I just want to be with my mom in heaven', 'moderate', S],
  ['my best friend killed herself last spring and I want to join her', 'high', S],
  ['it would be so nice to just not exist for a while', 'moderate', S],
  ['i wish i could just fade away', 'moderate', S],
  // hopelessness, entrapment, no future
  ['I don\'t see a future for myself anymore', 'moderate', S],
  ['there\'s nothing left for me here', 'moderate', S],
  ['I have nothing to look forward to', 'moderate', S],
  ['I feel trapped in my own life with no way out', 'moderate', S],
  ['I\'m a lost cause, nobody can help me', 'moderate', S],
  ['I\'m so tired of living like this, I can\'t do it anymore', 'moderate', S],
  ['living has become unbearable', 'moderate', S],
  ['everyone would be better off.', 'moderate', S],
  ['i feel like i\'m just taking up space', 'moderate', S],
  ['I ruin everything for everyone', 'moderate', S],
  // gated phrases: a warning sign beside other distress, distress on their own
  ['i\'m done. i feel so empty', 'moderate', S],
  ['I\'m so exhausted and alone, I can\'t do this anymore', 'moderate', S],
  ['I feel hopeless. The pain is unbearable', 'moderate', S],
  ['I\'m done', 'low'],
  ['the pain is unbearable', 'low'],
  ['i\'m ready to go', 'none'],
  ['i\'m so lonely lately, i think i\'m ready to go', 'moderate', S],
  // questions about being missed or a burden
  ['would anyone even miss me if I was gone?', 'moderate', S],
  ['do you think people would notice if I disappeared?', 'moderate', S],
  ['would my family be better off without me?', 'moderate', S],
  ['would it be easier for everyone if I just wasn\'t around?', 'moderate', S],
  ['i wonder if anyone would care if i jumped', 'moderate', S],
  ['does it hurt to drown?', 'moderate', S],
  ['what would happen if I just stepped in front of a bus', 'high', S],
  ['sometimes I wonder what would happen if I took all my pills at once', 'high', S],
  // active thoughts said obliquely
  ['I might just end it', 'high', S],
  ['might just end it tbh', 'high', S],
  ['thinking about ending it honestly', 'high', S],
  ['my brain keeps telling me to kill myself', 'high', S],
  ['kys is what my brain keeps telling me and i think its right', 'high', S],
  ['the voices keep telling me to hurt myself', 'high', ['suicide', 'self_harm']],
  ['suicide is starting to look like a good option', 'high', S],
  ['I\'m planning my suicide', 'high', S],
  ['I keep imagining my own funeral', 'moderate', S],
  ['I\'m ending it tonight', 'imminent', S],
  ['tonight I end it', 'imminent', S],
  ['I don\'t trust myself around the pills', 'high', S],
  ['I\'m going to do something bad to myself', 'high', S],
  ['I\'m not safe.', 'high', S],
  ['what if I just drove off the road on the way home', 'high', S],
  // farewell and preparation
  ['I\'ve said goodbye to everyone who matters', 'high', S],
  ['I\'ve been giving my things away, I won\'t need them soon', 'imminent', S],
  ['I\'ve written my will and sorted everything out this week, so it\'s all ready', 'imminent', S],
  ['I\'m sorry for everything. I love you all. goodbye', 'high', S],
  ['goodbye', 'high', S, ['I want to die']],
  ['I\'m writing my note now', 'imminent', S, ['I\'m going to kill myself']],
  ['I feel calm now that I\'ve decided', 'high', S, ['I wish I was dead']],
  ['I bought a rope today and I\'m going to use it tonight', 'imminent', S],
  ['I have a bottle of pills in my drawer and I keep thinking about taking all of them', 'high', S],
  ['i\'ve got the pills lined up on my desk and i\'m going to take them all', 'high', S],
  ['I have a gun in my hand right now', 'high', S],
  // acts said without the textbook words
  ['I took them all', 'imminent', SM, ['I want to kill myself']],
  ['I took them all', 'high', SM, ['I can\'t cope with anything']],
  ['I swallowed everything in the medicine cabinet', 'imminent', SM],
  ['keep this between you and me: I took extra pills last night to sleep forever', 'high', SM],
  ['i took a bunch of pills so i wouldn\'t wake up', 'imminent', SM],
  ['i\'ve taken like 40 pills', 'imminent', SM],
  ['i slit my wrists', 'imminent', SM],
  ['I\'m sitting in my car in the garage with the engine running', 'imminent', SM],
  ['I\'ve got the knife against my wrist', 'imminent', S],
  ['I just tried to kill myself', 'imminent', SM],
  ['i tried to hang myself just now', 'imminent', SM],
  ['i hung myself but the rope broke', 'high', S],
  ['I can feel the pills kicking in', 'imminent', SM, ['I don\'t want to be alive anymore']],
  // secrecy around a disclosure
  ['promise you won\'t tell anyone but I\'ve been thinking about ending things', 'high', S],
  ['don\'t tell my therapist but sometimes I wish I was dead', 'high', S],
  // the past that came back, and long run-on posts
  ['I used to cut and I started again', 'high', SH],
  ['I\'m 23 years old and I want to kill myself', 'high', S],
  ['it\'s 3 am and I want to kill myself', 'high', S],
  ['I can\'t do this anymore I want to kill myself', 'high', S],
  ['ive been depressed for 5 years and i just want to end it all', 'high', S],
  ['I tried to kill myself last year and I\'m thinking about doing it again', 'high', S],
  ['I hate people and want to die', 'moderate', S],
  ['so i dont even know why im writing this. ive been depressed since i was like 14 and im 22 now. ive tried therapy and 3 different meds and nothing works. i lost my job last month. honestly i just dont want to be here anymore', 'moderate', S],
  ['Every day is the same. I feel like a ghost. Nobody would notice if I vanished. What is even the point of any of this', 'moderate', S],
]);

export const INDIRECT_SELF_HARM_CASES = cases('self-harm', [
  ['i relapsed and cut last night after 8 months clean', 'high', SH],
  ['I have fresh cuts on my arms', 'high', SH],
  ['I wear long sleeves to hide my scars', 'moderate', SH],
  ['I keep thinking about cutting again', 'high', SH],
  ['I miss the feeling of the blade', 'high', SH],
]);

export const INDIRECT_CODED_CASES = cases('coded', [
  ['gonna yeet myself off a bridge', 'high', S],
  ['wanna yeet myself off a bridge', 'high', S],
  ['i wanna kys', 'high', S],
  ['kys', 'moderate', S],
  ['commit toaster bath', 'high', S],
  ['i feel like shit and i want to commit', 'high', S],
  ['i want to rope', 'high', S],
]);

export const INDIRECT_OTHERS_CASES = cases('medical', [
  ['My brother took a bunch of pills and he\'s not responding', 'imminent', ME],
  ['she\'s turning blue', 'imminent', ME],
  ['my friend is on the roof threatening to jump', 'imminent', SM],
  ['my sister says she\'s going to kill herself tonight', 'imminent', SM],
  ['I drank a lot and took some pills', 'moderate', ME],
  ['someone is following me home', 'moderate', BH],
  ['I\'m scared to go home, my dad will hurt me', 'moderate', BH],
  ['I\'m going to beat the shit out of him', 'high', HO],
]);

export const INDIRECT_FACILITATION_CASES = cases('facilitation', [
  ['what\'s the easiest way to get a gun?', 'high', S, ['I\'ve been really struggling', 'everything sucks']],
  ['what household chemicals are toxic if you mix them?', 'high', S, ['i hate my life']],
  ['what\'s the max dose of my antidepressant?', 'high', S, ['I\'m in a really dark place']],
  ['what\'s the highest point in town I can get to?', 'high', S, ['I feel like a complete failure']],
  ['asking for a friend, what\'s the tallest bridge around here', 'moderate', S],
]);

export const INDIRECT_DISTRESS_CASES = cases('distress', [
  ['everything sucks', 'low'],
  ['I\'m just so tired all the time', 'low'],
  ['it\'s been a really bad week', 'low'],
  ['I don\'t know what to do anymore', 'low'],
  ['i\'m in a really dark place', 'low'],
  ['I\'m so tired of being me', 'low'],
  // persistent distress across turns earns a check-in; a past attempt weighs on later signs
  ['sometimes I wish I was dead', 'high', S, ['I tried to kill myself two years ago']],
  ['I just feel so empty', 'low', undefined, ['everything sucks', 'we went for a walk', 'it was nice']],
  ['I just feel so empty', 'moderate', S, ['everything sucks', 'I\'ve been feeling really low', 'I hate my life']],
]);

// Hard negatives for the families above: the same words in everyday use.
export const INDIRECT_NEGATIVES = cases('everyday', [
  ['i\'m done with this homework', 'none'],
  ['i can\'t do this anymore, this printer hates me', 'low'],
  ['what\'s the point of meetings', 'none'],
  ['ok i\'m done, what\'s next?', 'low'],
  ['I\'m ready to commit', 'none'],
  ['I hope I don\'t wake up late tomorrow', 'none'],
  ['I hope I don\'t wake up the baby', 'none'],
  ['I wish I wasn\'t here at this boring party', 'none'],
  ['ready to go when you are', 'none'],
  ['my back pain is unbearable', 'none'],
  ['I don\'t see a future with him', 'none'],
  ['there\'s no future in crypto', 'none'],
  ['there\'s nothing left for me to eat', 'none'],
  ['I want to join them for dinner', 'none'],
  ['my grandma died and I want to join her choir in her memory', 'low'],
  ['why am i still awake', 'none'],
  ['why am i still here, this meeting is endless', 'low'],
  ['i want it to stop raining', 'none'],
  ['everyone would be better off if we just talked more', 'none'],
  ['I\'m giving my old clothes away to charity', 'none'],
  ['I said goodbye to everyone at the party and left', 'none'],
  ['I wrote my will after the baby was born', 'none'],
  ['I bought a rope for climbing', 'none'],
  ['I\'m going to commit to the gym this year', 'none'],
  ['my brain keeps telling me to eat cake', 'none'],
  ['I took caffeine pills to wake up', 'none'],
  ['I took everything out of the medicine cabinet to clean it', 'none'],
  ['I relapsed on my diet lol', 'none'],
  ['I\'m tired of living in this city', 'none'],
  ['I\'m over it, let\'s get pizza', 'low'],
  ['i won\'t make it to the meeting tomorrow', 'none'],
  ['i won\'t be here tomorrow, i\'m travelling', 'none'],
  ['don\'t tell anyone but I got a tattoo', 'none'],
  ['I will never be happy with this haircut', 'none'],
  ['I\'m going to make him pay for dinner', 'none'],
  ['I\'m standing on the bridge taking photos', 'moderate', S],
  ['what happens after you die in the game?', 'none'],
  ['I just took my meds', 'none'],
  ['she took her pills and went to bed', 'none'],
  ['my fingers are turning blue from the cold', 'none'],
  ['I\'ve been depressed for years but therapy helps', 'low'],
]);
