/**
 * A candidate mention: words in the article that may refer to a source,
 * found before resolution decides which source (if any) they belong to.
 */
import type {Gender, MentionKind, RelationType} from '../schema.js'
import type {Tokens} from './tokens.js'

/** What a candidate looks like it names. */
export type CandidateType =
  | 'person'
  | 'organization'
  | 'place'
  | 'group'
  | 'document'
  | 'anonymous'
  | 'unknown'
  | 'pronoun'
  | 'title'
  | 'org-description'

/** A candidate mention (offsets `[start, end)` into the input). */
export interface Candidate {
  type: CandidateType
  start: number
  end: number
  mentionKind: MentionKind
  /** Proper name or description as written, whitespace collapsed, without a leading `the`. */
  name: string
  /** Lowercase key that identifies the entity (a name, group words, document class, role). */
  key: string
  /** Name words, lowercase (persons: given … surname; suffixes left out). */
  words: string[]
  paragraph: number
  quoted: boolean
  /** Only links to an entity found elsewhere, never makes one (headline, sentence-initial word). */
  linkOnly: boolean
  /** The words name a speaker: an attribution mention, or the subject of a statement. */
  speaker: boolean
  /** A lone name that speaks of itself as “it” (“Acme said it would …”): a body, unless a person has that surname. */
  asIt: boolean
  /** Titles and roles as written (“Former senator”). */
  titles: string[]
  /** Start of a title before the name (`start` when none). */
  titleStart: number
  /** End of the name with its party tag (`end` when none): where a statement verb may follow. */
  afterEnd: number
  party: string | null
  state: string | null
  gender: Gender | null
  plural: boolean
  /** Where to look for the organization this person belongs to (an appositive’s `of …`). */
  affiliationRange: [number, number] | null
  /** How the person relates to the organization found in `affiliationRange`. */
  affiliationType: RelationType
  /** Whether what `affiliationRange` holds counts only once linked to an organization (“A Halcyon spokeswoman”, not “A Trump spokeswoman”). */
  affiliationNamed: boolean
  /** Documents: `the`/`this`/`that` description, which refers back. */
  definite: boolean
  /** Documents: normalised modifiers (“december”, “2”, “interim”). */
  modifiers: string[]
  /** Documents: how specific the description is, in half points (dates and names weigh most). */
  score: number
  /** Documents: offset where the agent of `signed by …`/`written by …` starts. */
  agentAt: number
  agentType: RelationType
  /**
   * End of the possessive name or pronoun that owns the mention: a
   * document’s author (“Hegseth’s memo”), or whom a speaker in a role speaks
   * for (“his spokesman”, “A spokesman for Sen. Ted Cruz”; see `linkTargets`).
   */
  possessorEnd: number
  /** Persons: end of a possessive name in their appositive (“Mary Barra, General Motors’ CEO”), their affiliation when it names an organization. */
  ownerEnd: number
  /** Pronouns: which pronoun. */
  pronoun: 'he' | 'she' | 'they' | 'it' | null
  /** Organizations: an acronym given in parentheses after the name (“(HRW)”). */
  alias: string | null
  /** Sentence-initial first word (for naming groups in lowercase). */
  initial: boolean
  /** In the headline or a heading. */
  headline: boolean
  /** Index of its entity once resolved, else -1. */
  entity: number
  /** Persons: `given surname` key, set by resolution (empty until then). */
  personKey: string
}

/**
 * Create a candidate with defaults.
 *
 * @param type
 *   What it looks like it names.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param tokens
 *   Tokens it was found in, or `null` (then `origin` is a paragraph index).
 * @param origin
 *   Index of the token it starts from (its paragraph, `quoted`, `linkOnly`
 *   and `initial` are copied), or a paragraph index.
 * @param mentionKind
 *   How it names its source.
 * @param name
 *   Name or description.
 * @param key
 *   Key of its entity (default: empty, set later).
 * @param fields
 *   Other fields to set (optional).
 * @returns
 *   The candidate.
 */
export function candidate(
  type: CandidateType,
  start: number,
  end: number,
  tokens: Tokens | null,
  origin: number,
  mentionKind: MentionKind,
  name: string,
  key = '',
  fields?: Partial<Candidate>
): Candidate {
  const result = new Draft(type, start, end, tokens ? tokens.paragraph(origin) : origin)
  result.mentionKind = mentionKind
  result.name = name
  result.key = key
  if (tokens) {
    result.quoted = tokens.quoted(origin)
    result.linkOnly = tokens.linkOnly(origin)
    result.headline = result.linkOnly
    result.initial = tokens.initial(origin)
  }

  return fields ? Object.assign(result, fields) : result
}

/** Defaults in a class, so every candidate shares one shape (and allocates little). */
class Draft implements Candidate {
  mentionKind: MentionKind = 'name'
  name = ''
  key = ''
  words: string[] = noWords
  quoted = false
  linkOnly = false
  speaker = false
  asIt = false
  titles: string[] = noWords
  titleStart: number
  afterEnd: number
  party: string | null = null
  state: string | null = null
  gender: Gender | null = null
  plural = false
  affiliationRange: [number, number] | null = null
  affiliationType: RelationType = 'affiliation'
  affiliationNamed = false
  definite = false
  modifiers: string[] = noWords
  score = 0
  agentAt = -1
  agentType: RelationType = 'signer'
  possessorEnd = -1
  ownerEnd = -1
  pronoun: 'he' | 'she' | 'they' | 'it' | null = null
  alias: string | null = null
  initial = false
  headline = false
  entity = -1
  personKey = ''

  constructor(
    public type: CandidateType,
    public start: number,
    public end: number,
    public paragraph: number
  ) {
    this.titleStart = start
    this.afterEnd = end
  }
}

// Shared empty default: candidates that need a list get their own.
const noWords: string[] = []

/**
 * Whether a list of titles has `title`, case aside (a loop, where `.some`
 * made a closure per call and lowercased `title` again per known title).
 *
 * @param titles
 *   Titles as written.
 * @param title
 *   Title to look for.
 * @returns
 *   Whether one of `titles` equals `title` once both are lowercased.
 */
export function hasTitle(titles: readonly string[], title: string): boolean {
  let lower: string | undefined
  for (const known of titles) {
    if (known === title) return true
    lower ??= title.toLowerCase()
    if (known.toLowerCase() === lower) return true
  }

  return false
}

/**
 * Collapse whitespace in words taken from the input.
 *
 * @param value
 *   Text.
 * @returns
 *   Text with runs of whitespace as one space, trimmed.
 */
export function collapse(value: string): string {
  let previousSpace = true
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const space = code === 32
    if ((space && previousSpace) || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 12 || code === 11) {
      return value.replace(/\s+/g, ' ').trim()
    }

    previousSpace = space
  }

  return previousSpace && value.length > 0 ? value.trimEnd() : value
}
