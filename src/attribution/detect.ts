/**
 * Find attributions — cue, source mention, content — in one unit (a
 * sentence, or several when a quotation runs over sentence boundaries), by
 * the layouts of news copy: `X said (that) Y`, `“Y,” X said`, `“Y,” said X,
 * the …`, `Y, according to X`, `X said: “Y”`, `X: “Y”`, `“Y” — X`,
 * participles (`…, saying Y`), passives (`it was reported that Y`).
 *
 * Everything is local to the unit and linear in its tokens (every scan is
 * bounded), so the whole pass is linear in the document.
 */
import type {CueClass} from '../schema.js'
import {sortInPlace} from '../sort.js'
import {scales} from '../claims/lexicon.js'
import {adjectiveCues, auxiliaries, cues, type CueEntry} from './lexicon.js'
import {isNamedTerm, isTitle} from '../quotes/kind.js'
import {anonymousHeads, groupHeads, orgHeads, particles as nameParticles, placePhrases, places} from '../sources/lexicon.js'
import {honorifics} from '../sources/titles.js'
import {HashFlags, HashIndex, HashSet, hashWord, type Token} from './tokens.js'
import {
  adjunctStarts,
  capitalStops,
  collectiveQuantities,
  copulas,
  determiners,
  documentNouns,
  irregularPasts,
  isPastTense,
  judgementIntensifiers,
  namingJudgements,
  nounPrepositions,
  objectPronouns,
  pastParticiples,
  personalPronouns,
  relativeSubjects,
  speechVerbForms,
  stopWords,
  subjectPronouns
} from './words.js'

/** One attribution found in a unit; offsets into the input. */
export interface Candidate {
  /** Index of the unit. */
  unit: number
  cue: [number, number] | null
  cueClass: CueClass | null
  mention: [number, number] | null
  /** Content ranges in input order. */
  content: Array<[number, number]>
  type: 'reported' | 'according-to' | 'document'
  confidence: number
  /** Token range of the cue in its unit. */
  cueTokens: [number, number]
  /** Indices of the scanned quotes inside the content. */
  quotes: number[]
  /** Index of the candidate this one is nested in, or -1. */
  parent: number
  /** `X said:` closing a paragraph: the content is what follows. */
  intro: boolean
  /** Which layout matched (for debugging and confidence). */
  layout: string
}

type Range = [number, number]

const terminal = new Set(['.', '!', '?', '…', '...'])
const dashes = new Set(['—', '―', '–', '-', '--', '---'])
/** How something was said (“said by telephone”). */
const channels = new Set(['telephone', 'phone', 'email', 'e-mail', 'text', 'videoconference', 'letter', 'satellite', 'videolink', 'fax'])
/** Subordinators of a clause after a cue that is no content (“told him as he left”). */
const tailSubordinators = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'until'])

/** Whether a subordinate clause with a pronoun subject opens at `index` (“as he left”). */
function opensSubordinateClause(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  const next = tokens[index + 1]
  return token.type === 'word' && tailSubordinators.has(token.lower) && next?.type === 'word' && subjectPronouns.has(next.lower)
}
const subordinators = new Set(['by', 'after', 'before', 'while', 'in', 'without', 'when', 'since', 'upon', 'for'])
const colonStops = new Set(['the latest', 'watch', 'exclusive', 'breaking', 'related', 'video', 'read more', 'disclosure', 'disclaimer', 'full text', 'listen', 'graphic', 'chart', 'map', 'timeline', 'correction', 'clarification', 'source', 'sources', 'q', 'a', 'q&a', 'q & a', 'interview', 'explainer', 'editorial', 'perspective', 'commentary', 'review', 'update', 'faq', 'byline', 'revealed', 'bombshell', 'just leaked', 'leaked', 'just in', 'wow', 'must see', 'must watch', 'analysis', 'opinion', 'live', 'report card', 'fact check', 'fact focus', 'ap fact check', 'reality check', 'contributing', 'contributors', 'additional reporting', 'reporting', 'twitter', 'facebook', 'instagram', 'email', 'e-mail', 'contact', 'follow', 'tags', 'filed under', 'see also', 'credit', 'photo credit', 'updated', 'stat of the week', 'quote of the day', 'short answer', 'the short answer', 'long answer', 'the long answer', 'bottom line', 'the bottom line', 'why it matters', 'the big picture', 'what we know', 'key takeaways', 'takeaways', 'what to know', 'background', 'context', 'the details', 'details', 'yes', 'no', 'claim', 'the claim', 'rating', 'our rating', 'verdict', 'the verdict', 'ruling', 'our ruling', 'summary', 'conclusion', 'the facts', 'fact', 'boom', 'look', 'busted', 'pic', 'pics', 'paid notice'])
/** Last words of a label before a colon (“Delegate Update:”, “Editor’s Note:”, “Morning Briefing:”). */
const labelHeads = new Set(['update', 'updates', 'note', 'footnote', 'alert', 'recap', 'roundup', 'brief', 'briefing', 'digest', 'edition', 'newsletter', 'preview', 'editorial', 'daily', 'weekly', 'podcast', 'video', 'photos', 'transcript', 'wrap', 'rundown'])
const relativeStarts = new Set(['which', 'who', 'when', 'as', 'after', 'because', 'before', 'while', 'although', 'though', 'where', 'since', 'until', 'unless', 'if'])
const headlineVerbs = new Set(['says', 'said', 'tells', 'told', 'warns', 'claims', 'urges', 'calls', 'asks', 'admits', 'insists', 'vows', 'argues', 'predicts', 'thinks', 'believes', 'wants', 'plans', 'denies', 'slams', 'rips', 'blasts'])
/** Cue words that are also nouns inside a noun phrase (“a Dec. 2 document”). */
const nounCues = new Set(['report', 'reports', 'dispute', 'disputes', 'document', 'documents', 'claim', 'claims', 'statement', 'plan', 'plans', 'call', 'calls', 'answer', 'comment', 'comments', 'estimate', 'estimates', 'forecast', 'forecasts', 'post', 'posts', 'text', 'email', 'emails', 'tweet', 'tweets', 'hope', 'hopes', 'fear', 'fears', 'doubt', 'doubts', 'sense', 'wish', 'order', 'orders', 'note', 'notes', 'promise', 'promises', 'demand', 'demands', 'offer', 'show', 'study', 'survey', 'reading', 'finding', 'findings', 'witness', 'witnesses', 'trust', 'signal', 'brand', 'label', 'term', 'terms', 'review', 'reference', 'references', 'remarks', 'comments', 'warnings', 'views', 'talks', 'support', 'backing', 'attacks', 'insults', 'questions', 'project', 'projects', 'prepare', 'correct', 'aim', 'aims', 'attempt', 'attempts', 'guess', 'counter', 'state', 'states', 'order', 'ruling', 'caution'])
/** Determiners of one thing: a verb right after their noun phrase is never a bare form. */
const singularDeterminers = new Set(['a', 'an', 'another', 'each', 'every', 'this'])
/** Nouns that attribute when someone owns them (“Trump’s claim that”). */
const nominalCues = new Map<string, CueClass>([
  ...'claim claims statement statements assertion suggestion argument contention promise pledge vow warning insistence call calls demand demands comment comments remark remarks accusation accusations allegation allegations charge prediction criticism complaint description characterization admission denial acknowledgment announcement declaration message tweet tweets response answer explanation testimony boast rhetoric words reference references'
    .split(' ')
    .map((word): [string, CueClass] => [word, 'speech']),
  ...'belief view views hope fear fears concern concerns assessment opinion sense conviction'.split(' ').map((word): [string, CueClass] => [word, 'belief']),
  ...'plan plans proposal intention goal desire'.split(' ').map((word): [string, CueClass] => [word, 'intention'])
])
/** What a trigger word may be: an adjective cue, a nominal cue, cue verb forms. */
interface Trigger {
  adjective: CueClass | undefined
  nominal: CueClass | undefined
  entries: CueEntry[] | undefined
  /** The first of `entries` without a particle. */
  plain: CueEntry | undefined
  /** Those of `entries` with a particle, in order (most cue words have none). */
  particled: CueEntry[]
}

/**
 * The cue lexicons by word (one lookup per trigger word, where each
 * lexicon was asked in turn).
 */
const triggerWords = new Map<string, Trigger>()
for (const word of [...cues.keys(), ...adjectiveCues.keys(), ...nominalCues.keys()]) {
  const entries = cues.get(word)
  triggerWords.set(word, {
    adjective: adjectiveCues.get(word),
    nominal: nominalCues.get(word),
    entries,
    plain: entries?.find((entry) => !entry.particle),
    particled: entries?.filter((entry) => entry.particle) ?? []
  })
}

/** Every word that may start an attribution, with its lexicon entries (none for “according”, “reportedly”, “per”). */
const triggerList = [...new Set([...cues.keys(), ...adjectiveCues.keys(), ...nominalCues.keys(), 'according', 'reportedly', 'per'])].map((word) => ({
  word,
  trigger: triggerWords.get(word)
}))
/**
 * Position in {@link triggerList} by hash: one lookup for each word of a
 * unit gates the words that may start an attribution and, most often, finds
 * their entries (without a lookup of their lowercase form in
 * {@link triggerWords}).
 */
const triggerIndex = new HashIndex(triggerList.map((item) => hashWord(item.word)))

/** Hashes of the words that may start an attribution without a quotation. */
const unquotedTriggers = new HashSet(
  [
    ...[...cues].filter(([, entries]) => entries.some((entry) => !entry.complements.quoteOnly)).map(([word]) => word),
    ...adjectiveCues.keys(),
    'according',
    'reportedly',
    'per'
  ].map((word) => hashWord(word))
)

/**
 * Hashes of the verbs that attribute only with a quotation, a colon or
 * `that` (“stated that …”, “maintained that …”): a sentence without a
 * quotation is worth reading only when `that` follows one of them.
 */
const thatTriggers = new HashSet(
  [...cues]
    .filter(([, entries]) => entries.every((entry) => entry.complements.quoteOnly))
    .map(([word]) => hashWord(word))
)
const thatHash = hashWord('that')
/**
 * Verbs that take someone as something without a quotation (“described
 * themselves as liberals”, “see Clinton as the stronger candidate”).
 */
const asVerbs = new Set(['describe', 'characterize', 'portray', 'see'])
/** Forms of those verbs (the describing ones are quote-only: see `mayAttribute`). */
const describingTriggers = new HashSet(
  [...cues].filter(([, entries]) => entries.some((entry) => asVerbs.has(entry.lemma))).map(([word]) => hashWord(word))
)
const asHash = hashWord('as')
/** Forms of “describe”, after which “how” opens what was described (see `mayAttribute`). */
const describeHashes = new HashSet(
  [...cues].filter(([, entries]) => entries.some((entry) => entry.lemma === 'describe')).map(([word]) => hashWord(word))
)
const howHash = hashWord('how')
/** Nouns of evidence that open a sentence as its source: “In a CNN poll, …”. */
const evidenceHeads = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'tally', 'census', 'audit', 'analysis', 'count'])
const evidenceHeadHashes = new HashSet([...evidenceHeads].map((word) => hashWord(word)))
/** The sets `mayAttribute` asks of every word, in one table (one lookup a word). */
const scanWords = new HashFlags([
  [unquotedTriggers, 1],
  [thatTriggers, 2],
  [describingTriggers, 4],
  [evidenceHeadHashes, 8]
])
/** Heads of a subject that finds or shows something (“a June poll found …”, “one 2009 paper found”). */
const evidenceSubjects = new Set([...evidenceHeads, 'studies', 'review', 'paper', 'report', 'investigation', 'research', 'data'])
const inHash = hashWord('in')

/** Verbs that open a sentence before their subject (“Said Ellis: …”). */
const initialInversions = new Set(['say', 'add', 'write', 'tweet', 'explain', 'continue', 'note', 'recall', 'conclude', 'state', 'declare', 'insist', 'warn'])

/** Verbs that invert with their subject (“said Sarah Yager”). */
const invertible = new Set(['say', 'write', 'add', 'ask', 'explain', 'continue', 'note', 'argue', 'recall', 'insist', 'reply', 'respond', 'tweet', 'declare', 'state', 'observe', 'warn', 'conclude', 'recount', 'quip', 'joke', 'exclaim', 'shout', 'concede', 'acknowledge', 'admit', 'agree', 'predict', 'suggest', 'complain', 'report', 'read', 'remark', 'counter', 'retort', 'answer', 'comment', 'caution', 'boast', 'confirm', 'claim', 'yell', 'scream', 'whisper', 'cry', 'chant', 'sing', 'muse', 'offer', 'post', 'emphasize', 'stress', 'lament', 'assert', 'contend', 'maintain', 'reiterate', 'repeat', 'testify', 'interject', 'beam', 'gush', 'react', 'scoff', 'snap', 'sigh', 'laugh', 'marvel', 'rave', 'fume', 'grumble', 'mutter', 'chime', 'remember', 'exhort', 'charge', 'snipe', 'question'])
/** Determiners that stand alone as subjects (“another said”, “many believe”). */
const pronounDeterminers = new Set(['another', 'others', 'many', 'some', 'one', 'both', 'all', 'most', 'few', 'several', 'none', 'each', 'either', 'neither', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone'])
/** Nouns that make a compound with a following cue noun (“talk show”, “news report”). */
// (Not words that also name speakers: “the police report that …”.)
const compoundModifiers = new Set(['talk', 'tv', 'radio', 'game', 'news', 'cooking', 'morning', 'reality', 'variety', 'quiz', 'comedy', 'late-night', 'cable', 'television', 'fashion', 'road', 'award', 'awards', 'audit', 'budget', 'status', 'progress', 'incident', 'weather', 'traffic', 'jobs'])
/** One-word answers: the content of “said yes”, “said no”. */
const answers = new Set(['yes', 'no', 'so', 'nope', 'yeah'])
/** Words that open a clause of its own after a one-word answer (“said yes while …”). */
const answerJoiners = new Set(['while', 'whereas', 'but', 'and', 'compared'])
/** Negated forms of “be”. */
const negatedCopulas = new Set(['isn’t', "isn't", 'aren’t', "aren't", 'wasn’t', "wasn't", 'weren’t', "weren't"])
/** Auxiliaries that make a verb group after “be” active (“is to have said”, “was going to say”). */
const activeAuxiliaries = new Set(['has', 'have', 'had', 'having', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'do', 'does', 'did', 'going', 'to'])
/** Prepositions that also open a clause (“after Republicans vowed …”). */
const clauseJoiners = new Set(['since', 'after', 'before'])
const adjunctPrepositions = new Set(['in', 'on', 'at', 'during', 'over', 'since', 'after', 'before', 'for', 'from', 'with', 'by', 'last', 'this', 'earlier', 'late', 'across', 'throughout', 'around', 'near', 'outside', 'inside', 'through', 'under', 'via'])
const particles = new Set(['out', 'up', 'off', 'down', 'in', 'over', 'back', 'away', 'around', 'through'])
/** Verbs of having and doing that do not quote anyone (generic fallback). */
const actionVerbs = new Set(
  ('has had have requires required includes included contains contained gets got takes took makes made buys bought owns owned ' +
    'runs ran wins won holds held loses lost sells sold builds built pays paid spends spent uses used needs needed lives lived ' +
    'works worked plays played leads led starts started opens opened closes closed moves moved goes went comes came becomes became ' +
    'looks looked seems seemed appears appeared remains remained stays stayed gives gave sends sent brings brought puts put ' +
    'raises raised reaches reached returns returned serves served turns turned walks walked wears wore watches watched')
    .split(' ')
)
/** Forms among `actionVerbs` that are no nouns (`went`, `goes`). */
const pastActions = new Set(['went', 'goes', 'came', 'comes', 'became', 'began', 'gave', 'took', 'brought', 'sent', 'spent', 'paid', 'bought', 'sold', 'lost', 'won'])
/** Prepositions that open an adjunct holding a clause (“Despite what he wrote, …”). */
const openingPrepositions = new Set(['despite', 'unlike', 'like', 'amid', 'during', 'following', 'without', 'with'])
/** Prepositions that open a noun phrase, never a clause (unlike `after`). */
const phrasePrepositions = new Set(['in', 'on', 'at', 'with', 'for', 'from', 'of', 'during', 'amid'])
const numberWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])
const possessives = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])
/** Words that open a subordinate clause before its subject. */
const clauseOpeners = new Set(['while', 'although', 'though', 'when', 'as', 'because', 'if', 'after', 'before', 'since', 'whereas', 'once', 'unless', 'until'])
const prepositions = new Set(['in', 'on', 'at', 'by', 'with', 'to', 'from', 'of', 'for', 'about', 'over', 'under', 'into', 'after', 'before', 'during', 'and', 'or', 'but', 'that', 'which', 'who'])
const timeWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow', 'then', 'later', 'earlier', 'now', 'again', 'recently', 'afterward', 'afterwards', 'last', 'this', 'next', 'week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'too', 'also', 'instead', 'once', 'twice', 'first', 'previously', 'separately'])
/**
 * Whether `tokens[from..to)` is a place as written after a city, so part of
 * its name (“Va.”, “N.Y.”, “New Mexico”, “France”).
 */
function isPlace(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3) return false
  let text = ''
  for (let at = from; at < to; at++) text += (at > from && tokens[at]!.type === 'word' ? ' ' : '') + tokens[at]!.lower
  return places.has(text) || placePhrases.has(text)
}

/**
 * Whether a lowercase word reads as an adjective: a common one before nouns
 * (“recent”, “multiple”, “crude”) or an adjective ending (“derogatory”,
 * “controversial”, “aggressive”).
 */
function isAdjective(token: Token): boolean {
  if (token.type !== 'word' || token.upper) return false
  return commonAdjectives.has(token.lower) || /..(?:ous|ive|al|ic|ful|less|able|ible|ary|ory)$/.test(token.lower)
}

/** Adjectives often put before a noun cue (“recent comments”, “crude remarks”). */
const commonAdjectives = new Set(
  'recent multiple crude several new old many few other such same own previous latest earlier later past prior further additional conflicting unconfirmed initial early late public private repeated'.split(' ')
)

/** Whether the capitalized time word at `index` follows a capitalized word, in one name (“USA Today”). */
function namedTimeWord(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]
  return timeWords.has(tokens[index]!.lower) && before !== undefined && before.type === 'word' && before.upper && before.end < tokens[index]!.start
}

/** Articles that open a noun phrase. */
const articles = new Set(['a', 'an', 'the'])
const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.'])
const tailAdverbs = new Set(['sarcastically', 'simply', 'flatly', 'bluntly', 'matter-of-factly', 'ago', 'here', 'there', 'afterward', 'though', 'however', 'anyway'])
const finiteHints = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'do', 'won’t', "won't", 'isn’t', "isn't", 'wasn’t', "wasn't"])

/**
 * Whether `view[start..end)`, which holds no quotation, may hold an
 * attribution: a cue word that needs no quotation (by hash, without making
 * strings), a quote-only verb followed by `that`, or a colon. Nominal cues (“his claim that”) only count near quotes. Cheap enough to skip tokenizing the
 * many sentences that attribute nothing.
 *
 * @param view
 *   The document view.
 * @param start
 *   Start offset.
 * @param end
 *   End offset (exclusive).
 * @returns
 *   Whether to look closer.
 */
export function mayAttribute(view: string, start: number, end: number): boolean {
  let hash = 0
  let inWord = false
  // Words left in which `that` makes a quote-only verb a cue (“stated
  // that”, “posted on social media that”): 0 when none was read.
  let quoteOnlyVerb = 0
  // Words left in which `as` makes a describing verb a cue (“described
  // themselves as liberals”).
  let describing = 0
  // The word before, by hash.
  let previous = 0
  // “In a CNN poll, …”, “… lead in the polls”: `in`, then an evidence noun.
  let sawIn = false
  for (let index = start; index <= end; index++) {
    const code = index < end ? view.charCodeAt(index) : 32
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      hash = (Math.imul(inWord ? hash : 0, 31) + (code <= 90 ? code + 32 : code)) | 0
      inWord = true
    } else {
      if (inWord) {
        // Flags (see `scanWords`): 1 unquoted trigger, 2 quote-only verb, 4 describing verb, 8 evidence head.
        const flags = scanWords.get(hash)
        // (And “how” right after “describe”: “described how Rafael turned into …”.)
        if ((flags & 1) !== 0 || (quoteOnlyVerb > 0 && hash === thatHash) || (describing > 0 && hash === asHash) || (hash === howHash && describeHashes.has(previous))) return true
        previous = hash
        // (Describing verbs are quote-only verbs.)
        if ((flags & 2) !== 0) {
          quoteOnlyVerb = 5
          describing = (flags & 4) !== 0 ? 8 : Math.max(0, describing - 1)
        } else {
          quoteOnlyVerb = Math.max(0, quoteOnlyVerb - 1)
          describing = Math.max(0, describing - 1)
        }
        if (sawIn && (flags & 8) !== 0) return true
        if (hash === inHash) sawIn = true
      } else if (code === 46 || code === 59 || code === 58 || code === 44) {
        // A clause ends: `that` after it belongs elsewhere.
        quoteOnlyVerb = 0
        describing = 0
      }

      inWord = false
      if (code === 58 /* : */) return true
    }
  }

  return false
}

/**
 * Find the attributions of one unit.
 *
 * @param tokens
 *   Tokens of the unit.
 * @param unit
 *   Index of the unit (copied into candidates).
 * @param firstInParagraph
 *   Whether the unit opens its paragraph (for `NAME: text` layouts).
 * @param lastInParagraph
 *   Whether the unit closes its paragraph (for `X said:` intros).
 * @returns
 *   Candidates in cue order; `parent` is set for nested ones.
 */
export function detectUnit(tokens: Token[], unit: number, firstInParagraph: boolean, lastInParagraph: boolean, listItem = false): Candidate[] {
  const found: Candidate[] = []
  const n = tokens.length
  if (n === 0) return found

  if (firstInParagraph) colonLayout(tokens, unit, found, listItem)
  openingEvidence(tokens, unit, found)
  closingPoll(tokens, unit, found)

  let quoted = false
  for (let k = 0; k < n; k++) {
    const token = tokens[k]!
    if (token.type === 'quote') {
      quoted = true
      dashLayout(tokens, k, unit, found)
      continue
    }

    if (token.type !== 'word') {
      // (`Mr. Christie gloated: ’’I told you …’’`: a newswire quotation
      // after a colon, read as a “…” one.)
      if (token.text === ':' && newswireOpen(tokens, k + 1)) quoted = true
      continue
    }

    const listed = triggerIndex.get(token.hash)
    if (listed === -1) continue
    if (token.lower === 'reportedly') {
      reportedly(tokens, k, unit, found)
      continue
    }

    if (token.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      accordingTo(tokens, k, unit, found, 2)
      k++
      continue
    }

    // “As first reported by Axios, …”, “The deal, first reported by
    // Bloomberg, is …”, “…, as reported by The Times”: “according to” too.
    if (token.lower === 'reported' && tokens[k + 1]?.lower === 'by') {
      let from = k
      if (tokens[from - 1]?.lower === 'first' || tokens[from - 1]?.lower === 'originally' || tokens[from - 1]?.lower === 'previously') from--
      if (tokens[from - 1]?.lower === 'as') from--
      const opening = tokens[from - 1]
      // (Not after a quotation, whose speaker stays its source: ““…,” Carson
      // noted in an interview, as reported by BuzzFeed News.”)
      let quoted = false
      for (let index = 0; index < from && !quoted; index++) quoted = tokens[index]!.type === 'quote'
      if (from < k && !quoted && (!opening || (opening.type === 'punct' && (opening.text === ',' || dashes.has(opening.text))))) {
        accordingTo(tokens, from, unit, found, k - from + 2)
        continue
      }
    }

    // “…, per a company filing.”, “Per Reuters, …”: “according to” in one word.
    if (token.lower === 'per') {
      if (perSource(tokens, k)) accordingTo(tokens, k, unit, found, 1)
      continue
    }

    // (The listed word by hash, if the token is it: not after a collision of
    // hashes, nor for a possessive, whose hash has its ending.)
    const known = listed >= 0 ? triggerList[listed]! : undefined
    const trigger = known !== undefined && known.word === token.lower ? known.trigger : triggerWords.get(token.lower)
    const adjective = trigger?.adjective
    if (adjective && k > 0 && copulas.has(tokens[k - 1]!.lower)) {
      adjectiveCue(tokens, k, adjective, unit, found)
      continue
    }

    const nominal = trigger?.nominal
    const owner = tokens[k - 1]
    if (nominal && owner && owner.type === 'word' && (owner.possessive || possessives.has(owner.lower))) {
      nominalCue(tokens, k, nominal, unit, found)
      continue
    }

    const entries = trigger?.entries
    if (!entries || token.possessive) continue
    // “told state broadcaster CCTV”, “said state officials …”: right after a
    // speech verb, a cue word starts its object, no verb of its own.
    if (k > 0 && speechVerbForms.has(tokens[k - 1]!.lower) && tokens[k + 1]?.type === 'word') continue
    // “United States”, “Post Reports”: a capitalised cue is a name, except
    // at the start of a unit or in a headline (“Trump Says …”).
    if (token.upper && k > 0 && !(headlineVerbs.has(token.lower) && tokens[k - 1]!.upper)) continue
    const next = tokens[k + 1]
    // The first entry whose particle follows (“call for”), else the first
    // without one.
    let entry = trigger.plain
    if (next) {
      for (const item of trigger.particled) {
        // (“has pushed for months”, “campaign for several weeks”: how long,
        // no object of the verb.)
        if (next.lower === item.particle && !(item.particle === 'for' && duration(tokens, k + 2))) {
          entry = item
          break
        }
      }
    }

    if (!entry) continue
    // “X, formerly known as Twitter”, “a failure commonly known as
    // hallucination”: a name given, not a belief held. (A quoted name may
    // be someone’s words, as PolNeAR reads “the bill, known as the “…””.)
    if (entry.lemma === 'know' && next?.lower === 'as' && tokens[k + 2]?.type !== 'quote' && tokens[k + 3]?.type !== 'quote') continue
    // “rose 2 percentage points to 19%”, “three percentage points to the
    // margin”: an amount’s unit, no verb.
    if (token.lower === 'points' && k > 0 && pointsOfAmount(tokens, k, entry.particle ? k + 2 : k + 1, entry.particle)) continue
    const end = entry.particle ? k + 2 : k + 1
    // “Short answer: Not yet.”, “Bottom line: …”: a label, not a subject and its verb.
    if (end <= 3 && tokens[end]?.text === ':' && colonStops.has(tokens.slice(0, end).map((item) => item.lower).join(' '))) continue
    // “As Marcus puts it, …”, “he put it: …”: an object particle makes an
    // idiom that attributes only before a comma or colon.
    if (entry.particle === 'it' && !(tokens[end]?.text === ',' || tokens[end]?.text === ':')) {
      k++
      continue
    }

    verbCue(tokens, k, end, entry, unit, lastInParagraph, found)
    if (entry.particle) k++
  }

  if (lastInParagraph && n > 3 && tokens[n - 1]!.text === ':' && !found.some((candidate) => candidate.intro)) statementIntro(tokens, unit, found)
  clipOpeningClause(tokens, found)
  clipCoordinated(tokens, found)
  if (quoted && tokens.length <= maxPassTokens) {
    colonQuotes(tokens, unit, found)
    genericQuotes(tokens, unit, found)
  }

  interjected(tokens, found)
  nest(found)
  return found
}

/**
 * `Christie said that was natural — no different, he said, from …`: a
 * pronoun and cue set off inside what a named subject said repeat that
 * speaker. The subject’s attribution is the outer one, over the whole rest
 * (the interjection inside it); the interjection keeps the words after its
 * subject’s cue and after itself. (Without this the interjection, whose
 * content on the left starts the unit, held the subject’s cue inside it.)
 */
function interjected(tokens: Token[], found: Candidate[]): void {
  for (let index = 0; index < found.length; index++) {
    const inner = found[index]!
    if (inner.layout !== 'subject-after' || inner.content.length !== 2 || !inner.mention || !inner.cue) continue
    const at = tokenAt(tokens, inner.mention[0])
    if (at < 0 || !subjectPronouns.has(tokens[at]!.lower) || inner.mention[1] - inner.mention[0] > 4) continue
    const [left, right] = inner.content as [[number, number], [number, number]]
    // Only one such subject: with several (“When Friedan recommended …,
    // Schlafly replied … that Friedan had said that because, she said, …”)
    // which one the pronoun repeats takes the sentence’s structure.
    let subject: Candidate | undefined
    let count = 0
    // (Neighbours only, as in `nest`: linear however many cues a unit holds.)
    for (let other = Math.max(0, index - window); other < Math.min(found.length, index + window); other++) {
      const outer = found[other]!
      if (outer === inner || !outer.cue || !outer.mention || outer.cue[0] >= inner.cue[0]) continue
      if (outer.mention[0] < left[0] || outer.cue[1] > left[1]) continue
      count++
      const content = outer.content[0]
      // The subject and cue inside the interjection’s left content, what it said up to the interjection.
      if (outer.layout !== 'subject' || outer.content.length !== 1 || !content || content[0] < outer.cue[1] || content[0] >= left[1]) continue
      const mentionToken = tokenAt(tokens, outer.mention[0])
      if (mentionToken < 0 || subjectPronouns.has(tokens[mentionToken]!.lower)) continue
      subject = outer
    }

    if (!subject || count !== 1) continue
    const from = subject.content[0]![0]
    subject.content = [[from, right[1]]]
    inner.content = [[from, left[1]], right]
  }
}

/**
 * `After critics likened it to X, Ryan said “…”`: an attribution inside an
 * opening subordinate clause ends at the clause's comma; the main clause
 * after it has its own subject.
 */
function clipOpeningClause(tokens: Token[], found: Candidate[]): void {
  const first = tokens[0]
  if (found.length < 2 || !first || first.type !== 'word' || !first.upper) return
  // `Asked if she believed Putin wanted Trump to win, Clinton said …`: so
  // does an attribution inside an opening participle clause.
  const participle = found.some((candidate) => candidate.cueTokens[0] === 0 && (candidate.layout === 'asked' || candidate.layout === 'participle'))
  if (!(participle || clauseOpeners.has(first.lower) || openingPrepositions.has(first.lower))) return
  const clause = openingClause(tokens, 1)
  if (!clause) return
  const stop = tokens[clause.comma]!.start
  const end = tokens[clause.comma - 1]!.end
  for (const candidate of found) {
    if (candidate.cueTokens[1] > clause.comma) continue
    candidate.content = candidate.content
      .map(([start, finish]): [number, number] => [start, start < stop && finish > stop ? end : finish])
      .filter(([start, finish]) => finish > start && start < stop)
  }
}

/**
 * `The report says A, and the memo says B`: a content on the right stops
 * before a coordinated clause with its own source and cue.
 */
function clipCoordinated(tokens: Token[], found: Candidate[]): void {
  if (found.length < 2) return
  for (const [position, later] of found.entries()) {
    if (!later.mention) continue
    // `X said A, telling reporters that B`: the participle clause is an
    // attribution of its own (same speaker), not part of A.
    if (later.layout === 'participle') {
      const comma = tokens[later.cueTokens[0] - 1]
      if (comma && comma.type === 'punct' && comma.text === ',') clipBefore(tokens, found, position, comma.start)
      // (Also after a quotation that holds the comma: “called it a
      // “breach of trust,” adding …”.)
      else if (comma && quoteEndsInComma(comma)) clipBefore(tokens, found, position, comma.end)
      continue
    }

    // `X says A and said B`: the coordinated verb starts a new content.
    const at = later.layout === 'coordinated' ? later.cueTokens[0] : tokenAt(tokens, later.mention[0])
    if (at < 2) continue
    const conjunction = tokens[at - 1]!
    const comma = tokens[at - 2]!
    let stop = -1
    if (later.layout === 'coordinated') stop = conjunction.type === 'word' ? conjunction.start : -1
    else if (conjunction.type === 'punct' && conjunction.text === ';') stop = conjunction.start
    else if (
      conjunction.type === 'word' &&
      (conjunction.lower === 'and' || conjunction.lower === 'but' || conjunction.lower === 'while' || conjunction.lower === 'whereas') &&
      ((comma.type === 'punct' && comma.text === ',') || (comma.type === 'quote' && quoteIntroducesSpeaker(comma)))
    ) {
      stop = comma.type === 'quote' ? comma.end : comma.start
    } else if (conjunction.type === 'word' && conjunction.lower === 'and' && later.layout === 'subject' && sayForms.has(tokens[later.cueTokens[1] - 1]!.lower) && comma.type === 'word' && !comma.upper && !personalPronouns.has(comma.lower)) {
      // `One in three said A and one in four said B`: a second subject and
      // “said” after “and” start a report of their own, even with no comma
      // (not after a name or pronoun, which the subject may coordinate:
      // “she and her peers said”).
      stop = conjunction.start
    }

    // `X backed the plan, but late Saturday he announced …`: a clause that
    // “and” or “but” opens, with a personal pronoun for its own subject, is
    // an attribution beside the earlier one. (After a subordinator, only
    // beside a thing done: “defended his vote after he announced …”, not
    // “said Trump was right when he said …”.)
    let subordinate = -1
    if (stop === -1 && later.layout === 'subject' && personalPronouns.has(tokens[at]!.lower)) {
      const [start, coordinating] = pronounClauseStart(tokens, at)
      if (coordinating) stop = start
      else subordinate = start
    }

    if (stop !== -1) clipBefore(tokens, found, position, stop)
    else if (subordinate !== -1) clipObjects(tokens, found, position, subordinate)
    // “Reeves defended the tax rise as Conservatives warned that …”: a
    // clause with its own subject and cue after a thing that was defended,
    // praised or denied is no part of it (after a clause, “said prices rose
    // as officials warned …”, it may be).
    // (Not with a pronoun subject, which is mostly the cue’s own: “defended
    // his win as he urges conservatives to unite”.)
    else if (later.layout === 'subject' && conjunction.type === 'word' && clauseAfterObject.has(conjunction.lower) && !subjectPronouns.has(tokens[at]!.lower)) {
      clipObjects(tokens, found, position, conjunction.start)
    }
  }
}

/** Conjunctions that join a clause of its own to a report (see `pronounClauseStart`). */
const clauseCoordinators = new Set(['and', 'but'])
/** Conjunctions that subordinate a clause of its own to a thing done (see `pronounClauseStart`). */
const clauseSubordinators = new Set(['when', 'though', 'although', 'after', 'because', 'since', 'while', 'whereas'])

/**
 * Where the clause of the pronoun subject at token `at` starts, with the
 * conjunction that opens it, a time between them (“but late Saturday he”)
 * and a comma or dash before it, and whether it is coordinated; -1 when no
 * conjunction opens it.
 */
