/**
 * Feature extraction for the check-worthiness model, shared by the runtime
 * scorer (`checkworthiness.ts`) and the trainer (`bench/train-checkworthiness.ts`)
 * so that training and inference can never disagree on a feature.
 *
 * Every feature is a 32-bit hash, computed incrementally from char codes and
 * from the hashes of earlier tokens: no feature string is ever built, and
 * there are no regular expressions and no per-call allocations. The scorer
 * runs on every sentence `annotate` sees, so this is written for speed: one
 * left-to-right pass over the sentence, one over its normalised characters,
 * integer arithmetic only, and a reusable output buffer. Two distinct
 * features may share a hash (feature hashing); the trainer sees the same
 * hashes, so the model simply learns one weight for both, and with 32 bits
 * (28 of them kept by the model) that is rare enough not to matter.
 *
 * Feature families (each hashed from its own seed, so that equal inputs in
 * two families give unrelated hashes; `Family` tells the trainer which is
 * which):
 * - words: lowercased uni-, bi- and skip-grams (`w1 _ w3`); any token
 *   containing a digit becomes `NUM`, `<s>`/`</s>` mark the edges.
 * - characters: 4- and 5-grams over the normalised words joined by spaces
 *   (` w1 w2 … `), so unseen inflections and names still share evidence with
 *   known ones. (3-grams added a quarter more lookups for no gain in
 *   cross-validation.)
 * - classes: 1–3-grams over a coarse word class (function words kept, `NUM`,
 *   capitalised `X`, suffix classes like `*ed`): a poor man's POS tagger,
 *   because check-worthy claims are mostly past-tense statements about named
 *   things and numbers.
 * - shape: bucketed counts (length, numbers, capitalised words, first/second
 *   person pronouns) and a final question mark.
 *
 * @internal Not part of the package's public API.
 */

/**
 * Returned by `extractFeatures` when the sentence is news boilerplate that the
 * debate training data never contains ("did not immediately respond to
 * requests for comment", "declined to comment", "X and Y contributed to this
 * report"), so the model cannot learn it and the scorer handles it apart.
 */
export const NEWS_BOILERPLATE = 1;

/** Feature families, recorded next to each hash for the trainer (the scorer ignores them). */
export const Family = {
  word: 0,
  bigram: 1,
  skipgram: 2,
  char4: 3,
  class1: 4,
  class2: 5,
  class3: 6,
  shape: 7,
} as const;

/** Number of `Family` values. */
export const FAMILIES = 8;

/**
 * Reusable output of `extractFeatures`: `hashes[0..length)` and the family of
 * each. Features come in a fixed order and may repeat; consumers treat them
 * as a set. Grown on demand, never shrunk.
 */
export interface FeatureBuffer {
  hashes: Int32Array;
  families: Uint8Array;
  length: number;
}

/** A new, empty `FeatureBuffer`. */
export function createFeatureBuffer(): FeatureBuffer {
  // Room for a sentence of about 1,800 characters. Growing reassigns the
  // arrays, which also throws away the JIT's compiled extractor (it had
  // assumed they never change), so it should be rare.
  return { hashes: new Int32Array(4096), families: new Uint8Array(4096), length: 0 };
}

// --- Hashing -----------------------------------------------------------------

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

// FNV-1a step over one 16-bit code unit or one 32-bit value.
function step(h: number, x: number): number {
  return Math.imul(h ^ x, FNV_PRIME);
}

// Murmur3's finaliser, for word hashes and the features built from them:
// FNV alone mixes its low bits poorly, and later steps build on these.
// Never returns 0, which the scorer's table reserves for empty slots.
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** Hash of a string's code units, as the extractor hashes a normalised word. */
function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return finish(h);
}

// Per-family seeds: arbitrary distinct constants.
const SEED_WORD = 0x1b873593;
const SEED_BIGRAM = 0x2545f491;
const SEED_SKIPGRAM = 0x3c6ef372;
const SEED_CLASS1 = 0x7feb352d;
const SEED_CLASS2 = 0x846ca68b;
const SEED_CLASS3 = 0x9e3779b9;
const SEED_SHAPE = 0xa54ff53a | 0;

