// One Aho–Corasick dictionary over every literal the bundle needs (rule phrases, pattern literals,
// brand names, built-in entity words), so a message is scanned once whatever the number of rules.
import { AhoCorasick, STOP } from './aho-corasick.js';

/** Who wants to know that an entry occurred. */
export type DictionaryUse =
  | { type: 'phrase'; rule: number }
  | { type: 'literal'; pattern: number }
  | { type: 'brand'; brand: number }
  | { type: 'entity'; entity: number };

export interface DictionaryHit {
  use: DictionaryUse;
  start: number;
  end: number;
}

/** Builds the dictionary entry by entry, then compiles it once. */
export class MatchDictionaryBuilder {
  readonly #index = new Map<string, number>();
  readonly #entries: string[] = [];
  readonly #uses: DictionaryUse[][] = [];

  /** Adds normalised `text` for `use`; two-word phrases also match written as one word (`giftcard`). */
  add(text: string, use: DictionaryUse): void {
    this.#addOne(text, use);
    const space = text.indexOf(' ');
    if (use.type !== 'literal' && space !== -1 && text.indexOf(' ', space + 1) === -1) this.#addOne(text.replace(' ', ''), use);
  }

  #addOne(text: string, use: DictionaryUse): void {
    if (text.length === 0) return;
    let id = this.#index.get(text);
    if (id === undefined) {
      id = this.#entries.length;
      this.#index.set(text, id);
      this.#entries.push(text);
      this.#uses.push([]);
    }
    this.#uses[id]!.push(use);
  }

  build(): MatchDictionary {
    return new MatchDictionary(this.#entries, this.#uses);
  }
}

/** Hits per message are capped: past this, more of the same adds nothing to the reading. */
const MAX_HITS = 400;

export class MatchDictionary {
  readonly #matcher: AhoCorasick;
  readonly #uses: DictionaryUse[][];

  constructor(entries: string[], uses: DictionaryUse[][]) {
    this.#matcher = new AhoCorasick(entries);
    this.#uses = uses;
  }

  get size(): number {
    return this.#uses.length;
  }

  /**
   * Scans normalised text once. Phrases, brand names and entity words must stand as whole words
   * (a plural `s` may follow); pattern literals may sit anywhere.
   */
  scan(text: string): DictionaryHit[] {
    const hits: DictionaryHit[] = [];
    this.#matcher.forEachMatch(text, (entry, start, end) => {
      if (hits.length >= MAX_HITS) return STOP;
      const wordEnd = wholeWordEnd(text, start, end);
      for (const use of this.#uses[entry]!) {
        if (use.type === 'literal') hits.push({ use, start, end });
        else if (wordEnd !== -1) hits.push({ use, start, end: wordEnd });
      }
    });
    return hits;
  }
}

/** Letters and digits of any script; emoji (surrogates) and symbol blocks are not word characters. */
function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return code >= 0xc0 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0xd800 && code <= 0xdfff) && !(code >= 0x3000 && code <= 0x303f);
}

/** The end of the whole word the match forms (after an optional plural `s`), or -1 if it is inside a word. */
function wholeWordEnd(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (isWordUnit(first) && start > 0 && isWordUnit(text.charCodeAt(start - 1))) return -1;
  if (!isWordUnit(last) || end >= text.length || !isWordUnit(text.charCodeAt(end))) return end;
  const next = text.charCodeAt(end);
  if ((next === 115 || next === 83) && (end + 1 >= text.length || !isWordUnit(text.charCodeAt(end + 1)))) return end + 1;
  return -1;
}
