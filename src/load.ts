/**
 * Loading annotations back (from JSON files, APIs, workers): schema version
 * first, then the zod schema, then the invariants the schema cannot express
 * (offsets inside the input, ids that point somewhere).
 */
import type * as z from 'zod'
import {Annotation, schemaVersion, type Position, type Span} from './schema.js'

/**
 * An annotation that failed to load; `issues` are readable lines
 * (`path: message`).
 */
export class AnnotationError extends Error {
  /** Every problem found, as `path: message` (`(root)` for the whole value). */
  readonly issues: string[]

  /**
   * @param issues
   *   Problems (at least one).
   * @param options
   *   `cause`: the underlying error (a `ZodError` or `SyntaxError`), if any.
   */
  constructor(issues: string[], options?: {cause?: unknown}) {
    const shown = issues.slice(0, maxShown).map((issue) => '\n- ' + issue)
    if (issues.length > maxShown) shown.push('\n- … and ' + (issues.length - maxShown) + ' more')
    super('Invalid annotation:' + shown.join(''), options)
    this.name = 'AnnotationError'
    this.issues = issues
  }
}

/** Result of {@link safeParseAnnotation}. */
export type SafeParseAnnotationResult =
  | {success: true; data: Annotation}
  | {success: false; issues: string[]; error: AnnotationError}

const maxShown = 20
/** Keys that would reach `Object.prototype` when code merges the value. */
const hostileKeys = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Load an annotation, throwing a readable error when it is not one.
 *
 * @example
 *   ```ts
 *   import {readFileSync} from 'node:fs'
 *   import {parseAnnotation, quotesBySource} from 'claimtrace'
 *
 *   const annotation = parseAnnotation(readFileSync('seed.json', 'utf8'))
 *   quotesBySource(annotation, 'Leahy')
 *   ```
 * @param json
 *   An annotation as a JSON string or as a value (from `JSON.parse`, a
 *   `fetch` response, …); never mutated.
 * @returns
 *   A validated deep copy (unknown keys dropped).
 * @throws {AnnotationError}
 *   When `json` is not valid JSON, has another `schemaVersion`, fails the
 *   schema, or breaks an invariant; `error.issues` lists every problem.
 */
export function parseAnnotation(json: unknown): Annotation {
  const result = safeParseAnnotation(json)
  if (!result.success) throw result.error
  return result.data
}

/**
 * Load an annotation without throwing (see {@link parseAnnotation}).
 *
 * Checks, in order, stopping at the first step that fails: JSON syntax (for
 * a string); an object; `schemaVersion` (“Unexpected schemaVersion `2`,
 * expected `1`”); keys that could pollute prototypes (`__proto__`,
 * `constructor`, `prototype`); the {@link Annotation} schema (numbers must be
 * finite, offsets safe integers); invariants: span text length matches its
 * offsets, offsets within `length`, unique ids, and every referenced id
 * (`sourceId`, `continues`, `quoteIds`, `paragraphId`, `sentenceIds`)
 * exists.
 *
 * @example
 *   ```ts
 *   const result = safeParseAnnotation('{"schemaVersion": "2"}')
 *   if (!result.success) console.error(result.issues.join('\n'))
 *   // schemaVersion: Unexpected schemaVersion `2`, expected `1`
 *   ```
 * @param json
 *   An annotation as a JSON string or as a value.
 * @returns
 *   `{success: true, data}` or `{success: false, issues, error}`.
 */