// --- Words and classes ---------------------------------------------------------

const H_BOS = hashString('<s>');
const H_EOS = hashString('</s>');
const H_NUM = hashString('NUM');

// Classes that are not a word of their own. Function words, `NUM` and the
// symbol tokens are their own class, so their class hash is their word hash.
const C_CAPITAL = hashString('X');
const C_CAPITAL_FIRST = hashString('Xi');
const C_ED = hashString('*ed');
const C_ING = hashString('*ing');
const C_LY = hashString('*ly');
const C_S = hashString('*s');
const C_NOUN = hashString('*n');
const C_OTHER = hashString('*');

// Closed-class words (and a few very frequent verbs) keep their identity in
// the coarse class stream; everything else collapses to a shape.
const FUNCTION_WORDS =
  'a an the this that these those some any no every each all both either neither ' +
  'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
  'myself ourselves yourself himself herself itself themselves ' +
  'who whom whose which what where when why how whether if then than because since although though while unless until so as ' +
  "and or but nor not n't never " +
  'of in on at by for with about against between into through during before after above below to from up down out off over under again further once ' +
  'is are was were be been being am have has had having do does did doing ' +
  'will would shall should can could may might must ought going gonna ' +
  "i'm we're you're they're he's she's it's that's there's i've we've you've they've i'll we'll you'll they'll i'd we'd " +
  "don't doesn't didn't won't can't isn't aren't wasn't weren't haven't hasn't hadn't wouldn't couldn't shouldn't " +
  'there here now very just also only even still more most less least much many few several other another such same too own ' +
  'said say says think believe know want need let get got make made go well yes oh uh';

const FIRST_SECOND_PERSON = "i me my we us our you your i'm we're you're i've we've i'll we'll";

const FUNCTION = 1;
const PERSONAL = 2;

// Word hash -> FUNCTION | PERSONAL, open addressing over the low bits (the
// hashes are finished, so those are well mixed). A miss costs one or two
// probes, far cheaper than a Map for the one lookup every token needs.
const WORD_BITS = 10;
const WORD_MASK = (1 << WORD_BITS) - 1;
const wordKeys = new Int32Array(1 << WORD_BITS);
const wordFlags = new Uint8Array(1 << WORD_BITS);

function addWords(words: string, flag: number): void {
  for (const word of words.split(' ')) {
    const h = hashString(word);
    let slot = h & WORD_MASK;
    while (wordKeys[slot] !== 0 && wordKeys[slot] !== h) slot = (slot + 1) & WORD_MASK;
    wordKeys[slot] = h;
    wordFlags[slot]! |= flag;
  }
}
addWords(FUNCTION_WORDS, FUNCTION);
addWords(FIRST_SECOND_PERSON, PERSONAL);

function wordFlagsOf(h: number): number {
  let slot = h & WORD_MASK;
  for (;;) {
    const key = wordKeys[slot]!;
    if (key === h) return wordFlags[slot]!;
    if (key === 0) return 0;
    slot = (slot + 1) & WORD_MASK;
  }
}

// Words of the boilerplate phrases, compared by hash.
const H_FOR = hashString('for');
const H_TO = hashString('to');
const H_THIS = hashString('this');
const H_NOT = hashString('not');
const H_IMMEDIATELY = hashString('immediately');
const H_COMMENT = hashString('comment');
const H_REQUEST = hashString('request');
const H_REQUESTS = hashString('requests');
const H_REACHED = hashString('reached');
const H_DECLINED = hashString('declined');
const H_REFUSED = hashString('refused');
const H_RESPOND = hashString('respond');
const H_RETURN = hashString('return');
const H_REPLY = hashString('reply');
const H_CONTRIBUTED = hashString('contributed');
const H_REPORTING = hashString('reporting');
const H_REPORT = hashString('report');

