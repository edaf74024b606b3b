/**
 * The viewer: an annotation and its article as an accessible HTML page.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import type {VFile} from 'vfile'
import {Annotation} from '../schema.js'
import {lines, renderArticle, sourceDescriptions} from './article.js'
import {createContext} from './context.js'
import {renderPanel} from './panel.js'
import {sha256Base64} from './sha256.js'
import {script, stylesheet} from './style.js'

export {stylesheet} from './style.js'

/**
 * Configuration for {@link toHast} and {@link toHtml}.
 */
export interface RenderOptions {
  /**
   * Title of the document (`<title>`; default: the article’s title, else
   * `'Annotated article'`); also the heading of an article without a title.
   */
  title?: string | null | undefined
  /**
   * Whether to make a whole document (default: `true`): doctype, `<html
   * lang>`, inline stylesheet and script, a Content Security Policy that
   * allows nothing else (no network), header, `<main>` and footer. With
   * `false`, a `<div class="claimtrace">` fragment (article, sources panel,
   * hidden descriptions) to put in your own page with {@link stylesheet}.
   */
  standalone?: boolean | null | undefined
  /**
   * Colours (default: `'auto'`, which follows the reader’s
   * `prefers-color-scheme`): `'auto'`, `'light'`, or `'dark'`.
   */
  theme?: 'auto' | 'dark' | 'light' | null | undefined
  /** Language of the article, as a BCP 47 tag for `lang` (default: `'en'`). */
  lang?: string | null | undefined
  /**
   * Prefix of every `id` on the page (default: `''`, so quote `q1` is
   * `#q1` and source `src1` is `#src1`); set it to put several articles in
   * one page.
   */
  idPrefix?: string | null | undefined
}

interface Settings {
  title: string | null
  standalone: boolean
  theme: 'auto' | 'dark' | 'light'
  lang: string
  prefix: string
}

const themes = new Set(['auto', 'dark', 'light'])

/**
 * Render an annotated article as a hast tree: the article’s own words, with
 * every quotation highlighted in its source’s colour, claims marked by kind
 * and check-worthiness, source mentions linked to a panel of sources, and
 * each item’s attribution shown on focus or hover.
 *
 * Pure: the same arguments give an equal tree. All article text is text
 * nodes, never markup.
 *
 * Highlights: each quote (`<mark data-quote-id>`) and claim (`<span
 * data-claim-id>`) has exactly one *primary* element, focusable and
 * described (`aria-describedby`). Ranges nest as elements must: a range
 * that crosses one placed before it (quotes first, then claims, then
 * mentions) or a paragraph boundary is split, and its later pieces carry
 * `data-quote-part`/`data-claim-part`; the pieces together hold exactly the
 * item’s text within the shown paragraphs.
 *
 * @param annotation
 *   Result of `annotate(input)`.
 * @param input
 *   The article it was made from (string, or the same `VFile`).
 * @param options
 *   Configuration (optional).
 * @returns
 *   A hast root: a whole document, or a fragment (see `standalone`).
 * @throws {TypeError}
 *   When `annotation` is not a valid annotation, does not describe `input`
 *   (other length or other text at its offsets), names a missing source, or
 *   when an option is invalid.
 */
