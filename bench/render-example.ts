/**
 * Write the rendered seed: `examples/seed.html` and a screenshot,
 * `examples/seed.png` (headless Debian Chromium via playwright-core).
 *
 *     npx tsx bench/render-example.ts               # annotate(seed), the real pipeline
 *     npx tsx bench/render-example.ts --hand-built  # the hand-built annotation of the tests
 *
 * The page follows the reader’s colour scheme; the screenshot is taken in the
 * light one, 1280px wide, with one quote focused so its attribution tooltip
 * shows.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {annotate} from '../src/index.js'
import {toHtml} from '../src/render/index.js'
import {chromiumArgs} from '../tests/browser/chromium.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const candidates = [
  path.join(root, 'fixtures', 'seed', 'input.txt'),
  path.join(root, '..', 'shared', 'seed', '000_33bc3bd6ffe74817.txt')
]
const seedPath = candidates.find((file) => existsSync(file))
if (!seedPath) {
  console.error('render-example: no seed article (looked in ' + candidates.join(', ') + ')')
  process.exit(1)
}

const chromium = '/usr/bin/chromium'
const handBuilt = process.argv.includes('--hand-built')
const input = readFileSync(seedPath, 'utf8')
const annotation = handBuilt
  ? (await import('../tests/render/seed-annotation.js')).seedAnnotation(input)
  : annotate(input)
const html = toHtml(annotation, input)
const out = path.join(root, 'examples')
mkdirSync(out, {recursive: true})
writeFileSync(path.join(out, 'seed.html'), html)
console.log(
  'examples/seed.html: %d bytes; %d quotes, %d claims, %d sources (%s)',
  html.length,
  annotation.quotes.length,
  annotation.claims.length,
  annotation.sources.length,
  handBuilt ? 'hand-built annotation' : 'annotate()'
)

if (!existsSync(chromium)) {
  console.error('render-example: ' + chromium + ' is absent, so no screenshot (apt-get install chromium)')
  process.exit(1)
}

const {chromium: playwright} = await import('playwright-core')
const browser = await playwright.launch({
  executablePath: chromium,
  args: chromiumArgs
})

try {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}, colorScheme: 'light'})
  await page.setContent(html, {waitUntil: 'load'})
  // A viewport as tall as the page, so the sticky sources panel shows whole.
  for (let round = 0; round < 3; round++) {
    const height = await page.evaluate(() => {
      const panel = document.querySelector('.ct-panel-inner')
      const bottom = panel ? panel.getBoundingClientRect().top + window.scrollY + panel.scrollHeight : 0
      return Math.ceil(Math.max(document.documentElement.scrollHeight, bottom))
    })
    await page.setViewportSize({width: 1280, height})
  }
  // Show one attribution tooltip: the first direct quote with a source, else any quote.
  const direct = page.locator('[data-quote-id][data-kind="direct"][data-source-id]').first()
  const target = (await direct.count()) > 0 ? direct : page.locator('[data-quote-id]').first()
  if ((await target.count()) > 0) await target.focus()

  const png = await page.screenshot({fullPage: true, type: 'png'})
  writeFileSync(path.join(out, 'seed.png'), png)
  console.log('examples/seed.png: %d bytes', png.length)
} finally {
  await browser.close()
}
