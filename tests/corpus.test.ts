import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {annotate, Annotation} from '../src/index.js'
import {brokenSpans, hasShared, shared} from './helpers.js'

const splits = ['train', 'dev'] as const

if (!hasShared) console.warn('Skipping the PolNeAR corpus test: ../shared is absent')

describe.skipIf(!hasShared)('annotate over PolNeAR', () => {
  it.each(splits)('annotates every %s article: valid, JSON round-trips, every span slices the input', (split) => {
    const folder = path.join(shared, 'data', 'polnear', split, 'text')
    const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
    expect(names.length).toBeGreaterThan(split === 'train' ? 800 : 80)
    const failures: string[] = []
    for (const name of names) {
      const input = readFileSync(path.join(folder, name), 'utf8')
      try {
        const result = annotate(input)
        Annotation.parse(JSON.parse(JSON.stringify(result)))
        const broken = brokenSpans(input, result)
        if (broken.length > 0) failures.push(name + ': ' + broken.slice(0, 3).join('; '))
        if (result.paragraphs.length === 0) failures.push(name + ': no paragraphs')
      } catch (error) {
        failures.push(name + ': ' + String(error))
      }
    }

    expect(failures).toEqual([])
  }, 120_000)
})
