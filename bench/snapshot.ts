/**
 * Output snapshot for refactors that must not change results: hashes the
 * annotation of every PolNeAR article (train and dev), the seed and every
 * fixture input, and every adversarial shape at its base size (the dense
 * shapes the allocation work targets), and compares with a saved snapshot.
 *
 * Usage: `npx tsx bench/snapshot.ts save|check [--file .scratch/snapshot.json]
 * [--ignore-scores]` (`--ignore-scores` drops check-worthiness scores, for
 * changes to the model only).
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {annotate} from '../src/annotate.js'
import {shapes} from './adversarial.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {positionals, values} = parseArgs({
  allowPositionals: true,
  options: {file: {type: 'string'}, 'ignore-scores': {type: 'boolean'}}
})
const mode = positionals[0]
if (mode !== 'save' && mode !== 'check') throw new TypeError('Expected `save` or `check`, got `' + String(mode) + '`')
const file = values.file ?? join(root, '.scratch', 'snapshot.json')
const ignoreScores = values['ignore-scores'] === true

const inputs: Array<[string, string]> = []
for (const split of ['train', 'dev']) {
  const folder = join(root, '..', 'shared', 'data', 'polnear', split, 'text')
  if (!existsSync(folder)) continue
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('.txt')) inputs.push([split + '/' + name, readFileSync(join(folder, name), 'utf8')])
  }
}

const seed = join(root, '..', 'shared', 'seed', '000_33bc3bd6ffe74817.txt')
if (existsSync(seed)) inputs.push(['seed', readFileSync(seed, 'utf8')])
for (const name of readdirSync(join(root, 'fixtures')).sort()) {
  for (const input of ['input.txt', 'input.md']) {
    const path = join(root, 'fixtures', name, input)
    if (existsSync(path)) inputs.push(['fixtures/' + name + '/' + input, readFileSync(path, 'utf8')])
  }
}

const formats = new Map<string, 'auto' | 'markdown' | 'text'>()
for (const shape of shapes) {
  if (shape.once) continue
  inputs.push(['adversarial/' + shape.name, shape.make(shape.base)])
  formats.set('adversarial/' + shape.name, shape.format)
}

const hashes: Record<string, string> = {}
for (const [name, text] of inputs) {
  const json = JSON.stringify(annotate(text, {format: formats.get(name) ?? 'auto'}), (key, value: unknown) =>
    ignoreScores && key === 'checkworthiness' ? null : value
  )
  hashes[name] = createHash('sha256').update(json).digest('hex')
}

if (mode === 'save') {
  mkdirSync(dirname(file), {recursive: true})
  writeFileSync(file, JSON.stringify(hashes, null, 1) + '\n')
  console.log('saved %d hashes to %s', inputs.length, file)
} else {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  const changed = Object.keys(hashes).filter((name) => saved[name] !== hashes[name])
  const missing = Object.keys(saved).filter((name) => !(name in hashes))
  for (const name of changed.slice(0, 20)) console.log('changed: %s', name)
  for (const name of missing.slice(0, 20)) console.log('missing: %s', name)
  console.log('%d inputs, %d changed, %d missing', inputs.length, changed.length, missing.length)
  if (changed.length > 0 || missing.length > 0) process.exitCode = 1
}
