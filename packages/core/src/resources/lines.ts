// Crisis lines per region, from shared/clinical/REFERENCE.md.
//
// RELEASE CHECK: each entry's `lastVerified` is the date it was last compared with the service's
// own website. Before every release, re-verify every entry against the service's site (numbers,
// keywords, hours) and update the date; crisis numbers change (988 ended its LGBTQ+ press-3
// option in July 2025). The dates below are placeholders set when the table was written.
import type { CrisisLine, SupportedRegion } from './types';

const VERIFIED = '2026-12-03';

export const CRISIS_LINES: Readonly<Record<SupportedRegion, readonly CrisisLine[]>> = {
  US: [
    {
      id: 'us-988',
      region: 'US',
      name: '988 Suicide & Crisis Lifeline',
      description: 'Free, confidential support for anyone in distress. Press 1 for veterans, 2 for Spanish.',
      contacts: [
        { kind: 'call', number: '988', display: '988' },
        { kind: 'text', number: '988', display: '988' },
        { kind: 'chat', url: 'https://988lifeline.org/chat' },
      ],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
    {
      id: 'us-crisis-text-line',
      region: 'US',
      name: 'Crisis Text Line',
      description: 'Text with a trained volunteer.',
      contacts: [{ kind: 'text', number: '741741', display: '741741', keyword: 'HOME' }],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
    {
      id: 'us-veterans-crisis-line',
      region: 'US',
      name: 'Veterans Crisis Line',
      description: 'For veterans, service members and the people who support them.',
      contacts: [
        { kind: 'call', number: '988', display: '988, then press 1', note: 'Press 1 when the call connects.' },
        { kind: 'text', number: '838255', display: '838255' },
      ],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
    {
      id: 'us-trevor-project',
      region: 'US',
      name: 'The Trevor Project',
      description: 'For LGBTQ+ young people.',
      contacts: [
        { kind: 'call', number: '+18664887386', display: '1-866-488-7386' },
        { kind: 'text', number: '678678', display: '678678', keyword: 'START' },
      ],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
  ],
  GB: [
    {
      id: 'gb-samaritans',
      region: 'GB',
      name: 'Samaritans',
      description: 'Talk to someone about anything that is troubling you.',
      contacts: [{ kind: 'call', number: '116123', display: '116 123' }],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
    {
      id: 'gb-shout',
      region: 'GB',
      name: 'Shout',
      description: 'Text with a trained volunteer.',
      contacts: [{ kind: 'text', number: '85258', display: '85258', keyword: 'SHOUT' }],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
    {
      // Hours not given in the reference; NHS 111 runs around the clock. Re-verify.
      id: 'gb-nhs-111',
      region: 'GB',
      name: 'NHS 111, option 2 (England)',
      description: 'Urgent mental health help in England: call 111 and choose option 2.',
      contacts: [{ kind: 'call', number: '111', display: '111, then option 2', note: 'Choose option 2 for mental health.' }],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
  ],
  CA: [
    {
      id: 'ca-988',
      region: 'CA',
      name: '9-8-8 Suicide Crisis Helpline',
      description: 'Call or text for support, any time.',
      contacts: [
        { kind: 'call', number: '988', display: '9-8-8' },
        { kind: 'text', number: '988', display: '9-8-8' },
      ],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
  ],
  AU: [
    {
      // The reference gives no hours for Lifeline's text service; re-verify them.
      id: 'au-lifeline',
      region: 'AU',
      name: 'Lifeline',
      description: 'Crisis support and suicide prevention.',
      contacts: [
        { kind: 'call', number: '131114', display: '13 11 14' },
        { kind: 'text', number: '0477131114', display: '0477 13 11 14' },
      ],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
  ],
  IE: [
    {
      id: 'ie-samaritans',
      region: 'IE',
      name: 'Samaritans',
      description: 'Talk to someone about anything that is troubling you.',
      contacts: [{ kind: 'call', number: '116123', display: '116 123' }],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
    {
      // The reference gives the number only; the service's site names the word to start with.
      id: 'ie-text-50808',
      region: 'IE',
      name: 'Text 50808',
      description: 'Text with a trained volunteer.',
      contacts: [{ kind: 'text', number: '50808', display: '50808' }],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
  ],
  NZ: [
    {
      id: 'nz-1737',
      region: 'NZ',
      name: '1737, Need to talk?',
      description: 'Call or text to talk with a trained counsellor.',
      contacts: [
        { kind: 'call', number: '1737', display: '1737' },
        { kind: 'text', number: '1737', display: '1737' },
      ],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
  ],
  IN: [
    {
      id: 'in-tele-manas',
      region: 'IN',
      name: 'Tele-MANAS',
      description: 'The national mental health helpline.',
      contacts: [{ kind: 'call', number: '14416', display: '14416' }],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
  ],
  DE: [
    {
      id: 'de-telefonseelsorge',
      region: 'DE',
      name: 'TelefonSeelsorge',
      description: 'Anonymous support by phone, free of charge.',
      contacts: [
        { kind: 'call', number: '08001110111', display: '0800 111 0 111' },
        { kind: 'call', number: '08001110222', display: '0800 111 0 222' },
        { kind: 'call', number: '116123', display: '116 123' },
      ],
      hours: '24/7',
      is24x7: true,
      lastVerified: VERIFIED,
    },
  ],
};

/** Emergency numbers; the first is the one to show, the rest also work. */
export const EMERGENCY_NUMBERS: Readonly<Record<SupportedRegion, readonly string[]>> = {
  US: ['911'],
  GB: ['999'],
  CA: ['911'],
  AU: ['000'],
  IE: ['112', '999'],
  NZ: ['111'],
  IN: ['112'],
  DE: ['112'],
};

/** Shown for every region we have no table for. */
export const FIND_A_HELPLINE: CrisisLine = {
  id: 'findahelpline',
  region: null,
  name: 'Find A Helpline',
  description: 'Free, human-staffed crisis lines in about 130 countries. Search by country.',
  contacts: [{ kind: 'web', url: 'https://findahelpline.com' }],
  hours: 'Depends on the service',
  is24x7: false,
  lastVerified: VERIFIED,
};
