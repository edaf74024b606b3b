/**
 * Training and cross-validation for the check-worthiness model. Used by
 * `bench/train-checkworthiness.ts` (which writes the shipped model) and
 * reusable by evals: `crossValidate` returns precision/recall/F1 of the
 * positive class.
 *
 * Model: L2-regularised logistic regression (full-batch L-BFGS, so training
 * is deterministic with no learning-rate schedule to tune) over the hashed
 * binary features of `extractFeatures`, each scaled by a family weight times
 * a power of its naive-Bayes log-count ratio (NBSVM-style, which beat plain
 * binary and tf-idf inputs in CV), and normalised by a power of the number of
 * distinct known features so that long sentences do not saturate. Everything
 * but the normaliser folds into one weight per feature.
 */
import { readFileSync } from 'node:fs';
import { createFeatureBuffer, extractFeatures, FAMILIES, Family, root } from '../src/claims/checkworthiness-features.js';

export interface Dataset {
  readonly texts: readonly string[];
  readonly labels: readonly (0 | 1)[];
}

export interface TrainOptions {
  /** L2 strength on the summed log-loss. */
  readonly lambda: number;
  /** Minimum number of training sentences a word, class or shape feature must occur in. */
  readonly minCount: number;
  /** Same, for character n-grams (they are many and individually weak). */
  readonly minCountChar: number;
  /** Exponent on |NB log-count ratio| used to scale each feature. */
  readonly nbPower: number;
  /** Input scale per `Family` (0 leaves the family out). */
  readonly familyWeights: readonly number[];
  /** The logit divides the summed weights by (distinct known features) ** normPower. */
  readonly normPower: number;
  /** Keep only this many features (largest |weight|) and refit; 0 keeps all. */
  readonly maxFeatures: number;
  /** Quantise weights to this many bits (sign included) as the model file stores them. */
  readonly weightBits: number;
  /** The model keys a feature by its hash's top `32 - keyShift` bits. */
  readonly keyShift: number;
  readonly maxIterations: number;
}

// Chosen by 5-fold CV, comparing means over four fold seeds: one split's
// F1 moves by ±0.004 between seeds, more than most of these knobs do.
// Tried without gain: L2 strength 0.02–0.2, NB power 0–1, normaliser power
// 0.3–1, minimum counts 2/5/20, weighting positives 1.5–2×, a squared-hinge
// loss, char 3- and 5-grams (5-grams: +0.0015 F1, within noise, for 45% more
// lookups), word trigrams, class 4-grams, word×class bigrams, a YEAR token
// apart from NUM, and pruning by |weight|×df^p instead of |weight|. 8-bit
// weights cost nothing measurable (6 bits: -0.002 F1, 5 bits: -0.01).
// Keys of 16 bits (the scorer then indexes a 65,536-entry table directly)
// with every feature kept: F1 0.7923, against 0.7926 for the 16,000
// largest of ~41,000 features under 28-bit keys; 16-bit keys pruned to
// 16,000: 0.7893; 15-bit keys: 0.7876 (`.scratch`-free check: run
// `crossValidate` with `keyShift`/`maxFeatures` changed).
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  lambda: 0.05,
  minCount: 3,
  minCountChar: 10,
  nbPower: 0.5,
  // word, bigram, skip-gram, char 4-gram, class 1/2/3, shape
  familyWeights: [1, 1, 1, 0.7, 0.7, 0.7, 0.7, 1],
  normPower: 0.5,
  maxFeatures: 0,
  weightBits: 8,
  keyShift: 16,
  maxIterations: 300,
};

/** A trained model in the shape the runtime uses: z = bias + Σ weight / (known features) ** normPower. */
export interface LinearModel {
  /** Feature hashes, ascending as unsigned 32-bit integers. */
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  readonly bias: number;
  readonly normPower: number;
}

/** Distinct feature keys of each sentence (ascending) and the family of every key. */
export interface FeatureSet {
  readonly rows: readonly Int32Array[];
  readonly family: ReadonlyMap<number, number>;
}

