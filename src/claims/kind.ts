/**
 * Claim kinds after Full Fact’s typology (quantity, prediction, causation,
 * rules, personal experience, other), by cue words. A claim can be several
 * kinds at once; the first that applies in this order wins:
 *
 * 1. `prediction`: future markers (“will”, “would”, “is expected to”,
 *    “forecast”), so a predicted number is a prediction, not a value;
 * 2. `quantity`: a quantity (count, percent, money, measure, ordinal, ratio) or
 *    quantity words (“rate”, “average”, “majority”, a superlative such as
 *    “largest”);
 * 3. `causation`: “because”, “caused”, “led to”, “due to”, “as a result”…;
 * 4. `rule`: laws, bans, treaties, requirements and permissions
 *    (“prohibited”, “rescinded”, “allowed”); “policy” alone is not enough
 *    (“a discredited policy” is an opinion about one, not a rule);
 * 5. `experience`: first person singular in someone’s words (“I saw”);
 * 6. `other`.
 *
 * Subkinds: quantity claims are `change` (“rose”, “fell”, “doubled”),
 * `comparison` (“than”, “compared with”), `ranking` (ordinals, superlatives)
 * or `current-value`; other non-prediction claims anchored in time (a date,
 * year or relative time) are `event`; else `null`.
 */
import {isPastTense, pastParticiples} from '../attribution/words.js'
import type {ClaimKind, ClaimSubkind} from '../schema.js'
import type {QuantityMatch} from './quantities.js'
import type {TimeMatch} from './time.js'
import {CAUSATION, CHANGE, FIRST_PERSON, FUTURE, isPluralNoun, PHRASE, QUANTITY, RULE, SUPERLATIVE, timePrepositions} from './lexicon.js'
import type {Token} from './tokens.js'

/**
 * Kind and subkind of a claim.
 *
 * @param tokens
 *   Tokens of the claim’s content.
 * @param quantities
 *   Quantities found in it.
 * @param times
 *   Time expressions found in it.
 * @param inWords
 *   Whether the content is someone’s words (quoted or reported), where the
 *   first person is the source’s (personal experience).
 * @param cue
 *   The attribution’s cue, lowercase, if any: what someone expects or
 *   predicts (“Analysts expect prices to fall”) is a prediction.
 * @param published
 *   The article’s date (ISO 8601), if known: a “would” about a time before
 *   it is a future in the past, no prediction.
 * @returns
 *   `{kind, subkind}`.
 */