function isNonResponse(prev2: number, prev1: number, word: number): boolean {
  if (word === H_COMMENT) {
    // "requests for comment", "reached for comment", "declined to comment"
    if (prev1 === H_FOR) return prev2 === H_REQUEST || prev2 === H_REQUESTS || prev2 === H_REACHED;
    if (prev1 === H_TO) return prev2 === H_DECLINED || prev2 === H_REFUSED;
    return false;
  }
  // "did not immediately respond/return/reply"
  return prev2 === H_NOT && prev1 === H_IMMEDIATELY && (word === H_RESPOND || word === H_RETURN || word === H_REPLY);
}

// --- Characters ----------------------------------------------------------------

const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const SPACE = 32;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Symbols that carry meaning for claims (money, percentages, questions) and
// become tokens of their own.
function isSymbolToken(c: number): boolean {
  return c === 36 /* $ */ || c === 37 /* % */ || c === 63 /* ? */ || c === 0x20ac /* € */ || c === 0xa3 /* £ */;
}

function isWordChar(c: number): boolean {
  if (c < 128) return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Non-ASCII counts as a letter (accented names stay one token) except the
  // punctuation blocks news text is full of: Latin-1 symbols, curly quotes and
  // dashes, CJK punctuation, surrogates (emoji) and specials.
  if (c <= 0xbf || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800) return false;
  return true;
}

const LOWER_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) LOWER_ASCII[c] = c >= 65 && c <= 90 ? c + 32 : c;

// Lowercase one code unit of a word; the curly apostrophe becomes the straight
// one so "don’t" in news is the "don't" of the transcripts.
function lower(c: number): number {
  if (c < 128) return LOWER_ASCII[c]!;
  if (c === RIGHT_SINGLE_QUOTE) return APOSTROPHE;
  // Rare in news text; a one-to-many lowering ("İ") keeps its first unit.
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

function endsWithQuestionMark(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    // Skip trailing whitespace, closing quotes and brackets: `…think?"`.
    if (c <= 32 || c === 34 || c === APOSTROPHE || c === 41 || c === 0x201d || c === RIGHT_SINGLE_QUOTE || c === 0xa0) continue;
    return c === 63;
  }
  return false;
}

// --- Extraction ------------------------------------------------------------------

// The normalised character stream " w1 w2 … " of the current sentence,
// reused across calls (the extractor is synchronous and not re-entrant).
// Sized like `createFeatureBuffer`, for the same reason.
let stream = new Uint16Array(4096);

// Make room for `needed` features. Rare: buffers only ever grow.
function reserve(buffer: FeatureBuffer, needed: number): void {
  if (needed <= buffer.hashes.length) return;
  let capacity = buffer.hashes.length * 2;
  while (capacity < needed) capacity *= 2;
  const hashes = new Int32Array(capacity);
  const families = new Uint8Array(capacity);
  hashes.set(buffer.hashes);
  families.set(buffer.families);
  buffer.hashes = hashes;
  buffer.families = families;
}

function reserveStream(needed: number): void {
  if (needed <= stream.length) return;
  let capacity = stream.length * 2;
  while (capacity < needed) capacity *= 2;
  const grown = new Uint16Array(capacity);
  grown.set(stream);
  stream = grown;
}

function pair(seed: number, a: number, b: number): number {
  return finish(step(step(seed, a), b));
}

function triple(seed: number, a: number, b: number, c: number): number {
  return finish(step(step(step(seed, a), b), c));
}

// What `scanWord` found besides the token's end, passed back through module
// state so that scanning allocates nothing.
let scannedHash = 0;
let scannedDigit = false;
let scannedLength = 0;

