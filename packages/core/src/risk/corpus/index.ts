// The whole corpus, for tests and tooling.
import { SUICIDE_CASES } from './suicide';
import { SELF_HARM_CASES } from './self-harm';
import { HARM_TO_OTHERS_CASES, BEING_HARMED_CASES } from './others';
import { MEDICAL_CASES } from './medical';
import { CODED_CASES } from './coded';
import { FACILITATION_CASES } from './facilitation';
import { CONVERSATION_CASES } from './conversations';
import { MULTILINGUAL_CASES } from './multilingual';
import { DISTRESS_CASES } from './distress';
import { IDIOM_CASES } from './negatives-idioms';
import { NEGATION_CASES } from './negatives-negation';
import { PAST_CASES } from './negatives-past';
import { THIRD_PARTY_CASES } from './negatives-third-party';
import { PROFESSIONAL_CASES } from './negatives-professional';
import { EVERYDAY_CASES } from './negatives-everyday';
import { REGRESSION_CASES } from './regressions';
import { WARNING_SIGN_CASES, EVERYDAY_DISTRESS_CASES, TERSE_CASES, CLINICAL_CASES, ANAPHORA_CASES, WELCOME_DEATH_CASES, REPEATED_MEANS_CASES } from './warning-signs';
import {
  INDIRECT_CASES, INDIRECT_SELF_HARM_CASES, INDIRECT_CODED_CASES, INDIRECT_OTHERS_CASES, INDIRECT_FACILITATION_CASES,
  INDIRECT_DISTRESS_CASES, INDIRECT_NEGATIVES,
} from './indirect';
import { ACUTE_CASES, ACUTE_OTHERS_CASES, ACUTE_MULTILINGUAL_CASES, ACUTE_NEGATIVES } from './acute';
import type { CorpusCase } from './types';

export { HARD_NEGATIVE_GROUPS, type CorpusCase, type CaseGroup } from './types';

export const CORPUS: readonly CorpusCase[] = [
  ...SUICIDE_CASES, ...SELF_HARM_CASES, ...HARM_TO_OTHERS_CASES, ...BEING_HARMED_CASES, ...MEDICAL_CASES,
  ...CODED_CASES, ...FACILITATION_CASES, ...CONVERSATION_CASES, ...MULTILINGUAL_CASES, ...DISTRESS_CASES,
  ...IDIOM_CASES, ...NEGATION_CASES, ...PAST_CASES, ...THIRD_PARTY_CASES, ...PROFESSIONAL_CASES,
  ...EVERYDAY_CASES, ...REGRESSION_CASES, ...WARNING_SIGN_CASES, ...EVERYDAY_DISTRESS_CASES, ...TERSE_CASES, ...CLINICAL_CASES, ...ANAPHORA_CASES, ...WELCOME_DEATH_CASES, ...REPEATED_MEANS_CASES,
  ...INDIRECT_CASES, ...INDIRECT_SELF_HARM_CASES, ...INDIRECT_CODED_CASES, ...INDIRECT_OTHERS_CASES, ...INDIRECT_FACILITATION_CASES,
  ...INDIRECT_DISTRESS_CASES, ...INDIRECT_NEGATIVES,
  ...ACUTE_CASES, ...ACUTE_OTHERS_CASES, ...ACUTE_MULTILINGUAL_CASES, ...ACUTE_NEGATIVES,
];
