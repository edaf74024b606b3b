/**
 * A small tokenizer for attribution finding: words, punctuation, and whole
 * quotations as single tokens (so that words inside a quote are never taken
 * for the writer’s cue verbs).
 */

/**
 * One token of a unit; offsets into the input. Strings are made lazily:
 * most tokens are only ever looked at through their `hash`.
 */
export class Token {
  // Writable only for `reset` (pooled tokens, see `TokenPool`); read-only to callers.
  start: number
  end: number
  type: 'word' | 'punct' | 'quote'
  /** Index of the quote (in the scanned quotes) for `quote` tokens, else -1. */
  quote: number
  /** Hash of the lowercase text (see {@link hashWord}). */
  hash: number
  private view: string
  private cachedText: string | undefined
  private cachedLower: string | undefined
  /** Bits: see `possessiveBit`, `lowercaseBit`. */
  private bits: number

  /**
   * @param lowercase
   *   The text has no uppercase ASCII letter and nothing beyond ASCII (so
   *   its lowercase form is itself).
   */
  constructor(view: string, start: number, end: number, type: Token['type'], quote: number, hash: number, lowercase: boolean) {
    this.view = view
    this.start = start
    this.end = end
    this.type = type
    this.quote = quote
    this.hash = hash
    this.cachedText = undefined
    this.cachedLower = undefined
    this.bits = lowercase ? lowercaseBit : 0
  }

  /** Make this token another one (for {@link TokenPool}); parameters as the constructor’s. */
  reset(view: string, start: number, end: number, type: Token['type'], quote: number, hash: number, lowercase: boolean): void {
    this.view = view
    this.start = start
    this.end = end
    this.type = type
    this.quote = quote
    this.hash = hash
    this.cachedText = undefined
    this.cachedLower = undefined
    this.bits = lowercase ? lowercaseBit : 0
  }

  /** The text as in the view. */
  get text(): string {
    if (this.cachedText === undefined) this.cachedText = this.view.slice(this.start, this.end)
    return this.cachedText
  }

  /** Lowercase text without a possessive ending (words), else the text. */
  get lower(): string {
    if (this.cachedLower === undefined) this.computeLower()
    return this.cachedLower!
  }

  /** Ends in ’s / 's / s’ (and is not “it’s”). */
  get possessive(): boolean {
    if (this.cachedLower === undefined) this.computeLower()
    return (this.bits & possessiveBit) !== 0
  }

  /** Starts with an uppercase letter. */
  get upper(): boolean {
    return this.type === 'word' && isUpperCode(this.view.charCodeAt(this.start))
  }

  /** Whether it is “US” in capitals (see `computeLower`). */
  private isCapitalUs(): boolean {
    return this.end - this.start === 2 && this.view.charCodeAt(this.start) === 85 && this.view.charCodeAt(this.start + 1) === 83
  }

  private computeLower(): void {
    if (this.type !== 'word') {
      this.cachedLower = this.text
      return
    }

    // A word read before (by hash, checked letter by letter): its lowercase
    // form without slicing, lowercasing or hashing a new string.
    const slot = this.hash & lowerCacheMask
    if (lowerCacheLengths[slot] === this.end - this.start && lowerCacheHashes[slot] === this.hash && foldedEquals(this.view, this.start, this.end, slot * lowerCacheWidth) && !this.isCapitalUs()) {
      this.cachedLower = lowerCacheLowers[slot]!
      this.bits |= lowerCacheBits[slot]!
      return
    }

    const text = this.text

    // Most words are lowercase already: no `toLowerCase` call for them.
    // “US” in capitals is the country, not the pronoun “us” (“US Senator Jeff
    // Sessions said”, “told US officials”).
    // So is “WHO” the World Health Organization, not the pronoun.
    let lower = (this.bits & lowercaseBit) === 0 ? (text === 'US' ? 'u.s.' : text === 'WHO' ? 'w.h.o.' : text.toLowerCase()) : text
    const length = lower.length
    const last = lower.charCodeAt(length - 1)
    const before = lower.charCodeAt(length - 2)
    if (last === 115 && (before === 0x20_19 || before === 39) && length > 2 && !contractions.test(lower)) {
      lower = lower.slice(0, -2)
      this.bits |= possessiveBit
    } else if ((last === 0x20_19 || last === 39) && before === 115) {
      lower = lower.slice(0, -1)
      this.bits |= possessiveBit
    }

    this.cachedLower = lower
    // (“US” and “WHO” read as names, not as their lowercase letters: not cached.
    // Nor words beyond ASCII, whose `toLowerCase` the letter check does not model.)
    // (Nor words longer than a slot’s characters.)
    if (lower !== 'u.s.' && lower !== 'w.h.o.' && this.end - this.start <= lowerCacheWidth && isAsciiRange(this.view, this.start, this.end)) {
      lowerCacheHashes[slot] = this.hash
      lowerCacheLengths[slot] = this.end - this.start
      const offset = slot * lowerCacheWidth
      for (let index = this.start; index < this.end; index++) lowerCacheChars[offset + index - this.start] = fold(this.view.charCodeAt(index))
      lowerCacheLowers[slot] = lower
      lowerCacheBits[slot] = this.bits & possessiveBit
    }
  }
}

