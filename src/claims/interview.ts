/**
 * Answers of a question-and-answer interview are the interviewee’s words,
 * not the reporter’s (see `../parse/interview.ts` for the layout).
 */
import {inIntroduction, interviewAnswerParagraphs} from '../parse/interview.js'
import type {Doc} from '../parse/document.js'
import type {Source} from '../schema.js'

/** An answer’s label (“A: …”), not part of what the interviewee says. */
const answerLabel = /^a\s*[:.]\s+/i

/**
 * The interviewee of each answer paragraph of an interview: the first
 * person the introduction (the body before the first question) names, not
 * as its author (“Interview by Sam Patel”).
 *
 * @param doc
 *   Parsed document.
 * @param sources
 *   The article’s sources (the sources stage makes the interviewee one).
 * @returns
 *   Source id by paragraph index, for each answer paragraph; empty for
 *   every other article.
 */
export function interviewAnswers(doc: Doc, sources: readonly Source[]): Map<number, string> {
  const answers = new Map<number, string>()
  const questions = doc.interview
  if (questions.length === 0) return answers
  let interviewee: string | undefined
  let at = Infinity
  for (const source of sources) {
    if (source.kind !== 'person') continue
    for (const mention of source.mentions) {
      const offset = mention.position.start.offset
      if (offset >= at || mention.kind !== 'name' || !inIntroduction(doc, questions, offset)) continue
      interviewee = source.id
      at = offset
    }
  }

  if (interviewee === undefined) return answers
  for (const index of interviewAnswerParagraphs(doc, questions)) answers.set(index, interviewee)
  return answers
}

/**
 * The start of what an answer paragraph’s sentence says, after an “A:”
 * label.
 *
 * @param view
 *   Document view.
 * @param start
 *   Start of the sentence.
 * @param end
 *   End of the sentence.
 * @returns
 *   `start`, or the offset after the label.
 */
export function afterAnswerLabel(view: string, start: number, end: number): number {
  const match = answerLabel.exec(view.slice(start, Math.min(end, start + 8)))
  return match ? start + match[0].length : start
}
