/**
 * The article itself: its blocks, with quotes, claims and source mentions
 * nested inside as highlight elements.
 */
import type {ElementContent, Element, Properties} from 'hast'
import {h} from 'hastscript'
import type {Paragraph} from '../schema.js'
import type {Context, Item} from './context.js'
import {describeClaim, describeQuote, describeSource, score} from './describe.js'
import {sourceStyle} from './palette.js'
import {nest, type Fragment, type Range} from './tree.js'

/** A paragraph with the part of it that is shown. */
interface Block {
  readonly paragraph: Paragraph
  /** Shown range: the paragraph without heading markers. */
  readonly start: number
  readonly end: number
  /** Items overlapping the shown range, in order of precedence. */
  readonly ranges: Array<Range<Item>>
}

/**
 * Render the `<article>`: title, paragraphs, separators, credits.
 *
 * @param context
 *   Shared state; hidden descriptions are added to it.
 * @param fallbackTitle
 *   Heading when the article has no title.
 * @returns
 *   The article element.
 */
export function renderArticle(context: Context, fallbackTitle: string): Element {
  const {annotation, prefix} = context
  const blocks = placeItems(context)
  const seen = new Set<Item>()
  const children: ElementContent[] = []
  const titleId = prefix + 'title'
  let hasTitle = false
  let index = 0

  while (index < blocks.length) {
    const block = blocks[index]!
    const kind = block.paragraph.kind

    if (kind === 'list-item') {
      const items: Element[] = []
      const ordered = isOrdered(context.input, block)
      // One list per run of items with the same kind of marker.
      while (blocks[index]?.paragraph.kind === 'list-item' && isOrdered(context.input, blocks[index]!) === ordered) {
        items.push(h('li', {id: prefix + blocks[index]!.paragraph.id}, content(context, blocks[index]!, seen)))
        index++
      }

      children.push(h(ordered ? 'ol' : 'ul', lines(items)))
      continue
    }

    if (kind === 'credits') {
      const credits: Element[] = []
      while (blocks[index]?.paragraph.kind === 'credits') {
        credits.push(h('p', {id: prefix + blocks[index]!.paragraph.id}, content(context, blocks[index]!, seen)))
        index++
      }

      children.push(h('footer', {className: ['ct-credits']}, lines(credits)))
      continue
    }

    const id = prefix + block.paragraph.id
    index++

    switch (kind) {
      case 'title': {
        if (hasTitle) {
          children.push(h('h2', {id}, content(context, block, seen)))
        } else {
          hasTitle = true
          children.push(h('h1', {id: titleId, dataParagraphId: block.paragraph.id}, content(context, block, seen)))
        }

        break
      }

      case 'heading': {
        const level = Math.min(6, Math.max(2, headingLevel(block.paragraph.text)))
        children.push(h('h' + level, {id}, content(context, block, seen)))
        break
      }

      case 'separator': {
        children.push(h('hr', {id}))
        break
      }

      case 'blockquote': {
        children.push(h('blockquote', {id}, h('p', content(context, block, seen))))
        break
      }

      case 'html': {
        children.push(h('pre', {id, className: ['ct-html']}, h('code', content(context, block, seen))))
        break
      }

      case 'byline':
      case 'dateline':
      case 'boilerplate': {
        children.push(h('p', {id, className: ['ct-' + kind]}, content(context, block, seen)))
        break
      }

      default: {
        children.push(h('p', {id}, content(context, block, seen)))
      }
    }
  }

  if (!hasTitle) {
    children.unshift(h('h1', {id: titleId}, annotation.title?.text ?? fallbackTitle))
  }

  return h('article', {className: ['ct-article'], ariaLabelledBy: titleId}, lines(children))
}

/**
 * Put every quote, claim and mention in the blocks it overlaps, in order of
 * precedence: quotes are never split, claims only by quotes they cross,
 * mentions (links, which may not hold focusable items) by anything.
 */
function placeItems(context: Context): Block[] {
  const {annotation, input} = context
  const blocks: Block[] = [...annotation.paragraphs]
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
    .map((paragraph) => {
      let start = paragraph.position.start.offset
      let end = paragraph.position.end.offset
      const title = annotation.title
      if (paragraph.kind === 'title' && title && title.position.start.offset >= start && title.position.end.offset <= end) {
        start = title.position.start.offset
        end = title.position.end.offset
      } else if (paragraph.kind === 'heading') {
        // ATX markers (`## `, closing ` ##`) are markup, not words of the article.
        const open = /^#{1,6}[ \t]+/.exec(paragraph.text)
        if (open) start += open[0].length
        const close = /[ \t]+#+[ \t]*$/.exec(input.slice(start, end))
        if (close) end -= close[0].length
      }

      return {paragraph, start, end, ranges: []}
    })

  const ordered = (a: {position: {start: {offset: number}; end: {offset: number}}}, b: typeof a) =>
    a.position.start.offset - b.position.start.offset || b.position.end.offset - a.position.end.offset
  const ranges: Array<Range<Item>> = []

  for (const quote of [...annotation.quotes].sort(ordered)) {
    ranges.push(range(quote, {type: 'quote', quote, source: context.sourceOf.get(quote)?.source}, true))
  }

  for (const claim of [...annotation.claims].sort(ordered)) {
    ranges.push(range(claim, {type: 'claim', claim, source: context.sourceOf.get(claim)?.source}, true))
  }

  // A span named by two sources links to the first.
  const mentioned = new Set<string>()
  for (const source of annotation.sources) {
    for (const mention of source.mentions) {
      const key = mention.position.start.offset + ':' + mention.position.end.offset
      if (mentioned.has(key)) continue
      mentioned.add(key)
      ranges.push(range(mention, {type: 'mention', mention, source}, false))
    }
  }

  for (const item of ranges) {
    // Blocks are sorted and disjoint: find the first one ending after the start.
    let low = 0
    let high = blocks.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (blocks[middle]!.end > item.start) high = middle
      else low = middle + 1
    }

    for (let index = low; index < blocks.length && blocks[index]!.start < item.end; index++) {
      blocks[index]!.ranges.push(item)
    }
  }

  return blocks
}

