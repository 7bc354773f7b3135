// The text SOS pre-fills when the person reaches out to a support contact. It asks for contact
// and shares nothing else: no plan content, no distress level, no app name, no crisis words,
// because the person may not want those on someone else's lock screen. (REFERENCE.md: a
// message to a support contact carries no conversation content.)
import type { SupportContact } from './schema';

function displayName(name: string): string {
  // Collapse whitespace so a name typed with a line break cannot split the message. The whole
  // name is used: "Aunt Jo" or "Dr. Lee" would be mangled by taking the first word.
  return [...name.replace(/\s+/g, ' ').trim()].slice(0, 40).join('');
}

export function prewrittenContactMessage(contact: Pick<SupportContact, 'name'>): string {
  const name = displayName(contact.name);
  const greeting = name ? `Hi ${name}, it's me.` : "Hi, it's me.";
  return `${greeting} I'm having a hard time right now and would really like to hear from you. Could you call or text me when you can?`;
}
