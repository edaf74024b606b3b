/**
 * The fast paths of markdown reading against one remark-parse parse of the
 * whole input: the paragraphs-only path (`plainBlocks`) wherever it
 * answers, and chunked reading (`parseMarkdown(…, true)`: syntax-free
 * chunks unparsed, the rest parsed a piece at a time) always, must give
 * exactly the blocks and view of `parseMarkdown(…)`.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownBlocks, parseMarkdown} from '../src/parse/blocks.js'
import {plainBlocks, simpleBlocks} from '../src/parse/plain.js'
import {hasShared, shared} from './helpers.js'

/** Pieces that make prose and every markdown construct the fast path must refuse. */
const pieces = [
  'a', 'b', 'Word', 'x y', ' ', '  ', '   ', '    ', '\n', '\n', '\n\n', '\r\n', '\r', '\n \n', '.', ',',
  '[', ']', '(', ')', ':', '&', '&amp;', '&#38;', ';', '#', '# ', '-', '- ', '+ ', '=', '===', '---', '~~~',
  '1', '1. ', '2) ', '<', '<a>', '< b', '>', '> ', '!', '"', '“', '”', '\u00a0', '*', '_', '`', '\\',
  '\t', '\f', '\0', '\uFEFF', '[x]: /y', '[x](y)', '[x]', '12345678901. ',
  // Escapes and references: read without parsing when nothing else is syntax.
  '\\*', '\\"', '\\\\', '\\a', '\\\n\n', '\\\r\n  \n', '\\\n', '&ldquo;', '&#8220;', '&#x201D;', '&#10;', '&#0;', '&nvlt;', '&Afr;', '&foo;', '&copy',
  '<tweet>', '</tweet>', '<a href="x">', "<a b='c' d=e/>", '<b >', '<x y=`>', '<div>', '</div>', '<pre>', '<br/>', '<a\nb>', '<!-- c -->',
  '[Home](https://example.com/a?b=1&amp;c)', '[x](y z)', '[](u)', '](', '[a\nb](c)', '[a\n\nb](c)', '\\[x](y)', '![i](j)', '[[x](y)](z)', '[x](`y`)',
  // Emphasis runs that cannot close, code spans, `<` with no `>` after it.
  ' *', '*a', ' **b', ' _x', '__', 'x*', 'y_', '*\u00a0', ' *\n', '`a`', '` `', '``', '``a`b``', '`\\`', '`<a>`', '`&amp;`', '`*`', '`\n', '```',
  ' <the', '<b', '</x', '<!x', '<?x', '<a ', '<http://x>', '<a@b.c>',
  // Emphasis pairs, and runs that flank both ways, neither way or inside words.
  '*a*', '**b**', '_c_', '__d__', '***e***', 'b*', '"*q*"', 'é*', '*é', '.*', '*.', 'a_b_', '\u3000*', '*😀', '*a [b] c*', 'a___*****************', '`_________********`', '\\**a*'
]

// Both paths take the source with a leading BOM blanked, as `markdownBlocks` hands it over.
const markdownish = fc
  .array(fc.constantFrom(...pieces), {maxLength: 40})
  .map((parts) => parts.join('').replace(/^\uFEFF/, ' '))

/** Prose with the characters news text has: most of these take the fast path. */
const proseish = fc
  .array(fc.constantFrom('a', 'Word', ' ', '   ', '\n', '\n\n', '\r\n', '\n  \n', '.', '[', ']', '&', '< 4', '1', '“', '\u00a0', '-', '#'), {
    maxLength: 40
  })
  .map((parts) => parts.join(''))

/** Several blocks of markdownish text apart, with blank lines (some indented) between. */
const chunky = fc
  .array(fc.tuple(fc.oneof(markdownish, proseish), fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n\n  ', '\n\n    ', '\n')), {
    maxLength: 8
  })
  .map((parts) => parts.flat().join('').replace(/^\uFEFF/, ' '))

/** Lines of headings, lists and HTML blocks, simple (read without parsing) and not. */
const blockLine = fc.constantFrom(
  '# *x*', '- a *b* c', '- a *b\n- c* d', '# _a_ b', '# Head', '## Most *read*', '### Most read', '#', '#5 x', '####### x', '# x #', '# x\\#', '#  spaced  ', '# [Home](u) &amp; more',
  '- x', '-  x', '- ', '-', '* Share', '+ Plus', '1. One', '2) Two', '10. Ten', '1234567890. Big', '* * *', '- - -', '---',
  '- [Share](https://x.com/s?u=1)', '- &amp; x', '- “q” said', '- 2. x', '- # x', '- > x', '- <div>', '\\- x', ' - x', '  y', 'y',
  '- x  ', '- é', '- (a)', '- [a]: /b', '<div>', '<div class="n"><input type="email"></div>', '</div>', '<pre>', '<span>x</span>',
  '<!-- c -->', '<DIV>', '<div/x', '<div/>x', '<hr>', '- x\\', '- a *b*', '1. [Story one](https://example.com/1)', '> q', '\t', '    code', '- x\t', '<div\t>'
)
const blocky = fc
  .array(
    fc.tuple(
      fc.tuple(fc.array(blockLine, {minLength: 1, maxLength: 5}), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol)),
      fc.constantFrom('\n\n', '\n  \n', '\n', '\r\n\r\n', '\n\t\n')
    ),
    {minLength: 1, maxLength: 6}
  )
  .map((parts) => parts.flat().join(''))