export interface Metrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface FoldResult extends Metrics {
  readonly fold: number;
  readonly size: number;
  /** Logit threshold used for this fold, chosen on the other folds' scores. */
  readonly threshold: number;
}

export interface CrossValidationResult extends Metrics {
  readonly folds: readonly FoldResult[];
  /** Out-of-fold logits, in dataset order. */
  readonly outOfFold: Float64Array;
  /** Logit threshold maximising F1 over all out-of-fold scores (folded into the shipped bias). */
  readonly threshold: number;
  /** Metrics at logit 0, i.e. before any threshold calibration. */
  readonly uncalibrated: Metrics;
}

// The debate transcripts contain UTF-8 read as Windows-1252 for the right
// single quote; repair it so "don’t" is learnt as the same word news text uses.
function repairMojibake(text: string): string {
  return text.replaceAll('\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2', "'").replaceAll('\u00c3\u201a', ' ');
}

/** Parse the ClaimBuster CSV (`sentence_id,label,text`, RFC 4180 quoting). */
export function loadClaimBuster(csvPath: string): Dataset {
  const text = readFileSync(csvPath, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const header = rows.shift();
  if (header?.[1] !== 'label' || header[2] !== 'text') throw new Error(`Unexpected header in ${csvPath}: ${header?.join(',')}`);
  const texts: string[] = [];
  const labels: (0 | 1)[] = [];
  for (const r of rows) {
    if (r.length < 3) continue;
    texts.push(repairMojibake(r[2]!));
    labels.push(r[1] === '1' ? 1 : 0);
  }
  return { texts, labels };
}

/** Mulberry32: tiny, seedable, good enough for shuffling. */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stratified fold index per example: each class shuffled (seeded) and dealt round-robin. */
export function stratifiedFolds(labels: readonly (0 | 1)[], k: number, seed: number): Int32Array {
  const random = mulberry32(seed);
  const fold = new Int32Array(labels.length);
  for (const cls of [1, 0] as const) {
    const ids: number[] = [];
    labels.forEach((l, i) => {
      if (l === cls) ids.push(i);
    });
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = ids[i]!;
      ids[i] = ids[j]!;
      ids[j] = tmp;
    }
    ids.forEach((id, n) => (fold[id] = n % k));
  }
  return fold;
}

/**
 * Features of every sentence, through the runtime's own extractor, as the
 * scorer looks them up: the hash's top `32 - keyShift` bits (a 0 key is
 * never stored, so it is dropped here too).
 */
export function extractAll(texts: readonly string[], keyShift = 0): FeatureSet {
  const buffer = createFeatureBuffer();
  const family = new Map<number, number>();
  const rows = texts.map((text) => {
    extractFeatures(text, buffer);
    const seen = new Set<number>();
    for (let k = 0; k < buffer.length; k++) {
      const h = (buffer.hashes[k]! >>> keyShift) | 0;
      if (h === 0 || seen.has(h)) continue;
      seen.add(h);
      if (!family.has(h)) family.set(h, buffer.families[k]!);
    }
    // Sorted, so that training (whose float sums follow this order) does not
    // depend on the order the extractor happens to emit features in.
    return Int32Array.from(seen).sort();
  });
  return { rows, family };
}

/**
 * Train on the examples `rows` of (features, labels). `candidates` is the
 * number of features that passed the count thresholds, before pruning.
 */
