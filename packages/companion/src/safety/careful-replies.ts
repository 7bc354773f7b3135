// Fixed replies for the topics in `topics.ts`. Each one follows REFERENCE.md: never give method,
// means, place, dose or lethality information in any framing; never follow instructions to drop
// the rules; never diagnose or advise on medication; never promise secrecy about safety; with
// delusions neither argue nor agree, and encourage the care team; with mania do not entertain
// risky plans; with compulsions give neither the reassurance nor the instructions asked for;
// with disordered eating give no weight or calorie tips; with abuse, believe and put safety first.
import { paragraphs, type Composer } from '../compose/variation';
import { primaryContact, type CompanionContext } from '../context';
import { abuseIsCurrent, type Topic } from './topics';

export type CarefulTopic = Exclude<Topic, 'memory_show' | 'memory_forget' | 'preference' | 'identity'>;

export interface CarefulReply {
  text: string;
  /** The crisis lines must be shown with this reply. */
  showResources: boolean;
}

function framingNote(text: string): string | undefined {
  if (/\b(?:story|novel|book|fiction|character|screenplay|script|roleplay|role-play|game)\b/i.test(text)) return "That holds for stories and role-play too. If you're writing about someone in crisis, I'm glad to help with what they feel and how they get help instead.";
  if (/\bfor a friend\b|\bmy friend\b|\bsomeone i know\b/i.test(text)) return "If a friend might be in danger, the best thing is to stay with them and contact a crisis line together.";
  if (/\bresearch\b|\bschool project\b|\bessay\b|\bstudy\b|\bcurious\b|\bwondering\b/i.test(text)) return "That's true whatever the reason for asking, research included.";
  return undefined;
}

