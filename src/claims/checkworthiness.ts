import type { FeatureBuffer } from './checkworthiness-features.js';
import { createFeatureBuffer, extractFeatures, logistic, NEWS_BOILERPLATE, root } from './checkworthiness-features.js';
import { BIAS, COUNT, GAP_BITS, KEY_SHIFT, LEVEL_BITS, MODEL, NORM_POWER, STEP } from './checkworthiness-model.js';

interface LoadedModel {
  // A perfect hash table over the model's features, built at load time: a
  // feature's key can only be in one slot, `slotOf(key, displacement of its
  // bucket)`, so a lookup is one probe and no branch (see `score`). Two
  // int32 per slot: the feature key (0 = empty slot; no stored key is 0),
  // then the weight's quantised level in the low LEVEL_WIDTH bits and,
  // above them, the number of the last call that counted this feature.
  //
  // Why not open addressing: the scorer looks up two features per character
  // of every sentence `annotate` sees, and whether a feature is in the model
  // (four in ten are) cannot be predicted, so a probe loop that branched on
  // it mispredicted about once a lookup and waited for each probe's cache
  // miss before starting the next lookup. With no branch, the processor
  // overlaps the lookups of successive features: the lookups took about a
  // third less time, the scorer as a whole about an eighth less, and the
  // table is half the size (256 kB).
  readonly table: Int32Array;
  // Per bucket (the key's top `bucketBits` bits, which are well mixed for
  // every feature family, see checkworthiness-features.ts): the value that
  // places all of the bucket's keys in free slots.
  readonly displacements: Int32Array;
  readonly bucketShift: number;
  readonly slotShift: number;
  readonly keyShift: number;
  readonly bias: number;
  readonly step: number;
  readonly normPower: number;
  readonly buffer: FeatureBuffer;
}

// Bits of a slot's second word that hold the level; the other 20 hold the
// call stamp, which wraps after about a million calls (then all are reset).
const LEVEL_WIDTH = 12;
const LEVEL_MASK = (1 << LEVEL_WIDTH) - 1;
const STAMP_LIMIT = 1 << (32 - LEVEL_WIDTH);
// Stamps are compared as `slot word >>> LEVEL_WIDTH` against the call.
const STAMP_MAX = STAMP_LIMIT - 1;

// Keys are the feature hash's top 32 - KEY_SHIFT bits. The branchless
// compares in `score` add to a key and need a spare bit for it.
const KEY_BITS = 32 - KEY_SHIFT;
const KEY_MAX = 2 ** KEY_BITS - 1;
if (KEY_BITS > 30) throw new RangeError('Expected KEY_SHIFT >= 2, got ' + KEY_SHIFT);

// Slot of `key` in a table of 2^(32 - slotShift) slots, given its bucket's
// displacement: a multiplicative hash of the two, so that each
// displacement tried in `buildTable` places the bucket's keys anew.
function slotOf(key: number, displacement: number, slotShift: number): number {
  return Math.imul(key ^ displacement, 0x9e3779b1) >>> slotShift;
}

// Hand-set, not learnt: the debate transcripts have no "declined to comment"
// or "X contributed to this report", yet news is full of them and their
// names, dates and past tense look like claims to the model. -5 on the logit
// takes even a confident score (0.9) down to ~0.06.
const NEWS_BOILERPLATE_LOGIT = -5;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

let loaded: LoadedModel | undefined;
// Number of the current call, for the table's stamps; always below STAMP_LIMIT.
let call = 0;

