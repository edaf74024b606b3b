/**
 * Scoring for the evaluation harness: one-to-one greedy matching of
 * predicted and gold attributions by shared content characters.
 */
import type {GoldAttribution, Range} from './eval-gold.js'

/** One predicted attribution. */
export interface Predicted {
  content: Range[]
  mention: Range | null
  cue: Range | null
  /** What it came from, for the worst-case listing. */
  label: string
}

/** Counts over a set of articles. */
export interface Counts {
  predicted: number
  gold: number
  matched: number
  /** Matched pairs whose gold has a source. */
  withSource: number
  sourceRight: number
  /** Matched pairs whose gold has a cue. */
  withCue: number
  cueRight: number
  /** Matched pairs with the right source (end to end). */
  endToEnd: number
}

/** A matched pair. */
export interface Pair {
  predicted: number
  gold: number
  sourceRight: boolean
}

/**
 * Empty counts.
 *
 * @returns
 *   Zeroed counts.
 */
export function emptyCounts(): Counts {
  return {predicted: 0, gold: 0, matched: 0, withSource: 0, sourceRight: 0, withCue: 0, cueRight: 0, endToEnd: 0}
}

/**
 * Match predictions to gold one-to-one, greedily by shared content
 * characters (any overlap counts), and add to `counts`.
 *
 * A pair has the right source when the gold has a source and the predicted
 * mention overlaps it, or when neither has one.
 *
 * @param predicted
 *   Predictions of one article.
 * @param gold
 *   Gold attributions of the article.
 * @param counts
 *   Counts to add to.
 * @returns
 *   The matched pairs.
 */
export function score(predicted: Predicted[], gold: GoldAttribution[], counts: Counts): Pair[] {
  const candidates: Array<[number, number, number]> = []
  const predictedRanges = predicted.map((item) => union(item.content))
  const goldRanges = gold.map((item) => union(item.content))
  for (const [p, ranges] of predictedRanges.entries()) {
    for (const [g, other] of goldRanges.entries()) {
      const shared = overlap(ranges, other)
      if (shared > 0) candidates.push([shared, p, g])
    }
  }

  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const usedPredicted = new Set<number>()
  const usedGold = new Set<number>()
  const pairs: Pair[] = []
  for (const [, p, g] of candidates) {
    if (usedPredicted.has(p) || usedGold.has(g)) continue
    usedPredicted.add(p)
    usedGold.add(g)
    const prediction = predicted[p]!
    const truth = gold[g]!
    const hasSource = truth.source.length > 0
    const sourceRight = hasSource
      ? prediction.mention !== null && overlap([prediction.mention], truth.source) > 0
      : prediction.mention === null
    if (hasSource) {
      counts.withSource++
      if (sourceRight) counts.sourceRight++
    }

    if (truth.cue.length > 0) {
      counts.withCue++
      if (prediction.cue !== null && overlap([prediction.cue], truth.cue) > 0) counts.cueRight++
    }

    if (sourceRight) counts.endToEnd++
    pairs.push({predicted: p, gold: g, sourceRight})
  }

  counts.predicted += predicted.length
  counts.gold += gold.length
  counts.matched += pairs.length
  return pairs
}

/** Sorted, merged ranges. */
export function union(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0])
  const result: Range[] = []
  for (const [start, end] of sorted) {
    const last = result[result.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else result.push([start, end])
  }

  return result
}

/** Characters shared by two sets of ranges. */
export function overlap(a: Range[], b: Range[]): number {
  let shared = 0
  for (const [aStart, aEnd] of a) {
    for (const [bStart, bEnd] of b) {
      const length = Math.min(aEnd, bEnd) - Math.max(aStart, bStart)
      if (length > 0) shared += length
    }
  }

  return shared
}

/** Precision, recall, F1 and accuracies from counts. */
export interface Metrics {
  precision: number
  recall: number
  f1: number
  sourceAccuracy: number
  cueAccuracy: number
  endToEndF1: number
}

/**
 * Turn counts into metrics.
 *
 * @param counts
 *   Counts.
 * @returns
 *   Metrics (0 where undefined).
 */
export function metrics(counts: Counts): Metrics {
  const divide = (a: number, b: number) => (b === 0 ? 0 : a / b)
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
  const precision = divide(counts.matched, counts.predicted)
  const recall = divide(counts.matched, counts.gold)
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    sourceAccuracy: divide(counts.sourceRight, counts.withSource),
    cueAccuracy: divide(counts.cueRight, counts.withCue),
    endToEndF1: f1(divide(counts.endToEnd, counts.predicted), divide(counts.endToEnd, counts.gold))
  }
}
