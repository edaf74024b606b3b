/**
 * The viewer in a real browser: Debian’s Chromium, headless, through
 * playwright-core. Skips (with a message) when `/usr/bin/chromium` is absent.
 */
import {existsSync} from 'node:fs'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {annotate, type Annotation} from '../src/index.js'
import {toHtml} from '../src/render/index.js'
import {visibleText} from './render/hast.js'
import {buildAnnotation, seedAnnotation, seedText} from './render/seed-annotation.js'
import {chromiumArgs} from './browser/chromium.js'

const executablePath = '/usr/bin/chromium'
const hasChromium = existsSync(executablePath)
const seed = seedText
const hasSeed = seed !== undefined

if (!hasChromium) console.warn('render-browser: ' + executablePath + ' is absent (apt-get install chromium): skipping')
if (!hasSeed) console.warn('render-browser: the seed article is absent: skipping the seed tests')

let browser: Browser | undefined

beforeAll(async () => {
  if (!hasChromium) return
  const {chromium} = await import('playwright-core')
  browser = await chromium.launch({
    executablePath,
    args: chromiumArgs
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** A page with the HTML loaded; fails the test on any request, dialog, or CSP report. */
async function open(html: string): Promise<{page: Page; problems: string[]}> {
  const page = await browser!.newPage({viewport: {width: 1280, height: 900}})
  const problems: string[] = []
  await page.route('**/*', async (route) => {
    problems.push('request: ' + route.request().url())
    await route.abort()
  })
  page.on('dialog', async (dialog) => {
    problems.push('dialog: ' + dialog.message())
    await dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push('console: ' + message.text())
  })
  page.on('pageerror', (error) => problems.push('error: ' + error.message))
  await page.setContent(html, {waitUntil: 'load'})
  return {page, problems}
}

/** Per item: how many primary elements, and the joined text of all its pieces. */
async function highlightsIn(page: Page): Promise<Record<string, {primary: number; text: string}>> {
  return page.evaluate(() => {
    const result: Record<string, {primary: number; text: string}> = {}
    for (const [idAttribute, partAttribute] of [
      ['data-quote-id', 'data-quote-part'],
      ['data-claim-id', 'data-claim-part']
    ] as const) {
      for (const node of Array.from(document.querySelectorAll('[' + idAttribute + ']'))) {
        const id = node.getAttribute(idAttribute)!
        const escaped = CSS.escape(id)
        const pieces = document.querySelectorAll(
          '[' + idAttribute + '="' + escaped + '"],[' + partAttribute + '="' + escaped + '"]'
        )
        result[id] = {
          primary: document.querySelectorAll('[' + idAttribute + '="' + escaped + '"]').length,
          text: Array.from(pieces, (piece) => piece.textContent).join('')
        }
      }
    }

    return result
  })
}

function expected(annotation: Annotation, input: string): Record<string, {primary: number; text: string}> {
  const result: Record<string, {primary: number; text: string}> = {}
  for (const item of [...annotation.quotes, ...annotation.claims]) {
    result[item.id] = {
      primary: 1,
      text: visibleText(annotation, input, item.position.start.offset, item.position.end.offset)
    }
  }

  return result
}

describe.skipIf(!hasChromium)('toHtml in Chromium', () => {
  it.skipIf(!hasSeed)('shows every quote and claim of the seed once, at its text', async () => {
    for (const annotation of [annotate(seed!), seedAnnotation(seed!)]) {
      const {page, problems} = await open(toHtml(annotation, seed!))
      expect(await highlightsIn(page)).toEqual(expected(annotation, seed!))
      expect(problems).toEqual([])
      await page.close()
    }
  }, 60_000)

  it('keeps split items whole across their pieces', async () => {
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
        {text: 'three” and four.\nMore', kind: 'other', type: 'unattributed', source: null, score: 0.2}
      ]
    )
    const {page, problems} = await open(toHtml(annotation, input))
    const found = await highlightsIn(page)
    expect(found).toEqual(expected(annotation, input))
    // Visible text drops the line break between paragraphs.
    expect(found.q2!.text).toBe('“acrosslines”')
    expect(problems).toEqual([])
    await page.close()
  }, 60_000)

  it.skipIf(!hasSeed)('reaches every quote and claim with Tab, in reading order, showing its tooltip', async () => {
    const annotation = seedAnnotation(seed!)
    const {page, problems} = await open(toHtml(annotation, seed!))
    const order = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-quote-id],[data-claim-id]'), (node) => node.id)
    )
    expect(order).toHaveLength(annotation.quotes.length + annotation.claims.length)

    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to sources')

    const reached: string[] = []
    for (let step = 0; step < 200 && reached.length < order.length; step++) {
      await page.keyboard.press('Tab')
      const state = await page.evaluate(() => {
        const active = document.activeElement
        if (!active || !active.matches('[data-quote-id],[data-claim-id]')) return undefined
        const tip = getComputedStyle(active, '::after')
        return {
          id: active.id,
          tip: tip.display,
          content: tip.content,
          outline: getComputedStyle(active).outlineStyle + ' ' + getComputedStyle(active).outlineWidth,
          described: document.getElementById(active.getAttribute('aria-describedby') ?? '')?.textContent ?? ''
        }
      })
      if (!state) continue
      reached.push(state.id)
      expect(state.tip, state.id).toBe('block')
      expect(state.content, state.id).toContain(state.id.startsWith('q') ? 'Quote (' : 'Claim: ')
      expect(state.outline, state.id).toBe('solid 3px')
      expect(state.described.length, state.id).toBeGreaterThan(10)
    }

    expect(reached).toEqual(order)

    // Escape hides the tooltip (the one inline script ran, so the CSP hash is right) until focus moves.
    await page.focus('#q8')
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#q8')!, '::after').display)).toBe('block')
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#q8')!, '::after').display)).toBe('none')
    await page.keyboard.press('Tab')
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement!, '::after').display)
    ).toBe('block')
    expect(problems).toEqual([])
    await page.close()
  }, 120_000)

  it.skipIf(!hasSeed)('shows only the innermost tooltip on hover', async () => {
    const {page} = await open(toHtml(seedAnnotation(seed!), seed!))
    // Quote q1 sits inside claim c2: hovering the quote shows its tip, not the claim’s.
    await page.hover('#q1')
    const displays = await page.evaluate(() =>
      ['#q1', '#c2'].map((selector) => getComputedStyle(document.querySelector(selector)!, '::after').display)
    )
    expect(displays).toEqual(['block', 'none'])
    // The pointer can move from the quote onto its tip without the tip going away.
    const box = (await page.locator('#q1').boundingBox())!
    await page.mouse.move(box.x + 4, box.y + box.height + 4)
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#q1')!, '::after').display)).toBe('block')
    await page.mouse.move(box.x + 4, box.y + box.height + 200)
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#q1')!, '::after').display)).toBe('none')
    await page.close()
  }, 60_000)

  it.skipIf(!hasSeed)('has landmarks, one h1, a language, and named regions', async () => {
    const {page} = await open(toHtml(seedAnnotation(seed!), seed!))
    expect(await page.getByRole('banner').count()).toBe(1)
    expect(await page.getByRole('main').count()).toBe(1)
    expect(await page.getByRole('complementary', {name: 'Sources (12)'}).count()).toBe(1)
    expect(await page.getByRole('contentinfo').count()).toBe(1)
    expect(await page.getByRole('article').count()).toBe(1)
    expect(await page.getByRole('heading', {level: 1}).count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    // A mention link is named by its words and leads to its source.
    const link = page.getByRole('link', {name: 'Daryl Kimball', exact: true})
    expect(await link.getAttribute('href')).toBe('#src9')
    await link.click()
    expect(await page.evaluate(() => location.hash)).toBe('#src9')
    await page.close()
  }, 60_000)

  it('parses hostile article text as text: no script runs, no element is injected', async () => {
    const input =
      'Breaking: <script>alert(1)</script> & "quotes" \'too\'\n' +
      'The <b>boss</b> said “<img src=x onerror=alert(2)> & \'x\' "y" </mark></p>” today.'
    const name = '"><script>alert(3)</script><img src=y onerror=alert(5)>'
    const annotation = buildAnnotation(
      input,
      [{kind: 'person', name, titles: ['<i>chief</i> & "boss"'], mentions: [['The <b>boss</b>', 'title']]}],
      [{text: '“<img src=x onerror=alert(2)> & \'x\' "y" </mark></p>”', kind: 'direct', source: 'src1', cue: ['said']}],
      [{text: '<img src=x onerror=alert(2)> & \'x\' "y" </mark></p>', kind: 'other', type: 'quoted', source: 'src1', score: 0.9}]
    )
    const title = '</title><script>alert(4)</script>'
    const {page, problems} = await open(toHtml(annotation, input, {title}))
    const dom = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      injected: document.querySelectorAll('img, b, i, iframe').length,
      title: document.title,
      h1: document.querySelector('h1')?.textContent,
      quote: document.querySelector('#q1')?.textContent,
      claim: document.querySelector('#c1')?.textContent,
      tip: document.querySelector('#q1')?.getAttribute('data-tip'),
      source: document.querySelector('#src1 h3')?.textContent,
      mention: document.querySelector('a[data-source-id]')?.textContent
    }))
    expect(dom).toEqual({
      scripts: 1,
      injected: 0,
      title,
      h1: 'Breaking: <script>alert(1)</script> & "quotes" \'too\'',
      quote: annotation.quotes[0]!.text,
      claim: annotation.claims[0]!.text,
      tip: 'Quote (direct) — ' + name + ' (person)\nCue “said” · confidence 0.90',
      source: 'Source 1' + name,
      mention: 'The <b>boss</b>'
    })
    expect(problems).toEqual([])
    await page.close()
  }, 60_000)

  it.skipIf(!hasSeed)('takes a screenshot', async () => {
    const {page} = await open(toHtml(seedAnnotation(seed!), seed!))
    await page.focus('#q8')
    const png = await page.screenshot({fullPage: true, type: 'png'})
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.length).toBeGreaterThan(50_000)
    await page.close()
  }, 60_000)
})