export function trainModel(
  features: FeatureSet,
  labels: readonly (0 | 1)[],
  rows: readonly number[],
  options: TrainOptions,
): LinearModel & { readonly candidates: number } {
  if (options.familyWeights.length !== FAMILIES) throw new Error(`Expected ${FAMILIES} family weights`);
  const df = new Map<number, [number, number]>();
  for (const r of rows) {
    const y = labels[r]!;
    for (const f of features.rows[r]!) {
      const c = df.get(f);
      if (c) c[y]++;
      else df.set(f, y ? [0, 1] : [1, 0]);
    }
  }
  const isChar = (f: number): boolean => features.family.get(f) === Family.char4;
  let keys: number[] = [];
  for (const [f, [neg, pos]] of df) {
    if (options.familyWeights[features.family.get(f)!] === 0) continue;
    if (neg + pos >= (isChar(f) ? options.minCountChar : options.minCount)) keys.push(f);
  }
  const candidates = keys.length;
  let model = fit(features, labels, rows, options, df, keys);
  if (options.maxFeatures > 0 && keys.length > options.maxFeatures) {
    // Magnitude pruning, then a refit: the normaliser counts known features,
    // so the pruned model must be retrained rather than merely truncated.
    const order = [...model.weights.keys()].sort((a, b) => Math.abs(model.weights[b]!) - Math.abs(model.weights[a]!) || a - b);
    keys = order.slice(0, options.maxFeatures).map((j) => model.keys[j]!);
    model = fit(features, labels, rows, options, df, keys);
  }
  return { ...model, candidates };
}

function fit(
  features: FeatureSet,
  labels: readonly (0 | 1)[],
  rows: readonly number[],
  options: TrainOptions,
  df: ReadonlyMap<number, readonly [number, number]>,
  keyList: readonly number[],
): LinearModel {
  const names = Int32Array.from(keyList).sort((a, b) => (a >>> 0) - (b >>> 0));
  const vocab = new Map<number, number>();
  names.forEach((f, j) => vocab.set(f, j));
  const dim = names.length;

  let posTotal = 0;
  let negTotal = 0;
  for (const f of names) {
    const [neg, pos] = df.get(f)!;
    posTotal += pos + 1;
    negTotal += neg + 1;
  }
  const scale = new Float64Array(dim);
  names.forEach((f, j) => {
    const [neg, pos] = df.get(f)!;
    const ratio = Math.log((pos + 1) / posTotal) - Math.log((neg + 1) / negTotal);
    scale[j] = options.familyWeights[features.family.get(f)!]! * Math.abs(ratio) ** options.nbPower;
  });

  // CSR design matrix; values already include scale and length normaliser.
  const offsets = new Int32Array(rows.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  rows.forEach((r, i) => {
    const ids: number[] = [];
    for (const f of features.rows[r]!) {
      const j = vocab.get(f);
      if (j !== undefined) ids.push(j);
    }
    const norm = ids.length > 0 ? ids.length ** -options.normPower : 0;
    for (const j of ids) {
      idx.push(j);
      val.push(scale[j]! * norm);
    }
    offsets[i + 1] = idx.length;
  });
  const X = { offsets, idx: Int32Array.from(idx), val: Float64Array.from(val) };
  const y = Float64Array.from(rows, (r) => labels[r]!);
  const w = lbfgs(dim + 1, (wv, grad) => logisticLoss(X, y, wv, grad, dim, options.lambda), options.maxIterations);
  const weights = new Float64Array(dim);
  for (let j = 0; j < dim; j++) weights[j] = w[j]! * scale[j]!;
  return { keys: names, weights, bias: w[dim]!, normPower: options.normPower };
}

interface Csr {
  readonly offsets: Int32Array;
  readonly idx: Int32Array;
  readonly val: Float64Array;
}

function logisticLoss(X: Csr, y: Float64Array, w: Float64Array, grad: Float64Array, dim: number, lambda: number): number {
  grad.fill(0);
  let loss = 0;
  for (let i = 0; i < y.length; i++) {
    const start = X.offsets[i]!;
    const end = X.offsets[i + 1]!;
    let z = w[dim]!;
    for (let k = start; k < end; k++) z += w[X.idx[k]!]! * X.val[k]!;
    // log(1 + e^{-m}) computed without overflow for either sign.
    const m = y[i]! ? z : -z;
    loss += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
    const d = 1 / (1 + Math.exp(-z)) - y[i]!;
    for (let k = start; k < end; k++) grad[X.idx[k]!]! += d * X.val[k]!;
    grad[dim]! += d;
  }
  for (let j = 0; j < dim; j++) {
    loss += 0.5 * lambda * w[j]! * w[j]!;
    grad[j]! += lambda * w[j]!;
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  return s;
}

/** Limited-memory BFGS (m = 10) with Armijo backtracking, from w = 0. */
function lbfgs(size: number, fg: (w: Float64Array, grad: Float64Array) => number, maxIterations: number): Float64Array {
  const history = 10;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const w = new Float64Array(size);
  const g = new Float64Array(size);
  let f = fg(w, g);
  const dir = new Float64Array(size);
  const wNext = new Float64Array(size);
  const gNext = new Float64Array(size);
  const alpha: number[] = [];

  for (let it = 0; it < maxIterations; it++) {
    for (let j = 0; j < size; j++) dir[j] = -g[j]!;
    for (let k = S.length - 1; k >= 0; k--) {
      const a = rho[k]! * dot(S[k]!, dir);
      alpha[k] = a;
      const yk = Y[k]!;
      for (let j = 0; j < size; j++) dir[j]! -= a * yk[j]!;
    }
    const last = S.length - 1;
    const gamma = last >= 0 ? dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!) : 1 / Math.sqrt(dot(g, g));
    for (let j = 0; j < size; j++) dir[j]! *= gamma;
    for (let k = 0; k < S.length; k++) {
      const b = rho[k]! * dot(Y[k]!, dir);
      const sk = S[k]!;
      for (let j = 0; j < size; j++) dir[j]! += sk[j]! * (alpha[k]! - b);
    }
    let slope = dot(g, dir);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      for (let j = 0; j < size; j++) dir[j] = -g[j]!;
      slope = -dot(g, g);
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
    }
    let step = 1;
    let fNext = f;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < size; j++) wNext[j] = w[j]! + step * dir[j]!;
      fNext = fg(wNext, gNext);
      if (fNext <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const s = new Float64Array(size);
    const yv = new Float64Array(size);
    for (let j = 0; j < size; j++) {
      s[j] = wNext[j]! - w[j]!;
      yv[j] = gNext[j]! - g[j]!;
    }
    const sy = dot(s, yv);
    w.set(wNext);
    g.set(gNext);
    const previous = f;
    f = fNext;
    if (sy > 1e-12) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > history) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    if (Math.abs(previous - f) <= 1e-8 * Math.max(1, Math.abs(f))) break;
  }
  return w;
}

