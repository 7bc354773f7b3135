// Medical emergencies, whoever they happen to: a friend who will not wake up is as urgent as
// the person's own chest pain. Panic and anxiety lower the breath and "dying" rules in
// context/modifiers.ts, because a panic attack often feels exactly like this.
import { ADV, END, G, MEDS, QTY, rule } from './macros';
import type { RuleSpec } from './types';

const ME = 'medical_emergency' as const;

export const MEDICAL_RULES: RuleSpec[] = [
  rule('medical.acute-event', 'imminent', 'medical', ME, 'having heart stroke seizure anaphyla allergic attack throat tongue lips face',
    `(having|has|had just had|just had|is having|think i'm having|might be having) (a |an )?(heart attack|stroke|seizure|fit|anaphylactic (shock|reaction)|severe allergic reaction|allergic reaction)|anaphyla\\S*|(throat|tongue|lips|face) (is |are |feels )?(closing|swelling|swollen)( up)?`, { self: true, negatable: false }),
  rule('medical.unresponsive', 'imminent', 'medical', ME, "unconscious unresponsive breathing wake blue grey gray collaps seiz pass fit respond moving conscious",
    `(is|'s|are|went|was|became|lying|found (him|her|them)) ${ADV}(unconscious|unresponsive|not breathing|turning blue|blue)(?! (from|with|in|because of) (the )?cold)|(isn't|is not|stopped|aren't|not) breathing|(won't|will not|can't|cannot|doesn't|didn't) wake (up|him|her|them)|(lips|face|skin) (are |is )?(turning )?blue|(collapsed|seizing) (and|on)|(isn't|is not|not|stopped|won't|will not|can't get (him|her|them) to) (responding|respond|moving|conscious)${END}|(she's|he's|they're|baby's|is|are|lips|face|skin) (turning|gone|going|went) (blue|grey|gray)(?! (from|with|in) (the )?cold)`, { self: true, negatable: false }),
  rule('medical.bleeding', 'imminent', 'medical', ME, 'bleed blood lost cut deep',
    `(bleeding|bleed|bleeds) ${ADV}(a lot|heavily|badly|so much|too much|everywhere|profusely|and it won't stop|won't stop|isn't stopping|wont stop|through)|(i'm|i am|he's|she's|is|they're) bleeding out|(can't|cannot|won't|doesn't|isn't|can not) stop(ping)? (the )?bleeding|(lost|losing) (a lot|so much|too much|lots) (of )?blood|blood (everywhere|is everywhere|won't stop|is pouring|pouring|all over)|cut (too )?(deep|deeper than (i|usual|ever))( this time)?|cut (down )?to the (bone|fat)|(need|needs|might need) stitches|(there's|there is) (so much|blood everywhere|a lot of) blood${END}|(so much|too much) blood${END}`, { self: true, negatable: false }),
  rule('medical.someone-overdosed', 'imminent', 'medical', ME, 'overdos od took swallow taken',
    `(he|she|they|my \\S+|someone|somebody|friend|roommate|brother|sister|son|daughter|partner) (just |has |have |had |is |'s )?(overdosed|od'd|overdosing|taken an overdose|took an overdose)|(he|she|they|he's|she's|they've|my \\S+|someone|somebody) (just |has |have |had )?(took|taken|swallowed|downed) ${ADV}(like |about |around |maybe |over )?${QTY} ${G(3)}${MEDS}|(he|she|they) (just )?(took|swallowed) (some )?pills(?= ([.?,] |$|and|to|because))`, { self: true, negatable: false }),
  rule('medical.poison', 'imminent', 'medical', ME, 'swallow drank drunk ate ingest',
    `(swallowed|drank|drunk|ate|ingested|downed) ${G(2)}(bleach|poison|antifreeze|drain cleaner|rat poison|pesticide|weed killer|batteries|battery|detergent|cleaning (product|fluid|products)|lighter fluid|paint thinner|laundry pods?|tide pods?)`, { self: true, negatable: false }),
  rule('medical.chest', 'high', 'medical', ME, 'chest crush',
    `chest ${ADV}(pain|pains|hurts|is hurting|is tight|tightness|feels tight|pressure|feels heavy)|pain in my chest|crushing (pain|chest)`, { self: true, negatable: true }),
  rule('medical.breathing', 'moderate', 'medical', ME, "can't cannot can couldn struggl hard throat tongue",
    `(can't|cannot|can not|couldn't|struggling to|hard to|barely) ${ADV}breathe`, { self: true }),
  rule('medical.dying', 'high', 'medical', ME, 'think pretty sure scared afraid dying',
    `(i think|i really think|i'm scared|i'm afraid|pretty sure|i feel like|i'm sure|i know) (that )?i('m| am) (actually |really )?dying`, { self: true }),
  rule('medical.faint', 'moderate', 'medical', ME, 'pass faint black',
    `(i'm|i am|about to|going to|gonna|i keep|keep|i) ${ADV}(pass out|passing out|faint|fainting|black out|blacking out|passed out|fainted)`, { self: true }),
  rule('medical.ambulance', 'imminent', 'medical', ME, 'ambulance 911 999 112 000 paramedic',
    `(need|needs|call|calling|get|send|called|should i call|do i call) (an |a |the )?(ambulance|paramedics|911|999|112|000)(?! (for (a|the) (test|drill)))`, { self: true, negatable: false }),
];
