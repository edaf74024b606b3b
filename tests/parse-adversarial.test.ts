/**
 * Article parsing on adversarial input (found by `npm run bench`):
 * - `splitSentences` on runs of terminals and closing marks: the behaviour
 *   the linear-time rewrite of the run scan keeps (checked against the
 *   previous implementation by a differential fuzz), and inputs that took
 *   minutes before it (each terminal of a run rescanned the run, and every
 *   “.)” looked back through the whole paragraph for a “(”);
 * - markdown nested deeper than the call stack (the block walk was
 *   recursive: 10,000 block quote markers threw a RangeError), and nested
 *   so deep that remark-parse itself goes quadratic (1,000 list markers on
 *   one line took it seconds): `capNesting` keeps {@link maxDepth} levels.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownBlocks, type Block} from '../src/parse/blocks.js'
import {capNesting, maxDepth} from '../src/parse/nesting.js'
import {plainParagraphs} from '../src/parse/plain.js'
import {maxSentence, splitSentences, type ForcedBreaks} from '../src/parse/sentences.js'

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map(([start, end]) => text.slice(start, end))
}

describe('splitSentences (runs of terminals and closing marks)', () => {
  it('ends a sentence after a run before a capital', () => {
    expect(split('Wow!!! Next one.')).toEqual(['Wow!!!', 'Next one.'])
    expect(split('Really?!” She left.')).toEqual(['Really?!”', 'She left.'])
  })

  it('does not end one before a lowercase word', () => {
    expect(split('Wow!!! next one.')).toEqual(['Wow!!! next one.'])
  })

  it('keeps a closing quote followed by a speaker and cue in the sentence', () => {
    expect(split('“Why?!” Smith said. Then it ended.')).toEqual(['“Why?!” Smith said.', 'Then it ended.'])
    // Also past a short appositive, and after a period when the speaker and
    // cue are all that follows (a typo for “…,” Trump said.).
    expect(split('“Why?” Miller, a retired worker, said. Then it ended.')).toEqual(['“Why?” Miller, a retired worker, said.', 'Then it ended.'])
    expect(split('“They are missing.” Trump said on Tuesday. Then it ended.')).toEqual(['“They are missing.” Trump said on Tuesday.', 'Then it ended.'])
  })

  it('ends the sentence at “.”” before a speaker and cue, and before a capitalised pronoun', () => {
    // News writes “…,” Smith said: after a period the attribution is a new sentence.
    expect(split('He called it “dear to my heart.” He said he stays. Then it ended.')).toEqual([
      'He called it “dear to my heart.”',
      'He said he stays.',
      'Then it ended.'
    ])
    expect(split('“Why?” He said he stays.')).toEqual(['“Why?”', 'He said he stays.'])
    expect(split('“We won.” Smith said it twice.')).toEqual(['“We won.”', 'Smith said it twice.'])
  })

  it('only counts marks after a terminal as its closing quote', () => {
    // At “?” the run holds a quote (and a cue follows): no end; at “!” none does.
    expect(split('Really?"! Smith said it.')).toEqual(['Really?"!', 'Smith said it.'])
  })

  it('keeps a parenthetical tag such as “(D-Vt.)” inside the sentence', () => {
    expect(split('Sen. Patrick J. Leahy (D-Vt.) said it. The end.')).toEqual([
      'Sen. Patrick J. Leahy (D-Vt.) said it.',
      'The end.'
    ])
  })

  it('ends a sentence at “.)” with no “(” before it, even at the start', () => {
    expect(split('A list item.) Next one here.')).toEqual(['A list item.)', 'Next one here.'])
  })

  // Not timed: these finish in milliseconds now and took minutes before
  // (quadratic), so a regression shows up as a test timeout.
  it('handles a run of 200,000 terminals', () => {
    // Longer than a sentence may be: ended at the space after the run.
    expect(split('Wow' + '!?'.repeat(100_000) + ' next one.')).toEqual(['Wow' + '!?'.repeat(100_000), 'next one.'])
    expect(split('Wow' + '!'.repeat(200_000) + ' ' + ' '.repeat(100_000) + 'x')).toEqual(['Wow' + '!'.repeat(200_000), 'x'])
  })

  it('handles 50,000 “.)” with no “(”', () => {
    expect(split('word.) Yes '.repeat(50_000).trim())).toHaveLength(50_001)
  })
})

describe('splitSentences (text without sentence ends)', () => {
  it('ends a sentence at the first space past the longest sentence, and says where', () => {
    const words = Array.from({length: 1500}, (_, index) => 'word' + index).join(' ')
    const forced: ForcedBreaks = {count: 0, first: -1}
    const sentences = splitSentences(words, 0, words.length, forced)
    expect(sentences.length).toBeGreaterThan(1)
    for (const [start, end] of sentences) {
      // Whole words only, none longer than the cap plus the word it ends in.
      expect(end - start).toBeLessThanOrEqual(maxSentence + 'word1499'.length)
      expect(words.charAt(start - 1) === '' || words.charAt(start - 1) === ' ').toBe(true)
      expect(words.charAt(end) === '' || words.charAt(end) === ' ').toBe(true)
    }

    expect(sentences.map(([start, end]) => words.slice(start, end)).join(' ')).toBe(words)
    expect(forced).toEqual({count: sentences.length - 1, first: sentences[0]![1]})
  })

  it('never cuts a run without spaces, and leaves ordinary sentences alone', () => {
    const run = 'Y' + 'x'.repeat(maxSentence * 2)
    const text = 'A sentence. ' + run + ' end. Another one.'
    const forced: ForcedBreaks = {count: 0, first: -1}
    expect(splitSentences(text, 0, text.length, forced).map(([start, end]) => text.slice(start, end))).toEqual([
      'A sentence.',
      run,
      'end.',
      'Another one.'
    ])
    expect(forced.count).toBe(1)
  })
})

describe('splitSentences (ranges inside a longer text)', () => {
  // The splitter skips to the next terminal with a regex that may read a
  // little past the range: what lies after `end` must not change anything.
  const pieces = fc.constantFrom('word ', 'Word ', '. ', '.', '!', '?', ' ', '”', ')', 'Mr. ', 'x'.repeat(1500), 'y '.repeat(1200))
  it('gives the same sentences whatever follows the range', () => {
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 30}), fc.array(pieces, {maxLength: 10}), (inside, after) => {
        const range = inside.join('')
        const text = range + after.join('')
        expect(splitSentences(text, 0, range.length)).toEqual(splitSentences(range, 0, range.length))
      }),
      {numRuns: 300}
    )
  })
})

describe('plainParagraphs', () => {
  /** Paragraphs as runs of lines with a non-space character, the obvious way. */
  function reference(source: string, start: number, end: number): Block[] {
    const blocks: Block[] = []
    let open: Block | undefined
    let lineStart = start
    while (lineStart <= end) {
      let lineEnd = lineStart
      while (lineEnd < end && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++
      let first = lineStart
      while (first < lineEnd && source[first] === ' ') first++
      if (first === lineEnd) {
        if (open) blocks.push(open)
        open = undefined
      } else if (open) {
        open.end = lineEnd
      } else {
        open = {kind: 'paragraph', start: first, end: lineEnd}
      }

      lineStart = source[lineEnd] === '\r' && source[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1
    }

    if (open) blocks.push(open)
    return blocks
  }

  const pieces = fc.constantFrom('word', ' ', '  ', '\n', '\r', '\r\n', '\n\n', 'x'.repeat(1100), 'a b '.repeat(300))
  it('finds the paragraphs of a range, with LF, CR and CRLF line ends and lines over 1,024 characters', () => {
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 40}), fc.nat(), fc.nat(), (parts, a, b) => {
        const source = parts.join('')
        const start = source.length === 0 ? 0 : a % source.length
        const end = start + (source.length === start ? 0 : b % (source.length - start))
        const blocks: Block[] = []
        plainParagraphs(source, start, end, blocks)
        expect(blocks).toEqual(reference(source, start, end))
      }),
      {numRuns: 500}
    )
  })
})

