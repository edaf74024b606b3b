import {describe, expect, it} from 'vitest'
import {
  annotate,
  checkworthyClaims,
  claimPredicate,
  claimsByAttributionType,
  claimsByKind,
  claimsBySource,
  claimsWithQuantities,
  claimsWithTimes,
  createIndex,
  filterClaims,
  filterQuotes,
  findSources,
  itemsAt,
  itemsInParagraph,
  itemsInSentence,
  itemsOverlapping,
  parseAnnotation,
  quotesBySource,
  sourceById,
  sourceOf,
  sourcesByKind,
  unattributedClaims,
  type Annotation,
  type Items
} from '../src/index.js'
import {createLocation} from '../src/parse/location.js'
import {handSeed, seedInput, seedOptions, spanIn} from './query-seed.js'

const ids = (items: ReadonlyArray<{id: string}>): string[] => items.map((item) => item.id)

/** Every helper must work the same on a fresh annotation and one loaded back from JSON. */
const variants: Array<[string, () => Annotation]> = [
  ['fresh', handSeed],
  ['loaded from JSON', () => parseAnnotation(JSON.stringify(handSeed()))]
]

describe.each(variants)('query helpers (%s annotation)', (_, make) => {
  const annotation = make()
  const quote = (id: string) => annotation.quotes.find((item) => item.id === id)!
  const claim = (id: string) => annotation.claims.find((item) => item.id === id)!

  describe('findSources', () => {
    it('finds by id, full name, name without initials, and surname, ignoring case', () => {
      for (const query of ['src4', 'Patrick J. Leahy', 'patrick j leahy', 'Patrick Leahy', 'leahy', 'LEAHY', ' Leahy. ']) {
        expect(ids(findSources(annotation, query)), query).toEqual(['src4'])
      }
    })

    it('finds organizations by name, ignoring a leading “the”', () => {
      expect(ids(findSources(annotation, 'human rights watch'))).toEqual(['src7'])
      expect(ids(findSources(annotation, 'The Human Rights Watch'))).toEqual(['src7'])
    })

    it('matches a Source object by id', () => {
      expect(ids(findSources(annotation, annotation.sources[2]!))).toEqual(['src3'])
    })

    it('does not match partial names, given names without a mention, or empty queries', () => {
      expect(findSources(annotation, 'Pete')).toEqual([])
      expect(findSources(annotation, 'Rights')).toEqual([])
      expect(findSources(annotation, '')).toEqual([])
      expect(findSources(annotation, '“…”')).toEqual([])
      expect(findSources(annotation, 'Watch')).toEqual([])
    })

    it('throws on a query that is neither a string nor a source', () => {
      expect(() => findSources(annotation, 1 as unknown as string)).toThrow(TypeError)
    })
  })

  describe('sourceById', () => {
    it('gets a source or undefined', () => {
      expect(sourceById(annotation, 'src5')?.name).toBe('Daryl Kimball')
      expect(sourceById(annotation, 'src99')).toBeUndefined()
      expect(sourceById(annotation, null)).toBeUndefined()
    })
  })

  describe('sourceOf', () => {
    it('gets the source of an attributed quote', () => {
      expect(sourceOf(annotation, quote('q3'))?.name).toBe('Patrick J. Leahy')
    })

    it('follows a quote that continues an earlier one', () => {
      expect(sourceOf(annotation, quote('q5'))?.name).toBe('Patrick J. Leahy')
      expect(sourceOf(annotation, quote('q8'))?.name).toBe('Sarah Yager')
    })

    it('gives undefined for a term in quotation marks', () => {
      expect(sourceOf(annotation, quote('q2'))).toBeUndefined()
    })

    it('gets the source of a claim, or of its quote when the claim has none', () => {
      expect(sourceOf(annotation, claim('c2'))?.name).toBe('International Campaign to Ban Landmines')
      expect(sourceOf(annotation, claim('c6'))?.name).toBe('Daryl Kimball')
      expect(sourceOf(annotation, claim('c3'))).toBeUndefined()
    })
  })

  describe('sourcesByKind', () => {
    it('filters by one kind or several', () => {
      expect(ids(sourcesByKind(annotation, 'person'))).toEqual(['src1', 'src4', 'src5', 'src6'])
      expect(ids(sourcesByKind(annotation, ['organization', 'document']))).toEqual(['src2', 'src3', 'src7'])
      expect(sourcesByKind(annotation, 'anonymous')).toEqual([])
    })
  })

  describe('quotesBySource', () => {
    it('gets quotes by surname, including continuations', () => {
      expect(ids(quotesBySource(annotation, 'Leahy'))).toEqual(['q3', 'q4', 'q5'])
      expect(ids(quotesBySource(annotation, 'yager'))).toEqual(['q7', 'q8'])
      expect(ids(quotesBySource(annotation, 'src5'))).toEqual(['q6'])
    })

    it('gives nothing for an unknown source', () => {
      expect(quotesBySource(annotation, 'Nobody')).toEqual([])
    })
  })

  describe('claimsBySource', () => {
    it('gets claims by name, id, or through their quotes', () => {
      expect(ids(claimsBySource(annotation, 'Kimball'))).toEqual(['c6'])
      expect(ids(claimsBySource(annotation, 'src2'))).toEqual(['c1', 'c4'])
      expect(ids(claimsBySource(annotation, 'Dec. 2 document'))).toEqual(['c1', 'c4'])
    })

    it('matches nested attributions only when asked', () => {
      expect(claimsBySource(annotation, 'Hegseth')).toEqual([])
      expect(ids(claimsBySource(annotation, 'Hegseth', {nested: true}))).toEqual(['c4'])
    })
  })

  describe('claim filters', () => {
    it('claimsByKind', () => {
      expect(ids(claimsByKind(annotation, 'quantity'))).toEqual(['c2', 'c3'])
      expect(ids(claimsByKind(annotation, ['prediction', 'rule']))).toEqual(['c1', 'c4'])
    })

    it('claimsByAttributionType', () => {
      expect(ids(claimsByAttributionType(annotation, ['reported', 'according-to']))).toEqual(['c2', 'c4', 'c8'])
      expect(ids(claimsByAttributionType(annotation, 'quoted'))).toEqual(['c5', 'c6'])
    })

    it('unattributedClaims', () => {
      expect(ids(unattributedClaims(annotation))).toEqual(['c3', 'c7'])
    })

    it('checkworthyClaims (inclusive threshold, default 0.5)', () => {
      expect(ids(checkworthyClaims(annotation))).toEqual(['c1', 'c2', 'c3', 'c4', 'c6', 'c7'])
      expect(ids(checkworthyClaims(annotation, 0.8))).toEqual(['c2', 'c3'])
      expect(ids(checkworthyClaims(annotation, 0))).toHaveLength(annotation.claims.length)
      expect(checkworthyClaims(annotation, 1.1)).toEqual([])
    })

    it('claimsWithQuantities and claimsWithTimes', () => {
      expect(ids(claimsWithQuantities(annotation))).toEqual(['c2', 'c3'])
      expect(ids(claimsWithTimes(annotation))).toEqual(['c2', 'c7'])
    })

    it('filterClaims combines fields with AND, lists with OR', () => {
      expect(ids(filterClaims(annotation, {kind: 'quantity', attributionType: 'unattributed'}))).toEqual(['c3'])
      expect(ids(filterClaims(annotation, {kind: ['quantity', 'other'], minCheckworthiness: 0.6}))).toEqual(['c2', 'c3', 'c6'])
      expect(ids(filterClaims(annotation, {source: 'Leahy', minCheckworthiness: 0.5}))).toEqual([])
      expect(ids(filterClaims(annotation, {hasQuantities: false, hasTimes: true}))).toEqual(['c7'])
      expect(ids(filterClaims(annotation, {subkind: 'event'}))).toEqual(['c7'])
      expect(ids(filterClaims(annotation, {paragraphId: claim('c2').paragraphId}))).toEqual(['c2'])
      expect(ids(filterClaims(annotation, {sentenceId: claim('c5').sentenceIds[0]!}))).toEqual(['c5'])
      expect(filterClaims(annotation, {})).toEqual(annotation.claims)
      expect(filterClaims(annotation, null)).toEqual(annotation.claims)
    })

    it('claimPredicate composes with || and !', () => {
      const numeric = claimPredicate(annotation, {kind: 'quantity'})
      const byLeahy = claimPredicate(annotation, {source: 'Leahy'})
      expect(ids(annotation.claims.filter((item) => numeric(item) || byLeahy(item)))).toEqual(['c2', 'c3', 'c5'])
      expect(annotation.claims.filter((item) => !numeric(item))).toHaveLength(annotation.claims.length - 2)
    })

    it('rejects a threshold that is not a number', () => {
      expect(() => filterClaims(annotation, {minCheckworthiness: Number.NaN})).toThrow(TypeError)
      expect(() => filterClaims(annotation, {minCheckworthiness: '0.5' as unknown as number})).toThrow(TypeError)
    })
  })

  describe('filterQuotes', () => {
    it('filters by kind, source and attribution', () => {
      expect(ids(filterQuotes(annotation, {kind: 'direct', source: 'Yager'}))).toEqual(['q7', 'q8'])
      expect(ids(filterQuotes(annotation, {attributed: false}))).toEqual(['q2'])
      expect(ids(filterQuotes(annotation, {kind: ['term', 'partial']}))).toEqual(['q1', 'q2'])
      expect(ids(filterQuotes(annotation, {paragraphId: quote('q3').paragraphId}))).toEqual(['q3'])
      expect(ids(filterQuotes(annotation, {sentenceId: quote('q1').sentenceIds[0]!}))).toEqual(['q1'])
    })
  })

  describe('createIndex', () => {
    const index = createIndex(annotation)

    it('finds everything under a hovered word, outer items first', () => {
      const hovered = index.at(seedInput.indexOf('discredited'))
      expect(ids(hovered.quotes)).toEqual(['q3'])
      expect(ids(hovered.claims)).toEqual(['c5'])
      expect(hovered.sentences).toHaveLength(1)
      expect(hovered.sentences[0]!.text).toContain('discredited policy')
      expect(ids(hovered.paragraphs)).toEqual([quote('q3').paragraphId])
      expect(hovered.mentions).toEqual([])
    })

    it('finds a source mention with its source', () => {
      const hovered = index.at(seedInput.indexOf('Leahy'))
      expect(hovered.mentions.map((item) => [item.source.id, item.mention.text])).toEqual([['src4', 'Patrick J. Leahy']])
    })

    it('treats `end` as exclusive', () => {
      const end = quote('q3').position.end.offset
      expect(ids(index.at(end - 1).quotes)).toEqual(['q3'])
      expect(index.at(end).quotes).toEqual([])
    })

    it('finds everything that overlaps a selection, in either direction', () => {
      const c2 = claim('c2')
      const start = c2.position.start.offset + 3
      const end = quote('q3').position.start.offset + 2
      const forward = index.overlapping(start, end)
      expect(ids(forward.claims)).toEqual(['c2', 'c3', 'c4', 'c5'])
      expect(ids(forward.quotes)).toEqual(['q2', 'q3'])
      expect(index.overlapping(end, start)).toEqual(forward)
    })

    it('treats an empty range as a caret', () => {
      const offset = seedInput.indexOf('discredited')
      expect(index.overlapping(offset, offset)).toEqual(index.at(offset))
    })

    it('finds nothing outside the text', () => {
      expect(index.at(-5)).toEqual(empty())
      expect(index.at(annotation.length + 10)).toEqual(empty())
    })

    it('agrees with the linear scan at every offset', () => {
      // Compare ids (cheap) at every offset: a deep compare of each hit would be slow.
      const key = (items: Items) =>
        [items.paragraphs, items.sentences, items.quotes, items.claims]
          .map((list) => ids(list).join())
          .concat(items.mentions.map((item) => item.source.id + '@' + item.mention.position.start.offset).join())
          .join('|')
      for (let offset = -1; offset <= annotation.length; offset++) {
        expect(key(index.at(offset))).toBe(key(itemsAt(annotation, offset)))
      }
    })

    it('agrees with the linear scan on ranges', () => {
      for (let start = 0; start < annotation.length; start += 97) {
        for (const width of [1, 50, 400, 3000]) {
          expect(index.overlapping(start, start + width)).toEqual(itemsOverlapping(annotation, start, start + width))
        }
      }
    })

    it('rejects offsets that are not numbers', () => {
      expect(() => index.at(Number.NaN)).toThrow(TypeError)
      expect(() => index.overlapping(0, '5' as unknown as number)).toThrow(TypeError)
      expect(() => itemsAt(annotation, undefined as unknown as number)).toThrow(TypeError)
    })
  })

  describe('itemsInParagraph and itemsInSentence', () => {
    it('gets what a paragraph holds', () => {
      const items = itemsInParagraph(annotation, quote('q3').paragraphId)
      expect(ids(items.quotes)).toEqual(['q3'])
      expect(ids(items.claims)).toEqual(['c5'])
      expect(items.mentions.map((item) => item.mention.text)).toEqual(['Patrick J. Leahy'])
      expect(ids(items.paragraphs)).toEqual([quote('q3').paragraphId])
      expect(items.sentences.every((sentence) => sentence.paragraphId === quote('q3').paragraphId)).toBe(true)
    })

    it('gets what a sentence holds', () => {
      const items = itemsInSentence(annotation, quote('q1').sentenceIds[0]!)
      expect(ids(items.quotes)).toEqual(['q1'])
      expect(ids(items.claims)).toEqual(['c1'])
      expect(items.mentions.map((item) => item.mention.text)).toEqual(['The previously unreported memo', 'Pete Hegseth'])
      expect(items.sentences).toHaveLength(1)
    })

    it('gives empty lists for an unknown id', () => {
      expect(itemsInParagraph(annotation, 'p999')).toEqual(empty())
      expect(itemsInSentence(annotation, 's999')).toEqual(empty())
    })
  })
})

