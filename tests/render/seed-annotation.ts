/**
 * A hand-built annotation of the seed article: the structure from
 * `annotate`, plus quotes, claims and sources written by hand at real
 * offsets of the seed, so viewer tests have known counts while the
 * extractors are being built (and keep their meaning afterwards).
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {annotate, Annotation} from '../../src/index.js'
import {root, shared} from '../helpers.js'

/** Where the seed article may be: the fixture, else the shared data. */
const seedPaths = [
  path.join(root, 'fixtures', 'seed', 'input.txt'),
  path.join(shared, 'seed', '000_33bc3bd6ffe74817.txt')
]

/** The seed article, or `undefined` when neither copy is present (tests skip). */
export const seedText: string | undefined = ((file) => (file ? readFileSync(file, 'utf8') : undefined))(
  seedPaths.find((file) => existsSync(file))
)
import type {Claim, ClaimAttribution, Mention, Quote, Source, Span} from '../../src/index.js'

/**
 * A span of `input` from offsets, with line and column.
 *
 * @param input
 *   Text.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Span.
 */
export function spanAt(input: string, start: number, end: number): Span {
  return {text: input.slice(start, end), position: {start: point(input, start), end: point(input, end)}}
}

function point(input: string, offset: number): {line: number; column: number; offset: number} {
  const before = input.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset}
}

/**
 * Find text in `input` (the `nth` occurrence after `after`), failing loudly.
 *
 * @param input
 *   Text.
 * @param needle
 *   Exact words.
 * @param after
 *   Words that come before the needle (to pick the right occurrence).
 * @returns
 *   Span.
 */
export function find(input: string, needle: string, after?: string): Span {
  const from = after === undefined ? 0 : input.indexOf(after)
  if (from < 0) throw new Error('Cannot find `' + after + '` in the seed')
  const start = input.indexOf(needle, from)
  if (start < 0) throw new Error('Cannot find `' + needle + '` in the seed')
  return spanAt(input, start, start + needle.length)
}

/** A source: mentions are `[text, kind, after?]`. */
export interface SourceSpec {
  kind: Source['kind']
  name: string
  titles?: string[]
  affiliation?: string
  party?: string
  state?: string
  gender?: Source['gender']
  plural?: boolean
  relations?: Source['relations']
  mentions: Array<[text: string, kind: Mention['kind'], after?: string]>
}

/** A quote, its text with the marks; `source` is an id such as `src1`. */
export interface QuoteSpec {
  text: string
  after?: string
  kind: Quote['kind']
  source: string | null
  mention?: [string, string?]
  cue?: [string, string?]
  confidence?: number
  continues?: number
}

/** A claim; `quotes` are 1-based quote numbers. */
export interface ClaimSpec {
  text: string
  after?: string
  kind: Claim['kind']
  subkind?: Claim['subkind']
  type: ClaimAttribution['type']
  source: string | null
  cue?: [string, string?]
  cueClass?: ClaimAttribution['cueClass']
  mention?: [string, string?]
  score: number
  quotes?: number[]
  negation?: [string, string?]
  hedge?: [string, string?]
}