// Scan the word token that starts at `sentence[i]` (a word character):
// lowercase it into `chars` from `length` and hash it in the same pass.
// Returns the index after the token. A function of its own, like
// `charGrams`, because these per-character loops are the hottest code and
// V8 compiles a small function much sooner than a big one (the first
// thousands of sentences of a run are otherwise scored by slow code).
function scanWord(sentence: string, i: number, chars: Uint16Array, length: number): number {
  const n = sentence.length;
  let h = FNV_OFFSET;
  let digit = false;
  let j = i;
  let d = sentence.charCodeAt(i);
  for (;;) {
    if (d < 58 && d > 47) digit = true;
    const l = d < 128 ? LOWER_ASCII[d]! : lower(d);
    h = step(h, l);
    chars[length++] = l;
    if (++j >= n) break;
    const e = sentence.charCodeAt(j);
    if (isWordChar(e)) {
      d = e;
      continue;
    }
    // Keep "don't"/"it’s" and "2,000"/"3.5" whole; every other separator
    // ends the token. Each step advances, so this stays linear.
    const next = j + 1 < n ? sentence.charCodeAt(j + 1) : -1;
    if ((e === APOSTROPHE || e === RIGHT_SINGLE_QUOTE) && isWordChar(next)) {
      h = step(h, APOSTROPHE);
      chars[length++] = APOSTROPHE;
    } else if (!((e === 44 || e === 46) && isDigit(d) && isDigit(next))) break;
    j++;
    d = next;
  }
  scannedHash = h;
  scannedDigit = digit;
  scannedLength = length;
  return j;
}

// Char 4-grams ending at each character of `chars[0..length)`, written to
// `hashes` from `size`; returns the new size. They are most of the
// features, so they skip `finish`: FNV's high bits, which the scorer's
// table indexes by, are well mixed already.
function charGrams(chars: Uint16Array, length: number, hashes: Int32Array, size: number): number {
  let c1 = chars[2]!;
  let c2 = chars[1]!;
  let c3 = chars[0]!;
  for (let p = 3; p < length; p++) {
    const c0 = chars[p]!;
    hashes[size++] = step(step(step(step(FNV_OFFSET, c0), c1), c2), c3);
    c3 = c2;
    c2 = c1;
    c1 = c0;
  }
  return size;
}

// The n-grams that end in `word`, of class `cls`, after `prev2 prev1` (of
// classes `class2 class1`): word bi- and skip-gram, class bi- and trigram.
// Written from `size` (room for 4 is the caller's job); returns the new size.
function emitContext(
  hashes: Int32Array,
  families: Uint8Array,
  size: number,
  word: number,
  cls: number,
  prev1: number,
  prev2: number,
  class1: number,
  class2: number,
): number {
  hashes[size] = pair(SEED_BIGRAM, prev1, word);
  families[size++] = Family.bigram;
  if (prev2 !== 0) {
    hashes[size] = pair(SEED_SKIPGRAM, prev2, word);
    families[size++] = Family.skipgram;
  }
  hashes[size] = pair(SEED_CLASS2, class1, cls);
  families[size++] = Family.class2;
  if (class2 !== 0) {
    hashes[size] = triple(SEED_CLASS3, class2, class1, cls);
    families[size++] = Family.class3;
  }
  return size;
}

// Bucketed counts and a final question mark (at most 5 features).
function emitShape(
  hashes: Int32Array,
  families: Uint8Array,
  size: number,
  sentence: string,
  tokens: number,
  numbers: number,
  capitalised: number,
  personal: number,
): number {
  hashes[size] = pair(SEED_SHAPE, 1, Math.min(8, Math.floor(Math.log2(tokens + 1))));
  hashes[size + 1] = pair(SEED_SHAPE, 2, Math.min(3, numbers));
  hashes[size + 2] = pair(SEED_SHAPE, 3, Math.min(4, capitalised));
  hashes[size + 3] = pair(SEED_SHAPE, 4, Math.min(3, personal));
  families.fill(Family.shape, size, size + 4);
  size += 4;
  if (endsWithQuestionMark(sentence)) {
    hashes[size] = pair(SEED_SHAPE, 5, 1);
    families[size++] = Family.shape;
  }
  return size;
}

/**
 * Extract the features of `sentence` into `buffer` (replacing its contents),
 * in a fixed order: word-level features token by token, then the shape
 * features, then the character n-grams.
 *
 * Linear in the length of the input; allocates only when a buffer must grow.
 * Everything touched per character is a local variable: module-level state
 * would cost a memory round trip per access in the inner loops.
 *
 * @param sentence - One sentence of plain text.
 * @param buffer - Reused across calls; `buffer.length` is set to the number of features.
 * @returns `NEWS_BOILERPLATE` if the sentence is a non-response or a
 *   contributor credit, else 0.
 */
