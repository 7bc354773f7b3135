// The project's own utterance corpus for emotion routing, written for Kinbridge. The emotion
// shapes the wording of a reflection ("that sounds lonely") and which flow is offered first
// (anxious -> grounding, ashamed -> thought record, angry -> STOP).

export const EMOTION_CORPUS: Record<string, readonly string[]> = {
  anxious: [
    'I think I am about to have a panic attack', 'I can not stop worrying about tomorrow', 'what if something terrible happens', 'I feel sick with nerves', 'my hands are shaking', 'I am dreading the meeting', 'I keep imagining the worst',
    'I am so anxious', 'I am panicking', 'my heart is racing', 'I feel on edge', 'I am scared something bad will happen',
    'I am nervous about tomorrow', 'I cannot stop worrying', 'I feel jittery and tense', 'i am freaking out',
    'everything feels unsafe', 'my chest is tight', 'I keep thinking about what could go wrong', 'I am terrified',
    'I feel panicky', 'I am worried sick', 'my stomach is in knots',
  ],
  sad: [
    'my sister passed away and I keep thinking about her', 'I feel so down and teary', 'I have been crying all evening', 'everything reminds me of him', 'I lost my dog today', 'I feel broken hearted', 'today has been so sad',
    'I feel sad', 'I cannot stop crying', 'I miss her so much', 'I feel down', 'everything feels heavy',
    'I am heartbroken', 'I feel low today', 'i am so depressed', 'I feel hopeless about it', 'I am grieving',
    'it hurts so much', 'I feel like crying all the time', 'I am gutted', 'the sadness will not lift',
  ],
  angry: [
    'my boss screamed at me and I am furious', 'I am so frustrated with everyone', 'it is so unfair and I am angry', 'I want to yell at him', 'they ignored me again and it makes my blood boil', 'I am sick of being treated like this',
    'I am furious', 'I am so angry at him', 'I want to scream', 'this makes me so mad', 'I am pissed off',
    'I feel like punching a wall', 'I am fuming', 'they make me so angry', 'I am livid', 'i am raging',
    'I snapped at everyone', 'I am so irritated', 'I hate how they treat me',
  ],
  lonely: [
    'nobody wants to spend time with me', 'I am always on my own', 'I wish I had someone', 'I feel left out of everything', 'everyone forgot about me',
    'I feel so alone', 'nobody cares about me', 'I have no one to talk to', 'I feel isolated', 'I am lonely',
    'everyone has someone except me', 'no one texts me back', 'I feel invisible', 'I have no friends',
    'I spend every night on my own', 'nobody understands me',
  ],
  ashamed: [
    'I am worthless and nobody wants me around', 'I feel humiliated', 'I made a fool of myself', 'I hate who I am', 'I am such a disappointment', 'I feel like a fraud', 'I am so embarrassed about what happened',
    'I am so ashamed', 'I feel guilty', 'I hate myself for what I did', 'I am embarrassed', 'I feel like a failure',
    'I am disgusting', 'I let everyone down', 'I should not have said that', 'i feel so stupid', 'I am a burden',
    'I am worthless', 'I cannot face anyone after that',
  ],
  overwhelmed: [
    'I have a hundred things due tomorrow', 'I can not handle all of this', 'too many people need things from me', 'my to do list is endless', 'everything is happening at once',
    'I am overwhelmed', 'there is too much to do', 'I cannot cope with everything', 'it is all too much',
    'I am drowning in work', 'I do not know where to start', 'I am stretched too thin', 'everything is piling up',
    'I am so stressed', 'I cannot keep up', 'my head is spinning with everything',
  ],
  numb: [
    'I feel like I am watching my life from outside', 'I am not really here', 'I can not feel anything at all', 'I am completely shut down',
    'I feel numb', 'I feel nothing', 'I am empty inside', 'I feel flat', 'nothing matters', 'I feel disconnected',
    'I am just going through the motions', 'I feel like a ghost', 'i dont feel anything anymore', 'everything is grey',
  ],
  okay: [
    'I feel good today', 'things went well', 'I am in a good mood', 'I am calm now', 'all good here',
    'I am okay', 'I feel calm', 'I am fine today', 'things are alright', 'I feel better', 'I am doing well',
    'today was good', 'I feel settled', 'i am happy today', 'I feel relieved', 'I am proud of myself',
    'I had a nice day', 'hello', 'hi there', 'thanks',
  ],
};

/** Sentences that name each emotion back to the person, in plain words. */
export const EMOTION_REFLECTIONS: Record<string, readonly string[]> = {
  anxious: ['That sounds really frightening.', 'That sounds scary to sit with.', 'No wonder you feel on edge.'],
  sad: ['That sounds really painful.', 'That is a lot of sadness to carry.', 'That sounds so heavy.'],
  angry: ['That sounds infuriating.', 'Anyone would feel angry about that.', 'That sounds really maddening.'],
  lonely: ['That sounds really lonely.', 'Feeling that alone is hard.', 'That sounds isolating.'],
  ashamed: ['You sound really hard on yourself right now.', 'That sounds like a lot of shame to carry.', 'That sounds painful to hold onto.'],
  overwhelmed: ['That sounds like a lot at once.', 'No wonder it feels like too much.', 'That is a heavy load to carry.'],
  numb: ['Feeling numb like that can be unsettling in its own way.', 'That sounds flat and far away.', 'Feeling nothing can be its own kind of hard.'],
  okay: ['It is good to hear a bit of steadiness in that.', 'That sounds a little lighter.', 'I am glad there is some calm in there.'],
};