export function classifyClaim(
  tokens: Token[],
  quantities: QuantityMatch[],
  times: TimeMatch[],
  inWords: boolean,
  cue?: string | undefined,
  published?: string | null | undefined
): {kind: ClaimKind; subkind: ClaimSubkind | null} {
  let future = cue !== undefined && predictionCues.has(cue)
  // Whether a future marker other than “would” occurs (see `wouldInThePast`).
  let ahead = future
  let quantityCue = false
  let superlative = false
  let change = false
  let comparison = false
  let causation = false
  let rule = false
  let experience = false

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const flags = token.flags
    if (flags === 0) continue
    if (flags & FUTURE && !notAhead(tokens, index)) {
      future = true
      if (!wouldForms.has(token.lower)) ahead = true
    }
    if (flags & QUANTITY && !(token.lower === 'record' && recordOfSomeone(tokens, index)) && !verbAfterSubject(tokens, index)) quantityCue = true
    if (flags & SUPERLATIVE) superlative = true
    if (flags & CHANGE) change = true
    if (flags & CAUSATION && !withoutItsParticle(tokens, index)) causation = true
    if (flags & RULE && !ruleWordAsModifier(tokens, index)) rule = true
    if (flags & FIRST_PERSON && inWords && (token.lower !== 'i' || token.text === 'I')) experience = true
    if (flags & PHRASE) {
      const lower = token.lower
      const next = tokens[index + 1]?.lower
      if ((lower === 'expected' && next === 'to') || (lower === 'going' && next === 'to' && isBe(tokens[index - 1]?.lower))) {
        future = true
        ahead = true
      }
      // “up from”, and “is down 20 percent”, “was up by a third”.
      else if ((lower === 'up' || lower === 'down') && (next === 'from' || next === 'by' || tokens[index + 1]?.kind === 'number')) change = true
      else if (lower === 'than' || (lower === 'compared' && (next === 'with' || next === 'to')) || (lower === 'twice' && next === 'as')) {
        comparison = true
      } else if (
        // Correlation counts with causation (Full Fact’s typology): “is linked
        // to”, “are associated with”, “contributed to” — but not “a PAC linked
        // to Trump”, “people associated with the campaign” (no “be”, a name).
        ((lower === 'contributed' || lower === 'contributes' || lower === 'contributing') && next === 'to') ||
        (((lower === 'linked' && next === 'to') || ((lower === 'associated' || lower === 'correlated') && next === 'with')) &&
          (isBe(tokens[index - 1]?.lower) || tokens[index - 1]?.lower === 'been' || tokens[index - 1]?.lower === 'be') &&
          !tokens[index + 2]?.capitalized)
      ) {
        causation = true
      } else if ((lower === 'due' && next === 'to') || (lower === 'result' && next === 'of') || (lower === 'as' && next === 'a' && tokens[index + 2]?.lower === 'result')) {
        causation = true
      }
    }
  }

  // “than” in an approximator (“more than 160”, “more than three decades
  // ago”) is a bound, not a comparison.
  if (comparison) comparison = hasFreeThan(tokens, [...quantities, ...times])
  // “Texas has more oil wells than any other state”: a comparison of amounts
  // with no number.
  // (Not “more subdued than usual”: “more” before an adjective compares a
  // quality, no amount.)
  if (comparison && !quantityCue && tokens.some((token, index) => comparatives.has(token.lower) && !qualityAfter(tokens[index + 1], tokens[index + 2]))) quantityCue = true

  if (future && !(!ahead && wouldInThePast(tokens, times, published))) return {kind: 'prediction', subkind: null}
  // “His first segment”, “my first meeting of Ali”: an ordinal after a
  // possessive pronoun numbers someone’s own events, no rank among others.
  const amounts = quantities.some((quantity) => quantity.unit === 'ordinal') ? quantities.filter((quantity) => !ownOrdinal(tokens, quantity)) : quantities
  // A link between amounts named without numbers (“Higher rates are linked
  // to slower growth”) is about the link.
  if (amounts.length > 0 || (quantityCue && !causation) || superlative) {
    let subkind: ClaimSubkind = 'current-value'
    if (change) subkind = 'change'
    else if (comparison) subkind = 'comparison'
    else if (superlative || amounts.some((quantity) => quantity.unit === 'ordinal' && !(quantity.noun !== null && ageNouns.has(quantity.noun)))) subkind = 'ranking'
    return {kind: 'quantity', subkind}
  }

  const event = times.some((time) => time.type !== 'duration') ? 'event' : null
  if (causation) return {kind: 'causation', subkind: event}
  if (rule) return {kind: 'rule', subkind: event}
  if (experience) return {kind: 'experience', subkind: event}
  return {kind: 'other', subkind: event}
}

/** Forms of “would”, the future of a past (see {@link wouldInThePast}). */
const wouldForms = new Set(['would', "wouldn't", 'wouldn’t'])

/**
 * Whether a claim whose only future marker is “would” tells of a future
 * seen from a time before the article’s date, which has come by now: no
 * prediction. The time comes before the “would” and anchors it: it opens
 * the sentence (“In the early 1960s, it would provide …”), or a past verb
 * follows it (“A year ago it *seemed* unlikely Trump would win”, “Last
 * month, voters *were* split on whether she would do better”). Not a time
 * in a clause of its own (“The deal, announced Friday, would last four
 * years”, “Sanders, who won on Tuesday, would likely …”) nor a condition
 * (“if she wins, as she did in 2008, she would …”): those look ahead.
 * Without such a time the “would” stays a prediction: news mostly reports
 * promises and forecasts still ahead (“said he would build a wall”), and a
 * claim cannot tell them apart otherwise.
 */