export function extractFeatures(sentence: string, buffer: FeatureBuffer): number {
  const n = sentence.length;
  let hashes = buffer.hashes;
  let families = buffer.families;
  let size = 0;
  // The stream is at most 4 chars per source char ("5" becomes "NUM "), but
  // rarely more than 1.2: reserve for the likely length here, and recheck
  // per token against a bound for the rest of the sentence (see below), so
  // that the per-character loop needs no check and the stream only grows
  // for really long sentences.
  if (n + 8 > stream.length) reserveStream(n + 8);
  let chars = stream;
  let length = 0;
  chars[length++] = SPACE;

  // Hashes of the previous words and classes; 0 = before the sentence start.
  let prev1 = H_BOS;
  let prev2 = 0;
  let prev3 = 0;
  let prev4 = 0;
  let class1 = H_BOS;
  let class2 = 0;
  let tokens = 0;
  let numbers = 0;
  let capitalised = 0;
  let personal = 0;
  let boilerplate = false;

  let i = 0;
  while (i < n) {
    const c = sentence.charCodeAt(i);
    let word: number;
    let cls: number;
    if (isSymbolToken(c)) {
      word = finish(step(FNV_OFFSET, c));
      cls = word;
      if (length + 2 > chars.length) {
        reserveStream(length + 2);
        chars = stream;
      }
      chars[length++] = c;
      i++;
    } else if (isWordChar(c)) {
      // This token adds at most max(its length, 3) + 1 chars, and its length
      // is at most the rest of the sentence.
      if (length + n - i + 4 > chars.length) {
        reserveStream(length + n - i + 4);
        chars = stream;
      }
      // One pass over the token: lowercase into the stream and hash as we go;
      // a token with a digit is then rewritten as "NUM".
      const start = length;
      const j = scanWord(sentence, i, chars, length);
      length = scannedLength;
      if (scannedDigit) {
        word = H_NUM;
        cls = H_NUM;
        length = start;
        chars[length++] = 78; // N
        chars[length++] = 85; // U
        chars[length++] = 77; // M
        numbers++;
      } else {
        word = finish(scannedHash);
        const flags = wordFlagsOf(word);
        if (flags & FUNCTION) cls = word;
        else if (c >= 65 && c <= 90) cls = tokens === 0 ? C_CAPITAL_FIRST : C_CAPITAL;
        else cls = suffixClass(chars, length);
        // "I" and "I'm" are capitalised by rule, not because they name something.
        if (tokens > 0 && c >= 65 && c <= 90 && !(c === 73 && (j === i + 1 || !isWordChar(sentence.charCodeAt(i + 1))))) {
          capitalised++;
        }
        if (flags & PERSONAL) personal++;
      }
      i = j;
    } else {
      i++;
      continue;
    }
    chars[length++] = SPACE;

    if (size + 6 > hashes.length) {
      reserve(buffer, size + 6);
      hashes = buffer.hashes;
      families = buffer.families;
    }
    hashes[size] = finish(word ^ SEED_WORD);
    families[size++] = Family.word;
    hashes[size] = finish(cls ^ SEED_CLASS1);
    families[size++] = Family.class1;
    size = emitContext(hashes, families, size, word, cls, prev1, prev2, class1, class2);

    if (isNonResponse(prev2, prev1, word)) boilerplate = true;
    tokens++;
    prev4 = prev3;
    prev3 = prev2;
    prev2 = prev1;
    prev1 = word;
    class2 = class1;
    class1 = cls;
  }

  // Sentence end and shape (at most 9), then the char n-grams (1 per char).
  reserve(buffer, size + 9 + length);
  hashes = buffer.hashes;
  families = buffer.families;
  size = emitContext(hashes, families, size, H_EOS, H_EOS, prev1, prev2, class1, class2);
  size = emitShape(hashes, families, size, sentence, tokens, numbers, capitalised, personal);

  const charStart = size;
  size = charGrams(chars, length, hashes, size);
  families.fill(Family.char4, charStart, size);
  buffer.length = size;

  // A contributor credit ends in "contributed" (optionally "to this report"
  // or "reporting"); in prose the verb is followed by what was contributed to.
  const credit =
    prev1 === H_CONTRIBUTED ||
    (prev1 === H_REPORTING && prev2 === H_CONTRIBUTED) ||
    (prev1 === H_REPORT && prev2 === H_THIS && prev3 === H_TO && prev4 === H_CONTRIBUTED);
  return boilerplate || credit ? NEWS_BOILERPLATE : 0;
}