function pronounClauseStart(tokens: Token[], at: number): [number, boolean] {
  let conjunction = at - 1
  // (A short time adjunct between: “but on Monday he”, “and later she”.)
  for (let from = at - 3; from < at - 1; from++) {
    const word = tokens[from - 1]?.lower ?? ''
    if (from > 0 && (clauseCoordinators.has(word) || clauseSubordinators.has(word)) && timeAdjunctEnd(tokens, from) === at) conjunction = from - 1
  }

  const word = tokens[conjunction]
  if (!word || word.type !== 'word' || conjunction < 2) return [-1, false]
  const coordinating = clauseCoordinators.has(word.lower)
  if (!coordinating && !clauseSubordinators.has(word.lower)) return [-1, false]
  let start = conjunction
  if (tokens[start - 1]!.lower === 'even') start--
  const before = tokens[start - 1]!
  return [before.type === 'punct' && (before.text === ',' || dashes.has(before.text)) ? before.start : tokens[start]!.start, coordinating]
}

/** Forms of “say” that open a coordinated report without a comma (see `clipCoordinated`). */
const sayForms = new Set(['said', 'says', 'say'])

/** Words that open a clause of its own after a cue’s object (see `clipObjects`). */
const clauseAfterObject = new Set(['as', 'while', 'whereas'])

/** Determiners a cue’s object opens with (“defended *the* tax rise”). */
const objectOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those'])

/** End the contents of the candidates before `position` that are a noun phrase up to `stop` and run over it. */
function clipObjects(tokens: Token[], found: Candidate[], position: number, stop: number): void {
  const end = trimEnd(tokens, stop)
  for (let other = Math.max(0, position - window); other < position; other++) {
    const earlier = found[other]!
    const content = earlier.content[0]
    if (!earlier.cue || earlier.cue[1] > stop || earlier.content.length !== 1 || !content || content[0] >= stop || content[1] <= stop) continue
    const first = tokenAt(tokens, content[0])
    if (first < 0 || !objectOpeners.has(tokens[first]!.lower)) continue
    let clause = false
    for (let index = first + 1; index < tokens.length && tokens[index]!.start < stop && !clause; index++) clause = clearlyFinite(tokens[index]) || tokens[index]!.lower === 'that'
    if (!clause) earlier.content = [[content[0], end]]
  }
}

/** End the contents of the candidates before `position` that run over `stop` there. */
function clipBefore(tokens: Token[], found: Candidate[], position: number, stop: number): void {
  const end = trimEnd(tokens, stop)
  for (let other = Math.max(0, position - window); other < position; other++) {
    const earlier = found[other]!
    if (!earlier.cue || earlier.cue[1] > stop) continue
    // (A poll’s “in” covers each share that said something: “In a CBS
    // survey, 79 percent said A and 60 percent said B”.)
    if (earlier.layout === 'according-to' && tokens[earlier.cueTokens[0]]?.lower === 'in') continue
    earlier.content = earlier.content
      .map(([start, finish]): [number, number] => [start, start < stop && finish > stop ? end : finish])
      .filter(([start, finish]) => finish > start)
  }
}

/** Index of the token starting at `offset` (binary search), or -1. */
function tokenAt(tokens: Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  return tokens[low]?.start === offset ? low : -1
}

/** End of the last token before offset `stop`. */
function trimEnd(tokens: Token[], stop: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.end <= stop) low = middle + 1
    else high = middle
  }

  return low > 0 ? tokens[low - 1]!.end : 0
}

/**
 * A quotation inside a clause whose verb is not in the lexicon (“Merkel
 * heralded the deal as a “breakthrough””): the clause’s subject, when it is
 * a name or a personal pronoun, is taken to be quoted, with the verb as cue.
 */
function genericQuotes(tokens: Token[], unit: number, found: Candidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const quote = tokens[k]!
    if (quote.type !== 'quote') continue
    if (found.some((candidate) => candidate.content.some(([start, end]) => start <= quote.start && end >= quote.end))) continue
    if (isNamedTerm(tokens, k) || isTitle(tokens, k, quoteWords(quote))) continue
    const subject = clauseSubject(tokens, k, found)
    if (!subject) continue
    const head = tokens[subject[1] - 1]!
    if (!(head.upper || personalPronouns.has(head.lower))) continue
    // `Holding signs calling him “…”`: an opening participle, not a name.
    if (subject[0] === 0 && subject[1] === 1 && /..(?:ing|ed)$/.test(head.lower)) continue
    if (head.upper && (capitalStops.has(head.text) || timeWords.has(head.lower))) continue
    // The verb: the first word after the subject (and an appositive) that
    // is not an auxiliary or adverb.
    let verb = pastAppositives(tokens, subject[1], k)

    const groupStart = verb
    while (verb < k && tokens[verb]!.type === 'word' && (auxiliaries.has(tokens[verb]!.lower) || negated(tokens[verb]!.lower) || (tokens[verb]!.lower.endsWith('ly') && tokens[verb]!.lower.length > 4))) verb++
    const token = tokens[verb]
    if (!token || verb >= k || token.type !== 'word' || token.upper) continue
    const lower = token.lower
    if (copulas.has(lower) || stopWords.has(lower) || determiners.has(lower) || prepositions.has(lower) || particles.has(lower)) continue
    // A verb: a cue, a regular past or present form, or a common irregular
    // past — and not one of possession or action (“has bought”, “had guns”).
    const verbLike = cues.has(lower) || irregularPasts.has(lower) || /[^s]s$|ed$/.test(lower)
    if (!verbLike || actionVerbs.has(lower)) continue
    if (tokens.slice(subject[0], subject[1]).some((item) => /\d/.test(item.text))) continue
    if (tokens.slice(groupStart, verb).some((item) => copulas.has(item.lower))) continue
    const range = contentRange(tokens, verb + 1, tokens.length)
    if (!range) continue
    // `As they say about the doctor, “…”`: the verb already cued a report
    // whose content stops short of the quotation; that report goes on to
    // it, rather than being found twice.
    const same = found.find((candidate) => candidate.cue !== null && candidate.cue[1] === token.end && candidate.content.length > 0 && candidate.content.every(([start]) => start >= token.end))
    if (same) {
      same.content = [range]
      continue
    }

    found.push({
      unit,
      cue: [tokens[groupStart]!.start, token.end],
      cueClass: 'speech',
      mention: span(tokens, subject),
      content: [range],
      type: typeOf(tokens, subject),
      confidence: 0.5,
      cueTokens: [groupStart, verb + 1],
      quotes: [],
      parent: -1,
      intro: false,
      layout: 'generic'
    })
  }
}

/**
 * `Kasich resisted: “…”`, `More from the report: “…”`: a quotation after a
 * colon with no cue of its own belongs to the clause’s subject (or the name
 * right before the colon).
 */
function colonQuotes(tokens: Token[], unit: number, found: Candidate[]): void {
  for (let k = 2; k < tokens.length; k++) {
    const quote = tokens[k]!
    const colon = tokens[k - 1]!
    if (colon.type !== 'punct' || colon.text !== ':') continue
    const newswire = quote.type !== 'quote'
    if (newswire && !newswireOpen(tokens, k)) continue
    if (found.some((candidate) => candidate.content.some(([start, end]) => start === quote.start || (start <= quote.start && end >= quote.end && candidate.cueTokens[1] === k - 1)))) continue
    let mention: Range | undefined
    // `- Philip Bump: “…”`, `Here’s Clinton in December 1992: “…”`.
    const name = npBefore(tokens, k - 1)
    if (name && tokens[name[0]]!.upper && (name[0] === 0 || !['word'].includes(tokens[name[0] - 1]!.type) || nounPrepositions.has(tokens[name[0] - 1]!.lower))) mention = name
    mention ??= clauseSubject(tokens, k - 1, found)
    if (!mention) continue
    // (`''` may open a title or a slogan too, “a three-word proclamation:
    // ’’Over the Top’’”: a newswire quotation goes to a person only, or
    // to whoever posted it, “… on Twitter: ’’…’’”.)
    if (newswire && !personMention(tokens, mention) && !postedOn(tokens, k - 1)) continue
    const range = contentRange(tokens, k, tokens.length)
    if (!range) continue
    found.push({
      unit,
      cue: [colon.start, colon.end],
      cueClass: 'speech',
      mention: span(tokens, mention),
      content: [range],
      type: typeOf(tokens, mention),
      confidence: 0.6,
      cueTokens: [k - 1, k],
      quotes: [],
      parent: -1,
      intro: false,
      layout: 'colon-quote'
    })
  }
}

/** Set `parent` of candidates whose cue lies in another’s content. */
function nest(found: Candidate[]): void {
  // Cue order; relations are looked for among close neighbours only, which
  // keeps this linear however many cues a (pathological) unit holds.
  sortInPlace(found, (a, b) => (a.cue?.[0] ?? 0) - (b.cue?.[0] ?? 0))
  const count = found.length
  // `The memo’s claim that A fails …, said Kimball.`: a content on the
  // right stops where a later attribution’s content on the left ends.
  for (let index = 0; index < count; index++) {
    const right = found[index]!
    if (!right.cue) continue
    for (let other = index + 1; other < Math.min(count, index + window); other++) {
      const left = found[other]!
      const range = left.content[0]
      if (!left.cue || !range || left.cue[0] <= right.cue[1]) continue
      if (range[0] > right.cue[0] || range[1] < right.cue[1] || range[1] > left.cue[0]) continue
      right.content = right.content
        .map(([start, end]): [number, number] => [start, Math.min(end, range[1])])
        .filter(([start, end]) => end > start)
    }
  }

  for (let index = 0; index < count; index++) {
    const inner = found[index]!
    inner.parent = -1
    if (!inner.cue) continue
    let bestSize = 0
    for (let other = Math.max(0, index - window); other < Math.min(count, index + window); other++) {
      if (other === index) continue
      const outer = found[other]!
      const size = contentSize(outer)
      if (size <= bestSize) continue
      if (outer.content.some(([start, end]) => inner.cue![0] >= start && inner.cue![1] <= end)) {
        inner.parent = other
        bestSize = size
      }
    }
  }

  // Break cycles (two candidates inside each other’s content): keep the wider.
  for (const candidate of found) {
    const parent = found[candidate.parent]
    if (parent && parent.parent !== -1 && found[parent.parent] === candidate) {
      if (contentSize(candidate) >= contentSize(parent)) candidate.parent = -1
      else parent.parent = -1
    }
  }

  // Longer cycles: follow parents a few steps; a candidate met again is outermost.
  for (const candidate of found) {
    let current = candidate.parent
    for (let steps = 0; current !== -1 && steps < 8; steps++) {
      if (found[current] === candidate) {
        candidate.parent = -1
        break
      }

      current = found[current]!.parent
    }
  }
}

/** Modals that are also surnames. */
const modalNames = new Set(['Will', 'May', 'Can'])

/** Adverbs that join a verb group only after an auxiliary (“has since said”, “have nevertheless argued”). */
const auxiliaryAdverbs = new Set(['since', 'nevertheless', 'nonetheless', 'previously', 'already'])

/** Units longer than this (no real sentence is) skip the fallback passes. */
const maxPassTokens = 400

/** How many neighbouring candidates nesting and clipping look at. */
const window = 24

/** Verbs that take a noun cue as their object (“made comments”, “takes aim”, “voiced support”). */
const lightVerbs = new Set(
  (
    'make makes made making take takes took taking put puts putting give gives gave giving ' +
    'voice voices voiced offer offers offered express expresses expressed issue issues issued'
  ).split(' ')
)

function contentSize(candidate: Candidate): number {
  let size = 0
  for (const [start, end] of candidate.content) size += end - start
  return size
}

function verbCue(
  tokens: Token[],
  k: number,
  end: number,
  entry: CueEntry,
  unit: number,
  lastInParagraph: boolean,
  found: Candidate[]
): void {
  const n = tokens.length
  const previous = tokens[k - 1]
  const next = tokens[end]
  const word = tokens[k]!.lower
  // (Asked along most paths below, some several times.)
  const noun = nounCues.has(word)
  if (insideNewswireQuote(tokens, k)) return
  // “was quoted by the Times as saying”: the one quoted speaks (see
  // `quotedAs`), not the Times. (Active, “The Times quoted Wicker as
  // saying”, the Times’ report holds Wicker’s.)
  if (word === 'quoted' && copulas.has(previous?.lower ?? '') && asSayingAfter(tokens, end)) return
  // “easier said than done”: an idiom, no one speaking.
  if (word === 'said' && next?.lower === 'than' && previous?.lower === 'easier') return
  // “That said, …”, “All that said, …”, “(That said, …”: “having said
  // that”, a concession the writer makes, no one’s report; the clause after
  // it is read as before (“That said, Millennials say …”).
  if (
    word === 'said' &&
    previous?.lower === 'that' &&
    next?.text === ',' &&
    (k === 1 || tokens[k - 2]!.text === '(' || (k === 2 && tokens[0]!.upper && openingConjunctions.has(tokens[0]!.lower)) || (k === 2 && tokens[0]!.lower === 'all'))
  ) {
    return
  }
  // “All told, up to 5 million …”: a sum, no one telling.
  if (word === 'told' && previous?.lower === 'all' && next?.text === ',' && (k === 1 || tokens[k - 2]!.type === 'punct' || openingConjunctions.has(tokens[k - 2]!.lower))) return
  // “said, and I quote, …”: an aside, not the writer’s own attribution.
  if (word === 'quote' && previous?.text === 'I' && tokens[k - 2]?.lower === 'and') return
  // “Reed argued with the bartender”: a quarrel, not an argument made.
  if (entry.lemma === 'argue' && next?.lower === 'with') return
  // “A developer known to be bullish on golf is …”: a reduced passive; the
  // noun before is the one known, no knower.
  if (word === 'known' && next?.lower === 'to' && previous?.type === 'word' && !auxiliaries.has(previous.lower) && !copulas.has(previous.lower) && !previous.lower.endsWith('ly')) return
  // “led in pledged delegates”: the kind of delegate, no pledge made.
  if (entry.lemma === 'pledge' && next?.lower.startsWith('delegate') === true) return
  // “opened to rave reviews”: praise, no one raving.
  if (entry.lemma === 'rave' && next?.lower.startsWith('review') === true) return
  // “Ethiopia continues to occupy …”: going on doing, not speaking on.
  // (But “continued to defend the claim that …”, “continue to ignore the
  // reality that …”: a stance held on a clause, as PolNeAR has it.)
  if (entry.lemma === 'continue' && next?.lower === 'to' && !thatWithin(tokens, end + 1, 5)) return
  // “a procedural dispute”, “the dispute”: the noun (not after an
  // auxiliary, “to” or a pronoun: “did not dispute that”, “they dispute”).
  if (entry.lemma === 'dispute' && entry.form === 'base' && !(previous && (auxiliaries.has(previous.lower) || negated(previous.lower) || previous.lower === 'to' || subjectPronouns.has(previous.lower)))) return
  // A noun (“the claim”, “a report”, “his call”, “taking calls”), an
  // infinitive (“declined to comment”) or an adjective (“the said document”).
  if (previous && previous.type === 'word') {
    if (determiners.has(previous.lower) && previous.lower !== 'all' && previous.lower !== 'both' && !standaloneDeterminer(tokens, k, end, entry)) return
    if (previous.possessive) return
    // “a United Nations report released Thursday says”, “the UN report”: a
    // base form after a name after an article is a noun (“the Democrats
    // report” may be a verb).
    // (A report *that* …: its content, read as before.)
    if (noun && entry.form === 'base' && previous.upper && next?.lower !== 'that' && namedNoun(tokens, k)) return
    // (Not a past form after a relative clause’s stranded “to”: “voters I
    // talked to said”.)
    if (previous.lower === 'to' && !(entry.form === 'past' && relativeSubjects.has(tokens[k - 3]?.lower ?? ''))) {
      // (“pleaded not guilty to charges that …”, “responded to claims that
      // …”: after “to”, a form in -s is a noun, whose source is not the
      // clause’s subject.)
      if (entry.form !== 'present') infinitiveCue(tokens, k, end, entry, unit, found)
      return
    }
    // (Not before a present form after a noun in -ing: “The ruling notes
    // that …”, “the filing states”; but “a spending plan”.)
    if (noun && !previous.upper && ((previous.lower.endsWith('ing') && !(ingNouns.has(previous.lower) && entry.form === 'present')) || previous.lower.endsWith('ed')) && !auxiliaries.has(previous.lower)) return
    // “a Sunday talk show”, “his TV show”: the head of a compound noun.
    if (entry.form === 'base' && noun && compoundModifiers.has(previous.lower)) return
    // “a $1.3 billion plan to …”, “a 10-point plan”: a noun after an amount;
    // “Mayor unveils plan to …”: after a cue verb, its object.
    // (Not after a noun that is a cue too: “the reports show”, “the emails show”.)
    // (Or a plural subject’s verb in its base form: “experts urge caution”.)
    if (noun && (amountEnd(previous) || (!previous.upper && !nounCues.has(previous.lower) && cues.get(previous.lower)?.some((item) => item.form === 'present' || item.form === 'past' || (item.form === 'base' && pluralBefore(tokens, k - 2)))))) return
    // “had made similar promises”, “many such claims”: a plural noun after an adjective.
    // (“The new shows, in Toronto, …”: a plural of a noun cue too.)
    // (And after an adjective by its ending: “several negative comments
    // about”, “investigative reports on”; not “shows”: “a survey of those 18
    // to 35 years old shows”.)
    if ((nounAdjectives.has(previous.lower) || (isAdjective(previous) && word !== 'shows')) && word.endsWith('s') && (noun || nounCues.has(word.slice(0, -1)))) return
    // (A singular one after an adjective after a preposition: “after four
    // hours of public comment”, “for public comment”.)
    if (noun && entry.form === 'base' && (nounAdjectives.has(previous.lower) || isAdjective(previous)) && prepositions.has(tokens[k - 2]?.lower ?? '')) return
    // “the private server email story”: a quote-only base form after a
    // singular noun agrees with nothing, so it is a noun too.
    // (Not “the sign read …”: a past form spelled like the base.)
    if (entry.form === 'base' && entry.complements.quoteOnly && singularNoun(previous) && !cues.get(word)!.some((other) => other.form === 'past')) return
  }

  // “You know, I got in trouble”, “and, you know, we're …”: a filler set off
  // by a comma, no one's knowledge.
  if (word === 'know' && previous?.lower === 'you' && (next?.text === ',' || tokens[k - 2]?.text === ',')) return
  // “showed up”, “showing off”: another verb.
  if (word.startsWith('show') && next && next.type === 'word' && (next.lower === 'up' || next.lower === 'off')) return
  // “gains outweighed worries about the report”: the object of a verb, a
  // noun (“fueling worries that …” still attributes, as PolNeAR has it).
  // (Nor “raising worries about how long …”: after a present participle
  // too, unless a “that” clause comes soon, as in “fueling worries from
  // Paris to Prague that …”.)
  if (
    (word === 'worries' || word === 'concerns') &&
    previous?.type === 'word' &&
    !previous.upper &&
    (previous.lower.endsWith('ed') || (previous.lower.endsWith('ing') && !thatWithin(tokens, end, 12))) &&
    !auxiliaries.has(previous.lower) &&
    next?.lower !== 'that'
  ) {
    return
  }

  // “A neighbor who asked not to be identified said”: why a source goes
  // unnamed, no request reported.
  if (entry.lemma === 'ask' && next?.lower === 'not' && tokens[end + 1]?.lower === 'to' && tokens[end + 2]?.lower === 'be' && unnamedWords.has(tokens[end + 3]?.lower ?? '')) return
  // “People who know him say”: a relative clause of knowing someone, whose
  // pronoun is no content (“Trump had known him for years” is one, as
  // PolNeAR has it).
  if (entry.lemma === 'know' && previous?.lower === 'who' && next?.type === 'word' && reflexiveOrPersonal.has(next.lower)) return
  // “AI chip demand shows no sign of slowing”: a thing’s state, no one’s
  // stance. (“Sanders showed no sign of backing down”, “supporters are
  // showing no signs of”: a person’s or a group’s, which PolNeAR attributes.)
  if (word.startsWith('show') && (next?.lower === 'no' || next?.lower === 'little') && tokens[end + 1]?.lower.startsWith('sign') && tokens[end + 2]?.lower === 'of') {
    let subject = k - 1
    while (subject > 0 && tokens[subject]!.type === 'word' && auxiliaries.has(tokens[subject]!.lower)) subject--
    const head = tokens[subject]
    if (head?.type === 'word' && !head.upper && !head.lower.endsWith('s') && !personalPronouns.has(head.lower)) return
  }
  // “Tesla recalls 2 million vehicles”, “is recalling more than 2 million”: products, not memories.
  if (word.startsWith('recall') && next && (startsWithDigit(next.lower) || numberWords.has(next.lower) || countApproximators.has(next.lower) || next.lower === 'more')) return
  // “A storm knocked out power”, “knocked down the door”: not criticism.
  if (word.startsWith('knock') && next && next.type === 'word' && (next.lower === 'out' || next.lower === 'down' || next.lower === 'off' || next.lower === 'over' || next.lower === 'back')) return
  // “The department has responded to 11 fatal fires”, “responded to a call”:
  // answering an emergency, not words.
  if (entry.lemma === 'respond' && next?.lower === 'to' && respondedTo(tokens, end + 1)) return
  // “added 300 jobs”, “would … add 120 police officers”: adding a number of things, not words.
  // (“will add about £200 to the cost”, “added nearly 4,000”: an amount after an approximator or a currency sign.)
  if (word.startsWith('add') && next && (amountAfter(tokens, end) || (countApproximators.has(next.lower) && amountAfter(tokens, end + 1)))) return
  // “The findings add to a growing body of evidence”, “adds to concerns”: increasing, not speaking.
  // (Not “added to reporters that …”.)
  if (word.startsWith('add') && next?.lower === 'to' && tokens[end + 1]?.type === 'word' && !tokens[end + 1]!.upper && !saidToAudience(tokens, end + 1)) return
  // “promises add up to $8.5 million”: a sum; “can add a new title to his
  // resume”, “add momentum to an investigation”: a thing put to another.
  if (entry.lemma === 'add' && next && (next.lower === 'up' || thingAddedTo(tokens, end))) return

  if (noun && !entry.particle && next && next.type === 'word' && (next.lower === 'of' || next.lower === 'from' || next.lower === 'by')) return
  // “The draft report says”: a noun before the verb.
  // (“Court documents said”: also a past cue after a plural noun.)
  if (
    noun &&
    !entry.particle &&
    next &&
    next.type === 'word' &&
    !next.upper &&
    next.lower !== 'to' &&
    (auxiliaries.has(next.lower) ||
      copulas.has(next.lower) ||
      (cues.has(next.lower) &&
        (next.lower.endsWith('s') ||
          // (“court documents said”, “campaign finance reports show”: a plural noun.)
          (word.endsWith('s') && cues.get(next.lower)!.some((item) => (item.form === 'past' && item.cueClass !== 'belief') || (item.form === 'base' && !item.complements.quoteOnly))))))
  ) {
    return
  }
  // “mines called “nonpersistent””: naming, not speaking.
  if (tokens[end]?.type === 'quote' && isNamedTerm(tokens, end)) return

  // Verb group: auxiliaries, negation and adverbs before the verb.
  let start = k
  let passive = false
  // “is also expected”, “isn’t expected”, “was also told”: “be” before adverbs.
  let loosePassive = false
  let steps = 0
  while (start > 0 && steps < 5) {
    const before = tokens[start - 1]!
    if (before.type !== 'word') break
    const lower = before.lower
    // “…,” Will wrote: a capitalized modal before a past form, not opening
    // the unit, is a name (George Will, Theresa May).
    if (before.upper && start - 1 > 0 && start === k && entry.form === 'past' && modalNames.has(before.text)) break
    // (“voters I talked to said”: the relative clause’s preposition.)
    if (lower === 'to' && start === k) break
    // (“live tweeted”, “live-blogged”, “which together vowed” (not “binds
    // together pledges”: a verb’s particle before a noun): how, like an
    // adverb; was the source “live”, “together”.)
    // (“has since said”, “has nevertheless called”: an adverb after an
    // auxiliary; alone, “since” and the rest open a clause or an adjunct.)
    const afterAuxiliary = auxiliaryAdverbs.has(lower) && auxiliaries.has(tokens[start - 2]?.lower ?? '')
    if (auxiliaries.has(lower) || negated(lower) || afterAuxiliary || (lower.endsWith('ly') && lower.length > 4 && !before.upper && !lyNouns.has(lower)) || ((lower === 'live' || (lower === 'together' && entry.form === 'past')) && start === k && !before.upper)) {
      // “is expected”, “is also expected”, “isn’t expected”: a passive.
      if (copulas.has(lower) && start === k) passive = entry.form !== 'ing'
      else if ((copulas.has(lower) || negatedCopulas.has(lower)) && entry.form !== 'ing' && !activeBetween(tokens, start, k)) loosePassive = true
      start--
      steps++
    } else {
      break
    }
  }

  // “companies must disclose emissions”: an obligation, not an
  // attribution (the sentence is a rule).
  for (let index = start; index < k; index++) {
    if (deontic.has(tokens[index]!.lower)) return
  }

  const cue: Range = [tokens[start]!.start, tokens[end - 1]!.end]
  const cueTokens: [number, number] = [start, end]
  const base = entry.weight


  if (passive) {
    passiveCue(tokens, start, end, entry, unit, found)
    return
  }

  // Past adverbs only the passives read here (“expected to”, “told that”);
  // others with a subject (“was widely criticized by”) are read as before.
  if (loosePassive && passiveCue(tokens, start, end, entry, unit, found)) return

  // “with growth expected to slow”, “with humidity expected to drop”: a
  // reduced passive after “with” (no “is”), so the phrase is what is
  // expected, not who expects it. (Gated on the word “to” after a raising
  // verb, so most cues never look back.)
  if (start === k && tokens[end]?.lower === 'to' && raisingPassives.has(entry.lemma) && entry.form === 'past') {
    const subject = subjectBefore(tokens, start)
    if (subject && tokens[subject[0] - 1]?.lower === 'with') {
      passiveCue(tokens, start, end, entry, unit, found)
      return
    }
  }

  const before = tokens[start - 1]

  if (entry.form === 'ing' && start === k) {
    // “Wicker is quoted in a statement as saying …”: the one quoted speaks.
    // (The cue runs from “is quoted”: the words between are no claim.)
    if (before?.lower === 'as') {
      const quoted = quotedAs(tokens, start - 1)
      const content = quoted && contentAfter(tokens, end, entry)
      if (quoted && content) {
        found.push(build(tokens, unit, [tokens[quoted.cue]!.start, cue[1]], [quoted.cue, end], entry.cueClass, quoted.speaker, [content.range], 0.8 * base, 'participle'))
        return
      }
    }

    // “He’s claiming”: a contracted auxiliary.
    if (before && before.type === 'word' && /^(?:he|she|it|they|we|i|you|who|that)['’](?:s|re|m)$/.test(before.lower)) {
      const content = contentAfter(tokens, end, entry)
      if (!content) return
      let range = content.range
      // `Bloomberg, who's thinking about running, said …`: the relative ends
      // before the main verb.
      if (/^wh/.test(before.lower)) {
        const close = appositiveEnd(tokens, content.from, true)
        range = (close === -1 ? undefined : contentRange(tokens, content.from, close)) ?? range
      }

      found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, [start - 1, start], [range], 0.85 * base, 'progressive'))
      return
    }

    // A participle clause (“…, saying that”, “by telling”, “Trump saying”):
    // the main subject speaks.
    const beforeName = tokens[start - 2]
    const named =
      before !== undefined &&
      before.type === 'word' &&
      before.upper &&
      !capitalStops.has(before.text) &&
      (!beforeName || (beforeName.type === 'word' && (beforeName.lower === 'of' || beforeName.lower === 'by' || beforeName.lower === 'with' || beforeName.lower === 'shows' || beforeName.lower === 'showed')))
    // “X issued a statement saying that …”: the words of X’s statement (not
    // in an opening adjunct: “In a statement announcing the pick, …”).
    let documentSubject: Range | undefined
    if (before !== undefined && before.type === 'word' && !before.upper && documentNouns.has(before.lower) && entry.form === 'ing') {
      const document = npBefore(tokens, start)
      const verb = document ? tokens[document[0] - 1] : undefined
      if (document && verb && verb.type === 'word' && isFiniteVerb(verb)) {
        // (Not X's words when X turned it down: “The United States vetoed a
        // resolution demanding a ceasefire” — the resolution demands.)
        documentSubject = againstVerbs.has(verb.lower) ? document : subjectBefore(tokens, document[0] - 1)
      }
    }

    const participle =
      !before ||
      documentSubject !== undefined ||
      // A comma, also one inside a quote (`… on “Morning Joe,” adding, “…”`).
      commaBefore(before) ||
      before.text === '—' ||
      before.text === '–' ||
      (before.type === 'word' && subordinators.has(before.lower)) ||
      named
    if (!participle) {
      // “with 30 percent of voters saying they …”: the phrase after “with”
      // speaks (polls report so).
      const speakers = withSubject(tokens, start)
      const content = speakers && contentAfter(tokens, end, entry)
      if (speakers && content) found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, speakers, [content.range], 0.7 * base, 'participle'))
      return
    }

    const content = contentAfter(tokens, end, entry)
    if (!content) return
    // (“Chief Justice John Roberts, writing for the majority, said”: for whom, nothing said.)
    if (content.first.lower === 'for' && tokens[content.from + 1]?.lower === 'the' && tokens[content.from + 2]?.lower === 'majority') return
    // A participle clause that opens the unit (“Responding to Trump, Clinton
    // wrote: …”, “After reciting the passage, Beck said, …”) ends at its
    // comma: the main clause after it has its own subject, and often its
    // own cue, which must not end up nested inside this one.
    // So does one after an opening adjunct (“Tuesday on CNN, while
    // discussing the tweet, Ryan said …”).
    if (!before || (before.type === 'word' && subordinators.has(before.lower) && (start === 1 || commaBefore(tokens[start - 2]!)))) {
      const clause = openingClause(tokens, end)
      if (clause) {
        const range = clause.comma > content.from ? contentRange(tokens, content.from, clause.comma) : undefined
        if (range) found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, clause.subject, [range], 0.7 * base, 'participle'))
        return
      }
    }

    // `Durbin, noting the size of the list, said, “…”`: a participle set
    // off inside the subject ends before the main verb, and the subject it
    // follows is its speaker (the main cue then stands outside it).
    if (before && before.text === ',') {
      const close = appositiveEnd(tokens, end)
      const subject = close === -1 ? undefined : npBefore(tokens, start - 1)
      const range = subject && close > content.from ? contentRange(tokens, content.from, close) : undefined
      if (subject && range) {
        found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, subject, [range], 0.7 * base, 'participle'))
        return
      }
    }

    const mention = named ? npBefore(tokens, start) : (documentSubject ?? asideSpeaker(tokens, start) ?? mainClauseSubject(tokens, start) ?? clauseSubject(tokens, start, found))
    found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, mention, [content.range], 0.7 * base, 'participle'))
    return
  }

  // `Said Ellis: “…”` (not `Asked about X, …`: a passive participle).
  if (!before && initialInversions.has(entry.lemma) && (entry.form === 'past' || entry.form === 'present')) {
    const source = invertedSource(tokens, end)
    const after = source ? tokens[source[1]] : undefined
    if (source && after && (after.text === ':' || after.text === ',')) {
      const right = contentRange(tokens, source[1] + 1, tokens.length)
      if (right) found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, source, [right], 0.9 * base, 'inverted-initial'))
      // `Stated Stone:` closing its paragraph introduces what follows.
      else if (lastInParagraph && after.text === ':') found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, source, [], 0.85 * base, 'intro', true))
    }

    return
  }

  // `Asked if he was bullied, Trump said …`: a passive participle opening
  // the unit reports a question; its asker follows `by`, if named.
  if (entry.lemma === 'ask' && (entry.form === 'past' || entry.form === 'participle') && !before) {
    askedClause(tokens, start, end, entry, unit, found)
    return
  }

  // Inverted: `“Y,” said X` / `Y, said X, the …`.
  if (
    before &&
    invertible.has(entry.lemma) &&
    (before.type === 'quote' ||
      (before.type === 'punct' && (before.text === ',' || before.text === '?' || before.text === '!' || dashes.has(before.text) || newswireClose(tokens, start - 1))))
  ) {
    // (`…,” McCain said, asked about the vagueness`: after a cue that ends in
    // a preposition comes its topic, not a speaker.)
    const source = prepositions.has(tokens[end - 1]!.lower) ? undefined : invertedSource(tokens, end)
    if (source && entry.form !== 'ing' && entry.form !== 'base' && !subjectWithAppositive(tokens, start, source)) {
      // `In other words, explained X: “…”`: a colon after the source hands
      // over to what follows; the words before are an adjunct.
      const colon = tokens[source[1]]
      const introduced = colon?.text === ':' && tokens[source[1] + 1]?.type === 'quote' ? contentRange(tokens, source[1] + 1, tokens.length) : undefined
      if (introduced && before.type === 'punct' && before.text === ',') {
        found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, source, [introduced], 0.9 * base, 'inverted-initial'))
        return
      }

      const left = contentBefore(tokens, start - 1)
      if (left) {
        const content: Range[] = [left]
        // `“…,” said X, “…”`: an interrupted quotation goes on.
        const after = tokens[source[1]]
        if (after && after.text === ',' && (tokens[source[1] + 1]?.type === 'quote' || newswireOpen(tokens, source[1] + 1))) {
          const right = contentRange(tokens, source[1] + 1, tokens.length)
          if (right) content.push(right)
        } else if (after && after.text === ',' && before.type === 'punct' && before.text === ',') {
          // `And Trump, said Sunshine, who …, doesn’t forgive`: the clause
          // goes on after the source (and its relative clause).
          const past = pastRelative(tokens, source[1])
          const verb = past === source[1] ? source[1] + 1 : past
          const right = isFiniteVerb(tokens[verb]) || auxiliaries.has(tokens[verb]?.lower ?? '') ? contentRange(tokens, verb, tokens.length) : undefined
          if (right) content.push(right)
        }

        found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, source, content, (before.type === 'quote' ? 0.95 : 0.9) * base, 'inverted'))
        return
      }
    }
  }

  // “the margin decline was temporary”: a bare form after a singular noun
  // and right before a finite “be” or “have” is a noun heading the subject
  // (not after a plural: “the job that economists say is the future”).
  if (entry.form === 'base' && start === k && k > 0 && finiteAfterNoun.has(tokens[end]?.lower ?? '') && tokens[k - 1]!.type === 'word' && singularNoun(tokens[k - 1]!)) return
  let subject = uninvolvedSubject(tokens, start, end) ?? subjectBefore(tokens, start) ?? relativeSubject(tokens, start)
  let layout = 'subject'
  // “Trump has made comments”, “Sanders also takes aim”: a noun cue as the
  // object of a light verb; the verb’s subject is the source.
  if (subject && start === k && subject[1] === k && subject[1] - subject[0] === 1 && noun && lightVerbs.has(tokens[subject[0]]!.lower)) {
    let back = subject[0]
    while (back > 0 && back > subject[0] - 4 && tokens[back - 1]!.type === 'word' && (auxiliaries.has(tokens[back - 1]!.lower) || tokens[back - 1]!.lower.endsWith('ly'))) back--
    subject = subjectBefore(tokens, back)
  }

  // “which left little doubt that …”, “Smith leaves no doubt”: the subject
  // of “leave” doubts nothing, but says so; “left little” was the source.
  if (subject && noun && start === k && k >= 3 && word === 'doubt' && (tokens[k - 1]!.lower === 'little' || tokens[k - 1]!.lower === 'no') && leaveForms.has(tokens[k - 2]!.lower)) {
    subject = subjectBefore(tokens, k - 2)
  }

  // “water bottles that said, “…””: a relative `that` speaks a quotation.
  if (!subject && before && before.type === 'word' && before.lower === 'that' && start >= 2 && tokens[start - 2]!.type === 'word' && !cues.has(tokens[start - 2]!.lower)) {
    const after = tokens[end]
    const quoted = after && (after.type === 'quote' || ((after.text === ',' || after.text === ':') && tokens[end + 1]?.type === 'quote'))
    if (quoted) subject = [start - 1, start]
  }

  if (subject && noun && (possessives.has(tokens[subject[0]]!.lower) || tokens.slice(subject[0], subject[1]).some((item) => item.possessive))) return
  // “recent comments”, “crude remarks”, “multiple reports”, “derogatory
  // comments”: an adjective right before a noun cue modifies the noun; it
  // is no subject.
  if (subject && start === k && noun && subject[1] === k && subject[1] - subject[0] === 1 && isAdjective(tokens[subject[0]]!)) {
    return
  }

  // “is seizing on recent comments”: a noun cue after a participle names no source.
  if (subject && noun && subject[1] - subject[0] === 1 && !tokens[subject[0]]!.upper && tokens[subject[0]]!.lower.endsWith('ing')) return
  // “Rattling off promises to …, Clinton promised”: an opening participle
  // and its object are no subject.
  if (subject && subject[1] - subject[0] >= 2 && openingParticiple(tokens, subject[0], tokens.length)) return
  // “according to new financial documents he filed”: the noun of the source.
  if (subject && noun && tokens[subject[0] - 1]?.lower === 'to' && tokens[subject[0] - 2]?.lower === 'according') return
  if (subject && start === k) {
    // `In somber comments, Trump …`: a cue word after a preposition and its
    // modifiers is a noun.
    const preposition = tokens[subject[0] - 1]
    if (noun && preposition?.type === 'word' && phrasePrepositions.has(preposition.lower)) return
    // “an casual remark”, “a simple question”: after “a” a verb would need
    // its -s or past form, so a bare form there is the noun.
    // (“a majority say”, “a few want”: a quantity takes the plural.)
    if (
      entry.form === 'base' &&
      subject[1] - subject[0] === 2 &&
      singularDeterminers.has(tokens[subject[0]]!.lower) &&
      !collectiveQuantities.has(tokens[subject[0] + 1]!.lower) &&
      !startsWithDigit(tokens[subject[0] + 1]!.lower)
    ) {
      return
    }

    // “the congressional report said”, “The October report exceeded …”:
    // after “the” and words that are no plural noun, a noun cue is the head
    // of the noun phrase (a bare-form verb would need a plural subject:
    // “the analysts report …”).
    if (entry.form === 'base' && noun && tokens[subject[0]]!.lower === 'the' && subject[1] - subject[0] >= 2) {
      const last = tokens[subject[1] - 1]!
      if (last.type === 'word' && !/s$/.test(last.lower) && !beforeBareVerb.has(last.lower) && !collectiveQuantities.has(last.lower)) return
    }

    // “as AI chip demand holds up”: with no article either, a singular
    // noun before a bare noun cue and a verb right after it make the cue
    // the head of the subject.
    // (A capital only for opening the sentence: “Consumer demand rises”.)
    const head = tokens[subject[1] - 1]!
    if (entry.form === 'base' && noun && head.type === 'word' && (singularNoun(head) || (subject[1] === 1 && /^[a-z]+$/.test(head.lower) && !head.lower.endsWith('s') && !beforeBareVerb.has(head.lower))) && thirdPersonVerb(tokens[end])) return
  }
  if (!subject && before && before.type === 'word' && (before.lower === 'and' || before.lower === 'but' || before.lower === 'or')) {
    // (Inside a relative clause its subject is the noun before “who”: “an
    // employee who had been fired and was seeking revenge”, no source. A
    // speech verb goes on with the main clause: “announced support from
    // mothers who have lost children and said …”.)
    if (entry.cueClass !== 'speech' && inRelative(tokens, start - 1)) return
    // Coordinated verbs share the subject: “The memo does not … but claims …”.
    // (Evidence goes on with a clause that a cue opened with “that”:
    // “cautioned that the study was observational and could not prove …”
    // is the study’s; speech goes on with the main clause: “said that the
    // plan failed and added …”.)
    subject = clauseSubject(tokens, start - 1, found, entry.cueClass === 'evidence')
    layout = 'coordinated'
    // A list item without a subject (“Preys on our fears …, and calls
    // people “losers” and “sad.””): the words it quotes are still someone’s.
    if (!subject) {
      const right = contentAfter(tokens, end, entry)
      if (right && tokens.slice(right.from, Math.min(n, right.from + 3)).some((token) => token.type === 'quote')) {
        found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, undefined, [right.range], 0.6 * base, layout))
      }

      return
    }
  }

  if (!subject) return
  const separator = tokens[subject[0] - 1]
  const relative = tokens[subject[0]]!.lower === 'who' || tokens[subject[0]]!.lower === 'which'
  // (`''…,'' Mr. Bush said, holding back tears`: the words before are his,
  // however the cue goes on, as after a quotation.)
  const newswire = separator !== undefined && separator.text === "'" && !relative && newswireClose(tokens, subject[0] - 1)
  const hasLeft =
    separator !== undefined &&
    !relative &&
    (separator.type === 'quote' || newswire || (separator.type === 'punct' && (separator.text === ',' || dashes.has(separator.text))))
  const pronoun = subject[1] - subject[0] === 1 && subjectPronouns.has(tokens[subject[0]]!.lower)
  const confidence = (pronoun ? 0.85 : 0.9) * base * (layout === 'coordinated' ? 0.8 : 1)

  // `Y, as X said on Monday.` / `As X said, Y.`: the rest of the sentence.
  const as = tokens[subject[0] - 1]
  // (Not “as strikes continue”: time, not speech.)
  if (as && as.type === 'word' && as.lower === 'as' && entry.lemma !== 'continue' && tailIsAdjunct(tokens, end, entry)) {
    const content: Range[] = []
    const left = contentBefore(tokens, subject[0] - 2)
    if (left) content.push(left)
    let comma = end
    while (comma < n && !(tokens[comma]!.type === 'punct' && tokens[comma]!.text === ',')) comma++
    const right = comma < n ? contentRange(tokens, comma + 1, n) : undefined
    if (right) content.push(right)
    if (content.length > 0) {
      found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, subject, content, 0.85 * base, 'as'))
      return
    }
  }

  // `“Y,” X said …` / `Y, X said Friday.`: the content is on the left.
  // `To chants of “Marco! Marco!,” the senator said his …`: a title or term
  // before the subject is no one's words handed over.
  const named = separator !== undefined && separator.type === 'quote' && (isNamedTerm(tokens, subject[0] - 1) || isTitle(tokens, subject[0] - 1, quoteWords(separator)))
  // `…, the protesters chanted “…”`: a quotation right after the cue is its
  // content, whatever comes before the subject.
  // (So does a newswire one, `Mr. Daley said: ’’Of course.’’`, after a colon or not.)
  const quotedRight = tokens[end]?.type === 'quote' || newswireOpen(tokens, tokens[end]?.text === ':' ? end + 1 : end)
  // “…,” Melanie said yes: a one-word answer is the content, on the right.
  // (Or before a clause of its own: “72 percent said yes while 48 percent
  // overall agreed”.)
  const answered = tokens[end]?.type === 'word' && answers.has(tokens[end]!.lower) && (end + 1 >= n || tokens[end + 1]!.type === 'punct' || answerJoiners.has(tokens[end + 1]!.lower))
  // (A verb of an object only, “a deal developing countries criticised as
  // far too small”, hands no clause before a comma to its subject.)
  const leftClause = separator?.type === 'quote' || newswire || entry.complements.clause || entry.complements.quoteOnly
  if (separator && hasLeft && leftClause && !quotedRight && !answered && (newswire || (quoteIntroducesSpeaker(separator) && !named) || tailIsAdjunct(tokens, end, entry))) {
    // `Trump asserted that …: “France is no longer France,” he claimed.`:
    // after a colon, only the quotation is this speaker's.
    const colon = separator.type === 'quote' ? tokens[subject[0] - 2] : undefined
    const left = colon && colon.type === 'punct' && colon.text === ':' ? ([separator.start, separator.end] as Range) : contentBefore(tokens, subject[0] - 1)
    const interrupted = left ? (interruption(tokens, end) ?? (separator.type === 'punct' && !newswire ? parenthetical(tokens, end) : undefined)) : undefined
    // (`In a speech last July, he said: …`, `Like Mr. Sanders, she has
    // reckoned …`: a fronted phrase is where or how, no words of the speaker;
    // with the clause it opens, `In the end, he said, the deal held`, it is
    // content too. A newswire quotation after the cue's comma is read as
    // before: `In an essay, he wrote, ''…''`.)
    const fronted = !interrupted && separator.text === ',' && !(tokens[end]?.text === ',' && newswireOpen(tokens, end + 1)) && frontedPhrase(tokens, subject[0] - 2)
    if (left && !fronted) {
      const content: Range[] = [left]
      if (interrupted) content.push(interrupted)
      found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, subject, content, (separator.type === 'quote' ? 1 : 0.95) * confidence, 'subject-after'))
      return
    }
  }

  // “A June poll found Trump receiving 20 percent”: a poll or study finds a
  // small clause or a noun phrase too.
  const evidence = entry.cueClass === 'evidence' && tokens.slice(subject[0], subject[1]).some((token) => evidenceSubjects.has(token.lower))
  const right = contentAfter(tokens, end, entry, evidence)
  // “all the tariffs announced so far”: how far along, nothing said.
  if (right && (right.first.lower === 'so' || right.first.lower === 'thus') && tokens[right.from + 1]?.lower === 'far' && tokens[right.from + 2]?.type !== 'word') return
  // “which was first reported by The Associated Press”, “a fact first
  // reported by Christopher Heath”: a passive's agent, not what was said.
  if (right && right.first.lower === 'by' && (entry.form === 'past' || entry.form === 'participle') && passiveAgent(tokens, right.from + 1)) return
  if (right && !(hasLeft && !answered && rightIsAdjunct(tokens, right, entry))) {
    // “46 percent of voters said yes, compared with 23 percent who …”: the
    // answer is all that was said; the rest is the reporter's.
    // (Not before how it was said: “said yes, over and over again”.)
    const joiner = tokens[end + 1]?.text === ',' ? tokens[end + 2] : tokens[end + 1]
    const answerOnly = answered && right.from === end && joiner !== undefined && answerJoiners.has(joiner.lower)
    let range: Range = answerOnly ? [tokens[end]!.start, tokens[end]!.end] : right.range
    // “While he acknowledged A, B …”: a subordinate clause ends at its comma.
    const opener = tokens[subject[0] - 1]
    if (opener && opener.type === 'word' && opener.upper && clauseOpeners.has(opener.lower)) {
      for (let index = right.from + 1; index < n; index++) {
        const token = tokens[index]!
        if (token.type === 'punct' && token.text === ',') {
          range = [range[0], tokens[index - 1]!.end]
          break
        }
      }
    }

    // `Podesta, an adviser who backed the policy, said …`: a relative clause
    // in an appositive ends before the main verb.
    if (relative) {
      let close = appositiveEnd(tokens, right.from, true)
      // Else the clause ends at its comma (“Smith, who has denied
      // wrongdoing, resigned”), unless a quotation goes on after it.
      if (close === -1) close = relativeEnd(tokens, right.from)
      // A cue that takes no clause takes a noun phrase, and the main verb
      // may follow it without a comma (“Republicans who backed the plan
      // were irritated …”).
      if (close === -1 && !entry.complements.clause) {
        const np = npAfter(tokens, right.from)
        if (np && np[1] > right.from && isFiniteVerb(tokens[np[1]])) close = np[1]
      }

      const clipped = close === -1 ? undefined : contentRange(tokens, right.from, close)
      if (clipped) range = clipped
    }

    const content: Range[] = [range]
    // `Residents, the mayor said, have waited`: the parenthetical source
    // splits the content (not `Asked …, X said, “…”`: an adjunct before).
    if (hasLeft && right.afterComma && !right.startsWithQuote && !relativeStarts.has(right.first.lower)) {
      const left = contentBefore(tokens, subject[0] - 1)
      const first = tokens[0]!
      const adjunct = first.type === 'word' && first.upper && (capitalStops.has(first.text) || (first.lower.endsWith('ed') || first.lower.endsWith('ing')))
      if (left && !adjunct) content.unshift(left)
    } else if (hasLeft && separator.text === ',' && entry.cueClass === 'speech' && conditionalStart(tokens, subject[0] - 1)) {
      // `If the demands are not met, Taylor said supporters will leave`:
      // the condition is part of what Taylor said (not a reader's “If you
      // watch …, he talked about …” or “If there were any doubts, …”).
      const left = contentBefore(tokens, subject[0] - 1)
      if (left) content.unshift(left)
    }

    found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, subject, content, confidence, layout))
    return
  }

  // `X said:` at the end of a paragraph introduces what follows.
  const last = tokens[n - 1]!
  if (lastInParagraph && last.text === ':' && onlyAdjuncts(tokens, end, n - 1)) {
    found.push(build(tokens, unit, cue, cueTokens, entry.cueClass, subject, [], 0.85 * confidence, 'intro', true))
  }
}

