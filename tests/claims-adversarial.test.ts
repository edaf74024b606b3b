/**
 * The claims stage on adversarial input (`bench/adversarial.ts`), checked
 * for behaviour, not time:
 *
 * - token storage is shared from one `findClaims` call to the next (a fresh
 *   one per document made the garbage collector copy a token object per
 *   token of a paragraph-long claim, a cost that grew with the claim): a
 *   call must give the same claims whatever ran before it, and a reused
 *   buffer the same tokens as a fresh one;
 * - a report holding many quotes lists each of them once (the membership
 *   test was a scan of the growing list, quadratic; a sentence now ends
 *   within about 2,000 characters, so one holds a hundred at most);
 * - pathological shapes give claims whose spans equal the input, in order.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {shapes} from '../bench/adversarial.js'
import {findReports} from '../src/attribution/index.js'
import {findClaims} from '../src/claims/index.js'
import {sharedTokenBuffer, tokenize, TokenBuffer, type Token} from '../src/claims/tokens.js'
import {parseDocument} from '../src/parse/document.js'
import {maxSentence} from '../src/parse/sentences.js'
import {findQuotes} from '../src/quotes/index.js'
import type {Claim} from '../src/schema.js'
import {resolveSources} from '../src/sources/index.js'
import {brokenSpans} from './helpers.js'

type Format = 'auto' | 'markdown' | 'text'

/** The pipeline up to the claims stage, so `claims()` can run it again. */
function prepare(input: string, format: Format = 'text'): {doc: ReturnType<typeof parseDocument>; claims: () => Claim[]} {
  const doc = parseDocument(input, format, null, new VFile({value: input}))
  const quotes = findQuotes(doc)
  const reports = findReports(doc, quotes)
  const sources = resolveSources(doc, quotes, reports)
  return {doc, claims: () => findClaims(doc, quotes, reports, sources)}
}

function shape(name: string): (typeof shapes)[number] {
  const found = shapes.find((item) => item.name === name)
  if (!found) throw new Error('No shape `' + name + '` in bench/adversarial.ts')
  return found
}

/** What a test compares of a token (its getters read the view). */
function plain(tokens: Token[]): Array<[string, number, number, number, string]> {
  return tokens.map((token) => [token.kind, token.start, token.end, token.flags, token.lower])
}

const article =
  'Mayor Ana Ortiz said the city would cut 120 jobs by 2026. “We did what we had to do,” she said. ' +
  'The budget, according to a memo, fell by 20 percent. Officials did not immediately respond to requests for comment.'

describe('findClaims (shared token storage)', () => {
  it('gives the same claims whatever ran before it', () => {
    const small = prepare(article)
    // One sentence of 30,000 words: the longest claim the storage has held.
    const long = prepare(shape('one long paragraph, no sentence end').make(30_000))
    // Non-ASCII words (their lowercase is built on demand, not from the lexicon).
    const foreign = prepare('Élise Dupont a dit que l’économie allait mal. Ça ne va pas, déclare Zoë Ørsted, 12 Öre.')
    const first = [small.claims(), long.claims(), foreign.claims()]
    expect(first[0]!.length).toBeGreaterThan(2)
    expect(first[1]!.length).toBeGreaterThan(0)
    // Again, in another order: small after long, long after foreign.
    expect(foreign.claims()).toEqual(first[2])
    expect(long.claims()).toEqual(first[1])
    expect(small.claims()).toEqual(first[0])
    expect(foreign.claims()).toEqual(first[2])
  })

  it('keeps one buffer while it is in use', () => {
    expect(sharedTokenBuffer()).toBe(sharedTokenBuffer())
  })

  it('reuses tokens without carrying anything over', () => {
    const long = 'Officials said the “U.S.” plan, per Zoë, would cost $1,200.50 — or more. '.repeat(200)
    const short = 'L’économie va mal, a dit Élise. It’s not 3.5 percent!'
    const buffer = new TokenBuffer()
    tokenize(long, 0, long.length, undefined, buffer)
    const reused = plain(tokenize(short, 0, short.length, undefined, buffer))
    expect(reused).toEqual(plain(tokenize(short, 0, short.length)))
    expect(buffer.tokens).toHaveLength(reused.length)
    // A range cut inside a word is looked up as cut, reused or not.
    expect(plain(tokenize(long, 3, 200, undefined, buffer))).toEqual(plain(tokenize(long, 3, 200)))
  })
})

describe('findClaims (a report holding many quotes)', () => {
  it('links each quote inside once, in order', () => {
    // As many as one sentence holds: past `maxSentence` characters a
    // sentence ends at a space (see tests/parse-adversarial.test.ts).
    const count = 100
    const words = ['plan', 'budget', 'vote', 'tax', 'road', 'school']
    const parts: string[] = []
    for (let index = 0; index < count; index++) parts.push('“' + words[index % 6]! + ' ' + words[(index * 5 + 1) % 6]! + '”')
    const input = 'The mayor said that ' + parts.join(' and ') + ' were all wrong.'
    expect(input.length).toBeLessThan(maxSentence)
    const {doc, claims} = prepare(input)
    const quotes = findQuotes(doc)
    const result = claims()
    const report = result.find((claim) => claim.attribution.type !== 'unattributed' && claim.attribution.type !== 'quoted')
    expect(report).toBeDefined()
    const {start, end} = report!.position
    // Reference: the quotes (not terms or titles) whose content the claim holds, by position.
    const inside = quotes
      .filter((quote) => quote.kind !== 'term' && quote.kind !== 'title')
      .filter((quote) => quote.contentPosition.start.offset >= start.offset && quote.contentPosition.end.offset <= end.offset)
    expect(inside.length).toBeGreaterThan(count / 2)
    expect(new Set(report!.quoteIds).size).toBe(report!.quoteIds.length)
    for (const quote of inside) expect(report!.quoteIds).toContain(quote.id)
    const order = report!.quoteIds.filter((id) => inside.some((quote) => quote.id === id))
    expect(order).toEqual(inside.map((quote) => quote.id))
  })
})

describe('findClaims (pathological shapes)', () => {
  // Small sizes: the shapes, not their scale (the bench times them).
  const cases: Array<[string, number]> = [
    ['quotes balanced, one line', 300],
    ['quotes unbalanced (opening only)', 300],
    ['quotes unbalanced (closing only)', 300],
    ['one speaker, many mentions', 150],
    ['pronouns', 200],
    ['unclosed brackets and emphasis', 400],
    ['entities and escapes', 300],
    ['NUL and control characters', 300],
    ['run of “!” then lowercase', 2000],
    ['lone surrogates', 300]
  ]

  for (const [name, n] of cases) {
    it(name + ': spans equal the input, claims in order, stable across calls', () => {
      const item = shape(name)
      const input = item.make(n)
      const {claims} = prepare(input, item.format)
      const result = claims()
      expect(brokenSpans(input, result)).toEqual([])
      expect(result.map((claim) => claim.id)).toEqual(result.map((_, index) => 'c' + (index + 1)))
      for (let index = 1; index < result.length; index++) {
        const previous = result[index - 1]!.position
        const current = result[index]!.position
        expect(
          previous.start.offset < current.start.offset ||
            (previous.start.offset === current.start.offset && previous.end.offset < current.end.offset)
        ).toBe(true)
      }

      expect(claims()).toEqual(result)
    })
  }
})
