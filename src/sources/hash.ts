/**
 * Word hashes and a small hash table keyed by them: the tokenizer hashes
 * every word as it reads it, so a lexicon check costs a few integer
 * comparisons, and a word is only sliced out of the text when its hash
 * matches a lexicon word’s.
 */

/**
 * Hash of a lowercase word, as the tokenizer computes it.
 *
 * @param word
 *   Lowercase word.
 * @returns
 *   Non-negative 30-bit hash.
 */
export function wordHash(word: string): number {
  let hash = 0
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0
  return hash & 0x3f_ff_ff_ff
}

/**
 * A read-only map from words to small non-negative integers, looked up by
 * word hash (open addressing over typed arrays).
 */
export class WordTable {
  private readonly keys: Int32Array
  private readonly values: Int32Array
  private readonly words: string[]
  private readonly mask: number
  // A bit per hash value modulo `8 × size`, set for the table’s words: most
  // words asked about are in no table, and one bit rules them out without
  // walking a probe sequence.
  private readonly filter: Int32Array
  private readonly filterMask: number

  /**
   * @param entries
   *   Lowercase words and their values.
   */
  constructor(entries: Iterable<readonly [string, number]>) {
    const list = [...entries]
    let size = 16
    while (size < list.length * 2) size *= 2
    this.keys = new Int32Array(size)
    this.values = new Int32Array(size)
    this.words = Array.from({length: size}, () => '')
    this.mask = size - 1
    this.filter = new Int32Array(size >> 2)
    this.filterMask = size * 8 - 1
    for (const [word, value] of list) {
      const hash = wordHash(word)
      const bit = hash & this.filterMask
      this.filter[bit >> 5]! |= 1 << (bit & 31)
      let slot = hash & this.mask
      while (this.keys[slot] !== 0 && this.words[slot] !== word) slot = (slot + 1) & this.mask
      this.keys[slot] = hash + 1
      this.words[slot] = word
      this.values[slot] = value
    }
  }

  /** Whether the filter rules the hash out: no word of the table has it. */
  private ruledOut(hash: number): boolean {
    const bit = hash & this.filterMask
    return (this.filter[bit >> 5]! & (1 << (bit & 31))) === 0
  }

  /**
   * Value of a word.
   *
   * @param hash
   *   Its hash (see {@link wordHash}).
   * @param index
   *   Index of the word in `words`.
   * @param words
   *   Something that compares the word at `index` with a lowercase word,
   *   asked only when a table word has the same hash.
   * @returns
   *   Its value, or `-1` when absent.
   */
  get(hash: number, index: number, words: {is(index: number, word: string): boolean}): number {
    if (this.ruledOut(hash)) return -1
    const key = hash + 1
    let slot = hash & this.mask
    let found = this.keys[slot]!
    while (found !== 0) {
      if (found === key && words.is(index, this.words[slot]!)) return this.values[slot]!
      slot = (slot + 1) & this.mask
      found = this.keys[slot]!
    }

    return -1
  }

  /**
   * Value of the word at `text[start..end)`, compared with the table’s
   * words ASCII-case-insensitively (other characters must match exactly), so
   * no lowercase copy is made.
   *
   * @param hash
   *   Hash of the lowercase word (see {@link wordHash}).
   * @param text
   *   Text holding the word.
   * @param start
   *   Start of the word.
   * @param end
   *   End of the word.
   * @returns
   *   Its value, or `-1` when absent.
   */
  getText(hash: number, text: string, start: number, end: number): number {
    if (this.ruledOut(hash)) return -1
    const key = hash + 1
    let slot = hash & this.mask
    let found = this.keys[slot]!
    while (found !== 0) {
      if (found === key && sameLower(text, start, end, this.words[slot]!)) return this.values[slot]!
      slot = (slot + 1) & this.mask
      found = this.keys[slot]!
    }

    return -1
  }

  /**
   * Whether a hash is a word’s (without checking the word: for filters that
   * check again later).
   *
   * @param hash
   *   Hash (see {@link wordHash}).
   * @returns
   *   Whether some word in the table has it.
   */
  hasHash(hash: number): boolean {
    if (this.ruledOut(hash)) return false
    const key = hash + 1
    let slot = hash & this.mask
    let found = this.keys[slot]!
    while (found !== 0) {
      if (found === key) return true
      slot = (slot + 1) & this.mask
      found = this.keys[slot]!
    }

    return false
  }
}

/**
 * A set of lowercase words as a {@link WordTable}, for the checks run on
 * many tokens: the token’s hash rules most words out with a bit test, where
 * a `Set` would need the token’s lowercase string and a hash lookup.
 *
 * Not for sets holding “who”: the tokenizer hashes “WHO” in capitals as
 * “w.h.o.”.
 *
 * @param words
 *   Lowercase words.
 * @returns
 *   Table mapping each word to 1.
 */
export function wordSet(words: Iterable<string>): WordTable {
  const list = [...words]
  // A programmer error, caught when the module loads rather than as a
  // silent miss on “WHO”.
  if (list.includes('who')) throw new Error('Unexpected `who` in a `wordSet`, expected a `Set`: the tokenizer hashes “WHO” as “w.h.o.”')
  return new WordTable(list.map((item) => [item, 1] as const))
}

/**
 * Whether `text[start..end)` equals a lowercase word, ASCII letters compared
 * case-insensitively and other characters exactly.
 *
 * @param text
 *   Text.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param word
 *   Lowercase word.
 * @returns
 *   Whether they are the same.
 */
export function sameLower(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false
  for (let offset = 0; offset < word.length; offset++) {
    let code = text.charCodeAt(start + offset)
    if (code >= 65 && code <= 90) code += 32
    if (code !== word.charCodeAt(offset)) return false
  }

  return true
}