/**
 * Where a clause starting at `from` ends when a comma and a finite speech
 * verb follow (`…, noting X, said …`): the comma's index (or one past a
 * quote that holds the comma), or -1. Bounded and stopped by anything that
 * shows the clause is not a short appositive.
 */
function appositiveEnd(tokens: Token[], from: number, relative = false): number {
  for (let index = from; index < tokens.length && index - from < 20; index++) {
    const token = tokens[index]!
    if (token.type === 'punct' && (terminal.has(token.text) || token.text === ';' || token.text === ':')) return -1
    // A relative clause may hold a clause of its own (“who called after the
    // winner was declared, told …”); a participle may not.
    if (token.type === 'word' && finiteHints.has(token.lower) && !relative) return -1
    const quoted = quoteEndsInComma(token)
    if (!quoted && (token.type !== 'punct' || token.text !== ',')) continue
    let verb = index + 1
    while (verb < tokens.length && verb - index <= 2 && tokens[verb]!.type === 'word' && tokens[verb]!.lower.endsWith('ly') && tokens[verb]!.lower.length > 4) verb++
    const next = tokens[verb]
    const entries = next && next.type === 'word' && !next.upper ? cues.get(next.lower) : undefined
    if (entries && entries.some((item) => item.cueClass === 'speech' && item.form === 'past')) return quoted ? index + 1 : index
    return -1
  }

  return -1
}

/**
 * The comma that closes a relative clause’s content at `from` (“who has
 * denied wrongdoing, resigned”, “who wanted change, most supported …”, “who
 * has insulted women, Mexicans and Muslims, she replied”): one followed by
 * a clause — a verb, a conjunction, or a noun phrase and a verb — not by a
 * list item or an adjunct (“a generous, magnanimous executive”, “sparingly,
 * in emergencies”); or -1.
 */