/**
 * Lowercase forms of recent words, by hash: a word’s lowercase form is
 * asked of most cue words and sentence openers, the same few hundred words
 * over and over, and each new string costs an allocation and, in every set
 * it is looked up in, a hash of its characters. Direct-mapped, checked
 * against the word’s folded text, so a collision only costs a miss.
 */
const lowerCacheMask = 4095
const lowerCacheHashes = new Int32Array(lowerCacheMask + 1)
/**
 * Folded text of each cached word (ASCII only), in a fixed number of
 * characters a slot: checked without loading a string kept somewhere in the
 * heap (that load was most of the cost of a hit).
 */
const lowerCacheWidth = 16
const lowerCacheChars = new Uint16Array((lowerCacheMask + 1) * lowerCacheWidth)
/** Length of each cached word’s text, 0 for an empty slot. */
const lowerCacheLengths = new Uint8Array(lowerCacheMask + 1)
const lowerCacheLowers: string[] = Array.from({length: lowerCacheMask + 1}, () => '')
const lowerCacheBits = new Uint8Array(lowerCacheMask + 1)

/** Whether `view[start..end)`, ASCII letters folded to lowercase, is the text in `lowerCacheChars` from `offset`. */
function foldedEquals(view: string, start: number, end: number, offset: number): boolean {
  for (let index = start; index < end; index++) {
    const code = view.charCodeAt(index)
    if (fold(code) !== lowerCacheChars[offset + index - start]) return false
  }

  return true
}

function isAsciiRange(view: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (view.charCodeAt(index) >= 128) return false
  return true
}

/** Hash of “WHO” in capitals, read as the World Health Organization. */
const whoHash = hashWord('w.h.o.')

/** `Token.bits`: the word ends in a possessive (set with the lowercase form). */
const possessiveBit = 1
/** `Token.bits`: the text is its own lowercase form. */
const lowercaseBit = 2

/**
 * Hash of a word as {@link tokenize} computes it (over the lowercase text,
 * ASCII case folded), to look words up without making strings.
 *
 * @param word
 *   Lowercase word.
 * @returns
 *   32-bit hash.
 */
export function hashWord(word: string): number {
  let hash = 0
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + fold(word.charCodeAt(index))) | 0
  return hash
}

/**
 * A read-only set of word hashes (see {@link hashWord}): open addressing
 * over a typed array, so that a lookup is a few inlined integer compares
 * instead of a `Set` call (it runs once per word of the text).
 */
export class HashSet {
  private readonly keys: Int32Array
  private readonly shift: number
  private readonly mask: number
  /** 0 marks an empty slot: whether 0 itself is in the set. */
  private readonly zero: boolean

  /**
   * @param hashes
   *   Hashes to hold.
   */
  constructor(hashes: Iterable<number>) {
    const list = [...new Set(hashes)]
    let bits = 4
    while (1 << bits < list.length * 4) bits++
    this.keys = new Int32Array(1 << bits)
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
    this.zero = false
    for (const hash of list) {
      if (hash === 0) {
        this.zero = true
        continue
      }

      let slot = this.slot(hash)
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys[slot] = hash
    }
  }