function range(
  span: {position: {start: {offset: number}; end: {offset: number}}},
  value: Item,
  container: boolean
): Range<Item> {
  return {start: span.position.start.offset, end: span.position.end.offset, value, container}
}

/** The shown text of a block, with its items nested. */
function content(context: Context, block: Block, seen: Set<Item>): ElementContent[] {
  return children(context, nest(block.start, block.end, block.ranges), seen)
}

function children(context: Context, fragment: Fragment<Item>, seen: Set<Item>): ElementContent[] {
  const result: ElementContent[] = []
  let position = fragment.start
  for (const child of fragment.children) {
    if (child.start > position) result.push({type: 'text', value: context.input.slice(position, child.start)})
    result.push(element(context, child, seen))
    position = child.end
  }

  if (fragment.end > position) result.push({type: 'text', value: context.input.slice(position, fragment.end)})
  return result
}

/**
 * One fragment of an item. The first fragment of an item in document order
 * is its *primary* element (id, `data-quote-id`/`data-claim-id`, focusable,
 * described); later fragments, where a crossing range split it, carry
 * `data-quote-part`/`data-claim-part` instead.
 */
function element(context: Context, fragment: Fragment<Item>, seen: Set<Item>): Element {
  const item = fragment.range!.value
  const primary = !seen.has(item)
  seen.add(item)
  const inner = children(context, fragment, seen)
  const {prefix} = context

  if (item.type === 'mention') {
    const info = context.sources.get(item.source.id)!
    return h(
      'a',
      {
        href: '#' + prefix + item.source.id,
        className: ['ct-mention'],
        dataSourceId: item.source.id,
        dataMentionKind: item.mention.kind,
        dataTip: describeSource(item.source, info.index + 1).join('\n'),
        ariaDescribedBy: prefix + item.source.id + '-about'
      },
      inner
    )
  }

  const info = item.source ? context.sources.get(item.source.id) : undefined

  if (item.type === 'quote') {
    const {quote} = item
    const style = sourceStyle(info ? info.index : -1)
    const tip = describeQuote(quote, item.source)
    const properties: Properties = {
      className: ['ct-quote', 'ct-c' + style.colour, 'ct-pat' + style.pattern],
      dataSourceId: item.source?.id,
      dataTip: tip.join('\n')
    }

    if (primary) {
      properties.id = prefix + quote.id
      properties.dataQuoteId = quote.id
      properties.dataKind = quote.kind
      // Term and title quotes are nobody’s words: no speaker label.
      properties.dataLabel = info ? String(info.index + 1) : quote.kind === 'term' || quote.kind === 'title' ? undefined : '?'
      properties.tabIndex = 0
      properties.ariaDescribedBy = [describe(context, quote.id, tip)]
    } else {
      properties.dataQuotePart = quote.id
    }

    return h('mark', properties, inner)
  }

  const {claim} = item
  const tip = describeClaim(claim, item.source)
  const worthy = claim.checkworthiness >= 0.5
  const properties: Properties = {
    className: ['ct-claim', 'ct-k-' + claim.kind, worthy ? 'ct-worthy' : 'ct-unworthy'],
    dataSourceId: item.source?.id,
    dataTip: tip.join('\n')
  }

  if (primary) {
    properties.id = prefix + claim.id
    properties.dataClaimId = claim.id
    properties.dataKind = claim.kind
    properties.dataCheckworthiness = score(claim.checkworthiness)
    properties.dataBadge = claim.kind + ' ' + score(claim.checkworthiness)
    properties.tabIndex = 0
    properties.ariaDescribedBy = [describe(context, claim.id, tip)]
  } else {
    properties.dataClaimPart = claim.id
  }

  return h('span', properties, inner)
}

/** Add a hidden description; returns its id for `aria-describedby`. */
function describe(context: Context, id: string, lines: string[]): string {
  const descriptionId = context.prefix + id + '-about'
  context.descriptions.push(h('p', {id: descriptionId}, lines.join('. ')))
  return descriptionId
}

/**
 * Hidden descriptions of sources, which mention links point at.
 *
 * @param context
 *   Shared state.
 * @returns
 *   One `<p>` per source.
 */
export function sourceDescriptions(context: Context): Element[] {
  return [...context.sources.values()].map((info) =>
    h('p', {id: context.prefix + info.source.id + '-about'}, describeSource(info.source, info.index + 1).join('. '))
  )
}

/**
 * Put a newline between block elements so the HTML reads (and diffs) well.
 *
 * @param nodes
 *   Block elements.
 * @returns
 *   The nodes with `\n` text between and around them.
 */
export function lines(nodes: ReadonlyArray<ElementContent>): ElementContent[] {
  const result: ElementContent[] = [{type: 'text', value: '\n'}]
  for (const node of nodes) result.push(node, {type: 'text', value: '\n'})
  return result
}

function headingLevel(text: string): number {
  return /^#{1,6}/.exec(text)?.[0].length ?? 2
}

/** Whether a list item’s marker is a number (`1.`, `2)`), from its line. */
function isOrdered(input: string, block: Block): boolean {
  const offset = block.paragraph.position.start.offset
  const lineStart = input.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t>]*\d{1,9}[.)][ \t]*$/.test(input.slice(lineStart, offset))
}