function relativeEnd(tokens: Token[], from: number): number {
  // Words in quotation marks (also `''`, not a quote token) go on as quoted.
  if (/^['’‘"“]/.test(tokens[from]?.text ?? '')) return -1
  let dashed = false
  for (let index = from; index < tokens.length && index - from < 40; index++) {
    const token = tokens[index]!
    if (token.type === 'quote') return -1
    if (token.type !== 'punct') continue
    // (Or the dash that closes a clause set off by dashes before its verb:
    // “Trump - who previously said … - said”, “Graham—who had … — will”;
    // only the first dash, not one that closes an aside in the content,
    // “believes an unborn baby – up until its birth – has no rights”.)
    if (dashes.has(token.text) && (token.text !== '-' || tokens[index - 1]!.end < token.start)) {
      if (dashed) continue
      dashed = true
      let verb = index + 1
      while (verb - index <= 2 && tokens[verb]?.type === 'word' && (tokens[verb]!.lower.endsWith('ly') || tokens[verb]!.lower === 'also')) verb++
      if (isFiniteVerb(tokens[verb])) return index
      continue
    }

    if (token.text !== ',') continue
    let at = index + 1
    // Adverbs before the verb: “, quickly went up”, “, also noted”.
    while (at - index <= 2 && tokens[at]?.type === 'word' && (tokens[at]!.lower.endsWith('ly') || tokens[at]!.lower === 'also')) at++
    const next = tokens[at]
    if (!next || next.type !== 'word') continue
    if (next.lower === 'and' || next.lower === 'but' || next.lower === 'while' || isFiniteVerb(next)) return index
    // (A past form before its object is the main verb: “, which has endorsed
    // Trump, used the comments to urge …”.)
    if (next.lower.endsWith('ed') && !next.upper && objectOpeners.has(tokens[at + 1]?.lower ?? '')) return index
    // A subordinate clause (“, as Germany has done,”) is inside the content.
    if (relativeStarts.has(next.lower)) continue
    // A subject and its verb: “, Golvach lost”; “, most are planning”,
    // “, most in both states supported” (a quantifier and its verb a few
    // words on).
    if (pronounDeterminers.has(next.lower)) {
      if (verbWithin(tokens, at + 1, 4)) return index
      continue
    }

    const np = npAfter(tokens, at)
    if (np && np[1] - np[0] <= 4 && isFiniteVerb(tokens[np[1]])) return index
  }

  return -1
}

/** Whether a finite verb comes within `limit` words from `from`, before any punctuation. */
function verbWithin(tokens: Token[], from: number, limit: number): boolean {
  for (let index = from; index < Math.min(tokens.length, from + limit); index++) {
    if (tokens[index]!.type !== 'word') return false
    if (isFiniteVerb(tokens[index])) return true
  }

  return false
}

/** Whether `token` reads as a finite verb (“resigned”, “is”, “lost”, “supports”; not “magnanimous”). */
function isFiniteVerb(token: Token | undefined): boolean {
  if (clearlyFinite(token)) return true
  // Or a third-person form (not “as”, “his”, “crisis”, “famous”).
  return token !== undefined && token.type === 'word' && !token.upper && !stopWords.has(token.lower) && /^\p{L}{2,}[^suio’'\s]s$/u.test(token.lower)
}

/**
 * `Podesta, a former adviser, said Obama “…”`: what looks like `Y, said X`
 * is a subject and its appositive when that subject opens the unit and the
 * words after the would-be source go on (a clause, not the end or a comma).
 */
function subjectWithAppositive(tokens: Token[], start: number, source: Range): boolean {
  // (Set off by dashes too: “A former candidate -- John McCain, who lost
  // … -- said the president “offered …””.)
  const separator = tokens[start - 1]?.text ?? ''
  if (separator !== ',' && !(dashes.has(separator) && separator !== '-')) return false
  const after = tokens[source[1]]
  if (!after) return false
  // “Hillary Clinton, who served as secretary of state when …, conceded the
  // situation is …”: a relative clause set off after a named subject, then
  // the verb.
  if (relativeSubject(tokens, start)) return true

  // “Cornyn, a Texas Republican, said the vote, which was close, failed”:
  // a comma after the would-be source opens a relative clause, and what
  // stands before the cue has no verb of its own.
  if (pastRelative(tokens, source[1]) !== source[1]) {
    // (Past an opening adjunct: “Speaking to reporters, Cornyn, …, said”.)
    const first = tokens[0]!
    let from = 0
    if (first.type === 'word' && first.upper && (/..(?:ing|ed)$/.test(first.lower) || clauseOpeners.has(first.lower) || openingPrepositions.has(first.lower))) {
      while (from < start && tokens[from]!.text !== ',') from++
    }

    // A subject and its appositive, both set off: two commas, no verb.
    const left = tokens.slice(from, start)
    return left.filter((token) => token.text === ',').length >= 2 && !left.some((token) => token.type === 'quote' || isFiniteVerb(token))
  }

  if (after.type === 'punct' && (after.text === ',' || terminal.has(after.text) || after.text === ';' || dashes.has(after.text))) return false
  const subject = subjectBefore(tokens, start)
  if (subject === undefined) return false
  // (After an opening conjunction too: “But Murshed Zaheed, acting political
  // director of CREDO Action, said Clinton’s response …”.)
  const first = tokens[0]!
  if (subject[0] === 0 || (subject[0] === 1 && first.type === 'word' && first.upper && openingConjunctions.has(first.lower))) return true
  // (Or after an opening adjunct and its comma: “In an interview, Steve
  // Huhn, a former vice president, said Fiorina “was …””.)
  if (first.type === 'word' && first.upper && adjunctPrepositions.has(first.lower) && tokens[subject[0] - 1]?.text === ',') {
    let comma = 0
    while (comma < subject[0] && tokens[comma]!.text !== ',') comma++
    if (comma === subject[0] - 1) return true
  }

  // (Or a subject after its owner: “Mr. Trump's former campaign manager,
  // Corey Lewandowski, said the staff member who …”.)
  return subject[0] > 0 && tokens[subject[0] - 1]!.possessive === true && tokens.slice(0, subject[0]).every((token) => token.type === 'word' || token.text === '.')
}

/** Auxiliaries in “who were not involved”, “who had not been involved”. */
const involvedAuxiliaries = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'been', 'not', 'never', 'directly', 'otherwise'])

/**
 * `Experts not involved in the research cautioned`, `Scientists who were
 * not involved in the study said`: outside experts, named by the work they
 * had no part in. The whole phrase before the cue at `start`, or
 * `undefined`. (Without this the subject was “the study”, or none.)
 */
function uninvolvedSubject(tokens: Token[], start: number, end: number): Range | undefined {
  // Runs before every subject search: look for “involved” first, so that
  // most cues cost a few compares and no noun-phrase walk.
  let involved = false
  for (let index = start - 2; index >= 0 && start - index <= 9 && !involved; index--) involved = tokens[index]!.lower === 'involved'
  if (!involved) return undefined
  // (Something must follow the cue: “a lawyer who has been involved in
  // using EB-5 funding for development projects.” ends on a noun.)
  const after = tokens[end]
  if (!after || (after.type === 'punct' && terminal.has(after.text))) return undefined
  const object = npBefore(tokens, start)
  if (!object || object[1] !== start || object[1] - object[0] > 6) return undefined
  for (let index = object[0]; index < object[1]; index++) if (tokens[index]!.lower.endsWith('ing')) return undefined
  let index = object[0] - 1
  const preposition = tokens[index]
  if (!preposition || (preposition.lower !== 'in' && preposition.lower !== 'with')) return undefined
  if (tokens[--index]?.lower !== 'involved') return undefined
  index--
  while (index > 0 && object[0] - index < 8 && tokens[index]!.type === 'word' && involvedAuxiliaries.has(tokens[index]!.lower)) index--
  // (“who” or “that” after the head; a reduced relative needs its “not”:
  // “people involved with the campaign” is left to the noun phrase rules.)
  const relative = tokens[index]?.lower === 'who' || tokens[index]?.lower === 'that'
  if (relative) index--
  else if (tokens[index + 1]?.lower !== 'not' && tokens[index + 1]?.lower !== 'never') return undefined
  const head = npBefore(tokens, index + 1, false)
  if (!head || head[1] !== index + 1) return undefined
  return [head[0], start]
}

/**
 * The named subject before a relative clause set off by commas that ends
 * right before `start` (“Hillary Clinton, who served as …, conceded”,
 * “James Bruner, whose father was …, remembers”).
 */
function relativeSubject(tokens: Token[], start: number): Range | undefined {
  if (tokens[start - 1]?.text !== ',') return undefined
  let open = start - 2
  while (open > 0 && start - open < 40 && tokens[open]!.text !== ',' && tokens[open]!.type !== 'quote') open--
  if (open <= 0 || tokens[open]!.text !== ',' || !(tokens[open + 1]?.lower === 'who' || tokens[open + 1]?.lower === 'whose')) return undefined
  const subject = npBefore(tokens, open)
  return subject && subject[1] === open && tokens[subject[0]]!.upper && tokens[open - 1]!.upper ? subject : undefined
}

const openingConjunctions = new Set(['but', 'and', 'yet', 'so', 'still', 'now', 'meanwhile', 'however', 'instead'])

/** Nouns for what a source puts out (“issued the following statement:”). */
const statementNouns = new Set(['statement', 'statements', 'message', 'tweet', 'tweets', 'post', 'letter', 'note', 'email', 'remarks', 'response', 'explanation', 'following'])

/**
 * `Trump issued the following statement:` closing its paragraph: the verb is
 * no cue, but the statement noun before the colon makes the unit introduce
 * what follows, spoken by the main clause's subject.
 */
function statementIntro(tokens: Token[], unit: number, found: Candidate[]): void {
  const n = tokens.length
  if (!statementNouns.has(tokens[n - 2]!.lower)) return
  const subject = mainClauseSubject(tokens, n - 2)
  if (!subject) return
  const verb = subject[1]
  if (verb >= n - 2 || tokens[verb]!.type !== 'word') return
  // Only a short predicate (“released the following statement”), never a
  // clause that merely ends on such a noun.
  if (n - 1 - verb > 6 || tokens.slice(verb, n - 1).some((token) => token.type !== 'word')) return
  found.push(build(tokens, unit, [tokens[verb]!.start, tokens[n - 1]!.end], [verb, n - 1], 'speech', subject, [], 0.7, 'intro', true))
}

/** A comma, or a quotation that ends in one (“on “Meet the Press,” while …”). */
function commaBefore(token: Token): boolean {
  return token.text === ',' || quoteEndsInComma(token)
}

/** A quotation whose comma sits inside its closing mark (`“Morning Joe,”`). */
function quoteEndsInComma(token: Token): boolean {
  return token.type === 'quote' && /,\s*[”"’']$/u.test(token.text)
}

/** Words that open an indirect question (“asked whether …”). */
const questionWords = new Set(['if', 'whether', 'why', 'how', 'what', 'who', 'whom', 'which', 'when', 'where'])

/** `Asked (by X) (on Fox) whether Y, …`: Y up to its comma, X the source if named. */
function askedClause(tokens: Token[], start: number, end: number, entry: CueEntry, unit: number, found: Candidate[]): void {
  let index = end
  let agent: Range | undefined
  if (tokens[index]?.lower === 'by') {
    agent = npAfter(tokens, index + 1)
    if (!agent) return
    index = agent[1]
  }

  let from = -1
  for (let scan = index; scan < tokens.length && scan - index < 8; scan++) {
    const token = tokens[scan]!
    if (token.type !== 'word') break
    if (questionWords.has(token.lower) || token.lower === 'about' || token.lower === 'to') {
      from = token.lower === 'about' ? scan + 1 : scan
      break
    }
  }

  if (from === -1 || from >= tokens.length) return
  let close = from
  while (close < tokens.length && !commaBefore(tokens[close]!) && !(tokens[close]!.type === 'punct' && terminal.has(tokens[close]!.text))) close++
  const range = contentRange(tokens, from, tokens[close]?.type === 'quote' ? close + 1 : close)
  if (!range) return
  found.push(build(tokens, unit, [tokens[start]!.start, tokens[end - 1]!.end], [start, end], entry.cueClass, agent, [range], 0.6 * entry.weight, 'asked'))
}

/**
 * `Another said, “…”`, `Many believe that …`: a determiner standing alone as
 * the subject, not one opening a noun phrase (“some reports”, “a claim”).
 * Only a finite verb form whose content opens right after it qualifies.
 */
function standaloneDeterminer(tokens: Token[], k: number, end: number, entry: CueEntry): boolean {
  const previous = tokens[k - 1]!
  // “Two in three said”, “one in five say”: a share of those polled spelled
  // out, no number of the cue noun.
  if (numberWords.has(previous.lower) && tokens[k - 2]?.lower === 'in' && entry.form !== 'ing' && entry.form !== 'participle') {
    const count = tokens[k - 3]
    return count !== undefined && count.type === 'word' && (startsWithDigit(count.lower) || numberWords.has(count.lower))
  }

  if (!pronounDeterminers.has(previous.lower) || entry.form === 'ing' || entry.form === 'participle') return false
  const before = tokens[k - 2]
  if (before && before.type === 'word' && !(before.lower === 'and' || before.lower === 'but' || before.lower === 'yet' || before.lower === 'while')) return false
  const next = tokens[end]
  if (!next) return false
  if (next.type === 'quote' || next.lower === 'that') return true
  // “said”, “says”, “say” are never nouns, so no noun phrase opens here
  // whatever follows (“One says China has the most”, “many said Monday
  // that …”, “Several said it was too late”); whether a content follows is
  // the content's to tell. (Not set off by a dash: “an aggressive - some
  // say unrealistic - pledge” judges one word, not the rest.)
  if (sayForms.has(tokens[k]!.lower) && !(before && dashes.has(before.text))) return true
  // `most said they were “very worried”`: a clause opens with its subject.
  if (next.type === 'word' && subjectPronouns.has(next.lower) && next.lower !== 'who' && next.lower !== 'which' && next.lower !== 'it') return true
  return next.type === 'punct' && (next.text === ',' || next.text === ':') && (tokens[end + 1]?.type === 'quote' || !nounCues.has(tokens[k]!.lower))
}

/**
 * A noun cue with its owner: “Donald Trump’s claim that …”, “his call for
 * …”, “her description of him as “…””.
 */
function nominalCue(tokens: Token[], k: number, cueClass: CueClass, unit: number, found: Candidate[]): void {
  const owner = tokens[k - 1]!
  let mention: Range | undefined = owner.possessive ? npBefore(tokens, k) : [k - 1, k]
  if (!mention) return
  // The owner is the phrase right before “’s”: in “balked at the owner’s
  // proposal” the words before “at” are not part of it (no part of speech
  // here tells “a spokesman at the agency” from a verb and its preposition).
  for (let index = mention[1] - 2; index > mention[0]; index--) {
    if (nounPrepositions.has(tokens[index]!.lower)) {
      mention = [index + 1, mention[1]]
      break
    }
  }

  let from = k + 1
  const next = tokens[from]
  if (!next) return
  if (next.type === 'punct' && next.text === ':') from++
  else if (next.type === 'word' && (next.lower === 'for' || next.lower === 'of' || next.lower === 'about' || next.lower === 'as' || next.lower === 'on')) {
    // Only with a quotation close by: “his description of Trump as “…””.
    let quote = false
    for (let index = from; index < Math.min(tokens.length, from + 10); index++) {
      if (tokens[index]!.type === 'quote') quote = true
    }

    if (!quote) return
    from++
  } else if (!(next.type === 'quote' || next.lower === 'that' || next.lower === 'to')) {
    return
  }

  const range = contentRange(tokens, from, tokens.length)
  if (!range) return
  found.push({
    unit,
    cue: [tokens[k]!.start, tokens[k]!.end],
    cueClass,
    mention: span(tokens, mention),
    content: [range],
    type: typeOf(tokens, mention),
    confidence: 0.6,
    cueTokens: [k, k + 1],
    quotes: [],
    parent: -1,
    intro: false,
    layout: 'nominal'
  })
}

/** Verbs of going on before an infinitive cue, which keeps their subject (“continued to say”). */
const aspectualVerbs = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting'])
/** Participles of permission before an infinitive cue (“not authorized to discuss”). */
const permissionWords = new Set(['authorized', 'authorised', 'allowed', 'permitted', 'cleared', 'empowered'])
/**
 * Verbs whose object does what the infinitive after it says (“led some to
 * speculate”, “prompted Britain's Parliament to call”, “allowing users to
 * tell”). Not a request (“urged voters to say”): that one is the asker's;
 * nor a rule (“a clause that requires staffers to promise “…””): its words
 * are the document's.
 */
const controlVerbs = new Set(
  (
    'prompt prompts prompted prompting lead leads led leading force forces forced forcing ' +
    'allow allows allowed allowing encourage encourages encouraged encouraging spur spurs spurred spurring cause causes caused causing ' +
    'drive drives drove driving inspire inspires inspired inspiring compel compels compelled compelling'
  ).split(' ')
)

/**
 * The object of a control verb before the infinitive's `to` at `to` (“led
 * *some* to speculate”, “led *her* to declare”): the one whose words the
 * cue reports, not the control verb's subject.
 */
function controlledObject(tokens: Token[], to: number): Range | undefined {
  // (A few words back, words only: the object is a short phrase.)
  for (let verb = to - 2; verb >= 0 && to - verb <= 6; verb--) {
    const token = tokens[verb]!
    if (token.type !== 'word') return undefined
    if (!controlVerbs.has(token.lower)) continue
    // (Not an agent or an adjunct: “forced by law to disclose”.)
    const first = tokens[verb + 1]!
    return prepositions.has(first.lower) || auxiliaries.has(first.lower) ? undefined : [verb + 1, to]
  }

  return undefined
}

/** Adjectives whose infinitive keeps their subject’s voice (“likely to say”). */
const infinitiveAdjectives = new Set(['likely', 'unlikely', 'quick', 'eager', 'ready', 'willing', 'reluctant', 'hesitant', 'inclined', 'apt', 'careful', 'keen', 'prepared'])

/**
 * An infinitive cue (“took to Twitter to accuse …”, “went on to say that”):
 * only with a quotation or a `that` clause, spoken by the clause’s subject.
 */
function infinitiveCue(tokens: Token[], k: number, end: number, entry: CueEntry, unit: number, found: Candidate[]): void {
  // (“who were not authorized to discuss the estimates, said …”: a
  // permission says nothing was said; its quotation is the main verb’s.)
  if (permissionWords.has(tokens[k - 2]?.lower ?? '')) return
  const content = contentAfter(tokens, end, entry)
  if (!content) return
  let quote = content.first.lower === 'that'
  for (let index = content.from; index < tokens.length && !quote; index++) {
    if (tokens[index]!.type === 'quote') quote = true
  }

  // “Voters were more likely to say the economy was weak”, “was quick to
  // say he …”: after these adjectives a bare clause is the content too.
  // After a verb of going on the cue is the subject’s, with a clause or an
  // intention’s object (“continued to say he had never …”, “continued to
  // call for more information”; not “begun to speak out, however”).
  const adjective = tokens[k - 2]
  const aspect =
    adjective !== undefined &&
    adjective.type === 'word' &&
    aspectualVerbs.has(adjective.lower) &&
    (entry.cueClass === 'intention' || looksLikeClause(tokens, content.from))
  if (!quote && !aspect && !(adjective && adjective.type === 'word' && infinitiveAdjectives.has(adjective.lower) && looksLikeClause(tokens, content.from))) return
  const subject = controlledObject(tokens, k - 1) ?? clauseSubject(tokens, k - 1, found)
  if (!subject) return
  // (The verb of going on is part of the cue: “continued to say”.)
  const cueStart = aspect ? k - 2 : k
  found.push({
    unit,
    cue: [tokens[cueStart]!.start, tokens[end - 1]!.end],
    cueClass: entry.cueClass,
    mention: span(tokens, subject),
    content: [content.range],
    type: typeOf(tokens, subject),
    confidence: 0.65 * entry.weight,
    cueTokens: [k, end],
    quotes: [],
    parent: -1,
    intro: false,
    layout: 'infinitive'
  })
}

/**
 * Whether token `index` closes a quotation written newswire style, `,''`
 * (or `?''`, `!''`, and `?'''` with a single mark nested inside), when the
 * quotes stage reads `''` as apostrophes (its default): the words before it
 * are someone's, as before a `quote` token. Only the two marks right after
 * such punctuation count, so an inch mark (`a 12'' pipe`) does not.
 */
function newswireClose(tokens: Token[], index: number): boolean {
  let at = index
  while (at >= 0 && index - at < 3 && tokens[at]!.text === "'" && (at === index || tokens[at]!.end === tokens[at + 1]!.start)) at--
  if (index - at < 2 || at < 0) return false
  const mark = tokens[at]!
  // (A stray space before the marks after a comma, `coalitions, '' said
  // Mr. Gunnels`, closes as well, with a space after them: the callers have
  // a cue or speaker next. Marks on the next word open: `, ''He …`.)
  const after = tokens[index + 1]
  if (mark.text === ',' && index - at === 2 && (!after || after.start > tokens[index]!.end)) return true
  return mark.end === tokens[at + 1]!.start && (mark.text === ',' || mark.text === '?' || mark.text === '!' || dashes.has(mark.text))
}

/**
 * Whether `mention` names a person: “he”, “she”, an honorific (“Mr.
 * Christie”) or a title before a name (“Representative Lee Zeldin”).
 */
function personMention(tokens: Token[], mention: Range): boolean {
  const first = tokens[mention[0]]!
  if (mention[1] - mention[0] === 1) return first.lower === 'he' || first.lower === 'she'
  for (let index = mention[0]; index < mention[1] - 1; index++) {
    const token = tokens[index]!
    if (honorifics.has(token.lower) || (titleWords.has(token.lower) && tokens[index + 1]!.upper)) return true
  }

  return false
}

/** Media a post is written on (“celebrated the attacks on Twitter: …”). */
const postMedia = new Set(['twitter', 'facebook', 'instagram'])

/** Whether the colon at `colon` follows “on Twitter” (or another medium of posts). */
function postedOn(tokens: Token[], colon: number): boolean {
  return tokens[colon - 2]?.lower === 'on' && postMedia.has(tokens[colon - 1]?.lower ?? '')
}

/**
 * Whether a quotation opens newswire style at token `index` (`’’` right
 * before a word) when the quotes stage reads `''` as apostrophes.
 */
function newswireOpen(tokens: Token[], index: number): boolean {
  const first = tokens[index]
  const second = tokens[index + 1]
  if (first?.text !== "'" || !second || first.end !== second.start) return false
  // (The tokenizer keeps the second mark on a lowercase word, as an
  // elision's: `''but I find` is `'`, `'but`.)
  if (second.type === 'word') return second.text.length > 1 && second.text.startsWith("'")
  const word = tokens[index + 2]
  return second.text === "'" && word?.type === 'word' && word.start === second.end
}

/**
 * Whether cue `k` stands inside a quotation that opens the unit newswire
 * style (`''I think we are sleeping on the Democrats,'' Ms. Turner said.`)
 * when the quotes stage reads `''` as apostrophes: the words are the
 * speaker's, and in “…” marks they would be one `quote` token, read for no
 * cue (PolNeAR attributes the quotation, not the “I think” in it). Bounded:
 * a cue far into a long unit is left as before.
 */
function insideNewswireQuote(tokens: Token[], k: number): boolean {
  // The nearest `''` before the cue decides: one that opens (`’’I think`,
  // also mid-sentence, `he said, ’’but I find it hard …’’`) puts the cue
  // inside; one that closes, or an inch mark (`12''`), does not.
  for (let index = k - 2; index >= 0 && k - index <= 80; index--) {
    const first = tokens[index]!
    if (first.text !== "'") continue
    // (A close whose first mark the tokenizer kept on a word in -s, as a
    // plural's apostrophe: `''building bridges''` is `bridges'`, `'`.)
    const before = tokens[index - 1]
    if (before && before.type === 'word' && before.end === first.start && before.text.endsWith("'")) return false
    const second = tokens[index + 1]!
    if (second.start !== first.end || !second.text.startsWith("'")) continue
    return newswireOpen(tokens, index) && (before === undefined || before.end < first.start)
  }

  return closesAfter(tokens, k)
}

/**
 * Whether the first `''` after cue `k` closes a quotation (after `,` `.`
 * `?` `!`: `… People want to have impact,'' he said.`), so that the cue
 * stands in words a quotation opened in an earlier sentence; one that opens
 * (`fans of ''Prison Break,''`) or none in reach leaves the cue as it is.
 * Looks at punctuation only, a bounded way.
 */
function closesAfter(tokens: Token[], k: number): boolean {
  for (let index = k + 1; index + 1 < tokens.length && index - k < 60; index++) {
    const token = tokens[index]!
    if (token.type !== 'punct' || token.end - token.start !== 1 || token.text !== "'") continue
    const mark = tokens[index - 1]!
    const next = tokens[index + 1]!
    return next.text === "'" && next.start === token.end && mark.end === token.start && (mark.text === '.' || mark.text === ',' || mark.text === '?' || mark.text === '!')
  }

  return false
}

/**
 * `“…,” X said`: a quotation ending in a comma, question or exclamation
 * mark (or a dash) hands over to its speaker.
 */
function quoteIntroducesSpeaker(separator: Token): boolean {
  if (separator.type !== 'quote') return false
  const text = separator.text.replace(/[”"'’»\s]+$/u, '')
  return /[,?!—–-]$/.test(text)
}

/** `Y, X said, Z`: the sentence goes on after a parenthetical source. */
function parenthetical(tokens: Token[], from: number): Range | undefined {
  let index = from
  let steps = 0
  while (index < tokens.length && steps < 12 && !(tokens[index]!.type === 'punct' && tokens[index]!.text === ',')) {
    if (tokens[index]!.type !== 'word') return undefined
    index++
    steps++
  }

  if (tokens[index]?.text !== ',') return undefined
  return continuation(tokens, index + 1)
}

/** `…, X said, “…”`: the quotation goes on after the cue. */
function interruption(tokens: Token[], from: number): Range | undefined {
  let index = from
  let steps = 0
  while (index < tokens.length && steps < 10 && tokens[index]!.type === 'word') {
    index++
    steps++
  }

  // (Or a newswire one: `’’A,’’ he said, ’’but I find …’’`.)
  if (tokens[index]?.text !== ',' || !(tokens[index + 1]?.type === 'quote' || newswireOpen(tokens, index + 1))) return undefined
  return contentRange(tokens, index + 1, tokens.length)
}

/** Read a passive cue; `true` when it made a candidate. */
function passiveCue(tokens: Token[], start: number, end: number, entry: CueEntry, unit: number, found: Candidate[]): boolean {
  // “The Fed is expected to raise rates”, “the minister is said to have
  // resigned”: the speakers go unnamed; the subject belongs to the content.
  if (raisingPassives.has(entry.lemma) && tokens[end]?.lower === 'to') {
    const subject = subjectBefore(tokens, start)
    const range = subject && contentRange(tokens, end, tokens.length)
    if (!subject || !range) return false
    unnamedPassive(tokens, start, end, entry, unit, [span(tokens, subject), range], found)
    return true
  }

  // “His comments were derided by critics”: the agent after “by” is the
  // source, and the subject what they spoke of.
  const by = tokens[end]
  if (by && by.type === 'word' && by.lower === 'by') {
    const agent = npAfter(tokens, end + 1)
    // “were expected by December 2026”, “is expected by the end of the year”: a deadline, not an agent.
    // (Nor a means: “written by hand”, “sent by mail”.)
    if (agent && (deadline(tokens, agent[0]) || (agent[1] - agent[0] === 1 && byMeans.has(tokens[agent[0]]!.lower)))) return false
    const subject = agent && subjectBefore(tokens, start)
    if (!agent || !subject || tokens[subject[0]]!.lower === 'it' || tokens[subject[0]]!.lower === 'which' || tokens[subject[0]]!.lower === 'who') return false
    // “He was told by aides that …”, “asked by reporters whether …”: what
    // follows the agent is what was said; the subject was only told.
    const after = tokens[agent[1]]
    const said = after && (after.type === 'quote' || after.lower === 'that' || after.lower === 'whether' || after.lower === 'to') ? contentRange(tokens, agent[1], tokens.length) : undefined
    push(found, {
      unit,
      cue: [tokens[start]!.start, tokens[end]!.end],
      cueClass: entry.cueClass,
      mention: span(tokens, agent),
      content: [said ?? span(tokens, subject)],
      type: typeOf(tokens, agent),
      confidence: 0.6,
      cueTokens: [start, end + 1],
      quotes: [],
      parent: -1,
      intro: false,
      layout: 'passive'
    })
    return true
  }

  // Otherwise “it was reported that”, “it is believed that”, and “he was
  // told that …”: a content with no one named to have said it (the subject
  // is told, not telling).
  const subject = tokens[start - 1]
  if (!subject || subject.type !== 'word') return false
  const content = contentAfter(tokens, end, entry)
  if (!content || content.first.lower !== 'that') return false
  if (subject.lower !== 'it' && !subjectBefore(tokens, start)) return false
  unnamedPassive(tokens, start, end, entry, unit, [content.range], found)
  return true
}

/** Verbs whose passive takes `to` with the subject as part of the content (“is said to”). */
const raisingPassives = new Set(['expect', 'say', 'believe', 'allege', 'report', 'think', 'suspect', 'estimate', 'claim', 'rumor', 'fear', 'understand', 'consider', 'know'])

/** A passive cue (tokens `start..end`) whose speakers go unnamed. */
function unnamedPassive(tokens: Token[], start: number, end: number, entry: CueEntry, unit: number, content: Range[], found: Candidate[]): void {
  push(found, {
    unit,
    cue: [tokens[start]!.start, tokens[end - 1]!.end],
    cueClass: entry.cueClass,
    mention: null,
    content,
    type: 'reported',
    confidence: 0.6,
    cueTokens: [start, end],
    quotes: [],
    parent: -1,
    intro: false,
    layout: 'passive'
  })
}

function adjectiveCue(tokens: Token[], k: number, cueClass: CueClass, unit: number, found: Candidate[]): void {
  const next = tokens[k + 1]
  if (!next || (next.lower !== 'that' && next.lower !== 'to')) return
  let start = k - 1
  while (start > 0 && tokens[start - 1]!.type === 'word' && (auxiliaries.has(tokens[start - 1]!.lower) || copulas.has(tokens[start - 1]!.lower))) start--
  const subject = subjectBefore(tokens, start)
  if (!subject) return
  const range = contentRange(tokens, k + 1, tokens.length)
  if (!range) return
  push(found, {
    unit,
    cue: [tokens[start]!.start, tokens[k]!.end],
    cueClass,
    mention: span(tokens, subject),
    content: [range],
    type: typeOf(tokens, subject),
    confidence: 0.6,
    cueTokens: [start, k + 1],
    quotes: [],
    parent: -1,
    intro: false,
    layout: 'adjective'
  })
}

function accordingTo(tokens: Token[], k: number, unit: number, found: Candidate[], width: number): void {
  // A noun phrase whatever its words (“state records”: “state” is no verb here).
  let source = npAfter(tokens, k + width, false, true)
  // “According to some on Twitter, …”, “according to several who were
  // there”: a determiner standing for people.
  const alone = tokens[k + width]
  if (!source && alone && alone.type === 'word' && pronounDeterminers.has(alone.lower)) source = [k + width, k + width + 1]
  if (!source) return
  const before = tokens[k - 1]
  const content: Range[] = []
  if (!before || (before.type === 'word' && (before.lower === 'and' || before.lower === 'but' || before.lower === 'yet'))) {
    let from = source[1]
    if (tokens[from]?.text === ',') {
      // “According to the memo, which was obtained by The Post, the program
      // …”: a relative clause set off by commas still describes the source.
      const past = pastRelative(tokens, from)
      from = past === from ? participlePhrase(tokens, from) : past
    } else {
      // “According to court documents filed Monday, the defendant …”: the
      // words up to the comma still describe the source.
      let comma = from
      while (comma < tokens.length && comma - from < 12 && tokens[comma]!.type === 'word') comma++
      if (comma > from && tokens[comma]?.text === ',') from = comma + 1
      // (And a university’s campus after its comma: “a study by the
      // University of California, Berkeley, found …”.)
      if (from === comma + 1 && tokens[comma - 2]?.lower === 'of' && tokens[comma - 3]?.lower === 'university' && tokens[from]?.upper && tokens[from + 1]?.text === ',') from += 2
    }
    const range = contentRange(tokens, from, tokens.length)
    if (range) content.push(range)
  } else {
    // (Up to the token before the cue: a comma or dash there is trimmed, a
    // closing quotation mark kept — “““…,” according to a readout”.)
    const left = contentBefore(tokens, k - 1)
    if (left) content.push(left)
    const after = tokens[source[1]]
    if (after && (after.text === ',' || dashes.has(after.text))) {
      const right = continuation(tokens, source[1] + 1)
      if (right) content.push(right)
    }
  }

  if (content.length === 0) return
  push(found, {
    unit,
    cue: [tokens[k]!.start, tokens[k + width - 1]!.end],
    cueClass: 'speech',
    mention: span(tokens, source),
    content,
    type: 'according-to',
    confidence: 0.9,
    cueTokens: [k, k + width],
    quotes: [],
    parent: -1,
    intro: false,
    layout: 'according-to'
  })
}

/**
 * “In a CNN poll released Monday, Clinton led by 10 points”: the poll is the
 * source of the clause after the comma — unless that clause names a speaker
 * of its own (“In a report, the agency said …”).
 */
function openingEvidence(tokens: Token[], unit: number, found: Candidate[]): void {
  const opening = tokens[0]
  if (!opening || opening.type !== 'word' || opening.lower !== 'in' || !opening.upper) return
  // Words (and the `/` of “NBC News/Wall Street Journal”) up to the first
  // comma, with an evidence noun among them; the source ends there, before
  // “released Monday” or “last month”.
  let comma = 1
  let head = -1
  while (comma < tokens.length && comma < 16 && tokens[comma]!.text !== ',') {
    const token = tokens[comma]!
    if (token.type === 'word') {
      if (evidenceHeads.has(token.lower)) head = comma
    } else if (token.text !== '/' && token.text !== '-' && token.text !== '&') {
      return
    }

    comma++
  }

  if (head === -1 || tokens[comma]?.text !== ',' || comma - head > 5) return
  if (speaksItself(tokens, comma + 1, tokens.length) && !respondentsSpeak(tokens, comma + 1, tokens.length, false)) return
  const range = contentRange(tokens, comma + 1, tokens.length)
  if (range) found.push(pollCandidate(tokens, unit, 0, [1, head + 1], range, 0.7))
}

/** Words before “the polls” where they are places to vote (“head to the polls”). */
const votingWords = new Set(['to', 'at', 'head', 'heads', 'headed', 'go', 'goes', 'going', 'went', 'closed', 'close', 'open', 'opened'])

/**
 * “Trump has a decisive lead in the polls”, “Obama was winning by 28 points
 * in the same poll”: a clause whose source is a poll named at its end.
 */
function closingPoll(tokens: Token[], unit: number, found: Candidate[]): void {
  let last = tokens.length - 1
  while (last >= 0 && tokens[last]!.type === 'punct' && terminal.has(tokens[last]!.text)) last--
  // The poll, then at most a short tail (“ahead of the primary”, “released Monday”).
  let head = -1
  for (let index = last; index > 0 && last - index < 8; index--) {
    const token = tokens[index]!
    if (token.type !== 'word') return
    if (pollHeadHashes.has(token.hash) && pollHeads.has(token.lower)) {
      head = index
      break
    }
  }

  if (head === -1) return
  let opener = head - 1
  while (opener > 0 && head - opener < 8 && tokens[opener]!.lower !== 'in') {
    if (tokens[opener]!.type !== 'word' && tokens[opener]!.text !== '/') return
    opener--
  }

  if (opener < 3 || tokens[opener]!.lower !== 'in' || !determiners.has(tokens[opener + 1]!.lower)) return
  // “voters in the District head to the polls”: the polls one votes at.
  for (let index = opener + 1; index < head; index++) {
    if (votingWords.has(tokens[index]!.lower)) return
  }

  if (speaksItself(tokens, 0, opener) && !respondentsSpeak(tokens, 0, opener, true)) return
  const range = contentBefore(tokens, opener - 1)
  // (A unit opening with a phrase is one clause's part, unless the phrase
  // ends at a comma before its subject: “In the fall of 2007, Hillary
  // Clinton held a 24-point lead … in a CNN national poll.”)
  if (!range || tokens[0]!.type !== 'word' || (phrasePrepositions.has(tokens[0]!.lower) && !openingPhraseSetOff(tokens, opener)) || wordsIn(tokens, 0, opener) < 3) return
  found.push(pollCandidate(tokens, unit, opener, [opener + 1, head + 1], range, 0.6))
}

/** Word tokens in `from..to`. */
function wordsIn(tokens: Token[], from: number, to: number): number {
  let count = 0
  for (let index = from; index < to; index++) if (tokens[index]!.type === 'word') count++
  return count
}

/** A poll (`source`) as the source of `content`, cued by its “in” (token `cue`). */
function pollCandidate(tokens: Token[], unit: number, cue: number, source: Range, content: Range, confidence: number): Candidate {
  const candidate = build(tokens, unit, [tokens[cue]!.start, tokens[cue]!.end], [cue, cue + 1], 'evidence', source, [content], confidence, 'according-to')
  candidate.type = 'according-to'
  return candidate
}

const pollHeads = new Set(['poll', 'polls', 'survey'])
/**
 * Hashes of the tokens whose `lower` may be a poll head, possessives
 * included (`lower` drops them): this runs on the last words of every unit,
 * and a hash test spares them their lowercase strings.
 */
const pollHeadHashes = new HashSet(
  [...pollHeads].flatMap((word) => [word, ...["'s", '’s', ...(word.endsWith('s') ? ["'", '’'] : [])].map((ending) => word + ending)]).map((word) => hashWord(word))
)
/** Verbs (lemmas of the cue lexicon) that give a clause a source of its own, so a poll around it is not its source. */
const ownSpeech = new Set(['say', 'tell', 'add', 'write', 'report', 'find', 'show', 'believe', 'think', 'claim', 'argue'])

/** Whether tokens `from..to` hold a quotation, “according to”, or a verb of speech of their own. */
function speaksItself(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.type === 'quote') return true
    if (token.type !== 'word') continue
    // (Not the “-ing” form: “his worst showing in the survey” is a noun.)
    if (token.lower === 'according' || cues.get(token.lower)?.some((entry) => entry.form !== 'ing' && ownSpeech.has(entry.lemma))) return true
  }

  return false
}

/** Lemmas of what those polled do in a poll’s clause (“79 percent said”, “42% think”). */
const respondentSpeech = new Set(['say', 'tell', 'believe', 'think'])
/** Words of a share of those polled (“79 percent”, “a majority”, “half”; “%” and “4 in 10” aside). */
const respondentShares = new Set(['percent', 'majority', 'plurality', 'half'])

/**
 * Whether each verb of speech in tokens `from..to` has a share of those
 * polled for its subject (“In a CBS survey, 79 percent of Democrats said
 * … and 60 percent said …”): PolNeAR gives their words the poll for a
 * source, cued by its “in”. With `single`, for a poll named after them,
 * only one such verb (a second may be the poll’s alone: “Six in 10 say …,
 * after half said so in the earlier poll”), or one per clause after a
 * semicolon.
 */
function respondentsSpeak(tokens: Token[], from: number, to: number, single: boolean): boolean {
  let share = false
  let spoken = false
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    // (A quotation in their words is theirs: “75 percent said “most people
    // in politics” can’t be trusted”.)
    if (token.type === 'quote' && !spoken) return false
    if (token.type !== 'word') {
      if (token.text === ';' && single) return spoken
      if (token.text === '%') share = true
      continue
    }

    if (token.lower === 'according') return false
    const entries = cues.get(token.lower)
    if (entries?.some((entry) => entry.form !== 'ing' && ownSpeech.has(entry.lemma))) {
      if ((spoken && single) || !share || !entries.some((entry) => respondentSpeech.has(entry.lemma))) return false
      spoken = true
      share = false
    } else if (respondentShares.has(token.lower) || token.lower.endsWith('%') || (token.lower === 'in' && index > from && amountAfter(tokens, index - 1) && amountAfter(tokens, index + 1))) {
      share = true
    }
  }

  return spoken
}

/**
 * “The FBI is reportedly making arrangements to …”: reported by sources the
 * article does not name; the clause around the adverb is the content (up to
 * a semicolon, which starts another).
 */
function reportedly(tokens: Token[], k: number, unit: number, found: Candidate[]): void {
  let from = k - 1
  while (from >= 0 && !(tokens[from]!.type === 'punct' && (tokens[from]!.text === ';' || tokens[from]!.text === '('))) from--
  let to = k + 1
  while (to < tokens.length && !(tokens[to]!.type === 'punct' && (tokens[to]!.text === ';' || tokens[to]!.text === ')'))) to++
  if (speaksItself(tokens, from + 1, to)) return
  const before = from + 1 <= k - 1 ? contentRange(tokens, from + 1, k) : undefined
  const after = contentRange(tokens, k + 1, to)
  if (!before || !after) return
  found.push(build(tokens, unit, [tokens[k]!.start, tokens[k]!.end], [k, k + 1], 'speech', undefined, [before, after], 0.6, 'generic'))
}

/**
 * `PENCE: …`, `Trump: ‘…’` at the start of a paragraph. In a list item,
 * only before a quotation: a bulleted “Contract: five years, to June 2031”,
 * “Wages: a reported £350,000 a week” is a fact sheet’s label and value.
 */
function colonLayout(tokens: Token[], unit: number, found: Candidate[], listItem: boolean): void {
  let colon = -1
  for (let index = 0; index < Math.min(tokens.length, 8); index++) {
    const token = tokens[index]!
    if (token.type === 'punct' && token.text === ':') {
      colon = index
      break
    }

    if (token.type !== 'word') {
      if (token.type === 'punct' && (token.text === '.' || token.text === '(' || token.text === ')' || token.text === '-')) continue
      return
    }

    if (!token.upper && !determiners.has(token.lower) && !nounPrepositions.has(token.lower) && token.lower !== 'and') return
    // A headline set off by a colon, no speaker: it has a verb (“FIX IS IN:”,
    // “The Gap Goes On:”) or a quantity for its head (“Little Relief for
    // Refugees:”).
    if (finiteHints.has(token.lower) || (index > 0 && token.upper && headlineParticles.has(token.lower)) || (index === 0 && headlineQuantifiers.has(token.lower))) return
  }

  if (colon < 1 || colon > 5 || colon + 1 >= tokens.length) return
  if (tokens.slice(0, colon).filter((token) => token.type === 'word').length > 4) return
  const name = tokens
    .slice(0, colon)
    .map((token) => token.lower)
    .join(' ')
  if (colonStops.has(name) || startsWithDigit(name) || labelHeads.has(tokens[colon - 1]!.lower)) return
  if (capitalStops.has(tokens[0]!.text) && colon === 1) return
  const range = contentRange(tokens, colon + 1, tokens.length)
  if (!range) return
  // “Clinton: 2,316.”: a tally, not words; “Twitter: @Milbank”: a handle.
  let words = 0
  for (let index = colon + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.type === 'quote' || (token.type === 'word' && !startsWithDigit(token.lower) && !token.text.startsWith('@'))) words++
  }

  if (words === 0) return
  if (listItem && !tokens.some((token, index) => index > colon && token.type === 'quote')) return
  push(found, {
    unit,
    cue: [tokens[colon]!.start, tokens[colon]!.end],
    cueClass: 'speech',
    mention: [tokens[0]!.start, tokens[colon - 1]!.end],
    content: [range],
    type: typeOf(tokens, [0, colon]),
    confidence: 0.8,
    cueTokens: [colon, colon + 1],
    quotes: [],
    parent: -1,
    intro: false,
    layout: 'colon'
  })
}

/** Forms of “leave” before “little doubt”, “no doubt”. */
const leaveForms = new Set(['leave', 'leaves', 'left', 'leaving'])

/**
 * Capitalized verbs and prepositions inside a headline (“The Gap Goes On”,
 * “Stealth Over Health”), never inside a speaker’s label. (Not “On”: “CNN
 * President On Trump: ‘…’” is the president’s.)
 */
const headlineParticles = new Set(['over', 'with', 'into', 'against', 'goes', 'comes', 'gets'])
/** Quantities that head a headline, never a speaker (“Little Relief for Refugees:”). */
const headlineQuantifiers = new Set(['little', 'more', 'less', 'few', 'fewer', 'much', 'no'])

/** `“…” — Name` (a quote signed with a dash). */
function dashLayout(tokens: Token[], k: number, unit: number, found: Candidate[]): void {
  const dash = tokens[k + 1]
  if (!dash || dash.type !== 'punct' || !dashes.has(dash.text) || dash.text === '-') return
  const source = npAfter(tokens, k + 2)
  if (!source) return
  const after = tokens[source[1]]
  if (after && !(after.text === ',' || terminal.has(after.text) || after.type === 'quote')) return
  if (!tokens[source[0]]!.upper) return
  push(found, {
    unit,
    cue: [dash.start, dash.end],
    cueClass: 'speech',
    mention: span(tokens, source),
    content: [[tokens[k]!.start, tokens[k]!.end]],
    type: 'reported',
    confidence: 0.8,
    cueTokens: [k + 1, k + 2],
    quotes: [],
    parent: -1,
    intro: false,
    layout: 'dash'
  })
}

interface RightContent {
  range: Range
  first: Token
  afterComma: boolean
  startsWithQuote: boolean
  /** Token index where the content starts. */
  from: number
}

/** Nouns after “by the” that make a time, not an agent (“by the end of the month”). */
const byTimes = new Set(['end', 'time', 'close', 'middle', 'start', 'beginning'])

/**
 * Whether an agent starts at `index`, after a passive's “by”: a name or a
 * phrase opened by an article (“The Associated Press”, “the state party”),
 * not a manner or a time (“by explaining”, “by the end of the month”).
 */
function passiveAgent(tokens: Token[], index: number): boolean {
  const first = tokens[index]
  if (!first || first.type !== 'word') return false
  if (articles.has(first.lower)) return !byTimes.has(tokens[index + 1]?.lower ?? '')
  return first.upper && !startsWithDigit(first.lower) && !first.lower.endsWith('ing') && !months.has(first.lower) && !dayWords.has(first.lower)
}

/** Courts’ benches a judge writes for (“for the majority”, “for a unanimous court”). */
const benches = new Set(['majority', 'court', 'plurality', 'panel'])

/**
 * End of the bench after “for” at `index` (“the majority”, “a unanimous
 * court”, “the 6-3 majority”), or -1.
 */
function benchAfter(tokens: Token[], index: number): number {
  const determiner = tokens[index]
  if (!determiner || (determiner.lower !== 'the' && determiner.lower !== 'a')) return -1
  for (let item = index + 1; item < Math.min(tokens.length, index + 4); item++) {
    const token = tokens[item]!
    if (token.type !== 'word' && token.text !== '-') return -1
    if (benches.has(token.lower)) return item + 1
  }

  return -1
}

/**
 * Content after a cue: skips an addressee (“told reporters”) and adjuncts
 * (“in a statement,”, “on Friday”), then takes the rest of the unit.
 */
function contentAfter(tokens: Token[], at: number, entry: CueEntry, nounOk = false): RightContent | undefined {
  const n = tokens.length
  let index = at
  const complements = entry.complements
  // “the numbers tell a more complicated story”, “told a joke”: what is
  // told is no content (nor “the stories told by victims”: a participle).
  if (entry.lemma === 'tell' && (toldThing(tokens, at) || toldNouns.has(tokens[at - 2]?.lower ?? ''))) return undefined
  if (entry.lemma === 'argue' && arguedCase(tokens, at)) return undefined
  if (complements.addressee && index < n) {
    const token = tokens[index]!
    if (token.type === 'word' && token.lower !== 'that' && !(complements.to && token.lower === 'to')) {
      const object = addressee(tokens, index)
      if (object) index = clauseAfterAddressee(tokens, object, entry)
      // “told Sen. Kirsten Gillibrand, D-N.Y., that …”: the addressee’s party tag.
      if (object && index === object[1]) index = pastPartyTag(tokens, index)
      // “urging residents who had not evacuated to shelter in place”: the
      // addressee’s relative clause, up to the infinitive.
      if (object && index === object[1] && complements.to && tokens[index]?.lower === 'who') index = infinitiveAfterRelative(tokens, index)
      // “promising lower taxes and “jobs, jobs, jobs,””: what a conjunction
      // goes on from was the content, no addressee.
      const next = tokens[index]
      if (object && next && next.type === 'word' && (next.lower === 'and' || next.lower === 'or')) index = at
      // “promised 40,000 extra appointments a week”, “pledged more money for
      // schools”: an amount is what is promised, not whom to (“told 500
      // supporters that …” keeps its addressee).
      if (object && index === object[1] && giving.has(entry.lemma) && isAmount(tokens[object[0]]!) && next?.lower !== 'that' && next?.type !== 'quote') index = at
      // “told reporters, who had gathered outside, that …”.
      const past = pastRelative(tokens, index)
      if (past !== index && (tokens[past]?.type === 'quote' || tokens[past]?.lower === 'that')) index = past
    }
  }

  let afterComma = false
  let colon = false
  // Adjuncts before the content, bare or set off by commas: “said on
  // Thursday that …”, “claimed, without evidence, that …”.
  for (let round = 0; round < 3 && index < n; round++) {
    const token = tokens[index]!
    if (token.type === 'punct' && (token.text === ',' || token.text === ':' || dashes.has(token.text))) {
      afterComma = afterComma || token.text === ','
      colon = colon || token.text === ':'
      index++
      round--
      continue
    }

    // “said separately that …”, “wrote later that …”: an adverb before `that`.
    if (token.type === 'word' && tokens[index + 1]?.lower === 'that' && (mannerAdverb(token.lower) || token.lower === 'later' || token.lower === 'also' || token.lower === 'again')) {
      index++
      round--
      continue
    }

    // “wrote for the majority that …”, “wrote for a unanimous court that …”:
    // on whose behalf a judge writes.
    const bench = token.type === 'word' && token.lower === 'for' ? benchAfter(tokens, index + 1) : -1
    if (bench !== -1) {
      index = bench
      round--
      continue
    }

    // (Also a subordinate clause before `that`: “said as he left the stage
    // that …”.)
    const clause = opensSubordinateClause(tokens, index)
    // “said of the industry …”, “said by telephone …”: whom it is about and
    // how it was said are no content.
    const about =
      token.type === 'word' &&
      entry.cueClass === 'speech' &&
      (token.lower === 'of' || (token.lower === 'by' && tokens[index + 1]?.type === 'word' && channels.has(tokens[index + 1]!.lower)))
    // (“said late Tuesday the …”: “late” or “early” only before a day.)
    const partOfDay = token.type === 'word' && (token.lower === 'late' || token.lower === 'early') ? timeAdjunctEnd(tokens, index) : -1
    if (token.type !== 'word' || !(adjunctStarts.has(token.lower) || clause || about || partOfDay !== -1) || atLeast(tokens, index)) break
    if (token.lower === 'to' && complements.to) break
    const time = partOfDay !== -1 ? partOfDay : timeAdjunctEnd(tokens, index)
    // “said this week that …” but “said this was the only chance”.
    if ((token.lower === 'this' || token.lower === 'last') && time === -1) break
    // “said Thursday the plan failed”: a time, then the clause, no `that`
    // (before a comma further on: “said Tuesday the vote, which …”).
    if (time !== -1 && time < n && clauseStart(tokens, time)) {
      index = time
      continue
    }

    // “decided late Monday to mount a filibuster”: a time, then the
    // infinitive (not “responded Friday to reports that …”: a noun).
    const verb = tokens[time + 1]
    if (
      time !== -1 &&
      complements.to &&
      tokens[time]?.lower === 'to' &&
      verb?.type === 'word' &&
      !verb.upper &&
      !verb.lower.endsWith('s') &&
      !determiners.has(verb.lower) &&
      !/^\d/.test(verb.lower)
    ) {
      index = time
      break
    }

    // “said in a statement the bill was dead”: adjuncts, no comma, a clause.
    const clauseAt = clause || about || afterComma ? -1 : clauseAfterAdjuncts(tokens, index, time)
    if (clauseAt !== -1) {
      index = clauseAt
      break
    }

    let scan = index + 1
    const limit = Math.min(n, index + 12)
    while (scan < limit && !isTerminator(tokens[scan]!)) scan++
    if (scan < n && isTerminator(tokens[scan]!)) {
      // Set off by commas, an adjunct is skipped only before `that` or a
      // quotation (“responded, with ads set to run in Los Angeles, Fresno
      // …” is no content).
      if (afterComma && !opensContent(tokens, scan)) break
      // A clause is skipped only before `that` or a quotation (“said while
      // he was there, the economy grew”: the condition is the content’s).
      if (clause && !opensContent(tokens, scan)) break
      index = scan
      continue
    }

    if (scan >= n || onlyTrailing(tokens, scan)) {
      return undefined
    } else {
      break
    }
  }

  // “said, and I quote, “…””: an aside, skipped like an adjunct.
  if (tokens[index]?.lower === 'and' && tokens[index + 1]?.text === 'I' && tokens[index + 2]?.lower === 'quote') {
    index += tokens[index + 3]?.text === ',' ? 4 : 3
    afterComma = true
  }

  if (index >= n || onlyTrailing(tokens, index)) return undefined
  const first = tokens[index]!
  // “television shows and movies addressing …”, “the hit CW show, but he
  // is …”: no cue’s content opens with a conjunction; the cue was a noun.
  // (After a dash it opens an aside: “would argue — and Sanders presumably believes — that …”.)
  if (first.type === 'word' && !first.upper && (first.lower === 'and' || first.lower === 'but' || first.lower === 'or' || first.lower === 'nor') && !dashes.has(tokens[index - 1]?.text ?? '')) return undefined
  // “a former governor who argued with Ms. Brainard at the conference, said
  // …”: after an adjunct and a comma, a finite cue verb is the main clause’s.
  if (afterComma && index > at && first.type === 'word' && !first.upper && cues.get(first.lower)?.some((item) => item.cueClass === 'speech' && item.form === 'past')) return undefined
  // “live tweeted as Obama spoke.”: a time clause alone is when, not what
  // (“said while he was there, the economy grew” goes on past its comma).
  // (A clause: a name after it, not “seen as candidates who …”, “criticized
  // as anti-gay”, “acknowledged as much”, which PolNeAR reads as content.)
  // (And a verb after the name: not “named … as Syed Farook”.)
  if (first.type === 'word' && timeClauseOpeners.has(first.lower) && nameThenVerb(tokens, index + 1) && !opensContent(tokens, index + 1) && noCommaAfter(tokens, index)) return undefined
  // “responded by blocking …”, “replied with a lawsuit”: a deed, not words.
  // (“responded by saying …” still is.)
  if ((entry.lemma === 'respond' || entry.lemma === 'reply') && (first.lower === 'with' || (first.lower === 'by' && !cues.has(tokens[index + 1]?.lower ?? '')))) return undefined
  const startsWithQuote = first.type === 'quote'
  // `asked Sanders whether …`: an indirect question is a content of its own.
  const opener =
    startsWithQuote ||
    colon ||
    (first.lower === 'that' && (!complements.quoteOnly || thatClause(tokens, index + 1))) ||
    (entry.lemma === 'ask' && questionWords.has(first.lower)) ||
    // “Mr. Cruz described how Rafael turned into Felito”: what was described,
    // though the verb otherwise wants a quotation.
    (entry.lemma === 'describe' && first.lower === 'how')
  // “Cornyn wrote the bill was dead”: a subject and a finite verb make a
  // clause even after a verb that otherwise wants a quotation.
  // (Past forms only: “states”, “the state” and “writing a book called …”
  // are no such verbs; an auxiliary after the subject; no possessive, whose
  // noun is the object as often: “wrote its constitution did not go over
  // well”.)
  const clause =
    complements.quoteOnly &&
    !opener &&
    entry.form === 'past' &&
    bareClauseVerbs.has(entry.lemma) &&
    !possessives.has(first.lower) &&
    clauseAt(tokens, index, true)
  // “in what officials called a hate crime”: the object went ahead as
  // “what”, so the name comes right after the verb, with no quotation
  // needed; it ends at the clause's first stop (“what he calls political
  // correctness, and has …”). (A quotation in it is read as before.)
  if (complements.quoteOnly && !opener && namingVerbs.has(entry.lemma) && frontedObject(tokens, at, index) && !onlyTime(tokens, index)) {
    let stop = index + 1
    while (stop < n && tokens[stop]!.type === 'word') stop++
    const range = stop === n || clauseStops.has(tokens[stop]!.text) || dashes.has(tokens[stop]!.text) ? contentRange(tokens, index, stop) : undefined
    if (range) return {range, first, afterComma, startsWithQuote, from: index}
  }

  if (complements.quoteOnly && !opener && !clause && !(namingVerbs.has(entry.lemma) && namesAs(tokens, index)) && !(asVerbs.has(entry.lemma) && describesAs(tokens, index))) {
    // “called him a “liar””: only with a quotation in the content.
    let quote = false
    for (let scan = index; scan < n && scan - index < 30; scan++) {
      if (tokens[scan]!.type === 'quote' && !isNamedTerm(tokens, scan) && !isTitle(tokens, scan, quoteWords(tokens[scan]!))) {
        quote = true
        break
      }
    }

    if (!quote) return undefined
  }

  if (!opener && !complements.clause && !complements.object && !complements.quoteOnly) {
    // `to` verbs: “plans to”, “wants Trump to”.
    if (!complements.to) return undefined
    let to = -1
    for (let scan = index; scan < Math.min(n, index + 6); scan++) {
      // (Within the clause, and not “according to”: “the largest one-year
      // decline ever recorded, according to …” has no “decline to”.)
      if (tokens[scan]!.type === 'punct' && tokens[scan]!.text !== ',' && !dashes.has(tokens[scan]!.text)) break
      if (tokens[scan]!.lower === 'to' && tokens[scan - 1]?.lower !== 'according') {
        // (Not a level reached or a range, before an amount: “declined to
        // $281 million”, “declined significantly from 1989 to 2013” is a
        // fall; “preferred Clinton 51 percent to 24 percent” still prefers.)
        const code = tokens[scan + 1]?.text.charCodeAt(0) ?? 48
        const amount = (code >= 48 && code <= 57) || code === 36 || code === 0xa3 || code === 0x20_ac
        if (!amount || !(scan === index || startsWithDigit(tokens[scan - 1]!.lower))) to = scan
        break
      }
    }

    if (to === -1) return undefined
  }

  if (!opener && complements.clause && !complements.object && !complements.to && entry.cueClass !== 'speech') {
    // (“Four in 10 voters see the campaign as most unfair”: an object, then
    // what they take it for.)
    // (A subject and an auxiliary past a relative clause: “believes the
    // vote, which was close, failed”; not a small clause: “saw their wages
    // eroded”.)
    if (!nounOk && !looksLikeClause(tokens, index) && !clauseAt(tokens, index, !findingVerbs.has(entry.lemma)) && !(asVerbs.has(entry.lemma) && describesAs(tokens, index))) return undefined
  }

  // (“Arsenal agree £92m deal”, “agreed a fee with Leverkusen”, “agreed
  // terms”: British English agrees a thing, which is no one’s words.)
  // (But “agrees only on its opposition”: an adverb, then what is agreed on.)
  if (
    !opener &&
    entry.lemma === 'agree' &&
    entry.particle === undefined &&
    !nounOk &&
    !(first.type === 'word' && (agreeOpeners.has(first.lower) || first.lower.endsWith('ly'))) &&
    !looksLikeClause(tokens, index) &&
    !clauseAt(tokens, index, true)
  ) {
    return undefined
  }

  if (!opener && first.type === 'word' && first.lower === 'to' && !complements.to && !complements.object && !complements.quoteOnly) return undefined
  // “funding cuts proposed by the administration could …”: a participle
  // after its noun, passive, with its agent; no one proposes “by …”.
  if (!opener && first.type === 'word' && first.lower === 'by' && (entry.cueClass === 'intention' || entry.cueClass === 'belief') && (entry.form === 'past' || entry.form === 'participle')) return undefined
  // “long-term forecasts like the latest one”: a noun and its comparison,
  // no content (but “felt like he had no voice” is).
  if (!opener && first.type === 'word' && first.lower === 'like' && !likeVerbs.has(entry.lemma)) return undefined
  // “Earle-Sears conceded shortly after 10 p.m.”: when, not what.
  if (!opener && onlyTime(tokens, index)) return undefined
  const range = contentRange(tokens, index, !opener && entry.cueClass !== 'speech' ? mainVerbAfter(tokens, index, n) : n)
  if (!range) return undefined
  return {range, first, afterComma, startsWithQuote, from: index}
}