function wouldInThePast(tokens: Token[], times: TimeMatch[], published: string | null | undefined): boolean {
  let would = -1
  for (let index = 0; index < tokens.length; index++) {
    const lower = tokens[index]!.lower
    if (lower === 'if' || lower === 'unless') return false
    if (would === -1 && wouldForms.has(lower)) would = index
  }

  // (The last time before it anchors it: “a loss in this state — which she
  // won in 2008 and Bill Clinton won in the 1992 primaries — would …”; or
  // one in its own clause after it, “would campaign in Iowa on March 7”.)
  let anchor: TimeMatch | undefined
  let after: TimeMatch | undefined
  for (const time of times) {
    if (time.type === 'duration') continue
    if (!timeBefore(tokens, time, published)) return false
    if (time.last < would) anchor = time
    else after ??= time
  }

  if (anchor !== undefined && (anchor.first <= 2 || pastVerbBetween(tokens, anchor.last + 1, would))) return true
  // (Not a time that qualifies a noun: “would allow 9/11 families to sue”.)
  const next = after === undefined ? undefined : tokens[after.last + 1]
  return after !== undefined && sameClause(tokens, would + 1, after.first) && (next === undefined || next.kind !== 'word' || clauseWords.has(next.lower) || timePrepositions.has(next.lower))
}

/** Whether a time lies before the article’s date (“two years ago”, or a value before `published`). */
function timeBefore(tokens: Token[], time: TimeMatch, published: string | null | undefined): boolean {
  if (time.value === null) return tokens[time.last]?.lower === 'ago'
  // (ISO 8601 forms of one precision compare as strings: “2015” < “2016”,
  // “198” (the 1980s) < “201”; the article’s own year or month is not
  // before it.)
  return published !== null && published !== undefined && /^\d{2,4}(?:-\d{2}){0,2}$/.test(time.value) && time.value < published.slice(0, time.value.length)
}

/** Whether a past verb is in `tokens[from, to)`. */
function pastVerbBetween(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const lower = tokens[index]!.lower
    if (isPastTense(lower) || pastBe.has(lower)) return true
  }

  return false
}

/** Whether `tokens[from, to)` holds neither punctuation nor a word that opens a clause (“who was 69 when he took office in 1981”). */
function sameClause(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.kind === 'punct' || clauseWords.has(token.lower)) return false
  }

  return true
}

/** Words that open a clause of their own. */
const clauseWords = new Set(['who', 'which', 'that', 'when', 'since', 'as', 'after', 'before', 'while', 'because', 'than'])

/** Past forms of “be”, “do” and “have” (“were split on whether”). */
const pastBe = new Set(['was', 'were', 'did', 'had'])

/**
 * Whether a quantity is a plain ordinal after a possessive pronoun (“his
 * first segment”): not of years (“his 70th birthday” is an age), nor a rank
 * by a superlative (“his third-largest donor”).
 */
function ownOrdinal(tokens: Token[], quantity: QuantityMatch): boolean {
  if (quantity.unit !== 'ordinal' || (quantity.noun !== null && ageNouns.has(quantity.noun))) return false
  const index = tokens.findIndex((token) => token.start === quantity.start)
  const token = tokens[index]
  const previous = tokens[index - 1]
  if (!token || !previous || token.lower.includes('-') || tokens[index + 1]?.text === '-') return false
  // (Not a name’s nor an institution’s, “the country’s first black
  // president”, “its first contested convention in 40 years”: a first among
  // all, which is checked.)
  return possessives.has(previous.lower) && !identityWords.has(tokens[index + 1]?.lower ?? '')
}

/** Possessive pronouns before an ordinal of someone’s own (“his first segment”). */
const possessives = new Set(['his', 'her', 'their', 'our', 'my', 'your'])

/** Words after an ordinal that make it a first among all (“her first female …” is rare; “his first black …”). */
const identityWords = new Set(['black', 'white', 'female', 'male', 'woman', 'women', 'gay', 'openly', 'jewish', 'catholic', 'latina', 'latino', 'hispanic', 'african-american', 'asian-american', 'muslim'])

