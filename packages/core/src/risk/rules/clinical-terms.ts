// Clinical words used about oneself: people in treatment often describe their own risk in the
// vocabulary of their clinicians ("I've been struggling with suicidal ideation", "a history of
// self-harm", "since I was hospitalised"). These rules read those terms as disclosures when
// tied to an experience verb; on their own the terms stay topic mentions (so a student asking
// about "suicidal ideation" is not flagged).
import { ADV, END, G, rule } from './macros';
import type { RuleSpec } from './types';

const EXPERIENCE =
  "(struggl(e|es|ed|ing)|deal(s|t|ing)?|battl(e|es|ed|ing)|fight(s|ing)?|fought|liv(e|es|ed|ing)|cop(e|es|ed|ing)|suffer(s|ed|ing)? (from|with)|diagnosed|experienc(e|es|ed|ing)|having|have|has|get|gets|getting|got|had|been having|plagued by|haunted by|overwhelmed by|consumed by)";

export const CLINICAL_TERM_RULES: RuleSpec[] = [
  rule('.clinical', 'high', 'thoughts', 'suicide', `${EXPERIENCE} (with |from |by )?${G(2)}(suicidal (thoughts?|ideation|ideations|feelings?|urges?|tendencies|impulses|thinking)|thoughts of (suicide|killing myself|ending my life|death)|suicidality)`, { overrides: ['suicide.mention'] }),
  rule(':act.clinical', 'high', 'sh-act', 'self_harm', `${EXPERIENCE} (with |from )?${G(2)}(self harm|self harming|self injury|self injurious (behaviou?rs)|cutting|nssi)(?! (awareness|prevention|research|support|group|stories))`, { overrides: ['self_harm.mention'] }),
  rule('.history', 'moderate', 'attempt', 'suicide', `(my |a |with a )?history of (suicide attempts?|attempts?|attempting|overdoses?|overdosing|self harm|self injury)|(my )?(previous|past|prior|multiple|several) (suicide )?attempts?`, { overrides: ['suicide.mention', 'self_harm.mention'] }),
  rule('.count', 'high', 'attempt', 'suicide', `(i've|i have|i|i had) ${ADV}attempted (suicide )?(twice|once|before|\\d+ times|multiple times|several times|a few times|many times|three times|two times|last \\S+|in \\d+|at \\d+|when|again|years ago|(\\S+ )?(months|weeks|days) ago)`),
  rule('.tried-before', 'none', 'vague-plan', 'suicide', `(i've|i have|i) ${ADV}tried (it |that )?(before|twice|once|\\d+ times|multiple times|several times|a few times)`, { self: true }),
  // "it" after suicide was named: "I'm seriously considering it", "I'm ready to do it".
  rule('.it', 'none', 'vague-plan', 'suicide', `(i'm|i am|i've been|been|i keep|keep|i was|i'm really|i'm seriously) ${ADV}(considering|thinking about|contemplating|planning) (doing )?it${END}|(i want|i'm going|i'm ready|i need|i'm about) to ${ADV}do it${END}`, { self: true }),
  rule('.hospital', 'moderate', 'attempt', 'suicide', `(after|since|when) (i )?(was |got )?(hospitali[sz]ed|sectioned|put on (a )?(72 hour |psychiatric )?hold|admitted to (a |the )?psych\\S*)|(put|placed|was|got|i'm|i am) on suicide watch`, { overrides: ['suicide.mention'] }),
];