describe('findSources (accents)', () => {
  it('is accent- and case-insensitive', () => {
    const input = '“Hola,” dijo José Núñez. Núñez añadió más.'
    const location = createLocation(input)
    const base = annotate(input, {format: 'text'})
    const full = spanIn(input, 'José Núñez')
    const surname = spanIn(input, 'Núñez', 'Núñez.')
    const annotation: Annotation = {
      ...base,
      sources: [
        {
          id: 'src1',
          kind: 'person',
          name: 'José Núñez',
          titles: [],
          affiliation: null,
          party: null,
          state: null,
          gender: 'male',
          plural: false,
          relations: [],
          mentions: [
            {...full, kind: 'name'},
            {...surname, kind: 'surname'},
            {...location.span(0, 1), kind: 'pronoun'}
          ]
        }
      ]
    }
    for (const query of ['jose nunez', 'JOSÉ NÚÑEZ', 'Nunez', 'núñez', 'Jose\u0301 Nu\u0303n\u0303ez']) {
      expect(findSources(annotation, query).map((source) => source.id), query).toEqual(['src1'])
    }

    // A pronoun mention never matches a query.
    expect(findSources(annotation, '“')).toEqual([])
  })
})

describe('sourceOf (bad data)', () => {
  it('does not hang on a cycle of continued quotes', () => {
    const annotation = handSeed()
    const [a, b] = annotation.quotes
    a!.attribution = null
    a!.continues = b!.id
    b!.attribution = null
    b!.continues = a!.id
    expect(sourceOf(annotation, a!)).toBeUndefined()
  })
})