/**
 * Whether a lawyer’s case is what is argued (“argued the case before the
 * Supreme Court”, “argued landmark desegregation cases”, “argued an
 * appeal”): pleading in court, no content (but “argued the case for
 * tariffs” makes one).
 */
function arguedCase(tokens: Token[], from: number): boolean {
  for (let index = from; index < Math.min(tokens.length, from + 5); index++) {
    const token = tokens[index]!
    if (token.type !== 'word' || token.lower === 'that') return false
    if (courtMatters.has(token.lower)) {
      // (Ending the clause or going on with a place or time, not a verb:
      // “argued the case was weak” says what the case is.)
      const next = tokens[index + 1]
      return next === undefined || next.type !== 'word' || courtAdjuncts.has(next.lower)
    }
  }

  return false
}

/** Whether a “that” comes within `limit` tokens from `from` (bounded: this runs per cue). */
function thatWithin(tokens: Token[], from: number, limit: number): boolean {
  for (let index = from; index < Math.min(tokens.length, from + limit); index++) if (tokens[index]!.lower === 'that') return true
  return false
}

/** Whether what is responded to from `from` is an emergency (“11 fatal fires”, “a call for help”), within four words. */
function respondedTo(tokens: Token[], from: number): boolean {
  for (let index = from; index < Math.min(tokens.length, from + 4); index++) {
    const token = tokens[index]!
    if (token.type !== 'word') return false
    if (emergencies.has(token.lower)) return true
  }

  return false
}

/** What is responded to in an emergency (see `respondedTo`). */
const emergencies = new Set(['fire', 'fires', 'call', 'calls', 'scene', 'crash', 'crashes', 'shooting', 'shootings', 'emergency', 'emergencies', 'incident', 'incidents', 'alarm', 'alarms'])

/** Participles of a source’s wish to stay unnamed (“asked not to be *identified*”). */
const unnamedWords = new Set(['identified', 'named', 'quoted', 'publicly'])

/** Words after a court matter that go on with a place, time or partner, not a verb (see `arguedCase`). */
const courtAdjuncts = new Set(['before', 'in', 'at', 'on', 'to', 'with', 'and', 'as', 'during', 'while', 'when', 'after', 'until'])

/** What a lawyer argues in court (see `arguedCase`). */
const courtMatters = new Set(['case', 'cases', 'appeal', 'appeals', 'motion', 'motions', 'lawsuit', 'lawsuits', 'suit', 'suits'])

/** Nouns for what is told that hold no claim (“tell a story”, “told the truth”). */
const toldNouns = new Set(['story', 'stories', 'tale', 'tales', 'joke', 'jokes', 'lie', 'lies', 'truth', 'anecdote', 'anecdotes'])

/**
 * Whether a determiner and at most three modifiers at `from` lead to one of
 * {@link toldNouns} that ends the clause (“tell a more complicated
 * *story*.”, “told the *truth*,”).
 */
function toldThing(tokens: Token[], from: number): boolean {
  const first = tokens[from]
  if (!first || first.type !== 'word' || !determiners.has(first.lower)) return false
  for (let index = from + 1; index < Math.min(tokens.length, from + 5); index++) {
    const token = tokens[index]!
    if (token.type !== 'word') return false
    // (But “tells the truth that …”, “tells the story of how …” tell what
    // it is: only a noun that ends the clause is no content.)
    if (toldNouns.has(token.lower)) return tokens[index + 1] === undefined || tokens[index + 1]!.type === 'punct'
  }

  return false
}

/**
 * Whether what follows a cue is only adjuncts (“said Friday”, “said
 * sarcastically”, “told reporters at the White House”, “said in a
 * statement”), so that the content is on the left.
 */
function tailIsAdjunct(tokens: Token[], from: number, entry: CueEntry): boolean {
  let index = from
  const n = tokens.length
  // An addressee: “told reporters”, “told The Post”.
  if (entry.complements.addressee && index < n && tokens[index]!.type === 'word' && tokens[index]!.lower !== 'that') {
    const object = addressee(tokens, index)
    if (object) {
      // (“warned the vote, which was close, failed”: no addressee but a
      // clause.)
      const after = clauseAfterAddressee(tokens, object, entry)
      if (after < object[1]) return false
      index = after
    }
  }

  // “said in a statement the vote, which was close, failed”.
  if (clauseAfterAdjuncts(tokens, index) !== -1) return false
  let count = 0
  let inPhrase = false
  for (; index < n; index++) {
    const token = tokens[index]!
    if (token.type === 'quote' || token.lower === 'that') return false
    if (token.type === 'punct') {
      // `X said, “…”` / `X said: “…”`: the quotation on the right is the content.
      if ((token.text === ',' || token.text === ':') && tokens[index + 1]?.type === 'quote') return false
      if (token.text === ',' || token.text === ';' || dashes.has(token.text)) return true
      continue
    }

    // “…, Cohen told the president as he stopped to have his picture
    // taken.”: a subordinate clause with its own subject is an adjunct too.
    if (opensSubordinateClause(tokens, index)) {
      // (Bounded: a cue’s look-ahead must not grow with the unit.)
      for (let rest = index + 2; rest < Math.min(n, index + 60); rest++) {
        if (tokens[rest]!.type === 'quote' || tokens[rest]!.lower === 'that') return false
      }

      return true
    }

    if (finiteHints.has(token.lower)) return false
    if (++count > 12) return false
    const lower = token.lower
    if (timeWords.has(lower) || (lower.endsWith('ly') && lower.length > 4) || tailAdverbs.has(lower)) continue
    // (“reported just today,”: how recent, before a time word.)
    if (lower === 'just' && timeWords.has(tokens[index + 1]?.lower ?? '')) continue
    if (lower === 'to' && entry.complements.to && !inPhrase) return false
    // (“found over 2,200 emails”: an amount is what was found, no adjunct; a
    // speech verb's “said over 20 times” may be how often.)
    if (!inPhrase && entry.cueClass !== 'speech' && countApproximators.has(lower) && amountAfter(tokens, index + 1)) return false
    if (adjunctStarts.has(lower) || lower === 'of' || lower === 'as' || lower === 'about') {
      inPhrase = true
      continue
    }

    if (!inPhrase) return false
  }

  return true
}

/** Whether the right content is only an adjunct and the left holds the words. */
function rightIsAdjunct(tokens: Token[], right: RightContent, entry: CueEntry): boolean {
  const first = right.first
  if (first.type !== 'word') return false
  if (first.lower === 'to' && entry.complements.to) return false
  if (right.afterComma) {
    return (first.lower.endsWith('ing') || relativeStarts.has(first.lower)) && !right.startsWithQuote
  }

  // “After the vote, Cornyn said this was …”: “this” starts a clause
  // unless a time follows (“said this week”) or it points at what follows
  // (“tweeted this: “…””).
  if ((first.lower === 'this' || first.lower === 'last') && tokens[right.from + 1]?.type === 'word' && timeAdjunctEnd(tokens, right.from) === -1) return false
  return adjunctStarts.has(first.lower) && !/that/.test(first.lower) && !atLeast(tokens, right.from)
}

/**
 * “at least”, “at most” at `index`: an amount opens the content (“Experts
 * say at least 95% coverage is needed”), no adjunct (but “said at least
 * once that …” is how often).
 */
function atLeast(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]
  if (tokens[index]!.lower !== 'at' || next === undefined || !(next.lower === 'least' || next.lower === 'most')) return false
  const amount = tokens[index + 2]?.lower
  return amount !== 'once' && amount !== 'twice' && tokens[index + 3]?.lower !== 'times'
}

function looksLikeClause(tokens: Token[], from: number): boolean {
  const first = tokens[from]!
  if (first.type === 'quote') return true
  if (subjectPronouns.has(first.lower) && first.lower !== 'which') return true
  if (first.lower === 'how' || first.lower === 'whether' || first.lower === 'why' || first.lower === 'what' || first.lower === 'if') return true
  for (let index = from + 1; index < Math.min(tokens.length, from + 10); index++) {
    const token = tokens[index]!
    if (token.type !== 'word') {
      if (token.type === 'punct' && (token.text === ',' || token.text === ';')) return false
      continue
    }

    if (finiteHints.has(token.lower) || negated(token.lower)) return true
  }

  return false
}

/**
 * The addressee at `index` (“told reporters …”, “told him …”); “her” + noun
 * is a possessive (“told her staff the bill would pass”).
 */
function addressee(tokens: Token[], index: number): Range | undefined {
  const lower = tokens[index]!.lower
  if (!objectPronouns.has(lower)) {
    const np = npAfter(tokens, index, true)
    // “told reporters turnout had reached a record”: after a plural
    // audience, a noun and a finite verb are the content’s subject.
    if (np && np[1] - np[0] >= 2 && np[1] - 1 > index && finiteHints.has(tokens[np[1]]?.lower ?? '')) {
      const audience = tokens[np[1] - 2]!
      if (audience.type === 'word' && !audience.upper && audience.lower.endsWith('s') && !determiners.has(audience.lower) && !tokens[np[1] - 1]!.upper) return [np[0], np[1] - 1]
    }

    return np
  }

  const next = tokens[index + 1]
  if (
    lower === 'her' &&
    next?.type === 'word' &&
    !next.upper &&
    !determiners.has(next.lower) &&
    !subjectPronouns.has(next.lower) &&
    !finiteHints.has(next.lower) &&
    next.lower !== 'that' &&
    next.lower !== 'to' &&
    !next.lower.endsWith('ly')
  ) {
    return npAfter(tokens, index, true)
  }

  return [index, index + 1]
}

/**
 * The “to” that ends a relative clause at `index` (“who had not evacuated
 * *to* shelter”), within eight words and no punctuation, or `index`.
 */
function infinitiveAfterRelative(tokens: Token[], index: number): number {
  for (let at = index + 1; at < Math.min(tokens.length, index + 9); at++) {
    const token = tokens[at]!
    if (token.type !== 'word') return index
    if (token.lower === 'to') return at
  }

  return index
}

/**
 * The comma after a party tag or an age set off at `index` (“, D-N.Y.,”,
 * “, 41,”), or `index`: what comes after is the content.
 */
function pastPartyTag(tokens: Token[], index: number): number {
  const tag = tokens[index + 1]
  // (Or an age: “ordered James Patel, 41, to pay”.)
  if (tokens[index]?.text === ',' && tag && /^\d{1,3}$/.test(tag.text) && tokens[index + 2]?.text === ',') return index + 2
  if (tokens[index]?.text !== ',' || !tag || tag.type !== 'word' || !partyTag.test(tag.text)) return index
  let at = index + 2
  if (tokens[at]?.text === '.' && tokens[at]!.start === tag.end) at++
  return tokens[at]?.text === ',' ? at : index
}

/** Whether a word is an adverb in -ly (“separately”, “repeatedly”), not a noun or adjective that ends so (“family”, “July”, “early”). */
function mannerAdverb(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('ly') && !notAdverbs.has(lower)
}

/** Nouns in -ly, the subject’s head rather than an adverb before its verb (“Her family said”: was the source “Her”). */
const lyNouns = new Set(['family', 'assembly', 'supply', 'rally', 'ally', 'reply', 'belly', 'bully', 'anomaly', 'monopoly', 'homily', 'lily'])

const notAdverbs = new Set(['family', 'italy', 'assembly', 'supply', 'rally', 'ally', 'july', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'only', 'holy', 'reply', 'apply', 'belly', 'jolly', 'bully', 'anomaly', 'monopoly', 'homily'])

/** Cues whose object may be the thing given rather than its recipient (“promised voters a tax cut”, “promised a tax cut”). */
const giving = new Set(['promise', 'pledge', 'vow', 'offer', 'guarantee'])

/** Words that start an amount rather than a recipient (“more money”, “extra shifts”). */
const amountStarts = new Set(['more', 'extra', 'additional', 'fewer', 'less', 'free', 'new', 'lower', 'higher', 'bigger', 'billions', 'millions', 'thousands', 'hundreds'])

/** Whether an object starting at `token` is an amount (a number, or “more …”). */
function isAmount(token: Token): boolean {
  const code = token.text.charCodeAt(0)
  return (code >= 48 && code <= 57) || code === 36 || amountStarts.has(token.lower)
}

/**
 * Where the content starts after the addressee `object` of a cue: its end,
 * unless a finite verb follows it, when the would-be addressee (or all of it
 * but its first word) is the content's subject: “warned Democrats had
 * blocked the bill”, “told reporters Democrats had blocked the bill”.
 */
function clauseAfterAddressee(tokens: Token[], object: Range, entry: CueEntry): number {
  const [start, end] = object
  // (Not a verb in “-s”, which plural nouns share: “called on Grayson
  // months ago”.)
  if (!clearlyFinite(tokens[end])) {
    // “warned the vote, which was close, failed”.
    const verb = pastRelative(tokens, end)
    return verb !== end && entry.lemma !== 'tell' && clearlyFinite(tokens[verb]) ? start : end
  }

  const second = tokens[start + 1]!
  const first = tokens[start]!
  // A name that starts with an acronym is an outlet, and the last word the
  // subject: “told CNN Democrats had …”, “told ABC News Trump was …”.
  if (end - start > 1 && /^\p{Lu}{2,5}$/u.test(first.text) && tokens[end - 1]!.upper && tokens[end - 2]!.type === 'word') return end - 1
  if (end - start > 1 && !first.upper && !determiners.has(first.lower) && (second.upper || determiners.has(second.lower))) {
    const subject = npAfter(tokens, start + 1)
    if (subject && subject[1] === end) return start + 1
  }

  // `tell` needs its addressee (“told him was wrong” is no clause).
  return entry.lemma === 'tell' ? end : start
}

/** A finite verb, not one in “-s”, which plural nouns share (see `isFiniteVerb`): “is”, “lost”, “resigned”, not “need”. */
function clearlyFinite(token: Token | undefined): boolean {
  if (!token || token.type !== 'word' || token.upper) return false
  return finiteHints.has(token.lower) || negated(token.lower) || irregularPasts.has(token.lower) || /^\p{L}{2,}[^e]ed$/u.test(token.lower)
}

/**
 * Where a clause starts after adjuncts at `from` with no comma (“said in a
 * statement the bill was dead”, “said at a rally in Iowa he would win”,
 * “said Tuesday there was no deal”), or -1. The adjuncts are times and
 * prepositional phrases about where or how it was said (a name or a
 * channel: “in a statement”, “on CNN”), so that a clause after another
 * noun stays out (“hinted at the role he sees …”).
 */
function clauseAfterAdjuncts(tokens: Token[], from: number, timeAtFrom = timeAdjunctEnd(tokens, from)): number {
  let index = from
  for (let round = 0; round < 3; round++) {
    const token = tokens[index]
    if (!token || token.type !== 'word') return -1
    const time = round === 0 ? timeAtFrom : timeAdjunctEnd(tokens, index)
    if (time !== -1) {
      index = time
    } else if (bareAdjunctPrepositions.has(token.lower)) {
      const end = adjunctNounPhrase(tokens, index + 1)
      if (end === -1) return -1
      const head = tokens[end - 1]!
      if (!(head.upper || channelNouns.has(head.lower))) return -1
      index = end
    } else {
      return -1
    }

    if (index < tokens.length && clauseAt(tokens, index)) return index
  }

  return -1
}

/**
 * End of a short noun phrase at `from` (a determiner, then up to four
 * words; a name after a common noun starts something else), or -1.
 */
function adjunctNounPhrase(tokens: Token[], from: number): number {
  let index = from
  if (tokens[index]?.type === 'word' && determiners.has(tokens[index]!.lower)) index++
  let common = false
  const start = index
  while (index < tokens.length && index - start < 4) {
    const token = tokens[index]!
    if (token.type !== 'word' || determiners.has(token.lower) || subjectPronouns.has(token.lower) || stopWords.has(token.lower) || prepositions.has(token.lower) || clearlyFinite(token)) break
    if (token.upper && common) break
    common = common || !token.upper
    index++
  }

  return index > start ? index : -1
}

/** Verbs that take a quotation, and a bare clause too (“wrote the bill was dead”). */
const bareClauseVerbs = new Set(['write', 'state', 'maintain'])

/** Evidence verbs whose bare clause may have any finite verb (“The memo found unemployment fell”). */
const findingVerbs = new Set(['find', 'show', 'indicate', 'suggest', 'reveal', 'conclude', 'confirm'])

/** Modals of obligation: a cue after one reports nothing (“must disclose”). */
const deontic = new Set(['must', 'should', 'shall', 'ought', 'mustn’t', "mustn't", 'shouldn’t', "shouldn't"])

/** Heads of phrases that say where or how something was said. */
const channelNouns = new Set([
  ...channels,
  'statement', 'statements', 'interview', 'interviews', 'speech', 'tweet', 'tweets', 'post', 'rally',
  'event', 'conference', 'briefing', 'hearing', 'debate', 'show', 'program', 'podcast', 'broadcast', 'call', 'appearance',
  'op-ed', 'column', 'video', 'memo', 'release', 'filing', 'meeting', 'session', 'forum', 'hall', 'address', 'remarks',
  'testimony', 'radio', 'television', 'article', 'message', 'stop', 'visit', 'dinner', 'luncheon', 'breakfast', 'gathering',
  'town', 'campaign', 'trail', 'floor', 'chamber', 'court', 'network', 'station', 'website', 'blog', 'note'
])

/** Whether a subject and a finite verb start at `index` (“the bill was”, “he would”, “there is”). */
function clauseAt(tokens: Token[], index: number, auxiliary = false): boolean {
  const token = tokens[index]!
  // (With `auxiliary`, the verb must be one: “wrote the speech delivered
  // by …” has a participle.)
  const finite = (verb: Token | undefined): boolean => clearlyFinite(verb) && (!auxiliary || finiteHints.has(verb!.lower) || negated(verb!.lower))
  if (token.lower === 'who' || token.lower === 'which' || (objectPronouns.has(token.lower) && !subjectPronouns.has(token.lower)) || token.lower.endsWith('self') || token.lower.endsWith('selves')) return false
  if (subjectPronouns.has(token.lower) && token.lower !== 'it') return !auxiliary || finite(tokens[index + 1])
  if (token.lower === 'it' || token.lower === 'there' || token.lower === 'this') return finite(tokens[index + 1])
  const subject = npAfter(tokens, index)
  if (subject === undefined || subject[1] <= index || subject[1] - index > 6) return false
  // A noun phrase may have taken an irregular verb in (“unemployment fell”).
  for (let verb = index + 1; verb < subject[1]; verb++) {
    if (irregularPasts.has(tokens[verb]!.lower) && !determiners.has(tokens[verb - 1]!.lower)) return finite(tokens[verb])
  }

  return finite(tokens[pastRelative(tokens, subject[1])])
}

/**
 * Where the main clause goes on after a relative clause set off by commas
 * at `index` (“the vote, which was close, | failed”), else `index`.
 */
function pastRelative(tokens: Token[], index: number): number {
  const relative = tokens[index + 1]
  if (tokens[index]?.text !== ',' || !relative || (relative.lower !== 'which' && relative.lower !== 'who')) return index
  for (let scan = index + 2; scan < tokens.length && scan - index < 16; scan++) {
    const token = tokens[scan]!
    if (token.type === 'quote' || (token.type === 'punct' && (terminal.has(token.text) || token.text === ';'))) return index
    if (token.type === 'punct' && token.text === ',') return scan + 1
  }

  return index
}

/**
 * Past the participle phrase set off by commas after an “according to”
 * source (“According to the report, seen by AFP last month, Iran had …”):
 * it still describes the source. From the comma at `comma`; just past it
 * when no such phrase follows.
 */
function participlePhrase(tokens: Token[], comma: number): number {
  const verb = tokens[comma + 1]
  if (!verb || verb.type !== 'word' || verb.upper || !(pastParticiples.has(verb.lower) || (verb.lower.endsWith('ed') && verb.lower.length > 4)) || tokens[comma + 2]?.lower !== 'by') return comma + 1
  for (let scan = comma + 3; scan < tokens.length && scan - comma < 12; scan++) {
    const token = tokens[scan]!
    if (token.type === 'punct' && token.text === ',') return scan + 1
    if (token.type !== 'word') return comma + 1
  }

  return comma + 1
}

const bareAdjunctPrepositions = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over', 'after', 'before', 'from'])

/**
 * Whether `tokens[0..last]` are a fronted prepositional phrase with no verb
 * (“In the early 1990s”, “Following an animated town hall meeting”): a
 * setting for what comes after it, never reported words.
 */
function frontedPhrase(tokens: Token[], last: number): boolean {
  const first = tokens[0]
  if (!first || first.type !== 'word' || !first.upper) return false
  if (!(bareAdjunctPrepositions.has(first.lower) || openingPrepositions.has(first.lower))) return last <= 2 && frontedAdverbs(tokens, last)
  for (let index = 1; index <= last; index++) {
    const token = tokens[index]!
    if (token.type === 'quote' || copulas.has(token.lower)) return false
    // (A participle is no clause: “…, held along the border”, “voters
    // inclined to”, “a statement released Thursday”.)
    if (isFiniteVerb(token) && !(clearlyFinite(token) && !finiteHints.has(token.lower) && participleHere(tokens, index))) return false
  }

  return true
}

/** Whether the past form at `index` reads as a participle: after a comma, or before “to”, “by” or a day. */
function participleHere(tokens: Token[], index: number): boolean {
  const after = tokens[index + 1]?.lower ?? ''
  return tokens[index - 1]?.text === ',' || after === 'to' || after === 'by' || dayWords.has(after)
}

/** Whether `tokens[0..last]` are only adverbs (“Most recently”, “Later”): no words of anyone’s. */
function frontedAdverbs(tokens: Token[], last: number): boolean {
  for (let index = 0; index <= last; index++) {
    const lower = tokens[index]!.lower
    if (!(timeWords.has(lower) || lower === 'most' || (lower.endsWith('ly') && lower.length > 4 && !notAdverbs.has(lower)))) return false
  }

  return true
}

/** Whether `that` or a quotation comes at `from`, past commas and colons. */
function opensContent(tokens: Token[], from: number): boolean {
  let index = from
  while (index < tokens.length && tokens[index]!.type === 'punct' && (tokens[index]!.text === ',' || tokens[index]!.text === ':')) index++
  const token = tokens[index]
  return token !== undefined && (token.type === 'quote' || token.lower === 'that')
}

/** A lowercase verb in “-s” of a few common shapes (“holds”, “rises”, “remains”), or “is”/“was”/“has”. */
function thirdPersonVerb(token: Token | undefined): boolean {
  if (!token || token.type !== 'word' || token.upper) return false
  const lower = token.lower
  return lower === 'is' || lower === 'was' || lower === 'has' || thirdPersonVerbs.has(lower)
}

const thirdPersonVerbs = new Set(
  (
    'holds rises falls grows slows jumps surges soars slumps drops climbs dips eases cools remains stays ' +
    'continues persists outpaces outstrips lags weakens strengthens rebounds recovers picks fades wanes booms ' +
    'plunges tumbles sinks spikes doubles triples hits tops nears reaches drives fuels boosts lifts weighs'
  ).split(' ')
)

/** Whether a word is a lowercase singular noun (no pronoun, auxiliary, adverb or particle). */
function singularNoun(token: Token): boolean {
  const lower = token.lower
  return (
    !token.upper &&
    /^[a-z]+$/.test(lower) &&
    !lower.endsWith('s') &&
    !lower.endsWith('ly') &&
    !beforeBareVerb.has(lower) &&
    !subjectPronouns.has(lower) &&
    !auxiliaries.has(lower) &&
    !stopWords.has(lower) &&
    !prepositions.has(lower) &&
    !determiners.has(lower) &&
    !cues.has(lower)
  )
}

/** Words a bare verb may follow, though they end in no “-s”: plurals (“people”, “police”) and adverbs (“never”). */
const beforeBareVerb = new Set(['people', 'police', 'staff', 'data', 'men', 'women', 'children', 'media', 'public', 'folk', 'crowd', 'government', 'team', 'administration', 'committee', 'family', 'never', 'not', 'then', 'now', 'also', 'often', 'still', 'even', 'just', 'later', 'again', 'first'])

/** Verbs that name someone as something (“called him a liar”). */
const namingVerbs = new Set(['call', 'label', 'brand', 'dub'])
/** Objects of a naming verb that are people (“called himself pro-choice”). */
const reflexiveOrPersonal = new Set(['him', 'her', 'them', 'himself', 'herself', 'themselves', 'myself', 'ourselves', 'me', 'us'])
/** Words after “called him” that make it a phone call or a summons (“called him back”). */
const callParticles = new Set(['back', 'up', 'out', 'off', 'over', 'in', 'on', 'about', 'to', 'for', 'and', 'but', 'or', 'again', 'twice', 'once', 'late', 'early', 'personally', 'directly', 'repeatedly'])

/**
 * “described the rally-goers as shocked”, “described themselves as
 * liberals”: an object and then “as” within a few words, no punctuation
 * between.
 */
function describesAs(tokens: Token[], from: number): boolean {
  // (“as” first when the object is a relative clause’s antecedent: “talks
  // that both sides described as “constructive””.)
  // Only before a quotation: “is widely seen as a disappointment” is no one’s.
  if (tokens[from]?.type === 'word' && tokens[from]!.lower === 'as') return tokens[from + 1]?.type === 'quote'
  for (let index = from + 1; index < Math.min(tokens.length, from + 8); index++) {
    const token = tokens[index]!
    if (token.type !== 'word') return false
    if (token.lower === 'as') return index + 1 < tokens.length && tokens[index + 1]!.type === 'word'
  }

  return false
}

/**
 * Whether a naming verb’s object is followed by what it is named, with no
 * quotation: “called him a political opportunist”, “called Trump a
 * bully” (not “called a press conference”, “called for …”).
 */
function namesAs(tokens: Token[], from: number): boolean {
  const object = tokens[from]
  if (!object || object.type !== 'word') return false
  if (judgedAfter(tokens, from)) return true
  // “called her vote in favor of the Iraq War a mistake”: an owned object,
  // maybe with its phrase, then what it is named (not “called her mother
  // in a panic”: after a preposition, “a” opens its object).
  if (possessives.has(object.lower) && !object.upper) {
    for (let index = from + 2; index < Math.min(tokens.length - 1, from + 10); index++) {
      const token = tokens[index]!
      if (token.type !== 'word') break
      if ((token.lower === 'a' || token.lower === 'an') && tokens[index + 1]!.type === 'word') {
        // (Nor a time or a count: “called his brother a day later”, “a few times”.)
        const named = tokens[index + 1]!.lower
        if (!prepositions.has(tokens[index - 1]!.lower) && !timeWords.has(named) && !notNamings.has(named)) return true
        break
      }
    }
  }

  // “called himself pro-choice”, “called him the ultimate hypocrite”.
  if (reflexiveOrPersonal.has(object.lower)) {
    const next = tokens[from + 1]
    if (!next || next.type !== 'word' || next.upper) return false
    if ((next.lower === 'the' || next.lower === 'a' || next.lower === 'an') && tokens[from + 2]?.type === 'word') return true
    // (Not “her” + noun: “called her mother” is a possessive.)
    return object.lower !== 'her' && !timeWords.has(next.lower) && !prepositions.has(next.lower) && !stopWords.has(next.lower) && !callParticles.has(next.lower)
  }

  // “called the incident a reason for …”.
  if (object.lower === 'the' && !object.upper) {
    for (let index = from + 1; index < Math.min(tokens.length, from + 5); index++) {
      const token = tokens[index]!
      if (token.type !== 'word' || prepositions.has(token.lower) || stopWords.has(token.lower)) return false
      if (token.lower === 'a' || token.lower === 'an') return index > from + 1 && index + 1 < tokens.length && tokens[index + 1]!.type === 'word'
    }

    return false
  }

  // “called it a scam”, “called it an insult to veterans” (not “called it a
  // day”, “called it a career”: idioms, nothing named).
  if (object.lower === 'it') {
    const article = tokens[from + 1]
    const named = tokens[from + 2]
    return (article?.lower === 'a' || article?.lower === 'an') && named !== undefined && named.type === 'word' && !named.upper && !itIdioms.has(named.lower) && !timeWords.has(named.lower) && !notNamings.has(named.lower)
  }

  if (!objectPronouns.has(object.lower) && !object.upper) return false
  for (let index = from + 1; index < Math.min(tokens.length, from + 4); index++) {
    const token = tokens[index]!
    if (token.type !== 'word') return false
    if (token.lower === 'a' || token.lower === 'an') return index + 1 < tokens.length && tokens[index + 1]!.type === 'word'
    if (!token.upper) return false
  }

  return false
}

/**
 * Whether a naming verb ending at `at` had its object fronted as a relative
 * “what”, “which” or “whom” before a short subject (“what officials called
 * …”, “which some Democrats call …”, “whom he has called …”), and a name
 * starts at `from`: a word that is no particle, preposition, time or
 * infinitive (“whom he would call to …”, “whom she called every week”).
 */
/** Punctuation that ends a fronted naming's name (not a newswire ''quotation''). */
const clauseStops = new Set([',', ';', ':', '.', '!', '?', '(', ')'])

