/**
 * Local cues that make an entity a source without the attribution stage’s
 * help: it is the subject of a statement (“the Pentagon did not immediately
 * respond”, “Hegseth calls for”), follows a cue (“said Sarah Yager”,
 * “according to the International Campaign …”, “criticism from human rights
 * groups”), or signs a document (“signed by Defense Secretary Pete Hegseth”).
 * Every pattern is anchored and bounded, and runs once per candidate.
 */
import type {RelationType} from '../schema.js'
import {sameLower, WordTable} from './hash.js'

const statementVerbs = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'warned', 'warns', 'warn', 'called', 'calls',
  'argued', 'argues', 'argue', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'claimed', 'claims',
  'claim', 'wrote', 'writes', 'write', 'announced', 'announces', 'announce', 'responded', 'respond',
  'responds', 'replied', 'replies', 'reply', 'declined', 'declines', 'decline', 'denied', 'denies', 'deny',
  'insisted', 'insists', 'asserted', 'asserts', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'explained', 'explains', 'urged', 'urges', 'urge', 'predicted', 'predicts', 'estimated', 'estimates',
  'estimate', 'reported', 'reports', 'report', 'found', 'finds', 'shows', 'showed', 'show', 'suggested',
  'suggests', 'concluded', 'concludes', 'recommended', 'recommends', 'outlined', 'outlines', 'asked', 'asks',
  'tweeted', 'tweets', 'posted', 'testified', 'testifies', 'confirmed', 'confirms', 'contended', 'contends',
  'maintained', 'maintains', 'cautioned', 'cautions', 'emphasized', 'emphasizes', 'stressed', 'stresses',
  'alleged', 'alleges', 'disputed', 'disputes', 'rejected', 'rejects', 'condemned', 'condemns', 'welcomed',
  'welcomes', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'demanded', 'demands',
  'proposed', 'proposes', 'countered', 'counters', 'conceded', 'concedes', 'observed', 'observes',
  'remarked', 'commented', 'comments', 'questioned', 'questions', 'indicated', 'indicates', 'revealed',
  'reveals', 'disclosed', 'discloses', 'declared', 'declares', 'expressed', 'expresses', 'issued', 'issues',
  'criticized', 'criticizes', 'criticised', 'praised', 'praises', 'blamed', 'blames', 'accused', 'accuses',
  'charged', 'charges', 'complained', 'complains', 'objected', 'objects', 'agreed', 'agrees', 'disagreed',
  'disagrees', 'describes', 'described', 'characterized', 'recalled', 'recalls', 'continued', 'continues',
  'be\\s+reached',
  'return(?:ed)?\\s+(?:a\\s+)?(?:requests?|messages?|calls?|emails?)'
].join('|')

const auxiliaries =
  'has|have|had|did|does|do|will|would|could|can|may|might|must|should|also|long|not|never|' +
  'previously|repeatedly|immediately|already|often|reportedly|publicly|privately|recently|now|still|' +
  'later|then|further|again|first|since|initially|quickly|separately|similarly|once|twice|n[’\']t|' +
  'didn[’\']t|doesn[’\']t|hasn[’\']t|haven[’\']t|won[’\']t|wouldn[’\']t|couldn[’\']t|have\\s+been|has\\s+been|' +
  'had\\s+been|been|otherwise|explicitly|flatly|strongly|widely|frequently|consistently|earlier'

/**
 * After a mention: optional party tag or short parenthetical, then a
 * statement verb (with auxiliaries and adverbs).
 */
const after = new RegExp(
  '(?:\\s{0,4}\\([^()\\n]{1,40}\\))?(?:,[^,.;:“”"\\n]{1,100},)?,?\\s{1,3}(?:(?:' +
    auxiliaries +
    ')\\s{1,3}){0,4}(?:' +
    statementVerbs +
    ')\\b',
  'y'
)

function table(words: string): WordTable {
  return new WordTable(words.split(' ').map((item) => [item, 1] as const))
}

/** Hashes of the first words the `after` pattern can start with, to skip it cheaply. */
const afterWords = new WordTable(
  [...statementVerbs.split('|'), ...auxiliaries.split('|')]
    .map((item) => /^[a-z]+/.exec(item)?.[0])
    .filter((item): item is string => item !== undefined)
    .map((item) => [item, 1] as const)
)

/**
 * Words right before a mention that make it the speaker (“said Sarah Yager”).
 * Not “told”: what follows it is whom the speaker told (“…, Bob Lee told
 * reporters.”).
 */
