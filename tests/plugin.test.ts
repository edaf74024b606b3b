import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {annotate, remarkClaimtrace as fromIndex, type Annotation} from '../src/index.js'
import remarkClaimtrace, {remarkClaimtrace as named} from '../src/plugin.js'
import {fixture} from './helpers.js'

const markdown = fixture('markdown-article/input.md')

async function run(value: string, options?: Parameters<typeof remarkClaimtrace>[0]) {
  const processor = unified().use(remarkParse).use(remarkClaimtrace, options)
  const file = new VFile({value, path: 'article.md'})
  const tree = processor.parse(file)
  const before = structuredClone(tree)
  const result = await processor.run(tree, file)
  return {file, tree: result, before}
}

describe('remarkClaimtrace', () => {
  it('is the default export, a named export, and exported from the package', () => {
    expect(named).toBe(remarkClaimtrace)
    expect(fromIndex).toBe(remarkClaimtrace)
  })

  it('puts the annotation on `file.data.claimtrace`, as annotate gives it', async () => {
    const {file} = await run(markdown, {id: 'a1', url: 'https://example.com/a1'})
    const annotation: Annotation | undefined = file.data.claimtrace
    expect(annotation).toEqual(annotate(markdown, {id: 'a1', url: 'https://example.com/a1', format: 'markdown'}))
    expect(annotation?.format).toBe('markdown')
  })

  it('reads the input as markdown unless told otherwise', async () => {
    const text = 'First line.\nSecond line, said Ana.'
    expect((await run(text)).file.data.claimtrace?.format).toBe('markdown')
    expect((await run(text, {format: 'text'})).file.data.claimtrace?.format).toBe('text')
  })

  it('adds diagnostics to `file.messages`', async () => {
    const value = '# Title\n\n“This quote never closes, said Ana.\n\nAnother paragraph.'
    const {file} = await run(value)
    const annotation = file.data.claimtrace!
    expect(annotation.diagnostics.length).toBeGreaterThan(0)
    expect(file.messages).toHaveLength(annotation.diagnostics.length)
    for (const [index, message] of file.messages.entries()) {
      expect(message.source).toBe('claimtrace')
      expect(message.ruleId).toBe(annotation.diagnostics[index]!.ruleId)
      expect(message.file).toBe('article.md')
    }
  })

  it('keeps messages other plugins added', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(() => (_, file) => {
        file.message('earlier')
      })
      .use(remarkClaimtrace)
    const file = new VFile('“Unclosed, she said.')
    await processor.run(processor.parse(file), file)
    expect(file.messages[0]!.reason).toBe('earlier')
    expect(file.messages.length).toBe(1 + file.data.claimtrace!.diagnostics.length)
    // Diagnostics are only claimtrace’s own messages.
    expect(file.data.claimtrace!.diagnostics.every((item) => item.source === 'claimtrace')).toBe(true)
  })

  it('does not change the tree', async () => {
    const {tree, before} = await run(markdown)
    expect(tree).toEqual(before)
  })

  it('throws on options that are not an object, and on invalid options when run', async () => {
    expect(() => unified().use(remarkParse).use(remarkClaimtrace, 'x' as never).freeze()).toThrow(TypeError)
    await expect(run('Hi.', {published: 'not a date'})).rejects.toThrow(TypeError)
  })
})
