import {describe, expect, it} from 'vitest'
import {statementBefore, statementAfter} from '../src/sources/cues.js'
import {WordTable, sameLower, wordHash, wordSet} from '../src/sources/hash.js'

describe('statementAfter', () => {
  // Each mention is `Smith` (offset 0 to 5). A comma after a name skips the
  // pattern unless a statement word can follow: these pin the cases where it
  // still must run.
  const cases: Array<[string, boolean]> = [
    ['Smith said it failed.', true],
    ['Smith, the senator from Vermont, said it failed.', true],
    ['Smith, the senator from Vermont,, said it failed.', true],
    ['Smith, who left, said nothing.', true],
    ['Smith, a lawyer, has long argued that.', true],
    ['Smith, a lawyer, returned a request for comment.', true],
    ['Smith, a lawyer, did not return calls.', true],
    ['Smith,  said it.', true],
    ['Smith,    said it.', false],
    ['Smith, Said it.', false],
    ['Smith, the senator. said it.', false],
    ['Smith, ' + 'x'.repeat(99) + ', said it.', true],
    ['Smith, ' + 'x'.repeat(100) + ', said it.', false],
    ['Smith, didn’t say.', true],
    ['Smith, couldn’t be reached.', true],
    ['Smith,\u2003said it.', true],
    ['Smith,\nsaid it.', true],
    ['Smith, “the senator,” said it.', false],
    ['Smith, and Jones said it.', false],
    ['Smith,', false]
  ]

  for (const [text, expected] of cases) {
    it(JSON.stringify(text.length > 50 ? text.slice(0, 50) + '…' : text), () => {
      expect(statementAfter(text, 5)).toBe(expected)
    })
  }
})

describe('statementBefore', () => {
  it('finds a speech verb before a name, past an article', () => {
    expect(statementBefore('said Sarah Yager', 5)).toBe('verb')
    expect(statementBefore('Said the senator', 9)).toBe('verb')
  })

  it('finds `according to` and a reaction noun with `from`', () => {
    expect(statementBefore('according to the Pentagon', 17)).toBe('phrase')
    expect(statementBefore('criticism from rights groups', 15)).toBe('phrase')
    expect(statementBefore('a gift from rights groups', 12)).toBe(undefined)
  })

  it('finds nothing without a cue', () => {
    expect(statementBefore('met Sarah Yager', 4)).toBe(undefined)
    expect(statementBefore('Sarah Yager', 0)).toBe(undefined)
  })
})

describe('WordTable', () => {
  const table = new WordTable([
    ['sen', 1],
    ['mr', 2]
  ])

  it('finds a word in text without copying it, ASCII case-insensitively', () => {
    const text = 'Hello SEN. Smith'
    expect(table.getText(wordHash('sen'), text, 6, 9)).toBe(1)
    expect(table.getText(wordHash('mr'), text, 6, 9)).toBe(-1)
  })
})

describe('wordSet', () => {
  it('holds each word, found by its text', () => {
    const set = wordSet(['god', 'allah'])
    const text = 'Allah be praised'
    expect(set.getText(wordHash('allah'), text, 0, 5)).toBe(1)
    expect(set.getText(wordHash('be'), text, 6, 8)).toBe(-1)
  })

  it('refuses “who”, which the tokenizer hashes as “w.h.o.” in capitals', () => {
    expect(() => wordSet(['what', 'who'])).toThrow(/`who`/)
  })
})

describe('sameLower', () => {
  it('compares ASCII letters case-insensitively and other characters exactly', () => {
    expect(sameLower('The', 0, 3, 'the')).toBe(true)
    expect(sameLower('Thé', 0, 3, 'the')).toBe(false)
    expect(sameLower('ÉTÉ', 0, 3, 'été')).toBe(false)
    expect(sameLower('them', 0, 4, 'the')).toBe(false)
  })
})
