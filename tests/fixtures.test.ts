import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {annotate} from '../src/index.js'
import {brokenSpans, root} from './helpers.js'

/*
 * Whole-annotation fixtures: `fixtures/<case>/input.(md|txt)` with the full
 * expected result in `annotation.json`. Regenerate on purpose with
 * `UPDATE=1 npx vitest run tests/fixtures.test.ts` and review the diff like code.
 */
const folder = path.join(root, 'fixtures')
// A new case starts as an `annotation.json` holding `{}`, then UPDATE=1.
const cases = readdirSync(folder).filter((name) => existsSync(path.join(folder, name, 'annotation.json')))

function inputOf(name: string): string {
  const md = path.join(folder, name, 'input.md')
  return readFileSync(existsSync(md) ? md : path.join(folder, name, 'input.txt'), 'utf8')
}

describe('annotate (fixtures)', () => {
  it.each(cases)('%s', (name) => {
    const input = inputOf(name)
    const result = annotate(input, {id: name})
    const expectedPath = path.join(folder, name, 'annotation.json')
    if (process.env.UPDATE === '1') writeFileSync(expectedPath, JSON.stringify(result, null, 2) + '\n')
    expect(brokenSpans(input, result)).toEqual([])
    expect(result).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
  })
})