/** The seed’s sources, in order of first mention (so `src1`, `src2`, …). */
const sourceSpecs: SourceSpec[] = [
  {
    kind: 'document',
    name: 'a Dec. 2 document',
    relations: [{type: 'signer', sourceId: 'src2'}],
    mentions: [
      ['a Dec. 2 document', 'description'],
      ['The previously unreported memo', 'description'],
      ['the memo', 'description', 'In the memo'],
      ['the memo', 'description', 'unsafe,”'],
      ['The December memo', 'description'],
      ['The memo', 'description', 'The memo does not'],
      ['The memo’s', 'description']
    ]
  },
  {
    kind: 'person',
    name: 'Pete Hegseth',
    titles: ['Defense Secretary'],
    gender: 'male',
    mentions: [
      ['Pete Hegseth', 'name'],
      ['Hegseth', 'surname', 'In the memo, '],
      ['He', 'pronoun', 'within 90 days. ']
    ]
  },
  {kind: 'group', name: 'Human rights groups', plural: true, mentions: [['Human rights groups', 'description']]},
  {
    kind: 'organization',
    name: 'International Campaign to Ban Landmines',
    mentions: [['International Campaign to Ban Landmines', 'name']]
  },
  {kind: 'organization', name: 'The Pentagon', mentions: [['The Pentagon', 'name', 'The Pentagon did']]},
  {kind: 'document', name: 'The interim policy', mentions: [['The interim policy', 'description']]},
  {kind: 'group', name: 'Ordnance experts', plural: true, mentions: [['Ordnance experts', 'description']]},
  {
    kind: 'person',
    name: 'Patrick J. Leahy',
    titles: ['Former senator'],
    party: 'D',
    state: 'Vt.',
    gender: 'male',
    mentions: [
      ['Patrick J. Leahy', 'name'],
      ['Leahy', 'surname', 'wrote Leahy']
    ]
  },
  {
    kind: 'person',
    name: 'Daryl Kimball',
    titles: ['executive director'],
    affiliation: 'Arms Control Association',
    gender: 'male',
    relations: [{type: 'affiliation', sourceId: 'src10'}],
    mentions: [['Daryl Kimball', 'name']]
  },
  {kind: 'organization', name: 'Arms Control Association', mentions: [['Arms Control Association', 'name']]},
  {
    kind: 'person',
    name: 'Sarah Yager',
    titles: ['Washington director'],
    affiliation: 'Human Rights Watch',
    gender: 'female',
    relations: [{type: 'affiliation', sourceId: 'src12'}],
    mentions: [
      ['Sarah Yager', 'name'],
      ['Yager', 'surname', 'in conflict, Yager']
    ]
  },
  {kind: 'organization', name: 'Human Rights Watch', mentions: [['Human Rights Watch', 'name']]}
]

/** The seed’s 13 quotations. */
const quoteSpecs: QuoteSpec[] = [
  {text: '“force multiplier”', kind: 'partial', source: 'src1', mention: ['The previously unreported memo'], cue: ['says', 'Pete Hegseth, ']},
  {
    text: '“one of the most dangerous security environments in its history.”',
    kind: 'partial',
    source: 'src1',
    mention: ['The previously unreported memo'],
    cue: ['says', 'Pete Hegseth, '],
    confidence: 0.8
  },
  {text: '“inoperable or unsafe,”', kind: 'partial', source: 'src1', mention: ['the memo', 'unsafe,”'], cue: ['says', 'unsafe,” the memo ']},
  {text: '“remotely delivered”', kind: 'partial', source: 'src6', mention: ['The interim policy'], cue: ['says', 'The interim policy ']},
  {
    text: '“compliant self-destruction mechanisms and self-deactivation features.”',
    kind: 'partial',
    source: 'src6',
    mention: ['The interim policy'],
    cue: ['says', 'The interim policy ']
  },
  {text: '“nonpersistent”', kind: 'term', source: null},
  {
    text: '“a global leader in unexploded ordnance clearing assistance and in conventional weapons destruction.”',
    kind: 'partial',
    source: 'src1',
    mention: ['The memo', 'The memo does not'],
    cue: ['claims', 'more details but ']
  },
  {
    text: '“The Pentagon is reinstituting a discredited policy that invites other nations to do the same.”',
    kind: 'direct',
    source: 'src8',
    mention: ['Patrick J. Leahy'],
    cue: ['said', '(D-Vt.) '],
    confidence: 0.95
  },
  {
    text: '“More U.S. soldiers and innocent civilians will be needlessly killed and maimed,”',
    kind: 'direct',
    source: 'src8',
    mention: ['Leahy', 'wrote Leahy'],
    cue: ['wrote', 'maimed,” '],
    confidence: 0.95
  },
  {
    text: '“Anyone who has seen what landmines do to innocent civilians knows that these inherently indiscriminate weapons do not belong in the arsenal of civilized nations.”',
    kind: 'direct',
    source: 'src8',
    continues: 9,
    confidence: 0.85
  },
  {
    text: '“The United States is not facing any military threat for which land mines are on balance useful.”',
    kind: 'direct',
    source: 'src9',
    confidence: 0.7
  },
  {
    text: '“Symbolically, this policy really takes the United States away from being any kind of champion for restraint on this indiscriminate weapon,”',
    kind: 'direct',
    source: 'src11',
    mention: ['Sarah Yager'],
    cue: ['said', 'weapon,” '],
    confidence: 0.95
  },
  {
    text: '“This, combined with Biden sending land mines to Ukraine, helps open the door to proliferation by other countries.”',
    kind: 'direct',
    source: 'src11',
    confidence: 0.6
  }
]

