/**
 * Quotations in every combination of a few common layouts, speakers and
 * cues: each quote must be attributed to the speaker named (or continue the
 * quote before it).
 */
import {describe, expect, it} from 'vitest'
import {annotate} from '../src/index.js'

const subjects = ['Cornyn', 'Sen. John Cornyn', 'he', 'the senator', 'Cornyn, a Texas Republican,', 'a spokesman for the campaign', 'officials', 'Smith and Jones']
const cues = ['said', 'told reporters', 'added', 'wrote', 'said Tuesday', 'said in a statement', 'told CNN', 'said on Tuesday', 'later told reporters']
// Cues that may come before their speaker (“…,” said X).
const invertible = new Set(['said', 'added', 'wrote', 'said Tuesday', 'said in a statement', 'said on Tuesday'])

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/** Sentences with the quotes each must attribute. */
function layouts(subject: string, cue: string): Array<[string, string[]]> {
  const result: Array<[string, string[]]> = [
    [`“The bill is dead,” ${subject} ${cue}.`, ['“The bill is dead,”']],
    [`${capitalize(subject)} ${cue}: “The bill is dead.”`, ['“The bill is dead.”']],
    [`${capitalize(subject)} ${cue}, “The bill is dead.”`, ['“The bill is dead.”']],
    [`“The bill is dead,” ${subject} ${cue}. “Nothing can save it.”`, ['“The bill is dead,”', '“Nothing can save it.”']],
    [`“The bill is dead,” ${subject} ${cue}, “and nothing can save it.”`, ['“The bill is dead,”', '“and nothing can save it.”']],
    [`${capitalize(subject)} ${cue} the bill was “dead on arrival.”`, ['“dead on arrival.”']]
  ]
  if (invertible.has(cue) && !subject.includes(',') && subject !== 'he') {
    const [verb, ...rest] = cue.split(' ')
    result.push([`“The bill is dead,” ${verb} ${[subject, ...rest].join(' ')}.`, ['“The bill is dead,”']])
  }

  return result
}

describe('annotate (quotation layouts)', () => {
  it.each(subjects)('attributes every layout to %s', (subject) => {
    const name = subject.split(',')[0]!.toLowerCase()
    const failures: string[] = []
    for (const cue of cues) {
      for (const [sentence, texts] of layouts(subject, cue)) {
        // A sentence before names the senator, for “he” and “the senator”.
        const annotation = annotate('A headline\n\nCornyn, a senator, spoke.\n\n' + sentence, {format: 'text'})
        const ok = texts.every((text) => {
          const quote = annotation.quotes.find((item) => item.text === text)
          if (!quote?.attribution) return false
          return quote.attribution.mention ? quote.attribution.mention.text.toLowerCase().startsWith(name) : quote.continues !== null
        })
        if (!ok) failures.push(sentence)
      }
    }

    expect(failures).toEqual([])
  })
})