  /**
   * @param hash
   *   Hash of a word.
   * @returns
   *   Whether the set holds it.
   */
  has(hash: number): boolean {
    if (hash === 0) return this.zero
    let slot = this.slot(hash)
    let found = this.keys[slot]!
    while (found !== 0) {
      if (found === hash) return true
      slot = (slot + 1) & this.mask
      found = this.keys[slot]!
    }

    return false
  }

  /** The hashes held. */
  * [Symbol.iterator](): IterableIterator<number> {
    if (this.zero) yield 0
    for (const hash of this.keys) if (hash !== 0) yield hash
  }

  private slot(hash: number): number {
    return mixedSlot(hash, this.shift)
  }
}

/**
 * A read-only map from word hashes (see {@link hashWord}) to numbers, open
 * addressed in typed arrays like {@link HashSet}; the base of
 * {@link HashFlags} and {@link HashIndex}.
 */
class HashTable {
  private readonly keys: Int32Array
  private readonly values: Int32Array
  private readonly shift: number
  private readonly mask: number
  /** Value of hash 0 (0 marks an empty slot). */
  private readonly zero: number
  /** Value of a hash not held. */
  private readonly missing: number

  /**
   * @param entries
   *   Hash and value of each entry.
   * @param missing
   *   Value of a hash not held.
   */
  constructor(entries: ReadonlyMap<number, number>, missing: number) {
    let bits = 4
    while (1 << bits < entries.size * 4) bits++
    this.keys = new Int32Array(1 << bits)
    this.values = new Int32Array(1 << bits)
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
    this.zero = missing
    this.missing = missing
    for (const [hash, value] of entries) {
      if (hash === 0) {
        this.zero = value
        continue
      }

      let slot = mixedSlot(hash, this.shift)
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys[slot] = hash
      this.values[slot] = value
    }
  }

  /**
   * @param hash
   *   Hash of a word.
   * @returns
   *   Its value, or the missing value.
   */
  get(hash: number): number {
    if (hash === 0) return this.zero
    let slot = mixedSlot(hash, this.shift)
    let found = this.keys[slot]!
    while (found !== 0) {
      if (found === hash) return this.values[slot]!
      slot = (slot + 1) & this.mask
      found = this.keys[slot]!
    }

    return this.missing
  }
}

/**
 * Several {@link HashSet}s in one table: a hash’s flags tell which sets
 * hold it, so that a word asked of them all costs one lookup. `get(hash)`
 * gives the flags of the sets that hold it (0: none).
 */
export class HashFlags extends HashTable {
  /**
   * @param sets
   *   Sets with the flag each stands for.
   */
  constructor(sets: ReadonlyArray<[HashSet, number]>) {
    const flags = new Map<number, number>()
    for (const [set, flag] of sets) for (const hash of set) flags.set(hash, (flags.get(hash) ?? 0) | flag)
    super(flags, 0)
  }
}

/**
 * A read-only map from word hashes to their positions in a list: one lookup
 * tells whether a word may be in the list, and where. `get(hash)` gives its
 * position; -1 when not listed, -2 when several words of the list have
 * this hash.
 */
export class HashIndex extends HashTable {
  /**
   * @param hashes
   *   Hashes in list order.
   */
  constructor(hashes: readonly number[]) {
    const positions = new Map<number, number>()
    for (let index = 0; index < hashes.length; index++) {
      const hash = hashes[index]!
      positions.set(hash, positions.has(hash) ? -2 : index)
    }

    super(positions, -1)
  }
}

/** First slot of a word hash in a table of `2 ** (32 - shift)` slots (see {@link HashSet}, {@link HashFlags}). */
function mixedSlot(hash: number, shift: number): number {
  // Multiplicative mixing: the word hash is weak in its low bits.
  return Math.imul(hash, 0x9e_37_79_b1) >>> shift
}

