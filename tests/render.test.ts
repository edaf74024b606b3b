import {createHash} from 'node:crypto'
import type {Element, Root} from 'hast'
import {describe, expect, it} from 'vitest'
import {annotate, type Annotation} from '../src/index.js'
import {stylesheet, toHast, toHtml} from '../src/render/index.js'
import {dark, light, patterns, type Theme} from '../src/render/palette.js'
import {elements, highlights, picture, property, text, visibleText} from './render/hast.js'
import {buildAnnotation, seedAnnotation, seedText} from './render/seed-annotation.js'

const seed = seedText
const hasSeed = seed !== undefined
const seedMessage = 'the seed article is absent (fixtures/seed/input.txt, ../shared/seed): skipping'
if (!hasSeed) console.warn(seedMessage)

/** The seed’s real annotation and the hand-built one (known counts). */
function seedCases(): Array<[name: string, annotation: Annotation]> {
  return [
    ['annotate(seed)', annotate(seed!)],
    ['hand-built', seedAnnotation(seed!)]
  ]
}

function byId(tree: Root, id: string): Element {
  const found = elements(tree).find((node) => property(node, 'id') === id)
  if (!found) throw new Error('No element #' + id)
  return found
}

function contains(ancestor: Element, descendant: Element): boolean {
  return elements(ancestor).includes(descendant) && ancestor !== descendant
}

