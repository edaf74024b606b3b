/**
 * Proper-name mentions: runs of capitalised words, split into title and
 * name (“Defense Secretary | Pete Hegseth”), classified as person,
 * organization, place or group, with party/state tags (`(D-Vt.)`),
 * appositives (“, executive director of the Arms Control Association”) and
 * acronyms (“(HRW)”). One pass over the capitalised tokens; lookahead and
 * lookbehind are bounded to a few tokens.
 */
import {cues} from '../attribution/lexicon.js'
import type {Doc} from '../parse/document.js'
import {candidate, collapse, hasTitle, type Candidate} from './candidate.js'
import {accordingToBefore, isPatternSpace, statementAfter} from './cues.js'
import {word} from './classes.js'
import {wordSet} from './hash.js'
import {headTable} from './heads.js'
import {businessDescriptions, commonAcronyms, deities, demonyms, governmentHeads, groupHeads, headlineVerbs, institutionRoles, orgDescriptions, orgKindNouns, orgPhrases, placePhrases, places, representatives, thingHeads} from './lexicon.js'
import {kin, kinBefore, roleGender, roleKey, roles} from './titles.js'
import type {Tokens} from './tokens.js'

/** Words that open a storm’s name (“Hurricane Milton”). */
const stormWords = wordSet(['hurricane', 'hurricanes', 'typhoon', 'typhoons', 'cyclone', 'cyclones', 'tropical'])

/** Roles whose “of” names a work, not an employer (“author of “Let the People Rule””). */
const authorRoles = new Set(['author', 'co-author', 'coauthor', 'writer'])

const partyTag =
  /\s{0,4}\((?:(D|R|I|Dem|Rep|Ind)\.?|(Democrat|Republican|Independent))(?:\s?[-–,]\s?(\p{Lu}[\p{L}.]{0,14}(?: \p{Lu}[\p{L}.]{0,14}){0,2}))?\)|,\s([DRI])[-–](\p{Lu}\p{L}{0,14}(?: \p{Lu}\p{L}{0,14})?|\p{Lu}[\p{L}.]{0,6}\.)(?=[,;)]|\s|$)/uy

const acronym = /\s{0,4}\((\p{Lu}[\p{Lu}&.]{1,7})\)/uy

const titleWord = word.role | word.titleModifier

/** Words that date a title (“Former Arsenal captain”), capitalized only by the sentence: never a body’s first word. */
const tenureOpeners = wordSet(['former', 'ex'])

/** Honorifics that end no title (“diplomat Sir”, “candidate Dr.”; not “First Lady”, “the Rev.”). */
const trailingHonorifics = new Set(['sir', 'dame', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr'])

/** Plural heads of place names (“Washington Heights”, “Palm Springs”), not teams. */
const placePlurals = new Set(
  'heights hills springs falls islands isles keys states rapids woods gardens plains lakes mountains highlands lowlands shores meadows estates acres towers apartments flats grounds sands pines oaks'.split(
    ' '
  )
)

/** Professions whose “at X” names an employer (“analysts at Bernstein”). */
/** Nouns whose “of” names a place (“residents of Maple Grove”, “the town of Paradise”). */
const placeOfNouns = new Set(['residents', 'resident', 'citizens', 'natives', 'native', 'town', 'city', 'village', 'hamlet', 'township', 'borough', 'county', 'suburb', 'suburbs', 'outskirts', 'streets', 'neighborhood', 'neighbourhood'])

const professionsAt = new Set(
  'analyst economist strategist researcher scientist professor lecturer fellow executive engineer director manager partner lawyer attorney trader banker spokesman spokeswoman spokesperson official realtor broker'.split(
    ' '
  )
)

/**
 * Headline verbs no name holds (unlike “Burns”, “Fuels”, “States”): read
 * as verbs before a capitalized word even outside a title-case line.
 */
const verbsBeforeNames = wordSet(['says', 'wants', 'thinks', 'hints', 'endorses', 'disputes', 'slams', 'blasts', 'vows', 'urges', 'rebuffs', 'spurns', 'defends', 'rejects', 'goes'])

/** Portfolios of a ministry, the first of two joined by “and” (“*Information* and Broadcasting Minister”). */
const portfolios = new Set(
  (
    'information commerce industry health home external foreign finance defence defense law justice education housing ' +
    'agriculture environment energy petroleum railways transport labour labor science culture trade tourism women ' +
    'communications fisheries food rural urban water mines steel textiles power coal planning youth'
  ).split(' ')
)

/** Titles of such a holder. */
const portfolioRoles = new Set(['minister', 'secretary', 'commissioner'])

/** A business’s legal form after its name (“Apple *Inc.*”, “Microsoft *Corp.*”, “Tesco *plc*”). */
const legalSuffix = /,? (?:inc\.?|corp\.?|co\.|ltd\.?|llc|plc|l\.p\.|s\.a\.|n\.v\.|ag|gmbh)$/

/** The last words {@link legalSuffix} ends in. */
const legalForms = new Set(['inc', 'inc.', 'corp', 'corp.', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'l.p.', 's.a.', 'n.v.', 'ag', 'gmbh'])

/** Heads of an office named after its holder (“the Sheriff’s *Department*”). */
const officeHeads = wordSet(['office', 'department', 'bureau'])

/** Holders of such an office that are no title of a person here (“the Medical *Examiner’s* Office”). */
const officeHolders = wordSet(['examiner', 'coroner', 'marshal', 'comptroller', 'controller', 'auditor', 'assessor', 'recorder', 'clerk', 'prosecutor', 'solicitor', 'inspector'])

/** Kinds of news outlet after their name (“the Kayhan newspaper”, “the Bild tabloid”). */
const outletKindWords = ['newspaper', 'magazine', 'tabloid', 'website', 'broadcaster', 'outlet']
const outletKinds = wordSet(outletKindWords)

/** Kinds of news outlet before their name (“the Israeli newspaper Haaretz”, “the tech news site Pando”). */
const outletKindsBefore = wordSet([...outletKindWords, 'site', 'daily', 'weekly'])

/** Lowercase nouns after “the” and a name that make the name a place (“the Big Bend *region*”). */
const regionNouns = wordSet(['region', 'area', 'areas', 'community', 'neighborhood', 'neighbourhood', 'corridor', 'suburbs', 'basin', 'peninsula', 'valley', 'coast', 'shore', 'panhandle', 'metro'])

/** Place heads that are common surnames too (“Jason *Hall*”, “Ann *Park*”). */
const surnameGeoHeads = new Set(['hall', 'park', 'beach', 'hill', 'hills', 'lake', 'bridge', 'tower', 'street'])

/** What a utility sells, two of which name it joined by “and” (“Pacific Gas and Electric”). */
const utilityTrades = wordSet(['gas', 'electric', 'power', 'light', 'water', 'telephone'])

/** Trades that end a business’s name of two words or more, though alone they name none (“DTE *Energy*”, “Delta *Chemical*”, not “Program on Energy”). */
const businessTails = wordSet(['energy', 'health', 'power', 'grid', 'research', 'electric', 'wireless', 'mobile', 'telecom', 'robotics', 'analytics', 'therapeutics', 'biosciences', 'pharmaceuticals', 'dynamics', 'ventures', 'aerospace', 'automotive', 'logistics', 'chemical', 'chemicals', 'airlines', 'motors', 'foods', 'brands', 'semiconductor', 'biotech', 'software', 'solar', 'petroleum', 'mining', 'insurance'])

/**
 * The organization phrases that start with “the”, without it (“new york
 * times” for “the new york times”): a name after “the” is looked up here
 * rather than by building “the ” and the name for every such name.
 */
const orgPhrasesAfterThe = new Set([...orgPhrases].filter((phrase) => phrase.startsWith('the ')).map((phrase) => phrase.slice(4)))

/** Heads of an institution named with a possessive (“St. Mary’s *Hospital*”). */
const possessiveNamedHeads = wordSet(['hospital', 'university', 'college', 'church', 'school', 'cathedral', 'academy', 'clinic', 'medical', 'health', 'association', 'foundation', 'society', 'museum', 'league', 'fund'])

/** Plural nouns for people that name a body of them in the possessive (“Workers’ Party”, “Farmers’ Union”). */
const memberPlurals = wordSet(groupHeads)

/** Plurals of roles that are surnames too (“Jenny Fellows”). */
const surnamePlurals = new Set(['fellows', 'singers', 'painters', 'bishops', 'kings', 'chambers'])

/** Plurals of nouns for followers and practitioners (“Federalists”, “Baptists”, “editorialists”). */
const followerPlural = /^[a-z]{4,}ists$/

/** Lowercase words after a hyphen that make a compound, not a name (“Biden-era”, “Obama-led”). */
const compoundSuffixes = new Set('era led run like type made born free only wide held size age day year old new ish side bred fed set up down out off all self'.split(' '))

/** Classes of words that stay name words in a title-case headline. */
const titleKeeps = word.givenName | word.orgHead | word.orgName | word.place | word.role | word.titleModifier | word.geoHead | word.demonym

/** A statement that follows a name and speaks of it as “it” (“ said it would”, “ says its profit”). */
const asIt = /\s{1,2}(?:said|says|announced|confirmed|reported|added|warned|expects|plans|declined|denied|disclosed|stated)\s{1,2}(?:that\s{1,2})?its?\s/y

/**
 * A statement made in a statement, which a body issues and a person mostly
 * only once named in full (“Arsenal said in a statement”: the resolver
 * keeps a surname of someone named for them).
 */
const inStatement = /\s{1,2}(?:said|says)\s{1,2}in\s{1,2}a\s{1,2}statement\b/y

/** A pronoun for a person (“Collins said in a statement that *she* …”). */
const personalPronoun = /\b(?:he|she|his|her|him|himself|herself)\b/i

/** A body’s founding after its name (“Anthropic was founded in 2021”, “Acme, founded in 1990,”): no person is founded. */
const founded = /(?:\s{1,2}(?:was|is|has\s{1,2}been)|,)\s{1,2}(?:founded|established|incorporated|headquartered)\b/y

/**
 * The first letters of the words after the spaces of {@link asIt} and
 * {@link founded}, as bits of `code - 97` (a bit test per name, not a set lookup).
 */
const asItInitials = [...'sacrwepdihf'].reduce((bits, letter) => bits | (1 << (letter.charCodeAt(0) - 97)), 0)

/** Whether `code` is the code of one of {@link asItInitials}. */
function isAsItInitial(code: number): boolean {
  return code >= 97 && code <= 122 && (asItInitials & (1 << (code - 97))) !== 0
}

/** Whether `view` at `end` goes on with a statement about “it” (see {@link asIt}), or with its founding (see {@link founded}). */
function speaksAsIt(view: string, end: number): boolean {
  // Both patterns go on after a comma or one or two spaces with a word of
  // few first letters: most names fail that without running them.
  let at = end
  if (view.charCodeAt(at) === 44) at++
  const spaces = at
  while (at < spaces + 2 && isPatternSpace(view.charCodeAt(at))) at++
  if (at === spaces || !isAsItInitial(view.charCodeAt(at))) return false
  asIt.lastIndex = end
  if (asIt.test(view)) return true
  inStatement.lastIndex = end
  // (Unless what it said speaks of a person: “Collins said in a statement that she …”.)
  if (inStatement.test(view)) {
    const after = inStatement.lastIndex
    const stop = view.indexOf('.', after)
    return !personalPronoun.test(view.slice(after, stop < 0 || stop - after > 200 ? after + 200 : stop))
  }
  founded.lastIndex = end
  return founded.test(view)
}

/** Verbs whose object may be followed by a clause’s subject (“told the magazine Clinton was …”). */
/** Verbs of running a body, after “who” (“Demis Hassabis, who *leads* Google DeepMind,”). */
const leadVerbs = new Set(['leads', 'led', 'heads', 'headed', 'runs', 'ran', 'directs', 'directed', 'chairs', 'chaired', 'founded', 'co-founded', 'cofounded', 'oversees', 'manages'])

const objectSpeechVerbs = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'informed', 'assured', 'reminded', 'warned', 'wrote', 'emailed', 'texted', 'showed', 'gave'])

