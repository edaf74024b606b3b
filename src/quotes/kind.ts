/**
 * What a pair of quotation marks holds, from the words around it: a title
 * (“on “Saturday Night Live””), a term (“called “nonpersistent” mines”), or
 * someone’s words (direct or partial).
 */
import type {Token} from '../attribution/tokens.js'
import {copulas, namingWords, personalPronouns, titleNouns} from '../attribution/words.js'
import {orgHeads} from '../sources/lexicon.js'

const titlePrepositions = new Set(['on', 'in', 'of', 'with', 'including', 'watch', 'watched', 'starred', 'hosted', 'host', 'star', 'read', 'reading'])
const namingAdverbs = new Set(['also', 'often', 'sometimes', 'now', 'commonly', 'so', 'widely', 'officially', 'aptly', 'once', 'still', 'popularly', 'informally', 'colloquially'])
const smallWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'but', 'nor', 'vs', 'vs.', 'is', 'be'])
const nameNouns = new Set(['word', 'words', 'term', 'terms', 'phrase', 'phrases', 'label', 'labels', 'slogan', 'hashtag', 'motto', 'nickname', 'name', 'moniker', 'catchphrase', 'mantra', 'tagline'])

/**
 * Whether the quote at token `index` is a title of a work.
 *
 * @param tokens
 *   Tokens of the unit.
 * @param index
 *   Index of the quote token.
 * @param content
 *   The quoted words.
 * @returns
 *   Whether it is a title.
 */
export function isTitle(tokens: Token[], index: number, content: string): boolean {
  let previous = tokens[index - 1]
  // “His book, “The Art of the Deal,” sold millions”: the title set off by commas.
  if (previous?.text === ',' && tokens[index - 2]?.type === 'word' && titleNouns.has(tokens[index - 2]!.lower)) previous = tokens[index - 2]
  if (!previous || previous.type !== 'word') return false
  if (titleNouns.has(previous.lower)) return titleCase(content)
  // “CNN’s “State of the Union””: a show or paper of an organization.
  if (previous.possessive && previous.upper && /^\p{Lu}{2,}/u.test(previous.text)) return titleCase(content)
  // “Fox News’ “Fox & Friends,””, “Fox News channel’s “Sunday Morning
  // Futures,””: an organization’s or a common noun’s possessive before words
  // in title case names a work (a person’s may be their words, in a
  // headline: “Issa: Clinton’s ‘Honesty Is In Question’”).
  if (previous.possessive && orgHeads.has(previous.lower)) return titleCase(content)
  if (previous.possessive && !previous.upper && content.trim().includes(' ')) return titleCase(content)
  return titlePrepositions.has(previous.lower) && content.includes(' ') && titleCase(content)
}

/**
 * Whether the quote at token `index` is introduced as a term (“so-called”,
 * “dubbed”, “known as”, “, called”, “the word”).
 *
 * @param tokens
 *   Tokens of the unit.
 * @param index
 *   Index of the quote token.
 * @returns
 *   Whether the words before make it a term.
 */
/**
 * Whether the words ending at `last` are the subject of a relative clause
 * (“talks that both sides described as”, “a meeting Peskov described as”):
 * someone describes, so the quotation is theirs, no term.
 */
function relativeSubject(tokens: Token[], last: number): boolean {
  const subject = tokens[last]
  if (!subject || subject.type !== 'word') return false
  if (subject.upper && last > 0 && tokens[last - 1]!.type === 'word') return true
  for (let index = last - 1; index >= 0 && last - index <= 4; index--) {
    const token = tokens[index]!
    if (token.type !== 'word') return false
    if (token.lower === 'that' || token.lower === 'which') return index < last
  }

  return false
}

export function isNamedTerm(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  if (!previous || previous.type !== 'word') return false
  const lower = previous.lower
  // “which he dubbed “…””, “he described it as “…””: a speaker who names
  // is quoted; only an impersonal naming makes a term.
  if (namingWords.has(lower)) return lower === 'so-called' || !pronounSubject(tokens[index - 2])
  if (nameNouns.has(lower)) {
    const before = tokens[index - 2]
    return Boolean(before && before.type === 'word' && (before.lower === 'the' || before.lower === 'a' || before.lower === 'an' || before.lower === 'this'))
  }

  if (lower === 'as') {
    const before = tokens[index - 2]
    if (before?.lower === 'described') return !pronounSubject(tokens[index - 3]) && !relativeSubject(tokens, index - 3)
    return Boolean(before && (before.lower === 'known' || before.lower === 'referred'))
  }

  if (lower === 'called' || lower === 'named') {
    const before = tokens[index - 2]
    if (!before) return false
    if (before.type === 'punct') return before.text === ',' || before.text === '(' || before.text === '—'
    if (before.type !== 'word') return false
    if (copulas.has(before.lower) || namingAdverbs.has(before.lower)) return true
    // “mines called “nonpersistent””: a plain noun, not a speaker.
    return !before.upper && !/^(?:he|she|they|we|i|you|who|it|that|which)$/.test(before.lower)
  }

  return false
}

function pronounSubject(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && (personalPronouns.has(token.lower) || token.lower === 'you')
}

function titleCase(content: string): boolean {
  const words = content.replace(/[.,!?;:]+$/, '').split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 10) return false
  let capitals = 0
  for (const [index, word] of words.entries()) {
    const first = word.charAt(0)
    const upper = first !== first.toLowerCase() || /\d/.test(first)
    if (upper) capitals++
    else if (index === 0 || (!smallWords.has(word.toLowerCase()) && word.length > 3)) return false
  }

  return capitals > 0
}