/** A model as the file stores it: weights are whole multiples of `step`. */
export interface QuantisedModel extends LinearModel {
  readonly step: number;
  readonly levels: Int32Array;
}

/**
 * Quantise weights as the model file stores them: signed integer levels
 * times a step that maps the largest |weight| to level 2^(bits-1) - 1.
 * Features whose level rounds to 0 are dropped, as the file drops them (so
 * they also leave the normaliser's count; CV on the quantised model measures
 * what that costs).
 */
export function quantiseModel(model: LinearModel, bits: number): QuantisedModel {
  // The scorer packs a level into 12 bits of its table.
  if (bits < 2 || bits > 12) throw new RangeError(`Expected 2..12 weight bits, got ${bits}`);
  const top = 2 ** (bits - 1) - 1;
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const step = Number((max > 0 ? max / top : 1).toPrecision(6));
  const keys: number[] = [];
  const levels: number[] = [];
  model.weights.forEach((w, j) => {
    const level = Math.round(w / step);
    if (level === 0) return;
    keys.push(model.keys[j]!);
    levels.push(level);
  });
  return {
    keys: Int32Array.from(keys),
    levels: Int32Array.from(levels),
    weights: Float64Array.from(levels, (l) => l * step),
    step,
    bias: Number(model.bias.toPrecision(6)),
    normPower: model.normPower,
  };
}

/** Logit of each feature set under `model`, computed exactly as the runtime scorer does. */
export function scoreFeatures(model: QuantisedModel, rows: readonly Int32Array[]): Float64Array {
  const index = new Map<number, number>();
  model.keys.forEach((f, j) => index.set(f, j));
  return Float64Array.from(rows, (fs) => {
    let sum = 0;
    let n = 0;
    for (const f of fs) {
      const j = index.get(f);
      if (j !== undefined) {
        sum += model.levels[j]!;
        n++;
      }
    }
    return model.bias + (n > 0 ? (sum * model.step) / root(n, model.normPower) : 0);
  });
}

