/**
 * Packaging gate (`npm run test:package`, after `npm run build`): pack the
 * package, install the tarball into a fresh project outside the repository,
 * and use it from ESM, from CommonJS, and from TypeScript type-checked
 * against the installed types (node16 and bundler resolution).
 *
 * Dependencies come from the npm cache when possible (`--prefer-offline`:
 * after `npm ci` they are all there) and from the registry otherwise.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const keep = process.argv.includes('--keep')
const started = performance.now()

// Checks are about packaging, not extraction quality: structure and spans only.
const article = [
  'Council approves budget after long talks',
  'The city council on Tuesday approved a $4.2 million budget, according to a memo seen by reporters.',
  '“We did what we had to do,” said Mayor Ana Ortiz. “Nobody is happy.”',
  'Council member Tom Reed disagreed. He said the plan would cut 120 jobs by next year.'
].join('\n')

/** Checks shared by the ESM and CJS consumers (plain JS, run in the temp project). */
const checks = `
function check(claimtrace, label) {
  const {annotate, Annotation, schemaVersion} = claimtrace
  if (typeof annotate !== 'function') throw new Error(label + ': no annotate export')
  const input = ${JSON.stringify(article)}
  const result = annotate(input, {format: 'text'})
  Annotation.parse(result)
  if (result.schemaVersion !== schemaVersion) throw new Error(label + ': wrong schemaVersion')
  if (result.paragraphs.length !== 4) throw new Error(label + ': expected 4 paragraphs, got ' + result.paragraphs.length)
  if (!result.title || result.title.text !== 'Council approves budget after long talks') throw new Error(label + ': wrong title ' + JSON.stringify(result.title))
  if (!Array.isArray(result.quotes) || !Array.isArray(result.claims)) throw new Error(label + ': no quotes or claims arrays')
  for (const item of [...result.paragraphs, ...result.sentences, ...result.quotes, ...result.claims]) {
    if (item.text !== input.slice(item.position.start.offset, item.position.end.offset)) throw new Error(label + ': bad span ' + JSON.stringify(item.text))
  }
  let threw = false
  try { annotate(42) } catch (error) { threw = error instanceof TypeError }
  if (!threw) throw new Error(label + ': annotate(42) should throw a TypeError')
  return JSON.stringify(result)
}
`

const esm = `import * as claimtrace from 'claimtrace'
import {annotate} from 'claimtrace'
${checks}
const json = check(claimtrace, 'esm')
if (annotate !== claimtrace.annotate) throw new Error('esm: named and namespace imports differ')
process.stdout.write(json)
`

const cjs = `'use strict'
const claimtrace = require('claimtrace')
${checks}
process.stdout.write(check(claimtrace, 'cjs'))
`

const typed = `import {annotate, Annotation as AnnotationSchema, type Annotation, type Options, type Quote, type Span} from 'claimtrace'

const options: Options = {format: 'text', published: '2024-12-03', id: 'a1'}
const result: Annotation = annotate('Title\\n“Hi,” she said.', options)
const quote: Quote | undefined = result.quotes[0]
const span: Span | null = result.title
const texts: string[] = result.claims.map((claim) => claim.text + claim.kind + claim.attribution.type)
const checked: Annotation = AnnotationSchema.parse(JSON.parse(JSON.stringify(result)))
// @ts-expect-error: not a format
annotate('x', {format: 'html'})
// @ts-expect-error: input must be a string or VFile
annotate(42)
// @ts-expect-error: quotes are typed, not any
const wrong: number = result.quotes[0]!.text
export {quote, span, texts, checked, wrong}
`

const typedCjs = `import claimtrace = require('claimtrace')

const result: claimtrace.Annotation = claimtrace.annotate('Title\\nBody.', {format: 'text'})
// @ts-expect-error: not a format
claimtrace.annotate('x', {format: 'html'})
export = result.paragraphs.length
`

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, npm_config_update_notifier: 'false'}})
  } catch (error) {
    const failure = error as {stdout?: string; stderr?: string; message: string}
    throw new Error(
      '`' + command + ' ' + args.join(' ') + '` failed in ' + cwd + '\n' + (failure.stdout ?? '') + (failure.stderr ?? '') || failure.message
    )
  }
}