describe('parseMarkdown (chunked)', () => {
  it('reads headings, simple lists and HTML blocks without parsing as one parse reads them', () => {
    fc.assert(
      fc.property(blocky, (source) => {
        expect(parseMarkdown(source, true)).toEqual(parseMarkdown(source))
      }),
      {numRuns: 1500}
    )
    const page = '### Most read\n\n1. [Story one](https://example.com/1)\n2. [Story two](https://example.com/2)\n\n<div class="n"><input></div>\n\n* [Share](https://x.com/s)\n'
    expect(parseMarkdown(page, true)).toEqual(parseMarkdown(page))
    // The fast path answers for each of those chunks, and refuses others.
    const answer = (chunk: string) => simpleBlocks(chunk, 0, chunk.length, new Uint8Array(chunk.length), [])
    expect(answer('### Most read\n\n')).toEqual([{kind: 'heading', start: 0, end: 13}])
    expect(answer('1. [One](u)\n2. Two')).toEqual([
      {kind: 'list-item', start: 3, end: 11},
      {kind: 'list-item', start: 15, end: 18}
    ])
    expect(answer('<div class="n"><input></div>')).toEqual([{kind: 'html', start: 0, end: 28}])
    for (const chunk of ['- a **b*', '- x\ny', '* * *', '## Title ##', '<span>x</span>', '- x\n* y']) expect(answer(chunk), chunk).toBeUndefined()
  }, 60_000)

  it('gives what one parse of the whole gives', () => {
    fc.assert(
      fc.property(chunky, (source) => {
        expect(parseMarkdown(source, true)).toEqual(parseMarkdown(source))
      }),
      {numRuns: 1500}
    )
  }, 60_000)

  it('keeps link definitions, fences and HTML blocks that reach across chunks', () => {
    for (const source of [
      'See [a].\n\n[a]: https://example.com',
      '```\ncode\n\nmore *code*\n```\n\nText.',
      '<!--\n\n*hidden*\n\n-->\n\nText.',
      '<pre>\n\n*x*\n\n</pre>',
      '- item\n\n  continued *here*\n\nText.',
      '> quote\n\n> more\n\nText *x*.',
      // Found by fuzzing: micromark reads the line after indented code, and
      // HTML opened inside a list item, differently from a fresh start.
      '\n\n    a\n\na\n\n-\n\n',
      'x\n\n    a\n\n-\n\n',
      '* <?\n \na'
    ]) {
      expect(parseMarkdown(source, true), source).toEqual(parseMarkdown(source))
    }
  })

  it.runIf(hasShared)('agrees with one parse on every PolNeAR article with markdown syntax', () => {
    for (const split of ['train', 'dev']) {
      const folder = path.join(shared, 'data', 'polnear', split, 'text')
      for (const name of readdirSync(folder)) {
        const source = readFileSync(path.join(folder, name), 'utf8')
        if (plainBlocks(source)) continue
        expect(parseMarkdown(source, true), name).toEqual(parseMarkdown(source))
      }
    }
  }, 120_000)
})

/** Excerpts of the fixture articles with markdown marks inserted at random places. */
const fixtureTexts = readdirSync('fixtures').flatMap((name) =>
  readdirSync(path.join('fixtures', name))
    .filter((file) => file.startsWith('input.'))
    .map((file) => readFileSync(path.join('fixtures', name, file), 'utf8'))
)
const marks = ['*', '**', '_', '__', '***', '`', '``', '<', '>', '[', ']', '](u)', '\\', '&amp;', '\n', '\n\n', ' ', '"', '“', '#', '- ', '<b>', '*a*', '_b_', '`c`']
const mutated = fc
  .tuple(
    fc.constantFrom(...fixtureTexts),
    fc.nat(),
    fc.integer({min: 100, max: 1200}),
    fc.array(fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.constantFrom(...marks)), {minLength: 1, maxLength: 10})
  )
  .map(([text, offset, length, edits]) => {
    const start = offset % Math.max(1, text.length)
    let result = text.slice(start, start + length)
    for (const [at, mark] of edits) {
      const index = Math.floor(at * result.length)
      result = result.slice(0, index) + mark + result.slice(index)
    }

    return result.replace(/^\uFEFF/, ' ')
  })

