/**
 * Coreference over candidate mentions: one entity per real-world source.
 *
 * Two passes, both linear in the number of candidates:
 * 1. index proper names: persons by given name + surname (and by surname and
 *    given name alone), organizations by name, acronym and initials;
 * 2. walk the candidates in input order, linking each to an entity: a
 *    surname or given name to the person named in full with it (the one
 *    named earlier in the same paragraph, else the one mentioned most, else
 *    the first: a headline may use the surname before the body names them),
 *    “he”/“she” to the most recently mentioned person of a compatible gender
 *    within two paragraphs (learning the gender of a person with none),
 *    “it”/“they” (speakers only) to the last organization, document or
 *    group, “the senator” to the last person with that role, “the memo” to
 *    the last document of its kind whose words agree, “the group” to the last
 *    organization; descriptions that speak with nothing to refer to become
 *    entities of their own.
 * Recency lists are capped at a few entries and every index is a map, so
 * nothing compares all pairs.
 */
import {auxiliaries} from '../attribution/lexicon.js'
import {sentenceAt, type Doc} from '../parse/document.js'
import type {Gender, MentionKind, RelationType} from '../schema.js'
import {hasTitle, type Candidate} from './candidate.js'
import {accordingToBefore} from './cues.js'
import {givenNames} from './given-names.js'
import {businessDescriptions, calendar, orgKindNouns, commonAcronyms, deities, demonyms, genericOrgDescriptions, governmentHeads, institutionRoles, orgDescriptions, orgHeads, orgNames, orgPhrases, particles, placePhrases, places, possessivePronouns, representatives, shortForms, thingHeads, usStates} from './lexicon.js'
import {kin, kinAfter, roleGender, roleKey, roles, titleModifiers} from './titles.js'

/** What an entity is (a place only becomes a source when it speaks). */
export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'document' | 'anonymous' | 'unknown'

/** One real-world referent, with every mention linked to it. */
export interface Entity {
  /** Index in the entity list. */
  index: number
  type: EntityType
  /**
   * Mentions as flat `start, end, kind` triples, in the order linked (one
   * array per entity rather than an object per mention).
   */
  mentions: Array<number | MentionKind>
  /** The most specific name or description (first one on ties), if any. */
  bestText: string | undefined
  /** How specific `bestText` is (twice the score: an integer). */
  bestScore: number
  /** `bestText` starts a sentence. */
  bestInitial: boolean
  /** The most specific one not at a sentence start (for lowercase group names). */
  midText: string | undefined
  /** How specific `midText` is (twice the score). */
  midScore: number
  /** Proper names as written (full names, organization names). */
  properNames: string[]
  titles: string[]
  affiliation: Entity | null
  affiliationType: RelationType
  /** Affiliation in words when it is not an organization (“Chicago”). */
  affiliationText: string | null
  relations: Array<{type: RelationType; entity: Entity}>
  party: string | null
  state: string | null
  gender: Gender | null
  plural: boolean
  /** A mention names a speaker. */
  speaker: boolean
  /** Documents: modifiers of all its descriptions (a shared empty list until there is one). */
  modifiers: string[]
  lastParagraph: number
  lastAt: number
  /** End of its last mention (-1: none yet). */
  lastEnd: number
  /** Paragraph where it last spoke (a mention as a source), or -1. */
  lastSpokeParagraph: number
  /** Offset where it last spoke (see `lastSpokeParagraph`), or -1. */
  lastSpokeAt: number
  /** Persons: offset of the first full-name mention (for surname look-ups). */
  firstFull: number
  /** Persons: offset and paragraph of the last full-name mention. */
  lastFullAt: number
  lastFullParagraph: number
  /** Chosen as a source (set by the caller). */
  chosen: boolean
  /** Its source id once chosen and ordered (set by the caller). */
  id: string | undefined
  /** Every mention so far is the object of a preposition (“to rapturous crowds”): a weak antecedent for “they”. */
  objectOnly: boolean
}

/** What resolution produces: entities, and the entity of each candidate. */
export interface Resolution {
  entities: Entity[]
  /** The entity a candidate was linked to. */
  entityOf(item: Candidate): Entity | undefined
}

// Shared empty lists: entities copy on first write.
const none: string[] = []
/** No groups of a noun (see `describedGroup`). */
const noGroups: ReadonlyArray<[string, Entity]> = []
const noMentions: Entity['mentions'] = []
const noRelations: Entity['relations'] = []

const recentSize = 8
/** After every offset (an integer field, where `Infinity` would box a number per entity). */
const noOffset = 0x3f_ff_ff_ff

/**
 * An entity with its defaults: a class, because constructing one is much
 * cheaper than cloning a large object literal.
 */
class EntityRecord implements Entity {
  mentions = noMentions
  bestText: string | undefined = undefined
  bestScore = 0
  bestInitial = false
  midText: string | undefined = undefined
  midScore = 0
  properNames = none
  titles = none
  affiliation: Entity | null = null
  affiliationType: RelationType = 'affiliation'
  affiliationText: string | null = null
  relations = noRelations
  party: string | null = null
  state: string | null = null
  gender: Gender | null
  plural = false
  speaker = false
  modifiers = none
  lastParagraph = -1
  lastAt = -1
  lastEnd = -1
  lastSpokeParagraph = -1
  lastSpokeAt = -1
  firstFull = noOffset
  lastFullAt = -1
  lastFullParagraph = -1
  chosen = false
  id: string | undefined = undefined
  // Memo of what the organization’s name says (see `describe`): for the name
  // it was worked out from, whether it is opaque and a business’s.
  describedText: string | undefined = undefined
  opaque = false
  business = false
  // Memo of the head words an organization’s mention is found by (see
  // `link`): for the mention’s name, its last word and the word before “of”.
  headText: string | undefined = undefined
  headKey = ''
  ofKey = ''
  /** A name of it is a government body’s (see `agencyName`). */
  agency = false
  objectOnly = true

  constructor(
    public index: number,
    public type: EntityType
  ) {
    this.gender = type === 'organization' || type === 'document' ? 'neuter' : null
  }
}
const pronounWindow = 2

/** What may come before the subject that opens a sentence: nothing, a conjunction, an article (see `pluralContinuing`). */
const sentenceOpener = /^\s*(?:(?:But|And|Yet|So|Still)\s+)?(?:(?:the|The)\s+)?$/

/** A comma or dash, “and” or “but”, and at most two words of time, right before a pronoun (see `continuing`). */
const coordinatedPronoun = /[,;—–-]\s{0,2}(?:and|but)\s(?:[A-Za-z]+\s){0,2}$/

/** A preposition that takes a group as its object, right before a mention (“to”, “with their”), not “of” (“43 percent of Republicans”) nor “about” (“about half”). */
const objectPreposition = /\b(?:to|for|with|by|in|from|at|against)\s{1,2}(?:(?:the|their|his|her|its|our)\s{1,2})?$/i

/** Whether the mention at `start` is the object of a preposition (see {@link objectPreposition}); a short look back only. */
function prepositionBefore(view: string, start: number): boolean {
  return objectPreposition.test(view.slice(Math.max(0, start - 16), start))
}
/** Characters either side of a mention searched for a place’s name (`placedRole`). */
const placeReach = 300
/** Characters before a description searched for its epithet beside a name (`epithetOf`). */
const epithetReach = 3000
const descriptionWindow = 3

/** Paragraphs within which a head noun of an organization’s name (“the department”) names it. */
const headWindow = 10

/** Modifiers that do not tell two documents of one class apart (“the *new* policy”). */
const neutralModifiers = new Set(
  (
    'new latest same previously unreported recent recently leaked internal classified secret confidential ' +
    'full original final draft earlier two-page one-page written signed official formal brief short long'
  ).split(' ')
)

/**
 * Resolve candidates into entities.
 *
 * @param doc
 *   Parsed document.
 * @param candidates
 *   Candidates sorted by start, overlaps already removed, `speaker` set.
 * @returns
 *   Entities (in creation order) and the entity of each linked candidate.
 */
