import type {Annotation, Claim, Mention, Paragraph, Quote, Sentence, Source} from '../schema.js'

/** A source mention, with the source it refers to. */
export interface MentionItem {
  source: Source
  mention: Mention
}

/**
 * What lies at an offset or over a range, each list sorted by start offset
 * (outer items first when two start together).
 */
export interface Items {
  paragraphs: Paragraph[]
  sentences: Sentence[]
  quotes: Quote[]
  claims: Claim[]
  mentions: MentionItem[]
}

/**
 * A position index over one annotation, for hover and selection in a UI:
 * built once in `O(n log n)`, then each lookup costs `O(log n + hits)`.
 *
 * The index sees the annotation as it was when built: rebuild it after
 * changing the annotation.
 */
export interface AnnotationIndex {
  /**
   * Everything that covers one character.
   *
   * @param offset
   *   UTF-16 offset of the character (what `position.start.offset` uses).
   * @returns
   *   Items with `start <= offset < end`.
   */
  at(offset: number): Items
  /**
   * Everything that overlaps a range (a selection). `start` and `end` may
   * come in either order; an empty range is a caret and behaves like
   * `at(start)`.
   *
   * @param start
   *   UTF-16 offset.
   * @param end
   *   UTF-16 offset (exclusive).
   * @returns
   *   Items with `itemStart < end && itemEnd > start`.
   */
  overlapping(start: number, end: number): Items
}

type Key = keyof Items

interface Entry<T> {
  value: T
  start: number
  end: number
}

/**
 * Intervals sorted by start, read as an implicit balanced binary tree (the
 * middle of each range is its root) whose nodes know the largest end in
 * their subtree: an augmented interval tree without pointers.
 */
class IntervalTree<T> {
  private readonly starts: Float64Array
  private readonly ends: Float64Array
  private readonly maxEnds: Float64Array
  private readonly values: T[]

  constructor(entries: Array<Entry<T>>) {
    entries.sort((a, b) => a.start - b.start || b.end - a.end)
    const size = entries.length
    this.starts = new Float64Array(size)
    this.ends = new Float64Array(size)
    this.maxEnds = new Float64Array(size)
    this.values = []
    for (let index = 0; index < size; index++) {
      const entry = entries[index]!
      this.starts[index] = entry.start
      this.ends[index] = entry.end
      this.values.push(entry.value)
    }

    this.build(0, size)
  }

  /** Values with `start < end` and `end > start` (half-open overlap), in order. */
  overlap(start: number, end: number): T[] {
    const result: T[] = []
    this.search(0, this.values.length, start, end, result)
    return result
  }

  private build(low: number, high: number): number {
    if (low >= high) return Number.NEGATIVE_INFINITY
    const middle = (low + high) >> 1
    const max = Math.max(this.ends[middle]!, this.build(low, middle), this.build(middle + 1, high))
    this.maxEnds[middle] = max
    return max
  }

  private search(low: number, high: number, start: number, end: number, result: T[]): void {
    // Depth is log2(n): recursion is safe even for huge annotations.
    if (low >= high) return
    const middle = (low + high) >> 1
    if (this.maxEnds[middle]! <= start) return
    this.search(low, middle, start, end, result)
    if (this.starts[middle]! >= end) return
    if (this.ends[middle]! > start) result.push(this.values[middle]!)
    this.search(middle + 1, high, start, end, result)
  }
}

/**
 * Build a position index over an annotation (see {@link AnnotationIndex}).
 *
 * @example
 *   ```ts
 *   import {readFileSync} from 'node:fs'
 *   import {annotate, createIndex} from 'claimtrace'
 *
 *   const input = readFileSync('fixtures/seed/input.txt', 'utf8')
 *   const annotation = annotate(input)
 *   const index = createIndex(annotation)
 *   const hovered = index.at(input.indexOf('discredited'))
 *   hovered.quotes.map((quote) => quote.id) // the Leahy quote around the word
 *   hovered.sentences[0]?.text // its sentence
 *   index.overlapping(0, 200).claims // claims touching the first 200 characters
 *   ```
 * @param annotation
 *   Annotation (fresh or loaded from JSON).
 * @returns
 *   Index.
 */
