import type { FeatureBuffer } from './checkworthiness-features.js';
import { createFeatureBuffer, extractFeatures, NEWS_BOILERPLATE } from './checkworthiness-features.js';
import { BIAS, COUNT, GAP_BITS, KEY_SHIFT, LEVEL_BITS, MODEL, NORM_POWER, STEP } from './checkworthiness-model.js';

interface LoadedModel {
  // Open-addressing hash table with linear probing, two int32 per slot: the
  // feature key (0 = empty slot; no stored key is 0), then the weight's
  // quantised level in the low LEVEL_WIDTH bits and, above them, the number
  // of the last call that counted this feature. About four in ten features
  // of a news sentence are found, and each hit reads the level and updates
  // the stamp: keeping all three in one cache line beat separate arrays.
  readonly table: Int32Array;
  // slot = key >>> slotShift: the key's top bits, which are well mixed for
  // every feature family (see checkworthiness-features.ts).
  readonly slotShift: number;
  readonly mask: number;
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

  // At most a quarter full: most lookups then end at the first slot, and the
  // probe loop's branches stay predictable (a half-full table was ~25% slower).
  let bits = 1;
  while (2 ** bits < COUNT * 4) bits++;
  const size = 2 ** bits;
  const mask = size - 1;
  const slotShift = 32 - KEY_SHIFT - bits;
  const table = new Int32Array(size * 2);
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
    let slot = key >>> slotShift;
    while (table[slot * 2] !== 0) slot = (slot + 1) & mask;
    table[slot * 2] = key | 0;
    table[slot * 2 + 1] = level & LEVEL_MASK;
  }
  const model: LoadedModel = {
    table,
    slotShift,
    mask,
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
 * unpacked on the first call, which takes 10–30 ms; later calls are a
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
  const { table, slotShift, mask, keyShift, buffer } = model;
  call++;
  if (call === STAMP_LIMIT) {
    for (let slot = 1; slot < table.length; slot += 2) table[slot]! &= LEVEL_MASK;
    call = 1;
  }
  const stamp = call << LEVEL_WIDTH;
  const flags = extractFeatures(sentence, buffer);
  const hashes = buffer.hashes;
  const length = buffer.length;
  let sum = 0;
  let count = 0;
  for (let k = 0; k < length; k++) {
    const key = (hashes[k]! >>> keyShift) | 0;
    let slot = key >>> slotShift;
    for (;;) {
      const stored = table[slot * 2]!;
      if (stored === 0) break;
      if (stored === key) {
        const entry = table[slot * 2 + 1]!;
        if ((entry & ~LEVEL_MASK) !== stamp) {
          table[slot * 2 + 1] = stamp | (entry & LEVEL_MASK);
          // Sign-extend the level.
          sum += (entry << (32 - LEVEL_WIDTH)) >> (32 - LEVEL_WIDTH);
          count++;
        }
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  // Whole levels sum exactly; one multiplication by the step gives the weight.
  // The boilerplate penalty is added unconditionally (0 or -5): an addition
  // that only rare sentences reach would deoptimise the compiled scorer
  // whenever one of them turns up.
  const penalty = flags & NEWS_BOILERPLATE ? NEWS_BOILERPLATE_LOGIT : 0;
  const logit = model.bias + (count > 0 ? (sum * model.step) / count ** model.normPower : 0) + penalty;
  return 1 / (1 + Math.exp(-logit));
}