export function safeParseAnnotation(json: unknown): SafeParseAnnotationResult {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json.charCodeAt(0) === 0xfe_ff ? json.slice(1) : json)
    } catch (error) {
      return failure(['(root): Invalid JSON: ' + (error instanceof Error ? error.message : String(error))], error)
    }
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(['(root): Expected an annotation object, got ' + kindOf(value)])
  }

  const version = Object.hasOwn(value, 'schemaVersion')
    ? (value as Record<string, unknown>).schemaVersion
    : undefined
  if (version === undefined) {
    return failure(['schemaVersion: Missing schemaVersion, expected `' + schemaVersion + '`'])
  }

  if (version !== schemaVersion) {
    const shown = typeof version === 'string' ? '`' + version + '`' : '`' + safeString(version) + '` (' + kindOf(version) + ')'
    return failure(['schemaVersion: Unexpected schemaVersion ' + shown + ', expected `' + schemaVersion + '`'])
  }

  const hostile = findHostileKeys(value)
  if (hostile.length > 0) return failure(hostile)

  const parsed = Annotation.safeParse(value)
  if (!parsed.success) return failure(parsed.error.issues.map(formatZodIssue), parsed.error)

  const broken = checkInvariants(parsed.data)
  if (broken.length > 0) return failure(broken)
  return {success: true, data: parsed.data}
}

/**
 * Format a path the way it reads in code: `claims[3].attribution.sourceId`.
 *
 * @param path
 *   Keys and indices.
 * @returns
 *   Path, or `(root)` when empty.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let result = ''
  for (const key of path) {
    if (typeof key === 'number') result += '[' + key + ']'
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) result += (result ? '.' : '') + key
    else result += '[' + JSON.stringify(String(key)) + ']'
  }

  return result || '(root)'
}

function formatZodIssue(issue: z.core.$ZodIssue): string {
  return formatPath(issue.path) + ': ' + issue.message
}

function failure(issues: string[], cause?: unknown): SafeParseAnnotationResult {
  const error = cause === undefined ? new AnnotationError(issues) : new AnnotationError(issues, {cause})
  return {success: false, issues, error}
}

/**
 * Walk the value without recursion (no stack overflow on deep input), without
 * revisiting (cycles), and with paths as parent links built only when
 * reported (deep input stays linear).
 */
function findHostileKeys(root: object): string[] {
  interface Node {
    value: object
    parent: Node | undefined
    key: PropertyKey
  }

  const issues: string[] = []
  const seen = new Set<object>()
  const stack: Node[] = [{value: root, parent: undefined, key: ''}]
  while (stack.length > 0 && issues.length < maxShown) {
    const node = stack.pop()!
    if (seen.has(node.value)) continue
    seen.add(node.value)
    const array = Array.isArray(node.value)
    for (const key of Object.keys(node.value)) {
      const child = (node.value as Record<string, unknown>)[key]
      if (!array && hostileKeys.has(key)) {
        issues.push(formatPath(pathOf({value: node.value, parent: node, key})) + ': Unexpected key `' + key + '`')
      } else if (typeof child === 'object' && child !== null) {
        stack.push({value: child, parent: node, key: array ? Number(key) : key})
      }
    }
  }

  return issues

  function pathOf(node: Node): PropertyKey[] {
    const path: PropertyKey[] = []
    for (let current: Node | undefined = node; current?.parent; current = current.parent) path.push(current.key)
    return path.reverse()
  }
}

