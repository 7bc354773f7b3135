// Medical emergencies, whoever they happen to: a friend who will not wake up is as urgent as
// the person's own chest pain. Panic and anxiety lower the breath and "dying" rules in
// context/modifiers.ts, because a panic attack often feels exactly like this.
import { ADV, END, G, MEDS, QTY } from './macros';
import type { RuleSpec } from './types';

const ME = 'medical_emergency' as const;

export const MEDICAL_RULES: RuleSpec[] = [
  {
    id: 'medical.acute-event', level: 'imminent', family: 'medical', category: ME, self: true, negatable: false,
    anchors: 'having heart stroke seizure anaphyla allergic attack throat tongue lips face',
    src: `(?:having|has|had just had|just had|is having|think i'm having|might be having) (?:a |an )?(?:heart attack|stroke|seizure|fit|anaphylactic (?:shock|reaction)|severe allergic reaction|allergic reaction)|anaphyla\\S*|(?:throat|tongue|lips|face) (?:is |are |feels )?(?:closing|swelling|swollen)(?: up)?`,
  },
  {
    id: 'medical.unresponsive', level: 'imminent', family: 'medical', category: ME, self: true, negatable: false,
    anchors: "unconscious unresponsive breathing wake blue grey gray collaps seiz pass fit respond moving conscious",
    src: `(?:is|'s|are|went|was|became|lying|found (?:him|her|them)) ${ADV}(?:unconscious|unresponsive|not breathing|turning blue|blue)(?! (?:from|with|in|because of) (?:the )?cold)|(?:isn't|is not|stopped|aren't|not) breathing|(?:won't|will not|can't|cannot|doesn't|didn't) wake (?:up|him|her|them)|(?:lips|face|skin) (?:are |is )?(?:turning )?blue|(?:collapsed|seizing) (?:and|on)|(?:isn't|is not|not|stopped|won't|will not|can't get (?:him|her|them) to) (?:responding|respond|moving|conscious)${END}|(?:she's|he's|they're|baby's|is|are|lips|face|skin) (?:turning|gone|going|went) (?:blue|grey|gray)(?! (?:from|with|in) (?:the )?cold)`,
  },
  {
    id: 'medical.bleeding', level: 'imminent', family: 'medical', category: ME, self: true, negatable: false,
    anchors: 'bleed blood lost cut deep',
    src: `(?:bleeding|bleed|bleeds) ${ADV}(?:a lot|heavily|badly|so much|too much|everywhere|profusely|and it won't stop|won't stop|isn't stopping|wont stop|through)|(?:i'm|i am|he's|she's|is|they're) bleeding out|(?:can't|cannot|won't|doesn't|isn't|can not) stop(?:ping)? (?:the )?bleeding|(?:lost|losing) (?:a lot|so much|too much|lots) (?:of )?blood|blood (?:everywhere|is everywhere|won't stop|is pouring|pouring|all over)|cut (?:too )?(?:deep|deeper than (?:i|usual|ever))(?: this time)?|cut (?:down )?to the (?:bone|fat)|(?:need|needs|might need) stitches|(?:there's|there is) (?:so much|blood everywhere|a lot of) blood${END}|(?:so much|too much) blood${END}`,
  },
  {
    id: 'medical.someone-overdosed', level: 'imminent', family: 'medical', category: ME, self: true, negatable: false,
    anchors: 'overdos od took swallow taken',
    src: `(?:he|she|they|my \\S+|someone|somebody|friend|roommate|brother|sister|son|daughter|partner) (?:just |has |have |had |is |'s )?(?:overdosed|od'd|overdosing|taken an overdose|took an overdose)|(?:he|she|they|he's|she's|they've|my \\S+|someone|somebody) (?:just |has |have |had )?(?:took|taken|swallowed|downed) ${ADV}(?:like |about |around |maybe |over )?${QTY} ${G(3)}${MEDS}|(?:he|she|they) (?:just )?(?:took|swallowed) (?:some )?pills(?= (?:[.?,] |$|and|to|because))`,
  },
  {
    id: 'medical.poison', level: 'imminent', family: 'medical', category: ME, self: true, negatable: false,
    anchors: 'swallow drank drunk ate ingest',
    src: `(?:swallowed|drank|drunk|ate|ingested|downed) ${G(2)}(?:bleach|poison|antifreeze|drain cleaner|rat poison|pesticide|weed killer|batteries|battery|detergent|cleaning (?:product|fluid|products)|lighter fluid|paint thinner|laundry pods?|tide pods?)`,
  },
  {
    id: 'medical.chest', level: 'high', family: 'medical', category: ME, self: true, negatable: true,
    anchors: 'chest crush',
    src: `chest ${ADV}(?:pain|pains|hurts|is hurting|is tight|tightness|feels tight|pressure|feels heavy)|pain in my chest|crushing (?:pain|chest)`,
  },
  {
    id: 'medical.breathing', level: 'moderate', family: 'medical', category: ME, self: true,
    anchors: "can't cannot can couldn struggl hard throat tongue",
    src: `(?:can't|cannot|can not|couldn't|struggling to|hard to|barely) ${ADV}breathe`,
  },
  {
    id: 'medical.dying', level: 'high', family: 'medical', category: ME, self: true,
    anchors: 'think pretty sure scared afraid dying',
    src: `(?:i think|i really think|i'm scared|i'm afraid|pretty sure|i feel like|i'm sure|i know) (?:that )?i(?:'m| am) (?:actually |really )?dying`,
  },
  {
    id: 'medical.faint', level: 'moderate', family: 'medical', category: ME, self: true,
    anchors: 'pass faint black',
    src: `(?:i'm|i am|about to|going to|gonna|i keep|keep|i) ${ADV}(?:pass out|passing out|faint|fainting|black out|blacking out|passed out|fainted)`,
  },
  {
    id: 'medical.ambulance', level: 'imminent', family: 'medical', category: ME, self: true, negatable: false,
    anchors: 'ambulance 911 999 112 000 paramedic',
    src: `(?:need|needs|call|calling|get|send|called|should i call|do i call) (?:an |a |the )?(?:ambulance|paramedics|911|999|112|000)(?! (?:for (?:a|the) (?:test|drill)))`,
  },
];
