// Self-harm rules: thoughts of deserving pain → urges → acts. Everyday uses of the same verbs
// ("cut my hair", "burned myself cooking") are handled by masks in idioms.ts and by requiring
// a body or "myself" as the object.
import { ADV, END, G, rule } from './macros';
import type { RuleSpec } from './types';

const SH = 'self_harm' as const;

const VERB = '(cut|burn|hurt|harm|scratch|hit|punch|bruise|carve|stab|pinch|bite|choke|strangle|slice|scar)';
const VERB_FORMS =
  '(cut|cutting|cuts|burned|burnt|burning|burn|scratched|scratching|carved|carving|bruised|bruising|stabbed|stabbing|sliced|slicing|scarred|scarring)';
// Body parts people most often harm; hands and fingers are left out because "I cut my finger"
// is nearly always an accident.
const PARTS = '(my (own )?(arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|chest|shoulders?|calves|forearms?))';
const CUT_FORMS = '(cut|cutting|cuts|burned|burnt|burning|scratched|scratching|carved|carving|sliced|slicing|scarred|scarring)';

export const SELF_HARM_RULES: RuleSpec[] = [
  rule(':urge.want-to', 'high', 'sh-urge', SH, `(want|wanted|wanting|need|needed|urge|urges|urged|craving|crave|itching|tempted|desire|going|plan|planning|feel like i need|feel the need|have the urge|fighting the urge|resisting the urge|trying not) to ${ADV}(${VERB} myself|${VERB} ${PARTS}|self harm|sh${END}|sh again|cut${END}|cut (again|so bad|so badly|really bad|tonight|right now|deeper|deep|myself)|bleed${END}|relapse (on|into|with) (self harm|sh|cutting))|(razors?|blades?) ${G(2)}for cutting${END}`),
  rule(':urge.urges', 'high', 'sh-urge', SH, `(self harm|sh|cutting|harming|burning) (urges?|cravings?|thoughts)|(urges?|cravings?) (to|for) (cut|sh|self harm|hurt myself|burn myself|bleed)|(craving|crave|miss|missing|need|want|itching for) (the |my |a )?(blade|blades|razor|razors)`),
  rule(':act.body', 'high', 'sh-act', SH, `(i|i've|i have|i just|just|i've been|been|i keep|keep|i started|started|i'm|i am|i still|still|i used to|used to|i was|i had|i do|i did|i've started|i sometimes|sometimes|i often|i usually|again) ${ADV}(${VERB_FORMS} myself|${CUT_FORMS} ${PARTS})`),
  rule(':act.bare', 'high', 'sh-act', SH, `(cut|cutting|cuts|burned|burnt|burning|scratched|scratching|carved|carving|sliced|slicing) myself|(cut|carved|sliced|burned|burnt|scratched) ${G(4)}(into|in|on) my (arms?|wrists?|thighs?|legs?|skin|stomach|hips?)|(cut|carved|sliced|burned|burnt) (into )?my (arms?|wrists?|thighs?|legs?|skin|stomach|hips?)|cut (myself )?(too )?(deep|deeper)(?! (into|than))|(?<!(budget|funding|if the|if your) )cuts (are|were) ${ADV}(deep|deeper)`, { self: true }),
  // Hitting walls until it hurts, craving pain, reaching for the blade again.
  rule(':act.wall', 'high', 'sh-act', SH, `(punch|punched|punching|hit|hitting|banged|banging|slammed|slamming) (the |a |my )?(wall|walls|door|mirror|head (against|on|into) (the |a )?wall) ${G(4)}(bled|bleed|bleeding|split|broke|bruised|swollen|until|till|til)`, { self: true }),
  rule(':urge.pain', 'high', 'sh-urge', SH, `(crav\\S*|itching for) (the )?(pain|sting|blood|blade|razor)(?= ([.?,] |$|honestly|again|so))|(itching|tempted|urge) to (pick up|grab|reach for) (the|my|a) (blade|razor)`, { self: true }),
  rule(':act.heat', 'high', 'sh-act', SH, `(using|used|held|put|pressed) (a |the |my )?(lighter|cigarette|hot iron|iron) (on|to|against) my (arms?|wrists?|legs?|thighs?|skin|hands?)`, { self: true }),
  rule(':act.hurt-myself', 'moderate', 'sh-act', SH, `(hurt|hurting|hurts|harm|harming|harmed) myself`, { self: true }),
  rule(':act.on-purpose', 'high', 'sh-act', SH, `(hurt|hurting|harm|harming|harmed|hit|hitting|punched|punching|bit|biting|pinched|pinching|choked|choking) myself (again|on purpose|intentionally|deliberately|to cope|to feel|when i'm|every time|because i deserve|as punishment|until|so hard|really hard|hard|in the (face|head|stomach|chest)|over and over|repeatedly)|(i've been|been|i keep|keep|i started|started|i've started|i still|still) (hurting|harming|hitting|punching|hurt|harm|hit|punch) myself`, { self: true }),
  rule(':act.self-harm', 'high', 'sh-act', SH, `(i|i've|i have|i've been|been|i keep|i started|started|i still|still|i used to|used to|i do|i did|i'm|i am|i was) ${ADV}(self harm|self harming|self harmed|self injure|self injuring|self injured|sh|sh'd|sh'ed|sh'ing)(?! (awareness|prevention|research|support|group|recovery))|(relapsed|relapse|relapsing) (on|with|into|in) (self harm|sh|cutting|self injury|self harming)|(self harm|self harmed|sh) again|(self harm|self harmed|sh|cut) (again )?(last night|today|yesterday|this morning|tonight|earlier)`),
  rule(':act.wounds', 'high', 'sh-act', SH, `(my |the |these )?(cuts|burns|wounds) (are|keep|have been) (getting|going) (deeper|worse|bigger)|my (fresh|new|latest|recent) (cuts|burns|wounds|scars)`),
  rule(':act.cut-bare', 'high', 'sh-act', SH, `(i|i've|i still|i used to|used to|i've been|i keep|started|i started|i'm|i am) ${ADV}(cut|cutting)(?= ([.?,] |$|again|when|for|in|every|to cope|because|daily|sometimes|a lot|deep|deeper|tonight|last night|today|right now|now|but|and|myself))`),
  rule(':thoughts.deserve-pain', 'moderate', 'sh-thoughts', SH, `(deserve|need|want|needs|deserves) to (feel pain|be punished|suffer|hurt${END}|bleed|be in pain|feel something physical)|punish(ing|ed)? myself|(i|i'm|i've) ${G(2)}(starving|starve|starved) myself|(make|made|making) myself (throw up|puke|vomit|sick) (after|every|again|so)|(i|i've|i'm|i keep|i've been) ${ADV}(purging|purged|purge)${END}|(punched|punching|punch|hit|hitting) (a |the )?walls?${END}|(punched|punching|hit|hitting) (a |the )?wall until`),
  rule(':mention', 'low', 'mention', SH, `self harm|self harming|self harmed|self harms|self injury|cutting${END}|(my|sh|self harm) scars|(razor|razors|blade|blades)${END}`, { self: true }),
];