/** Nouns an ordinal counts years of, not a rank among others (“Reagan’s 105th birthday”, “its 50th anniversary”). */
const ageNouns = new Set(['birthday', 'anniversary', 'jubilee', 'centenary', 'centennial', 'bicentennial'])

/** Words before “record” that make it an account of someone, not a highest value (“his wife’s record”, “voting record”, “on the record”). */
const recordOwners = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'voting', 'criminal', 'track', 'public', 'service', 'military', 'legislative', 'court', 'medical', 'police', 'driving', 'academic', 'the'])

/** Whether the “record” at `index` is someone’s record (“his wife’s record as secretary of state”), not a highest value. */
function recordOfSomeone(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]?.lower
  if (previous === undefined) return false
  // (“the record” only after “on”, “for” or “off”: “on the record”; “set the record” is a value.)
  if (previous === 'the') return ['on', 'for', 'off'].includes(tokens[index - 2]?.lower ?? '')
  return recordOwners.has(previous) || previous.endsWith("'s")
}

/**
 * A modal that says nothing of what lies ahead: a counterfactual (“would
 * have been higher”, “would not have killed”), a wish (“would like to
 * see”), or a speaker’s way of putting it (“I would describe”, “I’ll tell
 * you”, “I would say”).
 */
function notAhead(tokens: Token[], index: number): boolean {
  let next = index + 1
  if (tokens[next]?.lower === 'not') next++
  const verb = tokens[next]?.lower
  if (verb === 'have' && tokens[index]!.lower.startsWith('would') && pastParticiple(tokens[next + 1]?.lower)) return true
  // (“would like to”, “would rather”: a wish, not what will happen.)
  if (verb !== undefined && wishVerbs.has(verb) && wouldForms.has(tokens[index]!.lower)) return true
  const subject = tokens[index - 1]?.lower
  return (subject === 'i' || subject === 'we') && verb !== undefined && hedgingVerbs.has(verb)
}

/** Verbs after “would” that say what someone wants (“would like to see”, “would rather run”, “would love to”). */
const wishVerbs = new Set(['like', 'love', 'rather', 'prefer', 'hate', 'welcome'])

/** Whether a word reads as a past participle (“been”, “tried”, “told”), so that “would have” before it is a counterfactual, not “would have to wait”. */
function pastParticiple(lower: string | undefined): boolean {
  return lower !== undefined && (/..(?:ed|en|wn)$/.test(lower) || isPastTense(lower) || pastParticiples.has(lower) || moreParticiples.has(lower))
}

/** Participles neither {@link isPastTense} nor `pastParticiples` knows (“would have *gone*”). */
const moreParticiples = new Set(['had', 'gone', 'run', 'become', 'come', 'let', 'cut'])

/** Verbs a speaker puts their words with (“I would *say*”, “I’ll *tell* you”). */
const hedgingVerbs = new Set(['say', 'describe', 'tell', 'argue', 'call', 'characterize', 'add', 'note', 'suggest', 'submit', 'guess', 'imagine', 'think', 'hope', 'expect'])

/**
 * Nouns after “law” or “legal” that make them say who someone is, no rule
 * (“law enforcement officers”, “a law firm”, “a legal analyst”).
 */
const ruleModified = new Map([
  ['law', new Set(['enforcement', 'firm', 'firms', 'school', 'schools', 'professor', 'professors', 'student', 'students', 'clerk', 'degree', 'partner', 'practice'])],
  ['legal', new Set(['figure', 'analyst', 'analysts', 'expert', 'experts', 'scholar', 'scholars', 'team', 'teams', 'adviser', 'advisers', 'advisor', 'advisors', 'counsel', 'fees', 'career', 'community'])]
])

/** Whether the rule word at `index` modifies a noun that says who or what someone is (see {@link ruleModified}). */
function ruleWordAsModifier(tokens: Token[], index: number): boolean {
  const nouns = ruleModified.get(tokens[index]!.lower)
  return nouns !== undefined && nouns.has(tokens[index + 1]?.lower ?? '')
}

/**
 * Causal words that are causal only before their particle (“*led to* job
 * losses”, “*resulted in*”, “*thanks to*”); not “has led the division”,
 * “the election results”, “thanks for”.
 */