export function toHast(
  annotation: Annotation,
  input: string | VFile,
  options?: Readonly<RenderOptions> | null | undefined
): Root {
  const settings = checkOptions(options)
  const text = checkInput(input)
  const checked = checkAnnotation(annotation, text)
  const context = createContext(checked, text, settings.prefix)
  const title = settings.title ?? checked.title?.text ?? 'Annotated article'

  const article = renderArticle(context, title)
  const panel = renderPanel(context)
  // After the article: rendering it collects the descriptions.
  const hidden = h(
    'div',
    {className: ['ct-descriptions'], hidden: true},
    lines([...context.descriptions, ...sourceDescriptions(context)])
  )

  const rootProperties = {className: ['claimtrace'], dataTheme: settings.theme}

  if (!settings.standalone) {
    return h(null, h('div', {...rootProperties, lang: settings.lang}, lines([article, panel, hidden])))
  }

  const {quotes, claims, sources} = checked
  const summary: ElementContent[] = [
    h('p', {className: ['ct-brand']}, 'claimtrace'),
    h('p', [plural(quotes.length, 'quote'), ' · ', plural(claims.length, 'claim'), ' · ', plural(sources.length, 'source')])
  ]
  if (checked.published) {
    summary.push(h('p', ['Published ', h('time', {dateTime: checked.published}, checked.published)]))
  }

  if (checked.url) {
    // Only web addresses become links (no `javascript:` and the like).
    summary.push(
      h('p', /^https?:\/\//i.test(checked.url) ? h('a', {href: checked.url, rel: ['noreferrer']}, checked.url) : checked.url)
    )
  }

  const body: Element = h(
    'body',
    rootProperties,
    lines([
      h('a', {className: ['ct-skip'], href: '#' + settings.prefix + 'sources'}, 'Skip to sources'),
      h('header', {className: ['ct-header']}, summary),
      h('main', {className: ['ct-main']}, lines([article])),
      panel,
      h(
        'footer',
        {className: ['ct-footer']},
        h(
          'p',
          'Annotated by claimtrace (schema ' +
            checked.schemaVersion +
            '). The article is shown exactly as given, so every highlight sits at its annotation’s offsets.'
        )
      ),
      hidden,
      h('script', script)
    ])
  )

  const policy = [
    "default-src 'none'",
    "style-src 'sha256-" + sha256Base64(stylesheet) + "'",
    "script-src 'sha256-" + sha256Base64(script) + "'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')

  const head = h(
    'head',
    lines([
      h('meta', {charSet: 'utf-8'}),
      h('meta', {httpEquiv: 'Content-Security-Policy', content: policy}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('meta', {name: 'generator', content: 'claimtrace'}),
      h('title', title),
      h('style', stylesheet)
    ])
  )

  const root = h(null, [h('html', {lang: settings.lang}, lines([head, body])), {type: 'text', value: '\n'}])
  root.children.unshift({type: 'doctype'}, {type: 'text', value: '\n'})
  return root
}

/**
 * Render an annotated article as HTML (see {@link toHast}).
 *
 * @param annotation
 *   Result of `annotate(input)`.
 * @param input
 *   The article it was made from.
 * @param options
 *   Configuration (optional).
 * @returns
 *   HTML: a whole document by default, so `toHtml(annotate(text), text)` is
 *   a page to save and open.
 * @throws {TypeError}
 *   As {@link toHast}.
 */
export function toHtml(
  annotation: Annotation,
  input: string | VFile,
  options?: Readonly<RenderOptions> | null | undefined
): string {
  return hastToHtml(toHast(annotation, input, options))
}

/** Describe a value for an error message (`string "…"`, `number 1`, `null`). */
function describeValue(value: unknown): string {
  if (value === null) return '`null`'
  if (typeof value === 'string') return '`' + JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value) + '`'
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value + ' `' + String(value) + '`'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function plural(count: number, noun: string): string {
  return count + ' ' + noun + (count === 1 ? '' : 's')
}

function checkInput(input: unknown): string {
  if (typeof input === 'string') return input
  if (typeof input === 'object' && input !== null && 'value' in input) {
    const value = (input as {value: unknown}).value
    if (typeof value === 'string') return value
  }

  throw new TypeError('Expected `input` to be a string or VFile with a string value, got ' + describeValue(input))
}

function checkAnnotation(annotation: unknown, input: string): Annotation {
  const result = Annotation.safeParse(annotation)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new TypeError(
      'Expected `annotation` to be a claimtrace Annotation' +
        (issue ? ': ' + (issue.path.length > 0 ? '`' + issue.path.join('.') + '` ' : '') + issue.message : '')
    )
  }

  const value = result.data
  if (value.length !== input.length) {
    throw new TypeError(
      'Expected `annotation` to describe `input`, but it is for a text of ' +
        value.length +
        ' characters and `input` has ' +
        input.length +
        ' (was it made from another text?)'
    )
  }

  checkSpan(input, value.title, 'title')
  for (const paragraph of value.paragraphs) checkSpan(input, paragraph, 'paragraph `' + paragraph.id + '`')
  for (const quote of value.quotes) checkSpan(input, quote, 'quote `' + quote.id + '`')
  for (const claim of value.claims) checkSpan(input, claim, 'claim `' + claim.id + '`')
  for (const source of value.sources) {
    for (const mention of source.mentions) checkSpan(input, mention, 'a mention of `' + source.id + '`')
  }

  return value
}

function checkSpan(
  input: string,
  span: {text: string; position: {start: {offset: number}; end: {offset: number}}} | null,
  what: string
): void {
  if (!span) return
  const {start, end} = span.position
  const actual = input.slice(start.offset, end.offset)
  if (start.offset > end.offset || end.offset > input.length || actual !== span.text) {
    throw new TypeError(
      'Expected `annotation` to describe `input`, but ' +
        what +
        ' has text ' +
        describeValue(span.text) +
        ' where `input` has ' +
        describeValue(actual) +
        ' at ' +
        start.offset +
        '–' +
        end.offset +
        ' (was it made from another text?)'
    )
  }
}

function checkOptions(options: unknown): Settings {
  const settings: Settings = {title: null, standalone: true, theme: 'auto', lang: 'en', prefix: ''}
  if (options === null || options === undefined) return settings
  if (typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object, got ' + describeValue(options))
  }

  const {title, standalone, theme, lang, idPrefix} = options as Record<string, unknown>

  if (title !== undefined && title !== null) {
    if (typeof title !== 'string') throw new TypeError('Expected `options.title` to be a string, got ' + describeValue(title))
    settings.title = title
  }

  if (standalone !== undefined && standalone !== null) {
    if (typeof standalone !== 'boolean') {
      throw new TypeError('Expected `options.standalone` to be a boolean, got ' + describeValue(standalone))
    }

    settings.standalone = standalone
  }

  if (theme !== undefined && theme !== null) {
    if (!themes.has(theme as string)) {
      throw new TypeError("Expected `options.theme` to be 'auto', 'dark' or 'light', got " + describeValue(theme))
    }

    settings.theme = theme as Settings['theme']
  }

  if (lang !== undefined && lang !== null) {
    if (typeof lang !== 'string' || !/^[A-Za-z]{1,8}(?:-[A-Za-z\d]{1,8}){0,8}$/.test(lang)) {
      throw new TypeError('Expected `options.lang` to be a BCP 47 language tag such as `en`, got ' + describeValue(lang))
    }

    settings.lang = lang
  }

  if (idPrefix !== undefined && idPrefix !== null) {
    if (typeof idPrefix !== 'string' || /\s/.test(idPrefix)) {
      throw new TypeError('Expected `options.idPrefix` to be a string without whitespace, got ' + describeValue(idPrefix))
    }

    settings.prefix = idPrefix
  }

  return settings
}
