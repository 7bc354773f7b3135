// The gate every generated reply must pass before a person sees it. A language model can be
// talked into anything, so its text is checked for the things the companion must never say
// (REFERENCE.md, "What the companion must and must not do"): method, means, place, dose or
// lethality information; a diagnosis; medication advice; a claim to be a person, a therapist or
// therapy; a promise of secrecy. The check is deliberately strict: a false alarm costs one
// embedded reply instead of a generated one, a miss could cost far more.
import { mentionsMeans } from './topics';

export type PostCheckReason =
  | 'means' | 'diagnosis' | 'medication' | 'claims_human' | 'claims_therapist' | 'secrecy' | 'empty' | 'too_long' | 'garbled';

export interface PostCheckResult {
  ok: boolean;
  reasons: PostCheckReason[];
}

export const MAX_GENERATED_CHARS = 1500;

const MEANS_OUTPUT: RegExp[] = [
  /\b\d+(?:[.,]\d+)?\s*(?:mg|milligrams?|mcg|micrograms?|g\b|grams?|ml\b|millilit(?:re|er)s?|pills?|tablets?|capsules?|units?)\b/i,
  /\b\d+\s*(?:m\b|metres?|meters?|ft\b|feet|storeys?|stories|floors?)\b/i,
  /\b(?:lethal|fatal|deadly|toxic)\s+(?:dose|amount|quantity|level|height|combination)\b/i,
  /\b(?:bleed(?:ing)? out|noose|hanging yourself|slit|carbon monoxide|overdose on|jump(?:ing)? (?:off|from)|in front of a train|tall(?:est)? (?:bridges?|buildings?))\b/i,
  /\b[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Bridge|Tower|Viaduct|Cliffs?|Falls)\b/,
  /\b(?:most|least) (?:painless|painful|effective|reliable) (?:way|method)\b|\bpainless(?:ly)?\b/i,
];