/** The seed’s claims: 12, one of them nested inside another, one the content of a quote. */
const claimSpecs: ClaimSpec[] = [
  {
    text: 'The Trump administration reversed a Biden-era policy that prohibited the use of antipersonnel land mines except on the Korean Peninsula',
    kind: 'rule',
    type: 'according-to',
    source: 'src1',
    cue: ['according to', 'Korean Peninsula, '],
    cueClass: 'evidence',
    mention: ['a Dec. 2 document'],
    score: 0.74
  },
  {
    text: 'the reversal would give the U.S. military a “force multiplier” against enemies during “one of the most dangerous security environments in its history.”',
    kind: 'prediction',
    type: 'document',
    source: 'src1',
    cue: ['says', 'Pete Hegseth, '],
    cueClass: 'speech',
    mention: ['The previously unreported memo'],
    score: 0.55,
    quotes: [1, 2]
  },
  {
    text: 'In 2024, nearly 2,000 people were killed by land mines and explosives left behind from war',
    kind: 'quantity',
    subkind: 'event',
    type: 'according-to',
    source: 'src4',
    cue: ['according to', 'left behind from war, '],
    cueClass: 'evidence',
    mention: ['International Campaign to Ban Landmines'],
    score: 0.93
  },
  {
    text: 'even mines that can be deactivated, called “nonpersistent” mines, have high rates of failures',
    kind: 'other',
    type: 'reported',
    source: 'src7',
    cue: ['warned', 'Ordnance experts have long '],
    cueClass: 'speech',
    mention: ['Ordnance experts'],
    score: 0.62,
    quotes: [6]
  },
  {
    text: 'the United States will use “remotely delivered” antipersonnel land mines only if the mines have “compliant self-destruction mechanisms and self-deactivation features.”',
    kind: 'rule',
    type: 'document',
    source: 'src6',
    cue: ['says', 'The interim policy '],
    cueClass: 'speech',
    mention: ['The interim policy'],
    score: 0.58,
    quotes: [4, 5]
  },
  {
    text: 'More than 160 countries, though not the United States, signed a treaty banning the stockpiling, use and production of antipersonnel land mines',
    kind: 'quantity',
    subkind: 'current-value',
    type: 'unattributed',
    source: null,
    score: 0.81,
    negation: ['not', 'though ']
  },
  {
    text: 'In 2024, the Biden administration sent antipersonnel land mines to Ukraine',
    kind: 'other',
    type: 'unattributed',
    source: null,
    score: 0.71
  },
  {
    text: 'President Donald Trump has rescinded the U.S. Humanitarian Mine Action Program',
    kind: 'rule',
    type: 'document',
    source: 'src1',
    cue: ['says', 'The December memo also '],
    cueClass: 'speech',
    mention: ['The December memo'],
    score: 0.77
  },
  {
    text: 'The Pentagon is reinstituting a discredited policy that invites other nations to do the same.',
    kind: 'other',
    type: 'quoted',
    source: 'src8',
    cue: ['said', '(D-Vt.) '],
    cueClass: 'speech',
    mention: ['Patrick J. Leahy'],
    score: 0.47,
    quotes: [8]
  },
  {
    text: 'The memo’s claim that land mines could help protect U.S. forces fails to account for the radical changes in land warfare',
    kind: 'causation',
    type: 'reported',
    source: 'src9',
    cue: ['said', 'land warfare, '],
    cueClass: 'speech',
    mention: ['Daryl Kimball'],
    score: 0.52
  },
  {
    text: 'land mines could help protect U.S. forces',
    after: 'The memo’s claim',
    kind: 'prediction',
    type: 'document',
    source: 'src1',
    mention: ['The memo’s'],
    score: 0.64,
    hedge: ['could', 'claim that land mines ']
  },
  {
    text: 'The U.S. military has not widely used antipersonnel land mines since the Gulf War more than three decades ago.',
    kind: 'experience',
    type: 'unattributed',
    source: null,
    score: 0.38,
    negation: ['not', 'The U.S. military has ']
  }
]

