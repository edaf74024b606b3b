/**
 * Proper-name mentions: runs of capitalised words, split into title and
 * name (“Defense Secretary | Pete Hegseth”), classified as person,
 * organization, place or group, with party/state tags (`(D-Vt.)`),
 * appositives (“, executive director of the Arms Control Association”) and
 * acronyms (“(HRW)”). One pass over the tokens; lookahead and lookbehind are
 * bounded to a few tokens.
 */
import type {Doc} from '../parse/document.js'
import {candidate, collapse, type Candidate} from './candidate.js'
import {word} from './classes.js'
import {headTable} from './heads.js'
import {determiners, orgPhrases, placePhrases} from './lexicon.js'
import {roleGender} from './titles.js'
import type {Token, Tokens} from './tokens.js'

const partyTag =
  /\s{0,4}\((?:(D|R|I|Dem|Rep|Ind)\.?|(Democrat|Republican|Independent))(?:\s?[-–,]\s?(\p{Lu}[\p{L}.]{0,14}(?: \p{Lu}[\p{L}.]{0,14}){0,2}))?\)|,\s([DRI])[-–](\p{Lu}[\p{L}.]{0,14}(?: \p{Lu}[\p{L}.]{0,14})?)(?=,)/uy

const acronym = /\s{0,4}\((\p{Lu}[\p{Lu}&.]{1,7})\)/uy

const appositiveStops = new Set(
  'who which whose whom that and or but said says told according when where while as if because after before since also'.split(
    ' '
  )
)

const affiliationPrepositions = new Set(['of', 'at', 'for', 'with', 'from'])

const titleWord = word.role | word.titleModifier

function isNameWord(token: Token | undefined): token is Token {
  return token !== undefined && token.cap && !token.hyphenLower && !(token.end - token.start === 1 && token.text === 'I')
}

/** “J.”: an initial. */
function isInitial(token: Token, view: string): boolean {
  return token.end - token.start === 2 && view.charCodeAt(token.start + 1) === 46
}

/**
 * Find proper-name candidates.
 *
 * @param doc
 *   Parsed document.
 * @param words
 *   Tokens of the content blocks.
 * @returns
 *   Candidates in input order.
 */