function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** Abbreviations that keep their period (“Sen.”, “Dec.”). */
const abbreviations = new Set(
  (
    'mr mrs ms dr prof rev hon sen sens rep reps gov govs lt gen col maj capt cmdr adm sgt cpl pvt ' +
    'atty supt det amb pres msgr fr sr jr st mt ft no vol jan feb mar apr jun jul aug sep sept oct ' +
    'nov dec vs inc corp co ltd bros ala ariz ark calif colo conn del fla ga ill ind kan ky la md ' +
    'mass mich minn miss mo mont neb nev okla ore pa tenn tex vt va wash wis wyo ave blvd'
  ).split(' ')
)

const abbreviationHashes = new HashSet([...abbreviations].map((word) => hashWord(word)))

/**
 * Whether `view[start..end)` is an abbreviation. Most words before a period
 * are not: an ASCII word whose hash is no abbreviation’s is rejected without
 * making strings (beyond ASCII, `toLowerCase` may differ from the hash’s
 * folding, so such words take the string path).
 */
function isAbbreviation(view: string, start: number, end: number, hash: number): boolean {
  let ascii = true
  for (let index = start; index < end && ascii; index++) ascii = view.charCodeAt(index) < 128
  if (ascii && !abbreviationHashes.has(hash)) return false
  return abbreviations.has(view.slice(start, end).toLowerCase())
}

/** “it’s” is “it is”, not a possessive. */
const contractions = /^(?:it|he|she|that|there|what|who|here|let|where|how|this)['’]s$/

const otherWordChar = /[\p{L}\p{N}]/u

/** Whether a code unit can be part of a word (letters, digits, `$`, `%`). */
function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 36 || code === 37
  }

  if (code === 0x20_19 || code === 0x20_18 || code === 0x20_1c || code === 0x20_1d || code === 0x20_14 || code === 0x20_13 || code === 0xa0) return false
  return otherWordChar.test(String.fromCharCode(code))
}

/**
 * Tokenize `view[start..end)`, turning each quote range into one token.
 *
 * @param view
 *   The document view.
 * @param start
 *   Start offset.
 * @param end
 *   End offset (exclusive).
 * @param quotes
 *   Quote ranges `[start, end)` sorted by start; ranges starting inside the
 *   unit become `quote` tokens.
 * @param firstQuote
 *   Index of the first quote that may start at or after `start`.
 * @returns
 *   Tokens in order.
 */