/**
 * The seed with hand-built quotes, claims and sources (known counts: 12
 * sources, 13 quotes, 12 claims), validated against the schema.
 *
 * @param input
 *   The seed article.
 * @returns
 *   Annotation.
 */
export function seedAnnotation(input: string): Annotation {
  return buildAnnotation(input, sourceSpecs, quoteSpecs, claimSpecs)
}

/**
 * `annotate(input)` for the structure, with the given sources, quotes (in
 * input order) and claims (sorted, numbered `c1…`) at real offsets.
 *
 * @param input
 *   Article.
 * @param sourceSpecs
 *   Sources, numbered `src1…` in the given order.
 * @param quoteSpecs
 *   Quotes, numbered `q1…` in the given order.
 * @param claimSpecs
 *   Claims.
 * @returns
 *   Annotation, validated against the schema.
 */
export function buildAnnotation(
  input: string,
  sourceSpecs: SourceSpec[],
  quoteSpecs: QuoteSpec[],
  claimSpecs: ClaimSpec[]
): Annotation {
  const base = annotate(input)
  const sources: Source[] = sourceSpecs.map((spec, index) => ({
    id: 'src' + (index + 1),
    kind: spec.kind,
    name: spec.name,
    titles: spec.titles ?? [],
    affiliation: spec.affiliation ?? null,
    party: spec.party ?? null,
    state: spec.state ?? null,
    gender: spec.gender ?? null,
    plural: spec.plural ?? false,
    relations: spec.relations ?? [],
    mentions: spec.mentions.map(([text, kind, after]) => ({...find(input, text, after), kind}))
  }))

  const quotes: Quote[] = quoteSpecs.map((spec, index) => {
    const span = find(input, spec.text, spec.after)
    const start = span.position.start.offset
    const end = span.position.end.offset
    return {
      ...span,
      id: 'q' + (index + 1),
      kind: spec.kind,
      content: spec.text.slice(1, -1),
      contentPosition: spanAt(input, start + 1, end - 1).position,
      marks: {open: '“', close: '”'},
      paragraphId: paragraphAt(base, start),
      sentenceIds: sentencesAt(base, start, end),
      continues: spec.continues ? 'q' + spec.continues : null,
      attribution: spec.source
        ? {
            sourceId: spec.source,
            mention: spec.mention ? find(input, ...spec.mention) : null,
            cue: spec.cue ? find(input, ...spec.cue) : null,
            confidence: spec.confidence ?? 0.9
          }
        : null
    }
  })

  const claims: Claim[] = claimSpecs
    .map((spec) => ({spec, span: find(input, spec.text, spec.after)}))
    .sort((a, b) => a.span.position.start.offset - b.span.position.start.offset)
    .map(({spec, span}, index) => {
      const start = span.position.start.offset
      const end = span.position.end.offset
      return {
        ...span,
        id: 'c' + (index + 1),
        kind: spec.kind,
        subkind: spec.subkind ?? null,
        sentenceIds: sentencesAt(base, start, end),
        paragraphId: paragraphAt(base, start),
        attribution: {
          sourceId: spec.source,
          mention: spec.mention ? find(input, ...spec.mention) : null,
          cue: spec.cue ? find(input, ...spec.cue) : null,
          confidence: spec.source ? 0.8 : 1,
          type: spec.type,
          cueClass: spec.cueClass ?? null
        },
        nested: [],
        quoteIds: (spec.quotes ?? []).map((number) => 'q' + number),
        quantities: [],
        times: [],
        hedges: spec.hedge ? [find(input, ...spec.hedge)] : [],
        negations: spec.negation ? [find(input, ...spec.negation)] : [],
        checkworthiness: spec.score
      }
    })

  return Annotation.parse({...base, sources, quotes, claims})
}

function paragraphAt(annotation: Annotation, offset: number): string {
  const paragraph = annotation.paragraphs.find(
    (item) => item.position.start.offset <= offset && offset < item.position.end.offset
  )
  if (!paragraph) throw new Error('No paragraph at ' + offset)
  return paragraph.id
}

function sentencesAt(annotation: Annotation, start: number, end: number): string[] {
  return annotation.sentences
    .filter((item) => item.position.start.offset < end && item.position.end.offset > start)
    .map((item) => item.id)
}