/** A transcript’s speaker label opening a paragraph: “TAPPER: …”. */
const speakerLabel = /^ *(\p{Lu}[\p{Lu}’'-]{3,20}): /u

/**
 * Capitalized words that label two or more paragraphs of a transcript
 * (“TAPPER: …”, “TRUMP: …”): speakers, not acronyms of organizations.
 */
function speakerLabels(doc: Doc): Set<string> {
  const seen = new Set<string>()
  const labels = new Set<string>()
  for (const paragraph of doc.paragraphs) {
    // (Only paragraphs with a colon in their first words: no slice for the others.)
    const end = Math.min(paragraph.end, paragraph.start + 26)
    let colon = paragraph.start
    while (colon < end && doc.view.charCodeAt(colon) !== 58) colon++
    if (colon === end) continue
    const match = speakerLabel.exec(doc.view.slice(paragraph.start, end))
    if (!match) continue
    const label = match[1]!
    if (seen.has(label)) labels.add(label)
    else seen.add(label)
  }

  return labels
}

/** Auxiliaries, which open no person’s or body’s name (“Have I *Been* Pwned”). */
const auxiliaryOpeners = wordSet(['been', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'does', 'did', 'am'])

/** Countries’ codes that end an organization’s name (“Age *UK*”). */
const countryCodes = wordSet(['uk', 'u.k.', 'us', 'u.s.', 'usa', 'u.s.a.'])

/** People by kin, never a team (“the Founding Fathers”). */
const kinPlurals = new Set(['fathers', 'mothers', 'brothers', 'sisters', 'sons', 'daughters', 'parents', 'children', 'families'])

/** Research units named for their subject (“Program *on* Energy and Sustainable Development”). */
const researchUnits = new Set(['program', 'programme', 'project', 'initiative'])

/**
 * Heads of a body's name only before a connector (“Program *on* Energy …”,
 * “British Chambers *of* Commerce”): alone, “Chambers” is a surname.
 */
const connectorHeads = new Map<string, string>([
  ...[...researchUnits].map((unit) => [unit, 'on'] as const),
  ['chambers', 'of'],
  // (A charity named for its first drive: “March of Dimes”.)
  ['march', 'of'],
  // Unions named for their members: “Communications Workers of America”.
  ['workers', 'of'],
  // Advocacy groups named for their members and cause: “Americans for
  // Prosperity”, “Everytown for Gun Safety”, “People for the American Way”.
  ...'americans citizens students physicians doctors parents moms mothers veterans scientists lawyers families taxpayers nurses women people everytown priests'
    .split(' ')
    .map((members) => [members, 'for'] as const)
])

/** Compass words that open a region’s name (“*Southern* California”). */
const compassWords = wordSet(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central'])

// Lexicon sets the finder checks tokens against, as tables (see `wordSet`).
const deityTable = wordSet(deities)
const orgKindTable = wordSet(orgKindNouns)
const institutionRoleTable = wordSet(institutionRoles)

/** “I’d”, “I’m”, “I’ve”, “I’ll”. */
const firstPersonContraction = /^i[’'](?:ll|d|ve|m)$/

/**
 * Find proper-name candidates.
 *
 * @param doc
 *   Parsed document.
 * @param tokens
 *   Tokens of the content blocks.
 * @returns
 *   Candidates in input order.
 */
export function findNames(doc: Doc, tokens: Tokens): Candidate[] {
  const {view} = doc
  const count = tokens.count
  const result: Candidate[] = []
  // The run of name words is always consecutive tokens: `runStart` and on.
  let runStart = 0
  let runLength = 0
  // Whether the run joins names with “&” (“Johnson & Johnson”): a business.
  let ampersand = false
  let skipUntil = -1
  let consumed = -1
  const labels = speakerLabels(doc)
  // A plural title’s singular, for the name after “and” (“Sens. Lindsey
  // Graham and John McCain”), and where the first name ends.
  let sharedTitle = ''
  let sharedFrom = -1

  for (const first of tokens.capitals) {
    if (first <= consumed || !isNameWord(first) || tokens.start(first) < skipUntil) continue

    // The run: name words joined by single spaces, with particles inside
    // person names and connectors inside organization names.
    runStart = first
    let last = first
    let connected = false
    // Connected after an organization’s head word (“Centers for …”), not a title’s (“Vice President and …”).
    let orgConnected = false
    ampersand = false
    for (;;) {
      const next = last + 1
      if (!tokens.joinNext(last)) {
        // “Johnson & Johnson”, “Procter & Gamble”, “Barnes & Noble”.
        // (The gap tested for its “&” first: most runs end at punctuation.)
        if (next < count && ampersandGap(tokens.rawEnd(last), tokens.start(next)) && isNameWord(next) && !tokens.initial(next)) {
          last = next
          ampersand = true
          continue
        }

        // “the U.S. Attorney’s Office”, “the Los Angeles County Sheriff’s
        // Department”: an office named after its holder.
        if (
          next < count &&
          tokens.possessive(last) &&
          ((((tokens.classes(last) & word.role) !== 0 || tokens.isIn(officeHolders, last)) && tokens.isIn(officeHeads, next)) ||
            // “St. Mary’s Hospital”, “Children’s Hospital”, “St. John’s University”.
            tokens.isIn(possessiveNamedHeads, next) ||
            // “the Workers’ Party of Korea”, “the National Farmers’ Union”: a
            // body named for its members, a plural possessive (no person’s:
            // not “Bernie Sanders’ Campaign” in a title-case headline; nor a
            // party’s members before one of its bodies: “the Republicans’
            // House majority”).
            (tokens.rawEnd(last) - tokens.end(last) === 1 &&
              (tokens.classes(next) & (word.orgHead | word.orgName)) === word.orgHead &&
              (tokens.classes(last) & word.capitalGroup) === 0 &&
              tokens.isIn(memberPlurals, last))) &&
          tokens.cap(next) &&
          tokens.rawEnd(last) + 1 === tokens.start(next) &&
          view.charCodeAt(tokens.rawEnd(last)) === 32
        ) {
          last = next
          ampersand = true
          continue
        }

        break
      }

      // “told MSNBC Monday”: a weekday after a name is when, not a name word.
      if ((tokens.classes(next) & word.weekday) !== 0) break
      // “United Auto Workers Local 212”, “Teamsters Local 727”: a union
      // local’s number is part of its name.
      if (isDigit(view.charCodeAt(tokens.start(next))) && tokens.is(last, 'local') && tokens.cap(last)) {
        last = next
        continue
      }

      if (isNameWord(next) && !tokens.initial(next)) {
        // “Centers for Disease Control Director Thomas Frieden”: the
        // organization’s name ends before a role and a name.
        if (orgConnected && (tokens.classes(next) & word.role) !== 0 && tokens.joinNext(next) && isNameWord(next + 1)) break
        last = next
        continue
      }

      if (next >= count || tokens.cap(next)) break
      const nextClasses = tokens.classes(next)
      if ((nextClasses & word.particle) !== 0 && tokens.joinNext(next)) {
        // “von der Leyen”, “de la Cruz”: up to two particles.
        let after = last + 2
        if (after < count && (tokens.classes(after) & word.particle) !== 0 && !tokens.cap(after) && tokens.joinNext(after)) {
          after++
        }

        if (isNameWord(after) && !tokens.initial(after)) {
          last = after
          continue
        }
      }

      if ((nextClasses & word.connector) === 0 || !tokens.joinNext(next) || tokens.is(next, 'the')) break
      // Once inside an organization’s name, “and” and “of” go on
      // (“Centers for Disease Control and Prevention”, “Association for the
      // Advancement of Colored People”).
      // (And “at” after a university’s place: “University of California at Berkeley”.)
      // (A role word after a given name is a surname: “Peter King of New York”, “Angus King of Maine”.)
      const lastClasses = tokens.classes(last)
      // “Food and Drug Administration”, “Securities and Exchange
      // Commission”: one word, “and”, and words that end in an
      // organization’s head word are one name.
      // (Two words before “and” only before an agency’s head: “National
      // Oceanic and Atmospheric Administration”, not “Johns Hopkins and
      // Harvard University”.)
      const wordsBefore = last - runStart + (tokens.is(runStart, 'the') ? 0 : 1)
      // “Pacific Gas and Electric”, “Kansas City Power and Light”: a utility
      // named for the two things it sells, a business as one with “&” is.
      if (!connected && tokens.isIn(utilityTrades, last) && tokens.is(next, 'and') && tokens.joinNext(next) && tokens.isIn(utilityTrades, next + 1) && isNameWord(next + 1)) {
        last = next + 1
        connected = true
        ampersand = true
        continue
      }

      if (
        tokens.is(next, 'and') &&
        !connected &&
        // (A country’s code first too: “U.S. Immigration and Customs Enforcement”.)
        (wordsBefore === 1 || (wordsBefore === 2 && (plainWord(last - 1) || (tokens.classes(last - 1) & word.demonym) !== 0 || tokens.isIn(countryCodes, last - 1)))) &&
        // (A head word first only before an agency’s head: “Securities and Exchange Commission”.)
        (plainWord(last) || (wordsBefore === 1 && (tokens.classes(last) & word.orgHead) !== 0 && agencyHeadAfterAnd(next)))
      ) {
        const head = headAfterAnd(next)
        if (head !== -1 && (wordsBefore === 1 || governmentHeads.has(tokens.lower(head)))) {
          last = head
          connected = true
          orgConnected = true
          continue
        }

        // “Information and Broadcasting Minister Ashwini Vaishnaw”: a
        // minister of two portfolios (not “Smith and Defense Secretary …”).
        const role = wordsBefore === 1 && portfolios.has(tokens.lower(last)) ? roleAfterAnd(next) : -1
        if (role !== -1) {
          last = role
          connected = true
          continue
        }
      }

      // (A place that is also a given name opens a title: “Georgia Secretary of State Brad Raffensperger”.)
      const surname =
        (lastClasses & word.role) !== 0 &&
        last > runStart &&
        (((tokens.classes(last - 1) & word.givenName) !== 0 && (tokens.classes(last - 1) & word.place) === 0) || isInitial(last - 1))
      if (
        ((lastClasses & word.orgHead) === 0 && ((lastClasses & word.role) === 0 || surname)) &&
        !(connected && (tokens.is(next, 'and') || tokens.is(next, 'of') || (tokens.is(next, 'at') && (tokens.is(runStart, 'university') || (tokens.is(runStart, 'the') && tokens.is(runStart + 1, 'university')))))) &&
        !connectorHead(last, next)
      ) {
        break
      }

      let after = last + 2
      if (after < count && tokens.is(after, 'the') && tokens.joinNext(after)) after++
      // (“The Times on Saturday wrote”: a weekday is when, not part of the name.)
      if (!isNameWord(after) || tokens.initial(after) || (tokens.classes(after) & word.weekday) !== 0) break
      // “the Congressional Black Caucus and Sen. Chuck Schumer”, “Fordham
      // University and Margo Anderson”: two sources, not one name.
      if (tokens.is(next, 'and') && (tokens.classes(after) & (word.role | word.givenName)) !== 0) break
      // “Gilead Sciences and Moderna”, “Salix Pharmaceuticals and the
      // Italian firm …”: a name already complete at its head word is one
      // of two (inside one, “and” goes on: “Department of Health and …”).
      if (tokens.is(next, 'and') && !connected && (lastClasses & word.orgHead) !== 0) break
      if (!connected && (tokens.classes(last) & word.orgHead) !== 0) orgConnected = true
      last = after
      connected = true
    }

    // “the University of California, Berkeley,”: the campus after the comma
    // is the name’s (not a person “Berkeley” who speaks).
    if (campusAfter(first, last)) last++
    consumed = last
    runLength = last - first + 1
    // A lone sentence-initial word that is an opener (“The”, “But”) or a
    // description head (“Critics”, “Officials”: the description finder’s).
    // (Nor is a lone capitalized pronoun anywhere: “She” after a line break.)
    if (runLength === 1 && (tokens.classes(first) & word.pronoun) !== 0) continue
    if (
      runLength === 1 &&
      tokens.initial(first) &&
      !noTen(first) &&
      ((tokens.classes(first) & word.opener) !== 0 ||
        ((tokens.classes(first) & word.commaOpener) !== 0 && view.charCodeAt(tokens.end(first)) === 44) ||
        headTable.get(tokens.hash(first), first, tokens) > 0 ||
        // (Nor “Details have not been disclosed”: no one; not a wider class
        // of plurals, which holds names, “Hispanics”, “Sessions”.)
        tokens.is(first, 'details'))
    ) {
      continue
    }

    classify()
  }

  return result

  /**
   * Whether a university’s name `first..last` (“University of California”)
   * is followed by its campus: a comma, one capitalized word and a comma or
   * a period (“, Berkeley,”).
   */
  function campusAfter(first: number, last: number): boolean {
    // (Three words at least: most runs are shorter.)
    if (last < first + 2) return false
    const start = tokens.is(first, 'the') ? first + 1 : first
    if (!tokens.is(start, 'university') || !tokens.is(start + 1, 'of') || last < start + 2 || last + 1 >= count) return false
    const campus = last + 1
    if (gapKind(tokens.rawEnd(last), tokens.start(campus)) !== 2 || !tokens.cap(campus) || tokens.paragraph(campus) !== tokens.paragraph(last)) return false
    const after = view.charCodeAt(tokens.end(campus))
    return (after === 44 || after === 46) && (campus + 1 >= count || !tokens.joinNext(campus))
  }

  /** Whether `view[start..end)` is “&”, with a space before or after it or both (as `/^ ?& ?$/` reads it). */
  function ampersandGap(start: number, end: number): boolean {
    const length = end - start
    if (length < 1 || length > 3) return false
    if (view.charCodeAt(start) === 32) start++
    if (view.charCodeAt(start) !== 38) return false
    return start + 1 === end || (start + 2 === end && view.charCodeAt(start + 1) === 32)
  }

  /** Whether `view[start..end)` holds an “&” (without slicing it out). */
  function hasAmpersand(start: number, end: number): boolean {
    for (let index = start; index < end; index++) if (view.charCodeAt(index) === 38) return true
    return false
  }

  /** Whether “, which” follows offset `end` (a thing’s relative clause, not a person’s). */
  function whichAfter(end: number): boolean {
    // (Only of a speaker: “Zika, which …”, “July, which …” are things, not bodies.)
    return view.charCodeAt(end) === 44 && view.startsWith(' which ', end + 1) && statementAfter(view, end)
  }

  /** Whether a name ending in a place’s head word is a person’s (“Lt. Jason Hall”, “Ann Park”). */
  function personWithGeoSurname(nameSize: number, titleEnd: number, nameClasses: number, tail: number): boolean {
    const last = tokens.lower(tail)
    if (!surnameGeoHeads.has(last)) return false
    // (A park named after someone is common: “Lincoln Park”; a titled Park,
    // or one who speaks, is a person: “Traci Park said”.)
    if (titleEnd >= 0) return true
    if (nameSize !== 2) return false
    return last === 'park' ? statementAfter(view, tokens.end(tail)) : (nameClasses & word.givenName) !== 0
  }

  /** Whether `head` heads a body’s name before the connector `next` (see `connectorHeads`). */
  function connectorHead(head: number, next: number): boolean {
    const connector = connectorHeads.get(tokens.lower(head))
    // (After a given name, a surname: “Amy Chambers of Ohio”.)
    return connector !== undefined && tokens.is(next, connector) && !(head > 0 && (tokens.classes(head - 1) & word.givenName) !== 0)
  }

  /** Whether a name word may open an agency’s name joined by “and” (no given name, role, head, place …). */
  function plainWord(index: number): boolean {
    return (
      (tokens.classes(index) & (word.givenName | word.role | word.orgHead | word.orgName | word.place | word.demonym | word.calendar | word.weekday)) === 0 &&
      !tokens.acronym(index)
    )
  }

  /** The minister’s title word after “and” (“and Broadcasting *Minister* Ashwini …”), else -1. */
  function roleAfterAnd(and: number): number {
    if (!tokens.joinNext(and)) return -1
    for (let index = and + 1; index < and + 4 && isNameWord(index); index++) {
      if ((tokens.classes(index) & word.role) !== 0) {
        return portfolioRoles.has(tokens.lower(index)) && tokens.joinNext(index) && isNameWord(index + 1) ? index : -1
      }

      if (!tokens.joinNext(index)) return -1
    }

    return -1
  }

  /** Whether the name words after “and” end in an agency’s head (“and Exchange *Commission*”). */
  function agencyHeadAfterAnd(and: number): boolean {
    const head = headAfterAnd(and)
    return head !== -1 && governmentHeads.has(tokens.lower(head))
  }

  /**
   * The head word ending the name words after the “and” at `and` (“… and
   * Drug Administration”), or -1: at least two words, not a name of its
   * own (“Obama and White House political director …”).
   */
  function headAfterAnd(and: number): number {
    if (!tokens.joinNext(and) || !isNameWord(and + 1)) return -1
    let last = and + 1
    while (last < and + 5 && tokens.joinNext(last) && isNameWord(last + 1)) last++
    // (Not “Goodlatte and Benghazi Committee Chairman Trey Gowdy”: the
    // name words go on past a head, and end in none.)
    if (last === and + 1 || (tokens.classes(last) & word.orgHead) === 0) return -1
    return orgPhrases.has(view.slice(tokens.start(and + 1), tokens.end(last)).toLowerCase()) ? -1 : last
  }

  function isNameWord(index: number): boolean {
    return (
      index < count &&
      tokens.cap(index) &&
      (!tokens.hyphenLower(index) || hyphenatedGivenName(index)) &&
      !(tokens.end(index) - tokens.start(index) === 1 && view.charCodeAt(tokens.start(index)) === 73 /* I */) &&
      !(tokens.inTitleCase(index) && isCommonInTitle(index)) &&
      !headlineVerbBeforeName(index)
    )
  }

  /**
   * “Geun-hye” in “Park Geun-hye”, “Ki-moon” in “Ban Ki-moon”: a given name
   * of two short syllables after a family name, not a compound like
   * “Biden-era” or “Trump-style”.
   */
  function hyphenatedGivenName(index: number): boolean {
    if (index === 0 || !tokens.joinNext(index - 1) || !tokens.cap(index - 1) || tokens.hyphenLower(index - 1)) return false
    const match = /^\p{Lu}\p{Ll}{0,4}-(\p{Ll}{1,4})$/u.exec(view.slice(tokens.start(index), tokens.end(index)))
    return match !== null && !compoundSuffixes.has(match[1]!)
  }

  /**
   * In a headline set in title case (“Tim Allen Just Got Asked About Donald
   * Trump”), a word the article also writes in lowercase is a common word,
   * unless a name lexicon knows it (“News”, “Senator”, “Ann”).
   */
  function isCommonInTitle(index: number): boolean {
    if ((tokens.classes(index) & titleKeeps) !== 0) return false
    // (“NY Daily News”: a word before an organization’s head word is its name.)
    if (index + 1 < count && tokens.cap(index + 1) && tokens.joinNext(index) && (tokens.classes(index + 1) & word.orgHead) !== 0) return false
    if (lowercase(index) || (tokens.classes(index) & word.opener) !== 0) return true
    // Headline verbs and adverbs the article may not repeat (“Says”,
    // “Slams”, “Casually”).
    const lower = tokens.lower(index)
    return cues.has(lower) || headlineVerbs.has(lower) || (lower.length > 4 && lower.endsWith('ly'))
  }

  /**
   * A headline’s verb before a capitalized word, in a line no title case
   * was found for (“… 10:57PMJeb Bush Hits Marco Rubio On …”, “Christie
   * Says He Would …”): no name word, though the line around it is
   * capitalized.
   */
  function headlineVerbBeforeName(index: number): boolean {
    // (Most name words fail the last letter or the next capital: no slice.)
    if (view.charCodeAt(tokens.end(index) - 1) !== 115 || index + 1 >= count || !tokens.joinNext(index) || !tokens.cap(index + 1)) return false
    return tokens.isIn(verbsBeforeNames, index)
  }

  /** “J.”: an initial. */
  function isInitial(index: number): boolean {
    return tokens.end(index) - tokens.start(index) === 2 && view.charCodeAt(tokens.start(index) + 1) === 46
  }

  function lowercase(index: number): boolean {
    return tokens.inLowercase(tokens.hash(index))
  }

  /** Lowercase words of the run’s tokens `from` to `to` (exclusive), joined by spaces. */
  function joinLower(from: number, to: number): string {
    const first = runStart + from
    const last = runStart + to - 1
    // Words one space apart (the usual case) are the text itself: one
    // string instead of one per word and per join.
    let single = true
    for (let token = first; token < last && single; token++) {
      const end = tokens.end(token)
      single = tokens.start(token + 1) === end + 1 && view.charCodeAt(end) === 32
    }

    if (single) return view.slice(tokens.start(first), tokens.end(last)).toLowerCase()
    let value = tokens.lower(first)
    for (let token = first + 1; token <= last; token++) value += ' ' + tokens.lower(token)
    return value
  }

  /**
   * “Exxon Mobil”, “Google Maps”: a known organization’s name and one or two
   * more plain capitalized words (not “Senate Democrats”, “Senate Majority
   * Leader Mitch McConnell”, nor a person whose given name is one).
   */
  function orgNameFirst(from: number): boolean {
    // (Nor a common word the article also writes in lowercase: “Women Who Work”.)
    if (runLength - from > 3 || (classesAt(from) & (word.orgName | word.givenName)) !== word.orgName || lowercase(runStart + from)) return false
    for (let item = from + 1; item < runLength; item++) {
      if ((classesAt(item) & (word.givenName | titleWord | word.capitalGroup | word.demonym | word.place | word.orgHead)) !== 0) return false
      // A headline’s title without its period: “GOP Rep McCaul”.
      if (roles.has(tokens.lower(runStart + item) + '.')) return false
    }

    return true
  }

  /** Whether an institutional role (maybe after one word: “general manager”, “head coach”) and a capitalized name follow token `last` (“… economist Jason”). */
  function beforeInstitutionRole(last: number): boolean {
    if (last + 2 >= count || !tokens.joinNext(last) || !tokens.joinNext(last + 1) || tokens.cap(last + 1) || lowercase(last)) return false
    const role = tokens.isIn(institutionRoleTable, last + 1) ? last + 1 : last + 3 < count && tokens.joinNext(last + 2) && !tokens.cap(last + 2) && tokens.isIn(institutionRoleTable, last + 2) ? last + 2 : -1
    return role !== -1 && tokens.cap(role + 1)
  }

  /**
   * Whether a place set off by a comma follows the word at `last`, and ends
   * the phrase: “Monsey, New York,”, “Ava, Mo.” (the word before is a town).
   */
  function beforePlace(last: number): boolean {
    const first = last + 1
    if (first >= count || tokens.end(last) + 2 !== tokens.start(first) || view.charCodeAt(tokens.end(last)) !== 44 /* , */) return false
    let end = -1
    if ((tokens.classes(first) & word.place) !== 0 && tokens.cap(first)) end = first
    else if (first + 1 < count && tokens.joinNext(first) && tokens.cap(first) && placePhrases.has(tokens.lower(first) + ' ' + tokens.lower(first + 1))) end = first + 1
    if (end < 0) return false
    const after = tokens.end(end)
    const code = after < view.length ? view.charCodeAt(after) : -1
    return code === -1 || code === 44 || code === 59 || code === 41 || code === 10 || view.charCodeAt(after - 1) === 46
  }

  function classesAt(item: number): number {
    return tokens.classes(runStart + item)
  }

  function classify(): void {
    let from = 0
    let determinerStart = -1
    let keepThe = false
    // Openers (“The”, “Despite”) and, at a sentence start, common words.
    while (from < runLength) {
      const token = runStart + from
      const isThe = tokens.is(token, 'the')
      if (isThe || tokens.is(token, 'a') || tokens.is(token, 'an')) {
        if (isThe) {
          determinerStart = tokens.start(token)
          keepThe = !tokens.initial(token)
        }

        from++
        continue
      }

      if (!tokens.initial(token) || noTen(token)) break
      const classes = tokens.classes(token)
      if ((classes & word.opener) !== 0) {
        from++
        continue
      }

      // “Former Arsenal captain Tony Adams”: a sentence’s capitalized
      // “Former” dates the title after the run, no part of the body’s name.
      if (from < runLength - 1 && tokens.isIn(tenureOpeners, token) && (classesAt(from + 1) & titleWord) === 0) {
        from++
        continue
      }

      if (
        from < runLength - 1 &&
        (classes & (word.givenName | titleWord | word.orgHead | word.particle)) === 0 &&
        tokens.cap(runStart + from + 1) &&
        (lowercase(token) || participleBefore(token))
      ) {
        from++
        continue
      }

      break
    }

    if (from >= runLength) return
    const head = runStart + from
    const tail = runStart + runLength - 1
    const size = runLength - from
    // “I’d”, “I’m” mid-sentence: capitalized, yet the pronoun.
    // (Four characters at most: no other word builds its lowercase form here.)
    if (size === 1 && tokens.end(head) - tokens.start(head) <= 4 && firstPersonContraction.test(tokens.lower(head))) return
    if (determinerStart < 0 && head > 0) {
      const before = head - 1
      // Not across markup: “the [Arms Control Association](…)” names it without “the [”.
      if (
        tokens.joinNext(before) &&
        tokens.is(before, 'the') &&
        onlySpaces(doc.input, tokens.end(before), tokens.start(head))
      ) {
        determinerStart = tokens.start(before)
      }
    }

    // (“the site Have I Been Pwned”: a title’s verb opens no name; every
    // auxiliary has four letters at most, tested first so that no other
    // name builds its lowercase form here.)
    if (tokens.end(head) - tokens.start(head) <= 4 && tokens.isIn(auxiliaryOpeners, head)) return

    // “No 10 said”, “a No 10 spokesperson”: Downing Street.
    if (size === 1 && noTen(head)) {
      result.push(organization(head, head + 1, -1, false))
      return
    }

    // (“its PC division”: a common noun in capitals names no one.)
    if (size === 1 && tokens.acronym(head) && commonAcronyms.has(tokens.lower(head))) return
    // (“God’s plan”: no name the article attributes to.)
    if (size === 1 && tokens.isIn(deityTable, head)) return
    // (“the Big Bend region”, “the Gulf Coast area”: a place before its kind, no one.)
    if (determinerStart >= 0 && tokens.joinNext(tail) && tail + 1 < count && !tokens.cap(tail + 1) && tokens.isIn(regionNouns, tail + 1)) return
    // (“Frontier Flight 1287”, “Malaysia Airlines Flight 370”: a flight, no
    // one who speaks; the words before it name the airline.)
    if (tokens.lower(tail) === 'flight' && tokens.joinNext(tail) && tail + 1 < count && isDigit(view.charCodeAt(tokens.start(tail + 1)))) {
      if (tail > head) result.push(organization(head, tail - 1, determinerStart, false))
      return
    }

    // Organizations by name, head word or acronym.
    let nameEnd = runLength
    while (nameEnd - 1 > from && (classesAt(nameEnd - 1) & word.suffix) !== 0) nameEnd--
    const joined = size > 1 ? joinLower(from, runLength) : tokens.lower(head)
    const headClasses = tokens.classes(head)
    if (
      (size > 1 ? orgPhrases.has(joined) || orgNameFirst(from) : (headClasses & word.orgName) !== 0) ||
      // (“The Hill”, “The Atlantic”: the article is part of the name.)
      (determinerStart >= 0 && orgPhrasesAfterThe.has(joined)) ||
      ((classesAt(nameEnd - 1) & word.orgHead) !== 0 && !(size === 1 && tokens.initial(head) && lowercase(head)) && !surnameOfPerson(from, tail, size)) ||
      (size === 1 && tokens.acronym(head) && (headClasses & (word.place | word.role)) === 0 && !labels.has(view.slice(tokens.start(head), tokens.end(head)))) ||
      placedBody(head, size) ||
      team(head, size, determinerStart) ||
      brandShaped(view, tokens.start(head), tokens.end(head)) ||
      connectedOrg(from) ||
      // (“Doctors Without Borders”, “Reporters Without Borders”: no person’s name has “Without”.)
      (size >= 3 && withoutInside(from)) ||
      ampersand ||
      // (“Bayer, which makes …”: a person is “who”; not after a given name or title.)
      (size <= 2 && whichAfter(tokens.end(tail)) && (classesAt(from) & (word.givenName | word.role)) === 0 && (size === 1 || (classesAt(from + 1) & word.givenName) === 0)) ||
      // (“DTE Energy”, “Georgia Power”: a utility’s name ends in its trade.)
      // (Not a title’s department: “the Secretary of Energy”.)
      // (Nor a person’s name: “Samantha Power”, “John Steel”.)
      (size >= 2 && tokens.isIn(businessTails, tail) && (classesAt(from) & (word.givenName | word.place)) !== word.givenName && !(tokens.is(tail - 1, 'of') && (tokens.classes(tail - 2) & word.role) !== 0)) ||
      // (“S&P Global Ratings”, “AT&T Inc.”: no person’s name has “&”.)
      hasAmpersand(tokens.start(head), tokens.end(tail)) ||
      afterOrgKind(head) ||
      // (“the ultra-conservative Kayhan newspaper”: an outlet’s name before its kind.)
      // (Not a nationality, “the Italian daily”, nor the end of a possessive name, “the People’s Daily newspaper”.)
      (size <= 3 && (classesAt(from) & (word.givenName | titleWord | word.demonym | word.place)) === 0 && tokens.joinNext(tail) && tail + 1 < count && !tokens.cap(tail + 1) && tokens.isIn(outletKinds, tail + 1) && !/['’]s\s$/.test(view.slice(Math.max(0, tokens.start(head) - 3), tokens.start(head)))) ||
      // (“The bus company, Silver State Tours, said”: set off by commas.)
      (size <= 4 && (classesAt(from) & (word.givenName | titleWord)) === 0 && orgKindAppositive(head, tail)) ||
      placeLed(from) ||
      // (“Age UK”, “Amazon UK”: a country’s code ends a body’s name, no person’s.)
      (size >= 2 && tokens.isIn(countryCodes, tail) && (classesAt(from) & (word.givenName | titleWord)) === 0) ||
      // (“the United Nations Environment Programme”: a program of a body is one.)
      (size >= 3 && researchUnits.has(tokens.lower(tail)) && orgPhrases.has(tokens.lower(head) + ' ' + tokens.lower(head + 1))) ||
      (size <= 3 && atEmployer(head)) ||
      // (“the Israeli newspaper Haaretz”, “the tech news site Pando”: a name right after an outlet’s kind.)
      (size <= 3 && (classesAt(from) & (word.givenName | titleWord | word.calendar)) === 0 && outletBefore(head)) ||
      // (“Teamsters Local 727”: a union local.)
      (size >= 2 && isDigit(view.charCodeAt(tokens.start(tail))) && tokens.is(tail - 1, 'local'))
    ) {
      result.push(organization(head, tail, determinerStart, keepThe || (determinerStart >= 0 && view.charCodeAt(determinerStart) === 84 /* T */ && orgPhrasesAfterThe.has(joined))))
      return
    }

    // Title inside the run: the last role word before the name.
    let titleEnd = -1
    for (let item = from; item < nameEnd - 1; item++) {
      const classes = classesAt(item)
      if ((classes & word.role) !== 0 && (classes & word.givenName) === 0) titleEnd = item
    }

    if (titleEnd >= 0 && tokens.is(runStart + titleEnd + 1, 'of')) {
      let item = titleEnd + 2
      while (item < nameEnd - 1 && (classesAt(item) & word.department) !== 0) item++
      titleEnd = item - 1
    }

    // “Republican Christine Todd Whitman”, “Democrat Jane Doe”: a party
    // noun before a given name is the person’s party, no part of the name.
    // (Or before a two-word name with no word of a body or a place:
    // “Republican Winsome Earle-Sears”, not “Republican Study Committee”.)
    const nameAfterParty =
      (classesAt(from + 1) & word.givenName) !== 0 ||
      (nameEnd - from === 3 &&
        ((classesAt(from + 1) | classesAt(from + 2)) & (word.orgHead | word.orgName | word.place | word.demonym | titleWord)) === 0)
    const party =
      titleEnd < 0 && nameEnd - from >= 3 && nameAfterParty
        ? partyNouns.get(view.slice(tokens.start(runStart + from), tokens.end(runStart + from)))
        : undefined
    const nameFrom = titleEnd >= 0 ? titleEnd + 1 : party ? from + 1 : from
    let onlyTitleWords = true
    for (let item = nameFrom; item < runLength && onlyTitleWords; item++) {
      if ((classesAt(item) & titleWord) === 0) onlyTitleWords = false
    }

    if (onlyTitleWords) {
      // Only title words: “the President”, “Former”, “Democratic”.
      let role = -1
      for (let item = runLength - 1; item >= from && role < 0; item--) {
        if ((classesAt(item) & word.role) !== 0) role = runStart + item
      }

      if (role >= 0 && determinerStart >= 0) {
        const end = tokens.end(role)
        const title = candidate('title', determinerStart, end, tokens, head, 'title', collapse(view.slice(tokens.start(head), end)))
        title.key = roleKey(tokens.lower(role), role > runStart + from ? tokens.lower(role - 1) : undefined)
        result.push(title)
      }

      return
    }

    const nameHead = runStart + nameFrom
    const nameSize = runLength - nameFrom
    const nameClasses = tokens.classes(nameHead)
    const tailClasses = tokens.classes(tail)
    const nameStart = tokens.start(nameHead)
    const nameStop = tokens.end(tail)

    // Things: events, laws, dates, shows.
    if (
      (nameSize > 1 && (tailClasses & word.thingHead) !== 0 && (nameClasses & word.givenName) === 0) ||
      // (And storms by their names: “Hurricanes Helene”, “Tropical Storm Debby”.)
      (nameSize > 1 && tokens.isIn(stormWords, nameHead)) ||
      (nameClasses & word.weekday) !== 0 ||
      allDates(nameFrom)
    ) {
      return
    }

    const nameKey = nameFrom === from ? joined : joinLower(nameFrom, runLength)
    const compound = compoundOrg(nameHead, tail, determinerStart)

    // Places: not sources unless they speak.
    if (
      (nameSize === 1 ? (nameClasses & word.place) !== 0 : placePhrases.has(nameKey)) ||
      (titleEnd < 0 && nameSize <= 2 && (nameClasses & word.givenName) === 0 && beforePlace(tail)) ||
      // (Not a titled person, nor a given name and a surname that is also a
      // place’s head: “Lt. Jason Hall”, “Rand Paul”, “Ann Park”.)
      (nameSize > 1 && (tailClasses & word.geoHead) !== 0 && !personWithGeoSurname(nameSize, titleEnd, nameClasses, tail)) ||
      (nameSize > 1 && allOf(nameFrom, word.place | word.compass)) ||
      // (“Residents of Maple Grove say”, “the town of Paradise”: a place the lexicon lacks.)
      (titleEnd < 0 && nameSize <= 3 && (nameClasses & word.givenName) === 0 && ofPlaceNoun(head)) ||
      // (A compass word and a name the lexicon lacks: “North Darfur”, “South
      // Kordofan”; no one’s given name is a compass word.)
      (titleEnd < 0 && nameSize === 2 && tokens.isIn(compassWords, nameHead) && (tailClasses & (word.givenName | word.role)) === 0) ||
      // (“in Port Sudan”: after “in”, a word that is no given name and a
      // place is a city named for it, not a person.)
      (titleEnd < 0 && nameSize === 2 && (nameClasses & (word.givenName | word.role)) === 0 && (tailClasses & word.place) !== 0 && inBefore(head)) ||
      // (“a retired machinist from Springfield”, “a teacher from Dayton”:
      // where someone in a role is from, a place the lexicon lacks; “his”
      // and “he” went to it.)
      (titleEnd < 0 && nameSize === 1 && (nameClasses & (word.givenName | word.role | word.orgName | word.orgHead)) === 0 && fromAfterRole(head))
    ) {
      if (compound) {
        result.push(compound)
      } else {
        const place = candidate(
          'place',
          determinerStart >= 0 ? determinerStart : nameStart,
          nameStop,
          tokens,
          head,
          'name',
          collapse(view.slice(nameStart, nameStop))
        )
        place.key = nameKey
        result.push(place)
      }

      return
    }

    // (Not a surname after a given name: “Brad French”.)
    // (A given name that is no place: not “Virginia Democrats”.)
    // (Nor a nationality before a body’s noun: “the Chinese government” is
    // the government, not the Chinese.)
    if (
      ((tailClasses & word.capitalGroup) !== 0 || peoplePlural(tail) || (nameSize === 1 && titleEnd < 0 && (commonPeoplePlural(tail) || pluralShaped(tail)))) &&
      !(nameSize > 1 && (tokens.classes(nameHead) & (word.givenName | word.place)) === word.givenName) &&
      !(compound && nameSize === 1 && (nameClasses & word.demonym) !== 0)
    ) {
      const group = candidate('group', nameStart, nameStop, tokens, head, 'name', collapse(view.slice(nameStart, nameStop)))
      group.key = nameKey
      group.plural = true
      result.push(group)
      return
    }

    if (compound) {
      result.push(compound)
      return
    }

    // Adjectives of nationality or party (“Russian”, “Democratic”).
    if (nameSize === 1 && (nameClasses & word.demonym) !== 0) return

    // A person (or a single word that may name one).
    let titleStart = titleEnd >= 0 ? tokens.start(head) : nameStart
    let titleStop = titleEnd >= 0 ? tokens.end(runStart + titleEnd) : -1
    let titleCount = titleEnd >= 0 ? titleEnd + 1 - from : 0
    let honorificOnly = true
    // A given name’s gender only before a surname: alone, “Clinton” is a surname.
    let gender: 'female' | 'male' | null =
      nameSize < 2 ? null : (nameClasses & word.male) !== 0 ? 'male' : (nameClasses & word.female) !== 0 ? 'female' : null
    for (let item = from; item <= titleEnd; item++) {
      if ((classesAt(item) & word.honorific) === 0) honorificOnly = false
      gender = roleGender.get(tokens.lower(runStart + item)) ?? gender
    }

    // Title words before the run (“Former senator”, “executive director”).
    let item = head - 1
    let roleAt = -1
    while (item >= 0 && head - item <= 5) {
      if (!tokens.joinNext(item)) break
      const classes = tokens.classes(item)
      // (A ministry’s portfolio before its minister is the title’s too, whatever
      // the lexicon of modifiers lacks: “transport secretary Heidi Alexander”.)
      if ((classes & titleWord) === 0 && !(roleAt === item + 1 && portfolios.has(tokens.lower(item)) && portfolioRoles.has(tokens.lower(roleAt)))) break
      if (titleStop < 0) {
        if ((classes & word.role) === 0) break
        titleStop = tokens.end(item)
        roleAt = item
      }

      if ((classes & word.honorific) === 0) honorificOnly = false
      gender = roleGender.get(tokens.lower(item)) ?? gender
      titleStart = tokens.start(item)
      titleCount++
      item--
    }

    const words: string[] = []
    let initials = false
    for (let index = nameFrom; index < runLength; index++) {
      if ((classesAt(index) & word.suffix) === 0 || index === nameFrom) words.push(tokens.lower(runStart + index))
      if (isInitial(runStart + index)) initials = true
    }

    const person = candidate(
      nameSize > 1 || titleCount > 0 || initials ? 'person' : 'unknown',
      nameStart,
      nameStop,
      tokens,
      head,
      'name',
      collapse(view.slice(nameStart, nameStop))
    )
    person.key = nameKey
    person.words = words
    if (party) person.party = party
    // Most names have no title: keep the shared empty list then.
    if (titleStop > titleStart && !honorificOnly) {
      // (“British diplomat Sir Peter Westmacott”: the honorific is no part of the title.)
      let title = collapse(view.slice(titleStart, titleStop))
      const last = title.lastIndexOf(' ')
      if (last > 0 && trailingHonorifics.has(title.slice(last + 1).toLowerCase())) title = title.slice(0, last)
      const single = singularTitle(title)
      person.titles = [single ?? title]
      if (single) {
        sharedTitle = single
        sharedFrom = nameStop
      }
    } else if (titleCount === 0 && sharedFrom >= 0 && nameSize > 1 && nameStart - sharedFrom <= 8 && andBetween.test(view.slice(sharedFrom, nameStart))) {
      // (“Sens. Lindsey Graham and John McCain”: the second shares it.)
      person.type = 'person'
      person.titles = [sharedTitle]
    }
    person.titleStart = titleStop > 0 ? titleStart : nameStart
    // “Hale spokesman Jordan Pike”, “Pentagon spokesman John Kirby”: a name
    // right before a spokesman’s title is whom they speak for (or the body
    // they speak in).
    if (roleAt >= 0 && item >= 0 && tokens.joinNext(item) && tokens.cap(item) && !tokens.possessive(item) && representatives.has(tokens.lower(roleAt))) {
      person.ownerEnd = tokens.end(item)
    }
    person.gender = gender ?? kinBefore(view, titleStart)
    // (Named by kin, a lone word is a person: “Her husband, Luis, …”.)
    if (person.type === 'unknown' && gender === null && person.gender !== null) person.type = 'person'
    // “Acme said it would close”, “Unite said its members …”: a lone name
    // that speaks of itself as “it” (not a known given name).
    // (So is one that is only ever a source “according to”: “according to
    // Opta”, “according to Zillow” — a person would be named in full.)
    person.asIt = nameSize === 1 && titleCount === 0 && person.gender === null && (nameClasses & word.givenName) === 0 && (speaksAsIt(view, nameStop) || accordingToBefore(view, nameStart) || theBefore(nameHead, determinerStart))
    // “Apple’s head of mergers and acquisitions, Adrian Perica,”: the role
    // set off before the name is the person’s title, and its owner theirs.
    if (titleCount === 0 && nameSize > 1) rolesBefore(person, nameHead)
    // A lone sentence-initial word may be a common word: link it only (it
    // speaks only where an attribution names it). Not before an
    // institutional role and a name: “Harvard economist Jason Furman”.
    if (nameSize === 1 && tokens.initial(head) && titleCount === 0 && !beforeInstitutionRole(tail)) person.linkOnly = true

    result.push(person)
    if (person.quoted) return

    let end = nameStop
    let next = tail + 1
    if (opensTag(view, end)) {
      partyTag.lastIndex = end
      const tag = partyTag.exec(view)
      if (tag) {
        const party = tag[1] ?? tag[2] ?? tag[4]
        person.party = party ? party.charAt(0).toUpperCase() : null
        const state = tag[3] ?? tag[5] ?? null
        // “said Sen. Ann Lee, R-Texas.”: the sentence’s period is no part of
        // the name (it is of an abbreviation: “R-Vt.”).
        person.state = state && state.endsWith('.') && places.has(state.slice(0, -1).toLowerCase()) ? state.slice(0, -1) : state
        person.type = 'person'
        end += tag[0].length
        skipUntil = end
        person.afterEnd = end
        while (next < count && tokens.start(next) < end) next++
      }
    }

    appositive(person, end, next)
  }

  /**
   * Whether a name word is the plural of a nationality or of a state’s
   * people, a group as “Americans” is: “Ethiopians”, “Iowans”, “Ohioans”.
   */
  function peoplePlural(token: number): boolean {
    // (Such plurals end in “ns” or “is”, “Somalis”: no slice for “Sanders”.)
    const end = tokens.end(token)
    const before = view.charCodeAt(end - 2)
    if (end - tokens.start(token) < 6 || view.charCodeAt(end - 1) !== 115 || (before !== 110 && before !== 105)) return false
    const lower = tokens.lower(token)
    return demonyms.has(lower.slice(0, -1)) || (before === 110 && (places.has(lower.slice(0, -2)) || places.has(lower.slice(0, -3))))
  }

  /**
   * Whether a lone name word is a common plural noun for people, capitalized
   * by a headline or a style (“The Rabbis said”, “liberal Imams”, “Baptists”):
   * a group of them, no person or body named so.
   */
  function commonPeoplePlural(token: number): boolean {
    // (Plurals of six letters or more: no slice for most names.)
    const end = tokens.end(token)
    if (end - tokens.start(token) < 6 || view.charCodeAt(end - 1) !== 115 || (tokens.classes(token) & (word.givenName | word.place | word.orgName)) !== 0) return false
    if (tokens.isIn(memberPlurals, token)) return true
    const lower = tokens.lower(token)
    return (roles.has(lower.slice(0, -1)) && !surnamePlurals.has(lower)) || followerPlural.test(lower)
  }

  /** Whether a lone name word is a plural by its shape (see {@link pluralShapedName}). */
  function pluralShaped(token: number): boolean {
    const start = tokens.start(token)
    const end = tokens.end(token)
    if (end - start < 3 || view.charCodeAt(end - 1) !== 115) return false
    // (Only a second capital or a hyphen can make one: no slice for “Sanders”.)
    const second = view.charCodeAt(start + 1)
    if (!(second >= 65 && second <= 90) && view.lastIndexOf('-', end - 2) < start) return false
    return pluralShapedName(view.slice(start, end))
  }

  /**
   * Whether the sentence’s first word `token` is a participle before a
   * known body or nationality (“Striking Boeing workers”, “Visiting Chinese
   * officials”): a modifier, no name of its own.
   */
  function participleBefore(token: number): boolean {
    if (tokens.end(token) - tokens.start(token) < 6 || (tokens.classes(token) & (word.orgName | word.place | word.demonym)) !== 0) return false
    const lower = tokens.lower(token)
    return lower.endsWith('ing') && (tokens.classes(token + 1) & (word.orgName | word.demonym)) !== 0
  }

  /** Whether every run word from `from` on is a calendar word or starts with a digit. */
  function allDates(from: number): boolean {
    for (let token = runStart + from; token < runStart + runLength; token++) {
      if ((tokens.classes(token) & word.calendar) === 0 && !isDigit(view.charCodeAt(tokens.start(token)))) return false
    }

    return true
  }

  /** Whether every run word from `from` on has one of the `classes`. */
  function allOf(from: number, classes: number): boolean {
    for (let token = runStart + from; token < runStart + runLength; token++) {
      if ((tokens.classes(token) & classes) === 0) return false
    }

    return true
  }

  /**
   * A body named after the place it serves: an acronym before a place (“NHS
   * England”, “BBC Scotland”), or words with no given name before one
   * (“Public Health England”, “Sport England”); no role in it (“US
   * President Joe Biden”).
   */
  function placedBody(head: number, size: number): boolean {
    if (size < 2 || size > 4 || (tokens.classes(head + size - 1) & word.place) === 0) return false
    for (let item = head; item < head + size - 1; item++) {
      const classes = tokens.classes(item)
      if ((classes & (word.role | word.givenName | word.honorific | word.place)) !== 0) return false
    }

    return tokens.acronym(head) || size > 2 || (tokens.classes(head) & word.orgNoun) !== 0
  }

  /**
   * “Southern California Edison”, “New York Life”: a place of two words (“New
   * York”, a compass word and a place) opening a name that goes on in plain
   * capitalized words is a company’s; no person’s name starts so (“West
   * Virginia Sen. Joe Manchin” goes on in a title, “North Carolina
   * Republicans” in a group).
   */
  function placeLed(from: number): boolean {
    const first = runStart + from
    // (Three or four words: “North Dakota RNC Committeeman Curly Haugland” goes on in a title the lexicon lacks.)
    if (runLength - from < 3 || runLength - from > 4 || !tokens.joinNext(first)) return false
    const opening = tokens.lower(first)
    if (!placePhrases.has(opening + ' ' + tokens.lower(first + 1)) && !(tokens.isIn(compassWords, first) && (tokens.classes(first + 1) & word.place) !== 0)) return false
    for (let item = from + 2; item < runLength; item++) {
      if ((classesAt(item) & (word.givenName | titleWord | word.role | word.place | word.geoHead | word.thingHead | word.capitalGroup | word.demonym)) !== 0) return false
    }

    return true
  }

  /**
   * “the journal Nature Medicine”, “the environmental watchdog Sierra Club”: a
   * name right after a kind of organization and its article (not an object
   * of “told”: “told the magazine Clinton was …”).
   */
  function afterOrgKind(head: number): boolean {
    const noun = head - 1
    if (noun < 1 || !tokens.joinNext(noun) || tokens.cap(noun)) return false
    let article = noun - 1
    // (Up to two modifiers between: “the energy analytics firm Kpler”.)
    for (let step = 0; step < 2 && article > 0 && !tokens.cap(article) && !tokens.is(article, 'the') && !tokens.is(article, 'a') && tokens.joinNext(article - 1); step++) article--
    // (The article first: comparing hashes is cheaper than slicing the noun.)
    // (Or a capitalized modifier opening the sentence: “Outdoor retailer Summit Gear said”.)
    const opening = article !== noun && tokens.initial(article) && tokens.cap(article)
    // (Or a preposition with no article: “a bid for artificial intelligence startup Perplexity AI”.)
    const preposition = (tokens.classes(article) & word.affiliationPreposition) !== 0 || tokens.is(article, 'from') || tokens.is(article, 'by') || tokens.is(article, 'against')
    if (!(tokens.is(article, 'the') || tokens.is(article, 'a') || opening || preposition) || !tokens.isIn(orgKindTable, noun)) return false
    const verb = article > 0 ? tokens.lower(article - 1) : ''
    return !objectSpeechVerbs.has(verb)
  }

  /**
   * A given name and a surname that is also a body’s head word, with a role
   * in apposition: “Sarah House, senior economist at Wells Fargo,”, “Ray
   * Chambers, a philanthropist” (not “Grace Church said”).
   */
  function surnameOfPerson(from: number, tail: number, size: number): boolean {
    if (size !== 2 || (classesAt(from) & (word.givenName | word.place)) !== word.givenName || !surnameHeads.has(tokens.lower(tail))) return false
    if (view.charCodeAt(tokens.end(tail)) !== 44) return false
    for (let index = tail + 1; index < count && index <= tail + 4 && !tokens.cap(index); index++) {
      if ((tokens.classes(index) & word.role) !== 0) return true
    }

    return false
  }

  /**
   * “The bus company, Silver State Tours, said”, “the startup, Acme Labs,”:
   * a name set off by commas right after “the” (a modifier or two) and a
   * kind of organization.
   */
  function orgKindAppositive(head: number, tail: number): boolean {
    const noun = head - 1
    if (noun < 1 || tokens.cap(noun) || gapKind(tokens.rawEnd(noun), tokens.start(head)) !== 2 || !tokens.isIn(orgKindTable, noun)) return false
    if (view.charCodeAt(tokens.end(tail)) !== 44) return false
    let article = noun - 1
    for (let step = 0; step < 2 && article > 0 && !tokens.cap(article) && !tokens.is(article, 'the') && tokens.joinNext(article - 1); step++) article--
    return tokens.is(article, 'the') && tokens.joinNext(article)
  }

  /**
   * A team: “the Texas Rangers”, “the Seattle Mariners”, “the Golden State
   * Warriors” — a place and a capitalised plural after “the”.
   */
  function team(head: number, size: number, determinerStart: number): boolean {
    if (determinerStart < 0 || size < 2 || size > 4) return false
    const last = tokens.lower(head + size - 1)
    if (
      last.length <= 3 ||
      !last.endsWith('s') ||
      last.endsWith('ss') ||
      placePlurals.has(last) ||
      kinPlurals.has(last) ||
      (tokens.classes(head + size - 1) & (word.place | word.givenName | word.role | word.geoHead | word.capitalGroup | word.demonym)) !== 0
    ) {
      return false
    }

    // A place first (“the Dallas Cowboys”), or a city the lexicon lacks
    // (“the Buffalo Bills”): no given name, title or group word before.
    if ((tokens.classes(head) & word.place) !== 0) return true
    for (let item = head; item < head + size - 1; item++) {
      if ((tokens.classes(item) & (word.givenName | titleWord | word.capitalGroup | word.demonym | word.orgHead)) !== 0) return false
    }

    return true
  }

  /** Whether the name at `head` follows “residents of”, “the town of” and the like (see {@link placeOfNouns}). */
  function ofPlaceNoun(head: number): boolean {
    const of = head - 1
    return of >= 1 && tokens.joinNext(of) && tokens.joinNext(of - 1) && tokens.is(of, 'of') && (!tokens.cap(of - 1) || tokens.initial(of - 1)) && placeOfNouns.has(tokens.lower(of - 1))
  }

  /** Whether “from” and a lowercase role come right before `head` (“a retired machinist from Springfield”). */
  function fromAfterRole(head: number): boolean {
    return head >= 2 && tokens.joinNext(head - 1) && tokens.is(head - 1, 'from') && tokens.joinNext(head - 2) && !tokens.cap(head - 2) && (tokens.classes(head - 2) & word.role) !== 0
  }

  /** Whether “in” comes right before `head` (“in Port Sudan”). */
  function inBefore(head: number): boolean {
    return head >= 1 && tokens.joinNext(head - 1) && tokens.is(head - 1, 'in')
  }

  /**
   * Whether “the” comes right before a lone name word that is no plural
   * (“The Tennessean first reported”, “Lee Wang of The Intercept”): no
   * person is called so; a body is, or a family (“the Clintons”) or a group.
   */
  function theBefore(head: number, determinerStart: number): boolean {
    if (determinerStart < 0 || head < 1 || tokens.start(head - 1) !== determinerStart || view.charCodeAt(tokens.end(head) - 1) === 115 || tokens.possessive(head)) return false
    if ((tokens.classes(head) & (word.role | word.demonym | word.place)) !== 0) return false
    // (Not someone from a place: “the Texan”.)
    if (placeNative(tokens.lower(head))) return false
    // (The head of its phrase: not a modifier, “the Kazakh government”,
    // “the Pacific trade deal”; unless a statement follows, “The
    // Tennessean first reported”.)
    const next = head + 1
    return next >= count || !tokens.joinNext(head) || tokens.cap(next) || !/^\p{Ll}/u.test(view.charAt(tokens.start(next))) || statementAfter(view, tokens.end(head))
  }

  /** Whether a lowercase outlet’s kind comes right before `head` (see {@link outletKindsBefore}). */
  function outletBefore(head: number): boolean {
    return head >= 1 && tokens.joinNext(head - 1) && !tokens.cap(head - 1) && tokens.isIn(outletKindsBefore, head - 1)
  }

  /** “Analysts at Bernstein”, “an economist at Moody’s”, “a realtor with Keller Williams”: a short name after a profession and “at” or “with” is the employer. */
  function atEmployer(head: number): boolean {
    const at = head - 1
    // (“a realtor with Keller Williams”: “with” too, after a profession.)
    if (at < 1 || !tokens.joinNext(at) || !tokens.joinNext(at - 1) || !(tokens.is(at, 'at') || tokens.is(at, 'with')) || (tokens.cap(at - 1) && !tokens.initial(at - 1))) return false
    const noun = tokens.lower(at - 1)
    return professionsAt.has(noun) || professionsAt.has(noun.replace(/s$/, ''))
  }

  /** “Department of Defense”, “Campaign to Ban Landmines”. */
  function connectedOrg(from: number): boolean {
    for (let item = from + 1; item < runLength; item++) {
      const token = runStart + item
      if (!tokens.cap(token) && (tokens.classes(token) & word.connector) !== 0) {
        // (“the Program on Reproductive Health and the Environment”: a
        // program, a project or an initiative *on* something is a body.)
        return (classesAt(item - 1) & word.orgHead) !== 0 || connectorHead(token - 1, token)
      }
    }

    return false
  }

  /** Whether a run word after the first and before the last is “Without”. */
  function withoutInside(from: number): boolean {
    for (let item = from + 1; item < runLength - 1; item++) {
      if (tokens.is(runStart + item, 'without')) return true
    }

    return false
  }

  /** “Trump administration”, “U.S. military”: a name and an organization noun. */
  function compoundOrg(head: number, last: number, determinerStart: number): Candidate | undefined {
    const noun = last + 1
    if (!tokens.joinNext(last) || noun >= count || tokens.cap(noun) || (tokens.classes(noun) & word.orgNoun) === 0) {
      return undefined
    }

    // (A nationality before a business noun describes a business named
    // before, no name: “Spotify … The Swedish company said”; but “the
    // Chinese government” is one.)
    if (head === last && (tokens.classes(head) & word.demonym) !== 0 && businessDescriptions.has(tokens.lower(noun))) return undefined

    const name = collapse(view.slice(tokens.start(head), tokens.end(noun)))
    const found = candidate(
      'organization',
      determinerStart >= 0 ? determinerStart : tokens.start(head),
      tokens.end(noun),
      tokens,
      head,
      'name',
      name
    )
    found.key = name.toLowerCase()
    found.gender = 'neuter'
    return found
  }

  function organization(head: number, last: number, determinerStart: number, keepThe: boolean): Candidate {
    const start = determinerStart >= 0 ? determinerStart : tokens.start(head)
    const nameStart = keepThe && determinerStart >= 0 ? determinerStart : tokens.start(head)
    const end = tokens.end(last)
    const name = collapse(view.slice(nameStart, end))
    const found = candidate('organization', start, end, tokens, head, 'name', name)
    // (“Apple Inc.” and “Apple” are one business: the key has no legal suffix.)
    const key = keepThe ? name.toLowerCase().replace(/^the /, '') : name.toLowerCase()
    // (The pattern only when the last word is a legal form: it is anchored at the end.)
    found.key = legalForms.has(key.slice(key.lastIndexOf(' ') + 1)) ? key.replace(legalSuffix, '') : key
    found.gender = 'neuter'
    // “Russia’s Defense Ministry”: whose body it is, as a place (the name
    // stays the one the article uses again: “the Defense Ministry”).
    const owner = head - 1
    if (
      determinerStart < 0 &&
      owner >= 0 &&
      tokens.possessive(owner) &&
      (tokens.classes(owner) & word.place) !== 0 &&
      gapKind(tokens.rawEnd(owner), tokens.start(head)) === 1
    ) {
      found.state = view.slice(tokens.start(owner), tokens.end(owner))
    }
    if (opensTag(view, end)) {
      acronym.lastIndex = end
      const alias = acronym.exec(view)
      if (alias) found.alias = alias[1]!.replace(/\./g, '').toLowerCase()
    }

    return found
  }

  /**
   * “, the Washington director of advocacy group Human Rights Watch”:
   * title, and where to look for the organization.
   */
  function appositive(person: Candidate, end: number, index: number): void {
    if (index >= count || tokens.paragraph(index) !== tokens.paragraph(index - 1)) return
    const gap = gapKind(end, tokens.start(index))
    if (gap === 1) {
      // “Joel Pollak of Breitbart California”.
      if ((tokens.is(index, 'of') || tokens.is(index, 'at')) && tokens.joinNext(index)) {
        const target = index + 1 < count && tokens.is(index + 1, 'the') ? index + 2 : index + 1
        // (Or anyone “of” a body whose name says it is one: “Niklas Höhne
        // of the NewClimate Institute”, “Dr. Hao Lin of Massachusetts
        // General Hospital”.)
        // (Not an event one is at: “Mr. Khan at the Democratic Convention”.)
        if (
          isNameWord(target) &&
          (person.titles.length > 0 || person.gender !== null || person.party !== null || (tokens.is(index, 'of') && bodyNameAt(target))) &&
          !(tokens.is(index, 'at') && eventAt(target))
        ) {
          // (From “the”, where a body's candidate starts.)
          person.affiliationRange = [tokens.start(index + 1), tokens.start(target) + 80]
        }
      }

      return
    }

    if (gap !== 2) return
    // An age: “John Smith, 45, a lawyer”.
    if (isDigit(view.charCodeAt(tokens.start(index))) && tokens.end(index) - tokens.start(index) < 4) {
      if (index + 1 >= count || gapKind(tokens.rawEnd(index), tokens.start(index + 1)) !== 2) return
      index++
    }

    if (bodyAppositive(person, index)) return
    // “Demis Hassabis, who leads Google DeepMind,”: the body one runs.
    if (tokens.is(index, 'who') && index + 2 < count && tokens.joinNext(index) && tokens.joinNext(index + 1) && leadVerbs.has(tokens.lower(index + 1))) {
      const target = tokens.is(index + 2, 'the') && tokens.joinNext(index + 2) ? index + 3 : index + 2
      // (Not a name before a lowercase noun: “who led United States forces”.)
      let last = target
      while (last < target + 8 && tokens.joinNext(last) && isNameWord(last + 1)) last++
      const modifier = last + 1 < count && tokens.joinNext(last) && !tokens.cap(last + 1) && (tokens.classes(last + 1) & word.connector) === 0
      if (isNameWord(target) && !modifier && person.affiliationRange === null) person.affiliationRange = [tokens.start(index + 2), tokens.start(target) + 80]
      return
    }

    if ((tokens.classes(index) & word.appositiveStop) !== 0) return
    let startIndex = tokens.is(index, 'the') || tokens.is(index, 'a') || tokens.is(index, 'an') ? index + 1 : index
    // An article that ends on “…, the” has no appositive after it.
    if (startIndex >= count) return
    // “, the company’s chief executive,”, “, Hewlett-Packard’s CEO,”: the
    // title follows the possessive.
    let possessor = -1
    let named = false
    // (A possessive pronoun too: “John Smith, its spokesman,”, whose owner is what “its” names.)
    const pronounOwner = startIndex < count - 1 && (tokens.classes(startIndex) & word.possessivePronoun) !== 0 && tokens.joinNext(startIndex)
    for (let item = startIndex; !pronounOwner && item < Math.min(count - 1, startIndex + 4); item++) {
      // (After a role and “at”, “of”, “for”, a possessive is the
      // affiliation’s: “a researcher at Children’s Hospital”, “director of
      // the CDC’s National Center”, “host of MSNBC’s “Morning Joe””; not in
      // a name, “Color of Change’s executive director”.)
      if ((tokens.classes(item) & word.affiliationPreposition) !== 0 && roleBetween(startIndex, item)) break
      if (tokens.possessive(item)) {
        possessor = item
        break
      }

      if (!tokens.joinNext(item)) break
    }

    if (pronounOwner) {
      possessor = startIndex
      named = true
      startIndex++
    } else if (possessor !== -1) {
      if (tokens.paragraph(possessor + 1) !== tokens.paragraph(possessor) || tokens.start(possessor + 1) - tokens.rawEnd(possessor) > 2) return
      // (Not an affiliation: the name may be a person’s, “Trump’s spokeswoman”.)
      // A body named again by its kind is one too: “the association’s president”.
      // (And a business so: “Michael Beckerman, the company’s head of public policy,”.)
      named = isNameWord(startIndex) || (possessor === startIndex && tokens.is(index, 'the') && (orgDescriptions.has(tokens.lower(possessor)) || businessDescriptions.has(tokens.lower(possessor))))
      startIndex = possessor + 1
    }

    let stop = startIndex
    while (stop < count - 1 && tokens.joinNext(stop) && stop - startIndex < 24) stop++
    // “, a New York Democrat,”, “, a Republican from Ohio,”: party (and
    // state), not a name of its own.
    if (possessor === -1) {
      for (let item = startIndex; item <= Math.min(stop, startIndex + 3); item++) {
        const party = partyNouns.get(view.slice(tokens.start(item), tokens.end(item)))
        // (The party noun ends the appositive: “a Republican strategist” is a title.)
        // (Or a relative clause: “, a Texas Republican who had threatened to vote no,”.)
        if (party !== undefined && (item === stop || tokens.is(item + 1, 'from') || tokens.is(item + 1, 'of') || tokens.is(item + 1, 'who'))) {
          if (person.party === null) person.party = party
          if (person.state === null && item > startIndex) person.state = collapse(view.slice(tokens.start(startIndex), tokens.end(item - 1)))
          person.type = 'person'
          skipUntil = Math.max(skipUntil, tokens.end(item))
          return
        }

        if (!isNameWord(item)) break
      }
    }

    let role = -1
    for (let item = startIndex; item <= Math.min(stop, startIndex + 5); item++) {
      if ((tokens.classes(item) & word.role) !== 0) {
        role = item
        if (item < stop && (tokens.classes(item + 1) & word.role) !== 0) continue
        break
      }

      if ((tokens.classes(item) & (word.affiliationPreposition | word.appositiveStop | word.determiner)) !== 0) break
    }

    if (role < 0) return
    role = roleHead(role, stop)
    // “co-founder and CEO of Acme Robotics”, “president and chief
    // executive”: coordinated roles are one title, whose body follows both.
    if (role + 2 <= stop && tokens.is(role + 1, 'and') && tokens.joinNext(role) && tokens.joinNext(role + 1) && (tokens.classes(role + 2) & word.role) !== 0) {
      role += 2
      while (role < stop && tokens.joinNext(role) && (tokens.classes(role + 1) & word.role) !== 0) role++
      role = roleHead(role, stop)
    }

    // The title’s capitalised words (“the former Hewlett-Packard CEO”) are
    // this person’s title, not a name of their own (but a possessive name
    // before the title is: “Trump’s spokeswoman”).
    // (But a body named before the role is the person’s: “a Brown
    // University researcher”, “a Georgetown University law professor”, as
    // “Harvard economist Jason Furman” — read as a name too.)
    let bodyStart = -1
    let bodyEnd = -1
    for (let item = startIndex; item < role && possessor === -1; item++) {
      if (!tokens.cap(item) || (bodyStart < 0 && tokens.isIn(tenureOpeners, item))) {
        if (bodyStart >= 0) break
        continue
      }

      if (bodyStart < 0) bodyStart = item
      bodyEnd = item
    }

    if (!named && bodyEnd >= 0 && (tokens.classes(bodyEnd) & (word.orgHead | word.orgName)) !== 0 && person.affiliationRange === null) {
      skipUntil = Math.max(skipUntil, tokens.start(bodyStart))
      person.affiliationRange = [tokens.start(bodyStart), tokens.end(bodyEnd)]
    } else if (!named) {
      skipUntil = Math.max(skipUntil, tokens.end(role))
    }

    // “head of public policy”, “director of communications”: a lowercase
    // field after “of” is the title’s (“director of the CDC” names a body).
    let titleEnd = role
    if (role + 2 <= stop && tokens.is(role + 1, 'of') && tokens.joinNext(role) && !tokens.cap(role + 2) && (tokens.classes(role + 2) & (word.determiner | word.possessivePronoun)) === 0) {
      titleEnd = role + 2
      while (titleEnd < Math.min(stop, role + 4) && tokens.joinNext(titleEnd) && fieldWord(titleEnd + 1)) titleEnd++
      // (Not ending on an adjective whose noun was cut: “director of
      // political …”, “chairman of suburban …”.)
      while (titleEnd >= role + 2 && /(?:al|an|ic|ive|ous)$/.test(tokens.lower(titleEnd))) titleEnd--
      // (A field of nouns, not a phrase going on: “secretary of labor
      // during …”, “veteran of 22 years in …”; nor a kind of body before
      // its name: “director of advocacy group Human Rights Watch”.)
      if (titleEnd < role + 2 || !fieldWord(role + 2) || (tokens.joinNext(titleEnd) && tokens.cap(titleEnd + 1))) titleEnd = role
      else skipUntil = Math.max(skipUntil, tokens.end(titleEnd))
    }

    const title = collapse(view.slice(tokens.start(startIndex), tokens.end(titleEnd)))
    if (person.titles.length === 0) person.titles = [title]
    else if (!hasTitle(person.titles, title)) person.titles.push(title)
    person.type = 'person'
    person.gender = roleGender.get(tokens.lower(role)) ?? person.gender
    // (“with” names an employer only when one follows: “a lawyer with the
    // ACLU”, not “a pilot with a gift for imitating W.C. Fields”.)
    // (Nor is a work one wrote: “author of “Let the People Rule””.)
    if (
      role + 1 < stop &&
      (tokens.classes(role + 1) & word.affiliationPreposition) !== 0 &&
      !(tokens.is(role + 1, 'with') && !tokens.cap(role + 2) && !tokens.is(role + 2, 'the')) &&
      !(tokens.is(role + 1, 'of') && authorRoles.has(tokens.lower(role)))
    ) {
      person.affiliationRange = [tokens.start(role + 2), tokens.end(stop)]
      person.affiliationType = tokens.is(role, 'member') ? 'member' : 'affiliation'
    } else if (named) {
      person.ownerEnd = tokens.end(possessor)
    }
  }

  /**
   * “chief science officer”, “chief operating officer”: a role word and a
   * field before the role that heads the title; the head’s index (`role`
   * when none follows).
   */
  function roleHead(role: number, stop: number): number {
    for (let item = role + 1; item <= Math.min(stop, role + 2); item++) {
      if (tokens.cap(item) || (tokens.classes(item) & (word.affiliationPreposition | word.appositiveStop | word.determiner)) !== 0) break
      if ((tokens.classes(item) & word.role) !== 0) return item
    }

    return role
  }

  /**
   * “Unite, one of Britain’s biggest unions,”, “Acme, a chemical company,”:
   * a name described by a body’s kind is that body, no person (a given name,
   * title or party says person; so does a role in the phrase: “a company
   * spokesman”, “a senior adviser to the campaign”). Marks the candidate and
   * returns whether it did.
   */
  function bodyAppositive(person: Candidate, index: number): boolean {
    if (person.titles.length > 0 || person.gender !== null || person.party !== null) return false
    let item = index
    if (tokens.is(item, 'one') && tokens.is(item + 1, 'of')) item += 2
    if (tokens.is(item, 'the') || tokens.is(item, 'a') || tokens.is(item, 'an')) item++
    // (Past a possessive: “Britain’s biggest unions”.)
    for (let scan = item; scan < Math.min(count - 1, item + 3); scan++) {
      // (Not past a role: “a spokeswoman for Gore’s campaign”.)
      if ((tokens.classes(scan) & (word.role | word.affiliationPreposition)) !== 0) break
      if (tokens.possessive(scan)) {
        item = scan + 1
        break
      }

      if (!tokens.joinNext(scan)) break
    }

    let head = -1
    for (; item < count && item - index < 8; item++) {
      const classes = tokens.classes(item)
      if ((classes & (word.affiliationPreposition | word.appositiveStop)) !== 0 || tokens.is(item, 'to') || tokens.is(item, 'who')) break
      // (A capital only for a people or place: “the Canadian mining company”.)
      if ((classes & word.role) !== 0 || (tokens.cap(item) && (classes & (word.demonym | word.place)) === 0)) return false
      head = item
      if (!tokens.joinNext(item)) break
    }

    if (head < 0) return false
    const lower = tokens.lower(head)
    if (!orgDescriptions.has(lower) && !(lower.endsWith('s') && orgDescriptions.has(lower.slice(0, -1)))) return false
    person.type = 'organization'
    // (Described, a lone word opening a sentence is a name: it may speak.)
    person.linkOnly = false
    skipUntil = Math.max(skipUntil, tokens.end(head))
    return true
  }

  /**
   * A role phrase after a possessive, set off by a comma right before the
   * name at `name` (“Apple’s head of mergers, Adrian Perica”, “Trump’s
   * spokeswoman, Hope Hicks”): the person’s title, and where its owner ends.
   */
  function rolesBefore(person: Candidate, name: number): void {
    const last = name - 1
    if (last < 1 || gapKind(tokens.rawEnd(last), tokens.start(name)) !== 2) return
    // (The phrase’s head, before its first preposition, must be a role:
    // not “the senator’s ideas on student loans”, nor kin, “his father”.)
    let head = last
    for (let item = last; item >= 0 && last - item < 7; item--) {
      if ((tokens.classes(item) & word.affiliationPreposition) !== 0 || tokens.is(item, 'to') || tokens.is(item, 'on')) head = item - 1
      const previous = item - 1
      if (previous < 0) return
      if (tokens.possessive(previous) && tokens.cap(previous) && gapKind(tokens.rawEnd(previous), tokens.start(item)) === 1) {
        if (head < item || (tokens.classes(head) & word.role) === 0 || kin.has(tokens.lower(head))) return
        person.titles = [collapse(view.slice(tokens.start(item), tokens.end(last)))]
        person.ownerEnd = tokens.end(previous)
        return
      }

      // (An acronym may modify the role: “Algeria’s U.N. ambassador”.)
      if (!tokens.joinNext(previous) || (tokens.cap(previous) && !acronymWord.test(view.slice(tokens.start(previous), tokens.end(previous))))) return
    }
  }

  /** Whether capitalized words from `from` (up to six) end in an organization’s head word or name (“NewClimate Institute”). */
  function bodyNameAt(from: number): boolean {
    for (let item = from; item < count && item - from < 6 && tokens.cap(item); item++) {
      if ((tokens.classes(item) & (word.orgHead | word.orgName)) !== 0) return true
      if (!tokens.joinNext(item)) return false
    }

    return false
  }

  /** Whether the capitalized words from `from` end in an event’s head word (“Democratic Convention”, “Paris Summit”). */
  function eventAt(from: number): boolean {
    let item = from
    while (item + 1 < count && item - from < 5 && tokens.joinNext(item) && tokens.cap(item + 1)) item++
    return thingHeads.has(tokens.lower(item))
  }

  /** Whether the word at `index` may be part of a field after a role and “of” (“public policy”, “constitutional law”): lowercase letters, no function word or participle. */
  function fieldWord(index: number): boolean {
    if (index >= count || tokens.cap(index) || (tokens.classes(index) & (word.affiliationPreposition | word.appositiveStop | word.determiner | word.possessivePronoun)) !== 0) return false
    const lower = tokens.lower(index)
    return /^\p{Ll}+$/u.test(lower) && (!lower.endsWith('ing') || fieldGerunds.has(lower)) && !fieldStops.has(lower)
  }

  /** “No 10” (or “No. 10”) at `index`: Downing Street, whose “No” a sentence may open with. */
  function noTen(index: number): boolean {
    return (tokens.is(index, 'no') || tokens.is(index, 'no.')) && index + 1 < count && tokens.joinNext(index) && tokens.is(index + 1, '10')
  }

  /** Whether a role word is among the tokens `from` to `to` (exclusive). */
  function roleBetween(from: number, to: number): boolean {
    for (let item = from; item < to; item++) if ((tokens.classes(item) & word.role) !== 0) return true
    return false
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

/** Words that end a role’s field (“secretary of labor *during* …”). */
const fieldStops = new Set(['to', 'in', 'on', 'during', 'under', 'over', 'since', 'after', 'before', 'by', 'into', 'about', 'against', 'between', 'through', 'and', 'or', 'but', 'who', 'which', 'that', 'when', 'where', 'as', 'than', 'until', 'while'])

/** Fields in “-ing” (“director of political advertising”); other “-ing” words go on a phrase (“secretary of state bidding to”). */
const fieldGerunds = new Set(['advertising', 'marketing', 'programming', 'engineering', 'nursing', 'planning', 'housing', 'banking', 'accounting', 'publishing', 'broadcasting', 'manufacturing', 'policing', 'polling', 'fundraising', 'organizing', 'lobbying', 'training', 'learning', 'computing', 'trading', 'lending', 'counseling', 'licensing'])

/** An acronym, dotted or not (“U.N.”, “EU”, “NATO”). */
const acronymWord = /^(?:\p{Lu}\.){2,6}$|^\p{Lu}{2,6}$/u

/** Party nouns of an appositive (“a New York Democrat”) and their tags. */
const partyNouns = new Map([
  ['Democrat', 'D'],
  ['Republican', 'R'],
  ['Independent', 'I']
])

/** Whether a parenthesis (after up to four spaces: blanked markup) or a comma follows `end`. */
function opensTag(view: string, end: number): boolean {
  let index = end
  while (index < end + 4 && view.charCodeAt(index) === 32) index++
  const code = view.charCodeAt(index)
  return code === 40 || (index === end && code === 44)
}

function onlySpaces(value: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (value.charCodeAt(index) !== 32) return false
  return true
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Whether the word at `view[start..end)` is shaped like a brand, an outlet
 * or a station, never a person’s name: a capital inside after three
 * lowercase-led letters (“YouTube”, “HuffPost”, “WikiLeaks”, “TheBlaze”;
 * not “McCain”, “DeSantis”, “LaHood”, “MacArthur”, “VandeHei”, “MaryAnn”),
 * a web domain (“Factcheck.org”), call letters with a band or digits
 * (“WKOW-TV”, “WOR710”).
 */
function brandShaped(view: string, start: number, end: number): boolean {
  // Most names are a capital and lowercase ASCII letters: no slice, no regex.
  let plain = true
  for (let index = start + 1; index < end && plain; index++) {
    const code = view.charCodeAt(index)
    if (code < 97 || code > 122) plain = false
  }

  if (plain) return false
  const text = view.slice(start, end)
  return camelBrand.test(text) || domainName.test(text) || station.test(text)
}

// (Bounded character classes; each tested on one word.)
const camelBrand =
  /^(?!(?:Mac|Mc|De|Di|Da|Du|La|Le|Van|Vande|Vander|Von|Del|Della|Des|Fitz|Ten|Ter)\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$(?<!\p{Ll}(?:Ann|Anne|Anna|Beth|Ellen|Lou|Marie|Lynn|Sue|Kay))/u
const domainName = /^[\p{L}\d-]{2,40}\.(?:com|org|net|gov|edu|io|co|tv|news|us|uk|info|ai|fm|me|ly|eu)\.?$/iu
const station = /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT)|\d{3,4})$/

/** Head words of bodies that are surnames too (“Sarah House”, “Ray Chambers”, “Emily Post”; see `surnameOfPerson`). */
const surnameHeads = new Set(['house', 'church', 'post', 'bank', 'banks', 'court', 'chambers', 'chamber', 'temple', 'guard', 'press'])

/** Only “and” (perhaps after a comma) between two names. */
const andBetween = /^,?\s{1,2}and\s{1,2}$/

/** Plural forms of honorifics that are no plural of a title (“Mrs.”, “Ms.”). */
const notPluralTitles = new Set(['mrs.', 'ms.', 'mrs', 'ms', 'messrs.'])

/**
 * The singular of a plural title before names (“Sens.” → “Sen.”, “Council
 * members” → “Council member”), or `undefined` when the title is not plural.
 */
function singularTitle(title: string): string | undefined {
  const space = title.lastIndexOf(' ')
  const word = title.slice(space + 1)
  const lower = word.toLowerCase()
  if (notPluralTitles.has(lower) || lower.length < 4) return undefined
  if (lower.endsWith('s.') && roles.has(lower.slice(0, -2) + '.')) return title.slice(0, title.length - 2) + '.'
  if (lower.endsWith('s') && !lower.endsWith('ss') && roles.has(lower.slice(0, -1))) return title.slice(0, -1)
  return undefined
}

/** An acronym in the plural (“PACs”, “GOPers”). */
const acronymPlural = /^\p{Lu}{2,6}(?:s|ers)$/u

/** A lowercase noun for agents in the plural, after a hyphen (“-goers”, “-checkers”). */
const agentTail = /^[a-z]{2,}ers$/

/**
 * Whether a one-word name is a plural by its shape, so a group of people:
 * of an acronym (“PACs”, “GOPers”, “CEOs”), or of a hyphenated noun for
 * people whose last part is lowercase (“Caucus-goers”, “Fact-checkers”) or
 * a nationality (“Cuban-Americans”). No surname is spelled so.
 *
 * @param text
 *   The word as written.
 * @returns
 *   Whether it is such a plural.
 */
export function pluralShapedName(text: string): boolean {
  if (text.length < 3 || text.charCodeAt(text.length - 1) !== 115) return false
  if (acronymPlural.test(text)) return true
  const hyphen = text.lastIndexOf('-')
  if (hyphen < 1) return false
  const last = text.slice(hyphen + 1)
  return agentTail.test(last) || (/^\p{Lu}/u.test(last) && demonyms.has(last.slice(0, -1).toLowerCase()))
}

/**
 * Whether a lowercase word names someone from a place the lexicon lists
 * (“texan”, “iowan”, “ohioan”, “californian”), whom “the” may name.
 *
 * @param lower
 *   Lowercase word.
 * @returns
 *   Whether it does.
 */
export function placeNative(lower: string): boolean {
  return lower.endsWith('n') && (places.has(lower.slice(0, -1)) || places.has(lower.slice(0, -2)) || places.has(lower.slice(0, -1) + 's'))
}
