/**
 * The side panel: every source with what it said, and a key to the marks.
 */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Quote} from '../schema.js'
import {lines} from './article.js'
import type {Context, SourceInfo} from './context.js'
import {claimKinds} from './describe.js'
import {sourceStyle} from './palette.js'

/**
 * Render the `<aside>` with sources and a key.
 *
 * @param context
 *   Shared state.
 * @returns
 *   The aside element (a complementary landmark).
 */
export function renderPanel(context: Context): Element {
  const {prefix} = context
  const infos = [...context.sources.values()]
  const headingId = prefix + 'sources-title'

  const sources =
    infos.length > 0
      ? h('ol', {className: ['ct-sources']}, lines(infos.map((info) => renderSource(context, info))))
      : h('p', 'No sources found.')

  return h(
    'aside',
    {id: prefix + 'sources', className: ['ct-panel'], ariaLabelledBy: headingId},
    h(
      'div',
      {className: ['ct-panel-inner']},
      lines([
        h('section', [h('h2', {id: headingId}, 'Sources (' + infos.length + ')'), sources]),
        renderKey()
      ])
    )
  )
}

function renderSource(context: Context, info: SourceInfo): Element {
  const {source} = info
  const {prefix} = context
  const style = sourceStyle(info.index)
  const rows: ElementContent[] = [h('dt', 'Kind'), h('dd', source.kind)]

  if (source.titles.length > 0) rows.push(h('dt', 'Titles'), h('dd', source.titles.join(', ')))
  const targets = source.relations.map((relation) => context.sources.get(relation.sourceId)!.source)
  // An affiliation that is itself a source shows once, as a link.
  const linked = source.relations.some(
    (relation, index) => relation.type === 'affiliation' && targets[index]!.name === source.affiliation
  )
  if (source.affiliation && !linked) rows.push(h('dt', 'Affiliation'), h('dd', source.affiliation))
  if (source.party || source.state) {
    rows.push(h('dt', 'Party'), h('dd', [source.party, source.state].filter(Boolean).join('-')))
  }

  for (const [index, relation] of source.relations.entries()) {
    const target = targets[index]!
    rows.push(h('dt', capitalize(relation.type)), h('dd', h('a', {href: '#' + prefix + target.id}, target.name)))
  }

  const children: ElementContent[] = [
    h('h3', [
      h('span', {className: ['ct-number']}, [h('span', {className: ['ct-visually-hidden']}, 'Source '), String(info.index + 1)]),
      source.name
    ]),
    h('dl', rows),
    h('p', [
      plural(info.quotes.length, 'quote'),
      ' · ',
      plural(info.claims.length, 'claim'),
      ' · ',
      plural(source.mentions.length, 'mention')
    ])
  ]

  if (info.quotes.length > 0) {
    children.push(
      h(
        'ul',
        {ariaLabel: 'Quotes from ' + source.name},
        info.quotes.map((quote) => h('li', h('a', {href: '#' + prefix + quote.id}, excerpt(quote))))
      )
    )
  }

  return h(
    'li',
    {
      id: prefix + source.id,
      className: ['ct-source', 'ct-c' + style.colour, 'ct-pat' + style.pattern],
      dataSourceId: source.id,
      tabIndex: -1
    },
    children
  )
}

function renderKey(): Element {
  return h('section', [
    h('h2', 'How to read this page'),
    h('ul', {className: ['ct-key']}, [
      h('li', [
        h('span', {className: ['ct-quote', 'ct-c1', 'ct-pat0'], dataLabel: '1'}, '“Quoted words”'),
        ' are tinted and numbered by source (the numbers above); the border pattern changes when colours repeat.'
      ]),
      h('li', ['Claims are underlined by kind: ', ...kindSamples(), '.']),
      h('li', [
        'The badge before a claim gives its check-worthiness (0–1): ',
        h('span', {className: ['ct-badge-sample', 'ct-worthy']}, '0.80'),
        ' check-worthy, ',
        h('span', {className: ['ct-badge-sample']}, '0.30'),
        ' below 0.50.'
      ]),
      h('li', [h('span', {className: ['ct-mention']}, 'Names'), ' link to their source in the list.']),
      h('li', 'Tab to a quote or claim (or hover it) to see who said it, the cue and the confidence; Esc hides the tip.')
    ])
  ])
}

function kindSamples(): ElementContent[] {
  const result: ElementContent[] = []
  for (const kind of claimKinds) {
    if (result.length > 0) result.push({type: 'text', value: ', '})
    result.push(h('span', {className: ['ct-claim', 'ct-k-' + kind, 'ct-worthy']}, kind))
  }

  return result
}

function excerpt(quote: Quote): string {
  const words = quote.content
  if (words.length <= 70) return '“' + words + '”'
  const cut = words.lastIndexOf(' ', 66)
  return '“' + words.slice(0, cut > 30 ? cut : 66) + '…”'
}

function plural(count: number, noun: string): string {
  return count + ' ' + noun + (count === 1 ? '' : 's')
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
