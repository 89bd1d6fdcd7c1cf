// A map that keeps at most `limit` entries, dropping the least recently used: for caches that live as long
// as the process (under --watch every edit of a text adds a new key, and the old ones are never asked for again).
// The order of use is a list through the entries: a hit moves its entry to the front without touching the
// map (deleting and re-inserting a key on every hit made the map rehash its table over and over).

interface Entry<K, V> {
  key: K;
  value: V;
  /** The entry used just before / just after this one. */
  older: Entry<K, V> | undefined;
  newer: Entry<K, V> | undefined;
}

export class BoundedCache<K, V> {
  private readonly entries = new Map<K, Entry<K, V>>();
  private newest: Entry<K, V> | undefined;
  private oldest: Entry<K, V> | undefined;

  constructor(readonly limit: number) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.use(entry);
    return entry.value;
  }

  /** The value kept for `key`, or the one `make` gives, kept from now on. */
  getOrMake(key: K, make: (key: K) => V): V {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.use(entry);
      return entry.value;
    }
    const value = make(key);
    this.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    const known = this.entries.get(key);
    if (known) {
      known.value = value;
      this.use(known);
      return;
    }
    const entry: Entry<K, V> = { key, value, older: undefined, newer: undefined };
    this.entries.set(key, entry);
    this.toFront(entry);
    if (this.entries.size > this.limit && this.oldest) {
      const drop = this.oldest;
      this.unlink(drop);
      this.entries.delete(drop.key);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private use(entry: Entry<K, V>): void {
    if (entry === this.newest) return;
    this.unlink(entry);
    this.toFront(entry);
  }

  private unlink(entry: Entry<K, V>): void {
    if (entry.older) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    if (entry.newer) entry.newer.older = entry.older;
    else this.newest = entry.older;
    entry.older = entry.newer = undefined;
  }

  private toFront(entry: Entry<K, V>): void {
    entry.older = this.newest;
    if (this.newest) this.newest.newer = entry;
    this.newest = entry;
    this.oldest ??= entry;
  }
}