const cuesBefore = table(
  'said says say wrote writes added adds asked asks noted notes argued argues warned warns ' +
    'explained explains tweeted continued replied recalled insisted'
)

/** Nouns before `from` that make what follows a speaker (“criticism from …”). */
const reactionNouns = table(
  'criticism condemnation praise opposition objection objections support warning warnings call calls ' +
    'pushback backlash statement statements comment comments response responses reaction reactions'
)

/** After a document: who signed or wrote it. */
const agent = /(?:,?\s{1,3}(signed|written|authored|issued|drafted|released|sent|prepared|penned|compiled|conducted|published|produced|collected|gathered|filed|submitted|commissioned)\s+by|\s{1,3}(by|from))\s+/y

/**
 * Whether a statement verb follows `end` (“… did not immediately respond”).
 *
 * @param view
 *   Document view.
 * @param end
 *   End offset of the mention.
 * @returns
 *   Whether the mention is the subject of a statement.
 */
export function statementAfter(view: string, end: number): boolean {
  let index = end
  while (index < end + 4 && isSpace(view.charCodeAt(index))) index++
  const code = view.charCodeAt(index)
  if (code !== 40 && code !== 44) {
    if (!wordMayStart(view, end)) return false
  } else if (code === 44 && index === end && !mayFollowComma(view, end)) {
    // Most names followed by a comma start an appositive, not a statement.
    return false
  }

  after.lastIndex = end
  return after.test(view)
}

/**
 * Whether `after` may match at a comma: a statement word after it (`,
 * said`), or after the comma closing the parenthetical it opens (`, the
 * senator from Vermont, said`). Never false where the pattern matches.
 */
function mayFollowComma(view: string, end: number): boolean {
  if (wordMayStart(view, end + 1)) return true
  // The parenthetical runs to the first of these characters, at most 100 on.
  let at = end + 1
  const limit = end + 101
  while (at < limit) {
    const code = view.charCodeAt(at)
    if (code === 44 || code === 46 || code === 59 || code === 58 || code === 0x20_1c || code === 0x20_1d || code === 34 || code === 10 || Number.isNaN(code)) break
    at++
  }

  if (at === end + 1 || view.charCodeAt(at) !== 44) return false
  at++
  // `,?` then spaces: a second comma is taken, or nothing can follow.
  if (view.charCodeAt(at) === 44) at++
  return wordMayStart(view, at)
}

/**
 * Whether one to three spaces (as `\s` has them) at `at` are followed by a
 * word one of the statement or auxiliary words may start (checked on every
 * prefix, since `return(?:ed)?` and `n’t` are patterns, not words).
 */
function wordMayStart(view: string, at: number): boolean {
  let index = at
  while (index < at + 4 && isPatternSpace(view.charCodeAt(index))) index++
  if (index === at || index === at + 4) return false
  let hash = 0
  for (let stop = index; stop < index + 14; stop++) {
    let letter = view.charCodeAt(stop)
    if (letter >= 65 && letter <= 90) letter += 32
    else if (letter < 97 || letter > 122) break
    hash = (Math.imul(hash, 31) + letter) | 0
    if (afterWords.hasHash(hash & 0x3f_ff_ff_ff)) return true
  }

  return false
}

/**
 * Whether a character is one `\s` matches.
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is white space to a regular expression.
 */
export function isPatternSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x16_80 ||
    (code >= 0x20_00 && code <= 0x20_0a) ||
    code === 0x20_28 ||
    code === 0x20_29 ||
    code === 0x20_2f ||
    code === 0x20_5f ||
    code === 0x30_00 ||
    code === 0xfe_ff
  )
}

/**
 * Which cue that takes its speaker after it ends right before `start`:
 * `'verb'` (“said Sarah Yager”: a speaker only when the name is not the
 * subject of reported speech, see {@link invertedAfter}), `'phrase'`
 * (“according to the …”, “criticism from …”), or `undefined`.
 *
 * @param view
 *   Document view.
 * @param start
 *   Start offset of the mention (or of its title).
 * @returns
 *   Kind of cue, if any.
 */
