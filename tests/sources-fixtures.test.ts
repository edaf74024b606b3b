import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {Report} from '../src/attribution/report.js'
import {parseDocument} from '../src/parse/document.js'
import {resolveSources} from '../src/sources/index.js'
import {root} from './helpers.js'

/*
 * Source fixtures: `fixtures/source-<case>/input.(md|txt)`, optional
 * `attributions.json` (attribution mentions, as the quote and attribution
 * stages would pass them: `[{mention, occurrence?}]`), and the expected
 * sources in `sources.json`. Regenerate on purpose with
 * `UPDATE=1 npx vitest run tests/sources-fixtures.test.ts` and review the diff.
 */
const folder = path.join(root, 'fixtures')
const cases = readdirSync(folder).filter(
  (name) => name.startsWith('source-') && (existsSync(path.join(folder, name, 'input.txt')) || existsSync(path.join(folder, name, 'input.md')))
)

interface AttributionSpec {
  /** The words naming the speaker. */
  mention: string
  /** Which occurrence (1-based) of `context` (default: of `mention`). */
  occurrence?: number
  /** Longer words around the mention, to find a short one (“and he said”). */
  context?: string
}

function inputOf(name: string): string {
  const md = path.join(folder, name, 'input.md')
  return readFileSync(existsSync(md) ? md : path.join(folder, name, 'input.txt'), 'utf8')
}

function reportsOf(name: string, input: string): Report[] {
  const file = path.join(folder, name, 'attributions.json')
  if (!existsSync(file)) return []
  const specs = JSON.parse(readFileSync(file, 'utf8')) as AttributionSpec[]
  return specs.map((spec) => {
    const context = spec.context ?? spec.mention
    let at = -1
    for (let count = 0; count < (spec.occurrence ?? 1); count++) at = input.indexOf(context, at + 1)
    const start = at < 0 ? -1 : at + context.indexOf(spec.mention)
    if (at < 0 || start < at) throw new Error(name + ': cannot find attribution mention `' + spec.mention + '`')
    return {
      content: [],
      cue: null,
      mention: [start, start + spec.mention.length],
      sourceId: null,
      type: 'reported',
      cueClass: 'speech',
      confidence: 0.9,
      quoteIds: [],
      nested: []
    }
  })
}

describe('resolveSources (fixtures)', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(3)
  })

  it.each(cases)('%s', (name) => {
    const input = inputOf(name)
    const reports = reportsOf(name, input)
    const sources = resolveSources(parseDocument(input, 'auto', null, new VFile()), [], reports)
    for (const source of sources) {
      for (const mention of source.mentions) {
        expect(input.slice(mention.position.start.offset, mention.position.end.offset)).toBe(mention.text)
      }
    }

    // Compact, reviewable form: mentions as `text/kind@offset`.
    const result = {
      sources: sources.map(({mentions, ...source}) => ({
        ...source,
        mentions: mentions.map((mention) => mention.text + '/' + mention.kind + '@' + mention.position.start.offset)
      })),
      attributions: reports.map((report) => ({
        mention: input.slice(report.mention![0], report.mention![1]),
        sourceId: report.sourceId
      }))
    }
    const expectedPath = path.join(folder, name, 'sources.json')
    if (process.env.UPDATE === '1') {
      writeFileSync(expectedPath, JSON.stringify(result, null, 2) + '\n')
    }

    expect(result).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
  })
})
