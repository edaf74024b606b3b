/**
 * A hand-built annotation of the seed article: the real structure from
 * `annotate` (title, paragraphs, sentences) plus sources, quotes and claims
 * written by hand with real spans of the seed text, so the query and export
 * tests do not depend on how the extractors evolve.
 */
import {annotate, type Annotation, type Claim, type ClaimAttribution, type Mention, type Quote, type Source, type Span} from '../src/index.js'
import {createLocation} from '../src/parse/location.js'
import {fixture} from './helpers.js'

/** The seed article. */
export const seedInput = fixture('seed/input.txt')

/** Options used for the seed. */
export const seedOptions = {id: 'seed', url: 'https://example.com/land-mines', published: '2025-12-05'} as const

/**
 * Span of `needle` in `input`, searching after the first `after` (if given).
 *
 * @param input
 *   Text.
 * @param needle
 *   Exact words.
 * @param after
 *   Words that come before (to pick an occurrence).
 * @returns
 *   Span.
 */
export function spanIn(input: string, needle: string, after?: string): Span {
  const from = after === undefined ? 0 : input.indexOf(after)
  if (from === -1) throw new Error('Missing anchor ' + JSON.stringify(after))
  const start = input.indexOf(needle, from)
  if (start === -1) throw new Error('Missing ' + JSON.stringify(needle))
  return createLocation(input).span(start, start + needle.length)
}

/**
 * Build the hand annotation of the seed.
 *
 * @returns
 *   A fresh annotation (safe to mutate).
 */
