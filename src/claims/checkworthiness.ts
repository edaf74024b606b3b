import type { FeatureBuffer } from './checkworthiness-features.js';
import { createFeatureBuffer, extractFeatures, logistic, NEWS_BOILERPLATE, root } from './checkworthiness-features.js';
import { BIAS, COUNT, GAP_BITS, KEY_SHIFT, LEVEL_BITS, MODEL, NORM_POWER, STEP } from './checkworthiness-model.js';

interface LoadedModel {
  // The weight's quantised level of every key (a feature's hash's top 16
  // bits; the model keys every feature so, and learnt a weight for each of
  // the 65,536 it saw often enough), 0 for a key it does not know.
  //
  // Why a table indexed by the key rather than a hash table of the model's
  // features: a lookup is one load from 64 kB, with no probe, no key to
  // compare and no branch. The scorer looks up three features per character
  // of every sentence `annotate` sees; with the perfect hash table this
  // replaced (28-bit keys, 256 kB, a displacement per bucket) scoring took
  // 18–19% of `annotate`'s time on PolNeAR train, with this one 13%; and
  // 16-bit keys cost nothing measurable in cross-validation (F1 0.7923 for
  // 0.7926; one split's F1 moves by ±0.004 between fold seeds).
  readonly levels: Int8Array;
  // One bit per key: whether this call has counted it yet (a feature
  // repeated in a sentence counts once). 8 kB, so it stays in the fastest
  // cache; all zero between calls.
  readonly seen: Int32Array;
  readonly bias: number;
  readonly step: number;
  readonly normPower: number;
  readonly buffer: FeatureBuffer;
}

// Keys are the feature hash's top 16 bits: the table has one entry per key.
if (KEY_SHIFT !== 16) throw new RangeError('Expected KEY_SHIFT 16, got ' + KEY_SHIFT);

// Hand-set, not learnt: the debate transcripts have no "declined to comment"
// or "X contributed to this report", yet news is full of them and their
// names, dates and past tense look like claims to the model. -5 on the logit
// takes even a confident score (0.9) down to ~0.06.
const NEWS_BOILERPLATE_LOGIT = -5;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

let loaded: LoadedModel | undefined;

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

  const levels = new Int8Array(2 ** (32 - KEY_SHIFT));
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
    // (Keys are distinct, ascending and nonzero: the trainer writes them so.)
    levels[key] = level;
  }
  const model: LoadedModel = {
    levels,
    seen: new Int32Array(2 ** (32 - KEY_SHIFT) / 32),
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
 * runtimes. The model (35,000 hashed features, about 35 kB gzipped) is
 * unpacked on the first call, which takes 20–30 ms; later calls are a
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
  const { levels, seen, buffer } = model;
  const flags = extractFeatures(sentence, buffer);
  const hashes = buffer.hashes;
  const length = buffer.length;
  let sum = 0;
  let count = 0;
  // Branch-free: whether the feature is known (a nonzero level) and fresh
  // (not yet counted by this call) cannot be predicted, so both are masks.
  for (let k = 0; k < length; k++) {
    const key = hashes[k]! >>> 16;
    const level = levels[key]!;
    const word = seen[key >>> 5]!;
    // All ones when the level is nonzero (its sign, or its negation's).
    const known = ((0 - level) | level) >> 31;
    // All ones when the key's bit is not set yet.
    const fresh = ((word >>> (key & 31)) & 1) - 1;
    seen[key >>> 5] = word | (1 << (key & 31));
    const mask = known & fresh;
    sum += level & mask;
    count -= mask;
  }
  // Clear the bitset for the next call in one go: a word-by-word pass over
  // the features (each bit set above is in a word one of them names) was
  // slower than filling all 8 kB, even for a sentence of a few words
  // (scoring ~5% faster on PolNeAR sentences, the same on 20-character ones).
  seen.fill(0);
  // Whole levels sum exactly; one multiplication by the step gives the weight.
  // The boilerplate penalty is added unconditionally (0 or -5): an addition
  // that only rare sentences reach would deoptimise the compiled scorer
  // whenever one of them turns up.
  const penalty = flags & NEWS_BOILERPLATE ? NEWS_BOILERPLATE_LOGIT : 0;
  const logit = model.bias + (count > 0 ? (sum * model.step) / root(count, model.normPower) : 0) + penalty;
  return logistic(logit);
}