export function createIndex(annotation: Annotation): AnnotationIndex {
  const trees = {
    paragraphs: new IntervalTree(annotation.paragraphs.map(toEntry)),
    sentences: new IntervalTree(annotation.sentences.map(toEntry)),
    quotes: new IntervalTree(annotation.quotes.map(toEntry)),
    claims: new IntervalTree(annotation.claims.map(toEntry)),
    mentions: new IntervalTree(mentionEntries(annotation))
  } satisfies {[K in Key]: IntervalTree<Items[K][number]>}

  return {
    at(offset) {
      const at = checkOffset(offset, 'offset')
      return query(at, at + 1)
    },
    overlapping(start, end) {
      const a = checkOffset(start, 'start')
      const b = checkOffset(end, 'end')
      return a === b ? query(a, a + 1) : query(Math.min(a, b), Math.max(a, b))
    }
  }

  function query(start: number, end: number): Items {
    return {
      paragraphs: trees.paragraphs.overlap(start, end),
      sentences: trees.sentences.overlap(start, end),
      quotes: trees.quotes.overlap(start, end),
      claims: trees.claims.overlap(start, end),
      mentions: trees.mentions.overlap(start, end)
    }
  }
}

/**
 * Get everything that covers one character, without building an index
 * (a linear scan: for many lookups on one annotation, use
 * {@link createIndex}).
 *
 * @param annotation
 *   Annotation.
 * @param offset
 *   UTF-16 offset of the character.
 * @returns
 *   Items with `start <= offset < end`, sorted as in {@link Items}.
 */
export function itemsAt(annotation: Annotation, offset: number): Items {
  const at = checkOffset(offset, 'offset')
  return scan(annotation, at, at + 1)
}

/**
 * Get everything that overlaps a range, without building an index (see
 * {@link itemsAt}; range rules as in {@link AnnotationIndex.overlapping}).
 *
 * @param annotation
 *   Annotation.
 * @param start
 *   UTF-16 offset.
 * @param end
 *   UTF-16 offset (exclusive).
 * @returns
 *   Overlapping items.
 */
export function itemsOverlapping(annotation: Annotation, start: number, end: number): Items {
  const a = checkOffset(start, 'start')
  const b = checkOffset(end, 'end')
  return a === b ? scan(annotation, a, a + 1) : scan(annotation, Math.min(a, b), Math.max(a, b))
}

/**
 * Get everything in a paragraph: the paragraph, its sentences, and the
 * quotes, claims and mentions that overlap it.
 *
 * @example
 *   ```ts
 *   const {quotes, claims} = itemsInParagraph(annotation, 'p13')
 *   ```
 * @param annotation
 *   Annotation.
 * @param paragraphId
 *   Paragraph id (`p…`).
 * @returns
 *   Items; all lists empty when there is no such paragraph.
 */
export function itemsInParagraph(annotation: Annotation, paragraphId: string): Items {
  const paragraph = annotation.paragraphs.find((item) => item.id === paragraphId)
  return paragraph ? scanSpan(annotation, paragraph) : empty()
}

/**
 * Get everything in a sentence: the sentence, its paragraph, and the quotes,
 * claims and mentions that overlap it.
 *
 * @example
 *   ```ts
 *   itemsInSentence(annotation, 's2').claims.map((claim) => claim.attribution.type)
 *   ```
 * @param annotation
 *   Annotation.
 * @param sentenceId
 *   Sentence id (`s…`).
 * @returns
 *   Items; all lists empty when there is no such sentence.
 */
export function itemsInSentence(annotation: Annotation, sentenceId: string): Items {
  const sentence = annotation.sentences.find((item) => item.id === sentenceId)
  return sentence ? scanSpan(annotation, sentence) : empty()
}

function scanSpan(annotation: Annotation, span: Paragraph | Sentence): Items {
  const {start, end} = span.position
  // An empty block (a separator) still “contains” itself.
  return scan(annotation, start.offset, Math.max(end.offset, start.offset + 1))
}

function scan(annotation: Annotation, start: number, end: number): Items {
  return {
    paragraphs: pick(annotation.paragraphs.map(toEntry), start, end),
    sentences: pick(annotation.sentences.map(toEntry), start, end),
    quotes: pick(annotation.quotes.map(toEntry), start, end),
    claims: pick(annotation.claims.map(toEntry), start, end),
    mentions: pick(mentionEntries(annotation), start, end)
  }
}

function pick<T>(entries: Array<Entry<T>>, start: number, end: number): T[] {
  return entries
    .filter((entry) => entry.start < end && entry.end > start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((entry) => entry.value)
}

function toEntry<T extends {position: {start: {offset: number}; end: {offset: number}}}>(value: T): Entry<T> {
  return {value, start: value.position.start.offset, end: value.position.end.offset}
}

function mentionEntries(annotation: Annotation): Array<Entry<MentionItem>> {
  return annotation.sources.flatMap((source) =>
    source.mentions.map((mention) => ({
      value: {source, mention},
      start: mention.position.start.offset,
      end: mention.position.end.offset
    }))
  )
}

function empty(): Items {
  return {paragraphs: [], sentences: [], quotes: [], claims: [], mentions: []}
}

function checkOffset(value: unknown, name: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError('Expected `' + name + '` to be a number, got ' + typeof value)
  }

  return value
}