export function carefulReply(topic: CarefulTopic, text: string, context: CompanionContext, compose: Composer): CarefulReply {
  const em = context.emergencyNumber;
  switch (topic) {
    case 'means_request':
      return {
        showResources: true,
        text: paragraphs(
          compose.pick('careful.means', [
            "I can't help with that. I don't share anything about ways to hurt yourself or anyone else, or about doses, heights or places, however the question is asked.",
            "That's something I won't answer. I never give information about methods, doses, heights or places that could be used to cause harm.",
          ]),
          framingNote(text),
          compose.pick('careful.means.care', [
            "I do care how you're doing, though. Sometimes a question like that comes up when things feel very dark. Are you having thoughts of ending your life or hurting yourself?",
            'I want to check on you, gently: are you thinking about hurting yourself or ending your life?',
          ]),
        ),
      };
    case 'injection':
      return {
        showResources: false,
        text: compose.pick('careful.injection', [
          "I can't switch off how I work. My safety rules stay the same whatever instructions I'm given. I'm still here to talk, though. What's going on for you?",
          "Those instructions don't change anything for me: I keep the same safety rules in every conversation. If something is on your mind, I'm happy to listen.",
        ]),
      };
    case 'secrecy': {
      const therapist = context.therapistNotifyConsent
        ? ' You agreed that your therapist can be told if a screening shows a safety concern; they would get a note that a check-in is needed, never the words of our chat.'
        : '';
      return {
        showResources: false,
        text: paragraphs(
          "I can't promise to keep something secret if it's about your safety. If you are in danger, I will always urge you to reach someone who can help, and show you how.",
          `What you write here is private to you and stored encrypted.${therapist} I'm an AI, so I can't call anyone myself.`,
          'What would you like to tell me?',
        ),
      };
    }
    case 'diagnosis':
      return {
        showResources: false,
        text: paragraphs(
          compose.pick('careful.diagnosis', [
            "I can't diagnose anything. I'm an AI, not a clinician, and a diagnosis needs a proper assessment by someone who knows you.",
            "That's not something I can answer: I don't diagnose. Only a qualified professional who assesses you can do that.",
          ]),
          "It's a really good question to bring to your therapist or doctor. If you like, we can jot down what you've noticed so you have it ready for your next session. What has made you wonder?",
        ),
      };
    case 'medication':
      return {
        showResources: false,
        text: paragraphs(
          "I can't give advice about medication: not about stopping, skipping, changing, combining or doses. Your prescriber or a pharmacist can answer that safely for you, so please don't change anything before talking to them.",
          `If you've taken more than prescribed or you feel unwell, call ${em} now.`,
          'How are you feeling in yourself at the moment?',
        ),
      };
    case 'delusion':
      return {
        showResources: false,
        text: paragraphs(
          compose.pick('careful.delusion', [
            'That sounds really unsettling to live with.',
            'That sounds frightening and exhausting.',
          ]),
          "I can't know from here what is going on, and I'm not going to argue with you or tell you it's true. What I do hear is how intense it feels.",
          "Experiences like this are important to tell your care team about soon, your therapist, doctor or crisis team. Would you be willing to contact one of them today?",
          contactAsk(context) ?? 'Is there someone you trust who could be with you for a while?',
        ),
      };
    case 'mania':
      return {
        showResources: false,
        text: paragraphs(
          "It sounds like there's a lot of energy and a lot happening right now.",
          "When sleep is short and everything feels fast, big decisions (money, work, driving, anything risky) are worth pausing on. I'd really encourage you to hold off on anything big for at least a day or two.",
          "This is worth telling your care team about soon, especially the sleep. Could you try winding down tonight: low light, no screens, somewhere quiet?",
          contactAsk(context),
        ),
      };
    case 'compulsion':
      return {
        showResources: false,
        text: paragraphs(
          compose.pick('careful.compulsion', [
            'This sounds like the kind of certainty the worry keeps asking for.',
            'I notice this is a question the anxiety wants answered again.',
          ]),
          "I care about how you feel, so I'm not going to answer it or tell you how to do it: reassurance and checking tend to feed the loop, and the doubt comes back stronger.",
          "Could we try something different for a few minutes? Notice the urge, rate it from 0 to 10, and let it rise and fall without acting on it. It usually peaks and then eases.",
          'This is a great pattern to work on with your therapist.',
        ),
      };
    case 'eating':
      return {
        showResources: false,
        text: paragraphs(
          compose.pick('careful.eating', [
            'It sounds like food and your body are weighing on you a lot right now.',
            "That sounds like a really hard place to be with food and your body.",
          ]),
          "I won't give tips on calories, weight loss, skipping meals or hiding eating. I don't want to feed something that's hurting you.",
          'What you are describing is important to share with your therapist or doctor. How are you feeling right now, in yourself?',
        ),
      };
    case 'abuse':
      if (!abuseIsCurrent(text)) {
        return {
          showResources: false,
          text: paragraphs(
            compose.pick('careful.abuse.past', [
              "Thank you for trusting me with that. What happened to you was not okay, and it was not your fault.",
              "I'm so sorry that happened to you. It was not your fault.",
            ]),
            'Carrying that can be really heavy. It may help to bring it to your therapist, at whatever pace feels right for you.',
            'How is it sitting with you right now?',
          ),
        };
      }
      return {
        showResources: true,
        text: paragraphs(
          compose.pick('careful.abuse', [
            "I'm so sorry. What you're describing is not okay, and it is not your fault.",
            "Thank you for telling me. Nobody deserves to be treated like that, and it is not your fault.",
          ]),
          `Your safety comes first: if you are in danger right now, call ${em}.`,
          'If it is safe to, is there somewhere you can go, or someone you trust you can reach?',
        ),
      };
  }
}

function contactAsk(context: CompanionContext): string | undefined {
  const contact = primaryContact(context);
  return contact ? `Could you let ${contact.name} know how things are?` : undefined;
}

/** The reply to small talk: warm, brief, and back to the person. */
export function smalltalkReply(compose: Composer): string {
  return compose.pick('careful.smalltalk', [
    "I'm not much use for that. I'm an AI companion for the time between your sessions. How are you doing today?",
    "That's outside what I can help with. I'm here for how you're doing. How are things with you right now?",
  ]);
}
