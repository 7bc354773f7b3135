// A MemoryStore held in process memory: for tests, benchmarks and `kinbridge chat` without
// `--data`. Copies go in and out so a caller cannot change stored items by mutating results.
import type { MemoryItem, MemoryStore, NewMemory } from './types';

export class InMemoryMemoryStore implements MemoryStore {
  private items: MemoryItem[] = [];
  private counter = 0;

  constructor(initial: readonly MemoryItem[] = []) {
    this.items = initial.map((i) => ({ ...i }));
  }

  async list(): Promise<MemoryItem[]> {
    return this.items.map((i) => ({ ...i }));
  }

  async add(item: NewMemory): Promise<MemoryItem> {
    const stored: MemoryItem = { ...item, id: `m${++this.counter}-${Date.parse(item.at) || 0}` };
    this.items.push(stored);
    return { ...stored };
  }

  async remove(id: string): Promise<boolean> {
    const before = this.items.length;
    this.items = this.items.filter((i) => i.id !== id);
    return this.items.length < before;
  }

  async clear(): Promise<number> {
    const count = this.items.length;
    this.items = [];
    return count;
  }
}
