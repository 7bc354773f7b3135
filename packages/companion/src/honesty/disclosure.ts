// When the companion says what it is. REFERENCE.md (and the state laws it cites, e.g.
// California SB 243, New York GBL art. 47) asks for a clear "I am an AI, not a person and not a
// therapist" at first use, after 7 days away, every 3 hours of conversation, and whenever asked.
// "Every 3 hours" is measured as wall-clock time since the last disclosure, which discloses at
// least as often as counting only active minutes would. Time is an input, never read here.
import type { EpochMs } from '@kinbridge/core';
import type { Composer } from '../compose/variation';

export const AWAY_MS = 7 * 24 * 60 * 60 * 1000;
export const REPEAT_MS = 3 * 60 * 60 * 1000;

export type DisclosureReason = 'first_use' | 'returning' | 'periodic' | 'asked';

export interface DisclosureState {
  lastDisclosedAt: EpochMs | null;
  lastMessageAt: EpochMs | null;
}

export function newDisclosureState(): DisclosureState {
  return { lastDisclosedAt: null, lastMessageAt: null };
}

/** Whether this message needs a disclosure, and why. `asked` comes from the topic rules. */
export function disclosureDue(state: DisclosureState, now: EpochMs, asked: boolean): DisclosureReason | null {
  if (asked) return 'asked';
  if (state.lastDisclosedAt === null) return 'first_use';
  if (state.lastMessageAt !== null && now - state.lastMessageAt >= AWAY_MS) return 'returning';
  if (now - state.lastDisclosedAt >= REPEAT_MS) return 'periodic';
  return null;
}

/** Records that a message arrived (and, if given, that a disclosure went with the reply). */
export function recordMessage(state: DisclosureState, now: EpochMs, disclosed: boolean): DisclosureState {
  return { lastMessageAt: now, lastDisclosedAt: disclosed ? now : state.lastDisclosedAt };
}

/** The sentence that goes at the top of the reply. Every variant names all three facts. */
export function disclosureText(reason: DisclosureReason, compose: Composer): string {
  switch (reason) {
    case 'first_use':
      return compose.pick('disclose.first', [
        "Hi, I'm Kinbridge's companion. I'm an AI, not a person and not a therapist. I can't replace your care team, but I can help you use your plan and practise skills between sessions.",
        "Hello. Before we start: I'm an AI companion, not a human and not a therapist. I'm here to help you use your plan and your skills between sessions, alongside the people who support you.",
      ]);
    case 'returning':
      return compose.pick('disclose.returning', [
        "Welcome back. A quick reminder: I'm an AI, not a person and not a therapist.",
        "Good to hear from you again. Just so it's clear, I'm an AI companion, not a human and not a therapist.",
      ]);
    case 'periodic':
      return compose.pick('disclose.periodic', [
        "(A reminder, since we've been talking a while: I'm an AI, not a person and not a therapist.)",
        "(We've been chatting for some time, so a reminder: I'm an AI companion, not a human and not a therapist.)",
      ]);
    case 'asked':
      return compose.pick('disclose.asked', [
        "I'm an AI, not a person, and I'm not a therapist or any kind of licensed professional. I can't diagnose or treat anything. What I can do is help you use your crisis plan and practise skills, and point you to real people when you need them.",
        "No, I'm not human: I'm an AI companion. I'm also not a therapist, a doctor or a counsellor, and this isn't therapy. I'm here to help you between sessions with your plan and your skills, and to connect you with real people when it matters.",
      ]);
  }
}
