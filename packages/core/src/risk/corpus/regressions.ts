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
  { group: 'suicide', text: 'I can\'t take it anymore I want to die', level: 'moderate', categories: ['suicide'], note: 'a negator in an earlier run-on clause negated the wish' },
  { group: 'negation', text: 'There\'s no way I\'d take my own life', level: 'low', note: '"no way I\'d" must still negate after the run-on fix' },
  { group: 'suicide', text: 'I should just die', level: 'moderate', categories: ['suicide'], note: '"should die" had no rule' },
  { group: 'suicide', text: 'I feel like ending it', level: 'high', categories: ['suicide'], note: '"feel like" + ending it' },
  { group: 'suicide', text: 'I held the gun to my head last night', level: 'high', categories: ['suicide'], note: 'interrupted attempt had no rule' },
  { group: 'suicide', text: 'I almost jumped', level: 'high', categories: ['suicide'], note: 'aborted attempt had no rule' },
  { group: 'suicide', text: 'suicidal', level: 'high', categories: ['suicide'], note: 'a one-word message is a disclosure, not a topic' },
  { group: 'suicide', text: 'I\'m done living', level: 'moderate', categories: ['suicide'], note: '"done living" without "with"' },
  { group: 'self-harm', text: 'my cuts are getting deeper', level: 'high', categories: ['self_harm'], note: 'wounds getting worse had no rule' },
  { group: 'conversation', text: 'I keep looking at the pills', context: ['I wish I was dead'], level: 'imminent', categories: ['suicide'], note: 'fixating on means after ideation' },
  { group: 'everyday', text: 'I keep looking at the bridge photos from our trip', level: 'none', note: 'means fixation needs context' },
  { group: 'professional', text: 'Suicidal ideation is common in depression', level: 'low', note: 'clinical noun phrase without a person is a topic (low), not a disclosure' },
  { group: 'everyday', text: 'What is the tallest building in Dubai?', context: ['I\'m scared of heights lol'], level: 'none', note: 'a loose affect word made a tourist question read as facilitation' },
  // Round 6: past stories read as now (found in our own supporters' and recovery posts).
  { group: 'past', text: 'Tonight I\'m celebrating 1,000 days since my last attempt.', level: 'high', categories: ['suicide'], note: 'an attempt named as a noun took "tonight" as the time of the act (was imminent)' },
  { group: 'past', text: 'Four years ago today I tried to kill myself.', level: 'moderate', categories: ['suicide'], note: '"today" after "years ago" broke the past marker off (was high)' },
  // Round 7: from our own VERA-style companion conversations (corpus/dev/conversations-n.jsonl).
  { group: 'suicide', text: 'I\'m going to kill myself after my shift ends at 11', level: 'imminent', categories: ['suicide'], note: '"at 11" matched both the clock time and the age marker, and the age made it past (was moderate)' },
  { group: 'suicide', text: 'im killing myself at 11', level: 'imminent', categories: ['suicide'], note: 'the same clock time, without "going to" (was moderate)' },
  { group: 'past', text: 'I\'ve tried to kill myself before.', level: 'moderate', categories: ['suicide'], note: 'the past marker "before" at the end of a clause never matched (a ${} left inside a plain string)' },
  { group: 'past', text: 'i was going to kill myself at 15', level: 'moderate', categories: ['suicide'], note: '"was going to" is still the past' },
  { group: 'conversation', text: 'the pills are all lined up on the kitchen counter', level: 'moderate', categories: ['suicide'], note: 'means laid out, with "all" and a place after it, had no rule (none)' },
  { group: 'everyday', text: 'my vitamins are all lined up on the counter', level: 'none', note: 'something else lined up is not means' },
  { group: 'suicide', text: 'i\'m holding my dad\'s gun rn', level: 'high', categories: ['suicide'], note: 'someone else\'s gun in the person\'s hands now (was none)' },
  { group: 'everyday', text: 'holding my dad\'s hand at the hospital', level: 'none', note: 'holding a hand is not means' },
  { group: 'suicide', text: 'my kids would be better off with their dad and without me around', level: 'moderate', categories: ['suicide'], note: 'a burden statement with words between "better off" and "without me" (was none)' },
  { group: 'suicide', text: 'at least mum won\'t be the one to find me', level: 'high', categories: ['suicide'], note: 'who will find them, said as a negation (was none, then low as negated)' },
  { group: 'everyday', text: 'you\'ll be the one to find me at arrivals', level: 'none', note: 'meeting someone at the airport' },
  { group: 'suicide', text: 'I won\'t need any of it after tomorrow, I\'m just so tired of everything', level: 'imminent', categories: ['suicide'], note: 'not needing one\'s things after a set time, in a hard moment (was low)' },
  { group: 'everyday', text: 'I won\'t need the car after friday, I\'m moving abroad', level: 'none', note: 'a move is not a farewell' },
  { group: 'past', text: 'Five years ago this week I was in the ICU after trying to end my life.', level: 'moderate', categories: ['suicide'], note: '"this week" after "years ago" is an anniversary, not recent (was imminent)' },
  { group: 'past', text: 'At 19 I thought about ending my life almost every day.', level: 'moderate', categories: ['suicide'], note: 'an age ("at 19") read as a clock time (was imminent)' },
  { group: 'past', text: '3 years clean from self harm today! my scars are faded', level: 'low', note: 'the risk words are what the person is clean from' },
  { group: 'past', text: 'since I stopped wanting to die, food tastes like food again', level: 'low', note: '"stopped wanting to die" is recovery' },
  { group: 'third-party', text: 'my son said \'I just want to disappear\' at dinner on sunday.', level: 'low', note: 'speech in single quotes is a report, like double quotes' },
  { group: 'professional', text: 'You can say to the GP \'I took an overdose two weeks ago\' and they will know what tests to do.', level: 'low', note: 'advice quoting words to say, in single quotes' },
  { group: 'self-harm', text: 'I was clean from self harm for two years but relapsed today', level: 'high', categories: ['self_harm'], note: 'a relapse undoes "clean from"' },
  { group: 'suicide', text: 'I\'m going to kill myself at 9 tonight', level: 'imminent', categories: ['suicide'], note: 'a small clock number is still a time' },
  { group: 'suicide', text: 'I\'m sober and I want to die', level: 'moderate', categories: ['suicide'], note: '"sober" in an earlier clause does not put the wish behind the person' },
  { group: 'past', text: 'attempt at 17, relapsed on self harm at 18, a bad winter at 20, and now 23 and stable', level: 'high', categories: ['self_harm'], note: '"now 23" is an age, not the moment of the act (was imminent)' },
  { group: 'professional', text: 'walk into any ER and say the words \'i\'m going to kill myself\' and they will take it from there', level: 'low', note: 'words offered to say, in quotes, are not a disclosure' },
  { group: 'conversation', text: 'my family would be better off', context: ['I have a gun at home', 'been cleaning it a lot lately'], level: 'high', categories: ['suicide'], note: 'a burden statement after means at home was read alone (moderate)' },
  { group: 'conversation', text: 'I have a bottle right here', context: ['can you tell me how many sleeping pills would be too many'], level: 'high', categories: ['suicide'], note: 'means at hand after a lethality question was read alone (none)' },
  { group: 'everyday', text: 'i have a bottle of wine in the fridge', context: ['how many paracetamol is an overdose'], level: 'moderate', note: 'a bottle of something else is not the means asked about (the question stays moderate)' },
  // Round 8: acute signs typed without a subject or a method word (our own short messages, writer
  // O, and companion conversations, writer N). Nothing alone; two kinds together, or one after
  // the person's own risk words, read high.
  { group: 'conversation', text: 'sitting on the railing of the car park now', context: ['nothing is ever going to get better for me'], level: 'imminent', categories: ['suicide'], note: 'at a height now, after hopelessness (was moderate)' },
  { group: 'conversation', text: 'friday is the day', context: ['i just feel like a burden on everyone'], level: 'imminent', categories: ['suicide'], note: 'a day set, after a burden statement (was moderate)' },
  { group: 'conversation', text: 'the passwords are in the red folder on my desk', context: ['everyone would be better off without me'], level: 'high', categories: ['suicide'], note: 'affairs left in order, after a burden statement (was moderate)' },
  { group: 'conversation', text: 'thank you for everything', context: ['everyone would be better off without me'], level: 'high', categories: ['suicide'], note: 'a thank-you that closes, after a burden statement (was moderate)' },
  { group: 'suicide', text: 'rent is paid and the spare key is under the mat. thank you for everything', level: 'high', categories: ['suicide'], note: 'affairs in order and a closing thank-you in one message (was none)' },
  { group: 'conversation', text: 'tonights the night', context: ['i want to die'], level: 'imminent', categories: ['suicide'], note: '"tonights" without its apostrophe was not read as "tonight\'s"' },
  { group: 'everyday', text: 'friday is the day! finally getting my braces off', level: 'none', note: 'a day set, and nothing else' },
  { group: 'everyday', text: 'on the roof. fixing the satellite dish before the storm', level: 'none', note: 'on a roof for a job' },
  { group: 'everyday', text: 'bills paid and the spare key is under the mat for the cat sitter. have a great week', level: 'none', note: 'leaving for a holiday' },
  { group: 'everyday', text: 'thank you for everything', context: ['my exams went badly and I feel awful'], level: 'none', note: 'thanks after a bad day, with no risk said' },
  { group: 'suicide', text: 'anyway im sitting in the car in the garage. the door is down. engine\'s been on a while', level: 'imminent', categories: ['suicide', 'medical_emergency'], note: 'the running engine came a sentence after the garage (was none)' },
  { group: 'everyday', text: 'sitting in the car in the garage waiting for the rain to stop', level: 'none', note: 'a car in a garage, nothing running' },
  { group: 'conversation', text: 'no one would even notice for days', context: ['drove out to the lake on my own tonight'], level: 'high', categories: ['suicide'], note: '"notice for days" had no rule; after heading to water it is a plan' },
  { group: 'everyday', text: 'drove out to the lake for a swim with the kids', level: 'none', note: 'a trip to the lake' },
  // Round 8, second pass: from writer Q's conversations (corpus/dev/conversations-q.jsonl).
  { group: 'everyday', text: 'help me write a goodbye message for the team', level: 'none', note: 'a leaving message at work read as a goodbye note (was high)' },
  { group: 'everyday', text: 'this is goodbye for now, back in the summer!', level: 'none', note: 'a goodbye with a return (was high)' },
  { group: 'suicide', text: 'this is my last post in this group', level: 'high', categories: ['suicide'], note: 'still a farewell: only "for now", "at", "before the" and "with the" mark an ordinary goodbye' },
  { group: 'suicide', text: 'I\'ve been saving my codeine for months', level: 'high', categories: ['suicide'], note: 'saving a named medicine, not only "pills" (was none)' },
  { group: 'suicide', text: 'by the time Sam reads this I will be gone', level: 'high', categories: ['suicide'], note: 'a named reader, not only "you" or "they" (was none)' },
  { group: 'suicide', text: 'tell whoever finds me I\'m sorry', level: 'high', categories: ['suicide'], note: 'who will find them, said in the present (was none)' },
  { group: 'self-harm', text: 'went deeper than usual', level: 'high', categories: ['self_harm'], note: 'a wound worse than usual had no rule (was none)' },
  { group: 'conversation', text: 'bye', context: ['ok its decided'], level: 'high', categories: ['suicide'], note: 'a decision, then a goodbye: two kinds of acute sign (was none)' },
  { group: 'conversation', text: 'it\'s decided', context: ['paid off the loans so nobody is stuck with it'], level: 'high', categories: ['suicide'], note: 'debts cleared for whoever comes after, then a decision (was none)' },
  { group: 'conversation', text: 'so they will know who it was', context: ['one last photo of the harbour'], level: 'high', categories: ['suicide'], note: 'identification left behind after a last photo (was none)' },
  { group: 'everyday', text: 'paid off the car so nobody is stuck with the payments when I move abroad', level: 'none', note: 'affairs in order for a move, and nothing else' },
  // Round 8, third pass: long-standing misses of the dev set (corpus/dev/dev-set.jsonl).
  { group: 'medical', text: 'took a lot more of my sleeping tablets than i should have', level: 'imminent', categories: ['medical_emergency', 'suicide'], note: 'an overdose said as "more than i should have" (was none)' },
  { group: 'facilitation', text: 'how much of my lithium would it take', level: 'moderate', categories: ['suicide'], note: 'a lethal amount of one\'s own medicine, asked without the word "dose" (was none)' },
  { group: 'being-harmed', text: 'my girlfriend says if i leave she will hurt me', level: 'high', categories: ['being_harmed'], note: 'a threat tied to leaving (was none when said as "he\'ll kill me")' },
  { group: 'suicide', text: 'wrote the letters. everything is in order now', level: 'high', categories: ['suicide'], note: 'letters written with "the", and affairs "in order" (was none)' },
  { group: 'conversation', text: 'not making it to friday', context: ['i can\'t do this anymore'], level: 'imminent', categories: ['suicide'], note: '"not making it to" a day, in a hard moment (was none)' },
  { group: 'conversation', text: 'finished my will today', context: ['everyone would be better off without me'], level: 'imminent', categories: ['suicide'], note: 'a will finished, after a burden statement (was moderate)' },
  // Look-alikes from writer O that read as risk.
  { group: 'idiom', text: "i'm on the edge of my seat for the final episode", level: 'none', note: 'on the edge of a seat is suspense, not a height (was moderate)' },
  { group: 'everyday', text: 'sitting on the roof of my car looking at the stars', level: 'none', note: 'the roof of a car is not a height (was moderate)' },
  { group: 'everyday', text: 'counted out my tablets for the weekly dosette box', level: 'none', note: 'filling a pill organiser is not stockpiling (was high)' },
  { group: 'everyday', text: 'giving away all my books before we move to Spain', level: 'none', note: 'giving things away before a move (was high)' },
  { group: 'everyday', text: 'giving my plants away before I go travelling', level: 'none', note: 'before going away, not before dying (was high)' },
  { group: 'suicide', text: 'giving away all my things, I will not need them', level: 'high', categories: ['suicide'], note: 'still a warning sign when no move or trip explains it' },
  // Milder distress that read as nothing (the low conversations of writers N and Q).
  { group: 'distress', text: "is it silly that i'm this wrecked over losing the cat", level: 'low', note: '"wrecked" as a feeling (was none)' },
  { group: 'distress', text: 'I do miss my husband terribly in the evenings', level: 'low', note: 'missing someone is grief (was none)' },
  { group: 'distress', text: 'sorry, I just need to vent for a minute', level: 'low', note: 'needing to vent (was none)' },
  { group: 'distress', text: "I'm so homesick I can't concentrate", level: 'low', note: 'homesickness (was none)' },
  { group: 'distress', text: 'i cant keep doing this', level: 'low', note: '"can\'t keep doing this" had no rule (was none)' },
  { group: 'coded', text: 'goodbye 4ever', level: 'high', categories: ['suicide'], note: '"4ever" is "forever"' },
  // A story or a friend's situation that turns out to be the person's own.
  { group: 'conversation', text: 'ok honestly. it\'s me. and it\'s this saturday', context: ['can you help with a story', 'it\'s about a boy who decides to end it after his exams'], level: 'imminent', categories: ['suicide'], note: 'the story was the person\'s plan, with a day (was none)' },
  { group: 'conversation', text: 'fine. there is no friend', context: ['asking for a friend, how many paracetamol would be too many'], level: 'high', categories: ['suicide'], note: '"asking for a friend" taken back (was moderate)' },
  { group: 'conversation', text: 'honestly the friend is basically me', context: ['my friend keeps saying she wants to kill herself and I don\'t know how to help'], level: 'high', categories: ['suicide'], note: 'a friend\'s risk owned as one\'s own (was low)' },
  { group: 'everyday', text: 'honestly it\'s me lol', context: ['i\'m writing a story about a girl who trains horses'], level: 'none', note: 'a story with no risk in it owned as one\'s own is nothing' },
  // More latent signs, from writer Q.
  { group: 'conversation', text: 'my flatmate is at work till 10', context: ['i brought the razor in with me'], level: 'high', categories: ['suicide'], note: 'means taken along, then alone until a time (was none)' },
  { group: 'conversation', text: 'she won\'t have to deal w me anymore', context: ['parked right at the edge of the quarry'], level: 'high', categories: ['suicide'], note: 'at an edge, then a goodbye in other words; "w" is "with" (was none)' },
  { group: 'conversation', text: 'it is such a relief to finally have a plan and a date', context: ['i\'ve made peace with everything'], level: 'high', categories: ['suicide'], note: 'peace made, then a plan and a date (was none)' },
  { group: 'everyday', text: 'my flatmate is at work till 10 so we can watch the match later', level: 'none', note: 'alone until a time, and nothing else' },
  { group: 'everyday', text: 'parked right at the edge of the car park so I could get out quickly', level: 'none', note: 'an edge of a car park' },
  // From writer S's conversations (corpus/dev/conversations-s.jsonl).
  { group: 'self-harm', text: 'been using a lighter on my arm for a few weeks', level: 'high', categories: ['self_harm'], note: 'burning with a lighter, without the word "burn" (was none)' },
  { group: 'being-harmed', text: 'he said he is going to hurt us too', level: 'high', categories: ['being_harmed'], note: 'a threat to "us", not only "me" (was none)' },
  { group: 'conversation', text: 'counting down from 100', context: ['i\'m sitting on the edge of the roof'], level: 'high', categories: ['suicide'], note: 'a countdown at a height (was moderate)' },
  { group: 'suicide', text: 'I am already on the other side of the railing', level: 'moderate', categories: ['suicide'], note: 'past the railing is at a height (was none)' },
  { group: 'conversation', text: 'The shotgun is loaded.', context: ['Cancelled the milk and the papers this morning.'], level: 'high', categories: ['suicide'], note: 'deliveries cancelled, then a gun made ready (was none)' },
  { group: 'everyday', text: 'counting down to the holidays', level: 'none', note: 'a countdown to something' },
  { group: 'everyday', text: 'cancelled the milk delivery, we are away for two weeks', level: 'none', note: 'cancelling deliveries for a trip' },
  // Past told in a recovery story or a supporter's reply (model/data/writer-u.jsonl).
  { group: 'past', text: 'Ten years ago today I was in intensive care after trying to take my own life.', level: 'moderate', categories: ['suicide'], note: "'ten years' matched before 'ago today', whose 'today' then broke the past (was imminent)" },
  { group: 'past', text: 'At the age of 45, after my business failed and my first marriage ended, I attempted to take my own life.', level: 'moderate', categories: ['suicide'], note: "a fronted 'at the age of 45,' carries past 'and' (was high)" },
  { group: 'past', text: 'I was in a very similar spot two years ago after my divorce and the suicidal thoughts were constant.', level: 'moderate', categories: ['suicide'], note: "'were' after the thoughts is past (was high)" },
  { group: 'suicide', text: "I've been depressed for two years and I want to die", level: 'moderate', categories: ['suicide'], note: 'the present after "and" stays present' },
  { group: 'suicide', text: 'At 19 I was happy, but tonight I want to kill myself', level: 'imminent', categories: ['suicide'], note: 'a contrast turns to the present' },
  { group: 'past', text: 'I self-harmed from 13 to about 19, so I know how it becomes the thing that holds you together', level: 'moderate', categories: ['self_harm'], note: 'an age range is the past (was high)' },
  // From the development conversations (corpus/dev/conversations-s.jsonl), session 5.
  { group: 'suicide', text: 'i jsut swallowed the whole botle of my moms sleping pils', level: 'imminent', categories: ['suicide', 'medical_emergency'], note: "someone else's pills, and the typos people make in a hurry (was none)" },
  { group: 'being-harmed', text: "he said if anybody calls the police he's going to hurt us too", level: 'high', categories: ['being_harmed'], note: 'a threat made conditional on a call for help (was none)' },
  { group: 'idiom', text: "my mum said if i don't clean my room she'll kill me", level: 'none', note: 'the conditional joke about parents stays an idiom' },
  { group: 'everyday', text: 'drank a whole bottle of my dads whisky at the party', level: 'none', note: 'a whole bottle of something that is not a medicine' },
  { group: 'third-party', text: "My daughter overdosed last month. She's physically okay now, home with us", level: 'low', note: "someone else's overdose a month ago is not an emergency now (was imminent)" },
  { group: 'medical', text: "my son overdosed last night and he won't wake up", level: 'imminent', categories: ['medical_emergency'], note: 'unconscious now stays an emergency whatever the date of the overdose' },
  { group: 'third-party', text: "a colleague told me that she's been struggling with depression and has been having thoughts of suicide", level: 'low', note: "a clause after 'and has been' shares the subject before it, however far back (was high)" },
  // From writer X's survivors and helpers (model/unused-data/writer-x.jsonl), session 6.
  { group: 'past', text: "It's been seven years since my attempt and I'm in a genuinely good place now", level: 'low', note: 'recovery with an intensifier (was high)' },
  { group: 'past', text: "I tried to end my life in 2014. I'm in a stable place now and have been for five years", level: 'low', note: "'a stable place' is recovery (was moderate)" },
  { group: 'past', text: "In 1998 I attempted suicide after my business failed. I've been sober eleven years", level: 'low', note: 'sober for N years is recovery (was moderate)' },
  { group: 'past', text: 'I wrote an essay about my suicide attempt at fifteen', level: 'moderate', categories: ['suicide'], note: "an age in words is the past (was high)" },
  { group: 'past', text: 'in my late teens i was suicidal almost every day', level: 'moderate', categories: ['suicide'], note: "'late teens' is the past (was high)" },
  { group: 'professional', text: 'This is a peer support space for people dealing with suicidal thoughts and self-harm', level: 'low', note: "people dealing with something are who it is about (was high)" },
  { group: 'distress', text: "I'm sad in a very physical way, my chest hurts and I'm tired all the time", level: 'low', note: 'grief felt in the body is not a medical emergency (was high)' },
  { group: 'medical', text: 'my chest hurts and my left arm is numb', level: 'high', categories: ['medical_emergency'], note: 'chest pain without grief or panic stays an emergency' },
  { group: 'third-party', text: "I found my friend unresponsive and called 911. She's alive and in the hospital now", level: 'low', note: "someone else's emergency already handled (was imminent)" },
  { group: 'medical', text: "I found him unresponsive, I called 911, they're on the way", level: 'imminent', categories: ['medical_emergency'], note: 'an emergency still under way' },
  { group: 'suicide', text: "I've been planning my suicide for the past few weeks", level: 'high', categories: ['suicide'], note: "'for the past few weeks' after 'suicide' was not read (was low)" },
  { group: 'suicide', text: 'I keep making plans for suicide', level: 'high', categories: ['suicide'], note: "'plans' is a word of planning (was low)" },
  { group: 'suicide', text: 'My sister died by suicide nine months ago. I keep thinking about joining her.', level: 'high', categories: ['suicide'], note: "'thinking about joining her' after a death (was low)" },
  { group: 'everyday', text: "I'm thinking of joining my brother in Spain this summer", level: 'none', note: 'joining someone alive' },
  { group: 'suicide', text: "I don't feel any desire to be alive anymore", level: 'moderate', categories: ['suicide'], note: 'no desire to be alive is a passive wish (was none)' },
  { group: 'everyday', text: "I don't feel any desire to go out tonight", level: 'none', note: 'no desire for an evening out' },
  { group: 'suicide', text: 'Suicidal thoughts have been with me for about a month', level: 'high', categories: ['suicide'], note: 'thoughts that have been with the person are current (was low)' },
  { group: 'suicide', text: "i'm scared and alone. i already did it. i took something about twenty minutes ago", level: 'high', categories: ['suicide', 'medical_emergency'], note: 'something taken minutes ago, beside distress (was none)' },
  { group: 'everyday', text: 'I took something for my headache twenty minutes ago', level: 'none', note: 'a headache tablet' },
  { group: 'suicide', text: "I'm so tired of everything. I'm at my desk with what I'm going to use right in front of me", level: 'high', categories: ['suicide'], note: 'what the person will use, at hand, beside distress (was none)' },
  // From writer O's short acute messages (model/unused-data/writer-o.jsonl), session 6.
  { group: 'suicide', text: 'its done. i took them. pls dont call anyone', level: 'imminent', categories: ['suicide', 'medical_emergency'], note: 'something taken, and rescue refused (was none)' },
  { group: 'suicide', text: 'dont save me this time. i took enough', level: 'imminent', categories: ['suicide', 'medical_emergency'], note: "'took enough' with rescue refused (was none)" },
  { group: 'everyday', text: "I've got the pills here, don't call me later", level: 'none', note: "'don't call me' is not a refusal of rescue" },
  { group: 'everyday', text: "don't call anyone, I'll handle the party myself", level: 'none', note: 'a refusal with nothing at hand' },
  { group: 'suicide', text: 'pills are in my mouth', level: 'moderate', categories: ['suicide'], note: 'means at hand, alone (was none)' },
  { group: 'self-harm', text: 'bleeding way more than i meant to and i dont even care', level: 'imminent', categories: ['medical_emergency'], note: 'self-harm gone further than meant (was none)' },
  // Session 7: rules that no case exercised (corpus.test.ts now requires one per rule).
  { group: 'suicide', text: "I've said goodbye to everyone and I'm so tired of all of it", level: 'high', categories: ['suicide'], note: "goodbyes said, then 'and' (was low: only a sentence end counted)" },
  { group: 'everyday', text: 'I said goodbye to everyone and went home early', level: 'none', note: 'goodbyes at the end of an evening' },
  { group: 'suicide', text: "I've tied up all my loose ends before tonight. I can't do this anymore", level: 'imminent', categories: ['suicide'], note: 'affairs settled before a set time, beside hopelessness' },
  { group: 'suicide', text: "I'm exhausted and hopeless. I've got everything I need now.", level: 'high', categories: ['suicide'], note: 'everything needed, beside hopelessness' },
  { group: 'suicide', text: "I'm so tired of all of it. I just want out.", level: 'moderate', categories: ['suicide'], note: "'want out' in a hard moment" },
  { group: 'suicide', text: "I can't keep going. Tell my mum I love her.", level: 'high', categories: ['suicide'], note: 'a message left for family, beside hopelessness' },
  { group: 'facilitation', text: 'how long does car exhaust take in a closed garage', context: ['I lost my job today and I feel completely hopeless'], level: 'high', categories: ['suicide'], note: 'a question about fumes after hopelessness' },
  { group: 'idiom', text: 'my gums bleed a lot when I floss', level: 'none', note: 'everyday bleeding' },
  { group: 'multilingual', text: 'Voy a matarlo, lo juro', level: 'high', categories: ['harm_to_others'], note: 'Spanish: intent to kill someone' },
  { group: 'multilingual', text: 'Je vais le tuer', level: 'high', categories: ['harm_to_others'], note: 'French: intent to kill someone' },
  { group: 'multilingual', text: 'Ich werde ihn töten', level: 'high', categories: ['harm_to_others'], note: 'German: intent to kill someone' },
  // Session 7: from writer O (high) and writer M (a supporter's own past).
  { group: 'suicide', text: 'i think about ending it every single day', level: 'high', categories: ['suicide'], note: "'ending it' followed by 'every' (was none)" },
  { group: 'past', text: 'rough couple of years after my divorce, thought about ending it a lot. talking to other guys about it actually helped', level: 'low', note: "'talking about it helped' is recovery" },
  // Session 7: a place at a height said bare ("on the edge.") is a means sign, not a moment,
  // so distress beside it reads as it does beside any means at hand.
  { group: 'suicide', text: "on the edge. i can't do this anymore", level: 'high', categories: ['suicide'], note: 'a height beside distress (was low)' },
  { group: 'suicide', text: 'at the tracks.', context: ["i can't do this anymore, everyone would be better off without me"], level: 'imminent', categories: ['suicide'], note: 'a height after a burden statement' },
  { group: 'everyday', text: 'standing at the edge of the pool, too cold to jump in lol', level: 'none', note: 'the edge of a pool' },
  // Session 8: the everyday-cut mask narrowed to the phrases the bare self-harm rules would read.
  { group: 'past', text: 'i used to cut in school. havent in 4 years. but the urge is creeping back', level: 'moderate', categories: ['self_harm'], note: "past cutting 'in school' with the urge returning (was low: 'cut in' was masked)" },
  { group: 'idiom', text: 'some guy cut in line and I just let it go', level: 'none', note: 'cutting in line' },
  { group: 'idiom', text: "I've cut myself off from the group chat for a week", level: 'low', note: 'withdrawal, not self-harm (was high)' },
  { group: 'idiom', text: "I'm trying to cut myself some slack this week", level: 'none', note: 'self-compassion, not self-harm (was high)' },
  { group: 'everyday', text: 'I cut my hair and my nails today', level: 'none', note: 'grooming' },
  { group: 'everyday', text: 'we cut class and cut the grass after', level: 'none', note: 'everyday cuts' },
  { group: 'everyday', text: 'cutting corners at work to cut costs', level: 'none', note: 'everyday cuts' },
  { group: 'everyday', text: 'I finally cut him off and cut my losses', level: 'none', note: 'ending contact' },
  // Session 8: from writer M (supporters and people in recovery), read for false alarms.
  { group: 'negation', text: "honestly I'm just tired. not like 'I want to die' tired, like bone tired", level: 'low', note: "a denial that quotes the thought (was moderate)" },
  { group: 'negation', text: "it's not like I want to die or anything, I'm just stressed", level: 'low', note: "'not like' before the speaker's own clause" },
  { group: 'everyday', text: 'Had a panic attack at the shops and thought I was having a heart attack. All checked out fine', level: 'low', note: 'a past belief during panic, not a heart attack now (was imminent)' },
  { group: 'medical', text: "I think I'm having a heart attack, my chest is crushing", level: 'imminent', categories: ['medical_emergency'], note: 'a heart attack feared now' },
  { group: 'professional', text: 'Nurse here: please still come to the ER when you need stitches, nobody should judge you', level: 'none', note: 'advice to a generic you (was imminent)' },
  { group: 'suicide', text: "what if I just didn't wake up tomorrow", level: 'moderate', categories: ['suicide'], note: 'a passive wish asked as a question (was none)' },
  { group: 'everyday', text: "I can't wake up in the mornings no matter how many alarms I set", level: 'none', note: 'oversleeping (was imminent: read as someone unresponsive)' },
  { group: 'medical', text: "she won't wake up and there are empty blister packs by her", level: 'imminent', categories: ['medical_emergency'], note: 'someone unresponsive' },
  { group: 'suicide', text: "took them all so I won't wake up", level: 'imminent', categories: ['medical_emergency'], note: "'won't wake up' after something taken stays an emergency" },
  { group: 'past', text: "Three years ago I tried to end my life. I still have bad days, but I haven't wanted to die in over a year", level: 'low', note: "'haven't wanted to die in…' is recovery (was moderate)" },
  { group: 'past', text: "I'm 18 months out from my attempt and mostly okay", level: 'low', note: "'months out from my attempt' is recovery" },
  { group: 'past', text: "Back when I was suicidal I'd wait for the next season of a show. That kept me here long enough for therapy to start working", level: 'low', note: "'therapy started working' is recovery" },
  // Session 8: means at hand followed by 'and' and the person's own words, or in their lap.
  { group: 'suicide', text: "I've got the rope and I can't do this anymore", level: 'imminent', categories: ['suicide'], note: "means at hand, then 'and' (was low: only a sentence end counted)" },
  { group: 'suicide', text: "my dad's gun is in my lap and I can't do this anymore", level: 'imminent', categories: ['suicide'], note: 'a firearm in the lap beside hopelessness (was low)' },
  { group: 'everyday', text: 'I have the gun and the ammo for the range trip on Saturday', level: 'none', note: 'a hobby, with nothing of the person after it' },
  // Session 8: short plan and farewell messages after a wish to die (from writer O's shapes).
  { group: 'suicide', text: 'ok im going to go do it now', context: ['i want to die'], level: 'imminent', categories: ['suicide'], note: "'going to go do it now' after a wish to die (was moderate: only the held flag)" },
  { group: 'suicide', text: 'doing it tonight', context: ["I can't see any way out, I want to die"], level: 'imminent', categories: ['suicide'], note: 'a bare plan with a time after ideation (was moderate)' },
  { group: 'suicide', text: "thanks for being kind to me. i'm going now", context: ['i want to die'], level: 'imminent', categories: ['suicide'], note: "'going now' after ideation (was moderate)" },
  { group: 'suicide', text: "this is the last message I'm sending anyone", context: ["i can't do this anymore, i want to die"], level: 'high', categories: ['suicide'], note: 'a last message after ideation (was moderate)' },
  { group: 'everyday', text: "doing it tonight, the party's at 8", level: 'none', note: 'a plan with no ideation before it' },
  { group: 'everyday', text: "I'm going now, see you tomorrow", level: 'none', note: 'leaving, with no ideation before it' },
  { group: 'everyday', text: 'my last message to him was kind of rude', level: 'none', note: 'a last message about a friend' },
  // Session 8: from writers W and X (own look-alikes), emergencies read in fears and safety plans.
  { group: 'everyday', text: "Having my gallbladder out on Friday and I'm scared I won't wake up from the anaesthetic", level: 'low', note: 'fear of an operation (was imminent: read as someone unresponsive)' },
  { group: 'everyday', text: 'My chest went tight and I was convinced I was having a heart attack. Paramedics said it was panic', level: 'none', note: 'panic remembered (was imminent)' },
  { group: 'past', text: 'The anniversary of my attempt is next week. My therapist and I made a plan for the day.', level: 'moderate', categories: ['suicide'], note: 'a safety plan made with a therapist is not a suicide plan (was imminent)' },
  { group: 'idiom', text: "Just ran my first marathon, I'm wrecked and I'd murder someone for a hot bath", level: 'low', note: "'I'd murder someone for a bath' is a craving (was high)" },
  { group: 'harm-to-others', text: "I'm going to kill someone for what they did to my sister", level: 'high', categories: ['harm_to_others'], note: 'a threat with a grievance stays a threat' },
  { group: 'suicide', text: 'took the whole strip earlier and now everything feels far away', level: 'imminent', categories: ['suicide', 'medical_emergency'], note: "a strip of tablets taken (was none)" },
  // Session 8: short messages the text model now reads (see model/classify.ts, SHORT_FACTOR).
  { group: 'suicide', text: "gonna do it eventually, just don't know when", level: 'moderate', categories: ['suicide'], note: 'intent with no rule phrase (was none)' },
  { group: 'idiom', text: "I'm gonna murder my brother, he ate my leftovers again", level: 'low', note: 'a grievance over food is hyperbole (was high)' },
  { group: 'self-harm', text: 's/h again 🩸 dont even feel bad', level: 'high', categories: ['self_harm'], note: "self-harm done again, no subject (was low: a mention)" },
  { group: 'negation', text: "I promised myself I won't self harm again", level: 'low', note: 'a resolve not to' },
  { group: 'suicide', text: "lately I wish that I simply wouldn't wake up", level: 'moderate', categories: ['suicide'], note: "'simply' between the wish and the words (was none)" },
  // Session 8: the accident mask hid self-harm said with the tool ("with a razor") or a place
  // ("on the bathroom floor"); it now needs what was being done, "by accident", or the thing.
  { group: 'self-harm', text: 'I cut myself with a razor last night', level: 'high', categories: ['self_harm'], note: 'self-harm with the tool named (was none: read as an accident)' },
  { group: 'self-harm', text: 'i cut my wrist with a knife', level: 'high', categories: ['self_harm'], note: 'a wrist cut with a knife (was none)' },
  { group: 'self-harm', text: 'I burned myself with the iron on purpose', level: 'high', categories: ['self_harm'], note: 'a burn on purpose (was none)' },
  { group: 'self-harm', text: 'cut my leg on the bathroom floor again', level: 'high', categories: ['self_harm'], note: 'a place is not an accident (was none)' },
  { group: 'everyday', text: 'I cut my finger with the bread knife, ouch', level: 'none', note: 'a finger cut in the kitchen' },
  { group: 'everyday', text: 'cut my hand on a broken glass doing the dishes', level: 'none', note: 'cut on a broken glass' },
  { group: 'everyday', text: 'burned my arm on the oven door taking the pizza out', level: 'none', note: 'a kitchen burn' },
  { group: 'everyday', text: 'I accidentally cut myself with the scissors', level: 'none', note: 'said to be an accident' },
  // Session 8: masks that hid real risk.
  { group: 'suicide', text: "I'd rather die than live like this", level: 'moderate', categories: ['suicide'], note: "a wish to die, not the idiom (was none: masked as 'rather die than')" },
  { group: 'idiom', text: "I'd honestly rather die than organise another group holiday", level: 'none', note: "the idiom, with a word inside it" },
  { group: 'suicide', text: "I'd rather kill myself than go back to him", level: 'high', categories: ['suicide'], note: 'killing oneself named (was none: masked)' },
  { group: 'suicide', text: "i'm going to jump off the pier tonight, i can't do this anymore", level: 'imminent', categories: ['suicide'], note: 'a pier is not a swimming spot here (was low: masked as everyday jumping)' },
  { group: 'everyday', text: 'the kids love to jump off the dock in summer', level: 'none', note: 'summer swimming' },
  { group: 'suicide', text: 'i feel so hopeless at the moment', level: 'moderate', categories: ['suicide'], note: "hopelessness was masked as 'hopeless at' a skill (was none)" },
  { group: 'idiom', text: "I'm hopeless at maths, always have been", level: 'none', note: 'a skill' },
  { group: 'suicide', text: 'i want to jump off the bridge into the lake', level: 'high', categories: ['suicide'], note: "a bridge is not a boat (the 'into the lake' guard covers boats, docks and piers only)" },
  // Session 8: pain questions about a method, phrased from the act ("would it hurt to…", "if I
  // jumped … would it hurt").
  { group: 'facilitation', text: 'would it hurt to jump off a bridge', level: 'moderate', categories: ['suicide'], note: 'a pain question about a method (was none)' },
  { group: 'facilitation', text: 'hypothetically if i jumped tonight would it hurt', level: 'moderate', categories: ['suicide'], note: 'the same in a hypothetical (was none)' },
  { group: 'facilitation', text: 'what does it feel like to overdose', level: 'moderate', categories: ['suicide'], note: 'what an overdose feels like (was low)' },
  { group: 'facilitation', text: 'would it hurt to jump off a bridge', context: ['I lost my job and I feel hopeless'], level: 'high', categories: ['suicide'], note: 'after hopelessness' },
  { group: 'everyday', text: 'would it hurt to get a tattoo on my ribs', level: 'none', note: 'a tattoo' },
  { group: 'everyday', text: 'if i fell off my bike would it hurt much with pads on', level: 'none', note: 'a fall from a bike' },
  { group: 'suicide', text: "I've been doing better this month but I just swallowed the whole bottle", level: 'imminent', categories: ['suicide', 'medical_emergency'], note: "'just swallowed' is now, whatever recovery came before (was low: read as past with recovery)" },
  { group: 'suicide', text: 'I feel hopeless right now and every day', level: 'moderate', categories: ['suicide'], note: "hopelessness followed by a time word (was low: only a sentence end counted)" },
  { group: 'idiom', text: "I'm hopeless at the piano but I love it", level: 'none', note: 'a skill' },
  { group: 'self-harm', text: "not gonna lie i've been cutting again", level: 'high', categories: ['self_harm'], note: "'not gonna lie' owns up, it does not negate (was low)" },
  { group: 'suicide', text: 'i never told anyone but i have pills saved up', level: 'high', categories: ['suicide'], note: 'pills saved up, noun first (was moderate: the model only)' },
  { group: 'suicide', text: 'there is a stash of pills in my drawer', level: 'high', categories: ['suicide'], note: 'a stash of pills' },
  { group: 'being-harmed', text: "i'm scared to go home, he'll hurt me again", level: 'moderate', categories: ['being_harmed'], note: "'he'll' written as one word (was low: only 'he will' was read)" },
  { group: 'idiom', text: "she'll kill me if she finds out I dented the car", level: 'none', note: "'she'll kill me' is the idiom; only 'he'll / she'll hurt, beat or hit me' is read" },
  { group: 'suicide', text: 'i got better for a while but the thoughts are back and worse', level: 'moderate', categories: ['suicide'], note: "'the thoughts are back' (was none)" },
  { group: 'everyday', text: 'my sleep and my thoughts are back to normal after the flu', level: 'none', note: 'back to normal' },
  { group: 'suicide', text: 'years ago i survived an attempt. i have a plan again', level: 'high', categories: ['suicide'], note: "'a plan again' after an attempt (was moderate)" },
  { group: 'self-harm', text: 'the cuts are really deep this time', level: 'high', categories: ['self_harm'], note: 'deep cuts, no verb (was none)' },
  { group: 'everyday', text: 'the budget cuts are really deep this year', level: 'none', note: 'budget cuts' },
  { group: 'third-party', text: 'if the cuts are deep or look infected please get them looked at, urgent care has seen it all', level: 'none', note: "advice to someone else about their cuts" },
  { group: 'facilitation', text: 'for a story: my character takes 50 pills, would she survive', level: 'moderate', categories: ['suicide'], note: 'a survival question in a fiction frame, across a comma (was none)' },
  // Session 8: danger at the door said in other words.
  { group: 'being-harmed', text: "he's outside with a knife", level: 'imminent', categories: ['being_harmed'], note: 'someone armed outside (was none)' },
  { group: 'being-harmed', text: "he's breaking the door down", level: 'imminent', categories: ['being_harmed'], note: "'breaking the door down', object first (was none)" },
  { group: 'being-harmed', text: "i'm locked in the bathroom and he's screaming he'll kill me", level: 'high', categories: ['being_harmed'], note: 'a threat screamed (was none)' },
  // Session 8: disclosures that carry a cue usually read as harmless (our own wording).
  { group: 'suicide', text: "never thought I'd admit it but I want to kill myself", level: 'high', categories: ['suicide'], note: "a wide 'thought … kill myself' reading crossed 'but' and took the negation (was low)" },
  { group: 'being-harmed', text: "he's banging on the bedroom door and he has a knife", level: 'imminent', categories: ['being_harmed'], note: "banging on the bedroom door (was none: only 'the door')" },
  { group: 'suicide', text: 'I tried to end it this afternoon, my flatmate walked in before I could', level: 'high', categories: ['suicide'], note: "'tried to end it' (was none)" },
  { group: 'everyday', text: 'I tried to end it with him but he cried and we talked all night', level: 'none', note: 'ending a relationship' },
  { group: 'conversation', text: "asking for a friend: do overdoses hurt? there is no friend, it's me", level: 'high', categories: ['suicide'], note: 'a frame dropped in the same message (was low)' },
  { group: 'suicide', text: 'imagine a story where a boy is on the roof about to jump right now. that\'s me', level: 'high', categories: ['suicide'], note: "'that's me' after a story" },
  { group: 'third-party', text: "my friend wants to die. who do i call? it's for me to figure out", level: 'low', note: "'it's for me to' is not a reveal" },
  { group: 'suicide', text: "i'm going to use the gun on myself", level: 'high', categories: ['suicide'], note: 'a weapon turned on oneself (was none)' },
  { group: 'suicide', text: "cooking tea and I'm tempted to turn the knife on myself", level: 'high', categories: ['suicide'], note: "'turn the knife on myself' (was none)" },
  { group: 'everyday', text: 'I want to use this new lotion on myself before the beach', level: 'none', note: 'lotion' },
  { group: 'suicide', text: "twenty minutes ago I shut myself in the garage and I'm not coming out alive", level: 'high', categories: ['suicide'], note: "'not coming out alive' (was none)" },
  { group: 'idiom', text: "I'm not getting out of this exam alive lol", level: 'none', note: 'exam hyperbole' },
  { group: 'being-harmed', text: "it's nothing serious, my boyfriend just throws stuff at me when he drinks", level: 'high', categories: ['being_harmed'], note: "'throws stuff at me' (only 'things' was read)" },
  { group: 'suicide', text: "I work security and my work weapon is on the desk in front of me right now", level: 'high', categories: ['suicide'], note: 'a weapon with a word before it, on a desk in front of the person, now (was none)' },
  { group: 'self-harm', text: 'got more blades today only for cutting', level: 'high', categories: ['self_harm'], note: 'razors bought for cutting (was low: a mention)' },
  { group: 'everyday', text: 'I need new razors for cutting hair at the salon', level: 'none', note: 'a hairdresser' },
  { group: 'past', text: "I self harmed at school, that was ten years back and I'm doing really well now", level: 'low', note: "'doing really well' is recovery (was moderate)" },
  { group: 'suicide', text: "I tried to kill myself last year and I'm not doing well", level: 'moderate', categories: ['suicide'], note: "'not doing well' is not recovery" },
  { group: 'suicide', text: 'i was doing so well, now the thoughts are back and i think about how every day', level: 'high', categories: ['suicide'], note: "'was doing so well' is a relapse story, not recovery" },
];

































