/**
 * Train the check-worthiness model and write `src/claims/checkworthiness-model.ts`.
 *
 *   npm run train:checkworthiness
 *
 * Reads `../shared/data/claimbuster/train.csv` (relative to the repo root),
 * prints stratified 5-fold CV precision/recall/F1 of the positive class at
 * the shipped threshold (each fold's model pruned and quantised exactly as
 * the shipped one), then trains on all rows, writes the model as a compact
 * bit stream, and checks that the runtime scorer, decoding that file,
 * reproduces the trainer's scores exactly. Deterministic: fixed seed, fixed
 * data order, full-batch optimiser, no network.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createFeatureBuffer, extractFeatures, logistic, NEWS_BOILERPLATE } from '../src/claims/checkworthiness-features.js';
import type { Metrics, QuantisedModel } from './checkworthiness-cv.js';
import {
  crossValidate,
  DEFAULT_TRAIN_OPTIONS,
  extractAll,
  loadClaimBuster,
  metrics,
  quantiseModel,
  scoreFeatures,
  trainModel,
} from './checkworthiness-cv.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = path.resolve(repoRoot, '../shared/data/claimbuster/train.csv');
const outPath = path.join(repoRoot, 'src/claims/checkworthiness-model.ts');
const SEED = 20240601;
// The whole core must stay under 150 kB gzipped in the browser bundle; the
// model gets at most 60 kB of it.
const MAX_GZIP_BYTES = 60 * 1024;

const pct = (x: number): string => x.toFixed(4);
const line = (m: Metrics): string => `P=${pct(m.precision)} R=${pct(m.recall)} F1=${pct(m.f1)} (tp=${m.tp} fp=${m.fp} fn=${m.fn})`;

/** Bits written most significant first; `toBase64` pads the last byte with zeros. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;
  get length(): number {
    return this.bytes.length * 8 + this.used;
  }
  bit(b: number): void {
    this.current = (this.current << 1) | b;
    if (++this.used === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }
  bits(value: number, count: number): void {
    for (let k = count - 1; k >= 0; k--) this.bit(Math.floor(value / 2 ** k) % 2);
  }
  toBase64(): string {
    const bytes = [...this.bytes];
    if (this.used > 0) bytes.push(this.current << (8 - this.used));
    return Buffer.from(bytes).toString('base64');
  }
}

/** The bit stream `load()` in `src/claims/checkworthiness.ts` reads; see there. */
function encode(model: QuantisedModel, gapBits: number, levelBits: number): BitWriter {
  const out = new BitWriter();
  let previous = 0;
  model.keys.forEach((key, j) => {
    const gap = (key >>> 0) - previous;
    previous = key >>> 0;
    const quotient = Math.floor(gap / 2 ** gapBits);
    for (let q = 0; q < quotient; q++) out.bit(1);
    out.bit(0);
    out.bits(gap % 2 ** gapBits, gapBits);
    const level = model.levels[j]!;
    const v = (level >= 0 ? 2 * level : -2 * level - 1) + 2 ** levelBits;
    const width = Math.floor(Math.log2(v)) + 1;
    for (let z = 0; z < width - 1 - levelBits; z++) out.bit(0);
    out.bits(v, width);
  });
  return out;
}

/** The smallest encoding over the code parameters (costs counted, not encoded). */
function encodeBest(model: QuantisedModel): { stream: BitWriter; gapBits: number; levelBits: number } {
  const gaps = Array.from(model.keys, (key, j) => (key >>> 0) - (j > 0 ? model.keys[j - 1]! >>> 0 : 0));
  const codes = Array.from(model.levels, (level) => (level >= 0 ? 2 * level : -2 * level - 1));
  const cost = (values: readonly number[], bits: (v: number) => number): number => values.reduce((n, v) => n + bits(v), 0);
  const argmin = (range: number, bits: (k: number) => number): number => {
    let best = 0;
    for (let k = 1; k < range; k++) if (bits(k) < bits(best)) best = k;
    return best;
  };
  const gapBits = argmin(32, (k) => cost(gaps, (g) => Math.floor(g / 2 ** k) + 1 + k));
  const levelBits = argmin(16, (k) => cost(codes, (c) => 2 * Math.floor(Math.log2(c + 2 ** k)) + 1 - k));
  // The decoder reads any one field from a window of at least 25 bits.
  const widest = Math.max(gapBits, ...codes.map((c) => 2 * Math.floor(Math.log2(c + 2 ** levelBits)) + 1 - levelBits));
  if (widest > 25) throw new Error(`A ${widest}-bit code does not fit the decoder's 25-bit window`);
  return { stream: encode(model, gapBits, levelBits), gapBits, levelBits };
}