const particleCauses = new Map([
  ['led', ['to']],
  ['leads', ['to']],
  ['results', ['in', 'from']],
  ['resulting', ['in', 'from']],
  ['thanks', ['to']]
])

/** Words before “results” that make it a noun (“their search results in new folders”, “Still to come: results in Ohio”). */
const resultsNounBefore = new Set([
  'the', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'these', 'those', 'some', 'early', 'final', 'preliminary',
  'official', 'partial', 'full', 'search', 'election', 'primary', 'caucus', 'poll', 'polling', 'test', 'exam', 'survey'
])

/** Whether the causal word at `index` lacks the particle that makes it causal (see {@link particleCauses}), or is “results” the noun. */
function withoutItsParticle(tokens: Token[], index: number): boolean {
  const lower = tokens[index]!.lower
  const particles = particleCauses.get(lower)
  if (particles === undefined) return false
  if (!particles.includes(tokens[index + 1]?.lower ?? '')) return true
  if (lower !== 'results') return false
  const previous = tokens[index - 1]
  return previous === undefined || previous.kind !== 'word' || resultsNounBefore.has(previous.lower)
}

/**
 * Words before a quantity word that make it a verb (“We *rate* this claim
 * Mostly False”, “they *share* the concern”, “will *record* the vote”): a
 * pronoun subject, a modal, “to” or a negation.
 */
const verbOpeners = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'to', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'never', 'also'])

/** Whether the quantity word at `index` is a verb after its subject or a modal (see {@link verbOpeners}). */
function verbAfterSubject(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]?.lower
  // (“He doubled the budget” is a change all the same.)
  return previous !== undefined && verbOpeners.has(previous) && nounsAlsoVerbs.has(tokens[index]!.lower)
}

/** Quantity nouns that are verbs too (“rate”, “share”, “record”; the verbs “average” and “total” state amounts). */
const nounsAlsoVerbs = new Set(['rate', 'rates', 'share', 'record'])

/** Cues whose content is about the future (“expects prices to fall”). */
const predictionCues = new Set([
  'expect', 'expects', 'expected', 'expecting', 'predict', 'predicts', 'predicted', 'predicting', 'forecast', 'forecasts',
  'forecasted', 'anticipate', 'anticipates', 'anticipated', 'foresee', 'foresees'
])

/**
 * Whether a word after “more” or “less” is an adjective or adverb of a
 * quality that qualifies no noun after it (“more subdued than usual”,
 * “less popular than”; not “more registered voters than”).
 */
function qualityAfter(token: Token | undefined, next: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || !/...(?:ed|ful|ive|ous|able|ible|ic|al|ly|ent|ant)$/.test(token.lower) || isPluralNoun(token.lower) || amountAdjectives.has(token.lower)) return false
  return next === undefined || next.kind === 'punct' || next.lower === 'than'
}

/** Adjectives of an amount, a cost or a chance (“more expensive than”, “more likely than”): a comparison of amounts after all. */
const amountAdjectives = new Set(['likely', 'unlikely', 'expensive', 'costly', 'plentiful', 'numerous', 'prevalent', 'frequent', 'frequently', 'profitable', 'populous'])

const comparatives = new Set(['more', 'fewer', 'less', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'cheaper', 'costlier', 'faster', 'slower', 'richer', 'poorer', 'older', 'younger', 'longer', 'shorter'])

function isBe(lower: string | undefined): boolean {
  return lower === 'is' || lower === 'are' || lower === 'am' || lower === 'was' || lower === 'were' || lower === "it's" || lower === "we're" || lower === "they're"
}

function hasFreeThan(tokens: Token[], spans: ReadonlyArray<{start: number; end: number}>): boolean {
  for (const token of tokens) {
    // (All three are `PHRASE` words: a bit test spares the others their lowercase form.)
    if ((token.flags & PHRASE) === 0 || (token.lower !== 'than' && token.lower !== 'compared' && token.lower !== 'twice')) continue
    const inside = spans.some((span) => token.start >= span.start && token.end <= span.end)
    if (!inside) return true
  }

  return false
}
