import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writesSingleQuotes} from '../src/quotes/marks.js'
import {root} from './helpers.js'
import {brokenQuoteSpans, run, summarize} from './quotes-helpers.js'

/*
 * Quote and attribution fixtures: `fixtures/quote-<case>/input.(txt|md)`
 * with the quotes and reports found in `expected.json` (texts, not offsets).
 * Regenerate on purpose with `UPDATE=1 npx vitest run tests/quotes-fixtures.test.ts`
 * and review the diff like code.
 */
const folder = path.join(root, 'fixtures')
const cases = readdirSync(folder).filter((name) => name.startsWith('quote-'))

function inputOf(name: string): string {
  const md = path.join(folder, name, 'input.md')
  return readFileSync(existsSync(md) ? md : path.join(folder, name, 'input.txt'), 'utf8')
}

describe('findQuotes and findReports (fixtures)', () => {
  it.each(cases)('%s', (name) => {
    const input = inputOf(name)
    // Single marks as quotation marks when the input quotes with them, as `annotate` decides by default.
    const result = run(input, 'auto', {singleQuotes: writesSingleQuotes(input)})
    const expectedPath = path.join(folder, name, 'expected.json')
    const actual = summarize(result)
    if (process.env.UPDATE === '1') {
      writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n')
    }

    expect(brokenQuoteSpans(result)).toEqual([])
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
  })
})