describe('plainBlocks', () => {
  it('gives what remark-parse gives on article text with marks inserted', () => {
    fc.assert(
      fc.property(mutated, (source) => {
        const fast = plainBlocks(source)
        if (fast) expect(fast).toEqual(parseMarkdown(source))
        expect(parseMarkdown(source, true)).toEqual(parseMarkdown(source))
      }),
      {numRuns: 1000}
    )
  }, 60_000)

  it('gives what remark-parse gives whenever it answers', () => {
    let answered = 0
    fc.assert(
      fc.property(fc.oneof(markdownish, proseish), (source) => {
        const fast = plainBlocks(source)
        if (!fast) return
        answered++
        expect(fast).toEqual(parseMarkdown(source))
      }),
      {numRuns: 4000}
    )
    // The property means little unless the fast path was taken often.
    expect(answered).toBeGreaterThan(1000)
  }, 60_000)

  it('answers for prose with blank lines, CRLF, indentation and trailing spaces', () => {
    const source = '  First line,\r\n   more of it.  \r\n\r\n  \nSecond [note] & 3 < 4.\n'
    const fast = plainBlocks(source)
    expect(fast?.blocks).toEqual([
      {kind: 'paragraph', start: 2, end: 31},
      {kind: 'paragraph', start: 38, end: 60}
    ])
    expect(fast).toEqual(parseMarkdown(source))
  })

  it('refuses markdown syntax', () => {
    for (const source of [
      'a **b*', '*a _b* c_', '**a *b* c**', 'a*b*c', '*[a*](b)', '* a', '***', '```\ncode', '`a\nb`', '<div', 'a <c d="x> y', 'a\\\nb',
      'tab\there', '<div>x</div>', 'a <!-- c -->', '<b>\nx', '![a](b)', '[a](b "t")', '[a]\n\n[a]: /b',
      '# Head', 'a\n===', 'a\n---', '- item', '1. item', '> quote', '~~~\ncode\n~~~', '    code'
    ]) {
      expect(plainBlocks(source), source).toBeUndefined()
    }
  })

  it('answers for escapes and character references, showing the characters they stand for', () => {
    const source = 'Tom &amp; Jerry: &ldquo;Hi,&#8221; \\*she\\* said, a\\b &foo; &copy\n\n1\\. Not a list.'
    const fast = plainBlocks(source)
    expect(fast?.view).toBe('Tom &     Jerry: “      Hi,”        *she * said, a\\b &foo; &copy\n\n1 . Not a list.')
    expect(fast).toEqual(parseMarkdown(source))
  })

  it('answers for code spans, simple emphasis, unmatched `*` and `_`, and `<` that opens nothing', () => {
    const source = 'Use `npm test` *now*, **or later** <maybe and __then\n\n*not* closed` or \\*escaped*.'
    const fast = plainBlocks(source)
    // Code span backticks and emphasis markers blanked; the rest is text.
    expect(fast?.view).toBe('Use  npm test   now ,   or later   <maybe and __then\n\n not  closed` or  *escaped*.')
    expect(fast).toEqual(parseMarkdown(source))
  })

  it('answers for articles with emphasis as converters write it', () => {
    const seed = readFileSync(path.join('fixtures', 'seed', 'input.txt'), 'utf8')
    const source = seed
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => (index % 3 === 0 ? '**Update:** ' : '') + line.replace(/^(\S+ \S+ )(\S+)( \S+ \S+ )(\S+)/, '$1*$2*$3**$4**'))
      .join('\n\n')
    const fast = plainBlocks(source)
    expect(fast).toBeDefined()
    expect(fast).toEqual(parseMarkdown(source))
  })

  it('answers for simple inline links and tags, blanking all but link text', () => {
    const source = '[Home](https://example.com/) | <span class="x">[News](/news)</span>\n\nSee [the report](https://example.com/r?a=1&amp;b=2).'
    const fast = plainBlocks(source)
    // Brackets, destinations and tags blanked; text, references decoded, kept.
    const blanked = source.replaceAll(/\[|\]\([^)]*\)|<[^>]*>/g, (markup) => ' '.repeat(markup.length))
    expect(fast?.view).toBe(blanked)
    expect(fast).toEqual(parseMarkdown(source))
  })

  it('is used by markdownBlocks (same result as remark-parse)', () => {
    const source = 'One.\n\nTwo.'
    expect(markdownBlocks(source)).toEqual(parseMarkdown(source))
  })

  it.runIf(hasShared)('agrees with remark-parse on every PolNeAR article it takes', () => {
    let taken = 0
    for (const split of ['train', 'dev']) {
      const folder = path.join(shared, 'data', 'polnear', split, 'text')
      for (const name of readdirSync(folder)) {
        const source = readFileSync(path.join(folder, name), 'utf8')
        const fast = plainBlocks(source)
        if (!fast) continue
        taken++
        expect(fast, name).toEqual(parseMarkdown(source))
      }
    }

    // Most news prose has no markdown syntax at all.
    expect(taken).toBeGreaterThan(700)
  }, 120_000)
})