function frontedObject(tokens: Token[], at: number, from: number): boolean {
  const name = tokens[from]
  if (!name || name.type !== 'word' || prepositions.has(name.lower) || callParticles.has(name.lower) || timeWords.has(name.lower) || stopWords.has(name.lower)) return false
  // (Nor how often: “whom she called every week”, “called twice a day”.)
  if (timeUnits.has(tokens[from + 1]?.lower ?? '')) return false
  for (let index = at - 2; index >= Math.max(0, at - 6); index--) {
    const token = tokens[index]!
    if (token.type !== 'word') return false
    // (Not a question: “What do you call a boy who …?”.)
    if (token.lower === 'what' || token.lower === 'which' || token.lower === 'whom') return index < at - 2 && !auxiliaries.has(tokens[index + 1]!.lower)
  }

  return false
}

/** Nouns of “call it a …” idioms, which name nothing (“call it a day”, “called it a career”, “call it a draw”). */
const itIdioms = new Set(['day', 'night', 'career', 'season', 'draw', 'tie', 'wrap', 'wash', 'deal', 'year', 'week', 'month', 'morning', 'evening'])

/** Words after “a” that count or time a call rather than name its object (“called his brother a day later”). */
const notNamings = new Set(['day', 'few', 'couple', 'lot', 'number', 'second', 'third', 'total', 'bit', 'little', 'while', 'minute', 'hour', 'decade', 'dozen', 'hundred', 'thousand', 'million'])

/** Determiners that open the object of a naming verb before its judgement (“called *the* practice predatory”). */
const judgedDeterminers = new Set(['the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my', 'your'])

/**
 * Whether a naming verb’s object at `from` is followed by a judgement with
 * no article: “called the practice predatory”, “called her actions
 * extremely careless”, “called Trump dangerous”, “labeled it false”. The
 * object is a pronoun, one to three capitalised words, or a determiner and
 * one to three lowercase words; the judgement one of a closed list,
 * maybe after an intensifier, and not followed by a noun it would modify
 * (“called the racist remarks”, “called him a racist idiot”).
 */
function judgedAfter(tokens: Token[], from: number): boolean {
  const first = tokens[from]
  if (!first || first.type !== 'word') return false
  let index = from + 1
  const next = tokens[index]
  // “her”, “this”, “that” open a noun phrase only before a noun (“called her
  // actions careless”, not “called her reckless”).
  const beforeNoun = next !== undefined && next.type === 'word' && !next.upper && !judgementIntensifiers.has(next.lower) && !namingJudgements.has(next.lower)
  if (judgedDeterminers.has(first.lower) && (beforeNoun || (first.lower !== 'her' && first.lower !== 'this' && first.lower !== 'that'))) {
    const nouns = index
    while (index - nouns < 3) {
      const token = tokens[index]
      if (!token || token.type !== 'word' || token.upper || stopWords.has(token.lower) || prepositions.has(token.lower) || namingJudgements.has(token.lower) || judgementIntensifiers.has(token.lower)) break
      index++
    }

    if (index === nouns) return false
  } else if (first.upper && !determiners.has(first.lower)) {
    while (index - from < 3 && tokens[index]?.type === 'word' && tokens[index]!.upper) index++
  } else if (!(first.lower === 'it' || first.lower === 'this' || first.lower === 'that' || reflexiveOrPersonal.has(first.lower))) {
    return false
  }

  if (tokens[index]?.type === 'word' && judgementIntensifiers.has(tokens[index]!.lower)) index++
  const judgement = tokens[index]
  if (!judgement || judgement.type !== 'word' || judgement.upper || !namingJudgements.has(judgement.lower)) return false
  const after = tokens[index + 1]
  return !after || after.type !== 'word' || stopWords.has(after.lower) || prepositions.has(after.lower) || timeWords.has(after.lower) || after.lower.endsWith('ing')
}

/**
 * The noun phrase between “with” and a participle at `start` (“with 30
 * percent of voters saying”, “with three in 10 saying”), or `undefined`.
 */
function withSubject(tokens: Token[], start: number): Range | undefined {
  // Only a share of people, as polls report them, or a name (“with Sen.
  // John McCain calling it …”; not “replacing it with softer language
  // calling for …”).
  let share = false
  let name = true
  for (let index = start - 1; index >= 0 && start - index <= 8; index--) {
    const token = tokens[index]!
    if (token.type === 'word' && token.lower === 'with') return (share || name) && index + 1 < start ? [index + 1, start] : undefined
    // (A name after its article: “with the Guardian calling it …”; not
    // “with the Columbia reporting team”.)
    if (name && index + 1 < start && token.text === 'the' && tokens[index - 1]?.lower === 'with' && absoluteCues.has(tokens[start]!.lower)) continue
    if (token.type !== 'word' || !token.upper || capitalStops.has(token.text)) name = false
    if (token.text === '%' || /^\d/.test(token.text) || shareWords.has(token.lower) || numberWords.has(token.lower)) share = true
    // (“of” and “in” inside: “30 percent of voters”, “three in 10”.)
    if (token.type === 'punct' ? token.text !== '%' : token.lower !== 'of' && token.lower !== 'in' && (cues.has(token.lower) || stopWords.has(token.lower) || subjectPronouns.has(token.lower))) return undefined
  }

  return undefined
}

/** Currency signs before an amount. */
const currencySigns = new Set(['$', '£', '€', '¥', '₹'])

/** Whether an amount starts at `index` (“£200”, “4,000”, “two million”). */
function amountAfter(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && (startsWithDigit(token.lower) || currencySigns.has(token.text) || numberWords.has(token.lower))
}

/** Participles that speak after “with the …” (“with the White House saying …”). */
const absoluteCues = new Set(['saying', 'calling', 'telling', 'arguing', 'noting', 'warning', 'claiming', 'insisting', 'adding', 'predicting', 'describing', 'urging', 'demanding'])

const shareWords = new Set(['percent', 'majority', 'most', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'many', 'few', 'some', 'ten', 'dozens'])

/** Words that open a noun phrase and never continue one. */
const phraseOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those'])
const dayWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight'])
const dayParts = new Set(['morning', 'afternoon', 'evening', 'night'])
const periods = new Set(['week', 'weekend', 'month', 'year', 'night', 'spring', 'summer', 'fall', 'autumn', 'winter', ...dayWords, ...months])

/**
 * End (exclusive token index) of a time adjunct at `from` — “Thursday”,
 * “on Friday morning”, “last week”, “earlier this month”, “in March” — or
 * -1.
 */
function timeAdjunctEnd(tokens: Token[], from: number): number {
  const at = (index: number): string => wordAt(tokens, index)
  let index = from
  let word = at(index)
  // “at 10 p.m.”, “at about 10:30 a.m. ET”, “at noon”.
  if (word === 'at') return clockEnd(tokens, index + 1)
  // “late Tuesday”, “early on Monday”.
  if ((word === 'late' || word === 'early') && (dayWords.has(at(index + 1)) || (at(index + 1) === 'on' && dayWords.has(at(index + 2))))) {
    index++
    word = at(index)
  }

  if (word === 'earlier' || word === 'later') {
    index++
    word = at(index)
    if (word !== 'this' && word !== 'last' && word !== 'that') return -1
  }

  if (word === 'on' || word === 'last' || word === 'this' || word === 'next' || word === 'that') {
    index++
    if (!periods.has(at(index))) return -1
  } else if (word === 'in') {
    index++
    if (!months.has(at(index)) && !/^(?:19|20)\d\d$/.test(tokens[index]?.text ?? '')) return -1
  } else if (!dayWords.has(word)) {
    return -1
  }

  // “last week’s attack”: a noun phrase, not an adjunct.
  if (tokens[index]!.possessive) return -1
  index++
  if (dayParts.has(at(index))) index++
  // “in March 2019”, “on Dec. 2”: the date’s numbers belong to it.
  if (months.has(at(index - 1))) {
    while (index < tokens.length && /^\d{1,4}$/.test(tokens[index]!.text)) index++
  }

  return index
}

/** The lowercase word at `index`, or `''` for anything else. */
function wordAt(tokens: Token[], index: number): string {
  return tokens[index]?.type === 'word' ? tokens[index]!.lower : ''
}

/** Clock times said in words, after “at” (“at noon”). */
const clockNouns = new Set(['noon', 'midnight', 'midday', 'dawn', 'dusk'])
/** “a.m.” and “p.m.” as written. */
const meridiems = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m'])
/** Time zones after a clock time (“10 p.m. ET”). */
const timeZones = new Set(['et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet'])

/**
 * End (exclusive token index) of a clock time at `from` (“10 p.m.”, “about
 * 10:30 a.m. ET”, “noon”), or -1: a number needs its a.m. or p.m., which
 * tells it from an amount (“said at 10 percent …”).
 */
function clockEnd(tokens: Token[], from: number): number {
  const at = (index: number): string => wordAt(tokens, index)
  let index = from
  if (at(index) === 'about' || at(index) === 'around' || at(index) === 'roughly' || at(index) === 'approximately') index++
  if (clockNouns.has(at(index))) return index + 1
  if (!/^\d{1,2}$/.test(tokens[index]?.text ?? '')) return -1
  index++
  if (tokens[index]?.text === ':' && /^\d\d$/.test(tokens[index + 1]?.text ?? '')) index += 2
  if (!meridiems.has(at(index))) return -1
  index++
  if (timeZones.has(at(index)) && tokens[index]!.upper) index++
  return index
}

/** Whether a clause may start at token `from` (after a time adjunct, with no `that`). */
function clauseStart(tokens: Token[], from: number): boolean {
  const token = tokens[from]!
  if (token.type === 'quote') return true
  if (token.type !== 'word') return false
  return subjectPronouns.has(token.lower) || contracted(token.lower) || determiners.has(token.lower) || token.upper || /^\d/.test(token.text)
}

/** A subject pronoun with its verb contracted: “he’s”, “they’re”, “I’ll”. */
function contracted(lower: string): boolean {
  const match = /^(\p{L}+)['’](?:s|re|ll|d|m|ve)$/u.exec(lower)
  return match !== null && subjectPronouns.has(match[1]!) && match[1] !== 'who' && match[1] !== 'which'
}

/**
 * Whether `that` before token `from` opens a clause (“stated that the plan
 * failed”, “wrote that prices were rising”) rather than pointing at a noun
 * (“wrote that book”, “maintained that position”).
 */
function thatClause(tokens: Token[], from: number): boolean {
  const next = tokens[from]
  if (!next || next.type !== 'word') return next?.type === 'quote'
  // “states that will hold contests”: `that` is a relative pronoun.
  if (finiteHints.has(next.lower)) return false
  if (determiners.has(next.lower) || next.upper || /^\d/.test(next.lower) || looksLikeClause(tokens, from)) return true
  // A verb further on, past an appositive (“that legions of voters, alienated by …, are”).
  for (let index = from + 1; index < Math.min(tokens.length, from + 20); index++) {
    const token = tokens[index]!
    if (token.type === 'word' && (finiteHints.has(token.lower) || negated(token.lower))) return true
    if (token.type === 'punct' && (token.text === '.' || token.text === ';' || token.text === '?' || token.text === '!')) return false
  }

  return false
}

/** A continuation after a parenthetical source (`Y, X said, Z`). */
function continuation(tokens: Token[], from: number): Range | undefined {
  const first = tokens[from]
  if (!first) return undefined
  if (first.type === 'word' && (relativeStarts.has(first.lower) || first.lower.endsWith('ing'))) return undefined
  // A finite cue verb is the content's own predicate (“Bob, they said,
  // ordered them to wait”; “CNN, Cruz said, called the announcement …”).
  const entries = first.type === 'word' ? cues.get(first.lower) : undefined
  if (entries && !entries.some((entry) => entry.form === 'past' || entry.form === 'present')) return undefined
  return contentRange(tokens, from, tokens.length)
}

/** Whether the unit opens with a condition (“If …”, “Unless …”) that ends at the comma `comma`. */
function conditionalStart(tokens: Token[], comma: number): boolean {
  const first = tokens[0]
  if (!first || first.type !== 'word' || !first.upper || (first.lower !== 'if' && first.lower !== 'unless')) return false
  for (let index = 1; index < comma; index++) {
    const token = tokens[index]!
    if (token.type === 'quote' || token.text === ',' || token.lower === 'you' || token.lower === 'doubts' || token.lower === 'doubt') return false
  }

  return comma > 1
}

/** Content from the start of the unit up to token `before` (inclusive), trimmed. */
function contentBefore(tokens: Token[], before: number): Range | undefined {
  let last = before
  while (last >= 0 && tokens[last]!.type === 'punct' && tokens[last]!.text !== ')') last--
  if (last < 0) return undefined
  let first = 0
  while (first <= last && tokens[first]!.type === 'punct' && tokens[first]!.text !== '(') first++
  if (first > last) return undefined
  // (A live blog’s time stamp is no content: “10:15 p.m. — Markets react”.)
  if (last - first < 5 && startsWithDigit(tokens[first]!.lower) && clockStamp(tokens, first, last)) return undefined
  return [tokens[first]!.start, tokens[last]!.end]
}

/** Whether `tokens[first..last]` are a clock time and nothing else (“10:15 p.m.”, “9 a.m. ET”). */
function clockStamp(tokens: Token[], first: number, last: number): boolean {
  let text = ''
  for (let index = first; index <= last; index++) text += tokens[index]!.lower
  return /^\d{1,2}(?::\d{2})?(?:[ap]\.?m\.?)?(?:et|est|edt|pt|pst|pdt|ct|cst|cdt|gmt|utc|bst)?$/.test(text)
}

/** Content from token `from` to the end of the unit, trailing punctuation trimmed. */
function contentRange(tokens: Token[], from: number, to: number): Range | undefined {
  let last = to - 1
  while (last >= from && tokens[last]!.type === 'punct' && tokens[last]!.text !== ')') last--
  if (last < from) return undefined
  return [tokens[from]!.start, tokens[last]!.end]
}

/**
 * The speaker of a cue set off just before a participle (“A deal could come
 * next week, *the sources* said, cautioning that …”): the participle is
 * theirs, not the main clause’s subject’s.
 */
function asideSpeaker(tokens: Token[], start: number): Range | undefined {
  const verb = tokens[start - 2]
  if (tokens[start - 1]?.text !== ',' || !verb) return undefined
  if (verb.type === 'word' && verb.upper) return invertedSpeaker(tokens, start - 1)
  if (verb.type !== 'word') return undefined
  if (!cues.get(verb.lower)?.some((item) => item.cueClass === 'speech' && (item.form === 'past' || item.form === 'present'))) return undefined
  // (Past its auxiliary: “…, Ofgem has announced, adding …”.)
  let at = start - 2
  if (tokens[at - 1]?.type === 'word' && auxiliaries.has(tokens[at - 1]!.lower)) at--
  const np = npBefore(tokens, at)
  if (np && np[0] > 0 && tokens[np[0] - 1]!.text === ',') return np
  // (Also after a newswire quotation, whose words might hold a subject:
  // `’’…,’’ he said, adding, ’’We …’’`.)
  const pronoun = tokens[at - 1]
  const speaker = pronoun && subjectPronouns.has(pronoun.lower) && pronoun.lower !== 'who' && pronoun.lower !== 'which' ? ([at - 1, at] as Range) : np
  return speaker && speaker[0] > 1 && newswireClose(tokens, speaker[0] - 1) ? speaker : undefined
}

/**
 * The speaker after an inverted cue that a quotation ends at (`’’A. We
 * know,’’ said *Mr. Lee*, adding …`), the name before the `comma`: the
 * participle is theirs, not a subject's inside the quotation's words.
 */
function invertedSpeaker(tokens: Token[], comma: number): Range | undefined {
  const np = npBefore(tokens, comma)
  const verb = np ? tokens[np[0] - 1] : undefined
  if (!np || !verb || verb.type !== 'word' || verb.upper || np[0] < 2) return undefined
  if (!cues.get(verb.lower)?.some((item) => item.cueClass === 'speech' && (item.form === 'past' || item.form === 'present'))) return undefined
  const mark = tokens[np[0] - 2]!
  return mark.type === 'quote' || newswireClose(tokens, np[0] - 2) ? np : undefined
}

/**
 * Who is quoted before the “as” at `as`, and where the cue starts: the
 * subject of a passive (“Wicker is quoted in a statement as saying”, “was
 * quoted by the Times as saying”; from the “is”) or the object of an active
 * “quoted” (“The Times quoted Wicker as saying”; from “as”), a few
 * words at most between.
 */
function quotedAs(tokens: Token[], as: number): {speaker: Range; cue: number} | undefined {
  for (let index = as - 1; index > 0 && as - index <= 8; index--) {
    const token = tokens[index]!
    if (token.type !== 'word') return undefined
    if (token.lower !== 'quoted') continue
    const copula = tokens[index - 1]!
    if (copulas.has(copula.lower)) {
      const subject = subjectBefore(tokens, index - 1)
      return subject ? {speaker: subject, cue: index - 1} : undefined
    }

    const object = npAfter(tokens, index + 1)
    // (The cue from “as”: the speaker stands between.)
    return object && object[1] === as ? {speaker: object, cue: as} : undefined
  }

  return undefined
}

/**
 * Whether the “points” at `k` are an amount’s unit (“percentage points”,
 * “basis points”, “3 points”), no cue: before anything but a second amount
 * (“three percentage points to the company’s margin”), and before one when
 * the points are counted, “to” after them (“rose 2 percentage points to
 * 19%”). After “by” and before a second amount (“raised its forecast by 0.1
 * percentage points to 4.2 percent”) the sentence reports a revised
 * forecast, which PolNeAR annotates over these very words: a cue still.
 */
function pointsOfAmount(tokens: Token[], k: number, end: number, particle: string | undefined): boolean {
  const before = tokens[k - 1]!
  const unit = before.lower === 'percentage' || before.lower === 'basis'
  if (before.type !== 'word' || !(unit || startsWithDigit(before.lower))) return false
  if (!startsWithDigit(tokens[end]?.lower ?? '')) return true
  const count = unit ? k - 2 : k - 1
  return particle === 'to' && count >= 0 && startsWithDigit(tokens[count]!.lower) && tokens[count - 1]?.lower !== 'by'
}

/** Whether “as saying” (or another speech participle) follows `from` within a few words (see {@link quotedAs}). */
function asSayingAfter(tokens: Token[], from: number): boolean {
  for (let index = from; index < tokens.length && index - from < 8; index++) {
    const token = tokens[index]!
    if (token.type !== 'word') return false
    if (token.lower === 'as') return tokens[index + 1]?.lower.endsWith('ing') === true && cues.has(tokens[index + 1]!.lower)
  }

  return false
}

/** Words that open a time clause (“as Obama spoke”); not “after”, “before”, mostly prepositions (“said after the vote the deal was dead”). */
const timeClauseOpeners = new Set(['as', 'while', 'when'])

/** Whether the token at `index` is a lowercase plural noun (“experts”), not a cue (“the Clinton campaign plans”). */
function pluralBefore(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && token.type === 'word' && !token.upper && token.lower.length > 3 && token.lower.endsWith('s') && !token.lower.endsWith('ss') && !cues.has(token.lower) && !stopWords.has(token.lower)
}

/** Whether capitalized words from `from` are followed by a lowercase word (“Obama spoke”), a few at most. */
function nameThenVerb(tokens: Token[], from: number): boolean {
  let index = from
  while (index < tokens.length && index - from < 4 && tokens[index]!.type === 'word' && tokens[index]!.upper) index++
  const next = tokens[index]
  return index > from && next?.type === 'word' && !next.upper
}

/** Whether the unit goes on from `from` to its end with no comma, “that” or quotation (a phrase with no clause after it). */
function noCommaAfter(tokens: Token[], from: number): boolean {
  for (let index = from; index < tokens.length; index++) {
    if (isTerminator(tokens[index]!)) return false
  }

  return true
}

/** Whether a comma within the first eight tokens, followed by a capitalized word, comes before `opener`: an opening phrase set off. */
function openingPhraseSetOff(tokens: Token[], opener: number): boolean {
  for (let index = 1; index < Math.min(opener, 8); index++) {
    if (tokens[index]!.type === 'punct' && tokens[index]!.text === ',') return tokens[index + 1]?.type === 'word' && tokens[index + 1]!.upper
  }

  return false
}

/**
 * Whether capitalized words before `k` follow “a”, “an” or (the last of
 * them no plural) “the”, “this”: a noun cue named after someone (“a United
 * Nations report”).
 */
function namedNoun(tokens: Token[], k: number): boolean {
  let index = k - 1
  while (index > 0 && k - index <= 4 && tokens[index]!.type === 'word' && tokens[index]!.upper) index--
  const article = tokens[index]
  if (index === k - 1 || !article || article.type !== 'word') return false
  // (Not after data and a preposition, whose verb it is: “Data from the FBI
  // show”, “figures from the Major Cities Chiefs Association show”; but
  // “said on the MSNBC show”, “a representative for the Ivanka Trump brand”.)
  const preposition = tokens[index - 1]
  const data = tokens[index - 2]
  if (preposition && data && preposition.type === 'word' && prepositions.has(preposition.lower) && data.type === 'word' && (data.lower === 'data' || (data.lower.endsWith('s') && !data.lower.endsWith('ss')))) return false
  if (article.lower === 'a' || article.lower === 'an') return true
  return (article.lower === 'the' || article.lower === 'this') && !tokens[k - 1]!.lower.endsWith('s')
}

/** Verbs whose subject turns a document down rather than writes it (“vetoed a resolution demanding …”). */
const againstVerbs = new Set(
  'vetoed vetoes rejected rejects blocked blocks opposed opposes defeated defeats denounced denounces condemned condemns dismissed dismisses overturned overturns repealed repeals struck strikes killed kills tabled tables'.split(' ')
)

/**
 * Where a belief's or a perception's bare noun phrase ends: at a comma
 * before a past speech verb with no subject of its own, the main clause's
 * (“Two employees, who spoke … because they feared retaliation, said they
 * …”).
 *
 * @param tokens
 *   Tokens of the unit.
 * @param from
 *   First token of the content.
 * @param to
 *   End of the unit.
 * @returns
 *   Index of that comma, or `to`.
 */
function mainVerbAfter(tokens: Token[], from: number, to: number): number {
  // (A bare noun phrase only, a few words: a clause or an infinitive may
  // hold a comma and a verb of its own.)
  if (tokens[from]!.lower === 'to') return to
  for (let index = from + 1; index < to - 1 && index <= from + 3; index++) {
    const token = tokens[index]!
    if (token.type === 'quote') return to
    if (token.type !== 'punct' || token.text !== ',') continue
    const next = tokens[index + 1]!
    if (next.type === 'word' && !next.upper && cues.get(next.lower)?.some((item) => item.cueClass === 'speech' && item.form === 'past')) return index
  }

  return to
}

function isTerminator(token: Token): boolean {
  return token.type === 'quote' || (token.type === 'punct' && (token.text === ',' || token.text === ':' || token.text === ';')) || token.lower === 'that'
}

function onlyTrailing(tokens: Token[], from: number): boolean {
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.type !== 'punct' || !(terminal.has(token.text) || token.text === ')' || token.text === ',')) return false
  }

  return true
}

function onlyAdjuncts(tokens: Token[], from: number, to: number): boolean {
  return to - from <= 8 && tokens.slice(from, to).every((token) => token.type !== 'quote')
}

// (`subjectBefore` asks each word of these sets in turn: one lookup for each union.)
/** Subject pronouns and {@link pronounDeterminers}. */
const pronounSubjects = new Set([...subjectPronouns, ...pronounDeterminers])
/** {@link timeWords} and {@link months}. */
const timesAndMonths = new Set([...timeWords, ...months])

/**
 * The subject noun phrase before a verb group starting at `start`, with an
 * appositive skipped (“Sarah Yager, the Washington director of …, said”).
 */
function subjectBefore(tokens: Token[], start: number): Range | undefined {
  const index = start - 1
  if (index < 0) return undefined
  const token = tokens[index]!
  // “aspirin no longer recommended”: an adverb, not a noun phrase “no
  // longer”; and what it modifies is a headline’s passive, no speaker.
  if ((token.lower === 'longer' || token.lower === 'more') && index > 0 && (tokens[index - 1]!.lower === 'no' || tokens[index - 1]!.lower === 'any')) {
    return undefined
  }

  if (token.type === 'word') {
    // “Trump and Cruz have both argued”, “they all vowed”: the quantifier
    // floats after the subject (and its auxiliaries), which is the source.
    if ((token.lower === 'both' || token.lower === 'all' || token.lower === 'each') && index > 0) {
      let back = index
      while (back > 0 && back > index - 3 && tokens[back - 1]!.type === 'word' && auxiliaries.has(tokens[back - 1]!.lower)) back--
      const previous = tokens[back - 1]
      if (previous && !(previous.type === 'word' && (clauseJoiners.has(previous.lower) || determiners.has(previous.lower) || previous.lower === 'and' || previous.lower === 'or'))) {
        const subject = subjectBefore(tokens, back)
        if (subject && subject[1] === back) return subject
      }
    }

    if (pronounSubjects.has(token.lower) && !token.possessive) {
      return [index, index + 1]
    }

    // “Most of them said”, “many of us believe”: a share of the ones named
    // before.
    if ((token.lower === 'them' || token.lower === 'us') && index >= 2 && tokens[index - 1]!.lower === 'of') {
      const share = tokens[index - 2]!
      if (share.type === 'word' && (pronounDeterminers.has(share.lower) || numberWords.has(share.lower) || startsWithDigit(share.lower))) return [index - 2, index + 1]
    }

    // “Officials there said”, “campaign workers here say”: the place adverb
    // follows its noun; the noun phrase before it is the subject. Not when
    // that phrase is a preposition’s object or ends a relative clause (“men
    // who voted at a straw poll there discussed”, “people who live there
    // said”: the subject is further back), nor before an infinitive (“the
    // only contender here to have pledged”).
    if ((token.lower === 'here' || token.lower === 'there') && index > 0 && tokens[index + 1]?.lower !== 'to') {
      const previous = tokens[index - 1]!
      if (previous.type === 'word' && !prepositions.has(previous.lower) && !auxiliaries.has(previous.lower)) {
        const subject = subjectBefore(tokens, index)
        const before = subject ? tokens[subject[0] - 1] : undefined
        if (subject && subject[1] === index && !(before && before.type === 'word' && prepositions.has(before.lower))) return subject
      }
    }

    // “Everyone I interviewed said”, “the voters we surveyed say”: a
    // relative clause without its pronoun ends the subject.
    const pronoun = tokens[index - 1]
    if (index >= 2 && token.lower.endsWith('ed') && pronoun && pronoun.type === 'word' && relativeSubjects.has(pronoun.lower)) {
      const head = npBefore(tokens, index - 1)
      if (head && head[1] === index - 1 && hasLetters(tokens, head)) return [head[0], index + 1]
    }

    // (Its verb may strand a preposition: “experts we spoke with said”,
    // “voters I talked to said”.)
    const verb = tokens[index - 1]
    const relative = tokens[index - 2]
    if (
      (token.lower === 'with' || token.lower === 'to') &&
      index >= 3 &&
      verb?.type === 'word' &&
      !verb.upper &&
      (verb.lower.endsWith('ed') || verb.lower === 'spoke') &&
      relative?.type === 'word' &&
      relativeSubjects.has(relative.lower)
    ) {
      const head = npBefore(tokens, index - 2)
      if (head && head[1] === index - 2 && hasLetters(tokens, head)) return [head[0], index + 1]
    }

    // “Acme Robotics, a leader in warehouse robots, today announced”: a
    // time word after an appositive.
    if (timeWords.has(token.lower) && index > 1 && tokens[index - 1]!.text === ',') {
      const subject = subjectBefore(tokens, index)
      if (subject) return subject
    }

    // “Two in three said”, “nearly three in five said”: a share of those
    // polled spelled out (as “Four in 10 said” below).
    if (numberWords.has(token.lower) && index >= 2 && tokens[index - 1]!.lower === 'in') {
      const count = tokens[index - 2]!
      if (count.type === 'word' && (startsWithDigit(count.lower) || numberWords.has(count.lower))) {
        return [shareStart(tokens, index - 2), index + 1]
      }
    }

    // “42% say”, “about 47% said”: a share of those polled (as “47 percent
    // said”), though it has no letters.
    // (Only opening its clause: not “turnout rose 5% said …”.)
    if (token.lower.endsWith('%') && startsWithDigit(token.lower)) {
      const previous = tokens[index - 1]
      const first = shareStart(tokens, index)
      if (first < index) return [first, index + 1]
      if (!previous || previous.type !== 'word' || previous.lower === 'and' || previous.lower === 'but' || previous.lower === 'while') return [index, index + 1]
    }

    // “who in 2010 said”, “Trump on Friday said”: skip a short adjunct.
    if (startsWithDigit(token.lower) || timesAndMonths.has(token.lower)) {
      for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
        const item = tokens[back]!
        if (item.type === 'word' && (item.lower === 'in' || item.lower === 'on' || item.lower === 'at' || item.lower === 'during' || item.lower === 'last' || item.lower === 'this')) {
          // `Four in 10 said`: a share of those polled, not a date.
          const count = tokens[back - 1]
          if (item.lower === 'in' && back === index - 1 && count && count.type === 'word' && (startsWithDigit(count.lower) || numberWords.has(count.lower))) return [shareStart(tokens, back - 1), index + 1]
          const subject = subjectBefore(tokens, back)
          if (subject) return subject
          break
        }
      }
    }

    const np = npBefore(tokens, index + 1)
    if (np && !hasLetters(tokens, np)) return undefined
    // “Four in 10 voters said”, “Nearly 1 in 10 voters said”, “One in five
    // Americans said”: a share of the noun, not the noun after “in”.
    if (np && np[0] > 1 && tokens[np[0] - 1]!.lower === 'in' && (startsWithDigit(tokens[np[0]]!.lower) || numberWords.has(tokens[np[0]]!.lower))) {
      const count = tokens[np[0] - 2]!
      if (count.type === 'word' && (startsWithDigit(count.lower) || numberWords.has(count.lower))) {
        return [shareStart(tokens, np[0] - 2), index + 1]
      }
    }

    // “Economists who study stadium deals say”, “Residents who live nearby
    // say”: after “who”, the phrase is the relative clause’s verb and what
    // follows it; the subject is the noun before “who”, with its clause.
    // (Or its object: “Voters who backed Trump say”.)
    // (With no phrase before the cue, only an object pronoun may end the
    // clause: “People who know him say”; not “who shied from talk of …”,
    // whose cue is a noun.)
    const after = np ? np[0] : reflexiveOrPersonal.has(token.lower) ? index : -1
    let thatRelative = true
    for (let back = after - 1; after > 1 && back >= Math.max(1, after - 6); back--) {
      const item = tokens[back]!
      if (item.type !== 'word') break
      // (Not past a verb of saying or thinking, whose clause the phrase
      // opens: “experts who say Russian services have been known to …”.)
      if (np && cues.get(item.lower)?.some((entry) => entry.complements.clause)) break
      // (Or “that” and an auxiliary: “progressive organizations that have
      // endorsed him say”; not past a clause of its own, “chatter that may
      // simmer down now that Cruz has endorsed”, “common when criminals
      // know”.)
      const relativeThat = thatRelative && item.lower === 'that' && auxiliaries.has(tokens[back + 1]?.lower ?? '')
      if (!relativeThat && (item.lower === 'that' || tailSubordinators.has(item.lower))) thatRelative = false
      if (item.lower !== 'who' && !relativeThat) continue
      const head = npBefore(tokens, back)
      // (Not a place set off after a town: “residents in Jupiter, Florida who …”.)
      if (head && head[1] === back && hasLetters(tokens, head) && tokens[head[0] - 1]?.text !== ',') return [head[0], index + 1]
      break
    }

    // “a finding researchers say underscores …”: a relative clause without
    // its pronoun; the plural after a singular “a …” is its subject.
    if (np && np[1] - np[0] === 3 && (tokens[np[0]]!.lower === 'a' || tokens[np[0]]!.lower === 'an')) {
      const modifier = tokens[np[0] + 1]!
      const head = tokens[np[0] + 2]!
      if (!head.upper && !modifier.upper && head.lower.endsWith('s') && !head.lower.endsWith('ss') && !collectiveQuantities.has(modifier.lower)) return [np[0] + 2, np[1]]
    }
    // “in 2017 America says”: the year is an adjunct, the name the subject.
    if (np && np[1] - np[0] > 1 && startsWithDigit(tokens[np[0]]!.lower)) {
      for (let item = np[0] + 1; item < np[1]; item++) {
        if (tokens[item]!.upper) return [item, np[1]]
        if (!startsWithDigit(tokens[item]!.lower)) break
      }
    }

    // `who has in the past described`, `Trump on Friday said`: a short
    // adjunct between subject and verb.
    const preposition = np ? tokens[np[0] - 1] : undefined
    // But “after Republicans vowed”, “since the senator said”: after a word
    // that also joins clauses, the phrase is the subject of its own clause.
    // (“a study by the Council of the Great City Schools found”: after “by”,
    // a longer phrase is still the author.)
    // (Nor after a participle: “A study published Monday in the journal
    // Nature Medicine found”: the study is the source, not the journal.)
    const participle = np && preposition ? participleBefore(tokens, np[0] - 1) : -1
    const limit = preposition?.lower === 'by' || participle !== -1 ? 8 : 3
    if (np && preposition && preposition.type === 'word' && np[1] - np[0] <= limit && adjunctPrepositions.has(preposition.lower) && !clauseJoiners.has(preposition.lower)) {
      let back = participle === -1 ? np[0] - 1 : participle
      while (back > 0 && tokens[back - 1]!.type === 'word' && (auxiliaries.has(tokens[back - 1]!.lower) || tokens[back - 1]!.lower.endsWith('ly'))) back--
      const subject = back > 0 ? subjectBefore(tokens, back) : undefined
      // (Not a verb after its own subject: “I hope in Iowa voters say”.)
      if (subject && !(subject[1] - subject[0] === 1 && subject[0] > 0 && relativeSubjects.has(tokens[subject[0] - 1]!.lower))) return subject
    }

    return np
  }

  if (token.type === 'punct' && token.text === ')') return npBefore(tokens, index + 1)
  // `Gov. John Kasich (R-OH), said`: a stray comma after a party tag.
  if (token.type === 'punct' && token.text === ',' && tokens[index - 1]?.text === ')') {
    const named = npBefore(tokens, index)
    if (named && tokens[named[0]]!.upper) return named
  }
  // “The Supreme Court justice -- who has been … -- said”, “Trump - who
  // previously said … - said”: a relative clause set off by dashes, after
  // the subject.
  if (token.type === 'punct' && dashes.has(token.text)) {
    for (let open = index - 2; open > 0 && open >= index - 40; open--) {
      const item = tokens[open]!
      if (item.type === 'punct' && (terminal.has(item.text) || item.text === ';' || item.text === ':')) break
      if (item.type !== 'punct' || item.text !== token.text) continue
      const relative = tokens[open + 1]!.lower
      if (relative !== 'who' && relative !== 'which') break
      // (Not before a passive, whose subject is no speaker: “Lazio — who
      // was regarded as a lightweight — was quickly dismissed by the media”.)
      if (copulas.has(tokens[index + 1]?.lower ?? '')) return undefined
      const np = npBefore(tokens, open)
      return np && np[1] === open && hasLetters(tokens, np) ? np : undefined
    }
  }

  // The appositive may end in a quote that holds its comma (“…, the author
  // of “Going Viral,” said”).
  if (commaBefore(token)) {
    // NP , appositive , cue
    // (Where the appositive ends: before a state or country after its
    // city, “of Springfield, Va., said”, the comma before it.)
    let appositiveEnd = index
    for (let comma = index - 1; comma >= Math.max(0, index - 25); comma--) {
      const item = tokens[comma]!
      // A title may sit in the appositive (“the co-author of “Going Viral,””).
      if (item.type === 'quote' && !isTitle(tokens, comma, quoteWords(item))) return undefined
      if (item.type === 'quote') continue
      if (item.type === 'punct' && item.text === ',') {
        if (comma + 1 >= appositiveEnd) return undefined
        const first = tokens[comma + 1]!
        if (first.type !== 'word') return undefined
        // “Brian Murphy, the chairman of …, for example, said”, “Biden, who
        // was to travel to Columbus, Ohio, on Wednesday …, said”: a phrase
        // opening with a preposition is an adjunct, no appositive; the
        // subject that opens the unit is before it, with its own appositive.
        if (appositiveEnd === index && !first.upper && adjunctPrepositions.has(first.lower) && comma > 0) {
          const opening = subjectBefore(tokens, comma + 1)
          if (opening && opening[0] === 0) return opening
        }

        if (appositiveEnd === index && isPlace(tokens, comma + 1, index)) {
          appositiveEnd = comma
          continue
        }

        // (Before the comma, an abbreviation’s period: “R-S.C.,”.)
        const abbreviated = tokens[comma - 1]?.text === '.' && comma > 1 && tokens[comma - 2]!.type === 'word' && tokens[comma - 2]!.end === tokens[comma - 1]!.start
        const np = npBefore(tokens, abbreviated && partyTag.test(tokens[comma - 2]!.text) ? comma - 1 : comma)
        // “Prices are too high, a resident of Springfield, Illinois, said”:
        // no name before the comma, so the phrase before the place is the
        // subject, not an appositive.
        // (An age is an appositive of the name before it: “Cecelia Purner,
        // 67, a retired clerk in Allentown, Pa., said”.)
        if (appositiveEnd < index && np && hasLetters(tokens, np) && !tokens[np[0]]!.upper) {
          const placed = subjectBefore(tokens, appositiveEnd)
          if (placed && placed[0] === comma + 1) return placed
        }

        if (!np) return undefined
        // “Mary Smith, 34, a nurse, said”: the age is an appositive too; so
        // is a party and state (“Sen. Tim Scott, R-S.C., the committee’s top
        // Republican, asked”).
        if ((!hasLetters(tokens, np) || partyTag.test(tokens[np[0]]!.text)) && np[0] > 1 && tokens[np[0] - 1]!.text === ',') {
          const named = npBefore(tokens, np[0] - 1)
          return named && hasLetters(tokens, named) ? named : undefined
        }

        // A date before the comma is no one: its commas are the date’s
        // (“A USA TODAY analysis of … since Jan. 1, 2015, shows”), and the
        // subject is the phrase the sentence opens with.
        if (months.has(tokens[np[0]]!.lower) && np[1] - np[0] === 2 && startsWithDigit(tokens[np[0] + 1]!.lower)) {
          const opening = tokens[0]!
          return opening.type === 'word' && articles.has(opening.lower) && !tokens.slice(1, index).some((item) => item.type === 'quote' || (item.type === 'punct' && item.text !== ',' && item.text !== '.' && item.text !== '$'))
            ? [0, index]
            : undefined
        }
        // “Dr. Maria Carrillo, chief science officer of …, who was not
        // involved …, called”: a description before a relative clause may be
        // the appositive of a name before it, the subject.
        if (relativeAppositive(tokens, comma, index)) {
          // (“a truck driver from Ava, Mo., who …, said”: a state set off
          // after its town is no one; the phrase before the town speaks, or
          // the name before that phrase.)
          if (np[0] > 1 && np[1] === comma && tokens[np[0] - 1]!.text === ',' && isPlace(tokens, np[0], comma)) return subjectBefore(tokens, np[0]) ?? subjectBefore(tokens, np[0] - 1)
          const named = namedBefore(tokens, np)
          if (named) return named
        }

        // The appositive describes a name or a description, not a clause.
        return np
      }

      // A period attached to a word inside a unit ends an abbreviation (“R-Wis.”).
      if (item.type === 'punct' && item.text === '.' && comma > 0 && tokens[comma - 1]!.end === item.start && tokens[comma - 1]!.type === 'word') continue
      if (item.type === 'punct' && (terminal.has(item.text) || item.text === ';' || item.text === ':')) return undefined
      if (item.type === 'word' && finiteHints.has(item.lower) && !relativeAppositive(tokens, comma0(tokens, index), index)) return relativeWithCommas(tokens, index)
    }

    // “A resident of Springfield, Illinois, said”: the sentence opens with
    // the subject, its place set off by commas.
    if (appositiveEnd < index) {
      const placed = subjectBefore(tokens, appositiveEnd)
      if (placed && placed[0] === 0) return placed
    }
  }

  // NP — appositive — cue (“Jason Sims — a teacher from Mount Pleasant — says”).
  if (token.type === 'punct' && dashes.has(token.text) && token.text !== '-') {
    for (let dash = index - 1; dash >= Math.max(0, index - 16); dash--) {
      const item = tokens[dash]!
      // (A short quotation inside is a name or a term: “Tom Reyes — dubbed
      // “the new Olivier” by one tabloid — told …”.)
      if ((item.type === 'quote' && item.end - item.start > 40) || (item.type === 'punct' && item.text !== token.text && item.text !== ',')) return undefined
      if (item.type === 'word' && finiteHints.has(item.lower)) return undefined
      if (item.type === 'punct' && item.text === token.text) {
        if (dash + 1 >= index || tokens[dash + 1]!.type !== 'word') return undefined
        return npBefore(tokens, dash)
      }
    }
  }

  return undefined
}

