// Aho–Corasick over UTF-16 code units: every occurrence of every entry in one pass over the text.
// Written here rather than taken from npm after measuring the candidates (see the package README):
// modern-ahocorasick walks grapheme clusters with Intl.Segmenter (≈ 9.6 KB gzip in the browser, and
// most of a check's time on non-Latin text), and @monyone/aho-corasick's double array built 1,000 rules
// about 25 times slower and cannot stop early. This one is < 1 KB and stops when the caller has enough.

/** Stops the scan when returned from a visitor. */
export const STOP = false;

/**
 * A compiled dictionary; state 0 is the root.
 * @example new AhoCorasick(['he', 'she']).forEachMatch('ushers', (entry, start, end) => console.log(entry, start, end))
 * // 1 1 4 ("she"), then 0 2 4 ("he")
 */
export class AhoCorasick {
  /** Code unit → symbol (1-based, in code-unit order); 0 for a unit no entry contains. */
  readonly #symbolOf = new Uint16Array(65536);
  /** Root transitions by symbol (0: stay at the root). */
  readonly #rootNext: Int32Array;
  /** Edges of state s are edgeLabel/edgeTarget[edgeStart[s] .. edgeStart[s + 1]), labels ascending. */
  readonly #edgeStart: Int32Array;
  readonly #edgeLabel: Uint16Array;
  readonly #edgeTarget: Int32Array;
  readonly #failure: Int32Array;
  /** The entry that ends exactly at a state, or -1. */
  readonly #entryAt: Int32Array;
  /** The next state down the failure chain at which an entry ends, or 0. */
  readonly #nextOutput: Int32Array;
  readonly #lengths: Int32Array;

  constructor(entries: readonly string[]) {
    // Symbols numbered in code-unit order, so edges created in sorted entry order come out sorted by label.
    let totalLength = 0;
    for (const entry of entries) {
      totalLength += entry.length;
      for (let i = 0; i < entry.length; i++) this.#symbolOf[entry.charCodeAt(i)] = 1;
    }
    let symbols = 0;
    for (let unit = 0; unit < 65536; unit++) if (this.#symbolOf[unit] !== 0) this.#symbolOf[unit] = ++symbols;

    // The trie from the distinct entries in sorted order (the default sort compares UTF-16 units): each
    // entry shares the path of the one before it up to their common prefix, so no child lookup is needed.
    const firstId = new Map<string, number>();
    entries.forEach((entry, id) => {
      if (entry.length > 0 && !firstId.has(entry)) firstId.set(entry, id);
    });
    const sorted = [...firstId.keys()].sort();
    const parentOf = new Int32Array(totalLength + 1);
    const symbolInto = new Uint16Array(totalLength + 1);
    const entryAt = new Int32Array(totalLength + 1).fill(-1);
    const path = new Int32Array(sorted.reduce((longest, entry) => Math.max(longest, entry.length), 0) + 1);
    let count = 1;
    let previous = '';
    for (const entry of sorted) {
      let common = 0;
      while (common < previous.length && common < entry.length && previous.charCodeAt(common) === entry.charCodeAt(common)) common++;
      for (let depth = common; depth < entry.length; depth++) {
        parentOf[count] = path[depth]!;
        symbolInto[count] = this.#symbolOf[entry.charCodeAt(depth)]!;
        path[depth + 1] = count++;
      }
      entryAt[path[entry.length]!] = firstId.get(entry)!;
      previous = entry;
    }

    const edgeStart = new Int32Array(count + 1);
    const edgeLabel = new Uint16Array(count - 1);
    const edgeTarget = new Int32Array(count - 1);
    for (let child = 1; child < count; child++) edgeStart[parentOf[child]! + 1]!++;
    for (let state = 0; state < count; state++) edgeStart[state + 1]! += edgeStart[state]!;
    const fill = edgeStart.slice(0, count);
    for (let child = 1; child < count; child++) {
      const at = fill[parentOf[child]!]!++;
      edgeLabel[at] = symbolInto[child]!;
      edgeTarget[at] = child;
    }
    const rootNext = new Int32Array(symbols + 1);
    for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) rootNext[edgeLabel[e]!] = edgeTarget[e]!;
    this.#edgeStart = edgeStart;
    this.#edgeLabel = edgeLabel;
    this.#edgeTarget = edgeTarget;
    this.#rootNext = rootNext;

    // Failure links breadth first: a state's failure target is shallower, so it is settled before it is used.
    const failure = new Int32Array(count);
    const nextOutput = new Int32Array(count);
    const outputAt = entryAt.slice(0, count);
    this.#failure = failure;
    this.#nextOutput = nextOutput;
    this.#entryAt = outputAt;
    const queue = new Int32Array(count);
    let queued = 1;
    for (let k = 0; k < queued; k++) {
      const state = queue[k]!;
      for (let e = edgeStart[state]!; e < edgeStart[state + 1]!; e++) {
        const child = edgeTarget[e]!;
        const fail = state === 0 ? 0 : this.#step(failure[state]!, edgeLabel[e]!);
        failure[child] = fail;
        nextOutput[child] = outputAt[fail]! !== -1 ? fail : nextOutput[fail]!;
        queue[queued++] = child;
      }
    }
    this.#lengths = Int32Array.from(entries, (entry) => entry.length);
  }

  /**
   * Calls `visit(entry, start, end)` for every occurrence, by end offset, longest first among those
   * ending together; returning `STOP` (false) ends the scan.
   */
  forEachMatch(text: string, visit: (entry: number, start: number, end: number) => boolean | undefined): void {
    const symbolOf = this.#symbolOf;
    const entryAt = this.#entryAt;
    const nextOutput = this.#nextOutput;
    const lengths = this.#lengths;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbolOf[text.charCodeAt(i)]!;
      if (symbol === 0) {
        state = 0;
        continue;
      }
      state = this.#step(state, symbol);
      for (let out = entryAt[state] !== -1 ? state : nextOutput[state]!; out !== 0; out = nextOutput[out]!) {
        const entry = entryAt[out]!;
        if (visit(entry, i + 1 - lengths[entry]!, i + 1) === STOP) return;
      }
    }
  }

  /** The state reached from `state` on `symbol`, following failure links. */
  #step(state: number, symbol: number): number {
    const labels = this.#edgeLabel;
    while (state !== 0) {
      let low = this.#edgeStart[state]!;
      let high = this.#edgeStart[state + 1]! - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const label = labels[middle]!;
        if (label === symbol) return this.#edgeTarget[middle]!;
        if (label < symbol) low = middle + 1;
        else high = middle - 1;
      }
      state = this.#failure[state]!;
    }
    return this.#rootNext[symbol]!;
  }
}
