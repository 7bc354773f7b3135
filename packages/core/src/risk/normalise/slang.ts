// Word-level rewrites applied after lower-casing: texting shortcuts, missing apostrophes, and
// the coded words people use to get past filters on social platforms ("kms", "unalive",
// "sewerslide", "ctb"). Each entry rewrites one written word into one or more canonical words,
// so the rules only ever see the canonical forms. Written from general knowledge of how people
// text; the list is deliberately about risk language and the glue words the rules depend on.
import { pairList, wordSet } from '../words';

const ENTRIES: ReadonlyArray<readonly [string, string]> = [
  // apostrophes people skip ("ill" and "its" are left alone: both are words of their own)
  ...pairList(
    "im=i'm|ive=i've|id=i'd|dont=don't|cant=can't|cannot=can't|wont=won't|didnt=didn't|" +
    "doesnt=doesn't|isnt=isn't|wasnt=wasn't|werent=weren't|arent=aren't|wouldnt=wouldn't|" +
    "couldnt=couldn't|shouldnt=shouldn't|havent=haven't|hasnt=hasn't|hadnt=hadn't|aint=ain't|" +
    "thats=that's|whats=what's|theres=there's|hes=he's|shes=she's|theyre=they're|youre=you're|" +
    "itll=it'll|shan't=won't|tonights=tonight's|todays=today's|everyones=everyone's|youll=you'll|ya=you|u=you|w=with|ur=your|r=are|y=why",
  ),
  // spoken contractions
  ...pairList(
    "wanna=want to|gonna=going to|gotta=got to|finna=going to|imma=i'm going to|ima=i'm going to|" +
    "tryna=trying to|lemme=let me|kinda=kind of|sorta=sort of|dunno=don't know|gimme=give me|" +
    "bc=because|cuz=because|coz=because|cos=because|bcuz=because|ppl=people|rn=right now|" +
    "atm=right now|tn=tonight|tonite=tonight|2nite=tonight|2night=tonight|2day=today|tmrw=tomorrow|" +
    "tmr=tomorrow|4ever=forever|tmrrw=tomorrow|2moro=tomorrow|2morrow=tomorrow|b4=before|pls=please|plz=please|" +
    "idk=i don't know|idc=i don't care|idw=i don't want|iwant=i want|nvm=never mind|" +
    "nevermind=never mind|jk=just kidding|jks=just kidding|tbh=honestly|ngl=honestly|fr=honestly|" +
    "srsly=seriously|lmao=lol|lmfao=lol|rofl=lol|haha=lol|hahaha=lol|hehe=lol|lolol=lol|xd=lol|" +
    "kmsl=lol|ded=dead|dieing=dying|dyin=dying|killin=killing|nothin=nothing|somethin=something|" +
    "everythin=everything|any1=anyone|some1=someone|no1=no one|noone=no one|" +
    "every1=everyone|nobodys=nobody's|myslef=myself|mysef=myself|myelf=myself|meself=myself|kil=kill|" +
    "kll=kill|kilme=kill me",
  ),
  // coded and slang risk words
  ...pairList(
    "kms=kill myself|kmss=kill myself|kys=kill yourself|ctb=kill myself|unaliveing=unaliving|" +
    "s/h=self harm|s/h-ing=self harming|sewerslide=suicide|sewerslided=suicide|" +
    "suecide=suicide|suicied=suicide|selfdelete=kill myself|selfharm=self harm|" +
    "selfharming=self harming|selfharmed=self harmed|shing=self harming|killmyself=kill myself|" +
    "killingmyself=killing myself|wanttodie=want to die|iwanttodie=i want to die|" +
    "wannadie=want to die|endmylife=end my life|yeet=throw|yeeting=throwing|yeeted=threw|" +
    "wana=want to|gunna=going to|bout=about|sucidal=suicidal|suicidial=suicidal",
  ),
  // dropped g and run-together words
  ...pairList(
    "thinkin=thinking|drivin=driving|feelin=feeling|tryin=trying|goin=going|livin=living|lookin=looking|" +
    "takin=taking|endin=ending|hurtin=hurting|cuttin=cutting|alot=a lot|tierd=tired|tird=tired|" +
    "exsist=exist|exsisting=existing|od=overdose|od'd=overdosed|oded=overdosed|" +
    "od'ed=overdosed|oding=overdosing|od'ing=overdosing|ods=overdoses|suicidally=suicidal|" +
    "depresed=depressed|depressd=depressed|anxiuos=anxious|pils=pills|botle=bottle|bottel=bottle|sleping=sleeping|jsut=just|swalowed=swallowed",
  ),
];