/** People a “with” phrase may describe inside a source’s phrase (“a person with knowledge of the talks”). */
const withHeads = new Set(['person', 'people', 'official', 'officials', 'source', 'sources', 'someone', 'aide', 'aides', 'spokesman', 'spokeswoman', 'spokesperson', 'employee', 'employees', 'member', 'members', 'lawyer', 'lawyers', 'analyst', 'analysts', 'economist', 'economists', 'individual', 'individuals'])

/** Roles held *to* someone (“an aide to Hillary Clinton”, “a former chief of staff to Sen. Kline”): the phrase, not the name, speaks. */
const toHeads = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'staff', 'assistant', 'assistants', 'counselor', 'counselors', 'counsellor', 'consultant', 'consultants', 'envoy', 'envoys', 'ambassador', 'deputy', 'deputies', 'liaison', 'confidant', 'confidants', 'heir', 'successor', 'predecessor'])

/**
 * Whether “per” at `k` names a source (“…, per a company filing.”, “Per
 * Reuters, …”): at the unit’s start or after a comma or dash, before an
 * article, a possessive or a name — not a rate (“$5 per share”, “per
 * capita”, “per year”).
 */
function perSource(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]
  if (before && !(before.type === 'punct' && (before.text === ',' || dashes.has(before.text)))) return false
  // (“Guccifer said, per a translator, that …”: how it was said, not who said it.)
  const verb = tokens[k - 2]
  if (verb && verb.type === 'word' && cues.has(verb.lower)) return false
  const next = tokens[k + 1]
  if (!next || next.type !== 'word') return false
  return next.upper ? !/^\d/.test(next.text) : perDeterminers.has(next.lower) || perNouns.has(next.lower)
}

/** Words that open a source after “per”. */
const perDeterminers = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'two', 'three', 'several', 'multiple'])

/** Bare plural sources after “per” (“per people familiar with the matter”, “per sources”); “per year” is no source. */
const perNouns = new Set(['people', 'sources', 'officials', 'documents', 'records', 'data', 'figures', 'estimates', 'analysts', 'reports', 'filings'])

/** A party and state (“R-S.C.”, “D-Mass.”, “I-Vt.”). */
const partyTag = /^[RDI]-[A-Z]/

/** The comma opening the appositive that ends at `close` (or -1). */
function comma0(tokens: Token[], close: number): number {
  for (let index = close - 1; index >= Math.max(0, close - 25); index--) {
    if (tokens[index]!.type === 'punct' && tokens[index]!.text === ',') return index
  }

  return -1
}

/**
 * The subject before a relative clause that has commas of its own and ends
 * at the comma `close` (“Dr. Tracey Woodruff, who directs a program at the
 * University of California, San Francisco, and was not involved in the
 * research, called …”): the phrase before its “, who”, if any.
 */
function relativeWithCommas(tokens: Token[], close: number): Range | undefined {
  // Whether a “who” inside an appositive was passed (“Rich Heffley, a top
  // operative who played …, said”): then the comma that opens it follows
  // the name.
  let inner = false
  for (let index = close - 1; index > 1 && close - index <= 45; index--) {
    const item = tokens[index]!
    if (item.type === 'quote' || (item.type === 'punct' && (terminal.has(item.text) || item.text === ';' || item.text === ':'))) return undefined
    if (inner && item.type === 'punct' && item.text === ',' && tokens[index + 1]!.type === 'word' && articles.has(tokens[index + 1]!.lower)) {
      const np = npBefore(tokens, index)
      return np && np[0] === 0 && hasLetters(tokens, np) && tokens.slice(np[0], np[1]).every((token) => token.upper) ? np : undefined
    }

    if (item.type !== 'word' || !(item.lower === 'who' || item.lower === 'whose')) continue
    if (tokens[index - 1]!.text !== ',') {
      inner = true
      continue
    }

    const np = npBefore(tokens, index - 1)
    return np && hasLetters(tokens, np) && tokens[np[0]]!.upper ? np : undefined
  }

  return undefined
}

/** `Murphy, who was elected …, argued`: a relative clause as appositive. */
function relativeAppositive(tokens: Token[], open: number, close: number): boolean {
  if (open === -1) return false
  // `Castellanos, a consultant who had tried …, said`: the relative may
  // follow the appositive's head.
  for (let index = open + 1; index < close && index - open <= 8; index++) {
    const lower = tokens[index]!.lower
    if (lower === 'who' || lower === 'whose' || lower === 'which') return true
    if (finiteHints.has(lower)) return false
  }

  return false
}

/**
 * The participle of a document or evidence noun before the preposition at
 * `preposition`, past a short time adjunct (“A report released [in
 * September] by …”, “A study published Monday in …”), or -1.
 */
function participleBefore(tokens: Token[], preposition: number): number {
  let index = preposition - 1
  while (index > 0 && preposition - index <= 4 && tokens[index]!.type === 'word') {
    const lower = tokens[index]!.lower
    if (!(timeWords.has(lower) || months.has(lower) || startsWithDigit(lower) || lower === 'in' || lower === 'on')) break
    index--
  }

  const participle = tokens[index]
  const head = tokens[index - 1]
  if (!participle || participle.type !== 'word' || !head || head.type !== 'word') return -1
  if (!isPastTense(participle.lower)) return -1
  return evidenceSubjects.has(head.lower) || documentNouns.has(head.lower) ? index : -1
}

/** Prepositions after which a cue word is a noun modifier (“the ban on hate speech”). */
const modifierPrepositions = new Set(['about', 'against', 'of', 'on', 'over'])

/**
 * Whether the word at `index` may be a cue verb where it stands: “fire”,
 * “shoot” and “hit” are cues only with “back” (“fire officials said” has a
 * noun, “fired back” a cue). (Other cues with particles, “point”, “talk”,
 * end a phrase as they did: “a point Feinstein also acknowledged”.)
 */
function cueHere(tokens: Token[], index: number): boolean {
  const entries = cues.get(tokens[index]!.lower)
  if (!entries) return false
  return tokens[index + 1]?.lower === 'back' || entries.some((entry) => entry.particle !== 'back')
}

/** Pronouns no noun phrase runs back past: subject pronouns, object pronouns but “her” (a possessive too). */
const pronounsBeforePhrase = new Set([...subjectPronouns, ...[...objectPronouns].filter((word) => word !== 'her')])
/** Stop words, auxiliaries and copulas: one lookup where `npBefore` asked each. */
const phraseBreaks = new Set([...stopWords, ...auxiliaries, ...copulas])

/**
 * The noun phrase ending just before token `end`; with `relative` (the
 * default), the phrase a relative clause ending there hangs on too (“Two
 * women who led the strike”).
 */
function npBefore(tokens: Token[], end: number, relative = true): Range | undefined {
  let index = end - 1
  let start = end
  let words = 0
  while (index >= 0 && end - index <= 14) {
    const token = tokens[index]!
    if (token.type === 'quote') break
    if (token.type === 'punct') {
      if (token.text === ')' && index === end - 1) {
        let open = index - 1
        while (open >= 0 && index - open < 10 && tokens[open]!.text !== '(') open--
        if (open < 0 || tokens[open]!.text !== '(') break
        index = open - 1
        start = open
        continue
      }

      if (token.text === '&' && start < end) {
        index--
        continue
      }

      break
    }

    const lower = token.lower
    // “Those close to him”, “people familiar with it”.
    if (start === end && objectPronouns.has(lower) && index > 0 && (tokens[index - 1]!.lower === 'to' || tokens[index - 1]!.lower === 'with')) {
      start = index
      index--
      continue
    }

    if (pronounsBeforePhrase.has(lower)) break
    if (token.upper) {
      // (A time word after a capitalized word is part of a name: “USA Today”.)
      if (capitalStops.has(token.text) && !(start < end && determiners.has(lower)) && !namedTimeWord(tokens, index)) break
      start = index
      words++
      index--
      continue
    }

    if (determiners.has(lower)) {
      if (start === end) break
      start = index
      // “a senior official”, “the former senator”, “one top aide”: an
      // adjective that is also a determiner takes the article before it.
      const article = tokens[index - 1]
      if ((lower === 'senior' || lower === 'former' || lower === 'top') && article && article.type === 'word' && determiners.has(article.lower)) {
        index--
        continue
      }

      // “Mr. Morgan of the Sierra Club”, “a spokesman for the campaign”,
      // “a person with knowledge of the talks”.
      const preposition = tokens[index - 1]
      const head = tokens[index - 2]
      if (
        preposition &&
        head &&
        preposition.type === 'word' &&
        (nounPrepositions.has(preposition.lower) || (preposition.lower === 'with' && withHeads.has(head.lower))) &&
        head.type === 'word' &&
        !stopWords.has(head.lower) &&
        !cues.has(head.lower)
      ) {
        index -= 2
        start = index + 1
        continue
      }

      break
    }

    if ((lower === 'to' || lower === 'with') && start < end && /^(?:close|familiar|loyal|allied|briefed|involved)$/.test(tokens[index - 1]?.lower ?? '')) {
      index--
      continue
    }

    // “a person with knowledge of …”, “officials with the agency”.
    if (lower === 'with' && start < end && withHeads.has(tokens[index - 1]?.lower ?? '')) {
      index--
      continue
    }

    if (lower === 'to' && start < end && toHeads.has(tokens[index - 1]?.lower ?? '')) {
      index--
      continue
    }

    if (nounPrepositions.has(lower) || lower === 'and' || lower === 'to' || lower === 'on') {
      // Inside a name or description: “Campaign to Ban Landmines”, “a spokesman for X”.
      const left = tokens[index - 1]
      if (start === end || !left || left.type !== 'word') break
      // (And “controls on hate speech”: a plural noun before “on”, no verb.)
      const nounOn = lower === 'on' && !left.upper && !tokens[start]!.upper && left.lower.endsWith('s') && !left.lower.endsWith('ss') && !cues.has(left.lower)
      if ((lower === 'to' || lower === 'on') && !(left.upper && tokens[start]!.upper) && !nounOn) break
      if (lower === 'and' && !(left.upper || tokens[start]!.upper || left.lower.endsWith('s'))) break
      // (“the subpoena was withdrawn and Clinton agreed”: a verb before “and” ends a clause.)
      if (lower === 'and' && !left.upper && (/(?:ed|en|wn)$/.test(left.lower) || irregularPasts.has(left.lower))) break
      index--
      continue
    }

    if (lower.endsWith('ly') && lower.length > 4 && start < end && tokens[index - 1] && determiners.has(tokens[index - 1]!.lower)) {
      // “The previously unreported memo”.
      start = index
      index--
      continue
    }

    // Right before the verb, a cue word is a noun (“The campaign says”); so
    // is a title word before a head (“campaign manager Robby Mook”).
    // So is one right after a preposition (“Opponents of hate crime laws”,
    // “the ban on hate speech”): no verb stands there.
    const headNoun =
      (start === end && !lower.endsWith('ed')) ||
      (start < end && titleWords.has(lower) && !tokens[start]!.upper) ||
      (start < end && !lower.endsWith('ed') && !tokens[index + 1]!.upper && modifierPrepositions.has(tokens[index - 1]?.lower ?? ''))
    if (phraseBreaks.has(lower) || (cueHere(tokens, index) && !nounCues.has(lower) && !headNoun) || negated(lower)) break
    // “…, beating Wall Street estimates”, “, citing Pentagon officials”: a
    // participle opening a phrase before a name takes it as its object; it
    // is not part of it (“the leading Republican candidates” keeps it).
    if (start < end && tokens[start]!.upper && lower.length > 5 && lower.endsWith('ing') && !lower.endsWith('thing') && !ingNouns.has(lower) && (index === 0 || tokens[index - 1]!.type === 'punct')) break
    if (startsWithDigit(lower) || hasLetterOrDigit(lower)) {
      start = index
      words++
      index--
      continue
    }

    break
  }

  // Never start on a preposition or conjunction.
  while (start < end && tokens[start]!.type === 'word' && (nounPrepositions.has(tokens[start]!.lower) || tokens[start]!.lower === 'and' || tokens[start]!.lower === 'to' || tokens[start]!.lower === 'on')) start++
  if (start >= end || words === 0) return undefined
  const last = tokens[end - 1]!
  if (last.type === 'word' && (determiners.has(last.lower) || nounPrepositions.has(last.lower))) return undefined
  // “Two women who led the strike at St. Mary’s Hospital say”: the object of
  // a relative clause is no subject; the phrase its “who” hangs on is.
  const verb = tokens[start - 1]
  const who = tokens[start - 2]
  // (Not after a cue: “experts who say Russian services have been known …”.)
  // (One clause deep: a chain of them stays linear.)
  if (relative && verb && who && who.lower === 'who' && verb.type === 'word' && !verb.upper && !prepositions.has(verb.lower) && !auxiliaries.has(verb.lower) && !cues.has(verb.lower)) {
    const head = npBefore(tokens, start - 2, false)
    if (head && tokens[head[1] - 1]!.lower !== 'who') return [head[0], end]
  }

  return [start, end]
}

/** Words of a clock time or a part of a day after “shortly after”, “late”, … (“10 p.m.”, “Tuesday night”). */
const clockWords = new Set([...meridiems, ...clockNouns, ...timeZones, 'local', 'time', 'o’clock', "o'clock"])

/**
 * Whether the tokens from `from` to the unit’s end are only a time: maybe
 * an adverb (“shortly”, “late”), maybe a preposition, then clock and day
 * words and numbers (“shortly after 10 p.m.”, “late Tuesday”).
 */
function onlyTime(tokens: Token[], from: number): boolean {
  let index = from
  let time = false
  while (index < tokens.length && index - from < 8) {
    const token = tokens[index]!
    if (token.type === 'punct') break
    const lower = token.lower
    const timeWord = startsWithDigit(lower) || onlyTimeWords.has(lower)
    // (“hours later”, “two days later”, “a week later”, “quickly”: when or
    // how, not what — “responded hours later” had “hours later” for content.)
    // (A count only of a unit: “endorsed one in July” has content.)
    const filler = timeUnits.has(lower) || (countsOfTime.has(lower) && (timeUnits.has(tokens[index + 1]?.lower ?? '') || (countWords.has(tokens[index + 1]?.lower ?? '') && timeUnits.has(tokens[index + 2]?.lower ?? '')))) || mannerAdverb(lower)
    if (!timeWord && !filler && !(index - from < 2 && timeLeadWords.has(lower))) return false
    if (timeWord || (index - from < 2 && mannerAdverb(lower))) time = true
    index++
  }

  return time && (index >= tokens.length || (tokens[index]!.type === 'punct' && terminal.has(tokens[index]!.text)))
}

/** Words that end a time counted from another (“two days *later*”). */
const afterTimes = new Set(['later', 'earlier', 'afterward', 'afterwards', 'ago'])

/** Units a time is counted in (“two *days* later”). */
const timeUnits = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'])

/** Words that count a length of time (“*several* weeks”, “*a* year”). */
const durationCounts = new Set(['a', 'an', 'few', 'several', 'many'])

/** Whether a length of time starts at `index` (“months”, “several weeks”, “two years”). */
function duration(tokens: Token[], index: number): boolean {
  const first = tokens[index]
  if (!first || first.type !== 'word') return false
  if (timeUnits.has(first.lower) || first.lower === 'decades') return true
  const unit = tokens[index + 1]?.lower ?? ''
  // (Not “for the second debate”: an ordinal, no count.)
  return (numberWords.has(first.lower) || durationCounts.has(first.lower) || startsWithDigit(first.lower)) && (timeUnits.has(unit) || unit === 'decades')
}

// (`onlyTime` asks each word of these sets in turn: one lookup for each union.)
/** Clock, day and month words, and {@link afterTimes}. */
const onlyTimeWords = new Set([...clockWords, ...dayWords, ...dayParts, ...months, ...afterTimes])

/** Words that count a time unit (“*a* week later”, “*several* hours later”). */
const countWords = new Set(['a', 'an', 'few', 'several', 'the', 'next', 'ten'])
/** {@link numberWords} and {@link countWords}. */
const countsOfTime = new Set([...numberWords, ...countWords])

/** Adverbs that lead a time (“*shortly* after”, “*late* Tuesday”). */
const timeLeads = new Set(['shortly', 'soon', 'just', 'late', 'early', 'moments', 'minutes', 'hours', 'right', 'immediately'])
/** {@link timeLeads}, {@link bareAdjunctPrepositions}, “until” and “around”: what may lead a time. */
const timeLeadWords = new Set([...timeLeads, ...bareAdjunctPrepositions, 'until', 'around'])

/** Verbs whose content may open with “like” (“felt like he had no voice”). */
const likeVerbs = new Set(['feel', 'look', 'sound', 'seem', 'appear'])

/** Nouns in “-ing” that may open a phrase before a name (“a ruling Justice Kennedy wrote”). */
const ingNouns = new Set(['morning', 'evening', 'meeting', 'building', 'wedding', 'ceiling', 'feeling', 'funding', 'hearing', 'ruling', 'briefing', 'spending', 'earnings', 'offering', 'filing', 'polling', 'warning', 'finding', 'ending', 'opening', 'setting', 'training', 'housing', 'shooting', 'bombing'])

/** Adjectives that make the cue word after them a noun (“similar *promises*”). */
const nounAdjectives = new Set(['similar', 'such', 'same', 'other', 'several', 'numerous', 'multiple', 'repeated', 'previous', 'earlier', 'empty', 'false', 'new', 'many', 'few'])

/** Words that open a time after “by” (“by *December*”, “by *the end* of the year”), not an agent. */
const deadlineWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'tonight', 'then', 'now', 'next', 'midnight', 'noon', 'spring', 'summer', 'fall', 'autumn', 'winter', 'end', 'time', 'deadline', 'weekend', 'dinner', 'lunch', 'breakfast', 'dawn', 'nightfall', 'sundown', 'sunset', 'sunrise'])

/** Nouns that follow “by” as a means, not an agent (“written by hand”, “sent by mail”). */
const byMeans = new Set(['hand', 'mail', 'email', 'e-mail', 'phone', 'telephone', 'fax', 'text', 'courier', 'post', 'accident', 'mistake', 'chance', 'design', 'law', 'default', 'force', 'proxy'])

/** Whether the phrase at `index` after “by” is a time (a month, a day, a year, “the end of …”). */
function deadline(tokens: Token[], index: number): boolean {
  let word = tokens[index]?.lower ?? ''
  if (word === 'the') word = tokens[index + 1]?.lower ?? ''
  // (A year, not a count: “by 2030”, not “by 60 senators”.)
  return months.has(word) || deadlineWords.has(word) || /^\d{4}$/.test(word)
}

/** Whether a word or two from `index` are followed by what was said (“to reporters that …”, “to reporters: “…””). */
function saidToAudience(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at <= index + 2; at++) {
    const token = tokens[at]
    if (!token) return false
    if (token.type === 'quote' || token.lower === 'that' || token.text === ':' || token.text === ',') return true
  }

  return false
}

/**
 * Whether a lowercase noun phrase at `from` is followed by “to” and another
 * lowercase one (“a new title *to* his resume”, “momentum *to* an
 * investigation”): a thing added to something, no words (“added to
 * reporters that …” says some; a name added to a name, “add ChatGPT to
 * Siri”, is left as it was).
 */
function thingAddedTo(tokens: Token[], from: number): boolean {
  const first = tokens[from]
  if (!first || first.type !== 'word' || first.upper) return false
  const np = npAfter(tokens, from)
  const to = np ? tokens[np[1]] : undefined
  const object = np ? tokens[np[1] + 1] : undefined
  return to?.lower === 'to' && object !== undefined && object.type === 'word' && !object.upper && !saidToAudience(tokens, np![1] + 1)
}

/** Document nouns after a name (“Home Office *figures*”, “Census Bureau *data*”). */
const namedDocuments = new Set(['figures', 'data', 'report', 'records', 'statistics', 'estimates', 'analysis', 'survey', 'poll', 'documents', 'filings', 'numbers', 'tally', 'projections', 'research', 'study'])

/** Whether a noun phrase ending in `token` ends in an amount (“a $1.3 *billion*”, “some *40*”): the noun it counts follows. */
function amountEnd(token: Token): boolean {
  return startsWithDigit(token.lower) || scales.has(token.lower)
}

/** Words before a count that make it approximate (“*About* 33,000 machinists”). */
const countApproximators = new Set(['about', 'nearly', 'almost', 'roughly', 'approximately', 'around', 'over', 'some', 'up'])

/** Comparatives before “than” in a share (“more than 4 in 10”, “fewer than half”). */
const thanComparatives = new Set(['more', 'fewer', 'less'])

/**
 * Where a share of those polled that counts from `first` starts, with the
 * approximator before it (“nearly 4 in 10”, “more than 4 in 10”, “at least
 * 42%”): so that “…, and more than 4 in 10 said” starts its own report.
 */
function shareStart(tokens: Token[], first: number): number {
  const previous = tokens[first - 1]
  if (!previous || previous.type !== 'word') return first
  if (countApproximators.has(previous.lower)) return first - 1
  const before = tokens[first - 2]?.lower
  if ((previous.lower === 'than' && thanComparatives.has(before ?? '')) || (previous.lower === 'least' && before === 'at')) return first - 2
  return first
}

/**
 * The noun phrase starting at token `start` (an inverted source, an
 * addressee). With `addressee`, an article or a possessive after a noun ends
 * it: “told reporters his team would win”.
 */
function npAfter(tokens: Token[], start: number, addressee = false, nominal = false): Range | undefined {
  const first = tokens[start]
  if (!first || first.type !== 'word') return undefined
  if (subjectPronouns.has(first.lower) && first.lower !== 'which' && first.lower !== 'who') return [start, start + 1]
  let index = start
  let words = 0
  let end = start
  if (determiners.has(first.lower) && !first.upper) index++
  else if (determiners.has(first.lower) && first.upper && first.lower !== 'former' && first.lower !== 'senior' && first.lower !== 'top') index++
  // “About 33,000 machinists”: an approximate count, not a name.
  else if (first.upper && countApproximators.has(first.lower) && startsWithDigit(tokens[start + 1]?.lower ?? '')) index++
  // A name goes on only with titles; an acronym may modify a noun (“told US
  // officials”, “CNN reporters”).
  const acronym = /^\p{Lu}[\p{Lu}.]{1,4}$/u.test(first.text) && tokens[start + 1]?.type === 'word' && !tokens[start + 1]!.upper
  let named = index === start && first.upper && !acronym
  let possessed = false
  while (index < tokens.length && index - start < 14) {
    const token = tokens[index]!
    // (After “according to”, a title inside the phrase: “the “Medicare for
    // all” document he released”.)
    if (token.type === 'quote' && nominal && index > start && tokens[index + 1]?.type === 'word') {
      index++
      continue
    }

    if (token.type === 'quote') break
    if (token.type === 'punct') {
      if (token.text === '(' && end === index) {
        let close = index + 1
        while (close < tokens.length && close - index < 10 && tokens[close]!.text !== ')') close++
        if (tokens[close]?.text !== ')') break
        index = close + 1
        end = index
        continue
      }

      // “Speaker of the House Rep. Paul Ryan”: the period of a short
      // abbreviation inside a name.
      const abbreviation = tokens[index - 1]
      const following = tokens[index + 1]
      if (token.text === '.' && words > 0 && abbreviation && abbreviation.upper && abbreviation.end === token.start && abbreviation.text.length <= 4 && following?.type === 'word' && following.upper) {
        index++
        continue
      }

      break
    }

    const lower = token.lower
    // “Clinton campaign chairman John Podesta”: a title between names, even
    // one that is also a cue word.
    if (named && words > 0 && !token.upper && titleBeforeName(tokens, index)) {
      words++
      index++
      end = index
      continue
    }

    // “said Teamsters Local 727 President John Coli”, “told BBC Radio 4’s
    // Today programme”: a number inside a name.
    if (named && words > 0 && startsWithDigit(lower) && tokens[index - 1]!.upper && (tokens[index - 1]!.lower === 'local' || token.possessive || tokens[index + 1]?.upper === true)) {
      words++
      index++
      end = index
      continue
    }

    if (token.upper && !(words > 0 && capitalStops.has(token.text) && !determiners.has(lower))) {
      if (words === 0 && capitalStops.has(token.text)) break
      words++
      index++
      end = index
      if (token.possessive) possessed = true
      continue
    }

    // “Borja del Pozo Cruz”, “Ursula von der Leyen”: particles inside a name.
    if (named && words > 0 && nameParticles.has(lower) && tokens[index - 1]!.upper) {
      let next = index + 1
      while (next < tokens.length && next - index < 3 && tokens[next]!.type === 'word' && nameParticles.has(tokens[next]!.lower) && !tokens[next]!.upper) next++
      if (tokens[next]?.type === 'word' && tokens[next]!.upper && !capitalStops.has(tokens[next]!.text)) {
        index = next
        continue
      }
    }

    // “Air Force 1st Lt. Tyler Livingston”: an ordinal inside a rank.
    if (words > 0 && /^\d{1,2}(?:st|nd|rd|th)$/.test(lower) && tokens[index + 1]?.upper) {
      words++
      index++
      end = index
      continue
    }

    // “two officials familiar with the talks”, “people close to the campaign”.
    if ((lower === 'with' || lower === 'to') && words > 0 && /^(?:familiar|close|involved|briefed|associated|allied|loyal)$/.test(tokens[index - 1]!.lower)) {
      index++
      continue
    }

    if (nounPrepositions.has(lower) || lower === 'and' || lower === 'to' || lower === 'on' || lower === '&') {
      const next = tokens[index + 1]
      if (words === 0 || !next || next.type !== 'word') break
      if ((lower === 'to' || lower === 'on' || lower === 'and') && !(next.upper && tokens[index - 1]!.upper)) break
      // “Senator Lee on Friday”: a date, not part of the name.
      if (lower === 'on' && (timeWords.has(next.lower) || months.has(next.lower))) break
      index++
      continue
    }

    if (determiners.has(lower) && words > 0 && nounPrepositions.has(tokens[index - 1]!.lower)) {
      index++
      continue
    }

    if (addressee && words > 0 && phraseOpeners.has(lower) && !prepositions.has(tokens[index - 1]!.lower) && !adjunctStarts.has(tokens[index - 1]!.lower)) break

    // “its own audited statements”: “own” is the possessive’s.
    if (lower === 'own' && index > start && possessives.has(tokens[index - 1]!.lower)) {
      index++
      continue
    }

    // “the recently released playbook”.
    if (lower.endsWith('ly') && lower.length > 4 && index > start && determiners.has(tokens[index - 1]!.lower)) {
      index++
      continue
    }

    // “new financial documents he filed”: a pronoun opens a relative clause.
    if (words > 0 && subjectPronouns.has(lower) && lower !== 'which' && lower !== 'who') break
    // So does a plural after a singular “a …” before a past tense (“a fact
    // sheet lawmakers released Monday”).
    if (words > 0 && (first.lower === 'a' || first.lower === 'an') && !token.upper && lower.endsWith('s') && !lower.endsWith('ss')) {
      const verb = tokens[index + 1]
      if (verb?.type === 'word' && !verb.upper && isPastTense(verb.lower)) break
    }
    const afterDeterminer = index > start && determiners.has(tokens[index - 1]!.lower)
    // After a possessive, a cue's base form is a noun (“Rubio’s campaign manager”).
    // (“told state television”, “state officials said”: “state” before a noun modifies it.)
    const modifier = lower === 'state' && tokens[index + 1]?.type === 'word' && !tokens[index + 1]!.upper && !stopWords.has(tokens[index + 1]!.lower)
    const noun = nominal || nounCues.has(lower) || afterDeterminer || (possessed && isBaseForm(lower)) || modifier
    if (stopWords.has(lower) || auxiliaries.has(lower) || copulas.has(lower) || (cues.has(lower) && !(noun && (index > start || nominal || modifier))) || negated(lower)) break
    if (words > 0 && (lower.endsWith('ed') || pastParticiples.has(lower)) && !tokens[index - 1]!.possessive) break
    // “The email went on to say”: an irregular past is the verb.
    // (So is any irregular past after a noun: “The officers ran a field and
    // said”; not one of a relative clause, “an official who spoke on the
    // condition of anonymity”, “experts I spoke to”.)
    if (words > 0 && !afterDeterminer && (pastActions.has(lower) || (irregularPasts.has(lower) && !subjectPronouns.has(tokens[index - 1]!.lower) && tokens[index - 1]!.lower !== 'that'))) break
    // After “according to”, a document the name makes goes on: “Home Office figures”.
    if (nominal && named && words > 0 && !possessed && !token.upper && namedDocuments.has(lower)) {
      words++
      index++
      end = index
      continue
    }

    // After a name, only a title before another name goes on (“Trump
    // campaign spokesman Jason Miller”), or the nouns after a possessive
    // (“Rubio’s deputy campaign manager”).
    // (A lowercase word got here only if it is no title: checked above.)
    // Opening a sentence, the capital may be the sentence’s, and a plural
    // group noun the head (“Lower courts had upheld”, “Trump aides said”).
    // (“told German outlet Kicker”, “told Spanish daily Marca”: an
    // adjective of a country before the kind of outlet and its name.)
    if (addressee && named && words === 1 && !token.upper && outletNouns.has(lower) && tokens[index + 1]?.type === 'word' && tokens[index + 1]!.upper) {
      words++
      index++
      end = index
      continue
    }

    // (“told Iowa voters that …”, “tells Ohio crowd …”, “told Senate
    // colleagues”: a name before the people told is their modifier.)
    // (Not before a relative clause: “asked Florida agencies that dealt with
    // the shooting to …”.)
    if (addressee && named && words > 0 && words <= 3 && !token.upper && (groupHeads.has(lower) || audienceNouns.has(lower)) && !relativeAfter(tokens, index + 1)) {
      words++
      index++
      end = index
      named = false
      break
    }

    const groupHead = named && words === 1 && start === 0 && !token.upper && (groupHeads.has(lower) || (lower.endsWith('s') && orgHeads.has(lower.slice(0, -1))))
    // (Or a group noun after a modifier or two: “Downtown business owners
    // have opposed it, arguing …”, “Local school officials said”.)
    if (named && words === 1 && start === 0 && !groupHead && !token.upper && groupHeadAhead(tokens, index)) named = false
    if (named && words > 0 && !possessed && !groupHead && (!token.upper || !titleBeforeName(tokens, index))) break
    // (A common noun phrase, which “of” goes on: “Small groups of protesters”.)
    if (groupHead && tokens[index + 1]?.lower === 'of') named = false
    if (hasLetterOrDigit(lower)) {
      words++
      index++
      end = index
      continue
    }

    break
  }

  if (words === 0 || end <= start) return undefined
  return [start, end]
}

