// Distress without risk (low): how the person feels, and life events that commonly precede a
// crisis (job loss, a break-up, a death). These never raise a message above `low` on their own;
// they matter because they change how a later question about bridges or pills is read.
import { ADV, END, RELATION } from './macros';
import type { RuleSpec } from './types';

const FEELING =
  "(?:depressed|anxious|off|flat|unmotivated|disconnected|detached|restless|agitated|tense|on edge|irritable|angry|furious|enraged|livid|so mad|pissed off|irritable|overwhelmed|stressed(?: out)?|sad|lonely|alone|isolated|empty|numb|worthless|useless|a failure|such a failure|miserable|broken|heartbroken|devastated|desperate|struggling|exhausted|drained|burnt out|burned out|lost|helpless|scared|afraid|terrified|hurting|in pain|in so much pain|down|low|awful|terrible|horrible|like shit|like crap|like garbage|like a failure|like (?:a |such a )?(?:complete |total |huge )?(?:failure|disappointment|loser|mess)|a (?:complete|total|huge) (?:failure|mess|disappointment)|like nothing|unloved|unwanted|invisible|defeated|trapped|done|so done|over it|falling apart|losing it|losing my mind|going crazy|panicking|a mess|a wreck|not okay|not ok|not fine|not good|not alright|not doing well|not doing (?:so |too )?(?:good|great)|ashamed|guilty|disgusting|ugly|pathetic|a disappointment|a loser|stuck|suffocating|drowning|sademoji|dead inside|hollow|shattered|crushed|lost and alone|at my lowest|at rock bottom|at the end of my rope|at the end of my tether|on edge|on the edge)";

