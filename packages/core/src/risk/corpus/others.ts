import { cases } from './types';

const HO: ['harm_to_others'] = ['harm_to_others'];
const BH: ['being_harmed'] = ['being_harmed'];

export const HARM_TO_OTHERS_CASES = cases('harm-to-others', [
  ['I want to kill him', 'high', HO],
  ['I\'m going to hurt someone', 'high', HO],
  ['I keep having thoughts of hurting my baby', 'high', HO],
  ['I\'m scared I might hurt my kids', 'high', HO],
  ['I want to stab my stepdad', 'high', HO],
  ['I\'m going to shoot up my school', 'high', HO],
  ['I\'m going to kill my boss tomorrow', 'imminent', HO],
  ['I have my dad\'s gun and I\'m going to kill him', 'imminent', HO],
  ['I\'m bringing a knife to school to hurt them', 'imminent', HO],
  ['I keep fantasizing about killing my ex', 'high', HO],
  ['I\'m going to beat him up when I see him tonight', 'imminent', HO],
  ['I have intrusive thoughts about hurting my baby and they scare me', 'moderate', HO],
  ['I want to murder everyone at work', 'high', HO],
  ['I\'m so angry I could scream', 'low'],
  ['I\'m furious at my brother', 'low'],
]);

export const BEING_HARMED_CASES = cases('being-harmed', [
  ['My husband hits me', 'high', BH],
  ['My dad beats me when he drinks', 'high', BH],
  ['He threatened to kill me if I leave', 'high', BH],
  ['My boyfriend said he would kill me', 'high', BH],
  ['I\'m being abused at home', 'high', BH],
  ['I was raped last week', 'high', BH],
  ['I don\'t feel safe at home', 'high', BH],
  ['I\'m scared my partner will hurt me', 'high', BH],
  ['She chokes me when we argue', 'high', BH],
  ['My stepfather touches me and I don\'t want him to', 'high', BH],
  ['He\'s outside my door with a knife', 'imminent', BH],
  ['He hits me and he\'s coming home right now', 'imminent', BH],
  ['My partner is banging on the door and threatening to kill me', 'imminent', BH],
  ['I\'m getting bullied at school every day', 'moderate', BH],
  ['People at school keep telling me to kill myself', 'moderate', BH],
  ['They bully me online', 'moderate', BH],
  ['He hurts me', 'moderate', BH],
  ['My ex is stalking me', 'high', BH],
  ['I was abused as a child', 'moderate', BH],
  ['My uncle molested me when I was young', 'moderate', BH],
]);