export function tokenize(
  view: string,
  start: number,
  end: number,
  quotes: ReadonlyArray<{start: number; end: number}>,
  firstQuote: number,
  pool?: TokenPool
): Token[] {
  const tokens: Token[] = pool ? pool.tokens : []
  let count = 0
  let q = firstQuote
  while (q < quotes.length && quotes[q]!.start < start) q++
  let at = start
  while (at < end) {
    const nextQuote = q < quotes.length ? quotes[q]! : undefined
    if (nextQuote && nextQuote.start <= at) {
      const stop = Math.max(at + 1, nextQuote.end)
      tokens[count] = make(pool, count, view, nextQuote.start, stop, 'quote', q, 0, false)
      count++
      at = stop
      q++
      continue
    }

    const code = view.charCodeAt(at)
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) {
      at++
      continue
    }

    const limit = nextQuote ? Math.min(end, nextQuote.start) : end
    // (An elision: “’em”, “’90s”; not an opening mark before a capital: `''He`, `'We`.)
    if (isWordCode(code) || ((code === 0x20_19 || code === 39) && at + 1 < limit && isElisionCode(view.charCodeAt(at + 1)) && (at === 0 || !isWordCode(view.charCodeAt(at - 1))))) {
      // The hash and whether the word is lowercase are worked out as it is
      // read (the word is not read again).
      let hash = fold(code)
      let lowercase = !isFoldedCode(code)
      let stop = at + 1
      while (stop < limit) {
        const next = view.charCodeAt(stop)
        if (isWordCode(next)) {
          hash = (Math.imul(hash, 31) + fold(next)) | 0
          if (isFoldedCode(next)) lowercase = false
          stop++
        } else if (
          (next === 0x20_19 || next === 39 || next === 45 || next === 46 || next === 38 || next === 44 || next === 0x20_11) &&
          stop + 1 < limit &&
          isWordCode(view.charCodeAt(stop + 1))
        ) {
          // Internal punctuation: “Biden-era”, “U.S”, “$100,000”, “it’s”.
          if (next === 44 && !(isDigitCode(view.charCodeAt(stop - 1)) && isDigitCode(view.charCodeAt(stop + 1)))) break
          const after = view.charCodeAt(stop + 1)
          hash = (Math.imul((Math.imul(hash, 31) + next) | 0, 31) + fold(after)) | 0
          if (next >= 128 || isFoldedCode(after)) lowercase = false
          stop += 2
        } else if ((next === 0x20_19 || next === 39) && view.charCodeAt(stop - 1) === 115 && !isWordCode(view.charCodeAt(stop + 1))) {
          // Plural possessive “voters’”.
          hash = (Math.imul(hash, 31) + next) | 0
          if (next >= 128) lowercase = false
          stop++
          break
        } else {
          break
        }
      }

      // Keep the period of an abbreviation or initial.
      if (stop < limit && view.charCodeAt(stop) === 46) {
        const length = stop - at
        let keep = length === 1 ? isUpperCode(view.charCodeAt(at)) : length <= 5 ? isAbbreviation(view, at, stop, hash) : false
        if (!keep && length > 2 && length < 12 && view.charCodeAt(stop - 2) === 46) keep = /^(?:\p{L}\.)+\p{L}$/u.test(view.slice(at, stop))
        // (“No.” abbreviates “number” only before one: “No. 1”; “he said no.” ends a sentence.)
        if (keep && length === 2 && (code | 32) === 110 && (view.charCodeAt(at + 1) | 32) === 111) {
          const after = view.charCodeAt(stop + 1) === 32 ? stop + 2 : stop + 1
          keep = view.charCodeAt(after) >= 48 && view.charCodeAt(after) <= 57
        }
        if (keep) {
          hash = (Math.imul(hash, 31) + 46) | 0
          stop++
        }
      }

      // (The hash of its lowercase form: see `computeLower`.)
      if (stop - at === 3 && code === 87 && view.charCodeAt(at + 1) === 72 && view.charCodeAt(at + 2) === 79) hash = whoHash
      tokens[count] = make(pool, count, view, at, stop, 'word', -1, hash, lowercase)
      count++
      at = stop
      continue
    }

    // Punctuation: runs of the same dash or period are one token.
    let stop = at + 1
    if (code === 46 || code === 45 || code === 0x20_14 || code === 0x20_13) {
      while (stop < end && view.charCodeAt(stop) === code) stop++
    }

    tokens[count] = make(pool, count, view, at, stop, 'punct', -1, 0, false)
    count++
    at = stop
  }

  // Shrinking in place: a pooled array keeps its storage.
  tokens.length = count
  return tokens
}

/**
 * Tokens reused from one unit to the next. Most units hold no quotation, and
 * their tokens are dropped once the unit’s attributions are found; made
 * anew for each, the tokens of a long document all outlived the young
 * generation (the analysis holds its units until the quotes stage is done),
 * and the garbage collector copied and promoted every one: on dense prose
 * the largest part of what survived a collection.
 */
export class TokenPool {
  /** The tokens of the last unit (this array, refilled by each call). */
  readonly tokens: Token[] = []
  /** Every token made so far; the first `tokens.length` are in use. */
  readonly made: Token[] = []
}

function make(
  pool: TokenPool | undefined,
  index: number,
  view: string,
  start: number,
  end: number,
  type: Token['type'],
  quote: number,
  hash: number,
  lowercase: boolean
): Token {
  if (!pool) return new Token(view, start, end, type, quote, hash, lowercase)
  let token = pool.made[index]
  if (token) token.reset(view, start, end, type, quote, hash, lowercase)
  else pool.made.push((token = new Token(view, start, end, type, quote, hash, lowercase)))
  return token
}

/** Whether `fold` or `toLowerCase` may change a code unit (uppercase ASCII, or beyond ASCII). */
function isElisionCode(code: number): boolean {
  return (code >= 97 && code <= 122) || isDigitCode(code)
}

function isFoldedCode(code: number): boolean {
  return (code >= 65 && code <= 90) || code >= 128
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  const char = String.fromCharCode(code)
  return char !== char.toLowerCase()
}
