import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {annotate, toHtml, toJsonSchema, toRows} from '../src/index.js'
import {cli, ensureCli, schemaFile} from './cli-build.js'
import {hasShared, root, shared} from './helpers.js'
import {seedInput} from './query-seed.js'

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** Spawn the built CLI from the repository root. */
function run(args: string[], input?: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd: root})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(input ?? '')
  })
}

function lines(text: string): string[] {
  expect(text === '' || text.endsWith('\n')).toBe(true)
  return text === '' ? [] : text.slice(0, -1).split('\n')
}

// Each test spawns Node a few times; the machine is shared, so allow for a slow start.
vi.setConfig({testTimeout: 120_000})

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value))
const seedPath = 'fixtures/seed/input.txt'
const devText = path.join(shared, 'data', 'polnear', 'dev', 'text')
let temporary: string

beforeAll(async () => {
  await ensureCli()
  temporary = mkdtempSync(path.join(tmpdir(), 'claimtrace-cli-'))
}, 300_000)

afterAll(() => {
  if (temporary) rmSync(temporary, {recursive: true, force: true})
})

describe('claimtrace (general)', () => {
  it('prints the version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(await run(['--version'])).toEqual({code: 0, stdout: pkg.version + '\n', stderr: ''})
  })

  it('prints help listing every command, for the CLI and each command', async () => {
    const result = await run(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: claimtrace <command>/)
    for (const name of ['annotate', 'schema', 'validate']) expect(result.stdout).toContain('  ' + name)
    for (const name of ['annotate', 'schema', 'validate']) {
      const own = await run([name, '--help'])
      expect(own.code).toBe(0)
      expect(own.stdout).toMatch(new RegExp('^Usage: claimtrace ' + name))
      expect(await run(['help', name])).toEqual(own)
    }
  })

  it('exits 2 with a clear message on usage errors', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /Missing command/],
      [['annotat'], /Unknown command `annotat`, expected one of: annotate, render, schema, validate/],
      [['--bogus'], /Unexpected option `--bogus` before a command/],
      [['annotate', '--bogus', seedPath], /Unknown option '--bogus'/],
      [['annotate', '--format', 'xml', seedPath], /Unexpected `--format xml`, expected one of: json, jsonl, claimreview, webannotation/],
      [['annotate', '--jobs', '0', seedPath], /Unexpected `--jobs 0`/],
      [['annotate', '--jobs', 'two', seedPath], /Unexpected `--jobs two`/],
      [['annotate', '--published', 'someday', seedPath], /Unexpected `--published someday`/],
      [['annotate', '--input-format', 'pdf', seedPath], /Unexpected `--input-format pdf`/],
      [['annotate', '--rows', 'claims', seedPath], /`--rows` .* applies to `--format jsonl`/],
      [['annotate'], /Missing input/],
      [['annotate', '-', '-'], /stdin can be read once/],
      [['annotate', '--out', path.join('no', 'such', 'dir', 'out.json'), seedPath], /Cannot write `--out/],
      [['schema', 'extra'], /`schema` takes none/],
      [['validate'], /Missing file to validate/]
    ]
    for (const [args, message] of cases) {
      const result = await run(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stdout, args.join(' ')).toBe('')
      expect(result.stderr, args.join(' ')).toMatch(message)
    }
  })
})

describe('claimtrace schema', () => {
  it('prints the JSON Schema, the same as the shipped schema.json', async () => {
    const result = await run(['schema'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(toJsonSchema())
    expect(readFileSync(schemaFile, 'utf8')).toBe(result.stdout)
  })
})

describe('claimtrace annotate', () => {
  it('prints one pretty JSON annotation for one file', async () => {
    const result = await run(['annotate', seedPath])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(JSON.stringify(annotate(seedInput, {id: seedPath, format: 'text'}), null, 2) + '\n')
  })

  it('reads an article from stdin with `-`', async () => {
    const result = await run(['annotate', '--published', '2025-12-05', '-'], seedInput)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(json(annotate(seedInput, {id: '-', published: '2025-12-05'})))
  })

  it("reads `''` as a quotation mark with `--double-apostrophes`", async () => {
    const input = "Tax plan\n\n''It's anti-reform,'' said Leonard E. Burman, a director.\n"
    const plain = await run(['annotate', '-'], input)
    expect(JSON.parse(plain.stdout)).toEqual(json(annotate(input, {id: '-'})))
    const result = await run(['annotate', '--double-apostrophes', '-'], input)
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout) as {quotes: unknown[]}
    expect(parsed).toEqual(json(annotate(input, {id: '-', doubleApostrophes: true})))
    expect(parsed.quotes.length).toBe(1)
  })

  it("decides per input with `--double-apostrophes=auto`, and rejects other values", async () => {
    // Two `''` and no other quotation mark: an archive that writes its quotes so.
    const archive = "Tax plan\n\n''It's anti-reform,'' said Leonard E. Burman, a director.\n"
    const typeset = "Pipes\n\nThe 12'' pipe and the 10'' pipe cost “too much,” she said.\n"
    for (const input of [archive, typeset]) {
      const result = await run(['annotate', '--double-apostrophes=auto', '-'], input)
      expect(result.code).toBe(0)
      expect(JSON.parse(result.stdout)).toEqual(json(annotate(input, {id: '-', doubleApostrophes: 'auto'})))
    }

    expect((JSON.parse((await run(['annotate', '--double-apostrophes=auto', '-'], archive)).stdout) as {quotes: unknown[]}).quotes.length).toBe(1)
    expect((JSON.parse((await run(['annotate', '--double-apostrophes=false', '-'], archive)).stdout) as {quotes: unknown[]}).quotes.length).toBe(0)
    const bad = await run(['annotate', '--double-apostrophes=maybe', '-'], archive)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--double-apostrophes maybe.*expected one of: true, false, auto/)
  })

  it("reads single marks as quotation marks by default where the input quotes with them, and passes `--single-quotes` on", async () => {
    const british = "Waiting lists grow\n\n'Industrial action has had an impact,' he said. 'It is wrong,' said Ann Lee.\n"
    const quotes = async (args: string[]) => (JSON.parse((await run(['annotate', ...args, '-'], british)).stdout) as {quotes: unknown[]}).quotes.length
    expect(await quotes([])).toBe(2)
    expect(await quotes(['--single-quotes=auto'])).toBe(2)
    expect(await quotes(['--single-quotes=false'])).toBe(0)
    const one = "Title\n\nShe called it 'unfair' and left.\n"
    const forced = await run(['annotate', '--single-quotes', '-'], one)
    expect(JSON.parse(forced.stdout)).toEqual(json(annotate(one, {id: '-', singleQuotes: true})))
    const bad = await run(['annotate', '--single-quotes=maybe', '-'], british)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--single-quotes maybe.*expected one of: true, false, auto/)
  })

  it('writes rows, ClaimReviews and Web Annotations', async () => {
    const annotation = annotate(seedInput, {id: seedPath, format: 'text'})
    const rows = await run(['annotate', '--format', 'jsonl', seedPath])
    expect(lines(rows.stdout).map((line) => JSON.parse(line) as unknown)).toEqual(json(toRows(annotation)))

    const claims = await run(['annotate', '--format', 'jsonl', '--rows', 'claims', seedPath])
    expect(lines(claims.stdout)).toHaveLength(annotation.claims.length)

    const reviews = await run(['annotate', '--format', 'claimreview', seedPath])
    expect(JSON.parse(reviews.stdout)).toHaveLength(annotation.claims.length)

    const annotations = await run(['annotate', '--format', 'webannotation', seedPath])
    const mentions = annotation.sources.reduce((sum, source) => sum + source.mentions.length, 0)
    expect(JSON.parse(annotations.stdout)).toHaveLength(annotation.quotes.length + annotation.claims.length + mentions)
  })

  it('writes to `--out`', async () => {
    const out = path.join(temporary, 'seed.json')
    const result = await run(['annotate', '--out', out, seedPath])
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(json(annotate(seedInput, {id: seedPath, format: 'text'})))
  })

  it('writes an error row in place of an unreadable file, continues, and exits 1', async () => {
    const other = 'fixtures/markdown-article/input.md'
    const result = await run(['annotate', seedPath, 'missing.txt', other])
    expect(result.code).toBe(1)
    const [first, error, last] = lines(result.stdout).map((line) => JSON.parse(line) as {id: string; error?: string})
    expect(first!.id).toBe(seedPath)
    expect(error).toEqual({id: 'missing.txt', error: expect.stringMatching(/^Cannot read `missing\.txt`: ENOENT/)})
    expect(last!.id).toBe(other)
  })

  it('refuses to mix JSONL records with articles', async () => {
    const records = path.join(temporary, 'records.jsonl')
    writeFileSync(records, '{"id": "a", "text": "Hi."}\n')
    const result = await run(['annotate', records, seedPath])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Cannot mix JSONL input/)
  })
})

describe('claimtrace annotate --input-format jsonl', () => {
  const records = [
    {id: 'seed', text: seedInput, url: 'https://example.com/land-mines', published: '2025-12-05'},
    {id: 'md', text: readFileSync(path.join(root, 'fixtures/markdown-article/input.md'), 'utf8')},
    'not json at all',
    '',
    '[1, 2]',
    {id: 7, text: '“Hello,” said Ana. Prices rose 5% in 2024.'},
    {id: 'bad-text', text: 42},
    {id: 'bad-date', text: 'Hi.', published: 'someday'},
    {id: 'last', text: 'The last one, she said.'}
  ]
  const input = records.map((record) => (typeof record === 'string' ? record : JSON.stringify(record))).join('\n') + '\n'

  it('writes exactly one line per input line, in order, with error rows in place', async () => {
    const result = await run(['annotate', '--input-format', 'jsonl', '--jobs', '2'], input)
    expect(result.code).toBe(1)
    const output = lines(result.stdout).map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(output).toHaveLength(records.length)
    expect(output.map((item) => item.id)).toEqual(['seed', 'md', null, null, null, '7', 'bad-text', 'bad-date', 'last'])
    expect(output[0]).toEqual(json(annotate(seedInput, {id: 'seed', url: 'https://example.com/land-mines', published: '2025-12-05'})))
    expect(output[2]!.error).toMatch(/^stdin:3: Invalid JSON/)
    expect(output[3]!.error).toMatch(/^stdin:4: .*empty line/)
    expect(output[4]!.error).toMatch(/^stdin:5: Expected an object/)
    expect(output[6]!.error).toMatch(/^stdin:7: Expected `text` to be a string/)
    expect(output[7]!.error).toMatch(/^stdin:8: Expected `options.published`/)
    expect(output[8]!.schemaVersion).toBe('1')
  })

  it('gives the same output whatever the number of jobs', async () => {
    // Many records, so the main thread and the workers all take some.
    const many = Array.from({length: 60}, () => input).join('')
    const one = await run(['annotate', '--input-format', 'jsonl', '--jobs', '1'], many)
    expect(lines(one.stdout)).toHaveLength(60 * records.length)
    for (const jobs of ['2', '3']) {
      const other = await run(['annotate', '--input-format', 'jsonl', '--jobs', jobs], many)
      expect(other.stdout, jobs).toBe(one.stdout)
      expect(other.code, jobs).toBe(one.code)
    }
  })

  it('wraps other formats as one object per line', async () => {
    const result = await run(['annotate', '--input-format', 'jsonl', '--format', 'jsonl', '--rows', 'claims'], input)
    const output = lines(result.stdout).map((line) => JSON.parse(line) as {id: string; rows?: unknown[]})
    expect(output).toHaveLength(records.length)
    expect(output[0]!.rows).toHaveLength(annotate(seedInput).claims.length)

    for (const [format, key] of [
      ['claimreview', 'claimReviews'],
      ['webannotation', 'annotations']
    ] as const) {
      const other = await run(['annotate', '--input-format', 'jsonl', '--format', format], input)
      const parsed = lines(other.stdout).map((line) => JSON.parse(line) as Record<string, unknown>)
      expect(parsed).toHaveLength(records.length)
      expect(parsed[0]).toEqual({id: 'seed', [key]: expect.any(Array)})
    }
  })

  it('accepts CRLF line endings and a last line without a newline', async () => {
    const result = await run(['annotate', '--input-format', 'jsonl'], '{"id":"a","text":"One."}\r\n{"id":"b","text":"Two."}')
    expect(result.code).toBe(0)
    expect(lines(result.stdout).map((line) => (JSON.parse(line) as {id: string}).id)).toEqual(['a', 'b'])
  })

  it('reads .jsonl files, and prints nothing for empty input', async () => {
    const file = path.join(temporary, 'two.jsonl')
    writeFileSync(file, '{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n')
    const result = await run(['annotate', file])
    expect(lines(result.stdout)).toHaveLength(2)
    expect(await run(['annotate', '--input-format', 'jsonl'], '')).toEqual({code: 0, stdout: '', stderr: ''})
  })
})

describe('claimtrace validate', () => {
  it('accepts an annotation the CLI wrote', async () => {
    const out = path.join(temporary, 'valid.json')
    await run(['annotate', '--out', out, seedPath])
    expect(await run(['validate', out])).toEqual({code: 0, stdout: out + ': valid\n', stderr: ''})
  })

  it('prints readable issues and exits 1', async () => {
    const annotation = json(annotate(seedInput)) as Record<string, any>
    annotation.sentences[0].id = 7
    annotation.paragraphs[0].kind = 'footer'
    const file = path.join(temporary, 'broken.json')
    writeFileSync(file, JSON.stringify(annotation))
    const result = await run(['validate', file])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      file +
        ': invalid\n' +
        '  paragraphs[0].kind: Invalid option: expected one of "title"|"paragraph"|"heading"|"blockquote"|"list-item"|"byline"|"dateline"|"credits"|"separator"|"html"|"boilerplate"\n' +
        '  sentences[0].id: Invalid input: expected string, received number\n'
    )

    const other = path.join(temporary, 'v2.json')
    writeFileSync(other, JSON.stringify({...annotation, schemaVersion: '2'}))
    expect((await run(['validate', other])).stdout).toBe(other + ': invalid\n  schemaVersion: Unexpected schemaVersion `2`, expected `1`\n')
  })

  it('checks JSONL line by line, from stdin too', async () => {
    const input = JSON.stringify(annotate('One.')) + '\n{"id": null, "error": "Cannot read"}\n'
    const result = await run(['validate', '--jsonl', '-'], input)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('-:2: invalid\n  schemaVersion: Missing schemaVersion, expected `1`\n-: 1 of 2 valid\n')
  })

  it('reports an unreadable file and exits 1', async () => {
    const result = await run(['validate', 'missing.json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^missing\.json: unreadable\n {2}ENOENT/)
  })
})

describe.skipIf(!hasShared)('claimtrace annotate on PolNeAR dev', () => {
  it('writes one row per claim for a directory, in file order, quietly', async () => {
    const names = readdirSync(devText).filter((name) => name.endsWith('.txt')).sort()
    const result = await run(['annotate', '--format', 'jsonl', '--rows', 'claims', '--jobs', '2', devText])
    expect(result.code).toBe(0)
    // No progress bar: stderr is not a terminal.
    expect(result.stderr).toBe('')
    const rows = lines(result.stdout).map((line) => JSON.parse(line) as {articleId: string; type: string})
    let expected = 0
    const order: string[] = []
    for (const name of names) {
      const file = path.join(devText, name)
      // `.txt` files are read as plain text (one paragraph a line), as the CLI does by extension.
      expected += annotate(readFileSync(file, 'utf8'), {id: file, format: 'text'}).claims.length
      order.push(file)
    }

    expect(rows).toHaveLength(expected)
    expect(rows.every((row) => row.type === 'claim')).toBe(true)
    const seen = [...new Set(rows.map((row) => row.articleId))]
    expect(seen).toEqual(order.filter((file) => seen.includes(file)))
  }, 300_000)

  it('gives identical output with --jobs 1 and --jobs 2', async () => {
    const one = await run(['annotate', '--jobs', '1', devText])
    const two = await run(['annotate', '--jobs', '2', devText])
    expect(one.code).toBe(0)
    expect(lines(one.stdout)).toHaveLength(readdirSync(devText).filter((name) => name.endsWith('.txt')).length)
    expect(two.stdout).toBe(one.stdout)
  }, 300_000)
})

describe('claimtrace render', () => {
  it('writes the same page as `toHtml`, from a file or stdin', async () => {
    const input = readFileSync(path.join(root, seedPath), 'utf8')
    const expected = toHtml(annotate(input, {format: 'text'}), input)
    expect(await run(['render', seedPath])).toEqual({code: 0, stdout: expected, stderr: ''})
    expect(await run(['render', '--input-format', 'txt', '-'], input)).toEqual({code: 0, stdout: expected, stderr: ''})
  })

  it("passes `--double-apostrophes` on to `annotate`", async () => {
    const input = "Tax plan\n''It's anti-reform,'' said Leonard E. Burman, a director.\n"
    const expected = toHtml(annotate(input, {format: 'text', doubleApostrophes: true}), input)
    expect(expected).not.toBe(toHtml(annotate(input, {format: 'text'}), input))
    const result = await run(['render', '--input-format', 'txt', '--double-apostrophes', '-'], input)
    expect(result).toEqual({code: 0, stdout: expected, stderr: ''})
  })

  it('fails clearly on usage errors and unreadable files', async () => {
    const none = await run(['render'])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/Expected one file/)
    const missing = await run(['render', 'no-such-file.txt'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/cannot read `no-such-file.txt`/)
  })
})
