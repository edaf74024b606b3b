/**
 * Reported speech in every combination of a few common layouts: an opening
 * adjunct, a subject, a cue with its adjuncts and a content. Each sentence
 * must give one claim with that content, attributed to that subject (the
 * combinations came from a probe that found whole families failing at once,
 * such as “After the vote, X said this …” or “X said in a statement …”).
 */
import {describe, expect, it} from 'vitest'
import {annotate} from '../src/index.js'

const openers = [
  '',
  'After the vote, ',
  'On Tuesday, ',
  'In a statement, ',
  'While Democrats sat, ',
  'Asked about the plan, ',
  'Still, ',
  'But ',
  'However, ',
  'In an interview with CNN, ',
  'Later, ',
  'Speaking to reporters, '
]
const subjects = ['Cornyn', 'Sen. John Cornyn', 'he', 'the senator', 'Cornyn, a Texas Republican,', 'officials', 'The report', 'A spokesman for the campaign', 'Smith and Jones', 'Mr. Cornyn']
const cues = ['said', 'told reporters', 'told CNN', 'said Tuesday', 'said in a statement', 'argued', 'noted', 'added', 'claimed', 'insisted', 'warned', 'has said', 'also said', 'later said']
const contents = [
  'the bill was dead',
  'that the bill was dead',
  'this was the only chance',
  'it was over',
  'there was no deal',
  'Democrats had blocked the bill',
  'his plan would cut taxes by 10 percent',
  'Trump was wrong',
  'the vote, which was close, failed'
]

describe('annotate (reported speech layouts)', () => {
  it.each(openers.map((opener) => [opener || '(none)', opener]))('attributes every layout after the opener %s', (_, opener) => {
    const failures: string[] = []
    for (const subject of subjects) {
      // A subject that opens the sentence is capitalised.
      const written = opener === '' || opener === 'But ' ? subject.charAt(0).toUpperCase() + subject.slice(1) : subject
      const name = written.split(',')[0]!.toLowerCase()
      for (const cue of cues) {
        for (const content of contents) {
          const sentence = opener + written + ' ' + cue + ' ' + content + '.'
          const annotation = annotate('A headline\n\n' + sentence, {format: 'text'})
          const want = content.replace(/^that /, '')
          const found = annotation.claims.some(
            (claim) =>
              claim.attribution.type !== 'unattributed' &&
              claim.text.replace(/^that /, '') === want &&
              (claim.attribution.mention?.text.toLowerCase().startsWith(name) ?? false)
          )
          if (!found) failures.push(sentence)
        }
      }
    }

    expect(failures).toEqual([])
  })
})