export function statementBefore(view: string, start: number): 'phrase' | 'verb' | undefined {
  // Runs for every candidate: words are compared in place, never sliced.
  let hash = wordBefore(view, start)
  if (hash < 0) return undefined
  if (isWord(view, 'the') || isWord(view, 'a') || isWord(view, 'an')) {
    hash = wordBefore(view, wordStart)
    if (hash < 0) return undefined
  }

  if (cuesBefore.getText(hash, view, wordStart, wordStop) >= 0) return 'verb'
  if (isWord(view, 'to')) return wordBefore(view, wordStart) >= 0 && isWord(view, 'according') ? 'phrase' : undefined
  if (isWord(view, 'from')) {
    hash = wordBefore(view, wordStart)
    return hash >= 0 && reactionNouns.getText(hash, view, wordStart, wordStop) >= 0 ? 'phrase' : undefined
  }

  return undefined
}

/**
 * Whether “according to” ends right before `start` (one to three spaces
 * after each word).
 *
 * @param view
 *   Document view.
 * @param start
 *   Start offset of the mention.
 * @returns
 *   Whether it does.
 */
export function accordingToBefore(view: string, start: number): boolean {
  return wordBefore(view, start) >= 0 && isWord(view, 'to') && wordBefore(view, wordStart) >= 0 && isWord(view, 'according')
}

/** Words that may follow the speaker of an inverted attribution (“said Smith in an interview”). */
const afterInverted = new Set('in on at during after before when while of from who whose and'.split(' '))

/**
 * Whether what follows a name after a cue verb ends an inverted attribution
 * (“said Sarah Yager, the …”, “wrote Leahy.”) rather than starting reported
 * speech (“said the plan changed”).
 *
 * @param view
 *   Document view.
 * @param end
 *   End offset of the name (and its party tag).
 * @returns
 *   Whether the name is the speaker.
 */
export function invertedAfter(view: string, end: number): boolean {
  // Blanked markup (“_Leahy_.”) reads as spaces.
  while (end < view.length - 1 && view.charCodeAt(end) === 32 && view.charCodeAt(end + 1) === 32) end++
  if (view.charCodeAt(end) === 32 && isPunctuation(view.charCodeAt(end + 1))) return true
  const code = view.charCodeAt(end)
  if (Number.isNaN(code) || code === 44 || code === 46 || code === 59 || code === 58 || code === 0x201d || code === 34 || code === 41 || code === 10 || code === 13) {
    return true
  }

  if (code !== 32) return false
  let stop = end + 1
  while (stop < end + 8) {
    const letter = view.charCodeAt(stop)
    if (letter < 97 || letter > 122) break
    stop++
  }

  return afterInverted.has(view.slice(end + 1, stop))
}

function isPunctuation(code: number): boolean {
  return code === 44 || code === 46 || code === 59 || code === 58 || code === 0x201d || code === 34 || code === 41
}

/** Bounds of the word found by the last {@link wordBefore}. */
let wordStart = 0
let wordStop = 0

/**
 * Find the ASCII word (its last 12 letters) that ends one to three spaces
 * before `end`, setting `wordStart` and `wordStop`.
 *
 * @returns
 *   Hash of the lowercase word (see `wordHash`), or `-1` when there is none.
 */
function wordBefore(view: string, end: number): number {
  let index = end
  while (index > 0 && end - index < 3 && isSpace(view.charCodeAt(index - 1))) index--
  if (index === end) return -1
  const stop = index
  while (index > 0 && stop - index < 12) {
    const code = view.charCodeAt(index - 1)
    if ((code < 65 || code > 90) && (code < 97 || code > 122)) break
    index--
  }

  if (index === stop) return -1
  wordStart = index
  wordStop = stop
  let hash = 0
  for (; index < stop; index++) {
    let code = view.charCodeAt(index)
    if (code < 97) code += 32
    hash = (Math.imul(hash, 31) + code) | 0
  }

  return hash & 0x3f_ff_ff_ff
}

/** Whether the word found by the last {@link wordBefore} is `word` (lowercase). */
function isWord(view: string, word: string): boolean {
  return sameLower(view, wordStart, wordStop, word)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
}

/**
 * Where the agent of a document starts, after `signed by`, `written by`,
 * `by`, `from` (“a report by the Government Accountability Office”).
 *
 * @param view
 *   Document view.
 * @param end
 *   End offset of the document description.
 * @returns
 *   Offset of the agent and the relation, or `undefined`.
 */
export function agentAfter(view: string, end: number): {at: number; type: RelationType} | undefined {
  agent.lastIndex = end
  const match = agent.exec(view)
  if (!match) return undefined
  return {at: end + match[0].length, type: match[1]?.toLowerCase() === 'signed' ? 'signer' : 'author'}
}