// Suffix class of the word that ends at `chars[end)` (already lowercased).
function suffixClass(chars: Uint16Array, end: number): number {
  const last = chars[end - 1]!;
  // Reading before the word is harmless: the stream has a space there.
  const second = chars[end - 2] ?? 0;
  const third = end >= 3 ? chars[end - 3]! : 0;
  const fourth = end >= 4 ? chars[end - 4]! : 0;
  if (second === 101 /* e */ && last === 100 /* d */) return C_ED;
  if (third === 105 /* i */ && second === 110 /* n */ && last === 103 /* g */) return C_ING;
  if (second === 108 /* l */ && last === 121 /* y */) return C_LY;
  if (last === 115 /* s */) return C_S;
  // -tion, -ment, -ity
  if (fourth === 116 && third === 105 && second === 111 && last === 110) return C_NOUN;
  if (fourth === 109 && third === 101 && second === 110 && last === 116) return C_NOUN;
  if (third === 105 && second === 116 && last === 121) return C_NOUN;
  return C_OTHER;
}

// --- Probability ------------------------------------------------------------------

// 2^-k for k = 0..1100, by exact halving (1100 reaches the subnormals).
const HALVES = new Float64Array(1101);
HALVES[0] = 1;
for (let k = 1; k < HALVES.length; k++) HALVES[k] = HALVES[k - 1]! / 2;
// ln 2 split so that k * LN2_HI is exact for the k used here (Cody and Waite).
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
// 1/14!, 1/13!, …, 1/1!, 1/0!: e^r by Horner's rule.
const TAYLOR = [
  1 / 87178291200, 1 / 6227020800, 1 / 479001600, 1 / 39916800, 1 / 3628800, 1 / 362880, 1 / 40320, 1 / 5040,
  1 / 720, 1 / 120, 1 / 24, 1 / 6, 1 / 2, 1, 1,
];

/**
 * The logistic function 1 / (1 + e^-z), computed with the four arithmetic
 * operations only, so that every JavaScript engine returns the same bits:
 * `Math.exp` is not correctly rounded and differs by an ulp between V8
 * versions (Node and Chromium disagreed on scores that way), which the
 * browser test and the trainer's exact check would both see.
 *
 * @param z - A logit (any number; NaN gives NaN).
 * @returns A probability in [0, 1]; exactly 0.5 at z = 0.
 */
export function logistic(z: number): number {
  // e^-|z| = 2^-k * e^r with |r| <= ln2 / 2; Taylor series of e^r to r^14.
  const x = z < 0 ? z : -z;
  if (!(x > -745)) return x !== x ? x : z < 0 ? 0 : 1;
  const k = Math.round(-x / Math.LN2);
  const r = x + k * LN2_HI + k * LN2_LO;
  let p = TAYLOR[0]!;
  for (let index = 1; index < TAYLOR.length; index++) p = p * r + TAYLOR[index]!;
  const t = p * HALVES[k]!;
  return z < 0 ? t / (1 + t) : 1 / (1 + t);
}

/**
 * `n ** power` with the same bits in every engine where it matters: the
 * shipped power 0.5 is `Math.sqrt`, which IEEE 754 rounds correctly (`**`
 * is not required to).
 *
 * @param n - A count (≥ 1).
 * @param power - The exponent.
 * @returns `n` to the `power`.
 */
export function root(n: number, power: number): number {
  return power === 0.5 ? Math.sqrt(n) : n ** power
}