describe('createIndex (many overlapping items)', () => {
  it('agrees with a brute-force scan on random nested and overlapping spans', () => {
    const input = 'x'.repeat(5000)
    const location = createLocation(input)
    const base = annotate('', {format: 'text'})
    let seed = 42
    const random = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed % max
    }

    const template = handSeed().claims[0]!
    const claims = Array.from({length: 1500}, (_, index) => {
      const start = random(5000)
      const end = Math.min(5000, start + 1 + random(random(10) === 0 ? 3000 : 40))
      return {...template, ...location.span(start, end), id: 'c' + (index + 1)}
    })
    const annotation: Annotation = {...base, length: 5000, claims}
    const index = createIndex(annotation)
    for (let probe = 0; probe < 300; probe++) {
      const start = random(5100) - 50
      const end = start + random(200)
      const expected = claims
        .filter((item) => item.position.start.offset < Math.max(end, start + 1) && item.position.end.offset > start)
        .map((item) => item.id)
      expect(ids(index.overlapping(start, end).claims).sort()).toEqual(expected.sort())
    }
  })
})

describe('query helpers on real annotate output', () => {
  // Robust to the extractors changing: relations between helpers, not counts.
  const annotation = annotate(seedInput, seedOptions)

  it('every attributed quote is found by its source id', () => {
    for (const quote of annotation.quotes) {
      const source = sourceOf(annotation, quote)
      if (source) expect(quotesBySource(annotation, source.id)).toContain(quote)
    }
  })

  it('every claim is found by its kind and attribution type', () => {
    for (const claim of annotation.claims) {
      expect(claimsByKind(annotation, claim.kind)).toContain(claim)
      expect(claimsByAttributionType(annotation, claim.attribution.type)).toContain(claim)
    }
  })

  it('every quote, claim and mention is found at its first character', () => {
    const index = createIndex(annotation)
    for (const item of [...annotation.quotes, ...annotation.claims]) {
      const hit = index.at(item.position.start.offset)
      expect([...hit.quotes, ...hit.claims]).toContain(item)
    }

    for (const source of annotation.sources) {
      for (const mention of source.mentions) {
        expect(index.at(mention.position.start.offset).mentions).toContainEqual({source, mention})
      }
    }
  })
})

function empty(): Items {
  return {paragraphs: [], sentences: [], quotes: [], claims: [], mentions: []}
}