if (!existsSync(csvPath)) {
  console.error(`Missing ${csvPath}: the ClaimBuster data lives in ../shared next to the repo.`);
  process.exit(1);
}
const data = loadClaimBuster(csvPath);
const positives = data.labels.reduce<number>((n, l) => n + l, 0);
const options = DEFAULT_TRAIN_OPTIONS;
console.log(`ClaimBuster: ${data.texts.length} sentences, ${positives} check-worthy`);
console.log('Options:', JSON.stringify(options));
// The scorer's hand-set news-boilerplate rule is not part of the learnt model;
// if it fired on training sentences the CV below would not describe it.
const buffer = createFeatureBuffer();
const boilerplate = data.texts.filter((t) => extractFeatures(t, buffer) & NEWS_BOILERPLATE).length;
console.log(`News-boilerplate rule fires on ${boilerplate} training sentences`);

const features = extractAll(data.texts, options.keyShift);
const cv = crossValidate(data, {
  folds: 5,
  seed: SEED,
  train: options,
  features,
  onFold: (f, s) => console.log(`  fold ${f + 1}/5 trained in ${s.toFixed(1)}s`),
});
for (const f of cv.folds) console.log(`  fold ${f.fold + 1}: n=${f.size} threshold=${f.threshold.toFixed(3)} ${line(f)}`);
console.log(`5-fold CV (positive class, threshold 0.5 after calibration): ${line(cv)}`);
console.log(`  uncalibrated (logit 0): ${line(cv.uncalibrated)}`);

const all = [...data.labels.keys()];
const trained = trainModel(features, data.labels, all, options);
// Fold the CV-chosen threshold into the bias so that 0.5 is the decision point.
const model = quantiseModel({ ...trained, bias: trained.bias - cv.threshold }, options.weightBits);
const trainerLogits = scoreFeatures(model, features.rows);
const inSample = metrics(trainerLogits, data.labels, 0);
console.log(
  `Final model: ${model.keys.length} features (pruned from ${trained.candidates}), threshold ${cv.threshold.toFixed(4)} folded into bias`,
);
console.log(`  in-sample (optimistic, regression guard only): ${line(inSample)}`);

const { stream, gapBits, levelBits } = encodeBest(model);
const base64 = stream.toBase64();
// Wrapped so that diffs and editors cope; the scorer decodes the concatenation.
const chunks = base64.match(/.{1,100}/g) ?? [];
const source = `// Generated by \`npm run train:checkworthiness\` (bench/train-checkworthiness.ts). Do not edit by hand.
// Logistic regression over the hashed features of ./checkworthiness-features.ts, trained on ClaimBuster
// (US presidential debates, ${data.texts.length} sentences). 5-fold CV on the positive class:
// precision ${pct(cv.precision)}, recall ${pct(cv.recall)}, F1 ${pct(cv.f1)}.
// Logit = BIAS + (sum of the weights of the distinct known features) / (their count) ** NORM_POWER.

/** Intercept, with the CV-optimal threshold folded in so that probability 0.5 is the decision point. */
export const BIAS = ${model.bias};

/** Exponent of the known-feature count that normalises the summed weights. */
export const NORM_POWER = ${model.normPower};

/** Weight of one quantisation level. */
export const STEP = ${model.step};

/** Features are keyed by their hash shifted right by this many bits. */
export const KEY_SHIFT = ${options.keyShift};

/** Number of features in \`MODEL\`. */
export const COUNT = ${model.keys.length};

/** Rice parameter of the key gaps. */
export const GAP_BITS = ${gapBits};

/** Exponential-Golomb order of the zigzagged weight levels. */
export const LEVEL_BITS = ${levelBits};

/** Base64 bit stream of (key gap, weight level) pairs in ascending key order; see \`load\` in ./checkworthiness.ts. */
// prettier-ignore
export const MODEL =
  ${chunks.map((c) => `'${c}'`).join(' +\n  ')};
`;
writeFileSync(outPath, source);
const bytes = readFileSync(outPath);
const gzipped = gzipSync(bytes, { level: 9 }).length;
console.log(
  `Wrote ${path.relative(repoRoot, outPath)}: ${bytes.length} bytes, ${gzipped} gzipped ` +
    `(${(stream.length / model.keys.length).toFixed(1)} bits per feature)`,
);
// The runtime decodes the file it was just given; it must reproduce the
// trainer's scores exactly (integer level sums, same normaliser), or the CV
// figures above would not describe what ships.
const { scoreCheckworthiness } = await import('../src/claims/checkworthiness.js');
let mismatches = 0;
data.texts.forEach((text, i) => {
  const expected = logistic(trainerLogits[i]!);
  if (scoreCheckworthiness(text) !== expected) mismatches++;
});
if (mismatches > 0) {
  console.error(`The runtime scorer disagrees with the trainer on ${mismatches} training sentences.`);
  process.exit(1);
}
console.log(`Runtime scorer reproduces the trainer's ${data.texts.length} scores exactly`);
if (gzipped > MAX_GZIP_BYTES) {
  console.error(`Model file is ${gzipped} bytes gzipped, over the ${MAX_GZIP_BYTES}-byte budget: lower maxFeatures.`);
  process.exit(1);
}
