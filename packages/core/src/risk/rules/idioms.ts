// Masks: idioms and everyday phrases that contain a risk word but carry no risk. A rule match
// that overlaps a mask is dropped (only for the rule families the mask lists in `blocks`, so
// "kill me if I leave" in a threat is not hidden by the "mum will kill me" idiom). Written from
// common English usage; each mask is the narrowest phrase that does the job.
import { ADV, G } from './macros';
import type { RuleSpec } from './types';

const m = (id: string, src: string, blocks?: string[]): RuleSpec => ({
  id: `mask.${id}`, level: 'none', family: 'mask', src, ...(blocks ? { blocks } : {}),
});

export const IDIOM_MASKS: RuleSpec[] = [
  m('to-die-for', `to die for`),
  m('die-of', `(die|died|dying|dead) (of|from) (embarrassment|shame|laughter|boredom|cringe|cuteness|happiness|excitement|jealousy|hunger|thirst|(the )?heat|curiosity|old age|envy|suspense)`),
  m('laughing', `(kill myself|killing myself|killed myself|die|died|dying|dead) laughing`),
  m('laughed-so-hard', `(laughed|laughing|laugh|laughs) ${G(4)}(killed myself|died|almost died|nearly died|peed|cried)`),
  // "I'd rather die than wear that" is hyperbole; "rather die than live like this" is not.
  m('rather-die-than', `rather (die|be dead|eat glass|jump off a bridge) than(?! (live|living|go on|be here|feel|keep|face|wake))`),
  m('career-suicide', `(political|career|social|commercial|financial|electoral|professional|fashion|brand) suicide|suicide (squad|missions?|doors?|runs?|sprints?|drills?|lines?|bomb(er|ing)s?|kings?|pass|hotlines?|prevention|awareness)`),
  m('overdose-on-fun', `(overdosed|overdosing|overdose) on (coffee|caffeine|sugar|chocolate|netflix|tv|anime|memes|cuteness|candy|pizza|sun|sunshine|fun|love|drama|nostalgia|cheese|carbs|christmas|music|cake|cookies|happiness|k ?pop|vitamin \\S+)`),
  // Only the everyday cuts the bare self-harm rules would otherwise read: 'i cut in line', 'cut myself off'.
  m('cut-everyday', `(cut|cutting|cuts) (in (line|front)|myself (off|out|some slack|a break))`, ['self_harm']),
  // An accident said as one: what was being done ("while cooking", "shaving"), "by accident", or
  // the thing that did it ("on a broken glass"). A tool alone says nothing about intent ("I cut
  // myself with a razor" is self-harm), and neither does a wrist. Only the body parts the
  // self-harm rules read are listed: "cut my finger with a knife" or "cut my knee" matches no
  // rule to begin with.
  m('cut-accident', `(cut|burned|burnt|burn|hurt|scratched|sliced|nicked) (myself|my (\\S+ )?(arm|leg|ankle|shoulder|hand)) (while|when i (fell|tripped|slipped|was (cooking|shaving|chopping|working|playing|cleaning))|on (a|the|some) (broken )?(glass|nail|fence|edge|can|paper|stove|oven|pan|iron|kettle)|by accident|accidentally|on accident|playing|shaving|cooking|chopping|slicing|lifting|running|at the gym|at work|falling|in a fall|skiing|skating|gardening|working out|exercising|opening)|(accidentally|by accident) (cut|burned|burnt|hurt|scratched|sliced) (myself|my)|paper cut|shaving cut`, ['self_harm', 'medical.bleeding']),
  m('mum-will-kill', `(mom|mum|mother|dad|father|parents|boss|teacher|coach|wife|husband|girlfriend|boyfriend|gf|bf|sister|brother|grandma|nan|family|manager|prof|professor|landlord|trainer|dentist|doctor) ${ADV}(is|'s|are|'re|will|'ll|would|'d|is going to|are going to|'s going to|going to)? ?(literally )?(going to )?kill me (when|if|for|because|lol)|(going to|will|'ll) kill me (when|if) (she|he|they) (sees?|finds? out|hears?|notices?|gets? home)`, ['being_harmed.going-to-kill-me']),
  m('jump-everyday', `jump ((off|from) (the )?(boat|dock|pier) )?(into|in) (the )?(pool|lake|conversation|shower|car|game|call|meeting|queue)|jump (off|from) (the )?(diving board|trampoline|couch|bed|swing|high dive)|jump(ing)? (for joy|to conclusions|the gun|on the bandwagon|rope|ship|through hoops|start)`),
  m('bleed-everyday', `(nose ?bleeds?|nosebleeds?|bloody nose|gums? (bleed|bleeding)|period|bleeding heart|bleed (me )?dry|bleeding (money|cash))`, ['medical.bleeding']),
  // "Hopeless at maths" is a skill; "hopeless at the moment", "with everything" are not.
  m('hopeless-romantic', `hopeless (romantic|romantics|case|(at|with) (?!(the moment|this point|everything|it|life|all) )\\S+)`, ['suicide.hopeless']),
  m('disappear-for-a-while', `(disappear|vanish) (for (a|the|an)? ?(while|bit|week|weekend|day|few days|month|year|summer)|to (a|an|the) (island|beach|cabin|mountains)|into (a|my|the) (book|game|show|room))`, ['suicide.wish']),
  m('pass-out-tired', `pass out (on the couch|in front of|early|asleep)`, ['medical.faint']),
  m('breathe-idiom', `(can't) breathe (through my nose|with this (cold|mask)|without you|in (this|these) (jeans|dress))`, ['medical.breathing']),
  m('mind-if', `(wouldn't|would not) mind (dying|being dead) (my|your|her|his) hair`, ['suicide.wish']),
];