export function findNames(doc: Doc, words: Tokens): Candidate[] {
  const {view} = doc
  const tokens = words.list
  const lowercase = (token: Token): boolean => words.lowercase.has(token.hash)
  const result: Candidate[] = []
  let run: number[] = []
  let skipUntil = -1
  let consumed = -1

  for (const index of words.capitals) {
    const first = tokens[index]!
    if (index <= consumed || !isNameWord(first) || first.start < skipUntil) continue

    // The run: name words joined by single spaces, with particles inside
    // person names and connectors inside organization names.
    if (run.length > 0) run = []
    run.push(index)
    let last = index
    let connected = false
    while (tokens[last]!.joinNext) {
      const next = tokens[last + 1]
      if (isNameWord(next) && !next.initial) {
        last++
        run.push(last)
        continue
      }

      if (!next || next.cap) break
      const nextClasses = next.classes
      if ((nextClasses & word.particle) !== 0 && next.joinNext) {
        // “von der Leyen”, “de la Cruz”: up to two particles.
        let after = last + 2
        if ((tokens[after]?.classes ?? 0) & word.particle && !tokens[after]!.cap && tokens[after]!.joinNext) after++
        if (isNameWord(tokens[after]) && !tokens[after]!.initial) {
          for (let item = last + 1; item <= after; item++) run.push(item)
          last = after
          continue
        }
      }

      if ((nextClasses & word.connector) === 0 || !next.joinNext || next.lower === 'the') break
      const current = tokens[last]!
      if ((current.classes & (word.orgHead | word.role)) === 0 && !(connected && next.lower === 'and')) break
      let after = last + 2
      if (tokens[after]?.lower === 'the' && tokens[after]!.joinNext) after++
      const target = tokens[after]
      if (!isNameWord(target) || target.initial) break
      for (let item = last + 1; item <= after; item++) run.push(item)
      last = after
      connected = true
    }

    consumed = last
    // A lone sentence-initial word that is an opener (“The”, “But”) or a
    // description head (“Critics”, “Officials”: the description finder’s).
    if (run.length === 1 && first.initial && ((first.classes & word.opener) !== 0 || headTable.get(first.hash, first) > 0)) {
      continue
    }

    classify()
  }

  return result

  /** Lowercase words of `run[from..to)`, joined by spaces. */
  function joinLower(from: number, to: number): string {
    let value = tokens[run[from]!]!.lower
    for (let item = from + 1; item < to; item++) value += ' ' + tokens[run[item]!]!.lower
    return value
  }

  function classify(): void {
    let from = 0
    let determinerStart = -1
    let keepThe = false
    // Openers (“The”, “Despite”) and, at a sentence start, common words.
    while (from < run.length) {
      const token = tokens[run[from]!]!
      const lower = token.lower
      if (lower === 'the' || lower === 'a' || lower === 'an') {
        if (lower === 'the') {
          determinerStart = token.start
          keepThe = !token.initial
        }

        from++
        continue
      }

      if (!token.initial) break
      const classes = token.classes
      if ((classes & word.opener) !== 0) {
        from++
        continue
      }

      if (
        from < run.length - 1 &&
        (classes & (word.givenName | titleWord | word.orgHead | word.particle)) === 0 &&
        tokens[run[from + 1]!]!.cap &&
        lowercase(token)
      ) {
        from++
        continue
      }

      break
    }

    if (from >= run.length) return
    const firstIndex = run[from]!
    const lastIndex = run[run.length - 1]!
    const head = tokens[firstIndex]!
    const tail = tokens[lastIndex]!
    const count = run.length - from
    if (determinerStart < 0) {
      const before = tokens[firstIndex - 1]
      // Not across markup: “the [Arms Control Association](…)” names it without “the [”.
      if (before && before.joinNext && before.lower === 'the' && doc.input.slice(before.end, head.start).trim() === '') {
        determinerStart = before.start
      }
    }

    // Organizations by name, head word or acronym.
    let nameEnd = run.length
    while (nameEnd - 1 > from && (tokens[run[nameEnd - 1]!]!.classes & word.suffix) !== 0) nameEnd--
    const lastName = tokens[run[nameEnd - 1]!]!
    const joined = count > 1 ? joinLower(from, run.length) : head.lower
    const headClasses = head.classes
    if (
      (count > 1 ? orgPhrases.has(joined) : (headClasses & word.orgName) !== 0) ||
      ((lastName.classes & word.orgHead) !== 0 && !(count === 1 && head.initial && lowercase(head))) ||
      (count === 1 && head.acronym && (headClasses & (word.place | word.role)) === 0) ||
      connectedOrg(from)
    ) {
      result.push(organization(head, tail, determinerStart, keepThe))
      return
    }

    // Title inside the run: the last role word before the name.
    let titleEnd = -1
    for (let item = from; item < nameEnd - 1; item++) {
      const classes = tokens[run[item]!]!.classes
      if ((classes & word.role) !== 0 && (classes & word.givenName) === 0) titleEnd = item
    }

    if (titleEnd >= 0 && tokens[run[titleEnd + 1]!]!.lower === 'of') {
      let item = titleEnd + 2
      while (item < nameEnd - 1 && (tokens[run[item]!]!.classes & word.department) !== 0) item++
      titleEnd = item - 1
    }

    const nameFrom = titleEnd >= 0 ? titleEnd + 1 : from
    let onlyTitleWords = true
    for (let item = nameFrom; item < run.length && onlyTitleWords; item++) {
      if ((tokens[run[item]!]!.classes & titleWord) === 0) onlyTitleWords = false
    }

    if (onlyTitleWords) {
      // Only title words: “the President”, “Former”, “Democratic”.
      let role: Token | undefined
      for (let item = run.length - 1; item >= from && !role; item--) {
        const token = tokens[run[item]!]!
        if ((token.classes & word.role) !== 0) role = token
      }

      if (role && determinerStart >= 0) {
        result.push(
          candidate('title', determinerStart, role.end, head, 'title', collapse(view.slice(head.start, role.end)), role.lower)
        )
      }

      return
    }

    const nameHead = tokens[run[nameFrom]!]!
    const nameCount = run.length - nameFrom
    const nameClasses = nameHead.classes
    const tailClasses = tail.classes

    // Things: events, laws, dates, shows.
    if (
      (nameCount > 1 && (tailClasses & word.thingHead) !== 0 && (nameClasses & word.givenName) === 0) ||
      (nameClasses & word.weekday) !== 0 ||
      every(nameFrom, (token) => (token.classes & word.calendar) !== 0 || isDigit(view.charCodeAt(token.start)))
    ) {
      return
    }

    const nameKey = nameFrom === from ? joined : joinLower(nameFrom, run.length)
    const compound = compoundOrg(nameHead, lastIndex, determinerStart)

    // Places: not sources unless they speak.
    if (
      (nameCount === 1 ? (nameClasses & word.place) !== 0 : placePhrases.has(nameKey)) ||
      (nameCount > 1 && (tailClasses & word.geoHead) !== 0) ||
      (nameCount > 1 && every(nameFrom, (token) => (token.classes & (word.place | word.compass)) !== 0))
    ) {
      result.push(
        compound ??
          candidate('place', determinerStart >= 0 ? determinerStart : nameHead.start, tail.end, head, 'name', collapse(view.slice(nameHead.start, tail.end)), nameKey)
      )
      return
    }

    if ((tailClasses & word.capitalGroup) !== 0) {
      result.push(
        candidate('group', nameHead.start, tail.end, head, 'name', collapse(view.slice(nameHead.start, tail.end)), nameKey, {plural: true})
      )
      return
    }

    if (compound) {
      result.push(compound)
      return
    }

    // Adjectives of nationality or party (“Russian”, “Democratic”).
    if (nameCount === 1 && (nameClasses & word.demonym) !== 0) return

    // A person (or a single word that may name one).
    let titleStart = titleEnd >= 0 ? head.start : nameHead.start
    let titleStop = titleEnd >= 0 ? tokens[run[titleEnd]!]!.end : -1
    let titleCount = titleEnd >= 0 ? titleEnd + 1 - from : 0
    let honorificOnly = true
    let gender: 'female' | 'male' | null =
      (nameClasses & word.male) !== 0 ? 'male' : (nameClasses & word.female) !== 0 ? 'female' : null
    for (let item = from; item <= titleEnd; item++) {
      const token = tokens[run[item]!]!
      if ((token.classes & word.honorific) === 0) honorificOnly = false
      gender = roleGender.get(token.lower) ?? gender
    }

    // Title words before the run (“Former senator”, “executive director”).
    let item = firstIndex - 1
    while (item >= 0 && firstIndex - item <= 5) {
      const token = tokens[item]!
      if (!token.joinNext) break
      const classes = token.classes
      if ((classes & titleWord) === 0) break
      if (titleStop < 0) {
        if ((classes & word.role) === 0) break
        titleStop = token.end
      }

      if ((classes & word.honorific) === 0) honorificOnly = false
      gender = roleGender.get(token.lower) ?? gender
      titleStart = token.start
      titleCount++
      item--
    }

    const titles: string[] = []
    if (titleStop > titleStart && !honorificOnly) titles.push(collapse(view.slice(titleStart, titleStop)))
    const words: string[] = []
    let initials = false
    for (let index = nameFrom; index < run.length; index++) {
      const token = tokens[run[index]!]!
      if ((token.classes & word.suffix) === 0 || index === nameFrom) words.push(token.lower)
      if (isInitial(token, view)) initials = true
    }

    const person = candidate(
      nameCount > 1 || titleCount > 0 || initials ? 'person' : 'unknown',
      nameHead.start,
      tail.end,
      head,
      'name',
      collapse(view.slice(nameHead.start, tail.end)),
      nameKey
    )
    person.words = words
    person.titles = titles
    person.titleStart = titleStop > 0 ? titleStart : nameHead.start
    person.gender = gender
    // A lone sentence-initial word may be a common word: link it only (and
    // never make a speaker of a word also written in lowercase).
    if (nameCount === 1 && head.initial && titleCount === 0) {
      person.linkOnly = true
      person.common = lowercase(head)
    }
    result.push(person)
    if (person.quoted) return

    let end = tail.end
    let next = lastIndex + 1
    if (opensTag(view, end)) {
      partyTag.lastIndex = end
      const tag = partyTag.exec(view)
      if (tag) {
        const party = tag[1] ?? tag[2] ?? tag[4]
        person.party = party ? party.charAt(0).toUpperCase() : null
        person.state = tag[3] ?? tag[5] ?? null
        person.type = 'person'
        end += tag[0].length
        skipUntil = end
        person.afterEnd = end
        while (next < tokens.length && tokens[next]!.start < end) next++
      }
    }

    appositive(person, end, next)
  }

  function every(from: number, check: (token: Token) => boolean): boolean {
    for (let item = from; item < run.length; item++) if (!check(tokens[run[item]!]!)) return false
    return true
  }

  /** “Department of Defense”, “Campaign to Ban Landmines”. */
  function connectedOrg(from: number): boolean {
    for (let item = from + 1; item < run.length; item++) {
      const token = tokens[run[item]!]!
      if (!token.cap && (token.classes & word.connector) !== 0) {
        return (tokens[run[item - 1]!]!.classes & word.orgHead) !== 0
      }
    }

    return false
  }

  /** “Trump administration”, “U.S. military”: a name and an organization noun. */
  function compoundOrg(head: Token, lastIndex: number, determinerStart: number): Candidate | undefined {
    const noun = tokens[lastIndex + 1]
    if (!tokens[lastIndex]!.joinNext || !noun || noun.cap || (noun.classes & word.orgNoun) === 0) return undefined
    const name = collapse(view.slice(head.start, noun.end))
    return candidate('organization', determinerStart >= 0 ? determinerStart : head.start, noun.end, head, 'name', name, name.toLowerCase(), {gender: 'neuter'})
  }

  function organization(head: Token, last: Token, determinerStart: number, keepThe: boolean): Candidate {
    const start = determinerStart >= 0 ? determinerStart : head.start
    const nameStart = keepThe && determinerStart >= 0 ? determinerStart : head.start
    const name = collapse(view.slice(nameStart, last.end))
    const result = candidate('organization', start, last.end, head, 'name', name, keepThe ? name.toLowerCase().replace(/^the /, '') : name.toLowerCase())
    result.gender = 'neuter'
    if (opensTag(view, last.end)) {
      acronym.lastIndex = last.end
      const alias = acronym.exec(view)
      if (alias) result.alias = alias[1]!.replace(/\./g, '').toLowerCase()
    }

    return result
  }

  /**
   * “, the Washington director of advocacy group Human Rights Watch”:
   * title, and where to look for the organization.
   */
  function appositive(person: Candidate, end: number, index: number): void {
    const first = tokens[index]
    if (!first || first.paragraph !== tokens[index - 1]!.paragraph) return
    const gap = gapKind(end, first.start)
    if (gap === 1) {
      // “Joel Pollak of Breitbart California”.
      if ((first.lower === 'of' || first.lower === 'at') && first.joinNext) {
        const target = tokens[index + 1]?.lower === 'the' ? tokens[index + 2] : tokens[index + 1]
        if (isNameWord(target) && (person.titles.length > 0 || person.gender !== null || person.party !== null)) {
          person.affiliationRange = [target.start, target.start + 80]
        }
      }

      return
    }

    if (gap !== 2) return
    // An age: “John Smith, 45, a lawyer”.
    if (isDigit(view.charCodeAt(first.start)) && first.end - first.start < 4) {
      const next = tokens[index + 1]
      if (!next || gapKind(first.rawEnd, next.start) !== 2) return
      index++
    }

    const token = tokens[index]!
    const lower = token.lower
    if (appositiveStops.has(lower)) return
    const startIndex = lower === 'the' || lower === 'a' || lower === 'an' ? index + 1 : index
    // An article that ends on “…, the” has no appositive after it.
    if (startIndex >= tokens.length) return
    let stop = startIndex
    while (stop < tokens.length - 1 && tokens[stop]!.joinNext && stop - startIndex < 24) stop++
    let role = -1
    for (let item = startIndex; item <= Math.min(stop, startIndex + 5); item++) {
      const current = tokens[item]!
      if ((current.classes & word.role) !== 0) {
        role = item
        if (item < stop && (tokens[item + 1]!.classes & word.role) !== 0) continue
        break
      }

      const currentLower = current.lower
      if (affiliationPrepositions.has(currentLower) || appositiveStops.has(currentLower) || determiners.has(currentLower)) break
    }

    if (role < 0) return
    const title = collapse(view.slice(tokens[startIndex]!.start, tokens[role]!.end))
    if (!person.titles.some((item) => item.toLowerCase() === title.toLowerCase())) person.titles.push(title)
    person.type = 'person'
    person.gender = roleGender.get(tokens[role]!.lower) ?? person.gender
    const preposition = tokens[role + 1]
    if (role + 1 < stop && preposition && affiliationPrepositions.has(preposition.lower)) {
      person.affiliationRange = [tokens[role + 2]!.start, tokens[stop]!.end]
      person.affiliationType = tokens[role]!.lower === 'member' ? 'member' : 'affiliation'
    }
  }

  /** 1: one or two spaces; 2: a comma and one or two spaces; 0: anything else. */
  function gapKind(start: number, end: number): number {
    let index = start
    let kind = 1
    if (view.charCodeAt(index) === 44) {
      kind = 2
      index++
    }

    const spaces = end - index
    if (spaces < 1 || spaces > 2) return 0
    for (; index < end; index++) {
      const code = view.charCodeAt(index)
      if (code !== 32 && code !== 9) return 0
    }

    return kind
  }
}

/** Whether a parenthesis (after up to four spaces: blanked markup) or a comma follows `end`. */
function opensTag(view: string, end: number): boolean {
  let index = end
  while (index < end + 4 && view.charCodeAt(index) === 32) index++
  const code = view.charCodeAt(index)
  return code === 40 || (index === end && code === 44)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