function checkInvariants(annotation: Annotation): string[] {
  const issues: string[] = []
  const {length} = annotation

  const ids = {
    paragraph: unique(annotation.paragraphs, 'paragraphs'),
    sentence: unique(annotation.sentences, 'sentences'),
    source: unique(annotation.sources, 'sources'),
    quote: unique(annotation.quotes, 'quotes'),
    claim: unique(annotation.claims, 'claims')
  }

  optionalSpan(annotation.title, ['title'])
  optionalSpan(annotation.byline, ['byline'])
  optionalSpan(annotation.dateline, ['dateline'])
  for (const [index, item] of annotation.contributors.entries()) span(item, ['contributors', index])
  for (const [index, item] of annotation.paragraphs.entries()) span(item, ['paragraphs', index])
  for (const [index, item] of annotation.sentences.entries()) {
    const path = ['sentences', index]
    span(item, path)
    reference(ids.paragraph, item.paragraphId, [...path, 'paragraphId'])
  }

  for (const [index, source] of annotation.sources.entries()) {
    const path = ['sources', index]
    for (const [at, mention] of source.mentions.entries()) span(mention, [...path, 'mentions', at])
    for (const [at, relation] of source.relations.entries()) {
      reference(ids.source, relation.sourceId, [...path, 'relations', at, 'sourceId'])
    }
  }

  for (const [index, quote] of annotation.quotes.entries()) {
    const path = ['quotes', index]
    span(quote, path)
    position(quote.contentPosition, [...path, 'contentPosition'])
    if (
      quote.contentPosition.start.offset < quote.position.start.offset ||
      quote.contentPosition.end.offset > quote.position.end.offset
    ) {
      issues.push(formatPath([...path, 'contentPosition']) + ': Expected the content inside the quote’s position')
    }

    reference(ids.paragraph, quote.paragraphId, [...path, 'paragraphId'])
    for (const [at, id] of quote.sentenceIds.entries()) reference(ids.sentence, id, [...path, 'sentenceIds', at])
    if (quote.continues !== null) reference(ids.quote, quote.continues, [...path, 'continues'])
    if (quote.attribution) {
      const attribution = [...path, 'attribution']
      if (quote.attribution.sourceId !== null) reference(ids.source, quote.attribution.sourceId, [...attribution, 'sourceId'])
      optionalSpan(quote.attribution.mention, [...attribution, 'mention'])
      optionalSpan(quote.attribution.cue, [...attribution, 'cue'])
    }
  }

  for (const [index, claim] of annotation.claims.entries()) {
    const path = ['claims', index]
    span(claim, path)
    reference(ids.paragraph, claim.paragraphId, [...path, 'paragraphId'])
    for (const [at, id] of claim.sentenceIds.entries()) reference(ids.sentence, id, [...path, 'sentenceIds', at])
    for (const [at, id] of claim.quoteIds.entries()) reference(ids.quote, id, [...path, 'quoteIds', at])
    for (const [at, attribution] of [claim.attribution, ...claim.nested].entries()) {
      const base = at === 0 ? [...path, 'attribution'] : [...path, 'nested', at - 1]
      if (attribution.sourceId !== null) reference(ids.source, attribution.sourceId, [...base, 'sourceId'])
      optionalSpan(attribution.mention, [...base, 'mention'])
      optionalSpan(attribution.cue, [...base, 'cue'])
    }

    for (const key of ['quantities', 'times', 'hedges', 'negations'] as const) {
      for (const [at, item] of claim[key].entries()) span(item, [...path, key, at])
    }
  }

  for (const [index, diagnostic] of annotation.diagnostics.entries()) {
    if (diagnostic.place) position(diagnostic.place, ['diagnostics', index, 'place'])
  }

  return issues

  function unique(items: ReadonlyArray<{id: string}>, key: string): Set<string> {
    const set = new Set<string>()
    for (const [index, item] of items.entries()) {
      if (set.has(item.id)) issues.push(formatPath([key, index, 'id']) + ': Duplicate id `' + item.id + '`')
      set.add(item.id)
    }

    return set
  }

  function reference(set: Set<string>, id: string, path: PropertyKey[]): void {
    if (!set.has(id)) issues.push(formatPath(path) + ': Unknown id `' + id + '`')
  }

  function optionalSpan(value: Span | null, path: PropertyKey[]): void {
    if (value) span(value, path)
  }

  function span(value: Span, path: PropertyKey[]): void {
    if (!position(value.position, [...path, 'position'])) return
    const size = value.position.end.offset - value.position.start.offset
    if (value.text.length !== size) {
      issues.push(
        formatPath([...path, 'text']) +
          ': Expected text of ' + size + ' UTF-16 code units (end - start offset), got ' + value.text.length
      )
    }
  }

  function position(value: Position, path: PropertyKey[]): boolean {
    const start = value.start.offset
    const end = value.end.offset
    if (start > end) {
      issues.push(formatPath(path) + ': Unexpected start offset ' + start + ' after end offset ' + end)
      return false
    }

    if (end > length) {
      issues.push(formatPath([...path, 'end', 'offset']) + ': Unexpected offset ' + end + ' after the input’s length ' + length)
      return false
    }

    return true
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function safeString(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 40)
  } catch {
    return kindOf(value)
  }
}
