// Intent and emotion routing. Both models are trained from the corpora in this folder the first
// time they are needed (a few milliseconds), so there is no model file to download or go stale.
import { NaiveBayes, type Example, type Prediction } from './naive-bayes';
import { INTENT_CORPUS } from './corpus-intents';
import { EMOTION_CORPUS } from './corpus-emotions';

export type Intent =
  | 'greet' | 'vent' | 'anxious_help' | 'breathing' | 'negative_thought' | 'skill_request' | 'problem'
  | 'plan_review' | 'better' | 'bye' | 'identity' | 'diagnosis' | 'medication' | 'secrecy' | 'injection'
  | 'means_request' | 'memory_show' | 'memory_forget' | 'preference' | 'affirm' | 'deny' | 'delusion'
  | 'mania' | 'compulsion' | 'eating' | 'abuse' | 'smalltalk';

export type Emotion = 'anxious' | 'sad' | 'angry' | 'lonely' | 'ashamed' | 'overwhelmed' | 'numb' | 'okay';

export interface Classification {
  intent: Intent;
  intentConfidence: number;
  emotion: Emotion;
  emotionConfidence: number;
  /** Second-best intent, useful when the best is a yes/no inside a flow. */
  runnerUp: Intent;
  /** Words of the message the intent model knows: one known word is thin evidence. */
  knownWords: number;
}

function examplesOf(corpus: Record<string, readonly string[]>): Example[] {
  return Object.entries(corpus).flatMap(([label, texts]) => texts.map((text) => ({ text, label })));
}

let intentModel: NaiveBayes | undefined;
let emotionModel: NaiveBayes | undefined;

export function intentClassifier(): NaiveBayes {
  return (intentModel ??= new NaiveBayes(examplesOf(INTENT_CORPUS)));
}

export function emotionClassifier(): NaiveBayes {
  return (emotionModel ??= new NaiveBayes(examplesOf(EMOTION_CORPUS)));
}

export function classify(text: string): Classification {
  // Numbers, emoji and punctuation alone ("4", "...") are answers, not requests.
  if (!/\p{L}{2,}/u.test(text)) {
    return { intent: 'vent', intentConfidence: 0, runnerUp: 'vent', emotion: 'okay', emotionConfidence: 0, knownWords: 0 };
  }
  const intent: Prediction = intentClassifier().predict(text);
  const emotion: Prediction = emotionClassifier().predict(text);
  return {
    intent: intent.label as Intent,
    intentConfidence: intent.confidence,
    runnerUp: (intent.ranked[1]?.label ?? intent.label) as Intent,
    emotion: emotion.label as Emotion,
    emotionConfidence: emotion.confidence,
    knownWords: intent.known,
  };
}