function step(name: string): void {
  console.log('[package] ' + name + ' (' + ((performance.now() - started) / 1000).toFixed(1) + ' s)')
}

if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'index.cjs'))) {
  console.error('[package] dist/ is missing: run `npm run build` first')
  process.exit(1)
}

const folder = mkdtempSync(join(tmpdir(), 'claimtrace-package-'))
let failed = false
try {
  step('npm pack')
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', folder], root)) as Array<{
    filename: string
    size: number
    unpackedSize: number
    files: Array<{path: string}>
  }>
  const info = packed[0]!
  const tarball = join(folder, info.filename)
  const paths = info.files.map((file) => file.path)
  console.log('[package] %s: %d files, %s kB packed, %s kB unpacked', info.filename, paths.length, (info.size / 1e3).toFixed(1), (info.unpackedSize / 1e3).toFixed(1))
  for (const required of ['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
    if (!paths.includes(required)) throw new Error('tarball lacks ' + required)
  }

  const stray = paths.filter((path) => /^(?:src|tests|bench|fixtures|node_modules)\//.test(path))
  if (stray.length > 0) throw new Error('tarball ships files it should not: ' + stray.slice(0, 5).join(', '))

  const project = join(folder, 'consumer')
  run('mkdir', ['-p', project], folder)
  writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'consumer', version: '1.0.0', private: true}, null, 2))
  step('npm install <tarball> (prefer offline)')
  run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], project)
  const installed = JSON.parse(readFileSync(join(project, 'node_modules', 'claimtrace', 'package.json'), 'utf8')) as {version: string}
  console.log('[package] installed claimtrace %s', installed.version)

  step('ESM import')
  writeFileSync(join(project, 'esm.mjs'), esm)
  const fromEsm = run(process.execPath, ['esm.mjs'], project)
  step('CommonJS require')
  writeFileSync(join(project, 'cjs.cjs'), cjs)
  const fromCjs = run(process.execPath, ['cjs.cjs'], project)
  if (fromEsm !== fromCjs) throw new Error('ESM and CJS builds annotate differently')

  step('TypeScript (tsc --noEmit; node16 and bundler resolution)')
  writeFileSync(join(project, 'typed.mts'), typed)
  writeFileSync(join(project, 'typed-cjs.cts'), typedCjs)
  const compilerOptions = {strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: false, target: 'ES2022', types: []}
  const configs: Record<string, object> = {
    // ESM consumer with the shipped .d.ts checked too (skipLibCheck off).
    'tsconfig.bundler.json': {compilerOptions: {...compilerOptions, module: 'esnext', moduleResolution: 'bundler'}, files: ['typed.mts']},
    // ESM and CJS consumers under Node’s resolution, as most configure them
    // (skipLibCheck on: a CJS consumer with it off sees TS1479 on the
    // ESM-only dependencies the .d.cts imports).
    'tsconfig.node16.json': {
      compilerOptions: {...compilerOptions, skipLibCheck: true, module: 'node16', moduleResolution: 'node16'},
      files: ['typed.mts', 'typed-cjs.cts']
    }
  }
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(join(project, name), JSON.stringify(config, null, 2))
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', name], project)
  }

  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {bin?: Record<string, string>}
  if (manifest.bin?.claimtrace) {
    step('the `claimtrace` bin (`claimtrace schema`)')
    const schema = JSON.parse(run(join(project, 'node_modules', '.bin', 'claimtrace'), ['schema'], project)) as Record<string, unknown>
    if (typeof schema !== 'object' || schema === null) throw new Error('`claimtrace schema` printed no JSON object')
  }

  step('ok: ESM, CJS and TypeScript consumers work against the packed tarball')
} catch (error) {
  failed = true
  console.error('[package] FAILED: ' + (error instanceof Error ? error.message : String(error)))
} finally {
  if (keep) console.log('[package] kept ' + folder)
  else rmSync(folder, {recursive: true, force: true})
}

process.exitCode = failed ? 1 : 0
