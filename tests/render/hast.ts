/**
 * Small hast helpers for the viewer tests.
 */
import type {Element, Nodes, Root} from 'hast'
import type {Annotation} from '../../src/index.js'

/**
 * Every element below a node, in document order.
 *
 * @param node
 *   Tree.
 * @returns
 *   Elements.
 */
export function elements(node: Nodes): Element[] {
  const result: Element[] = []
  visit(node)
  return result

  function visit(current: Nodes): void {
    if (current.type === 'element') result.push(current)
    if ('children' in current) for (const child of current.children) visit(child)
  }
}

/**
 * The text content of a node (as the DOM’s `textContent`).
 *
 * @param node
 *   Tree.
 * @returns
 *   Text.
 */
export function text(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((child) => text(child)).join('')
  return ''
}

/**
 * A property of an element as a string (`undefined` when absent).
 *
 * @param element
 *   Element.
 * @param name
 *   hast property name (`dataQuoteId`).
 * @returns
 *   Value.
 */
export function property(element: Element, name: string): string | undefined {
  const value = element.properties[name]
  if (value === undefined || value === null || value === false) return undefined
  return Array.isArray(value) ? value.join(' ') : String(value)
}

/**
 * The highlight elements of one item: its primary element and its parts.
 *
 * @param tree
 *   Rendered tree.
 * @param type
 *   `quote` or `claim`.
 * @param id
 *   Item id.
 * @returns
 *   `primary` (all elements carrying the id, should be one) and `all`
 *   (primary and parts, in document order).
 */
export function highlights(
  tree: Root,
  type: 'claim' | 'quote',
  id: string
): {primary: Element[]; all: Element[]} {
  const idName = type === 'quote' ? 'dataQuoteId' : 'dataClaimId'
  const partName = type === 'quote' ? 'dataQuotePart' : 'dataClaimPart'
  const all = elements(tree).filter((node) => property(node, idName) === id || property(node, partName) === id)
  return {primary: all.filter((node) => property(node, idName) === id), all}
}

/**
 * The part of `start`–`end` the page shows: its overlap with each paragraph
 * (the title paragraph shows the title span), joined.
 *
 * @param annotation
 *   Annotation.
 * @param input
 *   Article.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Visible text.
 */
export function visibleText(annotation: Annotation, input: string, start: number, end: number): string {
  let result = ''
  for (const paragraph of annotation.paragraphs) {
    let from = paragraph.position.start.offset
    let to = paragraph.position.end.offset
    if (paragraph.kind === 'title' && annotation.title) {
      from = Math.max(from, annotation.title.position.start.offset)
      to = Math.min(to, annotation.title.position.end.offset)
    }

    if (paragraph.kind === 'separator') continue
    const a = Math.max(from, start)
    const b = Math.min(to, end)
    if (a < b) result += input.slice(a, b)
  }

  return result
}

/**
 * A compact picture of an element’s content: quotes as `[q1:…]`, claims as
 * `{c1:…}`, mentions as `<src1:…>`; parts of a split item get a `+`.
 *
 * @param node
 *   Tree.
 * @returns
 *   Picture.
 */
export function picture(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element' && node.type !== 'root') return ''
  const inner = node.children.map((child) => picture(child)).join('')
  if (node.type === 'root') return inner
  const quote = property(node, 'dataQuoteId')
  const quotePart = property(node, 'dataQuotePart')
  const claim = property(node, 'dataClaimId')
  const claimPart = property(node, 'dataClaimPart')
  if (quote) return '[' + quote + ':' + inner + ']'
  if (quotePart) return '[' + quotePart + '+:' + inner + ']'
  if (claim) return '{' + claim + ':' + inner + '}'
  if (claimPart) return '{' + claimPart + '+:' + inner + '}'
  if (node.tagName === 'a' && property(node, 'dataSourceId')) return '<' + property(node, 'dataSourceId') + ':' + inner + '>'
  return inner
}
