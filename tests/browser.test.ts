/**
 * The core in a real browser: bundled with esbuild for the browser (no Node
 * built-ins allowed), served from 127.0.0.1, run in headless Chromium
 * (Debian’s `chromium`, never a downloaded browser); the annotation made in
 * the page must equal Node’s, byte for byte as JSON.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {annotate} from '../src/annotate.js'
import {bundleCore} from './browser/bundle.js'
import {loadSeed, root} from './properties.js'
import {chromiumArgs} from './browser/chromium.js'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const available = existsSync(executablePath)
const ci = Boolean(process.env.CI)

if (!available) {
  console.warn(
    '[browser test] skipped: no Chromium at ' + executablePath +
      ' (install Debian’s `chromium`, or set CHROMIUM_PATH; `.ci/run` installs it)'
  )
}

describe('browser bundle', () => {
  it('fails when core code imports a Node built-in', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimtrace-bundle-'))
    try {
      const entry = join(folder, 'entry.js')
      writeFileSync(entry, "import {readFileSync} from 'node:fs'\nexport const read = readFileSync\n")
      await expect(bundleCore({entry})).rejects.toThrow(/Node built-in `node:fs`/)
      writeFileSync(entry, "import path from 'path'\nexport const join = path.join\n")
      await expect(bundleCore({entry})).rejects.toThrow(/Node built-in `path`/)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 30_000)

  it('bundles the core without Node built-ins', async () => {
    const {code} = await bundleCore({minify: true})
    expect(code).toContain('annotate')
    expect(code).not.toMatch(/\bfrom\s*["']node:/)
  }, 30_000)
})

it.runIf(!available && ci)('Chromium is installed in CI', () => {
  throw new Error('No Chromium at ' + executablePath + ' in CI: `.ci/run` must install Debian’s `chromium`')
})

describe.skipIf(!available)('annotate in headless Chromium', () => {
  let server: Server
  let browser: Browser
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    const {code} = await bundleCore({minify: true})
    const html = '<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>claimtrace</title><body></body></html>'
    server = createServer((request, response) => {
      if (request.url === '/claimtrace.js') {
        response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'})
        response.end(code)
      } else if (request.url === '/') {
        response.writeHead(200, {'content-type': 'text/html; charset=utf-8'})
        response.end(html)
      } else {
        response.writeHead(404).end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const {port} = server.address() as AddressInfo
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: chromiumArgs
    })
    page = await browser.newPage()
    page.on('pageerror', (error) => errors.push(String(error)))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto('http://127.0.0.1:' + port + '/')
    await page.evaluate('import("/claimtrace.js").then((module) => { window.claimtrace = module })')
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  })

  /** Annotate in the page: a string expression, so no test-runner transform touches it. */
  async function inPage(input: string, options?: Record<string, unknown>): Promise<string> {
    return page.evaluate(
      'JSON.stringify(window.claimtrace.annotate(' + JSON.stringify(input) + ', ' + JSON.stringify(options ?? null) + '))'
    ) as Promise<string>
  }

  const seed = loadSeed()
  const cases: Array<[string, string, Record<string, unknown> | undefined]> = [
    ['the seed (' + seed.from.replace(root + '/', '') + ')', seed.text, undefined],
    ['the seed as markdown, with a publication date', seed.text.replaceAll('\n', '\n\n'), {published: '2024-12-03', id: 'seed'}],
    ['CRLF, a BOM, astral characters and a lone surrogate', '\uFEFF# Title 😀\r\n\r\n“Hi \uD800 there,” she said.\r\n', undefined]
  ]
  for (const name of ['markdown-article', 'crlf-bom']) {
    const file = join(root, 'fixtures', name, 'input.md')
    if (existsSync(file)) cases.push(['fixture ' + name, readFileSync(file, 'utf8'), undefined])
  }

  for (const [name, input, options] of cases) {
    it('gives the same JSON as Node for ' + name, async () => {
      const expected = JSON.stringify(annotate(input, options))
      const actual = await inPage(input, options)
      expect(errors).toEqual([])
      expect(actual).toBe(expected)
    }, 30_000)
  }

  it('finds what Node finds in the seed (not an empty annotation)', async () => {
    const result = JSON.parse(await inPage(seed.text)) as {paragraphs: unknown[]; sentences: unknown[]}
    expect(result.paragraphs.length).toBeGreaterThan(1)
    expect(result.sentences.length).toBeGreaterThan(1)
  }, 30_000)

  it('throws the same TypeError on bad input', async () => {
    const message = await page.evaluate(
      '(() => { try { window.claimtrace.annotate(42) } catch (error) { return error.name + ": " + error.message } })()'
    )
    expect(() => annotate(42 as unknown as string)).toThrow(String(message).replace(/^TypeError: /, ''))
    expect(String(message)).toMatch(/^TypeError: /)
  }, 30_000)
})