describe('markdownBlocks (deep nesting)', () => {
  it('reads 10,000 nested block quotes without overflowing the stack', () => {
    const input = '> '.repeat(10_000) + 'Deep words, she said.'
    const {blocks, view} = markdownBlocks(input)
    expect(blocks).toEqual([{kind: 'blockquote', start: 20_000, end: input.length}])
    expect(view.length).toBe(input.length)
    expect(view.trim()).toBe('Deep words, she said.')
  }, 60_000)

  it('keeps blocks in input order', () => {
    const input = '# Head\n\n> - one\n>\n>   > two\n\nthree\n\n---\n\n<div>x</div>\n'
    const {blocks} = markdownBlocks(input)
    expect(blocks.map((block) => [block.kind, input.slice(block.start, block.end)])).toEqual([
      ['heading', '# Head'],
      ['list-item', 'one'],
      ['blockquote', 'two'],
      ['paragraph', 'three'],
      ['separator', '---'],
      // (One element of prose: its text is a paragraph.)
      ['paragraph', '<div>x</div>']
    ])
  })
})

describe('capNesting', () => {
  /** Offsets marked in a `replaced` mask. */
  const offsets = (replaced: Uint8Array | undefined): number[] =>
    [...(replaced ?? [])].flatMap((value, index) => (value === 1 ? [index] : []))

  it('leaves ordinary nesting alone', () => {
    const input = '# Head\n\n> - one\n>\n>   > two\n\n1. a\n   - b\n\n***bold italic*** and __*x*__\n\n* * *\n'
    expect(capNesting(input)).toEqual({markdown: input, replaced: undefined})
  })

  it('replaces container markers past the cap, keeping offsets', () => {
    const input = '> '.repeat(maxDepth + 3) + 'Words.\n' + '- '.repeat(maxDepth + 1) + 'Item.'
    const {markdown, replaced} = capNesting(input)
    expect(markdown.length).toBe(input.length)
    expect(offsets(replaced)).toEqual([maxDepth * 2, maxDepth * 2 + 2, maxDepth * 2 + 4, (maxDepth + 3) * 2 + 7 + maxDepth * 2])
    for (const index of offsets(replaced)) expect(markdown.charAt(index)).toBe('\u00A0')
    // Everything else as it was.
    const kept = (text: string) => [...text].filter((_, index) => !offsets(replaced).includes(index)).join('')
    expect(kept(markdown)).toBe(kept(input))
  })

  it('caps runs that alternate emphasis delimiters, not runs of one character', () => {
    expect(offsets(capNesting('*_'.repeat(maxDepth * 2) + 'x').replaced)).toHaveLength(maxDepth * 2)
    expect(capNesting('*'.repeat(1000)).replaced).toBeUndefined()
    expect(capNesting('_'.repeat(1000) + ' x').replaced).toBeUndefined()
  })

  it('reads 1,000-deep lists and block quotes as their words', () => {
    for (const marker of ['- ', '> ', '1. ']) {
      const input = 'First paragraph.\n\n' + marker.repeat(1000) + 'Deep words, she said.'
      const {blocks, view} = markdownBlocks(input)
      expect(blocks.map((block) => input.slice(block.start, block.end))).toEqual(['First paragraph.', 'Deep words, she said.'])
      expect(view.length).toBe(input.length)
      expect(view.slice(18).trim()).toBe('Deep words, she said.')
    }
  })
})