// The model file is one bit stream (most significant bit first): per
// feature, ascending by key, the gap to the previous key as a Rice code
// (unary quotient, then GAP_BITS remainder bits) and the weight's quantised
// level as a zigzag exponential-Golomb code of order LEVEL_BITS. Both codes
// are close to the entropy of random hashes and of weights concentrated
// around zero, which is what keeps the file small.
function load(): LoadedModel {
  // Base64 is decoded on the fly, by hand rather than with `atob` or
  // `Buffer`, so that the model unpacks the same way in Node, browsers and
  // edge runtimes.
  const sextet = new Uint8Array(128);
  for (let k = 0; k < BASE64.length; k++) sextet[BASE64.charCodeAt(k)] = k;
  // Bit reader: `held` keeps the next `have` unread bits in its low bits
  // (higher bits are stale), refilled 6 bits (one base64 character) at a
  // time to hold 25 to 30. Past the end it reads 0s ('A'). Written out
  // inline, without closures: this loop runs once, mostly in the
  // interpreter, so every operation saved shows in the first call.
  const text = MODEL;
  let held = 0;
  let have = 0;
  let next = 0;

  // Keys and levels in file (ascending key) order, for `buildTable`.
  const keys = new Int32Array(COUNT);
  const levels = new Int32Array(COUNT);
  let size = 0;
  const gapUnit = 2 ** GAP_BITS;
  const levelUnit = 2 ** LEVEL_BITS;
  let key = 0;
  for (let j = 0; j < COUNT; j++) {
    // Rice code: a run of 1s (the quotient), a 0, then GAP_BITS bits.
    let quotient = 0;
    for (;;) {
      while (have <= 24) {
        held = (held << 6) | sextet[text.charCodeAt(next++) & 127]!;
        have += 6;
      }
      // Unread bits moved to the top; count the leading 1s.
      const ones = Math.clz32(~(held << (32 - have)));
      if (ones < have) {
        quotient += ones;
        have -= ones + 1;
        break;
      }
      quotient += have;
      have = 0;
    }
    while (have <= 24) {
      held = (held << 6) | sextet[text.charCodeAt(next++) & 127]!;
      have += 6;
    }
    have -= GAP_BITS;
    key += quotient * gapUnit + ((held >>> have) & (gapUnit - 1));
    // Exponential-Golomb code: `zeros` 0s, then zeros + LEVEL_BITS + 1 bits
    // (the first of them a 1); levels are small, so the 0s fit in one refill.
    while (have <= 24) {
      held = (held << 6) | sextet[text.charCodeAt(next++) & 127]!;
      have += 6;
    }
    const zeros = Math.clz32(held << (32 - have));
    have -= zeros;
    const width = zeros + LEVEL_BITS + 1;
    while (have < width) {
      held = (held << 6) | sextet[text.charCodeAt(next++) & 127]!;
      have += 6;
    }
    have -= width;
    const code = ((held >>> have) & (2 ** width - 1)) - levelUnit;
    const level = code & 1 ? -(code + 1) / 2 : code / 2;
    // A repeated key (a zero gap) keeps its first level, and a key of 0 is
    // never found, as in the open-addressing table this one replaced.
    if (key === 0 || (size > 0 && key === keys[size - 1])) continue;
    keys[size] = key;
    levels[size] = level;
    size++;
  }
  const { table, displacements, bucketShift, slotShift } = buildTable(keys, levels, size);
  const model: LoadedModel = {
    table,
    displacements,
    bucketShift,
    slotShift,
    keyShift: KEY_SHIFT,
    bias: BIAS,
    step: STEP,
    normPower: NORM_POWER,
    buffer: createFeatureBuffer(),
  };
  // Run every rare branch once before the scorer gets hot. An optimising
  // JIT compiles a branch it has never seen taken as a bail-out, so the
  // first "€", "’" or "declined to comment" of a corpus would otherwise throw
  // away the compiled extractor and recompile it, several times over a run
  // (this more than doubled the scorer's time on its first 10,000 sentences).
  // Twice, because V8 starts recording a function's branches only after its
  // first few calls.
  for (let round = 0; round < 2; round++) for (const sentence of WARM_UP) score(model, sentence);
  loaded = model;
  return model;
}

