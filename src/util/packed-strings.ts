/**
 * A constant set of strings held as one string and three typed arrays, for the large lookup
 * tables that every extracting thread holds its own copy of. A `Set` holds each entry as a
 * heap string of its own plus a hash table of pointers, all of it for every full GC to mark:
 * the common-word and first-name lists took 1.54 MB of heap that way and take 0.67 MB here,
 * the city gazetteer's keys 3.61 MB as a Map and 1.03 MB here (`.bench/scratch/lexmem.ts`,
 * heap used after forced GCs). An entry is a range of the one string, found by an FNV-1a
 * hash of its UTF-16 code units in an open-addressing table of entry numbers; `has` compares
 * code units, so it answers exactly what `Set.has` would.
 */
export class PackedStrings {
  /** Entry i is `text.slice(starts[i], ends[i])`. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Entry number + 1 per slot, 0 for an empty slot; a power of two at least twice the entries. */
  private readonly slots: Int32Array;
  readonly size: number;

  /**
   * `text` holds the entries separated by `separator` (a character no entry contains).
   * Repeated entries count once: `indexOf` gives the first.
   */
  constructor(
    private readonly text: string,
    separator: string,
  ) {
    const sep = separator.charCodeAt(0);
    const starts: number[] = [];
    const ends: number[] = [];
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text.charCodeAt(i) !== sep) continue;
      if (i > from) {
        starts.push(from);
        ends.push(i);
      }
      from = i + 1;
    }
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
    let capacity = 2;
    while (capacity < starts.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    let size = 0;
    for (let entry = 0; entry < starts.length; entry++) {
      const at = this.find(text, starts[entry]!, ends[entry]!);
      if (this.slots[at] !== 0) continue;
      this.slots[at] = entry + 1;
      size++;
    }
    this.size = size;
  }

  /** Builds one from a list of entries, none of which may contain a newline. */
  static of(entries: readonly string[]): PackedStrings {
    return new PackedStrings(entries.join('\n'), '\n');
  }

  has(value: string): boolean {
    return this.slots[this.find(value, 0, value.length)] !== 0;
  }

  /** Where the entry first occurs among the text's entries (0 for the first entry), or -1. */
  indexOf(value: string): number {
    return this.slots[this.find(value, 0, value.length)]! - 1;
  }

  /** The slot that holds `source[from, to)`, or the empty slot where it would go. */
  private find(source: string, from: number, to: number): number {
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0 || this.equals(entry, source, from, to)) return slot;
    }
  }

  private equals(entry: number, source: string, from: number, to: number): boolean {
    const start = this.starts[entry]!;
    if (this.ends[entry]! - start !== to - from) return false;
    for (let i = 0; i < to - from; i++) {
      if (this.text.charCodeAt(start + i) !== source.charCodeAt(from + i)) return false;
    }
    return true;
  }
}