/** Precision/recall/F1 of the positive class for `score > threshold`. */
export function metrics(scores: ArrayLike<number>, labels: readonly (0 | 1)[], threshold: number, rows?: readonly number[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const visit = (i: number): void => {
    const predicted = scores[i]! > threshold;
    if (predicted && labels[i]) tp++;
    else if (predicted) fp++;
    else if (labels[i]) fn++;
  };
  if (rows) rows.forEach(visit);
  else for (let i = 0; i < labels.length; i++) visit(i);
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

/** The threshold (midpoint between adjacent scores) maximising F1 over `rows`. */
export function bestThreshold(scores: ArrayLike<number>, labels: readonly (0 | 1)[], rows: readonly number[]): number {
  const order = [...rows].sort((a, b) => scores[b]! - scores[a]! || a - b);
  const positives = rows.reduce((n, r) => n + labels[r]!, 0);
  let tp = 0;
  let best = -1;
  let threshold = 0;
  for (let k = 0; k < order.length; k++) {
    tp += labels[order[k]!]!;
    const next = order[k + 1];
    const here = scores[order[k]!]!;
    if (next !== undefined && scores[next] === here) continue;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best) {
      best = f1;
      threshold = next === undefined ? here - 1e-6 : (here + scores[next]!) / 2;
    }
  }
  return threshold;
}

export interface CrossValidateOptions {
  readonly folds?: number;
  readonly seed?: number;
  readonly train: TrainOptions;
  /** Precomputed `extractAll(data.texts)`, to share between runs. */
  readonly features?: FeatureSet;
  readonly onFold?: (fold: number, seconds: number) => void;
}

/**
 * Stratified k-fold CV of the positive class. Each fold's decision threshold
 * is the F1-optimal one on the *other* folds' out-of-fold scores, so the
 * reported figures include the cost of calibrating the threshold. Each fold's
 * model is quantised exactly as the shipped one is.
 */
export function crossValidate(data: Dataset, options: CrossValidateOptions): CrossValidationResult {
  const k = options.folds ?? 5;
  const fold = stratifiedFolds(data.labels, k, options.seed ?? 20240601);
  const features = options.features ?? extractAll(data.texts, options.train.keyShift);
  const outOfFold = new Float64Array(data.texts.length);
  const members: number[][] = Array.from({ length: k }, () => []);
  fold.forEach((f, i) => members[f]!.push(i));

  for (let f = 0; f < k; f++) {
    const started = Date.now();
    const trainRows = members.flatMap((m, g) => (g === f ? [] : m));
    const model = quantiseModel(trainModel(features, data.labels, trainRows, options.train), options.train.weightBits);
    const testRows = members[f]!;
    const scores = scoreFeatures(model, testRows.map((r) => features.rows[r]!));
    testRows.forEach((r, n) => (outOfFold[r] = scores[n]!));
    options.onFold?.(f, (Date.now() - started) / 1000);
  }

  const folds: FoldResult[] = [];
  const predicted = new Float64Array(outOfFold.length);
  for (let f = 0; f < k; f++) {
    const others = members.flatMap((m, g) => (g === f ? [] : m));
    const threshold = bestThreshold(outOfFold, data.labels, others);
    for (const r of members[f]!) predicted[r] = outOfFold[r]! - threshold;
    folds.push({ fold: f, size: members[f]!.length, threshold, ...metrics(outOfFold, data.labels, threshold, members[f]) });
  }
  const all = [...data.labels.keys()];
  return {
    ...metrics(predicted, data.labels, 0),
    folds,
    outOfFold,
    threshold: bestThreshold(outOfFold, data.labels, all),
    uncalibrated: metrics(outOfFold, data.labels, 0),
  };
}