// Build the perfect hash table of `keys[0..size)` (ascending, distinct, not
// 0) with their levels. Buckets of about four keys, biggest first, each get
// the first displacement that puts all their keys in free slots of a table
// about half full ("hash and displace"); with that much room, a few tries
// per bucket suffice. A bucket that finds no displacement (never seen; it
// would take a very unlucky model) makes the table twice as big.
function buildTable(
  keys: Int32Array,
  levels: Int32Array,
  size: number,
): { table: Int32Array; displacements: Int32Array; bucketShift: number; slotShift: number } {
  let bucketBits = 1;
  while (2 ** bucketBits * 4 < size) bucketBits++;
  const bucketShift = KEY_BITS - bucketBits;
  const buckets = 2 ** bucketBits;
  // Keys ascend, so each bucket's keys are consecutive: bucket b holds
  // keys[starts[b]..starts[b + 1]).
  const starts = new Int32Array(buckets + 1);
  for (let k = 0; k < size; k++) starts[(keys[k]! >>> bucketShift) + 1]!++;
  for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
  // Buckets by size, biggest first (a counting sort: this runs once, mostly
  // in the interpreter, where a comparator per comparison is slow).
  let biggest = 0;
  for (let b = 0; b < buckets; b++) biggest = Math.max(biggest, starts[b + 1]! - starts[b]!);
  const bySize = new Int32Array(biggest + 2);
  for (let b = 0; b < buckets; b++) bySize[biggest - (starts[b + 1]! - starts[b]!) + 1]!++;
  for (let n = 0; n <= biggest; n++) bySize[n + 1]! += bySize[n]!;
  const order = new Int32Array(buckets);
  for (let b = 0; b < buckets; b++) order[bySize[biggest - (starts[b + 1]! - starts[b]!)]!++] = b;
  let slotBits = bucketBits + 3;
  for (;;) {
    const slotShift = 32 - slotBits;
    const table = new Int32Array(2 ** slotBits * 2);
    const displacements = new Int32Array(buckets);
    let placed = true;
    for (const b of order) {
      const from = starts[b]!;
      const to = starts[b + 1]!;
      if (from === to) break;
      let displacement = 0;
      // Free and distinct slots for all the bucket's keys, or try the next.
      for (; displacement < 1 << 16; displacement++) {
        let k = from;
        // `slotOf`, written out: a call per try is slow in the interpreter.
        for (; k < to; k++) {
          const at = (Math.imul(keys[k]! ^ displacement, 0x9e3779b1) >>> slotShift) * 2;
          if (table[at] !== 0) break;
          table[at] = keys[k]!;
        }
        if (k === to) break;
        // Take back the keys placed before the clash.
        for (let j = from; j < k; j++) table[(Math.imul(keys[j]! ^ displacement, 0x9e3779b1) >>> slotShift) * 2] = 0;
      }
      if (displacement === 1 << 16) {
        placed = false;
        break;
      }
      displacements[b] = displacement;
      for (let k = from; k < to; k++) {
        table[slotOf(keys[k]!, displacement, slotShift) * 2 + 1] = levels[k]! & LEVEL_MASK;
      }
    }
    if (placed) return { table, displacements, bucketShift, slotShift };
    slotBits++;
  }
}

