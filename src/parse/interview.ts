/**
 * Question-and-answer interviews: “**Are home prices too high?**” then the
 * answer, paragraph after paragraph, in the interviewee’s words with no
 * quotation marks and no “said”.
 */
import type {Doc} from './document.js'

/** Fewest answered questions for an article to be laid out as an interview. */
const minimumQuestions = 2

/** Longest question paragraph (interviewers ask in a sentence or three). */
const longestQuestion = 400

/** A question written with its label (“Q: …”, “Question. …”). */
const labelled = /^(?:q|question)\s*[:.]\s/i

/** Emphasis marks around a whole paragraph in markdown (`**…**`, `__…__`, `*…*`, `_…_`). */
const emphasized = /^(\*\*|__|\*|_)[^]*\1\s*$/

/**
 * The question paragraphs of an article laid out as a question-and-answer
 * interview: at least two paragraphs — labelled “Q:”, or set in bold or
 * italics or as a heading and ending in `?` — each followed by an answer (a
 * body paragraph before the next question).
 *
 * @param doc
 *   Parsed document.
 * @returns
 *   Paragraph indices of the questions, in order; empty when the article
 *   is no interview.
 */
export function interviewQuestions(doc: Doc): number[] {
  const questions: number[] = []
  const {paragraphs} = doc
  for (let index = 0; index < paragraphs.length; index++) {
    if (isQuestion(doc, index)) questions.push(index)
  }

  if (questions.length < minimumQuestions) return []
  let answered = 0
  let firstPerson = 0
  let labels = 0
  for (let at = 0; at < questions.length; at++) {
    const question = paragraphs[questions[at]!]!
    if (labelled.test(doc.view.slice(question.start, question.end).trimStart())) labels++
    const next = paragraphs[questions[at]! + 1]
    if (next && (next.kind === 'paragraph' || next.kind === 'blockquote' || next.kind === 'list-item') && questions[at + 1] !== questions[at]! + 1) {
      answered++
      if (firstPersonWord.test(doc.view.slice(next.start, next.end))) firstPerson++
    }
  }

  // Questions in bold or as headings are also how explainers are laid out
  // (“## Why is this happening?” then the reporter’s answer): without “Q:”
  // labels, an interview’s answers speak in the first person.
  if (answered < minimumQuestions || (labels === 0 && firstPerson * 2 < answered)) return []
  return questions
}

/** A first-person word (an interviewee’s answer has them; a reporter’s rarely). */
const firstPersonWord = /\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Mm]y|[Oo]ur|me|us)\b/

/**
 * The paragraphs that answer the questions: body paragraphs after each
 * question, up to the next question or to the credits.
 *
 * @param doc
 *   Parsed document.
 * @param questions
 *   Result of {@link interviewQuestions}.
 * @returns
 *   Paragraph indices of the answers.
 */
export function interviewAnswerParagraphs(doc: Doc, questions: readonly number[]): number[] {
  const result: number[] = []
  const {paragraphs} = doc
  for (let at = 0; at < questions.length; at++) {
    const end = at + 1 < questions.length ? questions[at + 1]! : paragraphs.length
    for (let index = questions[at]! + 1; index < end; index++) {
      const kind = paragraphs[index]!.kind
      if (kind === 'credits' || kind === 'boilerplate') break
      if (kind === 'paragraph' || kind === 'blockquote' || kind === 'list-item') result.push(index)
    }
  }

  return result
}

/**
 * Whether a name starting at `offset` may be the interviewee’s: in a body
 * paragraph of the introduction (before the first question), and not the
 * interview’s author (“Interview by Sam Patel”).
 *
 * @param doc
 *   Parsed document.
 * @param questions
 *   Result of {@link interviewQuestions} (not empty).
 * @param offset
 *   Start of the name.
 * @returns
 *   Whether it may.
 */
export function inIntroduction(doc: Doc, questions: readonly number[], offset: number): boolean {
  const first = questions[0]
  if (first === undefined || offset >= doc.paragraphs[first]!.start) return false
  // The paragraph holding `offset` (binary search: an introduction may be long).
  let low = 0
  let high = first - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (doc.paragraphs[middle]!.start <= offset) low = middle
    else high = middle - 1
  }

  return doc.paragraphs[low]!.kind === 'paragraph' && !/\bby\s+$/i.test(doc.view.slice(Math.max(0, offset - 4), offset))
}

function isQuestion(doc: Doc, index: number): boolean {
  const paragraph = doc.paragraphs[index]!
  if (paragraph.kind !== 'paragraph' && paragraph.kind !== 'heading') return false
  if (paragraph.end - paragraph.start > longestQuestion) return false
  // Most paragraphs neither start with “Q” nor end in “?”: tell without a slice.
  const {view} = doc
  let first = paragraph.start
  while (first < paragraph.end && view.charCodeAt(first) === 32) first++
  let last = paragraph.end - 1
  while (last > first && isSpaceOrCloser(view.charCodeAt(last))) last--
  const q = view.charCodeAt(first) | 32
  if (q !== 113 /* q */ && view.charCodeAt(last) !== 63 /* ? */) return false
  const text = view.slice(first, paragraph.end).trim()
  // (A labelled question may be a statement: “Q: Your mother was deported twice.”)
  if (labelled.test(text)) return true
  if (!/\?["”’']?$/.test(text)) return false
  if (paragraph.kind === 'heading') return true
  return doc.format === 'markdown' && emphasized.test(doc.input.slice(paragraph.start, paragraph.end).trim())
}

/** A space, or a closing quotation mark after a question’s `?`. */
function isSpaceOrCloser(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 34 || code === 39 || code === 0x20_1d || code === 0x20_19
}