/** Whether a plural group noun follows `index` after at most one more lowercase modifier (“business *owners*”, see `npAfter`). */
function groupHeadAhead(tokens: Token[], index: number): boolean {
  for (let next = index + 1; next < tokens.length && next <= index + 2; next++) {
    const token = tokens[next]!
    if (token.type !== 'word' || token.upper || stopWords.has(token.lower) || auxiliaries.has(token.lower)) return false
    if (groupHeads.has(token.lower)) return true
  }

  return false
}

/** Words that open what “agree” takes other than a thing agreed (“agreed to resign”, “agree only on …”). */
const agreeOpeners = new Set(['to', 'on', 'upon', 'with', 'about', 'only', 'that'])

/**
 * Whether a relative clause opens at `index` (“who live there”, “that dealt
 * with the shooting”): “who”, or “that” before a clearly finite verb or a
 * lowercase word and a preposition (not a clause’s subject and its verb,
 * “that tariffs are working”).
 */
function relativeAfter(tokens: Token[], index: number): boolean {
  const pronoun = tokens[index]
  if (pronoun === undefined || pronoun.type !== 'word') return false
  if (pronoun.lower === 'who') return true
  if (pronoun.lower !== 'that') return false
  const next = tokens[index + 1]
  if (clearlyFinite(next)) return true
  return next !== undefined && next.type === 'word' && !next.upper && !determiners.has(next.lower) && !subjectPronouns.has(next.lower) && prepositions.has(tokens[index + 2]?.lower ?? '')
}

/** People told as a whole, after a name (“told Ohio *crowd*”, “told Senate *colleagues*”; groups too). */
const audienceNouns = new Set(['crowd', 'crowds', 'audience', 'audiences', 'colleagues', 'viewers', 'listeners', 'lawmakers', 'reporters', 'donors', 'rally', 'gathering'])

/** Kinds of news outlet named before the outlet’s name (“German outlet Kicker”). */
const outletNouns = new Set(['outlet', 'newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'broadcaster', 'magazine', 'website', 'station', 'network', 'channel', 'radio', 'television', 'agency', 'publication'])

/** Whether a cue word is a bare base form (“campaign”, “report”), which may be a noun. */
function isBaseForm(lower: string): boolean {
  const entries = cues.get(lower)
  return entries !== undefined && entries.some((entry) => entry.form === 'base')
}

/** Lowercase words of titles and roles that stand before a name. */
const titleWords = new Set(
  ('spokesman spokeswoman spokesperson senator secretary president director chairman chairwoman chair campaign ' +
    'manager adviser advisor aide leader candidate nominee governor mayor official attorney general minister chief ' +
    'professor analyst strategist commissioner executive founder head member co-founder deputy press communications ' +
    'policy national former then- presidential vice speaker majority minority whip rep. sen. gov. state house senate ' +
    'representative congressman congresswoman lawmaker pollster economist expert researcher lawyer judge justice ' +
    'ambassador envoy commander officer sheriff police activist organizer host anchor correspondent reporter editor ' +
    'writer author coordinator consultant operative surrogate supporter critic rival opponent challenger republican ' +
    'democratic conservative liberal independent libertarian front-runner frontrunner hopeful contender businessman ' +
    'businesswoman billionaire mogul star actor actress singer rapper comedian pastor reverend rabbi bishop ' +
    'political scientist delegate surgeon neurosurgeon physician doctor historian scholar fellow trustee donor ' +
    'chief-of-staff ceo partner co-chair cochair vice-chair treasurer secretary-general counsel moderator ' +
    'constituent backer voter resident volunteer veteran retiree student teacher neighbor friend ' +
    'coach captain owner quarterback pitcher goalkeeper skipper').split(' ')
)

/** Whether the lowercase word at `index` is part of a title before a name. */
function titleBeforeName(tokens: Token[], index: number): boolean {
  // Lowercase words may modify the title (“nutritional-supplement
  // executive”), but the last before the name must be a title word.
  let title = true
  for (let at = index; at < Math.min(tokens.length, index + 4); at++) {
    const token = tokens[at]!
    if (token.type !== 'word') return false
    if (token.upper) return title && !timeWords.has(token.lower) && !months.has(token.lower)
    title = titleWords.has(token.lower)
    if (!title && (stopWords.has(token.lower) || auxiliaries.has(token.lower) || determiners.has(token.lower) || cues.has(token.lower))) return false
  }

  return false
}

/** Irregular pasts beyond {@link irregularPasts} that end an inverted source’s noun phrase. */
const morePasts = new Set(
  ('broke paid sold bought built spent hid ate flew forgot froze hung rode rang sank slid stole stuck swam swept swung tore ' +
    'woke bent blew bled caught clung crept dealt dug drank fled flung forgave knelt laid sped spun sprang shrank withdrew ' +
    'overtook upheld withheld oversaw went')
    .split(' ')
)

/** An inverted source: a name or description right after the cue, then a break. */
function invertedSource(tokens: Token[], at: number): Range | undefined {
  let np = npAfter(tokens, at)
  if (!np) return undefined
  // “…, says the company broke the law”: an irregular past ends the noun
  // phrase (and then a clause, not a source, follows the cue). (Not “-ed”:
  // “said one unaligned strategist”, “the printed slate card”.)
  for (let index = np[0] + 1; index < np[1] - 1; index++) {
    const token = tokens[index]!
    if (token.type === 'word' && !token.upper && (irregularPasts.has(token.lower) || morePasts.has(token.lower))) {
      np = [np[0], index]
      break
    }
  }

  // “said one official who asked …”: the relative pronoun starts what follows.
  if (np[1] - np[0] > 1 && tokens[np[1] - 1]!.lower === 'who') np = [np[0], np[1] - 1]
  const first = tokens[np[0]]!
  // A lowercase start is a description only when a name ends it (“retired
  // neurosurgeon Ben Carson”, “master of ceremonies Asab Al-Tabchi”).
  const named = np[1] - np[0] > 1 && tokens[np[1] - 1]!.upper
  // So is a bare plural of people that ends the unit or its clause (“…,
  // said officials.”, “…, argued Republican aides,”).
  const after = tokens[np[1]]
  // (“people close to him”, “officials familiar with the talks”.)
  const head = tokens[np[0] + Math.min(2, np[1] - np[0] - 1)]!
  const people =
    (groupHeads.has(head.lower) || anonymousHeads.has(head.lower) || anonymousHeads.has(first.lower)) &&
    (!after ||
      (after.type === 'punct' && (after.text === ',' || terminal.has(after.text))) ||
      // (“said one official who asked not to be named”.)
      (after.type === 'word' && (adjunctStarts.has(after.lower) || after.lower === 'who')))
  if (!(first.upper || determiners.has(first.lower) || subjectPronouns.has(first.lower) || named || people)) return undefined
  if (timeWords.has(first.lower) || months.has(first.lower)) return undefined
  if (!after) return np
  if (after.type === 'punct' && (after.text === ',' || terminal.has(after.text) || after.text === ';' || dashes.has(after.text) || after.text === ':')) return np
  // (Not a phrase that a quotation goes on: “…, said North Korea’s latest “provocation …””.)
  if (after.type === 'quote') return tokens[np[1] - 1]!.possessive || !tokens.slice(np[0], np[1]).some((token) => token.possessive) ? np : undefined
  if (after.type === 'word' && (adjunctStarts.has(after.lower) || after.lower === 'who' || after.lower === 'which' || after.lower === 'of' || after.lower === 'as')) return np
  // `said a source involved in the talks`, `said an aide speaking on …`: a
  // participle phrase after the source describes it.
  const preposition = tokens[np[1] + 1]
  if (after.type === 'word' && !after.upper && /..(?:ed|ing)$/.test(after.lower) && preposition?.type === 'word' && (nounPrepositions.has(preposition.lower) || adjunctStarts.has(preposition.lower))) {
    // (But a pronoun or a bare name takes no such phrase: in “Biden, who
    // …, said they touched on …”, “…, said Trump continued to …”, the past
    // form is the verb of the clause said, whose subject that is.)
    if (after.lower.endsWith('ed') && (subjectPronouns.has(first.lower) || tokens.slice(np[0], np[1]).every((token) => token.upper))) return undefined
    return np
  }

  return undefined
}

/**
 * The subject of the unit’s main clause (“Bradley apologized …, saying”):
 * the first noun phrase that opens the unit or follows a leading adjunct
 * and its comma, and is followed by a verb.
 */
function mainClauseSubject(tokens: Token[], before: number): Range | undefined {
  let index = 0
  // Skip a leading adjunct up to its comma (“In a statement, …”).
  const first = tokens[0]
  if (first && first.type === 'word' && first.upper && (capitalStops.has(first.text) || clauseOpeners.has(first.lower))) {
    while (index < before && tokens[index]!.text !== ',') index++
    index++
    // (The comma before the participle is not the adjunct’s.)
    if (index >= before) index = 0
  }

  // “Facing mounting criticism, Mr. Trump released …, insisting”: an
  // opening participle clause is no subject; the main clause after its
  // comma has one.
  if (index === 0 && openingParticiple(tokens, 0, before)) {
    while (index < before && tokens[index]!.text !== ',') index++
    index++
    if (index >= before) index = 0
  }

  // “And now Mr. Manafort has taken on …, seeking”, “Then she shattered …,
  // pledging”: opening conjunctions and adverbs with no comma of their own.
  // (The adjunct skip above went to the participle's comma and back.)
  if (index === 0) {
    while (index < 3 && index < before - 2 && tokens[index]!.type === 'word' && (openingConjunctions.has(tokens[index]!.lower) || tokens[index]!.lower === 'then' || tokens[index]!.lower === 'even')) index++
  }

  // “In later decades she traveled …, speaking”: a pronoun after a fronted
  // phrase with no comma.
  // (Or a name after a time: “On Thursday evening Hillary Clinton
  // delivered …, seeking”, “By Sunday afternoon she had canceled …”.)
  if (index === 0 && first && first.type === 'word' && first.upper && (first.lower === 'in' || first.lower === 'on' || first.lower === 'at' || first.lower === 'during' || first.lower === 'by')) {
    for (let item = 1; item < Math.min(before, 6); item++) {
      const token = tokens[item]!
      if (token.type !== 'word') break
      if (personalPronouns.has(token.lower) && isVerb(tokens[item + 1])) return [item, item + 1]
      if (item > 1 && token.upper && timesAndMonths.has(tokens[item - 1]!.lower) && !timesAndMonths.has(token.lower) && !capitalStops.has(token.text)) {
        const name = npAfter(tokens, item)
        if (name && name[1] < before && tokens[name[1] - 1]!.upper && isVerb(tokens[name[1]])) return name
        break
      }
    }
  }

  // `''…,'' he said, adding …`: a newswire quotation (its `''` read as
  // apostrophes) opens the unit; its speaker follows the close, and the
  // quotation's words are no subject.
  if (index === 0) index = newswireQuoteEnd(tokens, before) || newswireCloseBefore(tokens, before)
  // (`… regenerates the library,'' said Peter Rice, chairman of …, noting`:
  // the speaker after an inverted cue.)
  if (index > 0 && tokens[index]?.type === 'word' && clauseSpeechVerbs.has(tokens[index]!.text)) {
    const speaker = npAfter(tokens, index + 1)
    if (speaker && speaker[1] < before) return speaker
  }

  for (let steps = 0; index < before && steps < 3; steps++) {
    const token = tokens[index]!
    if (token.type === 'quote') {
      // `“…,” Trump said, adding …`: the quote’s speaker follows.
      index++
      if (tokens[index]?.text === ',') index++
      continue
    }

    if (token.type !== 'word') return undefined
    let np: Range | undefined
    if (subjectPronouns.has(token.lower) && token.lower !== 'who' && token.lower !== 'which' && token.lower !== 'it') np = [index, index + 1]
    else np = npAfter(tokens, index)
    if (!np) return undefined
    let next = np[1]
    // `Hours later, Trump …`, `Two days ago, …`: a time adjunct, not the subject.
    const after = tokens[next]
    if (after && (after.lower === 'later' || after.lower === 'earlier' || after.lower === 'ago') && tokens[next + 1]?.text === ',') {
      index = next + 2
      continue
    }

    if (tokens[next]?.text === ',') {
      let close = next + 1
      while (close < before && close - next < 15 && tokens[close]!.text !== ',') close++
      if (close < before && tokens[close]!.text === ',') next = close + 1
    }

    // “A federal judge in San Antonio on Wednesday temporarily blocked …”:
    // where, when and an adverb between the subject and its verb.
    for (let hops = 0; hops < 4 && next < before; hops++) {
      const word = tokens[next]!
      if (word.type !== 'word' || word.upper) break
      if (word.lower === 'in' || word.lower === 'on' || word.lower === 'at') {
        const object = npAfter(tokens, next + 1)
        if (!object || object[1] >= before) break
        next = object[1]
      } else if (word.lower === 'and' && hops === 0 && groupEnd(tokens[np[1] - 1]!.lower)) {
        // “Republican politicians and their allies … speak …, arguing”: both
        // speak (groups; two people stay with the clause’s subject finder).
        const other = npAfter(tokens, next + 1)
        if (!other || other[1] >= before) break
        next = other[1]
        np = [np[0], other[1]]
      } else if (word.lower.endsWith('ly') && word.lower.length > 4) {
        next++
      } else {
        break
      }
    }

    const verb = tokens[next]
    if (isVerb(verb) && next < before) return expletiveIt(tokens, np, before) ?? np
    return undefined
  }

  return undefined
}

/**
 * Past an expletive “It” as the main clause's subject: the subject of the
 * clause after the cleft's “that” or a “but” (“It was at the conference
 * that Swanson delivered …, pointing to”, “It's a big if, but Sanders was
 * …, emphasizing”), or `undefined`.
 */
function expletiveIt(tokens: Token[], np: Range, before: number): Range | undefined {
  if (np[1] - np[0] !== 1 || !/^it(?:['’]s)?$/.test(tokens[np[0]]!.lower)) return undefined
  for (let index = np[1]; index < before - 2 && index - np[1] < 25; index++) {
    const token = tokens[index]!
    if (token.type !== 'word' || (token.lower !== 'that' && token.lower !== 'but')) continue
    const subject = npAfter(tokens, index + 1)
    if (subject && subject[1] < before && tokens[subject[0]]!.upper && isVerb(tokens[subject[1]])) return subject
  }

  return undefined
}

/**
 * Past the close of a newswire quotation (`''…,''`) that opens the unit
 * and closes before `before`; 0 when the unit opens no such quotation.
 */
function newswireQuoteEnd(tokens: Token[], before: number): number {
  if (before < 4 || tokens[0]!.text !== "'" || tokens[1]!.text !== "'" || tokens[0]!.end !== tokens[1]!.start) return 0
  for (let index = 2; index < before; index++) {
    if (tokens[index]!.text !== "'" || tokens[index + 1]?.text !== "'") continue
    return newswireClose(tokens, index + 1) ? index + 2 : 0
  }

  return 0
}

/**
 * Past the last newswire close (`,''`) before `before`, in reach (a
 * quotation that opened in an earlier sentence: `… library,'' said Peter
 * Rice, …, noting`); 0 when there is none.
 */
function newswireCloseBefore(tokens: Token[], before: number): number {
  for (let index = before - 1; index > 1 && before - index <= 30; index--) {
    if (tokens[index]!.text === "'" && newswireClose(tokens, index)) return index + 1
  }

  return 0
}

/**
 * Whether the word at `index` opens a participle clause at the start of the
 * unit or after punctuation (“*Facing* mounting criticism, …”, “*Citing*
 * last week’s attack, …”): a capitalized word in -ing (not a noun in -ing,
 * “Morning”) with a lowercase word after it that is no verb of a name
 * (“Manning said”, “Browning has”).
 */
function openingParticiple(tokens: Token[], index: number, limit: number): boolean {
  const token = tokens[index]!
  if (token.type !== 'word' || !token.upper || token.possessive) return false
  const lower = token.lower
  // (Not a compound adjective: “Best-selling”, “Right-wing”.)
  if (lower.length <= 5 || !lower.endsWith('ing') || lower.endsWith('thing') || lower.includes('-') || ingNouns.has(lower)) return false
  if (index > 0 && tokens[index - 1]!.type !== 'punct') return false
  const next = tokens[index + 1]
  if (
    next === undefined ||
    next.type !== 'word' ||
    next.upper ||
    // (“Sciences, Engineering and Medicine”: a noun in a list.)
    next.lower === 'and' ||
    next.lower === 'or' ||
    isPastTense(next.lower) ||
    speechVerbForms.has(next.lower) ||
    auxiliaries.has(next.lower) ||
    copulas.has(next.lower)
  ) {
    return false
  }

  // The clause ends at a comma before `limit` (not “Trailing contenders
  // Ted Cruz and John Kasich have agreed”: an adjective before a subject).
  for (let close = index + 2; close < limit && close - index <= 30; close++) if (tokens[close]!.text === ',') return true
  return false
}

/** Whether a noun phrase’s last word is a plural that may head a group (“politicians”, “Republicans”; not “News”, “Congress”). */
function groupEnd(lower: string): boolean {
  return lower.endsWith('s') && !lower.endsWith('ss') && lower !== 'news' && lower !== 'times'
}

/** Whether the token after a subject noun phrase may be its verb: a lowercase word that is not a preposition. */
function isVerb(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && !token.upper && !prepositions.has(token.lower) && !startsWithDigit(token.lower)
}

/**
 * The end of a clause that opens the unit, and the subject of the main
 * clause after it: the first comma from `from` (quotations are single
 * tokens, so their commas do not count) that is followed — after at most two
 * short adverbial stretches (“, though,”) — by a noun phrase and a verb.
 * `undefined` when there is no such comma.
 */
function openingClause(tokens: Token[], from: number): {comma: number; subject: Range} | undefined {
  const n = tokens.length
  let comma = from
  while (comma < n && comma - from < 60 && !(tokens[comma]!.type === 'punct' && tokens[comma]!.text === ',')) comma++
  if (comma >= n || tokens[comma]!.text !== ',') return undefined
  let index = comma + 1
  for (let round = 0; round < 3 && index < n; round++) {
    const token = tokens[index]!
    if (token.type !== 'word') return undefined
    const np: Range | undefined =
      subjectPronouns.has(token.lower) && token.lower !== 'who' && token.lower !== 'which' ? [index, index + 1] : npAfter(tokens, index)
    const verb = np ? tokens[np[1]] : undefined
    if (np && isVerb(verb)) return {comma, subject: np}
    // “, though,” / “, however,”: skip a short adverbial stretch.
    let next = index
    while (next < n && next - index < 3 && tokens[next]!.type === 'word') next++
    if (tokens[next]?.text !== ',') return undefined
    index = next + 1
  }

  return undefined
}

/** Whether the token at `index` may open a clause: first, or after a quotation, a comma, dash, semicolon or colon, a subordinator or a conjunction. */
function opensClause(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  return (
    !previous ||
    (previous.type === 'quote' && !quotedPhrase(tokens, index - 1)) ||
    (previous.type === 'punct' && (previous.text === ',' || dashes.has(previous.text) || previous.text === ';' || previous.text === ':')) ||
    (previous.type === 'word' && (clauseOpeners.has(previous.lower) || previous.lower === 'and' || previous.lower === 'but'))
  )
}

/**
 * The noun phrase before the comma at `comma` that a relative clause after
 * it describes: past a state after its city (“a truck driver from Ava,
 * Mo., who”), and the name a description is the appositive of (“Dr. Maria
 * Carrillo, chief science officer of …, who”).
 */
function antecedentBefore(tokens: Token[], comma: number): Range | undefined {
  let np = npBefore(tokens, comma)
  if (np && np[0] > 1 && tokens[np[0] - 1]!.text === ',' && isPlace(tokens, np[0], np[1])) np = npBefore(tokens, np[0] - 1)
  if (!np || !hasLetters(tokens, np)) return undefined
  return namedBefore(tokens, np) ?? np
}

/** The name a description `np` is set off after as its appositive (“*Dr. Maria Carrillo*, chief science officer of …”), if any. */
function namedBefore(tokens: Token[], np: Range): Range | undefined {
  if (np[0] < 2 || tokens[np[0] - 1]!.text !== ',' || tokens[np[0]]!.upper) return undefined
  const named = npBefore(tokens, np[0] - 1)
  return named && tokens[named[0]]!.upper && named[1] === np[0] - 1 ? named : undefined
}

/**
 * The token after the appositives set off by commas at `from` (“Donald
 * Trump, her Republican opponent, bemoaned”; “Jean-Marc Ayrault, the
 * foreign minister of France, a permanent member of the Security Council,
 * said”), up to three of at most 15 tokens each, all before `limit`; `from`
 * itself when none.
 */
function pastAppositives(tokens: Token[], from: number, limit: number): number {
  let next = from
  for (let hops = 0; hops < 3 && tokens[next]?.text === ','; hops++) {
    let close = next + 1
    while (close < limit && close - next < 15 && tokens[close]!.text !== ',') close++
    if (!(close < limit && tokens[close]!.text === ',')) break
    next = close + 1
  }

  return next
}

/** Whether a comma token lies in `tokens[from, to)`. */
function commaBetween(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (tokens[index]!.type === 'punct' && tokens[index]!.text === ',') return true
  return false
}

/**
 * Whether the conjunction at `conjunction` joins verbs of a relative clause:
 * “who” or “which” after a lowercase noun comes first, going back at most 15
 * words, with no punctuation between.
 */
function inRelative(tokens: Token[], conjunction: number): boolean {
  for (let index = conjunction - 1; index > 0 && conjunction - index <= 15; index--) {
    const token = tokens[index]!
    if (token.type !== 'word') return false
    if (token.lower === 'who' || token.lower === 'which') {
      const noun = tokens[index - 1]!
      // (Not an indirect question, “questions on who …”, nor “those who left but said”.)
      return noun.type === 'word' && !noun.upper && !subjectPronouns.has(noun.lower) && !prepositions.has(noun.lower) && !determiners.has(noun.lower)
    }
  }

  return false
}

/** Whether the relative pronoun at `pronoun` is the subject of its clause up to `before`: a verb right after it, and no infinitive before `before`. */
function relativeSubjectOf(tokens: Token[], pronoun: number, before: number): boolean {
  const next = tokens[pronoun + 1]
  if (!next || next.type !== 'word' || next.upper || subjectPronouns.has(next.lower) || determiners.has(next.lower)) return false
  for (let index = pronoun + 1; index < before; index++) if (tokens[index]!.lower === 'to') return false
  return true
}

/** Whether a punctuation token `text` lies between tokens `from` and `to` (exclusive). */
function punctBetween(tokens: Token[], from: number, to: number, text: string): boolean {
  for (let index = from + 1; index < to; index++) if (tokens[index]!.type === 'punct' && tokens[index]!.text === text) return true
  return false
}

/**
 * The subject of the clause a participle or coordinated verb hangs on: the
 * nearest noun phrase before `before` that opens a clause and is followed by
 * a verb (“I laughed and said”, “The memo does not … but claims”), else the
 * source of the latest attribution in the unit.
 */
function clauseSubject(tokens: Token[], before: number, found: Candidate[], thatClause = false): Range | undefined {
  for (let index = before - 1; index >= 0 && before - index <= 30; index--) {
    const token = tokens[index]!
    if (token.type !== 'word') continue
    // (Or a clause a cue opened with no “that”, or after its object: “said
    // the footage was grainy and did not show …”, “told reporters that the
    // study …”.)
    if (thatClause && !subjectPronouns.has(token.lower) && (tokens[index - 1]?.lower === 'that' ? cueBeforeThat(tokens, index - 1) : clauseSpeechVerbs.has(tokens[index - 1]?.lower ?? '') && token.type === 'word' && !token.upper)) {
      const np = npAfter(tokens, index)
      if (np && isVerb(tokens[np[1]]) && np[1] < before) return np
    }

    // “Chinese citizens, who make up most of the investors and see the
    // program as …”: inside a relative clause set off by a comma and still
    // open, the relative pronoun is the subject (was the main clause's).
    // (Not an object, “a tax, which he favors but says …”, nor past an
    // infinitive, “which allows him to keep … and deny”.)
    if ((token.lower === 'who' || token.lower === 'which') && tokens[index - 1]?.text === ',' && !commaBetween(tokens, index, before) && relativeSubjectOf(tokens, index, before)) return [index, index + 1]
    // (Nor one set off by dashes and closed: “The Supreme Court justice --
    // who has been …  -- said … and promised”; its antecedent is, when it
    // opens a clause.)
    if ((token.lower === 'who' || token.lower === 'which') && index > 1 && tokens[index - 1]!.type === 'punct' && dashes.has(tokens[index - 1]!.text) && punctBetween(tokens, index, before, tokens[index - 1]!.text)) {
      const antecedent = antecedentBefore(tokens, index - 1)
      if (antecedent && opensClause(tokens, antecedent[0])) return antecedent
      continue
    }

    // (A relative clause closed by a comma is no subject of the main clause:
    // “X, who was not involved, called … but cautioned”; inside one, “who”
    // is: “Weaver, who came out and endorsed Clinton”.)
    if ((token.lower === 'who' || token.lower === 'which') && commaBetween(tokens, index, before)) {
      if (tokens[index - 1]?.text !== ',') continue
      // The relative’s antecedent is the subject when it opens a clause
      // (“Indiana politicians, who granted …, are furious … and want”; not
      // an object: “supported Democrats during his time on MSNBC, which
      // let him go in 2015, and said”).
      const antecedent = antecedentBefore(tokens, index - 1)
      if (antecedent && opensClause(tokens, antecedent[0])) return antecedent
      continue
    }

    const previous = tokens[index - 1]
    if (!opensClause(tokens, index)) continue
    let np: Range | undefined
    // (A description set off after a name is its appositive: “Dr. Maria Carrillo, chief science officer of …, called”.)
    // (Not after an opening adverb: “Likewise, a paper from … had this to say”.)
    const named = tokens[index - 2]
    if (previous?.text === ',' && !token.upper && !subjectPronouns.has(token.lower) && named?.type === 'word' && named.upper && !capitalStops.has(named.text) && !afterPlace(tokens, index)) continue
    if (subjectPronouns.has(token.lower) && token.lower !== 'who' && token.lower !== 'which' && !token.possessive) np = [index, index + 1]
    else if (token.upper && capitalStops.has(token.text) && !determiners.has(token.lower)) continue
    // (Nor an opening participle: “Facing criticism, …”.)
    else if (openingParticiple(tokens, index, before)) continue
    else np = npAfter(tokens, index)
    if (!np) continue
    // “unveiled a $1.3 billion plan to …”: an amount before its noun, no subject.
    if (amountEnd(tokens[np[1] - 1]!)) continue
    const next = pastAppositives(tokens, np[1], before)

    const verb = tokens[next]
    if (isVerb(verb) && next < before + 1) return np
  }

  for (let index = found.length - 1; index >= 0; index--) {
    const candidate = found[index]!
    if (!candidate.mention || candidate.cueTokens[1] > before) continue
    const start = tokens.findIndex((token) => token.start === candidate.mention![0])
    const end = tokens.findIndex((token) => token.end === candidate.mention![1])
    if (start !== -1 && end !== -1 && !/^(?:who|which)$/.test(tokens[start]!.lower)) return [start, end + 1]
  }

  return undefined
}

/**
 * Whether the phrase at `index` follows a place and its state set off by
 * commas (“In the hours after … in San Bernardino, Calif., *a familiar
 * voice* celebrated”) and goes straight on to a verb in the past: the
 * subject after an opening adjunct, not a description of the place.
 */
function afterPlace(tokens: Token[], index: number): boolean {
  const state = tokens[index - 2]!
  const place = tokens[index - 4]
  if (!state.text.endsWith('.') || tokens[index - 3]?.text !== ',' || place?.type !== 'word' || !place.upper) return false
  const np = npAfter(tokens, index)
  const verb = np ? tokens[np[1]] : undefined
  return verb !== undefined && verb.type === 'word' && !verb.upper && isPastTense(verb.lower)
}

/** Finite “be” and “have”, which no bare verb form comes right before. */
const finiteAfterNoun = new Set(['was', 'were', 'is', 'are', 'has', 'had'])

/** Speech verbs that take a clause without “that” (“said the footage was …”; not “consider the wars a help”). */
const clauseSpeechVerbs = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'noted', 'notes', 'wrote', 'writes', 'warned', 'warns', 'stated', 'states'])

/**
 * Whether a cue comes before the “that” at `that`, right before it or past
 * an object of up to three words (“told a local station that”).
 */
function cueBeforeThat(tokens: Token[], that: number): boolean {
  for (let index = that - 1; index >= 0 && that - index <= 4; index--) {
    const token = tokens[index]!
    if (token.type !== 'word') return false
    if (cues.has(token.lower)) return true
  }

  return false
}

function hasLetters(tokens: Token[], range: Range): boolean {
  for (let index = range[0]; index < range[1]; index++) {
    const lower = tokens[index]!.lower
    if (hasLetter(lower) && !timesAndMonths.has(lower)) return true
  }

  return false
}

/** A candidate from a verb cue. */
function build(
  tokens: Token[],
  unit: number,
  cue: Range,
  cueTokens: [number, number],
  cueClass: CueClass,
  mention: Range | undefined,
  content: Range[],
  confidence: number,
  layout: string,
  intro = false
): Candidate {
  return {
    unit,
    cue,
    cueClass,
    mention: mention ? span(tokens, mention) : null,
    content,
    type: typeOf(tokens, mention),
    confidence,
    cueTokens,
    quotes: [],
    parent: -1,
    intro,
    layout
  }
}

/**
 * Whether the quote at `at` is a phrase inside a clause (“accused Manila of
 * “deliberately provoking” a confrontation”): a word before it and no
 * punctuation closing its words, so the words after it go on the clause.
 */
function quotedPhrase(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.type !== 'word') return false
  const words = quoteWords(tokens[at]!)
  return words.length > 0 && /[\p{L}\p{N}]$/u.test(words)
}

/** The words inside a quote token (marks stripped). */
function quoteWords(token: Token): string {
  return token.text.replace(/^[“”"'‘’«»‹›„>]+|[“”"'‘’«»‹›„]+$/gu, '').trim()
}

/** Whether an auxiliary between a “be” at `from - 1` and the verb at `k` makes the group active; adverbs and negation may sit there in a passive. */
function activeBetween(tokens: Token[], from: number, k: number): boolean {
  for (let index = from; index < k; index++) {
    if (activeAuxiliaries.has(tokens[index]!.lower)) return true
  }

  return false
}

function negated(word: string): boolean {
  return word.endsWith('n’t') || word.endsWith("n't")
}

function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 48 && code <= 57
}

/** Whether a word holds a letter or digit (ASCII fast path). */
function hasLetterOrDigit(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true
    if (code > 127 && code !== 0x20_19 && code !== 0x20_14 && code !== 0x20_13 && letter.test(word.charAt(index))) return true
  }

  return false
}

const letter = /\p{L}/u

function hasLetter(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true
    if (code > 127 && letter.test(word.charAt(index))) return true
  }

  return false
}

function span(tokens: Token[], range: Range): Range {
  return [tokens[range[0]]!.start, tokens[range[1] - 1]!.end]
}

/** A participle or auxiliary between a head and its preposition (“a study *being released* on …”). */
function verbLike(lower: string): boolean {
  return (lower.length > 5 && (lower.endsWith('ed') || lower.endsWith('ing'))) || pastParticiples.has(lower) || auxiliaries.has(lower) || copulas.has(lower)
}

/** Prepositions that end the head of a source’s noun phrase (for {@link typeOf}). */
const headPrepositions = new Set(['of', 'by', 'at', 'from', 'for', 'on', 'in', 'with'])
/**
 * Nouns naming a part or an amount of what follows “of” (“the text of the
 * memo”, “an average of recent polls”, “a string of ads”): the whole decides
 * the type.
 */
const documentParts = new Set(
  (
    'copy copies version versions draft drafts text section sections part parts portion page pages excerpt excerpts ' +
    'summary language wording passage clause final latest new full string series set batch number pair couple ' +
    'handful spate raft flurry wave average amount amounts body bunch collection trove cache'
  ).split(' ')
)

/** A document source (“the memo says”) or a person/organization. */
function typeOf(tokens: Token[], range: Range | undefined): Candidate['type'] {
  if (!range) return 'reported'
  // “Supporters of the bill say”, “critics of the plan”: the head comes
  // before the first preposition, not at the end (“the text of the memo”
  // and other parts of a document still take the document’s type).
  // (Past a participle: “An exhaustive study being released on Tuesday by
  // researchers”.)
  let end = range[1]
  for (let index = range[0] + 1; index < range[1]; index++) {
    const token = tokens[index]!
    if (token.type === 'word' && headPrepositions.has(token.lower)) {
      let head = index - 1
      while (head > range[0] && tokens[head]!.type === 'word' && !documentParts.has(tokens[head]!.lower) && verbLike(tokens[head]!.lower)) head--
      if (tokens[head]!.type === 'word' && !documentParts.has(tokens[head]!.lower)) end = head + 1
      break
    }
  }

  for (let index = end - 1; index >= range[0]; index--) {
    const token = tokens[index]!
    if (token.type !== 'word') continue
    // (A capital only for opening the sentence: “Polls show”, “Studies have found”.)
    const opening = index === 0 && token.text.slice(1) === token.lower.slice(1)
    if (token.upper && !opening && !/^(?:the|a|an)$/i.test(token.text)) return 'reported'
    return documentNouns.has(token.lower) ? 'document' : 'reported'
  }

  return 'reported'
}

function push(found: Candidate[], candidate: Candidate): void {
  found.push(candidate)
}