export const SLANG: ReadonlyMap<string, readonly string[]> = new Map(
  ENTRIES.filter(([from, to]) => from !== to).map(([from, to]) => [from, to.split(' ')] as const),
);

/** Two written words that stand for one canonical phrase ("sewer slide" → suicide). */
export const BIGRAMS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['sewer slide', 'suicide'],
      ['sewer side', 'suicide'],
      ['kermit sudoku', 'suicide'],
      ['self delete', 'kill myself'],
      ['self unalive', 'kill myself'],
      ['un alive', 'unalive'],
      ['my self', 'myself'],
      ['k ms', 'kill myself'],
      ['can not', "can't"],
      ['no body', 'nobody'],
    ] as const
  ).map(([from, to]) => [from, to.split(' ')] as const),
);

/**
 * Emoji that carry meaning for risk, read as words. Emoji that mostly mean laughter online
 * (😭, 💀 in "I'm dead 💀") are read as "lol" so they do not count as distress.
 */
export const EMOJI: ReadonlyMap<number, readonly string[]> = new Map(
  (
    [
      [0x1f52a, 'knife'], [0x1f5e1, 'knife'], [0x1f52b, 'gun'], [0x1f48a, 'pills'], [0x1f489, 'needle'],
      [0x1faa2, 'rope'], [0x26b0, 'coffin'], [0x1faa6, 'grave'], [0x2620, 'skull'], [0x1fa78, 'blood'],
      [0x1f309, 'bridge'], [0x1f686, 'train'], [0x1f682, 'train'], [0x1f684, 'train'], [0x1f685, 'train'],
      [0x1f687, 'train'], [0x1f3e2, 'building'], [0x1f3d9, 'building'], [0x2702, 'blade'], [0x1fa92, 'razor'],
      [0x1f494, 'sademoji'], [0x1f622, 'sademoji'], [0x1f61e, 'sademoji'], [0x1f614, 'sademoji'],
      [0x1f63f, 'sademoji'], [0x1f629, 'sademoji'], [0x1f62b, 'sademoji'], [0x1f97a, 'sademoji'],
      [0x1f602, 'lol'], [0x1f923, 'lol'], [0x1f62d, 'lol'], [0x1f480, 'lol'], [0x1f606, 'lol'], [0x1f605, 'lol'],
    ] as const
  ).map(([cp, words]) => [cp, words.split(' ')] as const),
);

/**
 * Canonical words that obfuscated spellings are resolved against: leetspeak ("k1ll"),
 * censoring ("k*ll", "s**cide"), elongation ("diiiie") and spaced letters ("k i l l").
 * Order matters for censoring: the first word that fits the visible letters wins.
 */
export const KEY_WORDS: readonly string[] = (
  'kill killing killed myself suicide suicidal die dying dead death self harm cut cutting hurt ' +
  'hurting overdose overdosed pills hang hanging noose rope shoot gun knife blade razor jump ' +
  'bridge want end life live living alive unalive hopeless worthless burden hate please help bleed ' +
  'bleeding blood drown poison lethal fatal dose sad alone lonely tired empty done no so why me ' +
  'just anymore never nobody tonight goodbye sorry crying cry scared help depressed fucking fuck ' +
  'shit'
).split(' ');

/**
 * Risk words that are long enough to correct one typo in safely (one letter added, dropped,
 * changed or swapped). Short words are left alone: "kill" is one letter from "will" and "fill".
 */
export const TYPO_KEYS: readonly string[] = (
  'suicide suicidal myself overdose overdosed overdosing hopeless worthless unalive'
).split(' ');

/** Real words one typo away from a TYPO_KEY that must never be "corrected". */
export const TYPO_EXCEPTIONS: ReadonlySet<string> = wordSet('overdoes overdone herself himself itself thyself suicidar suicider suicidas suicidio');

/** Leetspeak and censoring characters, with the letter they most often stand for. */
export const LEET: ReadonlyMap<string, string> = new Map([
  ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['8', 'b'], ['9', 'g'],
  ['@', 'a'], ['$', 's'], ['!', 'i'], ['|', 'l'], ['+', 't'], ['€', 'e'],
]);

/** Characters that hide a letter without suggesting which one. */
export const WILDCARDS = wordSet('* # _ % . ? -');
