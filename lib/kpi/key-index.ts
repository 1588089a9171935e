/**
 * Strings → dense positions 0, 1, 2… in order of first sight, in an open-addressing table held
 * in one Int32Array. Why not a Map: the report's pass over 100k deals looks up ~20k open-deal ids
 * (then ~70k observations against them) and ~40k won accounts, and a growing Map of that size
 * costs several times a plain scan of the deals (rehashing into new backing stores, MBs of
 * garbage per report). Here a lookup is one hash of the key's characters and a probe or two
 * within one cache line (each slot holds the position and the hash side by side, so the key
 * string is only compared on a hash match); callers keep values in parallel arrays indexed by
 * the position, so an update needs no second lookup and allocates nothing.
 *
 * Several indexes may share one `keys` array (one position space): each then finds only the keys
 * added through it, at their position in the shared array (the open deals of each CRM, whose
 * positions are their places in one list: no second array mapping a CRM's position to it).
 */
export class KeyIndex {
  /** Key of each position (shared with the other indexes built on the same array). */
  readonly keys: string[];
  /** Per slot: [2i] = position + 1 (0 = empty), [2i + 1] = the key's hash. */
  private slots: Int32Array;
  private mask: number;
  /** Keys added through this index (the shared `keys` may hold others'). */
  private filled = 0;

  /**
   * `expected`: how many keys the caller expects. The table is allocated once for that many
   * (at most 2 slots per key, load ≤ 1/2), so filling it copies nothing; more keys still grow it.
   * Each growth rehashes every slot into a new table twice the size: sizing up front saves the
   * chain of tables (their sum ≈ the final table) and those O(size) rehashes.
   * `keys`: a position space shared with other indexes (see above); by default its own.
   */
  constructor(expected = 0, keys: string[] = []) {
    this.keys = keys;
    let pairs = 128;
    while (pairs < 2 * expected) pairs *= 2;
    this.slots = new Int32Array(2 * pairs);
    this.mask = pairs - 1;
  }

  /** Positions in use: this index's keys, plus those of the indexes sharing its `keys`. */
  get size(): number {
    return this.keys.length;
  }

  /** Position of `key`, or -1. */
  get(key: string): number {
    const p = this.slots[2 * this.slotOf(key, hashOf(key))]!;
    return p - 1;
  }

  /** Position of `key`, added at the end when absent (then the result equals the old `size`). */
  add(key: string): number {
    const h = hashOf(key);
    const i = this.slotOf(key, h);
    const slots = this.slots;
    if (slots[2 * i] !== 0) return slots[2 * i]! - 1;
    const at = this.keys.length;
    this.keys.push(key);
    slots[2 * i] = at + 1;
    slots[2 * i + 1] = h;
    // Load factor ≤ 1/2 keeps linear probing short (a sparser table measured slower: more cache misses).
    if (++this.filled * 4 > slots.length) this.grow();
    return at;
  }

  /** The slot holding `key` (hash `h`), or the empty slot where it would go (linear probing). */
  private slotOf(key: string, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = h & mask;
    for (let p = slots[2 * i]!; p !== 0; p = slots[2 * i]!) {
      if (slots[2 * i + 1] === h && this.keys[p - 1] === key) return i;
      i = (i + 1) & mask;
    }
    return i;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (this.mask << 1) | 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j] === 0) continue;
      let i = old[j + 1]! & mask;
      while (slots[2 * i] !== 0) i = (i + 1) & mask;
      slots[2 * i] = old[j]!;
      slots[2 * i + 1] = old[j + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units with a final avalanche (keys like `b00000a1b` differ in few bits). */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