const CONDITIONS = String.raw`(?:depress\w*|bipolar|adhd|ocd|ptsd|bpd|borderline|autis\w*|schizo\w*|psychosis|psychotic|anxiety disorder|panic disorder|personality disorder|eating disorder|anorexia|bulimia|narcissis\w*|a disorder|an illness|mental illness|dementia|dissociative)`;
const DIAGNOSIS_OUTPUT: RegExp[] = [
  new RegExp(String.raw`\byou\s+(?:definitely\s+|probably\s+|likely\s+|clearly\s+|may\s+|might\s+|could\s+)?(?:have|are|suffer from|are suffering from|sound like you have|seem to have|meet the criteria for)\s+(?:a\s+|an\s+|clinical\s+)?${CONDITIONS}`, 'i'),
  new RegExp(String.raw`\b(?:this|that|it|these|what you describe)\s+(?:sounds?|seems?|looks?|is)\s+(?:a lot\s+)?(?:like|consistent with|typical of|classic)\s+(?:a\s+|an\s+)?${CONDITIONS}`, 'i'),
  /\bmy diagnosis\b|\bi(?:'d| would)? diagnose\b|\byour diagnosis is\b/i,
];

const MEDS = String.raw`(?:antidepressants?|ssris?|benzos?|meds|medications?|medicine|prescriptions?|pills?|tablets?|dose|dosage|sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|citalopram|paroxetine|venlafaxine|duloxetine|bupropion|mirtazapine|lithium|lamotrigine|quetiapine|seroquel|olanzapine|aripiprazole|risperidone|xanax|alprazolam|valium|diazepam|lorazepam|clonazepam|adderall|ritalin|melatonin|zolpidem|zopiclone|propranolol|trazodone|gabapentin)`;
const MEDICATION_OUTPUT: RegExp[] = [
  new RegExp(String.raw`\b(?:you\s+(?:should|could|can|might want to|may want to|need to|ought to)|try|i(?:'d| would) (?:suggest|recommend)|it(?:'s| is) (?:fine|okay|ok|safe) to)\s+(?:\w+\s+){0,2}(?:stop(?:ping)?|start(?:ing)?|tak(?:e|ing)|increas(?:e|ing)|decreas(?:e|ing)|doubl(?:e|ing)|skip(?:ping)?|reduc(?:e|ing)|switch(?:ing)?|lower(?:ing)?|rais(?:e|ing)|halv(?:e|ing)|mix(?:ing)?|combin(?:e|ing)|com(?:e|ing) off)\s+(?:\w+\s+){0,3}${MEDS}`, 'i'),
  new RegExp(String.raw`\b(?:sertraline|zoloft|fluoxetine|prozac|escitalopram|lexapro|lithium|quetiapine|seroquel|xanax|alprazolam|valium|diazepam|lorazepam|clonazepam|adderall|melatonin|zolpidem|trazodone)\b`, 'i'),
];

// "I am a person/therapist", but not "I am not a person" or "I am an AI".
const CLAIMS_HUMAN: RegExp[] = [
  /\bi(?:'m| am)\s+(?!not\b|an? ai\b|an? (?:computer|program|bot|chatbot)\b)(?:really\s+|actually\s+|definitely\s+)?(?:a\s+)?(?:real\s+|actual\s+)?(?:human|person|human being|woman|man|girl|guy)\b/i,
  /\bi(?:'m| am)\s+not\s+(?:an?\s+)?(?:ai|bot|robot|machine|computer|program|chatbot)\b/i,
  /\b(?:as a (?:fellow )?human|i have a body|i live in|my (?:wife|husband|kids|children|family) and i)\b/i,
];
const CLAIMS_THERAPIST: RegExp[] = [
  /\bi(?:'m| am)\s+(?!not\b)(?:your\s+|a\s+|an?\s+)?(?:licensed\s+|qualified\s+|trained\s+|certified\s+|registered\s+)?(?:therapist|counsell?or|psychologist|psychiatrist|doctor|clinician|nurse|social worker|psychotherapist|mental health professional)\b/i,
  /\bas (?:your|a) (?:therapist|counsell?or|psychologist|psychiatrist|doctor|clinician)\b/i,
  /\b(?:this|our)\s+(?:is\s+)?(?:therapy session|session of therapy|therapy)\b(?!\s+(?:with your|from your))/i,
  /\bin my (?:clinical|professional) (?:opinion|experience|judgement|judgment)\b/i,
];
const SECRECY: RegExp[] = [
  /\bi\s+(?:won'?t|will not|promise not to|would never|never)\s+(?:tell|share|report|say)\b[^.?!]{0,25}\b(?:anyone|anybody|a soul|your therapist|your parents|the police)\b/i,
  /\b(?:this|it|that|everything)\s+(?:stays|will stay|can stay|remains|will remain)\s+(?:just\s+)?between (?:us|you and me)\b/i,
  /\byour secret(?:'s| is) safe\b|\bi(?:'ll| will) keep (?:it|this|that|your secret) (?:a )?secret\b|\bi promise to keep\b/i,
];

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

export function postCheck(text: string): PostCheckResult {
  const reasons: PostCheckReason[] = [];
  const trimmed = text.trim();
  if (trimmed.length < 2) reasons.push('empty');
  if (trimmed.length > MAX_GENERATED_CHARS) reasons.push('too_long');
  if (CONTROL.test(trimmed) || looksGarbled(trimmed)) reasons.push('garbled');
  if (MEANS_OUTPUT.some((r) => r.test(trimmed)) || mentionsSpecificMeans(trimmed)) reasons.push('means');
  if (DIAGNOSIS_OUTPUT.some((r) => r.test(trimmed))) reasons.push('diagnosis');
  if (MEDICATION_OUTPUT.some((r) => r.test(trimmed))) reasons.push('medication');
  if (CLAIMS_HUMAN.some((r) => r.test(trimmed))) reasons.push('claims_human');
  if (CLAIMS_THERAPIST.some((r) => r.test(trimmed))) reasons.push('claims_therapist');
  if (SECRECY.some((r) => r.test(trimmed))) reasons.push('secrecy');
  return { ok: reasons.length === 0, reasons };
}

// A supportive reply has no reason to name means at all; naming them with an instruction-like
// verb is treated as method information even without numbers.
function mentionsSpecificMeans(text: string): boolean {
  if (!mentionsMeans(text)) return false;
  return /\b(?:how to|you (?:can|could|would|need to)|step|first|then|make sure|works? best|most effective|quickest|easiest)\b/i.test(text);
}

function looksGarbled(text: string): boolean {
  if (text.length < 20) return false;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < text.length * 0.5) return true;
  // Raw JSON or SSE framing leaking into the reply means the adapter misread the stream.
  return /^\s*[{[]/.test(text) || /\bdata:\s*[{[]/.test(text) || /"choices"\s*:/.test(text);
}