export function resolve(doc: Doc, candidates: readonly Candidate[]): Resolution {
  const entities: Entity[] = []
  const persons = new Map<string, Entity>()
  const bySurname = new Map<string, Entity[]>()
  /** Words of the full name each person was first named by (see `fullerName`). */
  const fullWords = new Map<Entity, string[]>()
  const byGiven = new Map<string, Entity[]>()
  const singles = new Map<string, Entity>()
  /** Persons by where a mention of their name starts and ends (for epithets: “the retired neurosurgeon”). */
  const nameStarts = new Map<number, Entity>()
  const nameEnds = new Map<number, Entity>()
  const organizations = new Map<string, Entity>()
  const aliases = new Map<string, Entity>()
  const placesByKey = new Map<string, Entity>()
  const groups = new Map<string, Entity>()
  /** Groups of a noun and one modifier, by the noun (“prosecutors”: “federal prosecutors”). */
  const groupsByNoun = new Map<string, Array<[string, Entity]>>()

  /**
   * “Prosecutors said …” after “federal prosecutors said …”: a bare plural
   * names the one group of that noun a common word described before (not
   * “senators” after “Democratic senators”, which sets a group apart, nor
   * when two such groups are named).
   */
  function describedGroup(key: string): Entity | undefined {
    if (key.includes(' ') || populations.has(key)) return undefined
    let found: Entity | undefined
    // (Two of them settle it: bounded however many groups share the noun.)
    for (const [other, group] of groupsByNoun.get(key) ?? noGroups) {
      const space = other.indexOf(' ')
      const modifier = other.slice(0, space)
      // (Written mid-sentence, the modifier’s case says it; opening a
      // sentence, the word does: “Federal prosecutors”, not “Israeli officials”.)
      const common = group.midText === undefined ? !demonyms.has(modifier) || commonModifiers.has(modifier) : /^\p{Ll}/u.test(group.midText)
      if (found || !common || participle.test(modifier) || group.affiliation || group.party !== null || places.has(modifier) || usStates.has(modifier)) return undefined
      found = group
    }

    return found
  }

  const documents = new Map<string, Entity>()
  /** The last dated document of each class told of for comparison (“an April poll”), which `documents` keeps out. */
  const datedDocuments = new Map<string, Entity>()
  /** Documents by the head word they were last named with (“report”, “paper”). */
  const documentHeads = new Map<string, Entity>()
  // A headline’s document (“Daily walking cuts risk …, study finds”) is the
  // first one the body gives that head (“according to a large international
  // study”), though later; see the `document` case.
  const headlineDocuments = new Map<string, Entity>()
  const bodyDocuments = new Set<string>()
  const anonymous = new Map<string, Entity>()
  /** The last anonymous source, one and several, with the paragraph it was last named in (whom “the sources” names). */
  const lastAnonymous: Array<[Entity, number] | undefined> = [undefined, undefined]
  const byRole = new Map<string, Entity>()
  /**
   * The person a definite description names by an epithet the article gave
   * them earlier, next to their name: “Ben Carson, the retired neurosurgeon,”
   * or “retired neurosurgeon Ben Carson” … “the retired neurosurgeon said”.
   * The nearest of the last few uses of the head word next to a name wins;
   * every other word of the description must be in it.
   */
  function epithetOf(item: Candidate): Entity | undefined {
    const words = item.key.split(' ')
    const head = words[words.length - 1]!
    // (Or a kin noun after a possessive: “his brother Alastair Osman” … “his brother added”.)
    if (words.length < 2 || (words[0] !== 'the' && !(possessivePronouns.has(words[0]!) && kin.has(head)))) return undefined
    if (head.length < 4) return undefined
    const view = doc.view
    // (Within reach only: an unbounded search back from every description
    // would be quadratic in a long page of them.)
    const floor = Math.max(0, item.start - epithetReach)
    const before = view.slice(floor, item.start)
    let found = before.length
    for (let tries = 0; tries < 6; tries++) {
      found = found > 0 ? before.lastIndexOf(head, found - 1) : -1
      if (found < 0) return undefined
      const at = floor + found
      const end = at + head.length
      if (isWordCode(view.charCodeAt(at - 1)) || isWordCode(view.charCodeAt(end))) continue
      // “retired neurosurgeon Ben Carson”.
      let entity = view.charCodeAt(end) === 32 ? nameStarts.get(end + 1) : undefined
      let phraseStart = Math.max(0, at - 60)
      if (!entity) {
        // “Ben Carson, the retired neurosurgeon”.
        const match = appositiveOpening.exec(view.slice(Math.max(0, at - 80), at))
        if (match) {
          const comma = Math.max(0, at - 80) + match.index
          entity = nameEnds.get(comma)
          phraseStart = comma
        }
      }

      if (!entity || entity.type !== 'person') continue
      // Only of one of the last two persons mentioned, lately: an epithet
      // further back (“star Selenis Leyva” … George Lopez … “The star”) is
      // more often another person’s.
      if (!(recentPersons[0] === entity || recentPersons[1] === entity) || item.paragraph - entity.lastParagraph > descriptionWindow) return undefined
      const phrase = view.slice(phraseStart, end).toLowerCase()
      let all = true
      for (let index = 1; index < words.length - 1 && all; index++) if (!phrase.includes(words[index]!)) all = false
      if (all) return entity
    }

    return undefined
  }

  /** The untitled person among the last two named in full, lately, whom an occupation may describe (see `fameRoles`). */
  function knownFor(item: Candidate): Entity | undefined {
    const gender = roleGender.get(item.key)
    let seen = 0
    for (let index = 0; index < recentPersons.length && seen < 2; index++) {
      const entity = recentPersons[index]!
      if (entity.firstFull === noOffset) continue
      seen++
      if (entity.titles.length > 0 || item.paragraph - entity.lastParagraph > descriptionWindow) continue
      if (gender && entity.gender && entity.gender !== gender) continue
      return entity
    }

    return undefined
  }

  /** The place a bare-titled person was linked to by `placedRole` (“the Florida senator”). */
  const rolePlaces = new Map<Entity, string>()
  const byOrgHead = new Map<string, Entity>()
  /** Head words that two organizations of the article end in (“committee”): no one of them is “the committee”. */
  const sharedHeads = new Set<string>()
  let lastOrganization: Entity | undefined
  /** The last organization named as a government body (“the agency” names it). */
  let lastAgency: Entity | undefined
  /** The last organization that spoke and whose name says it is a business (“Acme Foods Inc.”; see `org-description`). */
  let speakingBusiness: Entity | undefined
  /** The last organization that spoke whose name says nothing of what it is (“Meta said it would appeal”; see `org-description`). */
  let speakingOpaque: Entity | undefined
  /** The last speaker named by one word alone (“Ofgem has announced”), see `loneName`. */
  let speakingLoneName: Entity | undefined
  /** The last person titled “President” (capitalized, no “former”): whom a bare “the president” names. */
  let titledPresident: Entity | undefined

  /** The first organization the headline names (“*Nvidia* revenue jumps 62%”), the story’s subject (see `org-description`). */
  let headlineOrganization: Entity | undefined
  const recentPersons: Entity[] = []
  const lastByGender = new Map<Gender, Entity>()
  const lastSpeakerByGender = new Map<Gender, Entity>()
  /** The last group or unnamed plural that spoke (see `pluralContinuing`). */
  let lastPluralSpeaker: Entity | undefined
  const recentThings: Entity[] = []
  const recentPlurals: Entity[] = []

  // “Exxon” for “Exxon Mobil”, “Goldman” for “Goldman Sachs”: the first word
  // of exactly one organization’s name of several words.
  const firstWords = new Map<string, string | null>()
  // (A proper name of its own after the first word, “Goldman Sachs”, not “Obama
  // administration”; and a first word that names nothing else: not “New
  // York Times”, “Senate Intelligence Committee”, “Republican National
  // Committee”.)
  for (const item of candidates) {
    if (item.type !== 'organization' || item.linkOnly) continue
    const space = item.key.indexOf(' ')
    if (space < 0) continue
    const first = item.key.slice(0, space)
    const rest = item.key.slice(space + 1)
    const nameSpace = item.name.indexOf(' ')
    if (nameSpace < 0 || !startsUpper(item.name, nameSpace + 1) || first.length < 3 || first === 'new' || first === 'the') continue
    if (orgNames.has(first) || orgHeads.has(first) || demonyms.has(first) || particles.has(first) || givenNames.has(first)) continue
    // (“Obama White House”: a name before an organization’s own name.)
    if (orgPhrases.has(rest) || orgNames.has(rest)) continue
    const known = firstWords.get(first)
    if (known === undefined) firstWords.set(first, item.key)
    else if (known !== item.key) firstWords.set(first, null)
  }

  // “the European Commission … the Commission”: a body named again by its
  // head word alone, when one name has that head.
  const lastWords = new Map<string, string | null>()
  // (And a team or a body named by its place and a word: “the Los Angeles
  // Lakers” … “the Lakers said”.)
  const placedNames = new Map<string, string | null>()
  for (const item of candidates) {
    if (item.type !== 'organization' || item.linkOnly) continue
    const space = item.key.lastIndexOf(' ')
    if (space < 0) continue
    const last = item.key.slice(space + 1)
    const prefix = item.key.slice(item.key.startsWith('the ') ? 4 : 0, space)
    if (places.has(prefix) || usStates.has(prefix) || placePhrases.has(prefix)) {
      const known = placedNames.get(last)
      if (known === undefined) placedNames.set(last, item.key)
      else if (known !== item.key) placedNames.set(last, null)
    }

    if (!shortHeads.has(last)) continue
    const known = lastWords.get(last)
    if (known === undefined) lastWords.set(last, item.key)
    else if (known !== item.key) lastWords.set(last, null)
  }

  // Pass 1: full names and organization names.
  for (const item of candidates) {
    if (item.linkOnly && !item.speaker) continue
    if (item.type === 'person' && item.words.length > 1 && !particles.has(item.words[0]!)) {
      const key = personKeyOf(item)
      if (persons.has(key)) continue
      // “Andrés Manuel López Obrador … López Obrador said”: the last words of
      // a longer name, the first no given name, are its double surname.
      const longer = item.gender === null ? fullerName(item.words) : undefined
      if (longer) {
        persons.set(key, longer)
        continue
      }

      const entity = create('person')
      entity.firstFull = item.start
      persons.set(key, entity)
      if (item.words.length > 2) fullWords.set(entity, item.words)
      push(bySurname, item.words[item.words.length - 1]!, entity)
      push(byGiven, bareWord(item.words[0]!), entity)
    } else if (item.type === 'organization' && !organizations.has(item.key)) {
      addOrganization(item)
    }
  }

  // A headline’s bare title (“Mayor defends budget”) names the one person
  // the article gives that title (“Mayor Dana Ortiz”), though later.
  const titleHolders = new Map<string, Entity[]>()
  const pendingTitles: Candidate[] = []
  for (const item of candidates) {
    if (item.type !== 'person' || item.titles.length === 0 || item.words.length < 2 || particles.has(item.words[0]!)) continue
    const entity = persons.get(personKeyOf(item))
    if (!entity) continue
    for (const title of item.titles) {
      const role = roleOfTitle(title)
      if (role === undefined) continue
      const known = titleHolders.get(role)
      if (known === undefined) titleHolders.set(role, [entity])
      else if (!known.includes(entity)) known.push(entity)
    }
  }

  // “Tim Cook, the company’s chief executive,”: where the description that
  // owns a person’s title ends, and where that person starts (the name
  // between the body and its description is the person’s own).
  const titleOwners = new Map<number, number>()
  for (const item of candidates) if (item.ownerEnd >= 0 && item.type === 'person') titleOwners.set(item.ownerEnd, item.start)

  // Pass 2: every candidate in input order.
  for (const item of candidates) {
    const headline = item.headline
    const recency = !item.quoted && !headline
    switch (item.type) {
      case 'person':
      case 'unknown': {
        if (item.words.length > 1 && !particles.has(item.words[0]!)) {
          const entity = persons.get(personKeyOf(item)) ?? surnameEntity(item)
          if (entity) {
            link(entity, item, 'name', recency)
            entity.lastFullAt = item.start
            entity.lastFullParagraph = item.paragraph
          }
          break
        }

        // “The retired neurosurgeon said”: the person the article called so
        // before (“Ben Carson, the retired neurosurgeon,”).
        if (item.mentionKind === 'description') {
          const described = epithetOf(item)
          if (described) {
            link(described, item, 'description', recency)
            break
          }
        }

        // One word, or a surname with its particles (“Von der Leyen”).
        const word = item.words[item.words.length - 1] ?? item.key
        // “Barack Obama … The Obamas said”, “Khans stir …”: a surname of the
        // article in the plural (itself no one’s surname: not “the Sanders
        // campaign”) is the family.
        if (item.words.length === 1 && item.mentionKind === 'name' && word.length > 3 && word.endsWith('s') && !bySurname.has(word)) {
          const singular = bySurname.has(word.slice(0, -1)) ? word.slice(0, -1) : word.endsWith('es') && bySurname.has(word.slice(0, -2)) ? word.slice(0, -2) : undefined
          if (singular !== undefined) {
            let family = groups.get(word)
            if (!family) {
              family = create('group')
              family.plural = true
              groups.set(word, family)
            }

            link(family, item, 'name', recency)
            break
          }
        }

        const bySurnameEntity = pick(bySurname.get(word), item)
        if (bySurnameEntity) {
          link(bySurnameEntity, item, 'surname', recency)
          break
        }

        const byGivenEntity = pick(byGiven.get(word), item)
        if (byGivenEntity) {
          link(byGivenEntity, item, 'given-name', recency)
          break
        }

        const longer = firstWords.get(word) ?? placedNames.get(word)
        const known = singles.get(word) ?? organizations.get(word) ?? aliases.get(word) ?? (longer ? organizations.get(longer) : undefined)
        if (known) {
          link(known, item, 'name', recency)
          break
        }

        // (“Mayor defends budget”: a bare title; see `titleHolders`.)
        // (Or a bare description: “Former aide testifies senator ordered …”.)
        if ((item.words.length === 1 || (item.words.length === 0 && item.mentionKind === 'description')) && (headline || doc.paragraphs[item.paragraph]?.kind === 'title')) {
          const holders = titleHolders.get(roleOfTitle(word) ?? '')
          const holder = holders?.length === 1 ? holders[0] : undefined
          if (holder) {
            link(holder, item, 'title', recency)
            break
          }
        }

        // (A word only linked, a headline’s or a lone one opening a
        // sentence, makes no one of its own, though a statement word follows:
        // “Harsh comments are earning …”, “Initial estimates put …” — only
        // an attribution that names it, which clears `linkOnly`, does.)
        if (item.linkOnly) break
        // A lone capitalised word that speaks is most likely a person; a
        // description nobody could classify stays unknown.
        const person = item.type === 'person' || (item.speaker && item.mentionKind === 'name')
        const entity = create(person ? 'person' : 'unknown')
        singles.set(word, entity)
        link(entity, item, item.mentionKind === 'description' ? 'description' : 'name', recency)
        // “A spokeswoman said … The spokeswoman said”, “One juror … The
        // juror”: the role names the person it introduced, unless someone
        // holds it already (“Judge Berman … a federal judge refused” is
        // Berman again, and so is “the judge” after).
        if (item.mentionKind === 'description' && person) {
          const role = indefiniteRole(item.key)
          if (role !== undefined && !byRole.has(role)) byRole.set(role, entity)
        }

        break
      }

      case 'organization': {
        const entity = organizations.get(item.key) ?? aliases.get(item.key)
        if (entity) link(entity, item, 'name', recency)
        break
      }

      case 'place': {
        // A place only matters when it speaks (“Russia said”).
        let entity = placesByKey.get(item.key)
        if (!entity) {
          if (!item.speaker) break
          entity = create('place')
          placesByKey.set(item.key, entity)
        }

        link(entity, item, 'name', recency)
        break
      }

      case 'group': {
        // “French said” after “District Chief Brad French”: a people’s name
        // that is the surname of the one person named so is that person.
        const bearers =
          item.mentionKind === 'name' && !item.key.includes(' ') && !/^the\s$/i.test(doc.view.slice(Math.max(0, item.start - 4), item.start)) ? bySurname.get(item.key) : undefined
        if (bearers?.length === 1) {
          link(bearers[0]!, item, 'surname', recency)
          break
        }

        let entity = groups.get(item.key) ?? describedGroup(item.key)
        if (!entity) {
          entity = create('group')
          entity.plural = true
          groups.set(item.key, entity)
          // (A noun and one modifier: “federal prosecutors”, for `describedGroup`.)
          const space = item.key.indexOf(' ')
          if (space > 0 && item.key.indexOf(' ', space + 1) < 0) {
            const noun = item.key.slice(space + 1)
            const list = groupsByNoun.get(noun)
            if (list) list.push([item.key, entity])
            else groupsByNoun.set(noun, [[item.key, entity]])
          }
        }

        link(entity, item, item.mentionKind, recency)
        break
      }

      case 'document':
        linkDocument(item, headline, recency)
        break

      case 'anonymous':
        linkAnonymous(item, recency)
        break

      case 'pronoun': {
        if (item.quoted || headline) break
        const entity = antecedent(item)
        if (entity) {
          if (entity.gender === null && (item.pronoun === 'he' || item.pronoun === 'she')) entity.gender = item.gender
          link(entity, item, 'pronoun', true)
        }

        break
      }

      case 'title':
        linkTitle(item, headline, recency)
        break

      case 'org-description':
        linkOrgDescription(item, recency)
        break
    }
  }

  // A headline’s bare title that several hold: the one of them who speaks
  // (of several who speak, the last named). None named holds it: the one
  // the body calls so, “A New York judge … The judge agreed”.
  for (const item of pendingTitles) {
    if (item.entity >= 0) continue
    const holders = titleHolders.get(item.key)
    let speaking = holders ? undefined : byRole.get(item.key)
    for (const holder of holders ?? []) if (holder.speaker) speaking = holder
    if (speaking) link(speaking, item, 'title', false)
    else if (item.speaker) link(create('person'), item, 'title', false)
  }

  relate()
  return {entities, entityOf}

  /** Pass 1 for an organization’s name: the entity of a name it shortens or abbreviates, or a new one with its aliases. */
  function addOrganization(item: Candidate): void {
    // An acronym of an organization named before (“ICBL”).
    const known = item.key.indexOf(' ') < 0 ? aliases.get(item.key) : undefined
    if (known) {
      organizations.set(item.key, known)
      return
    }

    const longer = item.key.indexOf(' ') < 0 ? (firstWords.get(item.key) ?? (shortHeads.has(item.key) ? lastWords.get(item.key) : undefined)) : undefined
    if (longer) {
      // (Created here when the short name comes first.)
      let entity = organizations.get(longer)
      if (!entity) {
        entity = create('organization')
        organizations.set(longer, entity)
      }

      organizations.set(item.key, entity)
      return
    }

    // Initials only for names of several capitalised words, to find “ICBL”
    // (and the name before a last “and …”: “Centers for Disease Control
    // and Prevention” is the “CDC”).
    let initials = ''
    let shortInitials = ''
    let countryInitials = ''
    if (item.name.indexOf(' ') > 0) {
      // (Past the country’s code: “U.S. Food and Drug Administration” is the “FDA”.)
      const country = countryPrefix.exec(item.name)
      initials = initialsOf(country ? item.name.slice(country[0].length) : item.name)
      // (Or with the code’s letters: “U.S. Department of Agriculture” is the “USDA”.)
      if (country) countryInitials = country[0].replace(/[^A-Za-z]/g, '').toLowerCase() + initials
      const and = item.name.lastIndexOf(' and ')
      if (and > 0 && item.name.indexOf(' ', and + 5) < 0) shortInitials = initialsOf(item.name.slice(0, and))
    }

    // (The acronym may come first: “CDC warns … the Centers for Disease
    // Control and Prevention said”.)
    // (Not an event, whose acronym may be a body’s: “RNC”, “the Republican
    // National Convention”.)
    const event = thingHeads.has(item.name.slice(item.name.lastIndexOf(' ') + 1).toLowerCase())
    const short = shortForms.get(item.key)
    // “Meta Platforms” is “Meta”, “Sage Therapeutics” “Sage”: a business’s
    // name and a word for its trade.
    const space = item.name.indexOf(' ')
    const trade = space > 0 && item.name.indexOf(' ', space + 1) < 0 && tradeWords.has(item.name.slice(space + 1).toLowerCase()) ? item.key.slice(0, space) : undefined
    const earlier = event
      ? undefined
      : ((initials.length > 1 ? organizations.get(initials) : undefined) ??
        (shortInitials.length > 2 ? organizations.get(shortInitials) : undefined) ??
        (short ? organizations.get(short) : undefined) ??
        (trade ? organizations.get(trade) : undefined) ??
        (countryInitials.length > 2 ? organizations.get(countryInitials) : undefined))
    if (earlier) {
      organizations.set(item.key, earlier)
      return
    }

    const entity = create('organization')
    organizations.set(item.key, entity)
    if (item.alias && !aliases.has(item.alias)) aliases.set(item.alias, entity)
    if (initials.length > 1 && !aliases.has(initials)) aliases.set(initials, entity)
    if (shortInitials.length > 2 && !aliases.has(shortInitials)) aliases.set(shortInitials, entity)
    if (short && !aliases.has(short)) aliases.set(short, entity)
    if (trade && !aliases.has(trade)) aliases.set(trade, entity)
    if (countryInitials.length > 2 && !aliases.has(countryInitials)) aliases.set(countryInitials, entity)
  }

  // The rarer candidate types are linked outside the loop over candidates:
  // kept small, `resolve` compiles faster and its hot code stays compact.

  /** A document’s description: the one it names again, or a new document. */
  function linkDocument(item: Candidate, headline: boolean, recency: boolean): void {
    let previous = documents.get(item.key)
    // “a report … a paper … the report”: a definite head names the
    // document named with that very word before, not the latest of its class.
    const head = documentHead(item.name)
    if (previous && item.definite) {
      const named = documentHeads.get(head)
      if (named && named !== previous && named.type === 'document' && compatible(named, item)) previous = named
    }

    const inTitle = headline || doc.paragraphs[item.paragraph]?.kind === 'title'
    const titled = inTitle || bodyDocuments.has(item.key) ? undefined : headlineDocuments.get(item.key)
    const dated = item.definite ? datedDocuments.get(item.key) : undefined
    let entity: Entity
    if (previous && item.definite && compatible(previous, item)) {
      entity = previous
    } else if (dated && item.modifiers.length > 0 && compatible(dated, item)) {
      // (“A 2009 report … the 2009 paper”: named again by its date.)
      entity = dated
    } else if (item.quoted && !item.speaker) {
      // A speaker’s words name no document of the article’s (“This is
      // an observational study,” he said … “the study found”).
      return
    } else if (titled && titled.plural === item.plural) {
      entity = titled
    } else {
      entity = create('document')
      entity.plural = item.plural
      // (Not one a possessive names: “Monday’s Morning Email” is a newsletter.)
      if (inTitle && !item.definite && !headlineDocuments.has(item.key) && !/['’]s\b/.test(item.name ?? '')) headlineDocuments.set(item.key, entity)
    }

    if (!inTitle) bodyDocuments.add(item.key)
    // (“In an April poll, 47 percent approved … the poll found”: a dated
    // one told of for comparison leaves “the poll” the article’s.)
    if (!previous || item.definite || entity === previous || !item.modifiers.some((modifier) => datedModifier.test(modifier))) {
      documents.set(item.key, entity)
      documentHeads.set(head, entity)
    } else {
      datedDocuments.set(item.key, entity)
    }
    for (const modifier of item.modifiers) {
      if (entity.modifiers === none) entity.modifiers = []
      if (!entity.modifiers.includes(modifier)) entity.modifiers.push(modifier)
    }
    link(entity, item, 'description', recency)
    // (The body names it better than a headline’s capitalised “Poll”.)
    if (inTitle && entity.mentions.length === 3) entity.bestScore = -1
  }

  /** An anonymous source: the one a definite description names again, or a new one. */
  function linkAnonymous(item: Candidate, recency: boolean): void {
    // (One source and several are not one another: “a source close to
    // the board” … “Two of the sources”.)
    const key = pluralHead.test(headPart(item.name)) ? item.key + ' +' : item.key
    let entity = item.definite ? anonymous.get(key) : undefined
    // “…, according to three people familiar with the matter. … the
    // sources said”: “the source(s)” names the last anonymous source(s)
    // cited, whatever their words (a headline’s “sources say” before them
    // too).
    const last = lastAnonymous[item.plural ? 1 : 0]
    if (item.definite && (key === 'source +' || key === 'source') && last && item.paragraph - last[1] <= descriptionWindow) entity = last[0]
    if (!entity) {
      if (item.definite && !item.speaker) return
      entity = create('anonymous')
      entity.plural = item.plural
      // (Not one a name in apposition replaced: “at least one official, Raphael Bostic,”.)
      entity.speaker = item.speaker || !item.linkOnly
    }

    anonymous.set(key, entity)
    lastAnonymous[entity.plural ? 1 : 0] = [entity, item.paragraph]
    link(entity, item, 'anonymous', recency)
    // (“One juror, who asked not to be named, … The juror said”: as for
    // an unnamed person in the “unknown” case.)
    if (!item.definite) {
      const role = indefiniteRole(item.key)
      if (role !== undefined && !byRole.has(role)) byRole.set(role, entity)
    }
  }

  /** A bare title: its holder, the person it last named, or a new person when it speaks. */
  function linkTitle(item: Candidate, headline: boolean, recency: boolean): void {
    let entity =
      byRole.get(item.key) ??
      placedRole(item.key, item.paragraph, item.start) ??
      (headline || doc.paragraphs[item.paragraph]?.kind === 'title' ? titleHolder(item.key, item) : undefined)
    // “President Barack Obama … Dan Gross, president of the Brady
    // Campaign, … An early tweet quoted the president”: a bare “the
    // president” is the one titled President, not the last one who
    // heads something (unless it stands right after that one’s name, as
    // their appositive).
    if (
      entity &&
      titledPresident &&
      entity !== titledPresident &&
      item.key === 'president' &&
      /^(?:the )?president$/i.test(item.name) &&
      !/^,\s*$/.test(doc.view.slice(lastMentionEnd(entity), item.start)) &&
      !entity.titles.some((title) => /^\p{Lu}/u.test(title) && roleOfTitle(title) === 'president')
    ) {
      entity = titledPresident
    }

    // “Taylor Swift has donated … The singer, 34, has not commented”: an
    // occupation a public figure is known by, for one of the last two
    // persons named who has no title of their own.
    if (!entity && fameRoles.has(item.key) && item.name.toLowerCase() === 'the ' + item.key) entity = knownFor(item)
    // (Several hold it: wait until we know which of them speak.)
    if (!entity && pendingTitles.includes(item)) return
    if (!entity && item.speaker) {
      entity = create('person')
      byRole.set(item.key, entity)
    }

    if (entity) link(entity, item, 'title', recency)
  }

  /**
   * The one person the article gives the title `role` (see
   * `titleHolders`); when several hold it, `item` waits in `pendingTitles`
   * for the one of them who speaks (“Judge blocks law” with “U.S. District
   * Judge Carlton W. Reeves”, who speaks, and “U.S. District Court Judge
   * Daniel Porter Jordan III”, who does not).
   */
  function titleHolder(role: string, item: Candidate): Entity | undefined {
    const holders = titleHolders.get(role)
    if (holders?.length === 1) return holders[0]
    // (Or, when none named holds it, for a description the body gives it.)
    if (holders || roles.has(role)) pendingTitles.push(item)
    return undefined
  }

  /**
   * A description of an organization (“the company”): the body it names, or
   * a new one when it speaks.
   */
  function linkOrgDescription(item: Candidate, recency: boolean): void {
    let entity = genericOrgDescriptions.has(item.key) ? lastOrganization : byOrgHead.get(item.key)
    // (A modifier must be the organization’s: “the appeals court” is no “Supreme Court”.)
    if (entity && !genericOrgDescriptions.has(item.key) && item.name.includes(' ') && !modifiersIn(item.name.toLowerCase(), entity.bestText)) entity = undefined
    // A head noun of the name (“the department” of “the Department of
    // Education”) names it further on than a generic description.
    const window = entity && !genericOrgDescriptions.has(item.key) ? headWindow : descriptionWindow
    // “Apple said … The company also said”: a business description names
    // the last organization when its name says nothing of what it is
    // (not “the Department of Defense”, “the Sierra Club”).
    // Only just after it, with no other name between: an article names
    // many businesses our name finder misses (“CNBC moderator Carl
    // Quintanilla asked about a maker called Mannatech. The company …”).
    if (
      !entity &&
      businessDescriptions.has(item.key) &&
      lastOrganization &&
      item.start - lastOrganization.lastAt < businessWindow &&
      describe(lastOrganization).opaque &&
      !nameBetween(doc.view, lastMentionEnd(lastOrganization), titleOwners.get(item.end) ?? item.start)
    ) {
      entity = lastOrganization
      // “Acme Foods Inc. said … Analysts surveyed by FactSet … The
      // company …”: the business that spoke (its name says it is one),
      // not one named in passing.
      // (Not one’s employer: “Analysts at Jefferies said … an analyst at
      // the firm” is Jefferies.)
      if (
        lastOrganization.lastSpokeParagraph < 0 &&
        !describe(lastOrganization).business &&
        !atBefore(item.start) &&
        speakingBusiness &&
        speakingBusiness !== lastOrganization &&
        item.paragraph - speakingBusiness.lastParagraph <= descriptionWindow
      ) {
        entity = speakingBusiness
      }
    }
    // “Apple Inc. … said … Chief Executive Tim Cook said at the company’s
    // conference”: names between, but the business that spoke is the one.
    if (
      !entity &&
      businessDescriptions.has(item.key) &&
      !item.name.includes(' ') &&
      !atBefore(item.start) &&
      speakingBusiness &&
      item.paragraph - speakingBusiness.lastParagraph <= descriptionWindow
    ) {
      entity = speakingBusiness
    }

    // “the National Highway Traffic Safety Administration … The agency
    // says”: a government body by the generic word for one.
    if (!entity && item.key === 'agency' && lastAgency && item.start - lastAgency.lastAt < agencyWindow) {
      entity = lastAgency
    }

    if (entity && item.paragraph - entity.lastParagraph > window) entity = undefined
    // “Meta said it would appeal the decision and that the Commission had
    // failed … “…,” the company said”: the business that spoke last, in
    // this paragraph or the one before, past a body named since.
    if (!entity && item.speaker && businessDescriptions.has(item.key) && speakingOpaque && item.paragraph - speakingOpaque.lastSpokeParagraph <= 1) {
      entity = speakingOpaque
    }

    // “Counterpoint Research expects … “…,” said Neil Shah, a vice
    // president at the firm”: someone’s employer is the business that
    // spoke last, when no organization was named since (“Analysts at
    // Jefferies … an analyst at the firm” is Jefferies).
    if (
      !entity &&
      !item.speaker &&
      atBefore(item.start) &&
      businessDescriptions.has(item.key) &&
      !item.name.includes(' ') &&
      speakingOpaque &&
      speakingOpaque === lastOrganization &&
      item.paragraph - speakingOpaque.lastSpokeParagraph <= 1
    ) {
      entity = speakingOpaque
    }

    // “Nvidia revenue jumps 62% … Four customers accounted for 61% of
    // sales, the company said”: a business that speaks, and that no name
    // nearby is, is the one the story is about, however far back.
    if (!entity && item.speaker && businessDescriptions.has(item.key) && headlineBusiness()) entity = headlineOrganization
    // “Energy bills will rise, Ofgem has announced. The regulator said …”:
    // a lone word that spoke just before, never named in full, with no
    // gender or title, is the body the description names.
    if (
      !entity &&
      item.speaker &&
      orgKindNouns.has(item.key) &&
      speakingLoneName &&
      item.paragraph - speakingLoneName.lastSpokeParagraph <= 1 &&
      loneName(speakingLoneName)
    ) {
      entity = speakingLoneName
      entity.type = 'organization'
    }

    // “The campaign did not respond”: an organization the article never names.
    if (!entity && item.speaker) entity = create('organization')
    if (entity) link(entity, item, 'description', recency)
  }
  /** Whether “at ” ends right before offset `start`. */
  function atBefore(start: number): boolean {
    const view = doc.view
    return start >= 4 && view.charCodeAt(start - 1) === 32 && view.charCodeAt(start - 2) === 116 /* t */ && view.charCodeAt(start - 3) === 97 /* a */ && view.charCodeAt(start - 4) === 32
  }

  /** Whether the headline’s subject is an organization that may be a business (its name says nothing of what it is: not “the Sierra Club”). */
  function headlineBusiness(): boolean {
    return headlineOrganization !== undefined && describe(headlineOrganization).opaque
  }

  function entityOf(item: Candidate): Entity | undefined {
    return item.entity < 0 ? undefined : entities[item.entity]
  }

  function create(type: EntityType): Entity {
    const entity = new EntityRecord(entities.length, type)
    entities.push(entity)
    return entity
  }

  function link(entity: Entity, item: Candidate, kind: MentionKind, recency: boolean): void {
    item.entity = entity.index
    if (kind === 'name' && entity.type === 'person') {
      nameStarts.set(item.titleStart >= 0 && item.titleStart < item.start ? item.titleStart : item.start, entity)
      nameStarts.set(item.start, entity)
      nameEnds.set(item.end, entity)
    }

    if (entity.mentions === noMentions) entity.mentions = [item.start, item.end, kind]
    else entity.mentions.push(item.start, item.end, kind)
    if (item.speaker) entity.speaker = true
    if (kind !== 'pronoun' && item.name) {
      // A role alone (“the governor said”) names its source until a name
      // comes: any name outscores it.
      const score = kind === 'title' ? -1 : nameScore(item, kind)
      if (entity.bestText === undefined || score > entity.bestScore) {
        entity.bestText = item.name
        entity.bestScore = score
        entity.bestInitial = item.initial
      }

      if (kind !== 'title' && !item.initial && (entity.midText === undefined || score > entity.midScore)) {
        entity.midText = item.name
        entity.midScore = score
      }

      if (kind === 'name' && !entity.properNames.includes(item.name)) {
        if (entity.properNames === none) entity.properNames = [item.name]
        else entity.properNames.push(item.name)
      }
    }

    for (const title of item.titles) {
      if (!hasTitle(entity.titles, title)) {
        if (entity.titles === none) entity.titles = []
        entity.titles.push(title)
      }
      const role = roleOfTitle(title)
      if (role) {
        byRole.set(role, entity)
        // (See the “title” case: the head of state keeps “the president”.)
        if (role === 'president' && /^\p{Lu}/u.test(title) && bareTitle(title) && !/\bformer\b/i.test(title)) titledPresident = entity
      }
    }

    if (item.type === 'title') byRole.set(item.key, entity)
    if (entity.party === null && item.party !== null) entity.party = item.party
    if (entity.state === null && item.state !== null) entity.state = item.state
    if (entity.gender === null && item.gender !== null && kind !== 'pronoun') entity.gender = item.gender
    // (A lone name that speaks of itself as “it”, or was founded, and that
    // no other person bears as a surname, is a body: “Acme said it would
    // close”, “Anthropic was founded in 2021” — up to its third mention.)
    if (
      item.asIt &&
      (kind === 'name' || kind === 'surname') &&
      (entity.type === 'unknown' || loneName(entity)) &&
      !bySurname.get(item.words[0] ?? '')?.some((other) => other !== entity)
    ) {
      entity.type = 'organization'
    }

    if ((item.type === 'person' || (item.speaker && kind !== 'description')) && entity.type === 'unknown') entity.type = 'person'
    // (The headline’s subject only: not “… Missing In The EgyptAir Plane Crash”.)
    if (!headlineOrganization && item.headline && kind === 'name' && entity.type === 'organization' && opensParagraph(doc, item)) headlineOrganization = entity
    if (entity.objectOnly && (entity.type !== 'group' || kind !== 'description' || !prepositionBefore(doc.view, item.start))) entity.objectOnly = false
    if (!recency) return
    entity.lastParagraph = item.paragraph
    entity.lastAt = item.start
    entity.lastEnd = item.end
    if (item.speaker) {
      entity.lastSpokeParagraph = item.paragraph
      entity.lastSpokeAt = item.start
      if (entity.gender === 'female' || entity.gender === 'male') lastSpeakerByGender.set(entity.gender, entity)
      if (entity.plural && (entity.type === 'group' || entity.type === 'anonymous')) lastPluralSpeaker = entity
    }

    // (So is one unnamed person whose gender the article gave: “Another
    // neighbor, who asked not to be identified because she …, said”.)
    if (entity.type === 'person' || entity.type === 'unknown' || (entity.type === 'anonymous' && (entity.gender === 'female' || entity.gender === 'male'))) {
      bump(recentPersons, entity)
      if (entity.gender === 'female' || entity.gender === 'male') lastByGender.set(entity.gender, entity)
    } else if (entity.plural) {
      bump(recentPlurals, entity)
    } else {
      bump(recentThings, entity)
    }

    if (item.speaker && (kind === 'name' || kind === 'surname')) speakingLoneName = loneName(entity) ? entity : undefined
    if (entity.type === 'organization') {
      lastOrganization = entity
      if (item.speaker) {
        const described = describe(entity)
        if (described.business || (item.name !== entity.bestText && businessName(item.name))) speakingBusiness = entity
        if (described.opaque) speakingOpaque = entity
      }

      // (Its mentions mostly repeat one name: its head words are worked out once per name.)
      const record = entity as EntityRecord
      if (record.headText !== item.name) {
        record.headText = item.name
        const [headKey, ofKey] = headWords(item.name)
        record.headKey = headKey
        record.ofKey = ofKey
        // (Named once as one, a government body stays one under its acronym:
        // “the U.S. Food and Drug Administration” … “the FDA’s” … “the agency”.)
        if (!record.agency && agencyName(item.name)) record.agency = true
        // (A union is seldom named for its head word: “the International
        // Association of Machinists and Aerospace Workers … the union”.)
        if (headKey !== 'union' && laborName(item.name, headKey)) byOrgHead.set('union', entity)
      }

      if (record.agency) lastAgency = entity

      const previous = byOrgHead.get(record.headKey)
      if (previous && previous !== entity) sharedHeads.add(record.headKey)
      byOrgHead.set(record.headKey, entity)
      if (record.ofKey !== '') byOrgHead.set(record.ofKey, entity)
      // “Vantora, the cloud software company, said”: the appositive says what
      // the body is, so “the company” names it further on. (Not a head
      // another body has already taken.)
      if (kind === 'name' && doc.view.charCodeAt(item.end) === 44 /* , */) {
        const head = appositiveOrgHead(doc.view, item.end)
        if (head !== undefined && !byOrgHead.has(head)) byOrgHead.set(head, entity)
      }
    }
  }

  /**
   * “the Florida senator” (key `florida senator`): the person titled with
   * that place and role (“Florida Sen. Marco Rubio”), if any; the last 500
   * entities only, so that a long article of such titles stays linear.
   */
  function placedRole(key: string, paragraph: number, before: number): Entity | undefined {
    const space = key.lastIndexOf(' ')
    if (space < 0) return undefined
    const place = key.slice(0, space)
    const role = key.slice(space + 1)
    // Failing that, the one person with the role and a title that names no
    // place (“Sen. Marco Rubio” … “the Florida senator”), mentioned lately
    // (in a long article the senator from elsewhere may go unnamed) and
    // near the place’s name (“Sen. John McCain” … “the Vermont senator” is
    // someone else).
    let unplaced: Entity | undefined
    let unplacedCount = 0
    for (let index = entities.length - 1; index >= 0 && index >= entities.length - 500; index--) {
      const entity = entities[index]!
      if (entity.type !== 'person') continue
      // The place in the title, or in the state tag (“Sen. Bernie Sanders (I-Vt.)”).
      const state = entity.state?.toLowerCase()
      const ofPlace = state !== undefined && (stateNames.get(state) ?? state) === place
      let hasRole = false
      let bare = state === undefined
      for (const title of entity.titles) {
        if (roleOfTitle(title) !== role) continue
        if (ofPlace || title.toLowerCase().includes(place)) {
          byRole.set(key, entity)
          return entity
        }

        hasRole = true
        if (!bareTitle(title)) bare = false
      }

      const placed = rolePlaces.get(entity)
      if (
        hasRole &&
        bare &&
        (placed === undefined || placed === place) &&
        paragraph - entity.lastParagraph <= descriptionWindow &&
        (placeNear(entity.firstFull) || placeNear(entity.lastAt))
      ) {
        unplaced = entity
        unplacedCount++
      }
    }

    // (Not in the description itself.)
    function placeNear(at: number): boolean {
      if (at < 0 || at >= before) return false
      return doc.view.slice(Math.max(0, at - placeReach), Math.min(before, at + placeReach)).toLowerCase().includes(place)
    }

    if (unplacedCount === 1) {
      byRole.set(key, unplaced!)
      // (Then “the Ohio senator” is someone else.)
      rolePlaces.set(unplaced!, place)
      return unplaced
    }

    return undefined
  }

  /**
   * The organization named before `from` whose name ends in the head of the
   * description at `from` and holds its modifiers (“the hurricane center”:
   * “the National Hurricane Center”), the latest created such; none when
   * the description names no body.
   */
  function describedBody(from: number): Entity | undefined {
    bodyDescription.lastIndex = from
    const match = bodyDescription.exec(doc.view)
    if (!match) return undefined
    const words = match[1]!.split(/\s/)
    const head = words.findIndex((word) => orgHeads.has(word))
    if (head < 0) return undefined
    const key = 'the ' + words.slice(0, head + 1).join(' ')
    // Latest first, in creation order (the order of first mentions); the
    // last 500 entities only, so a page of such descriptions stays linear.
    for (let index = entities.length - 1; index >= 0 && index >= entities.length - 500; index--) {
      const entity = entities[index]!
      const name = entity.bestText
      if (entity.type !== 'organization' || name === undefined || (entity.mentions[0] as number) >= from) continue
      if (!/^\p{Lu}/u.test(name) || !modifiersIn(key, name)) continue
      const [last, beforeOf] = headWords(name)
      if (last === words[head] || beforeOf === words[head]) return entity
    }

    return undefined
  }

  function antecedent(item: Candidate): Entity | undefined {
    // “it” and “they” are too often expletive or generic: only for speakers.
    if (item.pronoun === 'he' || item.pronoun === 'she') {
      for (const entity of recentPersons) {
        if (item.paragraph - entity.lastParagraph > pronounWindow || (entity.type !== 'person' && entity.type !== 'anonymous')) continue
        // (An unnamed person only of the pronoun’s gender: “an ally … she said” is no man’s.)
        if (entity.type === 'anonymous' && entity.gender !== item.gender) continue
        // “his spokesman”: not the spokesman the pronoun is part of.
        if (entity.lastAt === item.start) continue
        if (entity.bestText !== undefined && isDeity(entity.bestText)) continue
        // “Milton Berg, her husband,”: a possessive opening the appositive
        // of a name is someone else’s — and the noun after it may say the
        // gender of the name.
        if (entity.lastEnd >= 0 && appositivePossessive(doc.view, entity.lastEnd, item)) {
          if (entity.gender === null) entity.gender = kinAfter(doc.view, item.end)
          continue
        }

        // “Mel Stride accused her of …”: an object is not its own clause’s subject.
        if ((item.key === 'him' || item.key === 'her') && entity.lastEnd >= 0 && subjectOfObject(doc.view, entity.lastEnd, item)) continue
        if (entity.gender === null || entity.gender === item.gender) return continuing(item, entity) ?? entity
      }

      // A speaker (“she said”) may look further back, to the last person
      // known to have that gender.
      if (item.speaker) {
        const entity = lastByGender.get(item.gender!)
        if (entity && entity.type === 'person') return entity
      }

      return undefined
    }

    // (“its”, “their” are candidates only before a role that speaks for them: “its spokesman”.)
    if (!item.speaker && item.key !== 'its' && item.key !== 'their') return undefined
    // “they”: a group named in the plural before any organization (“a dozen
    // Carrier workers gathered at Sully’s Bar & Grill … they had loved …”).
    if (item.pronoun === 'they') {
      // (“As they say, all politics is local”: a saying’s “they” is everyone.)
      if (sayingThey(doc.view, item.start, item.end)) return undefined
      // (Not one named only after a preposition, “At rally after rally, to
      // rapturous crowds, he vows …”: a subject is more often the one meant.)
      // (Unnamed ones too, “many World Bank watchers expect …, they say”:
      // before an older group or a place.)
      for (const entity of recentPlurals) {
        if (item.paragraph - entity.lastParagraph <= pronounWindow && (entity.type === 'group' || entity.type === 'anonymous') && !entity.objectOnly) return pluralContinuing(item, entity) ?? entity
      }
    }

    // Organizations speak more often than documents or places: try them first.
    const lists = item.pronoun === 'they' ? [recentPlurals, recentThings] : [recentThings]
    // (A body last named as the source “according to” another’s statement is
    // that statement’s aside: “The company expects …, according to LSEG
    // data. It forecast …” is the company. Taken only when no other fits.)
    let aside: Entity | undefined
    for (const organizationsFirst of [true, false]) {
      for (const list of lists) {
        for (const entity of list) {
          if (item.paragraph - entity.lastParagraph > pronounWindow) continue
          if (item.pronoun === 'it' && entity.plural) continue
          if (item.pronoun === 'they' && entity.type === 'group' && entity.objectOnly) continue
          if (organizationsFirst && entity.type !== 'organization') continue
          if (organizationsFirst && entity.lastAt >= 0 && accordingToBefore(doc.view, entity.lastAt)) {
            aside ??= entity
            continue
          }

          return entity
        }
      }

      if (aside) return aside
    }

    return undefined
  }

  /**
   * ““…,” Sarandon told MSNBC when asked whether Sanders’s supporters would
   * back Clinton. “…,” she said.”: a speaker pronoun in the next paragraph
   * goes on with the last speaker of its gender rather than a person
   * mentioned only inside that speaker’s paragraph. So does one in the
   * sentence after the speaker’s, when the nearer person is named only in
   * what the speaker said (“Paul Dergarabedian … said the opening showed
   * that Caldwell remained a draw. “…,” he said.”).
   */
  function continuing(item: Candidate, nearest: Entity): Entity | undefined {
    if (!item.speaker) return undefined
    // (A speaker of known gender only: an unknown one is too often no person.)
    const speaker = lastSpeakerByGender.get(item.gender!)
    if (!speaker || speaker === nearest || speaker.type !== 'person') return undefined
    const paragraph = speaker.lastSpokeParagraph
    if (nearest.lastSpokeParagraph === paragraph) return undefined
    if (item.paragraph - paragraph === 1 && nearest.lastParagraph === paragraph) return speaker
    if (item.paragraph !== paragraph || nearest.lastParagraph !== paragraph || nearest.lastAt < speaker.lastSpokeAt) return undefined
    // (Not one introduced there by full name and an appositive, readied to
    // speak: “… sent from her friend Jan Piercy, executive vice president of
    // …. “…,” she writes.”)
    // (A relative clause tells of the one named, no role: “Muhammad Ali, who
    // died three months ago”.)
    if (nearest.firstFull === nearest.lastAt && /^, (?!who |which |whose )\p{Ll}/u.test(doc.view.slice(nearest.lastEnd, nearest.lastEnd + 8))) return undefined
    // (The nearer name in the speaker’s sentence, the pronoun in a later one;
    // a close span only, so the look stays cheap.)
    if (item.start - speaker.lastSpokeAt > 600) return undefined
    // (The document’s sentences, whose splitter knows abbreviations: “Mr.
    // Trump said his friendship with Mr. Clinton …” is one sentence.)
    const spoke = sentenceAt(doc, speaker.lastSpokeAt)
    const named = sentenceAt(doc, nearest.lastAt)
    if (spoke !== named) return undefined
    if (named !== sentenceAt(doc, item.start)) return speaker
    // (In the same sentence, a clause that “and” or “but” joins on goes on
    // with its speaker, not with a name in what was said: “Ryan is
    // acknowledging that Trump owns the party’s big top — but he wants …”.)
    return coordinatedPronoun.test(doc.view.slice(Math.max(0, item.start - 24), item.start)) ? speaker : undefined
  }

  /**
   * “The GOP contenders agree that decisions … should be left to states or
   * local school districts. They denounced …”: a speaking “they” in the
   * speaker’s paragraph goes on with the last plural that spoke rather than
   * a plural named only in what it said.
   */
  function pluralContinuing(item: Candidate, nearest: Entity): Entity | undefined {
    const speaker = lastPluralSpeaker
    if (!item.speaker || !speaker || speaker === nearest || speaker.objectOnly) return undefined
    if (speaker.lastSpokeParagraph !== item.paragraph || nearest.lastParagraph !== item.paragraph) return undefined
    if (nearest.lastSpokeAt > speaker.lastSpokeAt || nearest.lastAt < speaker.lastSpokeAt || item.start - speaker.lastSpokeAt > 600) return undefined
    // (Not the subject that opens the pronoun’s own sentence: “Activist
    // teachers have gained clout as they loudly pushed …”, “But progressive
    // organizations that have endorsed him say they believe …”.)
    const sentence = sentenceAt(doc, item.start)
    if (sentence !== -1 && sentence === sentenceAt(doc, nearest.lastAt)) {
      const start = doc.sentences[sentence]!.start
      if (nearest.lastAt - start < 12 && sentenceOpener.test(doc.view.slice(start, nearest.lastAt))) return undefined
    }

    return speaker
  }

  /** The one person named before by a longer name that ends in `words`. */
  function fullerName(words: string[]): Entity | undefined {
    const bearers = bySurname.get(words[words.length - 1]!)
    if (!bearers) return undefined
    let found: Entity | undefined
    for (const entity of bearers) {
      const full = fullWords.get(entity)
      if (!full || full.length <= words.length) continue
      let same = true
      for (let index = 1; index <= words.length && same; index++) same = full[full.length - index] === words[words.length - index]
      if (!same) continue
      if (found) return undefined
      found = entity
    }

    return found
  }

  function surnameEntity(item: Candidate): Entity | undefined {
    // A headline or sentence-initial name that is not in the index as a whole.
    if (!(item.linkOnly && !item.speaker)) {
      const entity = create('person')
      entity.firstFull = item.start
      persons.set(personKeyOf(item), entity)
      push(bySurname, item.words[item.words.length - 1]!, entity)
      push(byGiven, bareWord(item.words[0]!), entity)
      return entity
    }

    return pick(bySurname.get(item.words[item.words.length - 1]!), item)
  }

  /** Affiliations, signers and authors, found from the candidates’ ranges. */
  function relate(): void {
    /** Organizations by the last word of their names, built by `bodyEndingIn` when first needed. */
    let bodiesByLastWord: Map<string, Entity | null> | undefined
    for (let index = 0; index < candidates.length; index++) {
      const item = candidates[index]!
      const entity = entityOf(item)
      if (!entity) continue

      if (item.affiliationRange) {
        const [from, to] = item.affiliationRange
        for (let next = index + 1; next < candidates.length && candidates[next]!.start < to; next++) {
          const target = candidates[next]!
          if (target.start < from) continue
          if (target.type === 'place') {
            // “Sen. Rand Paul of Kentucky”, “House Minority Leader Hakeem
            // Jeffries of New York”: a lawmaker’s state, no affiliation.
            if (entity.state === null && item.titles.length > 0 && politicalTitle.test(item.titles[0]!) && usStates.has(target.name.toLowerCase())) {
              entity.state = target.name
            } else if (entity.state === null && item.affiliationType === 'affiliation' && entity.affiliationText === null) {
              entity.affiliationText = target.name
            }

            break
          }

          // (“director of the foreign policy program at the Brookings
          // Institution”: “policy” modifies the program, it names no body.)
          if (target.type === 'document') continue
          const organization = entityOf(target)
          if (!organization || organization === entity) continue

          // (“a spokeswoman for the department”: a body named before.)
          if (target.type === 'org-description' && organization.type === 'organization') {
            entity.affiliation ??= organization
            break
          }

          if (target.type !== 'organization' && target.type !== 'unknown' && target.type !== 'person') break
          if (item.affiliationNamed && organization.type !== 'organization') break
          // (“vice chairwoman of Hillary Clinton’s campaign”: a person’s
          // campaign, no body of that name; “pastor of Coralville’s Solid
          // Rock Christian Church”: the body is the name after.)
          if (target.type !== 'organization' && possessiveOf(doc.view, target.end)) break
          if (target.type !== 'organization' && /^[’']s?\s+\p{Lu}/u.test(doc.view.slice(target.end, target.end + 5))) continue
          // (“a senior adviser for Mr. Trump”: one works for a person, who
          // stays one, and is spoken for by an aide.)
          if (organization.type === 'person' && (organization.gender === 'male' || organization.gender === 'female')) {
            if (representatives.has(lastWord(item.titles[0] ?? ''))) addRelation(entity, 'represents', organization)
            break
          }

          if (organization.type === 'unknown' || (organization.type === 'person' && organization.titles.length === 0)) {
            organization.type = 'organization'
            organization.gender = 'neuter'
          }

          if (organization.type === 'organization' && !entity.affiliation) {
            entity.affiliation = organization
            entity.affiliationType = item.affiliationType
          }

          break
        }

        // “Michael Brennan, director of the hurricane center,”: a body named
        // before by its head word (“the National Hurricane Center”).
        if (!entity.affiliation && item.affiliationType === 'affiliation') {
          const body = describedBody(from)
          if (body && body !== entity) entity.affiliation = body
        }
      }

      // “Mary Barra, General Motors’ CEO,”: the owner is the affiliation when
      // it is an organization (not “Hope Hicks, Trump’s spokeswoman,”, who
      // speaks for him). (Or a body before the person: “A Pentagon
      // spokesman, John Kirby,”.)
      if (item.ownerEnd >= 0 && !entity.affiliation) {
        const ownerEntity = ownerOf(index, item.ownerEnd)
        if (ownerEntity && ownerEntity !== entity) {
          if (ownerEntity.type === 'organization') entity.affiliation = ownerEntity
          else if (ownerEntity.type === 'person' && representatives.has(lastWord(item.titles[0] ?? ''))) addRelation(entity, 'represents', ownerEntity)
        }
      }

      // “SEC Chair Gary Gensler”, “FBI Director Christopher Wray”: a body’s
      // acronym inside the title, when the article names that body.
      if (item.type === 'person' && !entity.affiliation && item.titles.length > 0) {
        const acronym = acronymOpening(item.titles[0]!) ? titleAcronym.exec(item.titles[0]!) : null
        const body = acronym ? bodyNamed(acronym[1]!) : undefined
        if (body && body !== entity) entity.affiliation = body
      }

      // “Pentagon officials”, “Boeing executives”, “WHO officials”: a group
      // named by the body its members belong to, when the article names it.
      if (item.type === 'group' && !entity.affiliation) {
        const space = item.name.indexOf(' ')
        const body = space > 0 && /^\p{Lu}/u.test(item.name) ? bodyNamed(item.name.slice(0, space)) : undefined
        if (body && body !== entity) entity.affiliation = body
      }

      // “Human Rights Watch’s Sarah Yager”, “Pentagon spokesman John Kirby”.
      if ((item.type === 'person' || item.type === 'unknown') && !entity.affiliation) {
        const before = endingBefore(index, item.titleStart)
        const organization = before ? entityOf(before) : undefined
        // (Or a lone name the article makes a body elsewhere: “the energy
        // regulator Ofgem” … “Ofgem chief executive Jonathan Brearley”.)
        if (
          organization &&
          organization.type === 'organization' &&
          (before!.type === 'organization' || (before!.type === 'unknown' && organization !== entity && item.titles.length > 0 && item.titleStart - before!.end <= 2))
        ) {
          entity.affiliation = organization
        } else if (
          // “Harvard economist Jason Furman”: a bare word that names no one
          // else before a role held in an institution is that institution
          // (not “Obama adviser David Axelrod”: advisers serve people).
          organization &&
          organization !== entity &&
          organization.type === 'unknown' &&
          before!.type === 'unknown' &&
          before!.words.length === 1 &&
          !before!.linkOnly &&
          item.titles.length > 0 &&
          item.titleStart - before!.end <= 2 &&
          institutionRoles.has(lastWord(item.titles[0]!))
        ) {
          // (A body the article names in full is the one: “The Buffalo Bills
          // said …” before “Bills coach Sean McDermott”.)
          const named = bodyNamed(before!.key) ?? bodyEndingIn(before!.key)
          if (named && named !== entity) {
            entity.affiliation = named
          } else {
            organization.type = 'organization'
            organization.gender = 'neuter'
            entity.affiliation = organization
          }
        }
      }

      // “Perplexity Chief Executive Aravind Srinivas”: a body the article
      // names, at the head of the title.
      if (item.type === 'person' && !entity.affiliation && item.titles.length > 0) {
        const words = item.titles[0]!.split(' ')
        for (let size = Math.min(2, words.length - 1); size >= 1 && !entity.affiliation; size--) {
          // (The whole body before the title’s own words: not “Boca” of “Boca
          // Raton lawyer”, “Cleveland” of “Cleveland Police Chief”.)
          const after = words[size]!.toLowerCase()
          if (!roles.has(after) && !titleModifiers.has(after)) continue
          const lead = words.slice(0, size)
          const key = lead.join(' ').toLowerCase()
          if (!lead.every((word) => /^\p{Lu}/u.test(word) && !tenureWords.has(word.toLowerCase()))) continue
          // (Not a kind of body, a place or a country’s initials: “School
          // board member”, “South Carolina Rep.”, “U.S. Attorney General”.)
          // (But a body’s kind is the body of that kind the article names:
          // “Council President Anita Brooks” after “The Springfield City
          // Council voted”.)
          // (Not “House”: the White House is one too.)
          if (size === 1 && orgHeads.has(key) && /^\p{Lu}/u.test(lead[0]!)) {
            const body = key === 'house' || sharedHeads.has(key) ? undefined : byOrgHead.get(key)
            // (A name of its own, not the title’s word: “School board member”.)
            if (body && body !== entity && body.type === 'organization' && body.bestText?.includes(' ')) entity.affiliation = body
            continue
          }

          if (places.has(key) || (size === 1 && (orgHeads.has(key) || key.endsWith('.')))) continue
          // (Or a longer name it opens: “Perplexity” of “Perplexity AI”.)
          const longer = size === 1 ? firstWords.get(key) : undefined
          const named = bodyNamed(key)
          const body = named ?? (longer ? bodyNamed(longer) : undefined)
          const own = words.slice(size).join(' ')
          if (body && body !== entity) {
            entity.affiliation = body
            // (The title is the role, the body its affiliation: “press
            // secretary” of “White House press secretary”, as “spokesman” of
            // “Pentagon spokesman”; not when the words open a longer name,
            // “Teamsters Local 727 President”.)
            if (named) retitle(entity, item.titles[0]!, own)
          } else if (!body && entity.affiliationText === null && executiveTitle.test(own)) {
            // (Named nowhere else, an executive's company is the name all the
            // same: “Merck CEO Robert Davis”.)
            entity.affiliationText = lead.join(' ')
            retitle(entity, item.titles[0]!, own)
          }
        }
      }

      // “Chief Executive Jensen Huang said” in a story whose headline is
      // about Nvidia: an executive of no body named is the business’s.
      if (
        item.type === 'person' &&
        !entity.affiliation &&
        item.titles.length > 0 &&
        executiveTitle.test(item.titles[0]!) &&
        headlineBusiness() &&
        headlineOrganization !== entity
      ) {
        entity.affiliation = headlineOrganization!
      }

      if (item.type === 'document') {
        if (item.agentAt >= 0) {
          const agent = startingAt(index, item.agentAt)
          const agentEntity = agent ? entityOf(agent) : undefined
          if (agentEntity && agentEntity !== entity) addRelation(entity, item.agentType, agentEntity)
        }

        if (item.possessorEnd >= 0) {
          const possessorEntity = ownerOf(index, item.possessorEnd)
          if (possessorEntity && possessorEntity !== entity) {
            addRelation(entity, 'author', possessorEntity)
          }
        }
      } else if (item.type === 'group' && studyAuthors.has(item.key.startsWith('the ') ? item.key.slice(4) : item.key) && /^the\s|\bthe\s$/i.test(doc.view.slice(Math.max(0, item.start - 4), item.start + 4))) {
        // “A study published Wednesday found … “…,” the authors wrote”: the
        // last study or report before, within a few paragraphs, is theirs.
        for (let back = index - 1; back >= 0 && index - back <= 60; back--) {
          const before = candidates[back]!
          if (item.paragraph - before.paragraph > 3) break
          if (before.type !== 'document') continue
          const document = entityOf(before)
          if (before.key === 'report' && document && !document.relations.some((relation) => relation.type === 'author')) addRelation(document, 'author', entity)
          break
        }
      } else if (item.possessorEnd >= 0 && item.speaker) {
        // “his spokesman said”: set by `linkTargets` for roles that speak for their owner.
        const possessorEntity = ownerOf(index, item.possessorEnd)
        if (possessorEntity && possessorEntity !== entity) addRelation(entity, 'represents', possessorEntity)
      }
    }

    /** The linked candidate before `index` that ends right before `start` (possibly with `’s`). */
    function endingBefore(index: number, start: number): Candidate | undefined {
      for (let item = index - 1; item >= 0 && index - item <= 3; item--) {
        const found = candidates[item]!
        if (found.end > start || found.entity < 0) continue
        const gap = start - found.end
        if (gap >= 1 && gap <= 4 && /^(?:[’']s)?\s{1,2}$/.test(doc.view.slice(found.end, start))) return found
        return undefined
      }

      return undefined
    }

    /**
     * The linked candidate near `index` that ends at `end`: an owner before
     * the mention (“Hegseth’s memo”, “Trump’s spokeswoman, Hope Hicks,”), or
     * starting where it does and so sorted either side of it (“his
     * spokesman”), or after it (“Mary Barra, General Motors’ CEO”).
     */
    function endingAt(index: number, end: number): Candidate | undefined {
      for (let item = Math.max(0, index - 4); item < candidates.length && item <= index + 4; item++) {
        const found = candidates[item]!
        if (item !== index && found.end === end && found.entity >= 0) return found
      }

      return undefined
    }

    /** The entity of the owner ending at `end` near `index` (see `endingAt`); a place owns nothing. */
    /**
     * The organization a word names by its name or acronym in this article
     * (“SEC”, “Boeing”), if any; never a party’s nickname (“GOP Sen. John
     * McCain”, “GOP voters” have a party, as “Republican Sen.” has).
     */
    /** The one organization whose name ends in `word` (“Buffalo Bills” for “bills”). */
    function bodyEndingIn(word: string): Entity | undefined {
      // (Indexed once, on first use: names are all known by now.)
      if (!bodiesByLastWord) {
        bodiesByLastWord = new Map()
        for (const [key, body] of organizations) {
          const space = key.lastIndexOf(' ')
          if (space < 0 || body.type !== 'organization') continue
          const last = key.slice(space + 1)
          const known = bodiesByLastWord.get(last)
          // (Two bodies of that word: neither is the one.)
          bodiesByLastWord.set(last, known === undefined || known === body ? body : null)
        }
      }

      return bodiesByLastWord.get(word) ?? undefined
    }

    function bodyNamed(word: string): Entity | undefined {
      const key = word.toLowerCase()
      if (partyNicknames.has(key)) return undefined
      const body = organizations.get(key) ?? aliases.get(key)
      return body && body.type === 'organization' ? body : undefined
    }

    function ownerOf(index: number, end: number): Entity | undefined {
      const owner = endingAt(index, end)
      return owner && owner.type !== 'place' ? entityOf(owner) : undefined
    }

    /** The linked candidate after `index` whose title or words start at `start`. */
    function startingAt(index: number, start: number): Candidate | undefined {
      for (let item = index + 1; item < candidates.length && candidates[item]!.titleStart <= start + 1; item++) {
        const found = candidates[item]!
        if ((found.titleStart === start || found.start === start) && found.entity >= 0) return found
      }

      return undefined
    }
  }
}

/** Replace a title of an entity by its role alone (“Merck CEO” → “CEO”), once; drop it when the role is a title already. */
function retitle(entity: Entity, title: string, role: string): void {
  const at = entity.titles.indexOf(title)
  if (at === -1) return
  if (entity.titles.includes(role)) entity.titles.splice(at, 1)
  else entity.titles[at] = role
}

/** A party’s nickname, which is no body a person or group is affiliated with (“GOP Sen. John McCain”). */
const partyNicknames = new Set(['gop'])

/** An acronym that opens a title and a role after it (“SEC Chair”, “FBI Director”). */
const titleAcronym = /^(\p{Lu}{2,6}) \p{L}/u

/** Whether {@link titleAcronym} may match: neither of the first two characters is ASCII other than a capital (most titles fail here, without the pattern). */
function acronymOpening(title: string): boolean {
  const first = title.charCodeAt(0)
  const second = title.charCodeAt(1)
  return !(first < 128 && (first < 65 || first > 90)) && !(second < 128 && (second < 65 || second > 90))
}

/** Whether `item` is a possessive pronoun right after `, ` that follows a mention ending at `end`. */
function appositivePossessive(view: string, end: number, item: Candidate): boolean {
  return (
    item.start - end === 2 &&
    view.charCodeAt(end) === 44 /* , */ &&
    view.charCodeAt(end + 1) === 32 &&
    possessivePronouns.has(item.key)
  )
}

/**
 * Whether the mention ending at `end` is the subject of the verb whose
 * object `item` (“him”, “her”) is: one to three lowercase words between them
 * (“accused”, “has repeatedly attacked”), and “her” no possessive (“defended
 * her record” is her own), so followed by a preposition, a conjunction or
 * punctuation.
 */
function subjectOfObject(view: string, end: number, item: Candidate): boolean {
  if (item.start <= end || item.start - end > 40) return false
  const between = view.slice(end, item.start)
  if (!verbGroup.test(between)) return false
  // One verb, after auxiliaries and adverbs only: past a second verb the
  // pronoun is in another clause (“what he said frightens him”, “Seeing his
  // brother suffering led him”), past an infinitive another’s object
  // (“called Brafman to thank him”).
  const words = between.trim().split(/\s+/)
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index]!
    if (!((auxiliaries.has(word) && word !== 'to' && word !== 'going') || (word.endsWith('ly') && word.length > 4))) return false
  }
  if (item.key === 'him') return true
  afterObject.lastIndex = item.end
  return afterObject.test(view)
}

// One to three lowercase words, nothing else (at most 40 characters are tested).
const verbGroup = /^(?:[ \t]{1,3}\p{Ll}[\p{Ll}’'-]*){1,3}[ \t]{1,3}$/u
const afterObject = /\s*(?:[,.;:!?)—–]|$|(?:of|to|for|with|about|in|on|at|from|as|that|into|over|after|before|and|or|but|by)\b)/y

/**
 * The lowercase head words a body’s name is found by: its last word, and
 * the word before “of” or “for”, or `''` (“the Department of Education …
 * the department”; “the Texas Department of State Health Services”).
 */
function headWords(name: string): [string, string] {
  let of = name.indexOf(' of ')
  // (Or before “for”: “the Institute for Fiscal Studies … the institute”, “the Center for American Progress”.)
  if (of < 0) of = name.indexOf(' for ')
  return [name.slice(name.lastIndexOf(' ') + 1).toLowerCase(), of > 0 ? name.slice(name.lastIndexOf(' ', of - 1) + 1, of).toLowerCase() : '']
}

// “the hurricane center”, “the state health department”: up to four lowercase words, the head among them.
const bodyDescription = /the\s(\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*){0,3})/uy

/** A description whose head is plural (“the sources”, “people”), by its spelling. */
const pluralHead = /(?:[^s’']s|people|men)$/i

/** A description up to its head: without what follows the head (“people *familiar with her thinking*”). */
function headPart(name: string): string {
  const match = postmodifier.exec(name)
  return match ? name.slice(0, match.index) : name
}

const postmodifier = /\s(?:familiar|close|with|who|that|in|at|of|from|for|to|on|knowledgeable|involved|briefed|aware)\b/

/** Lowercase last word of a title. */
function lastWord(title: string): string {
  return title.slice(title.lastIndexOf(' ') + 1).toLowerCase()
}

/** Characters from the last mention of an organization within which “the company” may name it. */
const businessWindow = 300

/** Characters after a government body within which “the agency” names it (it speaks on for a paragraph or two). */
const agencyWindow = 600

/** End of the last mention of `entity`. */
/** Whether an entity is a person only by default: one word, never in full, no gender, no title, few mentions (“Ofgem”). */
function loneName(entity: Entity): boolean {
  return (
    (entity.type === 'unknown' || entity.type === 'person') &&
    entity.firstFull === noOffset &&
    entity.gender === null &&
    entity.titles.length === 0 &&
    entity.mentions.length <= 9 &&
    entity.bestText !== undefined &&
    !entity.bestText.includes(' ')
  )
}

function lastMentionEnd(entity: Entity): number {
  const mentions = entity.mentions
  return mentions.length >= 3 ? (mentions[mentions.length - 2] as number) : entity.lastAt
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Whether `view[from..to)` has a capitalised word that does not start a sentence. */
function nameBetween(view: string, from: number, to: number): boolean {
  // The word before `from` ends the organization's name: no sentence start.
  let previous = 'x'
  let inWord = false
  for (let index = from; index < to; index++) {
    const char = view.charCodeAt(index)
    const letter = (char >= 65 && char <= 90) || (char >= 97 && char <= 122)
    if (letter && !inWord && char <= 90 && !'.!?:“"\n'.includes(previous)) {
      // (Not a day or month, nor a common noun in capitals: “on Monday”, “its PC division”.)
      let wordEnd = index + 1
      while (wordEnd < to && isAsciiLetter(view.charCodeAt(wordEnd))) wordEnd++
      const found = view.slice(index, wordEnd)
      const lower = found.toLowerCase()
      if (!(calendar.has(lower) || calendar.has(lower + '.')) && !(commonAcronyms.has(lower) && found === found.toUpperCase())) return true
    }

    // (A digit joins a word too: “its 777X jetliner” names a model, not a body.)
    inWord = letter || (char >= 48 && char <= 57) || char === 39 || char === 0x2019 || char === 45
    if (char !== 32 && char !== 0xa0) previous = view[index]!
  }

  return false
}

/**
 * What an entity’s best name says of it ({@link opaqueName},
 * {@link businessName}), worked out once per name: asked at every mention
 * of an organization that speaks.
 */
function describe(entity: Entity): EntityRecord {
  const record = entity as EntityRecord
  if (record.describedText !== record.bestText || record.describedText === undefined) {
    record.describedText = record.bestText
    record.opaque = opaqueName(record.bestText)
    record.business = businessName(record.bestText)
  }

  return record
}

/**
 * Whether an organization’s name says nothing of what it is but a business
 * (“Apple”, “Goldman Sachs”, “Acme Inc.”): no head word of another kind of
 * body (“Sierra Club”, “Department of Defense”).
 */
function opaqueName(name: string | undefined): boolean {
  if (name === undefined) return false
  const lower = name.toLowerCase()
  if (publicBodies.has(lower)) return false
  for (const word of lower.split(' ')) {
    if ((orgHeads.has(word) || orgDescriptions.has(word)) && !businessHeads.has(word)) return false
  }

  return true
}

/** Titles of lawmakers and governors, whose “of Kentucky” is their state. */
const politicalTitle = /\b(?:sen|sens|senator|rep|reps|representative|congressman|congresswoman|gov|governor|leader|speaker|whip|lawmaker|delegate)\b/i

/**
 * Whether a name is a deity’s (“God”). Its length first: a name that
 * lowercases to an ASCII word has that word’s length, and most are longer,
 * so few names are lowercased (a fresh string each time) to be looked up.
 */
function isDeity(name: string): boolean {
  return name.length >= deityLengths[0] && name.length <= deityLengths[1] && deities.has(name.toLowerCase())
}

/** Shortest and longest deity names. */
const deityLengths = [...deities].reduce<[number, number]>(([low, high], item) => [Math.min(low, item.length), Math.max(high, item.length)], [Number.POSITIVE_INFINITY, 0])

/** Groups that wrote the study or report an article discusses (“the authors wrote”). */
const studyAuthors = new Set(['authors', 'researchers', 'study authors', 'scientists'])

/**
 * Heads a body is named again by, alone and capitalized (“the Commission”,
 * “the Department”); not “House”, “Party”, “Post”, which name others too.
 */
const shortHeads = new Set(['commission', 'committee', 'department', 'ministry', 'agency', 'court', 'council', 'bureau', 'board', 'authority', 'institute', 'foundation', 'tribunal'])

/**
 * Groups whose modifier picks out a part (“black voters”, “likely voters”,
 * “member nations”, “nearly half”): the bare plural is everyone.
 */
const populations = new Set([
  'voters', 'people', 'americans', 'residents', 'citizens', 'members', 'states', 'countries', 'nations', 'polls', 'viewers',
  'women', 'men', 'adults', 'students', 'workers', 'families', 'democrats', 'republicans', 'independents', 'half', 'third', 'quarter', 'majority'
])

/** A participle before a group’s noun (“cheering supporters”, “hoping voters”): often a clause’s verb, not the group’s description. */
const participle = /(?:ing|ed)$/

/** Occupations public figures are described by in place of their name (“the singer”); not “the director”, “the author”, more often someone else. */
const fameRoles = new Set(['singer', 'actress', 'rapper', 'comedian', 'musician', 'songwriter'])

/** Modifiers the demonyms list for names (“Federal Reserve”) that describe groups in lowercase (“federal prosecutors”). */
const commonModifiers = new Set(['federal', 'national', 'global', 'western', 'eastern', 'northern', 'southern'])

/** Words of a title that say when it was held (“Former House speaker”), no body’s name. */
const tenureWords = new Set(['former', 'then', 'ex', 'acting', 'interim', 'outgoing', 'incoming', 'retired', 'late', 'longtime', 'onetime'])

/** Titles of a business’s executives (“Chief Executive”, “CFO”, “chief operating officer”). */
const executiveTitle = /\b(?:chief (?:executive|financial|operating|technology|marketing|commercial|product|information|revenue)(?: officer)?|ceo|cfo|coo|cto|general counsel)\b/i

/**
 * Public bodies and places that stand for an institution, known by a name
 * that says nothing of what they are: no business (“EU fines Meta … the
 * company said”, “above Wall Street estimates … The company expects”).
 */
const publicBodies = new Set([
  'eu', 'un', 'u.n.', 'nato', 'opec', 'imf', 'who', 'wto', 'congress', 'parliament', 'pentagon', 'kremlin', 'fbi', 'cia', 'nsa', 'irs',
  'fda', 'cdc', 'epa', 'sec', 'ftc', 'fcc', 'faa', 'nasa', 'noaa', 'fema', 'interpol', 'europol',
  'wall street', 'main street', 'capitol hill', 'white house', 'downing street', 'whitehall', 'silicon valley', 'hollywood', 'broadway'
])

/** Whether every word of a description but its head is in a name (“the transit authority” in “Metro Transit Authority”). */
function modifiersIn(key: string, name: string | undefined): boolean {
  if (name === undefined) return false
  const words = key.split(' ')
  const lower = name.toLowerCase()
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index]!
    if (word !== 'the' && !lower.includes(word)) return false
  }

  return true
}

/** Whether an organization’s name ends in a government body’s head (“… Safety *Administration*”, “… Protection *Agency*”). */
function agencyName(name: string | undefined): boolean {
  if (name === undefined) return false
  const last = name.slice(name.lastIndexOf(' ') + 1)
  // (Capitalized: “the Clinton administration” is no agency.)
  if (/^\p{Lu}/u.test(last) && governmentHeads.has(last.toLowerCase())) return true
  // Or the head before what it is for: “Centers for Disease Control and
  // Prevention”, “National Institutes of Health”.
  // (The pattern only when the name has “ of ” or “ for ”, which it needs.)
  if (!name.includes(' of ') && !name.includes(' for ')) return false
  const head = agencyHead.exec(name)
  return head !== null && governmentHeads.has(head[1]!.toLowerCase())
}

/** Words of a union’s name: whom it organizes, or what it is (“United Auto Workers”, “Writers Guild of America”). */
const laborWords = new Set(['workers', 'employees', 'teamsters', 'machinists', 'nurses', 'teachers', 'steelworkers', 'autoworkers', 'electricians', 'carpenters', 'longshoremen', 'firefighters', 'guild', 'brotherhood', 'afl-cio'])

/** Whether an organization’s name says it is a union (not a party: “Workers’ Party”). */
function laborName(name: string, head: string): boolean {
  if (head === 'party' || name.length > 120) return false
  let start = 0
  for (;;) {
    const space = name.indexOf(' ', start)
    const end = space < 0 ? name.length : space
    // (Capitalized words only: “the company’s workers” name no union.)
    if (end - start > 4 && startsUpper(name, start) && laborWords.has(name.slice(start, end).toLowerCase())) return true
    if (space < 0) return false
    start = space + 1
  }
}

const upperLetter = /\p{Lu}/u

/** Whether `text` from `index` on starts with an uppercase letter (as `/^\p{Lu}/u` reads a slice from there, astral letters too). */
function startsUpper(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 65 && code <= 90
  return index < text.length && upperLetter.test(String.fromCodePoint(text.codePointAt(index)!))
}

/** A capitalized word before “for” or “of”, and the words before it (bounded: no backtracking). */
const agencyHead = /^(?:\p{Lu}[\p{L}.]{0,20} ){0,3}?(\p{Lu}\p{Ll}{1,20}) (?:for|of) /u

/** Whether an organization’s name says it is a business (“Acme Foods Inc.”, “Ford Motor Co.”). */
function businessName(name: string | undefined): boolean {
  if (name === undefined) return false
  for (const word of name.toLowerCase().split(' ')) if (businessSuffixes.has(word)) return true
  return false
}

/** Words only a business’s name has (not “Group”: “the Aspen Institute Homeland Security Group”). */
const businessSuffixes = new Set(['company', 'corp.', 'corp', 'corporation', 'inc.', 'inc', 'incorporated', 'co.', 'ltd.', 'ltd', 'llc', 'plc', 'holdings'])

/** Head words of {@link orgHeads} that name a business. */
/** Words for a business’s trade after its name (“Meta *Platforms*”, “Sage *Therapeutics*”), which the name alone stands for. */
const tradeWords = new Set([
  'platforms', 'therapeutics', 'pharmaceuticals', 'technologies', 'holdings', 'inc.', 'inc', 'corp.', 'corp', 'motors', 'airlines',
  'robotics', 'biosciences', 'semiconductor', 'communications', 'entertainment', 'brands', 'energy'
])

const businessHeads = new Set([
  'company', 'companies', 'firm', 'corp.', 'corp', 'corporation', 'inc.', 'inc', 'incorporated', 'co.', 'ltd.', 'ltd', 'llc',
  'plc', 'group', 'holdings', 'industries', 'enterprises', 'systems', 'technologies', 'labs', 'partners', 'services', 'logistics'
])

function addRelation(entity: Entity, type: RelationType, target: Entity): void {
  if (!entity.relations.some((relation) => relation.type === type && relation.entity === target)) {
    if (entity.relations === noRelations) entity.relations = []
    entity.relations.push({type, entity: target})
  }
}

/** Openers of a description that introduces someone (“*a* spokeswoman”, “*one* juror”). */
const introducers = new Set(['a', 'an', 'one', 'another'])

/** The role of a description that introduces someone by it, with one modifier at most (“a spokeswoman”, “one retired juror”), else undefined. */
function indefiniteRole(key: string): string | undefined {
  const space = key.indexOf(' ')
  if (space < 0 || !introducers.has(key.slice(0, space))) return undefined
  const last = key.lastIndexOf(' ')
  const middle = last > space ? key.slice(space + 1, last) : undefined
  if (middle !== undefined && middle.includes(' ')) return undefined
  const role = key.slice(last + 1)
  return roles.has(role) ? roleKey(role, middle) : undefined
}

/** Given name and surname of a person candidate (made once: both passes ask). */
function personKeyOf(item: Candidate): string {
  if (item.personKey === '') item.personKey = bareWord(item.words[0]!) + ' ' + item.words[item.words.length - 1]!
  return item.personKey
}

/** A word without its final period (“j.” → “j”). */
function bareWord(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word
}

function push(map: Map<string, Entity[]>, key: string, entity: Entity): void {
  const list = map.get(key)
  if (list) list.push(entity)
  else map.set(key, [entity])
}

/**
 * The person a surname or given name refers to, among those with it: one
 * named in full earlier in the same paragraph (“Bill Clinton … Clinton
 * said”), else the one mentioned most so far (in a 2016 campaign story the
 * bare “Clinton” is Hillary Clinton even after a mention of Bill Clinton),
 * else the first one named.
 */
function pick(list: Entity[] | undefined, item: Candidate): Entity | undefined {
  if (!list) return undefined
  if (list.length === 1) return list[0]
  let recent: Entity | undefined
  let main: Entity | undefined
  for (const entity of list) {
    if (entity.firstFull > item.start) continue
    // “Mrs. Clinton” is not Bill Clinton, whichever was named last.
    if (item.gender !== null && entity.gender !== null && item.gender !== entity.gender) continue
    if (entity.lastFullParagraph === item.paragraph && (!recent || entity.lastFullAt > recent.lastFullAt)) recent = entity
    if (!main || entity.mentions.length > main.mentions.length) main = entity
  }

  return recent ?? main ?? list[0]
}

function bump(list: Entity[], entity: Entity): void {
  let index = list.indexOf(entity)
  if (index === 0) return
  // Shift in place (`splice` allocates); a new entry pushes out the oldest.
  if (index < 0) {
    index = list.length
    if (index === recentSize) index--
    else list.push(entity)
  }

  for (let at = index; at > 0; at--) list[at] = list[at - 1]!
  list[0] = entity
}

/** Whether a title says no more than its role (“Sen.”, “former senator”, “U.S. Rep.”): no place, body or party. */
function bareTitle(title: string): boolean {
  for (const word of title.toLowerCase().split(' ')) {
    if (!roles.has(word) && !bareTitleWords.has(word)) return false
  }

  return true
}

const bareTitleWords = new Set(['former', 'then', 'u.s.', 'us', 'current', 'sitting', 'longtime', 'veteran', 'junior', 'senior', 'freshman', 'retiring', 'outgoing'])

/** Role of a title (“Former senator” → senator, “Sen.” → senator). */
function roleOfTitle(title: string): string | undefined {
  let role = titleRoles.get(title)
  if (role === undefined) {
    role = ''
    const words = title.toLowerCase().split(' ')
    for (let index = words.length - 1; index >= 0 && !role; index--) {
      if (roles.has(words[index]!)) role = roleKey(words[index]!, words[index - 1])
    }

    // Titles come from articles: keep the memo small.
    if (titleRoles.size > 4096) titleRoles.clear()
    titleRoles.set(title, role)
  }

  return role || undefined
}

const titleRoles = new Map<string, string>()

/** AP state abbreviations (as in “(D-Vt.)”) and postal codes, to the state’s name in lowercase. */
const stateNames = new Map<string, string>()
for (const entry of (
  'ala.,al alabama|alaska,ak alaska|ariz.,az arizona|ark.,ar arkansas|calif.,ca california|colo.,co colorado|' +
  'conn.,ct connecticut|del.,de delaware|fla.,fl florida|ga.,ga georgia|hawaii,hi hawaii|idaho,id idaho|ill.,il illinois|' +
  'ind.,in indiana|iowa,ia iowa|kan.,ks kansas|ky.,ky kentucky|la.,la louisiana|maine,me maine|md.,md maryland|' +
  'mass.,ma massachusetts|mich.,mi michigan|minn.,mn minnesota|miss.,ms mississippi|mo.,mo missouri|mont.,mt montana|' +
  'neb.,ne nebraska|nev.,nv nevada|n.h.,nh new hampshire|n.j.,nj new jersey|n.m.,nm new mexico|n.y.,ny new york|' +
  'n.c.,nc north carolina|n.d.,nd north dakota|ohio,oh ohio|okla.,ok oklahoma|ore.,or oregon|pa.,pa pennsylvania|' +
  'r.i.,ri rhode island|s.c.,sc south carolina|s.d.,sd south dakota|tenn.,tn tennessee|texas,tx texas|utah,ut utah|' +
  'vt.,vt vermont|va.,va virginia|wash.,wa washington|w.va.,wv west virginia|wis.,wi wisconsin|wyo.,wy wyoming'
).split('|')) {
  const space = entry.indexOf(' ')
  for (const code of entry.slice(0, space).split(',')) stateNames.set(code, entry.slice(space + 1))
}

/** Initials of an organization’s capitalised words (“Human Rights Watch” → hrw). */
/** A country’s code opening a body’s name (“U.S. ”, “UK ”). */
const countryPrefix = /^(?:U\.S\.|US|U\.K\.|UK) /

function initialsOf(name: string): string {
  let result = ''
  let start = 0
  while (start < name.length) {
    const code = name.charCodeAt(start)
    if (code >= 65 && code <= 90 && !name.startsWith('The ', start)) result += String.fromCharCode(code + 32)
    const space = name.indexOf(' ', start)
    if (space < 0) break
    start = space + 1
  }

  return result
}

/** Modifiers that date a document (“an *April* poll”, “a *2019* study”, “an *earlier* survey”). */
const datedModifier = /^(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|earlier|previous|prior|last)$/

/** An appositive of a body (“, the cloud software company,”): its head word last. */
const orgAppositive = /,\s{1,2}(?:the|an?)\s{1,2}(?:[\p{Ll}\d-]+\s{1,2}){0,3}?([\p{Ll}-]+)\s{0,2}[,.;]/uy

/**
 * The head of an appositive right after a body’s name at `end` (“Vantora,
 * the cloud software company,” → “company”), when it is a description of a
 * body (see `orgDescriptions`) that may not stand for any (“group”).
 */
function appositiveOrgHead(view: string, end: number): string | undefined {
  orgAppositive.lastIndex = end
  const found = orgAppositive.exec(view)
  const head = found?.[1]
  return head !== undefined && orgDescriptions.has(head) && !genericOrgDescriptions.has(head) ? head : undefined
}

/** The last word of a document’s name, in lowercase (“annual report” → “report”). */
function documentHead(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
}

/**
 * Whether a definite description may refer to a document already found:
 * its dates and names are among the document’s, and its other modifiers
 * (“interim”, “land mine”) either neutral or shared.
 */
function compatible(entity: Entity, item: Candidate): boolean {
  let distinctive = false
  let shared = false
  for (const modifier of item.modifiers) {
    if (neutralModifiers.has(modifier)) continue
    if (entity.modifiers.includes(modifier)) {
      shared = true
      continue
    }

    if (/\d|^\p{Lu}|-/u.test(modifier) || /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/.test(modifier)) {
      return false
    }

    distinctive = true
  }

  return !distinctive || shared
}

/** Whether a possessive ending and a lowercase word follow a name ending at `end` (“Clinton*’s campaign*”, “Clinton*’s 2008 campaign*”), or end it. */
function possessiveOf(view: string, end: number): boolean {
  return /^(?:[’']s?)?\s+[\p{Ll}\d]/u.test(view.slice(end, end + 6)) && /[’']s?$|^[’']/u.test(view.slice(end - 2, end + 1))
}

/** Whether a candidate opens its paragraph (after “The” at most). */
function opensParagraph(doc: Doc, item: Candidate): boolean {
  const paragraph = doc.paragraphs[item.paragraph]
  return paragraph !== undefined && /^(?:the\s+)?$/i.test(doc.view.slice(paragraph.start, Math.min(item.start, paragraph.start + 5)))
}

/** Twice the specificity of a name (document scores are in half points: doubled, every score is an integer). */
function nameScore(item: Candidate, kind: MentionKind): number {
  if (item.type === 'document') return item.score
  // Any name outscores any description (“Apple” over “The company”); a
  // name in the body any name in a headline, whose title case runs words
  // into it (“Gold Star Mom Corners Obama” is Barack Obama).
  if (kind === 'name') return (spaces(item.name) * 100 + item.name.length + 10_000) * 2 - (item.headline ? 10_000 : 0)
  return item.name.length * 2
}

function spaces(value: string): number {
  let count = 0
  let index = value.indexOf(' ')
  while (index >= 0) {
    count++
    index = value.indexOf(' ', index + 1)
  }

  return count
}

/** `, the` (or `a`, `an`) and up to five words, ending where a head word starts. */
const appositiveOpening = /,\s{1,2}(?:the|a|an)\s{1,2}(?:[\p{L}\p{N}’'.-]+\s{1,2}){0,5}$/u

/** Whether a UTF-16 code is a letter or digit (ASCII), or any code past ASCII. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code > 127
}

/**
 * Whether the “they” at `view[start..end)` is a saying’s, everyone’s: “As
 * they say, …”, “as they say in baseball, …”, “As they say about the
 * storied doctor, “…””, “as they like to say:”; not theirs who say
 * something (“as they say they will”).
 */
function sayingThey(view: string, start: number, end: number): boolean {
  if (start < 3 || (view.charCodeAt(start - 3) | 32) !== 97 || (view.charCodeAt(start - 2) | 32) !== 115 || view.charCodeAt(start - 1) !== 32) return false
  if (start > 3 && /[\p{L}\d]/u.test(view.charAt(start - 4))) return false
  return sayingAfter.test(view.slice(end, end + 24))
}

/** What follows a saying’s “they” (see {@link sayingThey}). */
const sayingAfter = /^ (?:(?:like|used|love) to )?say(?:\s*[,.:;—–]| in | about )/