export const DISTRESS_RULES: RuleSpec[] = [
  {
    id: 'distress.feeling', level: 'low', family: 'distress',
    anchors: "afraid agitated alone angry anxious ashamed awful broken burned burnt crushed dead defeated depressed desperate detached devastated disappointment disconnected disgusting done down drained drowning empty enraged exhausted falling failure flat furious crazy heartbroken helpless hollow horrible hurting invisible irritable isolated livid lonely loser losing lost low mess miserable numb off ok okay fine good alright well great overwhelmed panicking pathetic pissed restless sad sademoji scared shattered stressed struggling stuck suffocating tense terrible terrified trapped ugly unloved unmotivated unwanted useless worthless mad shit crap garbage nothing over wreck pain lowest rock rope tether edge",
    src: `(?:i'm|i am|i feel|i've been|i've felt|i was|feeling|feel|felt|i get|getting|i've been feeling|been feeling so|i'm feeling|i keep feeling|been feeling|i feel so|i'm so|i just feel|i always feel|i've become|i'm just) ${ADV}${FEELING}(?= (?:[.?,] |$|(?!(?:to|on|in|for|of|by|down|up|into|out)(?= ))))`,
  },
  {
    id: 'distress.event', level: 'low', family: 'distress', self: true,
    anchors: 'lost losing got getting been was being fired dumped left cheated divorc abandon reject broke break going middle miscarr stillborn homeless broke bankrupt unemploy fail kicked evict',
    src: `lost everything|(?:lost|losing) my (?:job|house|home|apartment|flat|mom|mum|dad|mother|father|son|daughter|baby|husband|wife|partner|brother|sister|best friend|friend|dog|cat|grandma|grandpa|grandmother|grandfather|kids|custody|scholarship|place|business|savings|everything|only friend)|(?:got|getting|been|was|being|just got) (?:fired|laid off|let go|dumped|evicted|kicked out|rejected|expelled|divorced|cheated on)|(?:fired|dumped|left|cheated on|divorcing|divorced|abandoned|rejected|kicked out|broke up with|ghosted|blocked) me|we broke up|(?:going through|in the middle of) (?:a |my )?(?:divorce|breakup|break up|custody battle|hard time|rough patch|really hard time|dark time)|miscarriage|miscarried|stillborn|(?:i'm|i am|now|i'm now) (?:homeless|broke|bankrupt|unemployed|jobless)|failed (?:my|all my|the|every|another) (?:exams?|classes|course|test|finals|year)`,
  },
  {
    id: 'distress.grief', level: 'low', family: 'distress',
    anchors: 'died passed dying killed funeral griev grief',
    src: `(?:my|our) (?:\\S+ )?(?:${RELATION}|pet|dog|cat|puppy|kitten|nan|granny|grandad|grandparents?) (?:just |recently |suddenly )?(?:died|passed away|passed|was killed|is dying|killed (?:himself|herself|themselves))|(?:grieving|grief|mourning|funeral)${END}|(?:grieving|mourning) (?:my|the loss|for)`,
  },
  {
    id: 'distress.cant-cope', level: 'low', family: 'distress',
    anchors: "cope handle take do stop sleep function get keep hate hating cry cri nothing one nobody give gave worst terrible horrible awful shitty rough hard bad everything much life friends panic anxiety breakdown meltdown",
    src: `(?:can't|cannot|can not|couldn't) ${ADV}(?:cope|handle (?:it|this|anything|life|much more|any more|anymore)|take (?:it|this|much more|any more|anymore|the pain)|do this (?:anymore|any more)|stop crying|sleep|function|get out of bed|keep up)|(?:hate|hating) (?:myself|my life|my body|everything|every day|who i am)|(?:cry|crying|cried) (?:myself to sleep|all day|all night|every day|every night|so much|nonstop|constantly|for hours)|nothing (?:matters|is going right|ever goes right|helps|makes me happy)|(?:no one|nobody) (?:cares|loves me|likes me|understands(?: me)?|listens|gets it|would understand|is there for me|wants me|cares about me)${END}|i (?:give|gave) up${END}|(?:worst|terrible|horrible|awful|shitty|rough|hard|bad) (?:day|week|night|year|month) (?:ever|of my life)|everything (?:is|feels) (?:falling apart|going wrong|too much|wrong|so hard|so heavy|heavy|dark|grey|gray)|it's all too much|(?:too much|so much) (?:pain|to handle)|my life is (?:a mess|falling apart|shit|ruined|over|hell|a disaster|crumbling)|(?:i've|i have|i've got) (?:no one|nobody|no friends|nothing left)|(?:panic|anxiety) attacks?|(?:had|having|have) (?:a |another )?(?:breakdown|mental breakdown|nervous breakdown|meltdown)`,
  },
  {
    // Plain ways of saying things are bad, as people type them.
    id: 'distress.plain', level: 'low', family: 'distress', self: true,
    anchors: "everything life tired sick fault been it's had don't drowning buried diagnosed dark bad low i'm hurts drinking numb",
    src: `everything (?:sucks|is shit|is awful|is terrible|hurts|is pointless)|(?:life|my life) (?:sucks|is shit|is hell)|(?:so |really |just |always )?(?:tired|exhausted) all the time|(?:so |really |fucking |just )?(?:tired|sick) of (?:this|it all|life|feeling like this|feeling this way|being like this|being me)${END}|(?:everything is|it's all|it is all) my fault|(?:been|it's been|had|having) (?:a |such a )?(?:really |very |so )?(?:bad|rough|hard|terrible|awful|shit|shitty) (?:day|week|month|year|night)|(?:don't|do not) know what to do (?:anymore|any more|with myself)|(?:drowning|buried) in (?:debt|bills)|diagnosed with (?:cancer|\\S+ cancer|a terminal|terminal|hiv|als|a chronic)|(?:i'm|i am|been|i've been) in (?:a )?(?:really |very |such a |pretty )?(?:dark|bad|low) (?:place|headspace|spot)|(?:it )?(?:still )?hurts (?:so much|like hell|so bad|like day one|every day|too much)|(?:been )?drinking (?:a lot|too much|heavily|every night|every day|more and more)|(?:to |helps )?numb (?:things|the pain|it|everything|myself|the feelings)${END}`,
  },
  {
    id: 'distress.emoji', level: 'low', family: 'distress',
    anchors: 'sademoji',
    src: `sademoji`,
  },
];