export function handSeed(): Annotation {
  const input = seedInput
  const base = annotate(input, seedOptions)
  const span = (needle: string, after?: string): Span => spanIn(input, needle, after)
  const mention = (kind: Mention['kind'], needle: string, after?: string): Mention => ({...span(needle, after), kind})

  function place(value: Span): {paragraphId: string; sentenceIds: string[]} {
    const start = value.position.start.offset
    const end = value.position.end.offset
    const sentences = base.sentences.filter(
      (sentence) => sentence.position.start.offset < end && sentence.position.end.offset > start
    )
    return {paragraphId: sentences[0]!.paragraphId, sentenceIds: sentences.map((sentence) => sentence.id)}
  }

  function source(id: string, kind: Source['kind'], name: string, mentions: Mention[], extra: Partial<Source> = {}): Source {
    return {
      id,
      kind,
      name,
      titles: [],
      affiliation: null,
      party: null,
      state: null,
      gender: null,
      plural: false,
      relations: [],
      mentions,
      ...extra
    }
  }

  const sources: Source[] = [
    source(
      'src1',
      'person',
      'Pete Hegseth',
      [
        mention('surname', 'Hegseth'),
        mention('name', 'Pete Hegseth'),
        mention('surname', 'Hegseth', 'In the memo, ')
      ],
      {titles: ['Defense Secretary'], gender: 'male'}
    ),
    source(
      'src2',
      'document',
      'Dec. 2 document',
      [
        mention('description', 'a Dec. 2 document'),
        mention('description', 'The previously unreported memo'),
        mention('description', 'The December memo')
      ],
      {relations: [{type: 'signer', sourceId: 'src1'}]}
    ),
    source('src3', 'organization', 'International Campaign to Ban Landmines', [
      mention('name', 'International Campaign to Ban Landmines')
    ]),
    source(
      'src4',
      'person',
      'Patrick J. Leahy',
      [mention('name', 'Patrick J. Leahy'), mention('surname', 'Leahy', 'wrote')],
      {titles: ['Former senator'], party: 'D', state: 'Vt.', gender: 'male'}
    ),
    source('src5', 'person', 'Daryl Kimball', [mention('name', 'Daryl Kimball')], {
      titles: ['executive director'],
      affiliation: 'Arms Control Association'
    }),
    source(
      'src6',
      'person',
      'Sarah Yager',
      [mention('name', 'Sarah Yager'), mention('surname', 'Yager', 'in conflict, ')],
      {
        titles: ['Washington director'],
        affiliation: 'Human Rights Watch',
        gender: 'female',
        relations: [{type: 'affiliation', sourceId: 'src7'}]
      }
    ),
    source('src7', 'organization', 'Human Rights Watch', [mention('name', 'Human Rights Watch', 'advocacy group')])
  ]

  function quote(
    id: string,
    kind: Quote['kind'],
    needle: string,
    attribution: Quote['attribution'],
    continues: string | null = null,
    after?: string
  ): Quote {
    const value = span(needle, after)
    const start = value.position.start.offset
    const end = value.position.end.offset
    const close = needle.at(-1) === '”' ? '”' : null
    return {
      ...value,
      id,
      kind,
      content: needle.slice(1, close ? -1 : undefined).replace(/[,.]$/, ''),
      contentPosition: createLocation(input).position(start + 1, close ? end - 1 : end),
      marks: {open: '“', close},
      ...place(value),
      continues,
      attribution
    }
  }

  const quotes: Quote[] = [
    quote('q1', 'partial', '“force multiplier”', {
      sourceId: 'src2',
      mention: span('The previously unreported memo'),
      cue: span('says', 'Pete Hegseth'),
      confidence: 0.9
    }),
    quote('q2', 'term', '“nonpersistent”', null),
    quote(
      'q3',
      'direct',
      '“The Pentagon is reinstituting a discredited policy that invites other nations to do the same.”',
      {sourceId: 'src4', mention: span('Patrick J. Leahy'), cue: span('said', 'Patrick J. Leahy'), confidence: 0.95}
    ),
    quote('q4', 'direct', '“More U.S. soldiers and innocent civilians will be needlessly killed and maimed,”', {
      sourceId: 'src4',
      mention: span('Leahy', 'wrote'),
      cue: span('wrote', 'maimed'),
      confidence: 0.95
    }),
    quote(
      'q5',
      'direct',
      '“Anyone who has seen what landmines do to innocent civilians knows that these inherently indiscriminate weapons do not belong in the arsenal of civilized nations.”',
      null,
      'q4'
    ),
    quote(
      'q6',
      'direct',
      '“The United States is not facing any military threat for which land mines are on balance useful.”',
      {sourceId: 'src5', mention: null, cue: null, confidence: 0.6}
    ),
    quote(
      'q7',
      'direct',
      '“Symbolically, this policy really takes the United States away from being any kind of champion for restraint on this indiscriminate weapon,”',
      {sourceId: 'src6', mention: span('Sarah Yager'), cue: span('said', 'weapon,”'), confidence: 0.95}
    ),
    quote(
      'q8',
      'direct',
      '“This, combined with Biden sending land mines to Ukraine, helps open the door to proliferation by other countries.”',
      null,
      'q7'
    )
  ]

  function attribution(
    type: ClaimAttribution['type'],
    sourceId: string | null,
    mentionSpan: Span | null,
    cue: Span | null,
    cueClass: ClaimAttribution['cueClass'] = null
  ): ClaimAttribution {
    return {type, sourceId, mention: mentionSpan, cue, confidence: 0.8, cueClass}
  }

  function claim(id: string, needle: string, fields: Partial<Claim> & Pick<Claim, 'kind' | 'attribution'>, after?: string): Claim {
    const value = span(needle, after)
    return {
      ...value,
      id,
      subkind: null,
      ...place(value),
      nested: [],
      quoteIds: [],
      quantities: [],
      times: [],
      hedges: [],
      negations: [],
      checkworthiness: 0.5,
      ...fields
    }
  }

  const claims: Claim[] = [
    claim('c1', 'the reversal would give the U.S. military a “force multiplier” against enemies', {
      kind: 'prediction',
      attribution: attribution('document', 'src2', span('The previously unreported memo'), span('says', 'Pete Hegseth'), 'speech'),
      quoteIds: ['q1'],
      hedges: [span('would', 'the reversal')],
      checkworthiness: 0.7
    }),
    claim(
      'c2',
      'In 2024, nearly 2,000 people were killed by land mines and explosives left behind from war',
      {
        kind: 'quantity',
        subkind: 'current-value',
        attribution: attribution(
          'according-to',
          'src3',
          span('International Campaign to Ban Landmines'),
          span('according to', 'left behind from war'),
          'evidence'
        ),
        quantities: [
          {
            ...span('nearly 2,000 people'),
            value: 2000,
            lower: null,
            upper: {value: 2000, inclusive: true},
            unit: 'count',
            currency: null,
            noun: 'people',
            approximate: true,
            vague: false
          }
        ],
        times: [{...span('In 2024', 'global ban'), type: 'year', value: '2024', duration: null}],
        checkworthiness: 0.9
      }
    ),
    claim(
      'c3',
      'More than 160 countries, though not the United States, signed a treaty banning the stockpiling, use and production of antipersonnel land mines',
      {
        kind: 'quantity',
        subkind: 'current-value',
        attribution: attribution('unattributed', null, null, null),
        quantities: [
          {
            ...span('More than 160 countries'),
            value: 160,
            lower: {value: 160, inclusive: false},
            upper: null,
            unit: 'count',
            currency: null,
            noun: 'countries',
            approximate: false,
            vague: false
          }
        ],
        negations: [span('not', 'More than 160 countries')],
        checkworthiness: 0.8
      }
    ),
    claim('c4', 'President Donald Trump has rescinded the U.S. Humanitarian Mine Action Program', {
      kind: 'rule',
      attribution: attribution('reported', 'src2', span('The December memo'), span('says', 'The December memo'), 'speech'),
      nested: [attribution('reported', 'src1', null, null, 'speech')],
      checkworthiness: 0.75
    }),
    claim('c5', 'The Pentagon is reinstituting a discredited policy that invites other nations to do the same.', {
      kind: 'other',
      attribution: attribution('quoted', 'src4', span('Patrick J. Leahy'), span('said', 'Patrick J. Leahy'), 'speech'),
      quoteIds: ['q3'],
      checkworthiness: 0.4
    }),
    claim('c6', 'The United States is not facing any military threat for which land mines are on balance useful.', {
      kind: 'other',
      // No source on the claim itself: it comes from its quote (q6, Kimball).
      attribution: attribution('quoted', null, null, null),
      quoteIds: ['q6'],
      negations: [span('not', 'The United States is')],
      checkworthiness: 0.6
    }),
    claim('c7', 'The U.S. military has not widely used antipersonnel land mines since the Gulf War more than three decades ago.', {
      kind: 'other',
      subkind: 'event',
      attribution: attribution('unattributed', null, null, null),
      times: [{...span('more than three decades ago'), type: 'relative', value: null, duration: 'P30Y'}],
      negations: [span('not', 'The U.S. military has')],
      checkworthiness: 0.55
    }),
    claim(
      'c8',
      'the United States has been one of the leaders of stigmatizing their use in conflict',
      {
        kind: 'other',
        attribution: attribution('reported', 'src6', span('Yager', 'in conflict, '), span('said', 'in conflict, Yager'), 'speech'),
        checkworthiness: 0.3
      }
    )
  ]

  return {...base, sources, quotes, claims}
}