// Between them: symbols, non-ASCII letters and punctuation, both
// apostrophes, joined numbers, every word class, question marks behind
// quotes, and each boilerplate phrase.
const WARM_UP = [
  "Ünïcode İstanbul naïve café's €5 £3 $2,000 7.5% ‘quoted’ — “Isn’t it?” I'm I ×÷© 🙂 、 said walked walking quickly cats nation moment city X",
  'Officials did not immediately respond to requests for comment, declined to comment, refused to comment, or did not immediately reply.',
  'She was reached for comment after a request for comment; no comment.',
  'Jane Doe contributed reporting.',
  'John Roe contributed to this report.',
  'Alex Poe contributed.',
];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Score how check-worthy a sentence is: the probability that it states a
 * fact worth fact-checking, from a linear model trained on ClaimBuster.
 *
 * The score is calibrated so that `0.5` is the decision threshold (the
 * F1-optimal one in cross-validation); above it, treat the sentence as a
 * check-worthy claim. Pass one sentence at a time: the model was trained on
 * single sentences, and its features are normalised by sentence length, so
 * a paragraph gets a blurred, less meaningful score.
 *
 * Pure and synchronous, with no Node built-ins; runs in browsers and edge
 * runtimes. The model (16,000 hashed features, about 45 kB gzipped) is
 * unpacked on the first call, which takes 20–40 ms; later calls are a
 * linear pass over the string and one table lookup per feature, about 5 µs
 * for a typical news sentence.
 *
 * News boilerplate that the debate data lacks (non-responses such as "did
 * not immediately respond to requests for comment", contributor credits) is
 * recognised by a fixed phrase rule and pushed well below 0.5.
 *
 * Edge cases: the empty string (or one with no words) scores the model's
 * prior for a featureless sentence, well below 0.5. Very long input is
 * accepted and scored in time linear in its length, with no truncation.
 *
 * @param sentence - One sentence of plain text.
 * @returns A number in [0, 1]; above `0.5` means check-worthy.
 * @throws {TypeError} If `sentence` is not a string.
 *
 * @example
 * scoreCheckworthiness('Unemployment fell to 3.5 percent in 2019.') // > 0.5
 * scoreCheckworthiness('What do you think?') // < 0.5
 */
export function scoreCheckworthiness(sentence: string): number {
  if (typeof sentence !== 'string') {
    throw new TypeError(`Expected \`sentence\` to be a string, got ${describe(sentence)}`);
  }
  return score(loaded ?? load(), sentence);
}

function score(model: LoadedModel, sentence: string): number {
  const { table, displacements, bucketShift, slotShift, keyShift, buffer } = model;
  call++;
  if (call === STAMP_LIMIT) {
    for (let slot = 1; slot < table.length; slot += 2) table[slot]! &= LEVEL_MASK;
    call = 1;
  }
  const flags = extractFeatures(sentence, buffer);
  const hashes = buffer.hashes;
  const length = buffer.length;
  let sum = 0;
  let count = 0;
  // Branch-free: found (0 or 1) is whether the key's one possible slot holds
  // it (and the key is not 0, which marks empty slots); fresh whether this
  // call has not counted it yet. `(x + max) >>> bits` is 1 when 0 < x <= max,
  // else 0; the stamp is rewritten (to itself when not fresh) every time.
  for (let k = 0; k < length; k++) {
    const key = hashes[k]! >>> keyShift;
    const at = slotOf(key, displacements[key >>> bucketShift]!, slotShift) * 2;
    const found = (1 ^ (((table[at]! ^ key) + KEY_MAX) >>> KEY_BITS)) & ((key + KEY_MAX) >>> KEY_BITS);
    const entry = table[at + 1]!;
    const fresh = found & ((((entry >>> LEVEL_WIDTH) ^ call) + STAMP_MAX) >>> (32 - LEVEL_WIDTH));
    // All ones when fresh, else 0.
    const mask = 0 - fresh;
    table[at + 1] = entry ^ (((call << LEVEL_WIDTH) ^ (entry & ~LEVEL_MASK)) & mask);
    // Sign-extend the level, and add it only when fresh.
    sum += ((entry << (32 - LEVEL_WIDTH)) >> (32 - LEVEL_WIDTH)) & mask;
    count += fresh;
  }
  // Whole levels sum exactly; one multiplication by the step gives the weight.
  // The boilerplate penalty is added unconditionally (0 or -5): an addition
  // that only rare sentences reach would deoptimise the compiled scorer
  // whenever one of them turns up.
  const penalty = flags & NEWS_BOILERPLATE ? NEWS_BOILERPLATE_LOGIT : 0;
  const logit = model.bias + (count > 0 ? (sum * model.step) / root(count, model.normPower) : 0) + penalty;
  return logistic(logit);
}
