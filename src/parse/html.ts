/**
 * Prose inside HTML blocks of markdown: scraped pages keep paragraphs as
 * `<p>The House passed …</p>`, whose text is the article’s.
 */
import type {ParagraphKind} from '../schema.js'

/** Elements whose text is prose, by the kind of block they make (`paragraph`: the context’s). */
const proseElements = new Map<string, ParagraphKind>([
  ['p', 'paragraph'],
  ['div', 'paragraph'],
  ['section', 'paragraph'],
  ['article', 'paragraph'],
  ['figcaption', 'paragraph'],
  ['span', 'paragraph'],
  ['h1', 'heading'],
  ['h2', 'heading'],
  ['h3', 'heading'],
  ['h4', 'heading'],
  ['h5', 'heading'],
  ['h6', 'heading'],
  ['blockquote', 'blockquote'],
  ['li', 'list-item']
])

/** An opening tag of an element of {@link proseElements} at the start of a block (attributes bounded: no backtracking). */
const proseOpening = /^<([a-z][a-z\d]{0,9})(?:\s[^<>]{0,500})?>/i

/** Markup whose content is not prose: a block holding one is kept as `html`. */
const notProse = /<(?:script|style|iframe|table|svg|math|object|embed|template|noscript|video|audio|form)\b|<!--/i

/**
 * The block kind an HTML block makes when it is one element of prose.
 *
 * @param source
 *   Markdown.
 * @param start
 *   Start of the HTML block.
 * @param end
 *   End of the HTML block (trailing white space allowed).
 * @returns
 *   The kind (`paragraph`, `heading`, `blockquote`, `list-item`) when the
 *   block is one such element (`<p>…</p>`), closed at its end, with letters
 *   in it; else `undefined` (the block stays `html`).
 */
export function proseElement(source: string, start: number, end: number): ParagraphKind | undefined {
  let last = end
  while (last > start && /\s/.test(source.charAt(last - 1))) last--
  // (A page-long block is a layout, not a paragraph: not copied and searched.)
  if (last - start > 20_000) return undefined
  const html = source.slice(start, last)
  const opening = proseOpening.exec(html)
  if (!opening) return undefined
  const name = opening[1]!.toLowerCase()
  const kind = proseElements.get(name)
  if (!kind || !html.toLowerCase().endsWith('</' + name + '>') || notProse.test(html)) return undefined
  return hasText(html) ? kind : undefined
}

/** Whether `html` has a letter outside its tags. */
function hasText(html: string): boolean {
  let tag = false
  for (let index = 0; index < html.length; index++) {
    const code = html.charCodeAt(index)
    if (code === 60 /* < */) tag = true
    else if (code === 62 /* > */ && tag) tag = false
    else if (!tag && (((code | 32) >= 97 && (code | 32) <= 122) || (code > 127 && /\p{L}/u.test(html.charAt(index))))) return true
  }

  return false
}
