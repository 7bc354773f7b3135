// What the companion remembers about one person, and the interface it is stored behind. A store
// instance belongs to exactly one person: the companion never sees an id of anyone else, so no
// message can make it read or reveal another person's memory. The server's implementation seals
// every text at rest; `InMemoryMemoryStore` serves tests and the terminal.
import type { IsoDateTime } from '@kinbridge/core';

export type MemoryKind =
  /** Something that helped, with the date it helped. */
  | 'helped'
  /** Something that did not help or made things worse. */
  | 'not_helpful'
  /** Something the person asked not to be suggested ("don't suggest cold water"). */
  | 'avoid'
  /** How they like to be addressed or spoken to. */
  | 'preference'
  | 'trigger'
  | 'warning_sign'
  | 'contact';

export interface MemoryItem {
  id: string;
  kind: MemoryKind;
  /** Short, in the person's own words, markup removed. */
  text: string;
  /** When it happened or was said. */
  at: IsoDateTime;
  source: 'chat' | 'episode' | 'plan';
}

export type NewMemory = Omit<MemoryItem, 'id'>;

export interface MemoryStore {
  /** All items for this person, oldest first. */
  list(): Promise<MemoryItem[]>;
  add(item: NewMemory): Promise<MemoryItem>;
  /** Removes one item; false when there was none with that id. */
  remove(id: string): Promise<boolean>;
  /** Removes everything; returns how many items went. */
  clear(): Promise<number>;
}

/** Plain-words label for each kind, used when the person asks what is remembered. */
export const MEMORY_KIND_LABEL: Record<MemoryKind, string> = {
  helped: 'What helped',
  not_helpful: "What didn't help",
  avoid: 'Not to suggest',
  preference: 'Preferences',
  trigger: 'Triggers',
  warning_sign: 'Warning signs',
  contact: 'People',
};