describe('toHtml', () => {
  it.skipIf(!hasSeed)('renders the seed as a whole, self-contained document', () => {
    const annotation = seedAnnotation(seed!)
    const html = toHtml(annotation, seed!)
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html).toContain('<title>Hegseth reverses land mine policy to allow use of controversial weapon</title>')
    expect(html).toContain('<h1 id="title" data-paragraph-id="p1">Hegseth reverses land mine policy')
    for (const tag of ['<main', '<article', '<aside', '<header', '<hr', '<style>', '<script>']) {
      expect(html.split(tag).length - 1, tag).toBe(1)
    }

    // One article footer (credits) and one page footer.
    expect(html.match(/<footer/g)).toHaveLength(2)
    expect(html).toMatch(/<footer class="ct-credits">\n<p id="p19">• Dan Lamothe, Meg Kelly and Alex Horton contributed\.<\/p>/)
    // Nothing from the network: no external resources, a policy that forbids them.
    expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=|url\(|@import|https?:\/\//)
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;sha256-/)
    // Every body paragraph is there, word for word.
    for (const paragraph of annotation.paragraphs.filter((item) => item.kind === 'paragraph')) {
      const tree = toHast(annotation, seed!)
      expect(text(byId(tree, paragraph.id))).toBe(paragraph.text)
    }
  })

  it.skipIf(!hasSeed)('highlights every quote and claim exactly once, at its text', () => {
    for (const [name, annotation] of seedCases()) {
      const tree = toHast(annotation, seed!)
      for (const quote of annotation.quotes) {
        const {primary, all} = highlights(tree, 'quote', quote.id)
        expect(primary, name + ' ' + quote.id).toHaveLength(1)
        expect(primary[0]!.tagName).toBe('mark')
        expect(property(primary[0]!, 'tabIndex')).toBe('0')
        const start = quote.position.start.offset
        const end = quote.position.end.offset
        expect(all.map((node) => text(node)).join(''), name + ' ' + quote.id).toBe(visibleText(annotation, seed!, start, end))
      }

      for (const claim of annotation.claims) {
        const {primary, all} = highlights(tree, 'claim', claim.id)
        expect(primary, name + ' ' + claim.id).toHaveLength(1)
        expect(property(primary[0]!, 'tabIndex')).toBe('0')
        const start = claim.position.start.offset
        const end = claim.position.end.offset
        expect(all.map((node) => text(node)).join(''), name + ' ' + claim.id).toBe(visibleText(annotation, seed!, start, end))
      }

      // Every source mention is a link to its source.
      const links = elements(tree).filter((node) => node.tagName === 'a' && property(node, 'dataSourceId'))
      for (const source of annotation.sources) {
        const texts = links.filter((node) => property(node, 'href') === '#' + source.id).map((node) => text(node))
        for (const mention of source.mentions) expect(texts, name + ' ' + source.id).toContain(mention.text)
      }
    }
  })

  it.skipIf(!hasSeed)('shows the hand-built seed whole: 13 quotes, 12 claims, 12 sources, none split', () => {
    const annotation = seedAnnotation(seed!)
    const tree = toHast(annotation, seed!)
    const all = elements(tree)
    expect(all.filter((node) => property(node, 'dataQuoteId'))).toHaveLength(13)
    expect(all.filter((node) => property(node, 'dataClaimId'))).toHaveLength(12)
    expect(all.filter((node) => property(node, 'dataQuotePart') || property(node, 'dataClaimPart'))).toHaveLength(0)
    for (const item of [...annotation.quotes, ...annotation.claims]) {
      expect(text(byId(tree, item.id)), item.id).toBe(item.text)
    }

    const mentions = annotation.sources.flatMap((source) =>
      source.mentions.map((mention) => ({offset: mention.position.start.offset, pair: source.id + ':' + mention.text}))
    )
    const links = all.filter((node) => node.tagName === 'a' && node.properties.className?.toString() === 'ct-mention')
    expect(links.map((node) => property(node, 'dataSourceId') + ':' + text(node))).toEqual(
      mentions.sort((a, b) => a.offset - b.offset).map((item) => item.pair)
    )
    expect(elements(byId(tree, 'sources')).filter((node) => node.tagName === 'li' && property(node, 'dataSourceId'))).toHaveLength(12)
  })

  it.skipIf(!hasSeed)('nests quotes in claims, claims in quotes and claims, mentions in claims', () => {
    const tree = toHast(seedAnnotation(seed!), seed!)
    expect(contains(byId(tree, 'c2'), byId(tree, 'q1'))).toBe(true)
    expect(contains(byId(tree, 'c2'), byId(tree, 'q2'))).toBe(true)
    expect(contains(byId(tree, 'c5'), byId(tree, 'q6'))).toBe(true)
    // A claim that is a quote’s content sits inside the quote.
    expect(contains(byId(tree, 'q8'), byId(tree, 'c9'))).toBe(true)
    expect(contains(byId(tree, 'c10'), byId(tree, 'c11'))).toBe(true)
    expect(picture(byId(tree, 'p14'))).toMatch(
      /^\{c10:<src1:The memo’s> claim that \{c11:land mines could help protect U\.S\. forces\} fails .*\}, said <src9:Daryl Kimball>, executive director of the <src10:Arms Control Association> in Washington\. \[q11:“The United States/
    )
  })

  it('splits a range where it crosses one placed before it, and at paragraph ends', () => {
    const input = 'A title\nShe said “one two three” and four.\nMore text “across\nlines” here.'
    const annotation = buildAnnotation(
      input,
      [{kind: 'person', name: 'She', mentions: [['She', 'pronoun']]}],
      [
        {text: '“one two three”', kind: 'direct', source: 'src1', cue: ['said']},
        {text: '“across\nlines”', kind: 'partial', source: null}
      ],
      [
        {text: 'two three” and four', kind: 'other', type: 'quoted', source: 'src1', score: 0.9},
        {text: 'text “across', kind: 'other', type: 'unattributed', source: null, score: 0.2},
        {text: 'three” and four.\nMore', kind: 'other', type: 'unattributed', source: null, score: 0.2}
      ]
    )
    const tree = toHast(annotation, input)
    const [, second, third] = annotation.paragraphs
    // c1 crosses q1: its first piece goes inside the quote. c2 (placed after
    // c1) crosses q1 and the paragraph end, and holds c1’s second piece.
    expect(picture(byId(tree, second!.id))).toBe('<src1:She> said [q1:“one {c1:two {c2:three”}}]{c2+:{c1+: and four}.}')
    // Quote q2 crosses the paragraph end; clipped to its paragraph, it sits inside c3 there.
    expect(picture(byId(tree, third!.id))).toBe('{c2+:More} {c3:text [q2:“across]}')
    expect(picture(byId(tree, annotation.paragraphs[3]!.id))).toBe('[q2+:lines”] here.')
    // Parts are not focusable and have no id; they still show the tooltip.
    const part = elements(tree).find((node) => property(node, 'dataClaimPart') === 'c1')!
    expect(property(part, 'tabIndex')).toBe(undefined)
    expect(property(part, 'id')).toBe(undefined)
    expect(property(part, 'dataTip')).toMatch(/^Claim: other/)
  })

  it('cuts a mention around a quote it would hold (links may not hold focusable items)', () => {
    const input = 'Title here\nThe “Big Group” said so.'
    const annotation = buildAnnotation(
      input,
      [{kind: 'group', name: 'The Big Group', mentions: [['The “Big Group”', 'name']]}],
      [{text: '“Big Group”', kind: 'title', source: null}],
      []
    )
    const tree = toHast(annotation, input)
    expect(picture(byId(tree, annotation.paragraphs[1]!.id))).toBe('<src1:The >[q1:<src1:“Big Group”>] said so.')
  })

  it.skipIf(!hasSeed)('colours quotes by source order, with a pattern and number as well', () => {
    const annotation = seedAnnotation(seed!)
    const tree = toHast(annotation, seed!)
    const classes = (id: string) => property(byId(tree, id), 'className')
    expect(classes('q1')).toBe('ct-quote ct-c1 ct-pat0') // src1
    expect(property(byId(tree, 'q1'), 'dataLabel')).toBe('1')
    expect(classes('q8')).toBe('ct-quote ct-c8 ct-pat0') // src8
    // Colours repeat from the ninth source, with the next border pattern and their own number.
    expect(classes('q11')).toBe('ct-quote ct-c1 ct-pat1') // src9
    expect(property(byId(tree, 'q11'), 'dataLabel')).toBe('9')
    expect(classes('q12')).toBe('ct-quote ct-c3 ct-pat1') // src11
    // A term quote is nobody’s words: neutral, no label.
    expect(classes('q6')).toBe('ct-quote ct-c0 ct-pat0')
    expect(property(byId(tree, 'q6'), 'dataLabel')).toBe(undefined)
    expect(property(byId(tree, 'q6'), 'dataSourceId')).toBe(undefined)
    expect(property(byId(tree, 'q8'), 'dataSourceId')).toBe('src8')
    // The panel entry wears the same colour and pattern.
    expect(property(byId(tree, 'src9'), 'className')).toBe('ct-source ct-c1 ct-pat1')
  })

  it('colours a continuing quote and a quoted claim by the source they inherit', () => {
    const input = 'Title here\n“First part,” she said. “Second part.”'
    const annotation = buildAnnotation(
      input,
      [
        {kind: 'person', name: 'Other', mentions: [['Title', 'name']]},
        {kind: 'person', name: 'She', mentions: [['she', 'pronoun']]}
      ],
      [
        {text: '“First part,”', kind: 'direct', source: 'src2', mention: ['she'], cue: ['said']},
        {text: '“Second part.”', kind: 'direct', source: null, continues: 1}
      ],
      [{text: 'Second part.', kind: 'other', type: 'quoted', source: null, score: 0.6, quotes: [2]}]
    )
    // Built with no attribution at all on q2, as a continuation has none of its own.
    const continuing = {...annotation, quotes: [annotation.quotes[0]!, {...annotation.quotes[1]!, attribution: null}]}
    const tree = toHast(continuing, input)
    expect(property(byId(tree, 'q2'), 'className')).toBe('ct-quote ct-c2 ct-pat0')
    expect(property(byId(tree, 'q2'), 'dataLabel')).toBe('2')
    expect(property(byId(tree, 'q2'), 'dataTip')).toBe('Quote (direct) — She (person)\nContinues quote q1')
    expect(property(byId(tree, 'c1'), 'dataSourceId')).toBe('src2')
    expect(text(byId(tree, 'src2'))).toContain('2 quotes · 1 claim · 1 mention')
  })

  it('labels a direct quote with no source `?`', () => {
    const input = 'Title here\n“Who said this?” nobody knows.'
    const annotation = buildAnnotation(input, [], [{text: '“Who said this?”', kind: 'direct', source: null}], [])
    const tree = toHast(annotation, input)
    expect(property(byId(tree, 'q1'), 'dataLabel')).toBe('?')
    expect(property(byId(tree, 'q1'), 'dataTip')).toBe('Quote (direct) — no source')
  })

  it.skipIf(!hasSeed)('marks claims by kind and check-worthiness', () => {
    const tree = toHast(seedAnnotation(seed!), seed!)
    const c3 = byId(tree, 'c3')
    expect(c3.tagName).toBe('span')
    expect(property(c3, 'className')).toBe('ct-claim ct-k-quantity ct-worthy')
    expect(property(c3, 'dataBadge')).toBe('quantity 0.93')
    expect(property(c3, 'dataCheckworthiness')).toBe('0.93')
    expect(property(byId(tree, 'c12'), 'className')).toBe('ct-claim ct-k-experience ct-unworthy')
    expect(property(byId(tree, 'c12'), 'dataBadge')).toBe('experience 0.38')
  })

  it.skipIf(!hasSeed)('describes each item’s attribution, in a tooltip and for assistive technology', () => {
    const annotation = seedAnnotation(seed!)
    const tree = toHast(annotation, seed!)
    const hidden = elements(tree).find((node) => property(node, 'className') === 'ct-descriptions')!
    expect(property(hidden, 'hidden')).toBe('true')

    for (const item of [...annotation.quotes, ...annotation.claims]) {
      const element = byId(tree, item.id)
      const describedBy = property(element, 'ariaDescribedBy')!
      const description = byId(tree, describedBy)
      expect(contains(hidden, description), item.id).toBe(true)
      // The tooltip and the description say the same, in lines or sentences.
      expect(text(description)).toBe(property(element, 'dataTip')!.split('\n').join('. '))
    }

    expect(property(byId(tree, 'q8'), 'dataTip')).toBe(
      'Quote (direct) — Patrick J. Leahy (person)\nCue “said” · named as “Patrick J. Leahy” · confidence 0.95'
    )
    expect(property(byId(tree, 'q10'), 'dataTip')).toBe(
      'Quote (direct) — Patrick J. Leahy (person)\nConfidence 0.85\nContinues quote q9'
    )
    expect(property(byId(tree, 'c3'), 'dataTip')).toBe(
      'Claim: quantity (event) — check-worthiness 0.93, check-worthy\n' +
        'Attribution: according to — International Campaign to Ban Landmines (organization)\n' +
        'Cue “according to” (evidence) · named as “International Campaign to Ban Landmines” · confidence 0.80'
    )
    expect(property(byId(tree, 'c6'), 'dataTip')).toBe(
      'Claim: quantity (current-value) — check-worthiness 0.81, check-worthy\n' +
        'Attribution: unattributed (the reporter) — no source\nConfidence 1.00\nNegated: “not”'
    )
    // Mentions point at their source’s description.
    const link = elements(tree).find((node) => node.tagName === 'a' && text(node) === 'Daryl Kimball')!
    expect(property(link, 'href')).toBe('#src9')
    expect(text(byId(tree, property(link, 'ariaDescribedBy')!))).toBe(
      'Source 9: Daryl Kimball (person). executive director. Arms Control Association'
    )
  })

  it.skipIf(!hasSeed)('lists sources in a side panel with kind, titles, affiliation and counts', () => {
    const tree = toHast(seedAnnotation(seed!), seed!)
    const aside = elements(tree).find((node) => node.tagName === 'aside')!
    expect(property(aside, 'ariaLabelledBy')).toBe('sources-title')
    expect(text(byId(tree, 'sources-title'))).toBe('Sources (12)')
    expect(text(byId(tree, 'src8'))).toBe(
      'Source 8Patrick J. LeahyKindpersonTitlesFormer senatorPartyD-Vt.3 quotes · 1 claim · 2 mentions' +
        '“The Pentagon is reinstituting a discredited policy that invites…”' +
        '“More U.S. soldiers and innocent civilians will be needlessly…”' +
        '“Anyone who has seen what landmines do to innocent civilians knows…”'
    )
    // An affiliation that is a source is a link, shown once.
    expect(text(byId(tree, 'src9'))).toContain('AffiliationArms Control Association1 quote · 1 claim · 1 mention')
    expect(text(byId(tree, 'src1'))).toContain('SignerPete Hegseth4 quotes · 4 claims · 7 mentions')
    expect(text(byId(tree, 'src5'))).toContain('0 quotes · 0 claims · 1 mention')
  })

  it.skipIf(!hasSeed)('gives every id once and resolves every reference', () => {
    const annotation = seedAnnotation(seed!)
    for (const idPrefix of ['', 'a-']) {
      const tree = toHast(annotation, seed!, {idPrefix})
      const ids = elements(tree).map((node) => property(node, 'id')).filter((id) => id !== undefined)
      expect(new Set(ids).size).toBe(ids.length)
      if (idPrefix) expect(ids.every((id) => id.startsWith(idPrefix))).toBe(true)
      const known = new Set(ids)
      for (const node of elements(tree)) {
        const href = property(node, 'href')
        if (href?.startsWith('#')) expect(known.has(href.slice(1)), href).toBe(true)
        for (const name of ['ariaDescribedBy', 'ariaLabelledBy']) {
          for (const id of property(node, name)?.split(' ') ?? []) expect(known.has(id), id).toBe(true)
        }
      }
    }
  })

  it.skipIf(!hasSeed)('is pure: same input, same HTML; the annotation is not changed', () => {
    const annotation = seedAnnotation(seed!)
    const before = JSON.stringify(annotation)
    const html = toHtml(annotation, seed!)
    expect(toHtml(structuredClone(annotation), seed!)).toBe(html)
    expect(toHtml(annotation, seed!)).toBe(html)
    expect(JSON.stringify(annotation)).toBe(before)
  })

  it('escapes all article text, names and options', () => {
    const input =
      'Breaking: <script>alert(1)</script> & "quotes" \'too\'\n' +
      'The <b>boss</b> said “<img src=x onerror=alert(2)> & \'x\' \"y\" </mark></p>” today.'
    const annotation = buildAnnotation(
      input,
      [
        {
          kind: 'person',
          name: '"><script>alert(3)</script>',
          titles: ['<i>chief</i> & "boss"'],
          mentions: [['The <b>boss</b>', 'title']]
        }
      ],
      [
        {
          text: '“<img src=x onerror=alert(2)> & \'x\' "y" </mark></p>”',
          kind: 'direct',
          source: 'src1',
          cue: ['said']
        }
      ],
      [{text: '<img src=x onerror=alert(2)> & \'x\' "y" </mark></p>', kind: 'other', type: 'quoted', source: 'src1', score: 0.9}]
    )
    const html = toHtml(annotation, input, {title: '</title><script>alert(4)</script>'})
    // Attribute values are always double-quoted with `"` escaped, so this
    // finds each of them; a `<` inside one is inert.
    const attributeValue = /="[^"]*"/g
    const markup = html.replace(attributeValue, '=""')
    // Our one script and nothing else: every `<` of the article is escaped.
    expect(markup.match(/<script/g)).toHaveLength(1)
    expect(markup).not.toMatch(/<img|<b>|<i>|<\/mark><\/p>”/)
    expect(markup).toContain('Breaking: &#x3C;script>alert(1)&#x3C;/script> &#x26; "quotes" \'too\'')
    expect(markup).toContain('<title>&#x3C;/title>&#x3C;script>alert(4)&#x3C;/script></title>')
    // Attribute values stay attribute values: their quotes are escaped.
    const tips = [...html.matchAll(/ data-tip="([^"]*)"/g)].map((match) => match[1])
    expect(tips).toContain('Quote (direct) — &#x22;><script>alert(3)</script> (person)\nCue “said” · confidence 0.90')
    // The tree holds the words as text, unchanged.
    const tree = toHast(annotation, input)
    expect(text(byId(tree, 'q1'))).toBe(annotation.quotes[0]!.text)
    expect(text(byId(tree, 'title'))).toBe('Breaking: <script>alert(1)</script> & "quotes" \'too\'')
  })

  it('throws a TypeError for an annotation of another text', () => {
    const input = 'A headline\nThe body says “something” here.'
    const annotation = annotate(input)
    expect(() => toHtml(annotation, input + ' More.')).toThrow(
      new TypeError(
        'Expected `annotation` to describe `input`, but it is for a text of 42 characters and `input` has 48 (was it made from another text?)'
      )
    )
    const sameLength = input.replace('headline', 'HEADLINE')
    expect(() => toHtml(annotation, sameLength)).toThrow(TypeError)
    expect(() => toHtml(annotation, sameLength)).toThrow(
      /title has text `"A headline"` where `input` has `"A HEADLINE"` at 0–10 \(was it made from another text\?\)/
    )
  })

  it('throws a TypeError for what is not an annotation, input or options', () => {
    const input = 'A headline\nBody.'
    const annotation = annotate(input)
    expect(() => toHtml({} as Annotation, input)).toThrow(/^Expected `annotation` to be a claimtrace Annotation: `schemaVersion`/)
    expect(() => toHtml(annotation, 42 as unknown as string)).toThrow(
      new TypeError('Expected `input` to be a string or VFile with a string value, got number `42`')
    )
    expect(() => toHtml(annotation, input, {theme: 'blue' as 'dark'})).toThrow(/`options.theme`/)
    expect(() => toHtml(annotation, input, {standalone: 'no' as unknown as boolean})).toThrow(/`options.standalone`/)
    expect(() => toHtml(annotation, input, {lang: 'en"><x'})).toThrow(/`options.lang`/)
    expect(() => toHtml(annotation, input, {idPrefix: 'a b'})).toThrow(/`options.idPrefix`/)
    const dangling = {
      ...annotation,
      quotes: buildAnnotation(input, [], [], []).quotes,
      claims: [
        {
          ...buildAnnotation(input, [], [], [{text: 'Body.', kind: 'other', type: 'unattributed', source: null, score: 0.1}])
            .claims[0]!,
          attribution: {sourceId: 'src99', mention: null, cue: null, confidence: 1, type: 'reported' as const, cueClass: null}
        }
      ]
    }
    expect(() => toHtml(dangling, input)).toThrow(
      new TypeError('Expected every source id to be in `annotation.sources`, but claim `c1` refers to missing `src99`')
    )
  })

  it('accepts the VFile the annotation was made from', async () => {
    const {VFile} = await import('vfile')
    const file = new VFile({value: 'A headline\nBody text.'})
    expect(toHtml(annotate(file), file)).toBe(toHtml(annotate('A headline\nBody text.'), 'A headline\nBody text.'))
  })

  it('renders a fragment to embed, without document, style or script', () => {
    const input = 'A headline\nBody “quoted” text.'
    const annotation = buildAnnotation(input, [], [{text: '“quoted”', kind: 'term', source: null}], [])
    const tree = toHast(annotation, input, {standalone: false, theme: 'dark', lang: 'en-GB', idPrefix: 'x-'})
    expect(tree.children).toHaveLength(1)
    const rootElement = tree.children[0] as Element
    expect(rootElement.tagName).toBe('div')
    expect(property(rootElement, 'className')).toBe('claimtrace')
    expect(property(rootElement, 'dataTheme')).toBe('dark')
    expect(property(rootElement, 'lang')).toBe('en-GB')
    const tags = new Set(elements(tree).map((node) => node.tagName))
    for (const tag of ['html', 'head', 'body', 'style', 'script', 'main', 'header']) expect(tags.has(tag), tag).toBe(false)
    expect(tags.has('article') && tags.has('aside')).toBe(true)
    expect(property(byId(tree, 'x-q1'), 'dataQuoteId')).toBe('q1')
    // The stylesheet for it is exported, scoped to `.claimtrace`.
    expect(stylesheet.split('\n').every((rule) => rule.includes('.claimtrace'))).toBe(true)
  })

  it('shows the date, and the URL as a link only when it is a web address', () => {
    const input = 'A headline\nBody.'
    const web = toHtml(annotate(input, {published: '2024-12-06', url: 'https://example.com/a?b=1&c=2'}), input)
    expect(web).toContain('<p>Published <time datetime="2024-12-06">2024-12-06</time></p>')
    expect(web).toContain('<a href="https://example.com/a?b=1&#x26;c=2" rel="noreferrer">')
    const script = toHtml(annotate(input, {url: 'javascript:alert(1)'}), input)
    expect(script).not.toContain('href="javascript')
    expect(script).toContain('<p>javascript:alert(1)</p>')
  })

  it('uses the title option, else the article’s title, for the document', () => {
    const input = 'A headline\nBody.'
    expect(toHtml(annotate(input), input)).toContain('<title>A headline</title>')
    expect(toHtml(annotate(input), input, {title: 'Mine'})).toContain('<title>Mine</title>')
    expect(toHtml(annotate(''), '')).toContain('<title>Annotated article</title><style>'.slice(0, 32))
    expect(toHtml(annotate(''), '', {title: 'Empty'})).toContain('<h1 id="title">Empty</h1>')
  })

  it('renders markdown blocks as their elements, without heading markers', () => {
    const input = '# The title #\n\nBy Jane Doe\n\nIntro “quoted” text.\n\n## A section\n\n> A block\n\n- one\n- two\n\n1. first\n'
    const annotation = annotate(input)
    const tree = toHast(annotation, input)
    expect(byId(tree, 'title').tagName).toBe('h1')
    expect(text(byId(tree, 'title'))).toBe(annotation.title!.text)
    const tags = elements(tree).map((node) => node.tagName)
    expect(tags).toContain('h2')
    expect(tags).toContain('blockquote')
    expect(tags).toContain('ul')
    expect(tags).toContain('ol')
    const section = elements(tree).find((node) => node.tagName === 'h2' && text(node) === 'A section')
    expect(section).toBeDefined()
    const list = elements(tree).find((node) => node.tagName === 'ul' && property(node, 'className') === undefined)!
    expect(elements(list).filter((node) => node.tagName === 'li').map((node) => text(node))).toEqual(['one', 'two'])
  })

  it('includes a Content Security Policy with the hashes of its style and script', () => {
    const input = 'A headline\nBody.'
    const html = toHtml(annotate(input), input)
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!
    const hash = (value: string) => createHash('sha256').update(value).digest('base64')
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replaceAll('&#x27;', "'")
    expect(policy).toBe(
      `default-src 'none'; style-src 'sha256-${hash(style)}'; script-src 'sha256-${hash(script)}'; base-uri 'none'; form-action 'none'`
    )
  })
})

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number]
  return (x + 0.05) / (y + 0.05)
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((index) => Number.parseInt(hex.slice(index, index + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

describe('palette', () => {
  it('has 4 border patterns and as many colours in both themes', () => {
    expect(patterns).toHaveLength(4)
    expect(dark.sources).toHaveLength(light.sources.length)
  })

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark]
  ] as Array<[string, Theme]>) {
    it('keeps text at 4.5:1 or more and marks at 3:1 or more (' + name + ')', () => {
      const text: Array<[string, string, string]> = [
        ['text', theme.text, theme.background],
        ['text on panel', theme.text, theme.panel],
        ['muted', theme.muted, theme.background],
        ['muted on panel', theme.muted, theme.panel],
        ['link', theme.link, theme.background],
        ['link on panel', theme.link, theme.panel],
        ['tooltip', theme.tipText, theme.tipBackground],
        ['badge', theme.badgeText, theme.badgeBackground]
      ]
      for (const [index, colour] of theme.sources.entries()) {
        text.push(
          ['text on source ' + index, theme.text, colour.background],
          ['link on source ' + index, theme.link, colour.background],
          ['label of source ' + index, theme.onLine, colour.line]
        )
      }

      for (const [what, foreground, background] of text) {
        expect(contrast(foreground, background), what).toBeGreaterThanOrEqual(4.5)
      }

      const marks: Array<[string, string, string]> = [
        ['focus ring', theme.focus, theme.background],
        ['claim line', theme.claimLine, theme.background],
        ['weak claim line', theme.claimLineWeak, theme.background],
        ['badge outline', theme.claimLineWeak, theme.background]
      ]
      for (const [index, colour] of theme.sources.entries()) {
        marks.push(['border of source ' + index, colour.line, theme.background])
      }

      for (const [what, foreground, background] of marks) {
        expect(contrast(foreground, background), what).toBeGreaterThanOrEqual(3)
      }
    })
  }
})
