import type {InputFormat} from '../schema.js'

const blankLine = /\n[ \t]*\r?\n|\r[ \t]*\r/
const markdownStart = /^(?:#{1,6}[ \t]|---\r?\n|>[ \t]?\S)/

/**
 * Guess whether `input` is markdown (blank-line paragraphs) or plain text with
 * one paragraph per line.
 *
 * Plain text from scrapers and wire feeds has no blank lines; any markdown
 * with more than one paragraph has them, so blank lines decide. A document
 * that starts with a heading, front matter or block quote is markdown too.
 *
 * @param input
 *   The article.
 * @returns
 *   `'markdown'` or `'text'`.
 */
export function detectFormat(input: string): InputFormat {
  const start = input.charCodeAt(0) === 0xfe_ff ? input.slice(1, 200) : input.slice(0, 200)
  return blankLine.test(input) || markdownStart.test(start) ? 'markdown' : 'text'
}
