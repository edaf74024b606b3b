/**
 * Training and cross-validation for the check-worthiness model. Used by
 * `bench/train-checkworthiness.ts` (which writes the shipped model) and
 * reusable by evals: `crossValidate` returns precision/recall/F1 of the
 * positive class.
 *
 * Model: L2-regularised logistic regression (full-batch L-BFGS, so training
 * is deterministic with no learning-rate schedule to tune) over binary
 * features from `forEachFeature`, each scaled by a group weight times the
 * square root of its naive-Bayes log-count ratio (NBSVM-style, which beat
 * plain binary and tf-idf inputs in CV), and normalised by the square root of
 * the number of distinct known features so that long sentences do not
 * saturate. Everything but the normaliser folds into one weight per feature.
 */
import { readFileSync } from 'node:fs';
import { forEachFeature } from '../src/claims/checkworthiness-features.js';

export interface Dataset {
  readonly texts: readonly string[];
  readonly labels: readonly (0 | 1)[];
}

export interface TrainOptions {
  /** L2 strength on the summed log-loss. */
  readonly lambda: number;
  /** Minimum number of training sentences a feature must occur in. */
  readonly minCount: number;
  /** Same, for character n-grams (they are many and individually weak). */
  readonly minCountChar: number;
  /** Exponent on |NB log-count ratio| used to scale each feature. */
  readonly nbPower: number;
  /** Relative weight of character n-gram and coarse-class features. */
  readonly charWeight: number;
  readonly classWeight: number;
  readonly maxIterations: number;
}

// Chosen by 5-fold CV; the count thresholds also keep the generated model
// under 1 MB (min counts 2/3 scored ~0.794 but produced 1.7 MB).
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  lambda: 0.05,
  minCount: 3,
  minCountChar: 10,
  nbPower: 0.5,
  charWeight: 0.7,
  classWeight: 0.7,
  maxIterations: 300,
};

/** A trained model in the shape the runtime uses: z = bias + Σ weight / √(known features). */
export interface LinearModel {
  readonly features: readonly string[];
  readonly weights: Float64Array;
  readonly bias: number;
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

/** Distinct features of each sentence, in first-emitted order. */
export function extractFeatures(texts: readonly string[]): string[][] {
  return texts.map((text) => {
    const seen = new Set<string>();
    forEachFeature(text, (f) => seen.add(f));
    return [...seen];
  });
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

function featureWeight(feature: string, options: TrainOptions): number {
  if (feature.startsWith('#')) return options.charWeight;
  if (feature.startsWith('p:')) return options.classWeight;
  return 1;
}

/** Train on the examples `rows` of (features, labels). */
export function trainModel(
  features: readonly (readonly string[])[],
  labels: readonly (0 | 1)[],
  rows: readonly number[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): LinearModel {
  const df = new Map<string, [number, number]>();
  for (const r of rows) {
    const y = labels[r]!;
    for (const f of features[r]!) {
      const c = df.get(f);
      if (c) c[y]++;
      else df.set(f, y ? [0, 1] : [1, 0]);
    }
  }
  const vocab = new Map<string, number>();
  const names: string[] = [];
  for (const [f, [neg, pos]] of df) {
    if (neg + pos >= (f.startsWith('#') ? options.minCountChar : options.minCount)) {
      vocab.set(f, names.length);
      names.push(f);
    }
  }
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
    scale[j] = featureWeight(f, options) * Math.abs(ratio) ** options.nbPower;
  });

  // CSR design matrix; values already include scale and length normaliser.
  const offsets = new Int32Array(rows.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  rows.forEach((r, i) => {
    const ids: number[] = [];
    for (const f of features[r]!) {
      const j = vocab.get(f);
      if (j !== undefined) ids.push(j);
    }
    const norm = ids.length > 0 ? 1 / Math.sqrt(ids.length) : 0;
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
  return { features: names, weights, bias: w[dim]! };
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

/** Round to `digits` significant digits, as the generated model file stores them. */
export function roundModel(model: LinearModel, digits = 4): LinearModel {
  return {
    features: model.features,
    weights: model.weights.map((v) => Number(v.toPrecision(digits))),
    bias: Number(model.bias.toPrecision(digits + 2)),
  };
}

/** Logit of each feature set under `model`, mirroring the runtime scorer. */
export function scoreFeatures(model: LinearModel, features: readonly (readonly string[])[]): Float64Array {
  const index = new Map<string, number>();
  model.features.forEach((f, j) => index.set(f, j));
  return Float64Array.from(features, (fs) => {
    let sum = 0;
    let n = 0;
    for (const f of fs) {
      const j = index.get(f);
      if (j !== undefined) {
        sum += model.weights[j]!;
        n++;
      }
    }
    return model.bias + (n > 0 ? sum / Math.sqrt(n) : 0);
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
  readonly train?: TrainOptions;
  readonly onFold?: (fold: number, seconds: number) => void;
}

/**
 * Stratified k-fold CV of the positive class. Each fold's decision threshold
 * is the F1-optimal one on the *other* folds' out-of-fold scores, so the
 * reported figures include the cost of calibrating the threshold.
 */
export function crossValidate(data: Dataset, options: CrossValidateOptions = {}): CrossValidationResult {
  const k = options.folds ?? 5;
  const fold = stratifiedFolds(data.labels, k, options.seed ?? 20240601);
  const features = extractFeatures(data.texts);
  const outOfFold = new Float64Array(data.texts.length);
  const members: number[][] = Array.from({ length: k }, () => []);
  fold.forEach((f, i) => members[f]!.push(i));

  for (let f = 0; f < k; f++) {
    const started = Date.now();
    const trainRows = members.flatMap((m, g) => (g === f ? [] : m));
    const model = roundModel(trainModel(features, data.labels, trainRows, options.train));
    const testRows = members[f]!;
    const scores = scoreFeatures(model, testRows.map((r) => features[r]!));
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
