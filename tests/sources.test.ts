import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {annotate} from '../src/index.js'
import type {Report} from '../src/attribution/report.js'
import {parseDocument, type Doc} from '../src/parse/document.js'
import {Source, type Quote} from '../src/schema.js'
import {resolveSources} from '../src/sources/index.js'
import {tokenize, wordStarts} from '../src/sources/tokens.js'
import {headTable} from '../src/sources/heads.js'
import {hasShared, root, shared} from './helpers.js'
import {run} from './quotes-helpers.js'

const seed = readFileSync(path.join(root, 'fixtures', 'source-seed', 'input.txt'), 'utf8')

function parse(input: string): Doc {
  return parseDocument(input, 'auto', null, new VFile())
}

/** Offset of the `occurrence`-th (1-based) `text` in `input`. */
function offsetOf(input: string, text: string, occurrence = 1): number {
  let index = -1
  for (let count = 0; count < occurrence; count++) {
    index = input.indexOf(text, index + 1)
    if (index < 0) throw new Error('Cannot find `' + text + '` #' + occurrence)
  }

  return index
}

/** A report whose mention is the `occurrence`-th `mention` in the input. */
function report(input: string, mention: string, occurrence = 1): Report {
  const start = offsetOf(input, mention, occurrence)
  return {
    content: [[start + mention.length, start + mention.length]],
    cue: null,
    mention: [start, start + mention.length],
    sourceId: null,
    type: 'reported',
    cueClass: 'speech',
    confidence: 0.9,
    quoteIds: [],
    nested: []
  }
}

interface QuoteSpec {
  /** The quoted words (between the marks). */
  words: string
  /** The words naming the speaker, `null` for none. */
  mention: string | null
  /** Which occurrence of `mention` (default: the nearest after the quote’s paragraph start). */
  occurrence?: number
  continues?: string
  kind?: Quote['kind']
}

/** Quotes as the quotes stage would make them, from their words. */
function quotes(doc: Doc, specs: QuoteSpec[]): Quote[] {
  const {input, location} = doc
  let from = 0
  return specs.map((spec, index): Quote => {
    const contentStart = input.indexOf(spec.words, from)
    if (contentStart < 0) throw new Error('Cannot find quote `' + spec.words + '`')
    from = contentStart + 1
    const contentEnd = contentStart + spec.words.length
    const start = contentStart - 1
    const end = contentEnd + 1
    let mention: Quote['attribution'] = null
    if (spec.kind !== 'term') {
      let span = null
      if (spec.mention) {
        const at = offsetOf(input, spec.mention, spec.occurrence ?? 1)
        span = location.span(at, at + spec.mention.length)
      }

      mention = {sourceId: null, mention: span, cue: null, confidence: 0.9}
    }

    return {
      id: 'q' + (index + 1),
      kind: spec.kind ?? 'direct',
      content: spec.words,
      contentPosition: location.position(contentStart, contentEnd),
      marks: {open: input.charAt(start), close: input.charAt(contentEnd)},
      paragraphId: 'p1',
      sentenceIds: [],
      continues: spec.continues ?? null,
      attribution: mention,
      ...location.span(start, end)
    }
  })
}

function byName(sources: Source[], name: string): Source {
  const found = sources.find((source) => source.name === name)
  if (!found) throw new Error('No source `' + name + '` in ' + sources.map((source) => source.name).join(', '))
  return found
}

function mentionTexts(source: Source): string[] {
  return source.mentions.map((mention) => mention.text)
}

/** Plain text’s sources, each as `[name, mention texts]`. */
function namesAndMentions(input: string): Array<[string, string[]]> {
  return annotate(input, {format: 'text'}).sources.map((source) => [source.name, mentionTexts(source)])
}

/** Plain text’s sources, each as `[kind, name, mention texts]`. */
function kindsNamesAndMentions(input: string): Array<[string, string, string[]]> {
  return annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name, mentionTexts(source)])
}

/** Plain text’s sources, each as `[kind, name, titles, affiliation]`. */
function kindsNamesAndTitles(input: string): Array<[string, string, string[], string | null]> {
  return annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name, source.titles, source.affiliation])
}

/** Kind, name and affiliation (or `null`) of each source of a plain-text input. */
function kindsNamesAndAffiliations(input: string): Array<[string, string, string | null]> {
  return annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name, source.affiliation ?? null])
}

/** Every mention slices the input, in order, once; relations point at sources; ids run src1…; every source has a name. */
function checkInvariants(input: string, sources: Source[]): string[] {
  const problems: string[] = []
  const ids = new Set(sources.map((source) => source.id))
  for (const [index, source] of sources.entries()) {
    Source.parse(source)
    if (source.id !== 'src' + (index + 1)) problems.push('id ' + source.id + ' at ' + index)
    if (source.name === '') problems.push(source.id + ' has no name')
    let previous = -1
    let previousEnd = -1
    for (const mention of source.mentions) {
      const {start, end} = mention.position
      if (input.slice(start.offset, end.offset) !== mention.text) problems.push(source.id + ' mention ' + mention.text)
      if (start.offset < previous || (start.offset === previous && end.offset === previousEnd)) {
        problems.push(source.id + ' order/duplicate at ' + start.offset)
      }

      previous = start.offset
      previousEnd = end.offset
    }

    for (const relation of source.relations) {
      if (!ids.has(relation.sourceId)) problems.push(source.id + ' relation to ' + relation.sourceId)
    }
  }

  const firsts = sources.map((source) => source.mentions[0]?.position.start.offset ?? -1)
  for (let index = 1; index < firsts.length; index++) {
    if (firsts[index]! < firsts[index - 1]!) problems.push('order of first mentions at ' + sources[index]!.id)
  }

  return problems
}

describe('resolveSources', () => {
  it('returns no sources for an empty document', () => {
    expect(resolveSources(parse(''), [], [])).toEqual([])
  })

  describe('the seed article', () => {
    const doc = parse(seed)
    const sources = resolveSources(doc, [], [])

    it('keeps every invariant', () => {
      expect(checkInvariants(seed, sources)).toEqual([])
    })

    it('finds Patrick J. Leahy with title, party, state and gender', () => {
      const leahy = byName(sources, 'Patrick J. Leahy')
      expect(leahy).toMatchObject({kind: 'person', titles: ['Former senator'], party: 'D', state: 'Vt.', gender: 'male'})
      expect(leahy.mentions.map((mention) => [mention.text, mention.kind])).toEqual([
        ['Patrick J. Leahy', 'name'],
        ['Leahy', 'surname']
      ])
    })

    it('finds Pete Hegseth, signer of the memo, with his mentions', () => {
      const hegseth = byName(sources, 'Pete Hegseth')
      expect(hegseth).toMatchObject({kind: 'person', titles: ['Defense Secretary'], gender: 'male'})
      // The headline, the full name, the surname and “He”.
      expect(mentionTexts(hegseth)).toEqual(['Hegseth', 'Pete Hegseth', 'Hegseth', 'He'])
      expect(hegseth.mentions.map((mention) => mention.kind)).toEqual(['surname', 'name', 'surname', 'pronoun'])
      expect(hegseth.id).toBe('src1')
    })

    it('makes one document of the memo, signed by Hegseth', () => {
      const memos = sources.filter((source) => source.kind === 'document' && mentionTexts(source).includes('the memo'))
      expect(memos).toHaveLength(1)
      const memo = memos[0]!
      expect(memo.name).toBe('Dec. 2 document')
      expect(mentionTexts(memo)).toEqual([
        'a Dec. 2 document',
        'The previously unreported memo',
        'the memo',
        'the memo',
        'The December memo',
        'The memo',
        'The memo'
      ])
      expect(memo.relations).toEqual([{type: 'signer', sourceId: byName(sources, 'Pete Hegseth').id}])
    })

    it('makes a document of the interim policy', () => {
      const policy = byName(sources, 'interim policy')
      expect(policy.kind).toBe('document')
      expect(mentionTexts(policy)).toEqual(['The interim policy', 'the new policy'])
    })

    it('finds Daryl Kimball and Sarah Yager with their organizations', () => {
      const kimball = byName(sources, 'Daryl Kimball')
      const association = byName(sources, 'Arms Control Association')
      expect(kimball).toMatchObject({
        kind: 'person',
        titles: ['executive director'],
        affiliation: 'Arms Control Association',
        relations: [{type: 'affiliation', sourceId: association.id}]
      })
      const yager = byName(sources, 'Sarah Yager')
      const watch = byName(sources, 'Human Rights Watch')
      expect(yager).toMatchObject({kind: 'person', gender: 'female', affiliation: 'Human Rights Watch'})
      expect(yager.relations).toEqual([{type: 'affiliation', sourceId: watch.id}])
      expect(mentionTexts(yager)).toEqual(['Sarah Yager', 'Yager'])
      expect(watch.kind).toBe('organization')
    })

    it('finds the organizations', () => {
      for (const name of ['Pentagon', 'Human Rights Watch', 'International Campaign to Ban Landmines', 'Arms Control Association']) {
        expect(byName(sources, name).kind).toBe('organization')
      }

      // Also inside Leahy’s quotation.
      expect(mentionTexts(byName(sources, 'Pentagon'))).toEqual(['The Pentagon', 'The Pentagon'])
    })

    it('finds the groups', () => {
      const rights = byName(sources, 'human rights groups')
      expect(rights).toMatchObject({kind: 'group', plural: true})
      expect(mentionTexts(rights)).toEqual(['Human rights groups', 'human rights groups'])
      expect(byName(sources, 'ordnance experts')).toMatchObject({kind: 'group', plural: true})
    })

    it('makes no source of the contributors or the outlet', () => {
      const names = sources.map((source) => source.name)
      for (const name of ['Dan Lamothe', 'Meg Kelly', 'Alex Horton', 'The Washington Post', 'Washington Post']) {
        expect(names).not.toContain(name)
      }

      const credits = seed.indexOf('• Dan Lamothe')
      for (const source of sources) {
        for (const mention of source.mentions) expect(mention.position.start.offset).toBeLessThan(credits)
      }
    })
  })

  describe('the seed with quotes and reports', () => {
    const doc = parse(seed)
    const found = quotes(doc, [
      {words: 'force multiplier', mention: 'The previously unreported memo'},
      {words: 'one of the most dangerous security environments in its history.', mention: null, continues: 'q1'},
      {words: 'inoperable or unsafe,', mention: 'the memo', occurrence: 2},
      {words: 'remotely delivered', mention: 'The interim policy'},
      {words: 'compliant self-destruction mechanisms', mention: null, continues: 'q4'},
      {words: 'nonpersistent', mention: null, kind: 'term'},
      {words: 'a global leader', mention: 'The memo', occurrence: 1},
      {words: 'The Pentagon is reinstituting', mention: 'Former senator Patrick J. Leahy (D-Vt.)'},
      {words: 'More U.S. soldiers', mention: 'Leahy', occurrence: 2},
      {words: 'Anyone who has seen', mention: null, continues: 'q9'},
      {words: 'The United States is not facing', mention: 'Daryl Kimball'},
      {words: 'Symbolically, this policy', mention: 'Sarah Yager'},
      {words: 'This, combined with Biden', mention: null, continues: 'q12'}
    ])
    const reports = [
      report(seed, 'a Dec. 2 document'),
      report(seed, 'Human rights groups'),
      report(seed, 'the International Campaign to Ban Landmines'),
      report(seed, 'The Pentagon'),
      report(seed, 'Ordnance experts'),
      report(seed, 'the new policy', 2),
      report(seed, 'Yager', 2)
    ]
    const sources = resolveSources(doc, found, reports)
    const id = (name: string): string => byName(sources, name).id

    it('sets the source of every attributed quote', () => {
      const memo = sources.find((source) => source.kind === 'document' && source.name === 'Dec. 2 document')!.id
      expect(found.map((quote) => quote.attribution?.sourceId ?? null)).toEqual([
        memo,
        memo,
        memo,
        id('interim policy'),
        id('interim policy'),
        null,
        memo,
        id('Patrick J. Leahy'),
        id('Patrick J. Leahy'),
        id('Patrick J. Leahy'),
        id('Daryl Kimball'),
        id('Sarah Yager'),
        id('Sarah Yager')
      ])
    })

    it('sets the source of every report', () => {
      expect(reports.map((item) => item.sourceId)).toEqual([
        sources.find((source) => source.name === 'Dec. 2 document')!.id,
        id('human rights groups'),
        id('International Campaign to Ban Landmines'),
        id('Pentagon'),
        id('ordnance experts'),
        id('interim policy'),
        id('Sarah Yager')
      ])
    })

    it('gives the same sources as without attributions', () => {
      const plain = resolveSources(parse(seed), [], [])
      expect(sources.map((source) => [source.id, source.name, source.kind])).toEqual(
        plain.map((source) => [source.id, source.name, source.kind])
      )
      expect(checkInvariants(seed, sources)).toEqual([])
    })

    it('is deterministic', () => {
      const again = resolveSources(parse(seed), quotes(parse(seed), []), [])
      expect(again).toEqual(resolveSources(parse(seed), [], []))
    })
  })

  describe('pronouns', () => {
    it('skips an antecedent of the wrong gender', () => {
      const input = 'Mary Jones and John Carter met on Monday. She said the plan was sound.'
      const sources = resolveSources(parse(input), [], [report(input, 'She')])
      const jones = byName(sources, 'Mary Jones')
      expect(mentionTexts(jones)).toEqual(['Mary Jones', 'She'])
      expect(sources.map((source) => source.name)).not.toContain('John Carter')
    })

    it('learns a gender from the pronouns', () => {
      const input = 'Taylor Quinby spoke first. She said the vote was close. Quinby added that she would run again.'
      const quinby = byName(resolveSources(parse(input), [], []), 'Taylor Quinby')
      expect(quinby.gender).toBe('female')
      expect(mentionTexts(quinby)).toEqual(['Taylor Quinby', 'She', 'Quinby', 'she'])
    })

    it('leaves pronouns inside quotations alone', () => {
      const input = '“He will lose,” said Mark Lane.'
      const lane = byName(resolveSources(parse(input), [], []), 'Mark Lane')
      expect(mentionTexts(lane)).toEqual(['Mark Lane'])
    })

    it('reaches back more than two paragraphs only for a speaker of known gender', () => {
      const input = [
        'Vote count goes on',
        'Mark Lane said the vote was close.',
        'A vote followed.',
        'Another vote followed.',
        'A third vote followed.',
        'He said it was fine, and his team agreed.'
      ].join('\n')
      const reports = [report(input, 'He')]
      const sources = resolveSources(parse(input), [], reports)
      const lane = byName(sources, 'Mark Lane')
      // “his” follows “He”, now a recent mention.
      expect(mentionTexts(lane)).toEqual(['Mark Lane', 'He', 'his'])
      expect(reports[0]!.sourceId).toBe(lane.id)

      const quiet = input.replace('He said it was fine, and his team agreed.', 'The rules bind him.')
      expect(mentionTexts(byName(resolveSources(parse(quiet), [], []), 'Mark Lane'))).toEqual(['Mark Lane'])
    })

    it('never makes an object pronoun its own clause’s subject', () => {
      const input = 'Chancellor Rachel Reeves spoke first. Shadow chancellor Mel Stride accused her of breaking a promise, and Stride said the plan would fail.'
      const sources = kindsNamesAndTitles(input)
      expect(sources).toContainEqual(['person', 'Mel Stride', ['Shadow chancellor'], null])
      expect(mentionTexts(byName(annotate(input, {format: 'text'}).sources, 'Mel Stride'))).toEqual(['Mel Stride', 'Stride'])
      // A possessive “her” is the subject’s own; past an infinitive, the object is the one before.
      expect(namesAndMentions('Hillary Clinton defended her record, Clinton said.')).toEqual([['Hillary Clinton', ['Hillary Clinton', 'her', 'Clinton']]])
      expect(namesAndMentions('I called Ben Brafman to thank him, Brafman said.')).toEqual([['Ben Brafman', ['Ben Brafman', 'him', 'Brafman']]])
    })

    it('never takes God for the antecedent of “he”', () => {
      const input = 'Rep. Brad Sherman joked to Chair Janet Yellen that God did not want her to raise rates. “Wait until May,” he said.'
      const sources = annotate(input, {format: 'text'}).sources
      expect(mentionTexts(byName(sources, 'Brad Sherman'))).toContain('he')
      expect(mentionTexts(byName(sources, 'God'))).toEqual(['God'])
    })

    it('takes a gender from a kin noun after a name’s possessive (“Ferreira’s husband, Luis,”)', () => {
      const sources = annotate('The cyclist, Ana Ferreira, died. Ferreira’s husband, Luis, described her as a devoted mother.', {format: 'text'}).sources
      const luis = byName(sources, 'Luis')
      expect(luis.gender).toBe('male')
      expect(mentionTexts(luis)).toEqual(['Luis'])
    })

    it('reads a kin noun after a possessive as the relative, not the possessor (“his brother added”)', () => {
      const input = 'Richard Osman was on the flight, according to his brother Alastair Osman. He and his wife had just welcomed a baby, his brother added.'
      const sources = annotate(input, {format: 'text'}).sources
      expect(byName(sources, 'Alastair Osman').mentions.map((mention) => mention.text)).toContain('his brother')
      expect(byName(sources, 'his wife').gender).toBe('female')
    })

    it('resolves “it” and “they” only for speakers', () => {
      const input = 'The Pentagon reviewed the plan. It said the plan was sound. It was a long day.'
      const pentagon = byName(resolveSources(parse(input), [], []), 'Pentagon')
      expect(mentionTexts(pentagon)).toEqual(['The Pentagon', 'It'])
    })

    it('resolves “they” past a group named only after a preposition (“away from their families. They also said”)', () => {
      // (Was the families.)
      const input = 'Workers said the company sent them to jobs for months at a time, across the country and away from their families. They also said that Verizon was unfair.'
      expect(kindsNamesAndMentions(input)).toEqual([['group', 'workers', ['Workers', 'They']]])
      // (Named as a subject too, a group is one still.)
      expect(kindsNamesAndMentions('Trump spoke to voters on Monday. Voters were angry. They said the plan was bad.')).toEqual([['group', 'voters', ['voters', 'Voters', 'They']]])
    })
  })

  describe('names', () => {
    it('names a document without its article, possessive or “same” (“its annual report” → “annual report”)', () => {
      const result = run('Headline\nRevenue grew 8% to $4.2 billion, according to its annual report.', 'text')
      const sources = resolveSources(result.doc, result.quotes, result.reports)
      expect(sources.map((source) => [source.kind, source.name])).toContainEqual(['document', 'annual report'])
      const same = run('Headline\nObama was winning by 28 points in the same poll.', 'text')
      expect(resolveSources(same.doc, same.quotes, same.reports).map((source) => [source.kind, source.name])).toEqual([['document', 'poll']])
    })

    it('keeps a modifier that makes a role another office (“the president” is no vice president)', () => {
      const input = 'President Donald Trump spoke. Vice President Mike Pence said he agreed. The president said he was pleased. The vice president said so too.'
      expect(namesAndMentions(input)).toEqual([
        ['Donald Trump', ['Donald Trump', 'The president', 'he']],
        ['Mike Pence', ['Mike Pence', 'he', 'The vice president']]
      ])
      const shadow = 'Chancellor Rachel Reeves spoke. Shadow chancellor Mel Stride said it would fail. The Chancellor said it would not.'
      expect(namesAndMentions(shadow)).toEqual([
        ['Rachel Reeves', ['Rachel Reeves', 'The Chancellor']],
        ['Mel Stride', ['Mel Stride']]
      ])
    })

    it('reads “Chambers of Commerce” as a body, and “Tories” as a group', () => {
      expect(kindsNamesAndMentions('The British Chambers of Commerce warned that firms would cut jobs. The Tories said it was wrong.')).toEqual([
        ['organization', 'British Chambers of Commerce', ['The British Chambers of Commerce']],
        ['group', 'Tories', ['Tories']]
      ])
      // (A surname still: alone, or after a given name.)
      expect(kindsNamesAndMentions('Amy Chambers of Ohio said it would fail.')).toEqual([['person', 'Amy Chambers', ['Amy Chambers']]])
    })

    it('reads a capitalized plural noun for people, or a party’s, as a group (“The Rabbis said”, “Whigs”, “Editorialists opined”)', () => {
      // (Were a person “Rabbis”, an organization “Pastors”, a person “Whigs” with “He”, a person “Editorialists”.)
      expect(kindsNamesAndMentions('The Rabbis said they would protest.')).toEqual([['group', 'Rabbis', ['Rabbis']]])
      expect(kindsNamesAndMentions('The Pastors said it was wrong.')).toEqual([['group', 'Pastors', ['Pastors']]])
      expect(kindsNamesAndMentions('In 1848 the Whigs nominated Zachary Taylor. Later, Whigs said the law was bad.')).toEqual([['group', 'Whigs', ['Whigs', 'Whigs']]])
      expect(kindsNamesAndMentions('The Federalists argued it was fine.')).toEqual([['group', 'Federalists', ['Federalists']]])
      expect(kindsNamesAndMentions('Leaders sent messages. Editorialists opined against extremism and violence.')).toEqual([['group', 'editorialists', ['Editorialists']]])
      // (A surname still: “Jenny Fellows” … “Later, Fellows said”.)
      expect(kindsNamesAndMentions('Jenny Fellows spoke. Later, Fellows said it would fail.')).toEqual([['person', 'Jenny Fellows', ['Jenny Fellows', 'Fellows']]])
    })

    it('reads the plural of an acronym or of a hyphenated noun for people as a group (“GOPers”, “PACs”, “Caucus-goers”, “Cuban-Americans”)', () => {
      // (Were persons.)
      expect(kindsNamesAndMentions('All GOPers have to do is stick to their guns, he said. Later, GOPers said they would win.')).toContainEqual(['group', 'GOPers', ['GOPers', 'GOPers']])
      expect(kindsNamesAndMentions('Lawmakers met. Caucus-goers were slightly more likely to say they preferred Clinton.')).toEqual([['group', 'Caucus-goers', ['Caucus-goers']]])
      expect(kindsNamesAndMentions('Clinton spoke. Fact-checkers soon noted that she may have been wrong.')).toEqual([['group', 'Fact-checkers', ['Fact-checkers']]])
      expect(kindsNamesAndMentions('In Miami, Cuban-Americans said they would vote.')).toEqual([['group', 'Cuban-Americans', ['Cuban-Americans']]])
      expect(kindsNamesAndMentions('In Ohio, the PACs said they would spend more.')).toEqual([['group', 'PACs', ['PACs']]])
      // (A hyphenated surname is still a person.)
      expect(kindsNamesAndMentions('Ana Lopez-Ayers spoke. Later, Lopez-Ayers said it would fail.')).toEqual([['person', 'Ana Lopez-Ayers', ['Ana Lopez-Ayers', 'Lopez-Ayers']]])
    })

    it('makes no source of a lone sentence-initial word that no attribution names, though a statement word follows (“Harsh comments are”)', () => {
      // (Were persons “Harsh” and “Initial”.)
      const names = (input: string) => resolveSources(parse(input), [], []).map((source) => source.name)
      expect(names('Posts are monitored. Harsh comments are earning some Germans more than scorn.')).toEqual([])
      expect(names('The agency complied. Initial estimates put the total at about 55,000 pages.')).toEqual([])
      // (A name the article gave before still speaks.)
      expect(names('Jane Roe spoke first. Roe said that the plan would fail.')).toEqual(['Jane Roe'])
    })

    it('reads a sentence-initial word before a lowercase word of the speaker’s phrase as its modifier (“Black circles show”)', () => {
      // (Were persons “Black” and “Scrappy”.)
      const kindsAndNames = (input: string, mention: string) => resolveSources(parse(input), [], [report(input, mention)]).map((source) => [source.kind, source.name])
      expect(kindsAndNames('A map hangs on the wall. Black circles show the three islands.', 'Black circles')).toEqual([['group', 'black circles']])
      expect(kindsAndNames('Scrappy debate signals long grind', 'Scrappy debate')).toEqual([['unknown', 'scrappy debate']])
      // (A name the article gives elsewhere stays one: “Trump supporters”.)
      expect(kindsAndNames('Donald Trump spoke. Trump supporters said he won.', 'Trump supporters').map(([kind]) => kind)).not.toContain('person')
    })

    it('makes no source of an auxiliary or “what” the attribution took for a subject (“Does the candidate have”, “What’s more”)', () => {
      // (Were persons “Does” and “What's”.)
      const names = (input: string, mention: string) => resolveSources(parse(input), [], [report(input, mention)]).map((source) => source.name)
      expect(names('Is the staff competent? Does the candidate have the stamina to campaign?', 'Does')).toEqual([])
      expect(names('He is no conservative. What\'s more, he skipped the debate.', 'What\'s')).toEqual([])
    })

    it('names a source known only by its role after the role, until a name comes', () => {
      const alone = resolveSources(parse('“We will not back down,” the governor said.'), [], [])
      expect(alone.map((source) => [source.name, mentionTexts(source)])).toEqual([['governor', ['the governor']]])
      const named = resolveSources(parse('Gov. Ann Lee spoke on Monday. “We will not back down,” the governor said.'), [], [])
      expect(named.map((source) => [source.name, mentionTexts(source)])).toEqual([['Ann Lee', ['Ann Lee', 'the governor']]])
    })

    it('ends a name before a weekday and never takes a sentence adverb with a comma for one', () => {
      const told = run('Headline\n“It is a concern,” Sarandon told MSNBC Monday. “I do not know,” she said.', 'text')
      const sources = resolveSources(told.doc, told.quotes, told.reports)
      expect(sources.map((source) => source.name)).not.toContain('MSNBC Monday')
      expect(mentionTexts(byName(sources, 'Sarandon'))).toContain('she')
      const rather = run('Headline\nRather, he said, continued struggles will coalesce support.', 'text')
      expect(resolveSources(rather.doc, rather.quotes, rather.reports).map((source) => source.name)).not.toContain('Rather')
      const dan = run('Headline\nDan Rather spoke. Rather said the story was true.', 'text')
      expect(mentionTexts(byName(resolveSources(dan.doc, dan.quotes, dan.reports), 'Dan Rather'))).toEqual(['Dan Rather', 'Rather'])
    })

    it('links an occupation to the person it was a title of (“actress Susan Sarandon” … “the actress”)', () => {
      const result = run('Headline\nActress Susan Sarandon endorsed Sanders. The actress said she was tired of the status quo.', 'text')
      const sources = resolveSources(result.doc, result.quotes, result.reports)
      expect(sources.map((source) => source.name)).toEqual(['Susan Sarandon'])
      expect(mentionTexts(sources[0]!)).toContain('The actress')
    })

    it('reads a title-case headline as words, not one long name', () => {
      const article = annotate(
        'Tim Allen Just Got Asked About Donald Trump And NY Daily News Says He Is Right.\n\nComedian Tim Allen said Monday that Donald Trump was “a great entertainer.” The remark was first reported by the New York Daily News, which said Allen had just got back from a tour.',
        {format: 'text'}
      )
      const names = article.sources.map((source) => source.name)
      expect(names).toContain('Tim Allen')
      expect(names).toContain('NY Daily News')
      expect(names.filter((name) => name.includes(' Just ') || name.includes(' Says '))).toEqual([])
      const quoted = annotate('‘ISIS Truther’ Donald Trump Is Like A Client, Trevor Noah Says.\n\nDonald Trump said Obama founded the group.', {format: 'text'})
      expect(quoted.sources.map((source) => source.name)).toContain('Donald Trump')
    })

    it('gives a lone word no gender from the given names (“Clinton” is a surname)', () => {
      const result = run('Headline\nClinton won.\n\nHillary Clinton said Russia hacked the DNC and she accused Donald Trump of backing Putin.', 'text')
      const clinton = byName(resolveSources(result.doc, result.quotes, result.reports), 'Hillary Clinton')
      expect(clinton.gender).toBe('female')
      expect(mentionTexts(clinton)).toContain('she')
    })

    it('reads the capitalised words of an appositive title as the title, not as another person', () => {
      const result = run(
        'Headline\nCarly Fiorina backed Cruz on Wednesday. Fiorina, the former Hewlett-Packard CEO, made an appearance. She applauded him for “defying the establishment.”',
        'text'
      )
      const sources = resolveSources(result.doc, result.quotes, result.reports)
      expect(sources.map((source) => source.name)).toEqual(['Carly Fiorina'])
      expect(byName(sources, 'Carly Fiorina').titles).toContain('former Hewlett-Packard CEO')
    })

    it('keeps a speaker pronoun with the last speaker over a person named only inside that speaker’s paragraph', () => {
      const result = run(
        'Headline\n“That is a legitimate concern,” Susan Sarandon told MSNBC when asked whether Sanders’s supporters would back Hillary Clinton.\n\n“I think Bernie would encourage people,” she said.',
        'text'
      )
      const sarandon = byName(resolveSources(result.doc, result.quotes, result.reports), 'Susan Sarandon')
      expect(mentionTexts(sarandon)).toContain('she')
    })

    it('keeps a speaker pronoun in the next sentence with the speaker over a person named only in what the speaker said', () => {
      // (The quotation was Caldwell’s, the nearer man, named in the analyst’s report.)
      const speakers = (input: string) => {
        const result = annotate(input)
        return result.quotes.map((quote) => result.sources.find((source) => source.id === quote.attribution?.sourceId)?.name)
      }

      expect(speakers('Headline\nActor Ryan Caldwell opened a new film.\nPaul Dergarabedian, an analyst at Comscore, said the opening showed that Caldwell remained a draw. “Audiences clearly like him,” he said.')).toEqual(['Paul Dergarabedian'])
      // (A person named outside the speaker’s sentence stays the nearer one.)
      expect(speakers('Headline\nMark Lee said the talks went well. Then Tom Berg left the room. “It was fine,” he said.')).toEqual(['Tom Berg'])
    })

    it('gives a speaking “they” an unnamed plural before an older group or a place (“according to sources. They said …”)', () => {
      // (Was the data firms, a group named earlier in the sentence.)
      const speakers = (input: string) => {
        const result = annotate(input)
        return result.claims.filter((claim) => claim.attribution.cue !== null).map((claim) => result.sources.find((source) => source.id === claim.attribution.sourceId)?.name)
      }

      expect(speakers('Headline\nHis campaign sought proposals from companies, including the nonpartisan political data firms L2 and rVotes, according to sources. They said the campaign signed a deal.')).toEqual(['sources', 'sources'])
    })

    it('keeps a speaking “they” with the last plural that spoke over a plural named only in what it said, not over one opening the pronoun’s sentence', () => {
      const speakers = (input: string) => {
        const result = annotate(input)
        return result.claims.filter((claim) => claim.attribution.cue !== null).map((claim) => result.sources.find((source) => source.id === claim.attribution.sourceId)?.name)
      }

      // (Was “Republicans”, named in what the Democrats believe.)
      expect(speakers('Headline\nStill, Democrats believe the public pressure will become too great for Republicans to resist. They say it has been evident in the polls.')).toEqual([
        'Democrats',
        'Democrats'
      ])
      expect(speakers('Headline\nUnion officials told POLITICO the support is strong. Activist teachers have gained clout as they argued against the standards.')).toEqual([
        'union officials',
        'activist teachers'
      ])
    })

    it('keeps a speaker pronoun after “and” or “but” in the speaker’s own sentence with the speaker over a person named in what was said', () => {
      // (Was Trump, the nearer man: “he wants” is Ryan’s.)
      const speakers = (input: string) => {
        const result = annotate(input)
        return result.claims.filter((claim) => claim.attribution.cue !== null).map((claim) => result.sources.find((source) => source.id === claim.attribution.sourceId)?.name)
      }

      expect(speakers('Headline\nPaul Ryan is acknowledging that Trump owns the party’s big top — but he wants to isolate him in a corner of the tent.')).toEqual(['Paul Ryan', 'Paul Ryan'])
      expect(speakers('Headline\nFormer governor Ed Rendell, a Clinton supporter, praised Bernie Sanders for what he has accomplished, calling it "an incredible feat" - but he said the time is coming when Sanders will have to tone down his attacks.')).toEqual([
        'Ed Rendell',
        'Ed Rendell',
        'Ed Rendell'
      ])
    })

    it('reads the period of an honorific or an initial as no sentence end when a speaker pronoun goes on with the speaker (“In an email, Mr. Trump said his friendship with Mr. Clinton …”)', () => {
      // (Was Bill Clinton: the “.” of the speaker’s own “Mr.” seemed to end a sentence before the nearer name.)
      const speakers = (input: string) => {
        const result = annotate(input)
        return result.quotes.map((quote) => result.sources.find((source) => source.id === quote.attribution?.sourceId)?.name)
      }

      expect(speakers('Headline\nBill Clinton spoke in Iowa.\n\nIn an email, Mr. Trump said his friendship with Mr. Clinton was strictly business. “It was my obligation,” he wrote.')).toEqual(['Trump'])
      expect(speakers('Headline\nBill Clinton spoke in Iowa.\n\nIn an email, Donald J. Trump said his friendship with Clinton was business. “It was my obligation,” he wrote.')).toEqual(['Donald J. Trump'])
      // (The last letter of “U.S.” still ends a sentence: “He” is the speaker’s.)
      expect(speakers('Headline\nChris Cox said the steps would fail.\n\nCox says Obama is trying to distract from attacks in the U.S. He says Americans need no “lectures.”')).toEqual(['Chris Cox'])
    })

    it('reads a studio named “… Pictures”, an outlet named before its kind (“the Kayhan newspaper”) and a short name after “a realtor with” as organizations', () => {
      // (Were persons: “Silverline Pictures”, “Kayhan”, “Keller Williams”.)
      const input =
        'Silverline Pictures said the film was over budget. The ultra-conservative Kayhan newspaper wrote that the deal was bad. Linda Morales, a realtor with Keller Williams, said prices were high. The Italian newspaper said so too.'
      const sources = annotate('Headline\n' + input).sources
      expect(sources.map((source) => [source.name, source.kind])).toEqual([
        ['Silverline Pictures', 'organization'],
        ['Kayhan', 'organization'],
        ['Linda Morales', 'person'],
        ['Keller Williams', 'organization'],
        ['Italian newspaper', 'organization']
      ])
    })

    it('takes the titled person after a lone nationality as the speaker (“Chinese foreign ministry spokeswoman Mao Ning told …”)', () => {
      // (Was the group “Chinese”.)
      const result = annotate('Headline\nChinese foreign ministry spokeswoman Mao Ning told a regular briefing that dialogue was the only way.')
      expect(result.claims.map((claim) => result.sources.find((source) => source.id === (claim.attribution as {sourceId?: string}).sourceId)?.name)).toEqual(['Mao Ning'])
    })

    it('reads the name before “Flight” and a number as the airline, no person (“Frontier Flight 1287 … Frontier said”)', () => {
      // (Was a person “Frontier Flight”, whom “Frontier said” then named.)
      const sources = annotate('Headline\nFrontier Flight 1287, an Airbus jet carrying 186 passengers, returned to Denver. In a statement, Frontier said the aircraft had been removed from service.').sources
      expect(sources.map((source) => [source.name, source.kind])).toEqual([['Frontier', 'organization']])
    })

    it('reads “the studio” and “the distributor” as organizations, no persons', () => {
      // (Were of unknown kind, and a person after a studio’s name.)
      const sources = annotate('Headline\nThe studio said in the complaint that it had secured financing. The distributor said the film would open in May.').sources
      expect(sources.map((source) => source.kind)).toEqual(['organization', 'organization'])
    })

    it('reads initials, particles and suffixes', () => {
      const input =
        'Ursula von der Leyen said the union would act. Martin Luther King Jr. said so too. Patrick J. Leahy said it first. Von der Leyen did not respond.'
      const sources = resolveSources(parse(input), [], [])
      expect(sources.map((source) => source.name)).toEqual(['Ursula von der Leyen', 'Martin Luther King Jr.', 'Patrick J. Leahy'])
      expect(mentionTexts(sources[0]!)).toEqual(['Ursula von der Leyen', 'Von der Leyen'])
      expect(byName(sources, 'Patrick J. Leahy').kind).toBe('person')
    })

    it('links a double surname to the full name (“Andrés Manuel López Obrador … López Obrador said”)', () => {
      // (Was a second person “López Obrador”.)
      const input = 'Mexican President Andrés Manuel López Obrador said the deal was good. López Obrador told reporters it was fair. María Fernanda García Márquez, an economist, disagreed. García Márquez said it was symbolic.'
      const sources = resolveSources(parse(input), [], [])
      expect(sources.map((source) => [source.name, mentionTexts(source)])).toEqual([
        ['Andrés Manuel López Obrador', ['Andrés Manuel López Obrador', 'López Obrador']],
        ['María Fernanda García Márquez', ['María Fernanda García Márquez', 'García Márquez']]
      ])
      // Not a given name and a surname: another person (“Mary Ann Smith … Ann Smith”).
      expect(resolveSources(parse('Mary Ann Smith said no. Ann Smith said yes.'), [], []).map((source) => source.name)).toEqual(['Mary Ann Smith', 'Ann Smith'])
    })

    it('reads a surname in the plural after “the” as a family (“The Obamas said”)', () => {
      // (Was a person “Obamas”.)
      expect(kindsNamesAndMentions('Visit\nBarack Obama spoke. The Obamas said they were grateful.')).toEqual([['group', 'Obamas', ['Obamas']]])
      // Not a place or a body after “the”.
      expect(kindsNamesAndMentions('Visit\nThe Philippines said it would respond. The Times reported it.').map(([kind]) => kind)).toEqual(['organization', 'organization'])
    })

    it('links a surname to the full name, even in the headline before it', () => {
      const input = 'Gingrich weighs a run\nNewt Gingrich said on Fox that he might run. Gingrich added that he would decide soon.'
      const gingrich = byName(resolveSources(parse(input), [], []), 'Newt Gingrich')
      expect(mentionTexts(gingrich)).toEqual(['Gingrich', 'Newt Gingrich', 'he', 'Gingrich', 'he'])
    })

    it('links a bare surname to the person named most, unless another was just named in full', () => {
      const input = [
        'Hillary Clinton and Bernie Sanders debated on Wednesday. Clinton said she would win.',
        'Bill Clinton campaigned in Ohio. Clinton told voters the race was close.',
        'Later, Clinton said her plan was better.'
      ].join('\n')
      const sources = resolveSources(parse(input), [], [])
      expect(mentionTexts(byName(sources, 'Hillary Clinton'))).toEqual([
        'Hillary Clinton',
        'Clinton',
        'she',
        'Clinton',
        'her'
      ])
      expect(mentionTexts(byName(sources, 'Bill Clinton'))).toEqual(['Bill Clinton', 'Clinton'])
    })

    it('takes titles, party and state tags', () => {
      const input =
        'Sen. Ted Cruz (R-Tex.) said the bill would fail. The senator said he would vote no. Rep. Nancy Pelosi, D-Calif., said otherwise.'
      const sources = resolveSources(parse(input), [], [])
      expect(byName(sources, 'Ted Cruz')).toMatchObject({titles: ['Sen.'], party: 'R', state: 'Tex.', gender: 'male'})
      expect(mentionTexts(byName(sources, 'Ted Cruz'))).toEqual(['Ted Cruz', 'The senator', 'he'])
      expect(byName(sources, 'Nancy Pelosi')).toMatchObject({titles: ['Rep.'], party: 'D', state: 'Calif.', gender: 'female'})
    })

    it('takes an AP-style tag at the end of a sentence, or with a state of two words', () => {
      const result = run('Headline\n“It is wrong,” said Sen. Ann Lee, R-Texas. Rep. Sue Day, D-New York, said she agreed.', 'text')
      const sources = resolveSources(result.doc, result.quotes, result.reports)
      expect(byName(sources, 'Ann Lee')).toMatchObject({party: 'R', state: 'Texas'})
      expect(byName(sources, 'Sue Day')).toMatchObject({party: 'D', state: 'New York'})
    })

    it('takes a title and affiliation from an appositive or a prefix', () => {
      const input =
        'Pentagon spokesman John Kirby said the review was over. “It is done,” said Jane Roe, a senior fellow at the Brookings Institution.'
      const sources = resolveSources(parse(input), [], [])
      const kirby = byName(sources, 'John Kirby')
      expect(kirby).toMatchObject({titles: ['spokesman'], affiliation: 'Pentagon'})
      expect(kirby.relations).toEqual([{type: 'affiliation', sourceId: byName(sources, 'Pentagon').id}])
      const roe = byName(sources, 'Jane Roe')
      expect(roe).toMatchObject({titles: ['senior fellow'], affiliation: 'Brookings Institution'})
    })

    it('takes an affiliation described by its head word (“director of the hurricane center”, “a spokeswoman for the department”)', () => {
      const center = kindsNamesAndTitles('The National Hurricane Center said the storm was big. Michael Brennan, director of the hurricane center, said the track shifted.')
      expect(center).toContainEqual(['person', 'Michael Brennan', ['director'], 'National Hurricane Center'])
      const department = kindsNamesAndTitles(
        'The Texas Department of State Health Services said cases rose. Jane Doe, a spokeswoman for the department, said more were expected.'
      )
      expect(department).toContainEqual(['person', 'Jane Doe', ['spokeswoman'], 'Texas Department of State Health Services'])
      // (A body nobody named: no affiliation.)
      const other = kindsNamesAndTitles('The National Hurricane Center said the storm was big. Jane Roe, director of the transit authority, said buses stopped.')
      expect(other).toContainEqual(['person', 'Jane Roe', ['director'], null])
    })

    it('reads a field between role words as part of the title (“chief science officer”), and no anonymous “associate” before a role', () => {
      const sources = kindsNamesAndTitles(
        '“It is good,” said Jane Roe, an associate professor at Yale University. Dr. Maria Carrillo, chief science officer of the Alzheimer’s Association, called it encouraging.'
      )
      expect(sources).toContainEqual(['person', 'Maria Carrillo', ['chief science officer'], 'Alzheimer’s Association'])
      expect(sources.map((source) => source[1])).not.toContain('an associate')
    })

    it('makes no document of one a speaker names (“This is an observational study,” … “the study found”)', () => {
      const input = 'Walking helps, according to a study published Monday.\n“This is an observational study,” said Jane Roe.\nThe largest benefit came at a brisk pace, the study found.'
      const study = annotate(input, {format: 'text'}).sources.filter((source) => source.kind === 'document')
      expect(study.map((source) => [source.name, mentionTexts(source)])).toEqual([['study', ['a study', 'the study']]])
    })

    it('reads a name before a body’s head word as the body (“the France Unbowed party said”), and outlets with articles (“Le Monde”)', () => {
      expect(kindsNamesAndMentions('But the France Unbowed party said it would file a motion.')[0]![0]).toBe('organization')
      expect(kindsNamesAndMentions('Le Monde reported that Bayrou had threatened to quit.')[0]).toEqual(['organization', 'Le Monde', ['Le Monde']])
      // (And a group’s noun before one: “The teachers union called …”, was the group “teachers”.)
      expect(kindsNamesAndMentions('The teachers union called the cuts “reckless” and said it would fight them.')[0]).toEqual([
        'organization',
        'The teachers union',
        ['The teachers union']
      ])
    })

    it('takes the name in apposition after an inverted cue (“…,” said a spokesman, John Smith.)', () => {
      expect(kindsNamesAndTitles('“We will censure it,” said a spokesman, John Smith.')).toEqual([['person', 'John Smith', ['spokesman'], null]])
      expect(kindsNamesAndTitles('“We will censure it,” said the party’s leader in parliament, Mathilde Panot.')[0]![1]).toBe('Mathilde Panot')
    })

    it('reads a place that is also a given name as a title’s place (“Georgia Secretary of State Brad Raffensperger”)', () => {
      expect(kindsNamesAndTitles('Georgia Secretary of State Brad Raffensperger said turnout was high.')).toEqual([
        ['person', 'Brad Raffensperger', ['Georgia Secretary of State'], null]
      ])
    })

    it('reads “Indiana politicians” as a group, not the state', () => {
      expect(kindsNamesAndMentions('Indiana politicians said they want their money back.')[0]).toEqual(['group', 'Indiana politicians', ['Indiana politicians', 'they']])
    })

    it('reads a possessive pronoun before an appositive title as its owner, not part of the title (“John Smith, its spokesman,”)', () => {
      expect(kindsNamesAndTitles('Acme Corp. said profits fell. John Smith, its spokesman, said the drop was temporary.')).toContainEqual([
        'person',
        'John Smith',
        ['spokesman'],
        'Acme Corp.'
      ])
    })

    it('reads “Its director general, X,” as a title and the body “its” names as the affiliation', () => {
      // (Was the title alone: “its” before a role other than a spokesman’s was no mention.)
      expect(
        kindsNamesAndTitles('The British Chambers of Commerce warned that growth would slow. Its director general, Shevaun Haviland, said firms were tired.')
      ).toContainEqual(['person', 'Shevaun Haviland', ['director general'], 'British Chambers of Commerce'])
      // (Not an adjective role before a noun: no mention for “its official website”.)
      const sources = annotate('The Clinton Foundation said it grew. On its official website, the FBI lists fraud.', {format: 'text'}).sources
      expect(sources.find((source) => source.name === 'Clinton Foundation')?.mentions.map((mention) => mention.text)).toEqual(['The Clinton Foundation'])
    })

    it('takes the role before a body as the title of the name in apposition (“The head of the Alliance …, Cedric Schuster,”)', () => {
      // (Was the affiliation alone.)
      expect(kindsNamesAndTitles('The head of the Alliance of Small Island States, Cedric Schuster, said the outcome was a betrayal.')).toContainEqual([
        'person',
        'Cedric Schuster',
        ['head'],
        'Alliance of Small Island States'
      ])
    })

    it('takes professions as titles (“a psychiatrist at …”, “a lobbyist”), and an employer after “with” only when one follows', () => {
      // (Were no title, no affiliation.)
      expect(
        kindsNamesAndTitles('Dr. Kimberly Yonkers, a psychiatrist at the University of Massachusetts Chan Medical School who chaired the committee, told CNN it was a step.')[0]
      ).toEqual(['person', 'Kimberly Yonkers', ['psychiatrist'], 'University of Massachusetts Chan Medical School'])
      expect(kindsNamesAndTitles('Vin Weber, a lobbyist, said the deal was done.')[0]).toEqual(['person', 'Vin Weber', ['lobbyist'], null])
      expect(kindsNamesAndTitles('Ann Lee, a lawyer with the ACLU, said the deal was done.')[0]).toEqual(['person', 'Ann Lee', ['lawyer'], 'ACLU'])
      // (Was no affiliation: “the foreign policy” read as a document ended the search.)
      expect(kindsNamesAndTitles('“It fails,” said Suzanne Maloney, director of the foreign policy program at the Brookings Institution.')[0]).toEqual([
        'person',
        'Suzanne Maloney',
        ['director'],
        'Brookings Institution'
      ])
      // (No “W.C. Fields” employer.)
      expect(kindsNamesAndTitles('As Freddy, a fun-loving airline pilot with a gift for imitating W.C. Fields, joked, his brother said he was bored.')[0]).toEqual([
        'person',
        'Freddy',
        ['fun-loving airline pilot'],
        null
      ])
    })
  })

  describe('organizations and people', () => {
    it('tells organizations from people', () => {
      const input = [
        'Human Rights Watch said the ban worked.',
        'NATO said it would respond.',
        'General Motors said sales rose.',
        'The State Department said nothing.',
        'Secretary of State John Kerry said the talks went well.',
        'The Trump administration said it would appeal.'
      ].join('\n')
      const sources = resolveSources(parse(input), [], [])
      expect(sources.map((source) => [source.name, source.kind])).toEqual([
        ['Human Rights Watch', 'organization'],
        ['NATO', 'organization'],
        ['General Motors', 'organization'],
        ['State Department', 'organization'],
        ['John Kerry', 'person'],
        ['Trump administration', 'organization']
      ])
      expect(byName(sources, 'John Kerry').titles).toEqual(['Secretary of State'])
    })

    it('reads a nationality before a body’s noun as the body (“The Chinese government said”)', () => {
      // (Was a group “Chinese”.)
      const input = 'The Chinese government said it would retaliate. The French military said it had withdrawn.'
      expect(resolveSources(parse(input), [], []).map((source) => [source.name, source.kind])).toEqual([
        ['Chinese government', 'organization'],
        ['French military', 'organization']
      ])
    })

    it('reads a name ending in “Health” as a body (“Northwell Health said”)', () => {
      // (Was a person “Northwell Health”.)
      const input = 'Northwell Health said it would cut 200 jobs. Atrium Health agreed.'
      expect(resolveSources(parse(input), [], []).map((source) => [source.name, source.kind])).toEqual([
        ['Northwell Health', 'organization'],
        ['Atrium Health', 'organization']
      ])
    })

    it('reads the body a person runs as their affiliation (“Demis Hassabis, who leads Google DeepMind, said”)', () => {
      // (Was no affiliation.)
      const input = 'Demis Hassabis, who leads Google DeepMind, said the assistant was fast. Jane Roe, who led Obama’s campaign, said it was slow.'
      expect(resolveSources(parse(input), [], []).filter((source) => source.kind === 'person').map((source) => [source.name, source.affiliation])).toEqual([
        ['Demis Hassabis', 'Google DeepMind'],
        ['Jane Roe', null]
      ])
    })

    it('keeps the body a member or chair belongs to in the title (“Council member”, “School board member”)', () => {
      const input = 'Council member Tom Reed said the vote failed. School board member Ann Lee agreed, and party chairman Reince Priebus said so too.'
      const sources = resolveSources(parse(input), [], [report(input, 'Council member Tom Reed'), report(input, 'School board member Ann Lee'), report(input, 'party chairman Reince Priebus')])
      expect(sources.map((source) => [source.name, source.titles])).toEqual([
        ['Tom Reed', ['Council member']],
        ['Ann Lee', ['School board member']],
        ['Reince Priebus', ['party chairman']]
      ])
    })

    it('reads the title after a possessive in an appositive (“Jane Doe, the company’s chief executive,”)', () => {
      const input = 'Jane Doe, the company’s chief executive, said the plan failed. Hope Hicks, Trump’s spokeswoman, said it worked.'
      const sources = resolveSources(parse(input), [], [report(input, 'Jane Doe'), report(input, 'Hope Hicks')])
      expect(sources.map((source) => [source.name, source.titles])).toEqual([
        ['Jane Doe', ['chief executive']],
        ['Hope Hicks', ['spokeswoman']]
      ])
    })

    it('links a body named before its role (“The institute’s director, Paul Johnson,”) and by the word before “for”', () => {
      const input =
        'The Institute for Fiscal Studies said the burden would rise. The institute’s director, Paul Johnson, said it was big. The institute said more was coming.'
      const sources = annotate(input, {format: 'text'}).sources
      // (“the institute” was an organization of its own, and Johnson had no affiliation.)
      expect(sources.map((source) => [source.kind, source.name, source.affiliation ?? null])).toEqual([
        ['organization', 'Institute for Fiscal Studies', null],
        ['person', 'Paul Johnson', 'Institute for Fiscal Studies']
      ])
      expect(mentionTexts(sources[0]!)).toEqual(['The Institute for Fiscal Studies', 'The institute', 'The institute'])
      const company = annotate('Acme Corp. said sales rose. The company’s chief executive, Jim Farley, said it was big.', {format: 'text'}).sources
      expect(byName(company, 'Jim Farley').affiliation).toBe('Acme Corp.')
      // (Not “the group”, which may be any body before it.)
      const group = annotate('His speech was delivered to Meals on Wheels Plus. The group’s executive director, Betty Bradley, said it was booked.', {format: 'text'}).sources
      expect(byName(group, 'Betty Bradley').affiliation ?? null).toBe(null)
    })

    it('affiliates “A Halcyon spokeswoman” with the body the word names, and no one with a person’s name', () => {
      const named = annotate('Halcyon Power shares rose 18%. A Halcyon spokeswoman said the deal was off.', {format: 'text'}).sources
      // (Had no affiliation.)
      expect(byName(named, 'A Halcyon spokeswoman').affiliation).toBe('Halcyon Power')
      expect(kindsNamesAndAffiliations('A Trump spokeswoman said the deal was off.')).toEqual([['person', 'A Trump spokeswoman', null]])
    })

    it('gives no affiliation that is only a body’s last plural (“High Commissioner for Refugees”, “Survey of Consumers”)', () => {
      // (Were the affiliations “Refugees” and “Consumers”, each an organization of its own.)
      expect(kindsNamesAndAffiliations('Filippo Grandi, the United Nations High Commissioner for Refugees (UNHCR), reacted skeptically to the deal. “It is flawed,” he said.')).toEqual([
        ['person', 'Filippo Grandi', null]
      ])
      expect(kindsNamesAndAffiliations('“Wages are up,” said Richard Curtin, the chief economist for the Michigan Survey of Consumers.')).toEqual([['person', 'Richard Curtin', null]])
    })

    it('gives the whole name of a body named for its members or its first drive (“Priests for Life”, “the March of Dimes”)', () => {
      // (Were the affiliations “Priests” and “Dimes”.)
      expect(kindsNamesAndAffiliations('Frank Pavone, national director of Priests for Life, criticized the platform.')).toEqual([
        ['person', 'Frank Pavone', 'Priests for Life'],
        ['organization', 'Priests for Life', null]
      ])
      expect(kindsNamesAndAffiliations('“It is foolish,” said Cynthia Pellegrini, a vice president at the March of Dimes, which signed the letter.')).toEqual([
        ['person', 'Cynthia Pellegrini', 'March of Dimes'],
        ['organization', 'March of Dimes', null]
      ])
    })

    it('reads a given name and a surname that heads bodies as a person when a role follows (“Sarah House, senior economist”)', () => {
      // (Was an organization, “House” read as a body’s head word.)
      expect(kindsNamesAndAffiliations('“The labor market is cooling,” said Sarah House, senior economist at Wells Fargo.')).toEqual([
        ['person', 'Sarah House', 'Wells Fargo'],
        ['organization', 'Wells Fargo', null]
      ])
      expect(annotate('Grace Church said the service was cancelled.', {format: 'text'}).sources.map((source) => source.kind)).toEqual(['organization'])
    })

    it('reads where someone in a role is from as a place, and “A teacher from Dayton” as a person', () => {
      const input = 'Rick Delaney, 58, a retired machinist from Springfield, said his plant had added a shift. “I don’t need an economist,” he said.'
      const sources = annotate(input, {format: 'text'}).sources
      // (“Springfield” was a person that took “his” and “he”.)
      expect(sources.map((source) => [source.kind, source.name, mentionTexts(source)])).toEqual([['person', 'Rick Delaney', ['Rick Delaney', 'his', 'he']]])
      // (Was a person, then an organization, “Dayton”.)
      expect(annotate('A teacher from Dayton said the plan would fail.', {format: 'text'}).sources.map((source) => [source.kind, source.name])).toEqual([['person', 'A teacher from Dayton']])
      expect(byName(annotate('A spokesman from Google said the plan would fail.', {format: 'text'}).sources, 'A spokesman from Google').affiliation).toBe('Google')
      // (A driver too, before a town and its state: was the person “Ava”.)
      expect(annotate('A truck driver from Ava, Mo., who is a member of the union, said he was paid more.', {format: 'text'}).sources.map((source) => [source.kind, source.name])).toEqual([
        ['person', 'A truck driver from Ava']
      ])
    })

    it('gives both names after a plural title its singular (“Sens. Lindsey Graham and John McCain”)', () => {
      // (The first had “Sens.”, the second no title.)
      expect(kindsNamesAndTitles('Vote\nSens. Lindsey Graham and John McCain said the plan was bad.')).toEqual([
        ['person', 'Lindsey Graham', ['Sen.'], null],
        ['person', 'John McCain', ['Sen.'], null]
      ])
      // (“Mrs.” is no plural, and a singular title stays the first name’s.)
      expect(kindsNamesAndTitles('Vote\nSen. Lindsey Graham and John McCain said the plan was bad.').map(([, name, titles]) => [name, titles])).toEqual([
        ['Lindsey Graham', ['Sen.']],
        ['John McCain', []]
      ])
    })

    it('affiliates anyone “of” a body whose name says it is one (“Dr. Hao Lin of Massachusetts General Hospital”)', () => {
      // (Had no affiliation: the given name is not in the lexicon, and “Dr.” is no title.)
      expect(kindsNamesAndAffiliations('Dr. Hao Lin of Massachusetts General Hospital said the benefit was clear.')).toEqual([
        ['person', 'Hao Lin', 'Massachusetts General Hospital'],
        ['organization', 'Massachusetts General Hospital', null]
      ])
    })

    it('keeps the role as the title when the words before it name the affiliation (“Merck CEO” → “CEO”)', () => {
      // (The titles were “Merck CEO” and “White House press secretary”, as “Pentagon spokesman” was “spokesman”.)
      expect(kindsNamesAndTitles('Drugs\nMerck CEO Robert Davis said sales rose.')).toEqual([['person', 'Robert Davis', ['CEO'], 'Merck']])
      expect(kindsNamesAndTitles('Briefing\nWhite House press secretary Josh Earnest said the plan stood.')).toEqual([
        ['organization', 'White House', [], null],
        ['person', 'Josh Earnest', ['press secretary'], 'White House']
      ])
    })

    it('knows the Confederation of British Industry and Downing Street as organizations', () => {
      const input =
        'The Confederation of British Industry estimated the cost at £800 million. Its chief executive, Rain Newton-Smith, said firms would struggle. A Downing Street spokesperson said the plan stood.'
      // (Were a person “British Industry”, and Newton-Smith and the spokesperson had no affiliation.)
      expect(kindsNamesAndAffiliations(input)).toEqual([
        ['organization', 'Confederation of British Industry', null],
        ['person', 'Rain Newton-Smith', 'Confederation of British Industry'],
        ['person', 'A Downing Street spokesperson', 'Downing Street'],
        ['organization', 'Downing Street', null]
      ])
    })

    it('links an acronym to the organization it abbreviates', () => {
      const input =
        'The International Campaign to Ban Landmines said 2,000 people died. The ICBL said the number was rising.'
      const campaign = byName(resolveSources(parse(input), [], []), 'International Campaign to Ban Landmines')
      expect(mentionTexts(campaign)).toEqual(['The International Campaign to Ban Landmines', 'The ICBL'])
    })

    it('makes no source of a place or an outlet that only appears', () => {
      const input = 'In Washington, a memo reviewed by The Washington Post set out the plan for Ukraine.'
      expect(resolveSources(parse(input), [], [])).toEqual([])
    })
  })

  describe('documents, groups and anonymous sources', () => {
    it('keeps two documents of one kind apart when their words differ', () => {
      const input =
        'A Biden-era policy banned the mines. The interim policy says mines may be used. The new policy says limits will follow.'
      const sources = resolveSources(parse(input), [], [])
      expect(sources).toHaveLength(1)
      expect(mentionTexts(sources[0]!)).toEqual(['The interim policy', 'The new policy'])
    })

    it('keeps “the department’s (own) report” apart from an earlier analysis, and names it without “own”', () => {
      const input =
        'The average family saved $410, according to an analysis by the Legislative Service Commission. But the department’s own report shows that few households earn that much. The report also found that savings grew.'
      const documents = annotate(input, {format: 'text'}).sources.filter((source) => source.kind === 'document')
      expect(documents.map((source) => [source.name, mentionTexts(source)])).toEqual([
        ['analysis', ['an analysis']],
        ['department’s report', ['the department’s own report', 'The report']]
      ])
    })

    it('names a document by its head noun alone in lowercase, not as capitalized to open the sentence (“Projections suggest”)', () => {
      // (Were “Projections”, “Photos”.)
      expect(kindsNamesAndMentions('The tax is a key source of revenue. Projections suggest it would raise $91 billion.')).toEqual([['document', 'projections', ['Projections']]])
      expect(kindsNamesAndMentions('Photos showed mourners crouched over the bodies.')).toEqual([['document', 'photos', ['Photos']]])
    })

    it('reads an abstract plural opening a sentence as a document or no one (“Investigations have revealed”, “Demographics favor Clinton”)', () => {
      // (Were persons “Investigations”, “Guidelines”, “Demographics”.)
      expect(kindsNamesAndMentions('Investigations have revealed that requests were made.')).toEqual([['document', 'investigations', ['Investigations']]])
      expect(kindsNamesAndMentions('The battle continues. Guidelines recently issued by the administration, telling schools to comply, drew fire.').map(([kind, name]) => [kind, name])).toContainEqual([
        'document',
        'guidelines'
      ])
      expect(kindsNamesAndMentions('Black voters matter. Demographics favor Clinton.')).toEqual([])
      // (And “calculations” are a document: was an unknown source “calculations”.)
      expect(kindsNamesAndMentions('The wage is $12 an hour, according to calculations by Amy Glasmeier.')[0]).toEqual(['document', 'calculations', ['calculations']])
      // (And “own” names no document: was “own published guidelines”.)
      expect(kindsNamesAndMentions('The Justice Department’s own published guidelines describe that as a crime.').map(([kind, name]) => [kind, name])).toContainEqual([
        'document',
        'published guidelines'
      ])
    })

    it('links a document’s author from a possessive', () => {
      const input = 'Pete Hegseth wrote a memo. Hegseth’s memo says the ban ends.'
      const sources = resolveSources(parse(input), [], [])
      const memo = sources.find((source) => source.kind === 'document')!
      expect(memo.relations).toEqual([{type: 'author', sourceId: byName(sources, 'Pete Hegseth').id}])
    })

    it('links “the sources” to the last anonymous sources cited, whatever their words', () => {
      const input = 'Northwind in talks to buy Halcyon, sources say\nNorthwind is in talks to acquire Halcyon, according to three people familiar with the matter.\nAn agreement could be announced next week, the sources said.'
      const sources = annotate(input, {format: 'text'}).sources
      // (“the sources” were the headline’s “sources”, or a source of their own.)
      expect(sources.map((source) => [source.name, mentionTexts(source)])).toEqual([
        ['sources', ['sources']],
        ['three people familiar with the matter', ['three people familiar with the matter', 'the sources']]
      ])
    })

    it('finds anonymous sources', () => {
      const input = [
        'A source familiar with the talks said they stalled.',
        'People familiar with the matter said the deal was off.',
        'An official who spoke on condition of anonymity said the plan changed.',
        'The official added that nothing was signed.'
      ].join('\n')
      const sources = resolveSources(parse(input), [], [])
      expect(sources.map((source) => [source.kind, source.name, source.plural])).toEqual([
        ['anonymous', 'a source familiar with the talks', false],
        ['anonymous', 'people familiar with the matter', true],
        ['anonymous', 'an official who spoke on condition of anonymity', false]
      ])
      expect(mentionTexts(sources[2]!)).toEqual(['An official who spoke on condition of anonymity', 'The official'])
    })

    it('links “the spokeswoman” to the unnamed person “a spokeswoman” introduced (“One juror … The juror said”)', () => {
      // (Were two persons each.)
      expect(namesAndMentions('Talks\nA spokeswoman said the talks had stalled. The spokeswoman said a new round was planned.')).toEqual([['A spokeswoman', ['A spokeswoman', 'The spokeswoman']]])
      expect(namesAndMentions('Verdict\nOne juror, who asked not to be named, said the texts were decisive. The juror said the panel had doubts.')).toEqual([['One juror', ['One juror', 'The juror']]])
      // Not past a person named with the role and mentioned lately.
      expect(namesAndMentions('Talks\nTrump spokeswoman Hope Hicks said no. A spokeswoman said yes. The spokeswoman said more.')[0]).toEqual(['Hope Hicks', ['Hope Hicks', 'The spokeswoman']])
    })

    it('keeps one anonymous source apart from several of the same kind (“a source close to the board” … “Two of the sources”)', () => {
      const input = 'Unilever is in talks, sources said.\nA source close to the board said it wanted assurances.\nTwo of the sources cautioned that talks could fail.'
      const found = namesAndMentions(input)
      expect(found[0]).toEqual(['the sources', ['sources', 'the sources']])
      expect(found[1]![1]).not.toContain('the sources')
    })

    it('keeps “the president” for the one titled President before someone’s lowercase “president of …”', () => {
      // (“the president” was Dan Gross.)
      const result = annotate(
        'President Barack Obama spoke on Tuesday. Dan Gross, president of the Brady Campaign, tweeted as Obama spoke. An early tweet quoted the president as saying “Need to do something!”'
      )
      expect(result.quotes[0]!.attribution?.sourceId).toBe(result.sources.find((source) => source.name === 'Barack Obama')?.id)
      // (Alone, the one who is “president of …” is “the president”.)
      const alone = annotate('Dan Gross, president of the Brady Campaign, spoke first. “We need action,” the president said.')
      expect(alone.quotes[0]!.attribution?.sourceId).toBe(alone.sources.find((source) => source.name === 'Dan Gross')?.id)
    })

    it('reads a place after “residents of” and a business by its trade, not a person’s name', () => {
      // (Were persons “Maple Grove” and “Delta Chemical”; “Samantha Power” was an organization.)
      expect(annotate('Residents of Maple Grove say they were never told.').sources.map((source) => source.name)).toEqual(['residents'])
      expect(annotate('Delta Chemical said the leak was contained.').sources[0]).toMatchObject({kind: 'organization', name: 'Delta Chemical'})
      expect(annotate('Samantha Power said the plan failed.').sources[0]).toMatchObject({kind: 'person'})
      expect(annotate('Georgia Power said rates would rise.').sources[0]).toMatchObject({kind: 'organization'})
      // (Was a person.)
      expect(annotate('National Grid said crews were working to restore service.').sources[0]).toMatchObject({kind: 'organization', name: 'National Grid'})
      expect(annotate('Edison Research said turnout was high.').sources[0]).toMatchObject({kind: 'organization', name: 'Edison Research'})
      // (Were persons: “Cal” is a given name, “Edison” a surname.)
      expect(annotate('Cal Fire said the blaze was 40% contained.').sources[0]).toMatchObject({kind: 'organization', name: 'Cal Fire'})
      expect(annotate('Con Edison said crews were working.').sources[0]).toMatchObject({kind: 'organization', name: 'Con Edison'})
    })

    it('reads research as a document (“Research suggests …”, “New research suggests …”) and polling alone as no person', () => {
      // (Were persons “Research” and “New”, and a description of no kind.)
      for (const input of ['Research suggests that jobs were lost.', 'New research suggests that jobs were lost.', 'The research suggests that jobs were lost.']) {
        const result = annotate(input, {format: 'text'})
        expect(result.sources.map((source) => source.kind)).toEqual(['document'])
        expect(result.claims[0]!.attribution).toMatchObject({sourceId: result.sources[0]!.id})
      }
      // (A body named for its research is still one.)
      expect(annotate('Edison Research said turnout was high.', {format: 'text'}).sources[0]).toMatchObject({kind: 'organization', name: 'Edison Research'})
      expect(annotate('According to one research firm, incomes rose.', {format: 'text'}).sources[0]).toMatchObject({kind: 'organization', name: 'one research firm'})
      // (Was a person “Polling”; as “Recent polling shows”, evidence of no kind.)
      expect(kindsNamesAndMentions('Polling shows that voters are angry.')).toEqual([['unknown', 'polling', ['Polling']]])
    })

    it('reads “One firm said” as a body described, not a person named “One firm”', () => {
      // (Was a person.)
      expect(kindsNamesAndMentions('One firm said incomes rose.').map(([kind, name]) => [kind, name])).toEqual([['organization', 'One firm']])
    })

    it('reads a utility named for two trades as one body (“Pacific Gas and Electric said”)', () => {
      // (Was a person “Pacific Gas” and an organization “Electric”.)
      expect(kindsNamesAndMentions('Pacific Gas and Electric said it would raise rates next year.')).toEqual([['organization', 'Pacific Gas and Electric', ['Pacific Gas and Electric']]])
      expect(annotate('Public Service Electric and Gas said crews were working.', {format: 'text'}).sources.map((source) => [source.kind, source.name])).toEqual([['organization', 'Public Service Electric and Gas']])
      // (Two names joined by “and” stay two.)
      expect(annotate('Georgia Power and Duke Energy said rates would rise.', {format: 'text'}).sources.map((source) => source.name)).toEqual(['Georgia Power', 'Duke Energy'])
    })

    it('reads a body named for its members in the plural possessive as one (“The Workers’ Party of Korea said”)', () => {
      // (Was an organization “Party of Korea”, and “Union” alone.)
      expect(kindsNamesAndMentions('The Workers’ Party of Korea said it would hold a congress.')).toEqual([['organization', 'Workers’ Party of Korea', ['The Workers’ Party of Korea']]])
      expect(annotate("The National Farmers' Union said it was fine.", {format: 'text'}).sources.map((source) => [source.kind, source.name])).toEqual([['organization', "National Farmers' Union"]])
      // (Not a person’s: “Bernie Sanders’ Campaign Says” in a title-case headline.)
      expect(annotate('Bernie Sanders’ Campaign Says It Will Go On\nThe campaign said it would go on.', {format: 'text'}).sources.map((source) => source.name)).not.toContain('Bernie Sanders’ Campaign')
    })

    it('reads a lone name that speaks in a statement, and no person bears, as a body (“Arsenal said in a statement”)', () => {
      // (Was a person “Arsenal”.)
      expect(kindsNamesAndMentions('Arsenal said in a statement that the player had left the club.')).toEqual([['organization', 'Arsenal', ['Arsenal']]])
      // (A surname of someone named in full stays theirs.)
      expect(kindsNamesAndMentions('Susan Collins voted no. Collins said in a statement that the bill was flawed.')).toEqual([['person', 'Susan Collins', ['Susan Collins', 'Collins']]])
      // (Nor one whose statement speaks of them as a person.)
      expect(kindsNamesAndMentions('Collins said in a statement that she would vote no.')[0]!.slice(0, 2)).toEqual(['person', 'Collins'])
    })

    it('reads the plural of a nationality or of a state’s people as a group (“Ethiopians said”, “Iowans said”)', () => {
      // (Were persons.)
      for (const input of ['Ethiopians said they were worried.', 'Many Nigerians said they were worried.', 'Iowans said they were worried.', 'Ohioans said they were worried.']) {
        expect(kindsNamesAndMentions(input).map(([kind]) => kind)).toEqual(['group'])
      }
      // (A surname that is no people’s stays a person’s.)
      expect(kindsNamesAndMentions('Bernie Sanders spoke. Sanders said he was worried.')[0]![0]).toBe('person')
    })

    it('reads a family or a couple as a group (“Her family said”, “The couple said”)', () => {
      // (Were a person “Her family” and an organization “The family”.)
      expect(annotate('Her family said they were grateful.').sources.map((source) => [source.kind, source.name])).toEqual([['group', 'family']])
      expect(annotate('The couple said they were grateful.').sources.map((source) => source.kind)).toEqual(['group'])
    })

    it('reads photographs and pictures as documents (“Photographs show …”), not persons or a studio', () => {
      // (Were a person “Photographs” and an organization “Pictures”.)
      for (const input of ['Photographs show the building collapsed on Tuesday.', 'Photos show the building collapsed.', 'Pictures show the building collapsed.', 'Images show the building collapsed.']) {
        const result = annotate(input, {format: 'text'})
        expect(result.sources.map((source) => source.kind)).toEqual(['document'])
        expect(result.claims[0]!.attribution).toMatchObject({sourceId: result.sources[0]!.id})
      }
      // (A studio by name is still one.)
      expect(annotate('Sony Pictures said the film would open in May.', {format: 'text'}).sources[0]).toMatchObject({kind: 'organization', name: 'Sony Pictures'})
    })

    it('reads a plural common noun for people as a group (“Kids said it was good”, “Mourners said”)', () => {
      // (Were an organization “Kids” that speaks of itself as “it”, a person “Mourners”.)
      for (const input of ['Kids said it was good.', 'Children said it was good.', 'Mourners said she was kind.', 'Participants said they were worried.']) {
        expect(kindsNamesAndMentions(input).map(([kind]) => kind)).toEqual(['group'])
      }
      // (A hospital named for them is still a body.)
      expect(annotate('Children’s Hospital of Philadelphia said it was ready.', {format: 'text'}).sources[0]).toMatchObject({kind: 'organization'})
    })

    it('names a share of a group by the whole share (“Two-thirds of caucus voters said”)', () => {
      // (Were the groups “caucus voters”, “participants”: the share was left out.)
      expect(kindsNamesAndMentions('Two-thirds of caucus voters said they liked him.')).toEqual([['group', 'two-thirds of caucus voters', ['Two-thirds of caucus voters']]])
      expect(kindsNamesAndMentions('The poll was long. Any of the participants said it was.')).toEqual([['group', 'any of the participants', ['Any of the participants']]])
      expect(kindsNamesAndMentions('A number of attendees said they liked him.')).toEqual([['group', 'a number of attendees', ['A number of attendees']]])
      // (So does a share of a group by name: was “Americans”, “Republicans”.)
      expect(kindsNamesAndMentions('One in five Americans said they had no savings.')).toEqual([['group', 'one in five Americans', ['One in five Americans']]])
      expect(kindsNamesAndMentions('Eight in 10 Republicans said they liked her.')).toEqual([['group', 'eight in 10 Republicans', ['Eight in 10 Republicans']]])
      expect(kindsNamesAndMentions('Polls were held. 67 percent of Republicans said they liked her.')).toEqual([['group', '67 percent of Republicans', ['67 percent of Republicans']]])
      // (Nor a phrase of its own before the share.)
      expect(kindsNamesAndMentions('The lack of response from any of the Republicans said a lot.').map(([, name]) => name)).toEqual(['Republicans'])
      // (Not a whole with members of its own: “a member of the family” is no share.)
      expect(kindsNamesAndMentions('A member of the family said they liked him.').map(([, name]) => name)).not.toContain('a member of the family')
    })

    it('reads a trooper’s title (“Trooper Hannah Mendez said”)', () => {
      // (The person was “Trooper Hannah Mendez”, with no title.)
      const result = annotate('The driver was hurt, Trooper Hannah Mendez said. “It appears the driver fell asleep,” the trooper said.')
      expect(result.sources.map((source) => [source.name, source.kind === 'person' ? source.titles : [], source.mentions.length])).toEqual([['Hannah Mendez', ['Trooper'], 2]])
    })

    it('reads a name set off after “The bus company,” as that company', () => {
      // (Was a person “Silver State Tours”.)
      const result = annotate('The bus company, Silver State Tours, said in a statement it was cooperating fully.')
      expect(result.sources.map((source) => [source.kind, source.name])).toEqual([['organization', 'Silver State Tours']])
      expect(annotate('Its founder, John Smith, said it would appeal.').sources[0]!.kind).toBe('person')
    })

    it('reads a lone word that spoke, then “the regulator said”, as that body (“Ofgem has announced … The regulator said”)', () => {
      // (Were a person “Ofgem” and an organization “regulator”; Brearley had no affiliation.)
      const result = annotate(
        'Energy bills will rise by 6.4% in April, Ofgem has announced.\nThe regulator said the increase reflected higher gas prices.\nMr Brearley, Ofgem’s chief executive, told the BBC: “I know this will be hard news.”\n'
      )
      const ofgem = result.sources.find((source) => source.name === 'Ofgem')!
      expect(ofgem.kind).toBe('organization')
      expect(mentionTexts(ofgem)).toContain('The regulator')
      expect(result.sources.find((source) => source.name === 'Brearley')).toMatchObject({affiliation: 'Ofgem'})
    })

    it('reads “another” unnamed official as anonymous', () => {
      // (Was the organization “GOP”.)
      const result = annotate('Another unnamed GOP official said that Lewandowski was not opposed by Manafort.')
      expect(result.claims[0]!.attribution).toMatchObject({sourceId: result.sources.find((source) => source.kind === 'anonymous')?.id})
      expect(result.sources.find((source) => source.kind === 'anonymous')?.name).toBe('another unnamed GOP official')
    })

    it('reads statements as a document (“according to its audited financial statements”)', () => {
      // (Was a group, and “its own audited financial statements” gave a source “its own”.)
      const result = annotate('The city ended the year with a surplus, according to its own audited financial statements.')
      expect(result.sources.map((source) => [source.kind, mentionTexts(source)])).toEqual([['document', ['its own audited financial statements']]])
    })

    it('makes a source of conjoined speakers', () => {
      const input = 'The plan drew criticism from human rights groups and arms control experts.'
      const sources = resolveSources(parse(input), [], [])
      expect(sources.map((source) => [source.kind, source.name])).toEqual([
        ['group', 'human rights groups'],
        ['group', 'arms control experts']
      ])
    })
  })

  describe('attribution mentions no finder saw', () => {
    it('resolves a description to the name in apposition with it (“Trump’s spokeswoman, Hope Hicks, said”)', () => {
      const input = 'Trump’s spokeswoman, Hope Hicks, said the rally would go on. The senator, John Cornyn, said the bill was dead. According to the FBI, Cheryl Mills, a top aide, sent the emails.'
      const reports = [report(input, 'Trump’s spokeswoman'), report(input, 'The senator'), report(input, 'the FBI')]
      const sources = resolveSources(parse(input), [], reports)
      expect(reports.map((item) => sources.find((source) => source.id === item.sourceId)?.name)).toEqual(['Hope Hicks', 'John Cornyn', 'FBI'])
      // The descriptions make no sources of their own.
      expect(sources.map((source) => source.name)).not.toContain('senator')
      expect(sources.map((source) => source.name)).not.toContain('Trump’s spokeswoman')
    })

    it('does not give a possessor the words of what it possesses (“Trump’s spokeswoman said”)', () => {
      const input = 'Donald Trump spoke first. Trump’s spokeswoman said the rally would go on. Clinton’s campaign said it raised $15 million.'
      const reports = [report(input, 'Trump’s spokeswoman'), report(input, 'Clinton’s campaign')]
      const sources = resolveSources(parse(input), [], reports)
      expect(reports.map((item) => sources.find((source) => source.id === item.sourceId)?.name)).toEqual(['Trump’s spokeswoman', 'Clinton’s campaign'])
      expect(reports.map((item) => sources.find((source) => source.id === item.sourceId)?.kind)).toEqual(['person', 'organization'])
    })

    it('makes a source of any attribution mention', () => {
      const input = 'The man in the red hat insisted the vote was rigged.'
      const reports = [report(input, 'The man in the red hat')]
      const sources = resolveSources(parse(input), [], reports)
      expect(sources.map((source) => [source.kind, source.name])).toEqual([['unknown', 'The man in the red hat']])
      expect(reports[0]!.sourceId).toBe('src1')
    })

    it('gives a lowercase description a kind from its noun', () => {
      const input = 'A doctor warned that the clinic would close. The appeals court said the case was moot, and unpaid creditors said they would sue.'
      const reports = [report(input, 'A doctor'), report(input, 'The appeals court'), report(input, 'unpaid creditors')]
      const sources = resolveSources(parse(input), [], reports)
      expect(sources.map((source) => [source.kind, source.name])).toEqual([
        ['person', 'A doctor'],
        // (A court is one of the bodies “the court” names again, named like them without the article.)
        ['organization', 'appeals court'],
        ['group', 'unpaid creditors']
      ])
    })

    it('takes the person a title is about, not the organization before the title', () => {
      const input = 'The race is over, said Clinton campaign chairman John Podesta. Turnout fell, said Montclair State University political scientist Brigid Harrison.'
      const reports = [report(input, 'Clinton campaign chairman John Podesta'), report(input, 'Montclair State University political scientist Brigid Harrison')]
      const sources = resolveSources(parse(input), [], reports)
      expect(reports[0]!.sourceId).toBe(byName(sources, 'John Podesta').id)
      expect(reports[1]!.sourceId).toBe(byName(sources, 'Brigid Harrison').id)
    })

    it('resolves a relative pronoun to the name before it', () => {
      const input = 'The bill passed, said Patrick J. Leahy, who wrote it.'
      const reports = [report(input, 'who')]
      const sources = resolveSources(parse(input), [], reports)
      expect(reports[0]!.sourceId).toBe(byName(sources, 'Patrick J. Leahy').id)
    })

    it('gives “I” inside a quotation the quotation’s speaker, and “I” outside none', () => {
      const input = '“I think it is wrong,” said Daryl Kimball. I asked him why.'
      const doc = parse(input)
      const found = quotes(doc, [{words: 'I think it is wrong,', mention: 'Daryl Kimball'}])
      const reports = [report(input, 'I'), report(input, 'I', 2)]
      const sources = resolveSources(doc, found, reports)
      const kimball = byName(sources, 'Daryl Kimball')
      expect(reports.map((item) => item.sourceId)).toEqual([kimball.id, null])
      expect(mentionTexts(kimball)).toEqual(['I', 'Daryl Kimball', 'him'])
      expect(checkInvariants(input, sources)).toEqual([])
    })

    it('gives each “I” the speaker of the quotation around it, over many quotations', () => {
      const names = ['Daryl Kimball', 'Sarah Yager', 'Patrick Leahy']
      const lines = Array.from({length: 30}, (_, index) => '“I said I would vote no ' + index + ',” said ' + names[index % 3] + '.')
      const input = lines.join('\n\n')
      const doc = parse(input)
      const found = quotes(
        doc,
        lines.map((line, index) => ({
          words: 'I said I would vote no ' + index + ',',
          mention: names[index % 3]!,
          occurrence: Math.floor(index / 3) + 1
        }))
      )
      // The second “I” of each quotation (“I said I would …”).
      const reports = lines.map((_, index) => report(input, 'I', index * 2 + 2))
      const sources = resolveSources(doc, found, reports)
      expect(reports.map((item) => item.sourceId)).toEqual(lines.map((_, index) => byName(sources, names[index % 3]!).id))
      expect(checkInvariants(input, sources)).toEqual([])
    })

    it('resolves nested reports', () => {
      const input = 'Daryl Kimball said the memo says the ban is over.'
      const outer = report(input, 'Daryl Kimball')
      outer.nested.push(report(input, 'the memo'))
      const sources = resolveSources(parse(input), [], [outer])
      expect(outer.sourceId).toBe(byName(sources, 'Daryl Kimball').id)
      expect(outer.nested[0]!.sourceId).toBe(sources.find((source) => source.kind === 'document')!.id)
    })
  })

  it('reads a title and a name across inline markup (“Mayor **Ann Lee**”)', () => {
    const input = '# Budget\n\n“This is a historic day,” said Mayor **Ann Lee**.\n'
    const result = run(input, 'markdown')
    const sources = resolveSources(result.doc, result.quotes, result.reports)
    expect(sources.map((source) => [source.name, source.titles])).toEqual([['Ann Lee', ['Mayor']]])
  })

  it('reads “the company” just after a business with a bare name as that business, named by its name', () => {
    const result = annotate('Apple said in a statement that its sales rose. The company also said it would buy back shares.', {format: 'text'})
    expect(result.sources.map((source) => [source.name, mentionTexts(source)])).toEqual([['Apple', ['Apple', 'The company']]])
    expect(result.claims.map((claim) => claim.attribution.sourceId)).toEqual(['src1', 'src1'])
    // Not after a name that says what the body is, nor past another name.
    for (const input of [
      'The Sierra Club said the rule was weak. The company also said it would sue.',
      'CNBC moderator Carl Quintanilla asked about a maker called Mannatech. The company said it settled.'
    ]) {
      const sources = annotate(input, {format: 'text'}).sources
      expect(sources.find((source) => mentionTexts(source).includes('The company'))!.mentions).toHaveLength(1)
    }
  })

  it('reads a lone capitalized word before a plural head at a sentence’s start as no name (“Lower courts said”)', () => {
    // (Were persons “Lower”, “Upper”.)
    const sources = annotate('Lower courts said the rule was valid. Upper chambers said it was not.', {format: 'text'}).sources
    expect(sources.map((source) => [source.kind, source.name])).not.toContainEqual(['person', 'Lower'])
    expect(sources.map((source) => source.kind)).not.toContain('person')
    // (A name before a group keeps the group’s affiliation reading: “Sanders aides”.)
    expect(annotate('Sanders aides said the rule was valid.', {format: 'text'}).sources.map((source) => source.kind)).toEqual(['group'])
  })

  it('reads a sentence’s opening preposition, adverb or “Former” taken for its subject as no one (“Inside the hotel, Trump …, arguing”)', () => {
    // (Were persons “Inside” and “Former”.)
    expect(namesAndMentions('Inside the hotel conference center, Trump on Tuesday dismissed Walker, arguing the governor has been a poor steward.')).toEqual([['Trump', ['Trump']]])
    expect(namesAndMentions('Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, went further, calling it a “no-brainer” to prosecute.')).toEqual([
      ['Rudy Giuliani', ['Rudy Giuliani']]
    ])
  })

  it('reads a count of people before a phrase as a group of them (“Many speakers at the service said”)', () => {
    // (Was an organization, by “service”.)
    expect(kindsNamesAndMentions('Many speakers at the service said Ali was a hero.')).toEqual([['group', 'Many speakers at the service', ['Many speakers at the service']]])
  })

  it('reads a lone plural noun for people at a sentence’s start as a group (“Respondents were also asked”, “Politicos said”)', () => {
    // (Was a person “Respondents”; an organization “Politicos”.)
    expect(kindsNamesAndMentions('Trump won with 35 percent. Respondents were also asked to pick the loser.')).toEqual([['group', 'respondents', ['Respondents']]])
    expect(kindsNamesAndMentions('Politicians know this. Politicos said the race was close.')).toEqual([['group', 'politicos', ['Politicos']]])
    // (A surname after a full name stays a name.)
    expect(kindsNamesAndMentions('Bill Clements spoke. Clements said it was fine.')).toEqual([['person', 'Bill Clements', ['Bill Clements', 'Clements']]])
  })

  it('reads a name described by a body’s kind in apposition as that body (“Unite, one of Britain’s biggest unions, said”)', () => {
    // (Were persons.)
    const kinds = (text: string) => annotate(text, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    expect(kinds('Unite, one of Britain’s biggest unions, said it would table a motion.')).toContainEqual(['organization', 'Unite'])
    expect(kinds('Acme, a chemical company, said it would close the plant.')).toEqual([['organization', 'Acme']])
    // (A role makes a person: “a company spokesman”, “a senior adviser to the campaign”.)
    expect(kinds('Acme, a company spokesman, said it would close the plant.')).toEqual([['person', 'Acme']])
    expect(kinds('Tad Devine, a senior adviser to the campaign, said it would close.')).toContainEqual(['person', 'Tad Devine'])
    expect(kinds('Kiki McLean, a spokeswoman for Gore’s campaign, said it would close.')).toContainEqual(['person', 'Kiki McLean'])
    // (A people’s or a place’s capital may modify the kind: “the Canadian mining company”.)
    expect(kinds('Teck, the Canadian mining company, says it pays the tax.')).toEqual([['organization', 'Teck']])
  })

  it('gives a person the body named before the role in an appositive title (“Brandon del Pozo, a Brown University researcher,”)', () => {
    // (Was a title with no affiliation, and no source for the body; “law” made a document of “a Georgetown University law”.)
    const read = (text: string) => {
      const result = annotate(text, {format: 'text'})
      const person = result.sources.find((source) => source.kind === 'person')!
      const related = person.relations.find((relation) => relation.type === 'affiliation')
      const body = result.sources.find((source) => source.id === related?.sourceId)
      return [person.name, person.titles, person.affiliation, body?.name, result.sources.map((source) => source.kind)]
    }

    expect(read('Brandon del Pozo, a Brown University researcher who studies drug policy, said the drop was real.')).toEqual([
      'Brandon del Pozo',
      ['Brown University researcher'],
      'Brown University',
      'Brown University',
      ['person', 'organization']
    ])
    expect(read('“It is a shift,” said Lisa Heinzerling, a Georgetown University law professor.')).toEqual([
      'Lisa Heinzerling',
      ['Georgetown University law professor'],
      'Georgetown University',
      'Georgetown University',
      ['person', 'organization']
    ])
    // (No body, no affiliation: “a Democratic strategist”.)
    expect(read('Ann Lee, a Democratic strategist, said it.')).toEqual(['Ann Lee', ['Democratic strategist'], null, undefined, ['person']])
  })

  it('gives the person named after “An attorney for Perez,” the role and whom they speak for', () => {
    // (Were no title and no relation: Perez was taken for a description of Grant.)
    const result = annotate('Linda Perez was charged. An attorney for Perez, Michael Grant, said she would plead not guilty.', {format: 'text'})
    const grant = result.sources.find((source) => source.name === 'Michael Grant')!
    const perez = result.sources.find((source) => source.name === 'Linda Perez')!
    expect(grant.titles).toEqual(['attorney'])
    expect(grant.relations).toEqual([{type: 'represents', sourceId: perez.id}])
  })

  it('gives a body named after a place’s possessive that place (“Russia’s Defense Ministry said”)', () => {
    // (Was no place: the article’s “Defense Ministry” could be anyone’s.)
    const sources = annotate('Russia’s Defense Ministry said all targets were hit. The Defense Ministry added that it used drones.', {format: 'text'}).sources
    expect(sources.map((source) => [source.kind, source.name, source.state, source.mentions.length])).toEqual([['organization', 'Defense Ministry', 'Russia', 2]])
    // (A person’s body is no place’s: “Trump’s campaign”.)
    expect(annotate('Trump’s campaign said no.', {format: 'text'}).sources.map((source) => source.state)).toEqual([null])
  })

  it('reads a name after a kind of body and a preposition as that body (“a bid for artificial intelligence startup Perplexity AI”)', () => {
    // (Was a person, whose representative then represented nobody.)
    const sources = annotate('Apple weighed a bid for artificial intelligence startup Perplexity AI. A representative for Perplexity said no.', {
      format: 'text'
    }).sources
    expect(sources.map((source) => [source.kind, source.name, source.relations])).toEqual([
      ['organization', 'Perplexity AI', []],
      ['person', 'A representative for Perplexity', [{type: 'represents', sourceId: 'src1'}]]
    ])
  })

  it('gives an executive the body named at the head of the title over the headline’s (“Perplexity Chief Executive Aravind Srinivas”)', () => {
    // (Was Apple, the business the headline is about.)
    const result = annotate(
      'Apple weighs bid for Perplexity\n\nApple executives discussed a bid for artificial intelligence startup Perplexity AI. Perplexity Chief Executive Aravind Srinivas said he had no plans to sell.',
      {format: 'text'}
    )
    const srinivas = result.sources.find((source) => source.name === 'Aravind Srinivas')!
    expect(srinivas.affiliation).toBe('Perplexity AI')
    // (A body the article names at the head of any title: was none.)
    const earnest = annotate('The White House said no. White House press secretary Josh Earnest said the plan failed.', {format: 'text'}).sources.find(
      (source) => source.name === 'Josh Earnest'
    )!
    expect(earnest.affiliation).toBe('White House')
    // (Not a place or a part of one: “Boca Raton lawyer”, “Cleveland Police Chief”.)
    const tanzer = annotate('Boca West Country Club members sued. Boca Raton lawyer Michelle Tanzer said the suit was filed.', {format: 'text'}).sources.find(
      (source) => source.name === 'Michelle Tanzer'
    )!
    expect(tanzer.affiliation).toBeNull()
  })

  it('gives “Tim Cook, the company’s chief executive,” and “Tim Cook, its chief executive,” the business named before him', () => {
    // (Was no affiliation: his own name stood between the business and “the company”.)
    const sources = annotate('Apple reported results. Tim Cook, the company’s chief executive, said sales rose.', {format: 'text'}).sources
    expect(sources.map((source) => [source.name, source.affiliation, source.mentions.length])).toEqual([
      ['Apple', null, 2],
      ['Tim Cook', 'Apple', 1]
    ])
    // (“its” too: was no affiliation, “its” no mention.)
    const its = annotate('Apple reported results. Tim Cook, its chief executive, said sales rose.', {format: 'text'}).sources
    expect(its.map((source) => [source.name, source.affiliation, source.mentions.length])).toEqual([
      ['Apple', null, 2],
      ['Tim Cook', 'Apple', 1]
    ])
  })

  it('reads a lone name that speaks of itself as “it” as a body (“Acme said it would close the plant”)', () => {
    // (Was a person.)
    const kinds = (text: string) => annotate(text, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    expect(kinds('Acme said it would close the plant.')).toEqual([['organization', 'Acme']])
    // (Not a person’s surname: “John Smith … Smith said it would …”, either order.)
    expect(kinds('John Smith runs the plant. Smith said it would close the plant.')).toEqual([['person', 'John Smith']])
    expect(kinds('Smith said it would close the plant. John Smith runs it.')).toEqual([['person', 'John Smith']])
  })

  it('makes one source of a speaker a quotation and a report name with the same words', () => {
    // (Were two candidates at one span: the relation went with neither, and
    // an anonymous speaker could come out twice.)
    const result = annotate('Apple weighed a bid for startup Perplexity AI. A representative for Perplexity said the company had “no knowledge of any talks.”', {
      format: 'text'
    })
    expect(result.sources.map((source) => [source.name, source.relations])).toEqual([
      ['Perplexity AI', []],
      ['A representative for Perplexity', [{type: 'represents', sourceId: 'src1'}]]
    ])
    const anonymous = annotate('“It is handled lightly,” said a former U.S. law enforcement official who described the case as “a lesser set of circumstances.”', {
      format: 'text'
    }).sources
    expect(anonymous.map((source) => source.name)).toEqual(['a former U.S. law enforcement official'])
  })

  it('reads a lone name named by kin as a person a pronoun can refer to (“Her husband, Luis, …“It takes time,” he said”)', () => {
    // (Was no person: the words went to no one, or to someone named before.)
    const result = annotate('Maria Gonzalez packs boxes. Her husband, Luis, lost his job. “It takes time,” he said.', {format: 'text'})
    const luis = result.sources.find((source) => source.name === 'Luis')!
    expect(luis).toMatchObject({kind: 'person', gender: 'male'})
    expect(result.quotes.map((quote) => quote.attribution?.sourceId)).toEqual([luis.id])
  })

  it('reads a role set off before a name as the person’s title, with its owner (“Apple’s head of mergers and acquisitions, Adrian Perica,”)', () => {
    // (Were no title and no affiliation when the person does not speak.)
    const sources = annotate('Apple weighed a bid. Apple’s head of mergers and acquisitions, Adrian Perica, discussed the idea.', {format: 'text'}).sources
    expect(sources.map((source) => [source.name, source.titles, source.affiliation])).toEqual([
      ['Apple', [], null],
      ['Adrian Perica', ['head of mergers and acquisitions'], 'Apple']
    ])
    // (Not kin, nor a phrase whose head is no role: “Bush’s father, George Bush,”, “Sanders’s ideas on loans, Bernie Sanders,”.)
    const kin = annotate('Jeb Bush spoke. Bush’s father, George Bush, listened. “No,” George Bush said.', {format: 'text'}).sources
    expect(kin.find((source) => source.name === 'George Bush')!.titles).toEqual([])
  })

  it('relates a study to “the authors” or “the researchers” who speak of it', () => {
    // (Were a document and a group with no relation.)
    const result = annotate('A study published Wednesday found that humans warm the planet. “This is the highest rate,” the authors wrote.', {format: 'text'})
    expect(result.sources.map((source) => [source.kind, source.relations])).toEqual([
      ['document', [{type: 'author', sourceId: 'src2'}]],
      ['group', []]
    ])
    // (Not researchers with no article, who may be anyone’s.)
    const bare = annotate('The study was small. Researchers said the effect was large.', {format: 'text'}).sources
    expect(bare.flatMap((source) => source.relations)).toEqual([])
  })

  it('links a body named again by its head word alone (“the European Commission … the Commission”)', () => {
    // (Were two organizations.)
    const sources = annotate('The rules apply now, the European Commission said. They apply to models from August, according to the Commission.', {
      format: 'text'
    }).sources
    expect(sources.map((source) => [source.name, source.mentions.length])).toEqual([['European Commission', 2]])
    // (Not when two names share the head.)
    const two = annotate('The European Commission and the Federal Trade Commission met. The rules apply now, according to the Commission.', {
      format: 'text'
    }).sources
    expect(two.map((source) => source.name)).toEqual(['Commission'])
  })

  it('makes no anonymous source of an indefinite description in apposition with a name (“Jane Smith, a senior adviser, said”)', () => {
    // (Was a second source, anonymous “a senior adviser”.)
    const kinds = (text: string) => annotate(text, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    expect(kinds('Jane Smith, a senior adviser, said it would close.')).toEqual([['person', 'Jane Smith']])
    expect(kinds('“It is over,” said Tad Devine, an adviser.')).toEqual([['person', 'Tad Devine']])
    // (Not after a list, nor without a name before the comma.)
    expect(kinds('In Washington, an official said it would close.')).toEqual([['anonymous', 'an official']])
    expect(kinds('It drew Bobby Knight and Brian France, people familiar with the planning said.')).toContainEqual([
      'anonymous',
      'people familiar with the planning'
    ])
  })

  it('gives the words of “Former Mexico leader Calderon”, “Latino Decisions researcher Sylvia Manzano” to the titled person', () => {
    // (Were persons “Former Mexico”, “Latino Decisions”: the capitalized run before the title.)
    const speakers = (text: string) => {
      const result = annotate(text, {format: 'text'})
      return result.claims.map((claim) => result.sources.find((source) => source.id === claim.attribution.sourceId)?.name)
    }

    expect(speakers('Former Mexico leader Calderon calls the wall stupid.')).toEqual(['Calderon'])
    expect(speakers('“People feel unwanted,” said Latino Decisions researcher Sylvia Manzano.')).toEqual(['Sylvia Manzano'])
    expect(speakers('Presumptive Democratic presidential nominee Hillary Clinton said the law was wrong.')).toEqual(['Hillary Clinton'])
  })

  it('reads who conducted a poll or compiled data as its author (“A poll conducted by Gallup found”)', () => {
    // (Was no relation, and Gallup no source when it did not speak.)
    const result = annotate('A poll conducted by Gallup found support fell.', {format: 'text'})
    expect(result.sources.map((source) => [source.kind, source.name, source.relations])).toEqual([
      ['document', 'poll', [{type: 'author', sourceId: 'src2'}]],
      ['organization', 'Gallup', []]
    ])
    // (A brief or a lawsuit filed by someone: was no document, and no relation.)
    const brief = annotate('The bill is unconstitutional, according to a brief filed by the ACLU.', {format: 'text'})
    expect(brief.sources.map((source) => [source.kind, source.name, source.relations])).toEqual([
      ['document', 'brief', [{type: 'author', sourceId: 'src2'}]],
      ['organization', 'ACLU', []]
    ])
    // (A document with no determiner at a sentence’s start too: was no relation.)
    const bare = annotate('Data compiled by LSEG show revenue rose 5%.', {format: 'text'})
    expect(bare.sources.map((source) => [source.kind, source.relations])).toEqual([
      ['document', [{type: 'author', sourceId: 'src2'}]],
      ['organization', []]
    ])
  })

  it('reads agencies whose name ends in a document’s or a plan’s head as organizations (“the U.S. Geological Survey”, “the World Food Programme”)', () => {
    // (Were a document and a person.)
    const kinds = annotate(
      'The quake struck 40 km northwest of Herat, the U.S. Geological Survey said. The World Food Programme said it had received less than a quarter of the money it needed.',
      {format: 'text'}
    ).sources.map((source) => [source.kind, source.name])
    expect(kinds).toEqual([
      ['organization', 'U.S. Geological Survey'],
      ['organization', 'World Food Programme']
    ])
  })

  it('reads a body named for what it writes (“the budget office”, “a policy institute”) as no document', () => {
    // (Were documents “nonpartisan budget” and “policy”.)
    const kinds = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    expect(kinds('An analysis by the nonpartisan budget office found that 10.9 million people could lose insurance.')).toEqual([
      ['document', 'analysis']
    ])
    expect(kinds('The budget office said the deficit would grow.')).not.toContainEqual(['document', 'budget'])
    // (A document still: “the budget says”.)
    expect(kinds('The budget says the deficit would grow.')).toEqual([['document', 'budget']])
  })

  it('reads a party noun before a two-word name as the party (“Republican Winsome Earle-Sears”)', () => {
    // (Was a person “Republican Winsome Earle-Sears”: only a known given name after the party was read.)
    const sources = annotate('Republican Winsome Earle-Sears said she would fight. The Republican Study Committee said no.', {format: 'text'}).sources
    expect(sources.map((source) => [source.kind, source.name, source.party])).toEqual([
      ['person', 'Winsome Earle-Sears', 'R'],
      ['organization', 'Republican Study Committee', null]
    ])
  })

  it('reads a party appositive with a relative clause (“Rep. Chip Roy, a Texas Republican who had threatened …”) as the person’s', () => {
    // (Was a person “Texas Republican”, who had threatened.)
    const result = annotate('Rep. Chip Roy, a Texas Republican who had threatened to vote no, said he was persuaded.', {format: 'text'})
    expect(result.sources.map((source) => [source.name, source.party, source.state])).toEqual([['Chip Roy', 'R', 'Texas']])
    expect(result.claims.map((claim) => [claim.attribution.cue?.text, claim.attribution.sourceId])).toEqual([
      ['had threatened', 'src1'],
      ['said', 'src1']
    ])
  })

  it('reads a lawmaker’s “of Kentucky” as the state, not an affiliation', () => {
    // (Was the affiliation “Kentucky”.)
    const result = annotate('Sen. Rand Paul of Kentucky said no. House Minority Leader Hakeem Jeffries of New York said the bill was cruel.', {format: 'text'})
    expect(result.sources.map((source) => [source.name, source.state, source.affiliation])).toEqual([
      ['Rand Paul', 'Kentucky', null],
      ['Hakeem Jeffries', 'New York', null]
    ])
    // (Not someone with another title.)
    expect(annotate('Professor Ann Lee of Ohio said yes.', {format: 'text'}).sources.map((source) => [source.state, source.affiliation])).toEqual([[null, 'Ohio']])
  })

  it('gives an executive of no named body the business the headline is about (“Chief Executive Jensen Huang said”)', () => {
    // (Had no affiliation.)
    const result = annotate(
      'Nvidia revenue jumps 94% on AI demand\nNvidia said sales rose. “The age of AI is here,” Chief Executive Jensen Huang said. Chief Financial Officer Colette Kress told analysts supply would stay tight.',
      {format: 'text'}
    )
    expect(result.sources.filter((source) => source.kind === 'person').map((source) => [source.name, source.affiliation])).toEqual([
      ['Jensen Huang', 'Nvidia'],
      ['Colette Kress', 'Nvidia']
    ])
    // (Not a title of another kind, nor with no business in the headline.)
    const other = annotate('Storm hits coast\n“We are ready,” Chief Executive Ann Lee of the Red Cross said. Director Tom Ray said roads were closed.', {format: 'text'})
    expect(other.sources.find((source) => source.name === 'Tom Ray')?.affiliation ?? null).toBeNull()
  })

  it('reads a headline’s document as the first the body gives that head (“…, study finds” … “a large international study”)', () => {
    // (Were two documents, the headline’s named “study”.)
    const result = annotate(
      'Daily walking cuts risk of early death, study finds\nPeople who walk 7,000 steps a day die early less often, according to a large international study. The study pooled 57 others.',
      {format: 'text'}
    )
    expect(result.sources.map((source) => [source.kind, source.name, mentionTexts(source)])).toEqual([
      ['document', 'large international study', ['study', 'a large international study', 'The study']]
    ])
    expect(result.claims.filter((claim) => claim.attribution.type !== 'unattributed').map((claim) => claim.attribution.sourceId)).toEqual([
      'src1',
      'src1'
    ])
    // (Not a newsletter a possessive names.)
    const names = annotate('Monday’s Morning Email: Putin’s role in the hack\nThe DNC email was leaked, the report said.', {format: 'text'}).sources.map(
      (source) => source.name
    )
    expect(names).not.toContain('DNC email')
  })

  it('reads “the company” past a market or a seat of government as the business before it (“beating Wall Street estimates”)', () => {
    // (“The company” was Wall Street, and “estimates” a cue whose source was
    // “beating Wall Street”.)
    const result = annotate('Apple said sales rose, beating Wall Street estimates. The company also said margins fell.', {format: 'text'})
    expect(result.sources.map((source) => [source.name, mentionTexts(source)])).toEqual([
      ['Apple', ['Apple', 'The company']],
      ['Wall Street', ['Wall Street']]
    ])
    expect(result.claims.map((claim) => [claim.text, claim.attribution.cue?.text])).toEqual([
      ['sales rose, beating Wall Street estimates', 'said'],
      ['margins fell', 'also said']
    ])
  })

  it('reads “, a New York Democrat,” after a name as the person’s party and state, not another person', () => {
    const result = annotate('Rep. Alexandria Ocasio-Cortez, a New York Democrat, said the plan failed.', {format: 'text'})
    expect(result.sources.map((source) => [source.name, source.party, source.state])).toEqual([['Alexandria Ocasio-Cortez', 'D', 'New York']])
    expect(annotate('Sen. Rand Paul, a Republican, said no.', {format: 'text'}).sources.map((source) => [source.name, source.party])).toEqual([['Rand Paul', 'R']])
    // A party word before a role is part of the title.
    expect(annotate('Sara Fagen, a Republican strategist, said no.', {format: 'text'}).sources.map((source) => [source.titles, source.party])).toEqual([
      [['Republican strategist'], null]
    ])
  })

  it('reads organization names joined by “for”, “and”, “of” whole, and ends them before a title and a name', () => {
    const names = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    expect(names('The Centers for Disease Control and Prevention said cases were rising.')).toEqual([
      ['organization', 'Centers for Disease Control and Prevention']
    ])
    expect(names('The National Association for the Advancement of Colored People said it would sue.')).toEqual([
      ['organization', 'National Association for the Advancement of Colored People']
    ])
    const frieden = annotate('Centers for Disease Control Director Thomas Frieden said the virus spread.', {format: 'text'}).sources
    expect(frieden.map((source) => [source.name, source.titles, source.affiliation])).toEqual([
      ['Centers for Disease Control', [], null],
      ['Thomas Frieden', ['Director'], 'Centers for Disease Control']
    ])
    // Two sources joined by “and”, not one name.
    expect(names('The Congressional Black Caucus and Sen. Chuck Schumer said the bill would pass.')).toContainEqual(['person', 'Chuck Schumer'])
  })

  it('reads “his spokesman”, “her lawyer”, “his campaign” as someone other than the possessor', () => {
    const result = annotate('Ron DeSantis said he would sign. He signed the bill Monday, his spokesman said.', {format: 'text'})
    expect(result.sources.map((source) => [source.name, source.titles, mentionTexts(source)])).toEqual([
      ['Ron DeSantis', [], ['Ron DeSantis', 'he', 'He', 'his']],
      ['his spokesman', ['spokesman'], ['his spokesman']]
    ])
    expect(result.claims.map((claim) => [claim.text, claim.attribution.sourceId])).toEqual([
      ['he would sign', 'src1'],
      ['He signed the bill Monday', 'src2']
    ])
    // (The owner is a source too: the one the campaign speaks for.)
    expect(annotate('Ron DeSantis signed it. His campaign said it raised $10 million.', {format: 'text'}).sources.map((source) => [source.kind, source.name])).toEqual([
      ['person', 'Ron DeSantis'],
      ['organization', 'Ron DeSantis campaign']
    ])
    // The owner’s own words stay the owner’s.
    const own = annotate('Ron DeSantis said he would sign. His remarks said the bill was fair.', {format: 'text'})
    expect(own.claims.map((claim) => claim.attribution.sourceId)).toEqual(['src1', 'src1'])
  })

  it('names a possessor’s role again with “the spokeswoman”', () => {
    const result = annotate('Donald Trump signed the bill. Trump’s spokeswoman said it was law. The spokeswoman added that it was fair.', {format: 'text'})
    expect(result.sources.map((source) => [source.name, source.titles, source.gender, mentionTexts(source)])).toEqual([
      ['Donald Trump', [], 'male', ['Donald Trump', 'Trump']],
      ['Trump’s spokeswoman', ['spokeswoman'], 'female', ['Trump’s spokeswoman', 'The spokeswoman']]
    ])
  })

  it('gives a person named in apposition to a description the description’s role as a title', () => {
    const titles = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.name, source.titles])
    expect(titles('The company’s chief executive, Jane Doe, said profits rose.')).toEqual([['Jane Doe', ['chief executive']]])
    expect(titles('Clinton’s campaign chairman, John Podesta, said the emails were stolen.')).toEqual([['John Podesta', ['campaign chairman']]])
  })

  it('reads “Court filings show”, “Fox News poll” as the document, not the organization before it', () => {
    const sources = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    expect(sources('Court filings show that the firm paid $3 million.')).toEqual([['document', 'Court filings']])
    expect(sources('A Fox News poll found that Trump led.')).toEqual([['document', 'Fox News poll']])
    expect(sources('The Pentagon said the plan failed.')).toEqual([['organization', 'Pentagon']])
  })

  it('reads “A Pentagon spokesman”, “The Fed chair” as the person in the role, not the body or a person named “Fed”', () => {
    const sources = kindsNamesAndTitles
    expect(sources('A Pentagon spokesman said the review was ongoing.')).toEqual([
      ['person', 'A Pentagon spokesman', ['spokesman'], 'Pentagon'],
      ['organization', 'Pentagon', [], null]
    ])
    // (“Fed” is a known body now: the chair's affiliation, as the Pentagon above.)
    expect(sources('The Fed chair said inflation was falling.')).toEqual([
      ['person', 'Fed chair', [], 'Fed'],
      ['organization', 'Fed', [], null]
    ])
    expect(sources('White House officials said the talks failed.')).toEqual([['group', 'White House officials', [], null]])
  })

  it.each([
    ['Donald Trump spoke on Monday. His spokeswoman said the plan would work.', [['His spokeswoman', 'represents', 'Donald Trump']]],
    ['Hillary Clinton spoke on Monday. Clinton’s lawyer said the emails were fine.', [['Clinton’s lawyer', 'represents', 'Hillary Clinton']]],
    ['Donald Trump’s spokeswoman, Hope Hicks, said the plan would work.', [['Hope Hicks', 'represents', 'Donald Trump']]],
    ['Hope Hicks, Donald Trump’s spokeswoman, said the plan would work.', [['Hope Hicks', 'represents', 'Donald Trump']]],
    ['Jane Roe, Donald Trump’s wife, said the plan would work.', []],
    // The role before the one it speaks for: the speaker is the spokesman, not the senator.
    ['A spokesman for Sen. Ted Cruz said the plan would fail.', [['A spokesman for Sen. Ted Cruz', 'represents', 'Ted Cruz']]],
    [
      'A spokesperson for the Department of Defense said the review was ongoing.',
      [['A spokesperson for the Department of Defense', 'affiliation', 'Department of Defense']]
    ],
    // A name in apposition is the speaker, in the body named before the role.
    ['A Pentagon spokesman, John Kirby, said the review was over.', [['John Kirby', 'affiliation', 'Pentagon']]],
    ['Sen. Ted Cruz spoke on Monday. His campaign said he would win.', [['Ted Cruz campaign', 'represents', 'Ted Cruz']]],
    ['Sen. Ted Cruz spoke on Monday. His wife said he would win.', []],
    ['The Pentagon released a memo on Monday. Its spokesman said the review was over.', [['Its spokesman', 'represents', 'Pentagon']]]
  ])('relates the speaker of %j to whom it speaks for (`represents`) or its body, not a wife or son', (input, expected) => {
    const {sources} = annotate(input, {format: 'text'})
    const relations = sources.flatMap((source) =>
      source.relations.map((relation) => [source.name, relation.type, sources.find((other) => other.id === relation.sourceId)?.name])
    )
    expect(relations).toEqual(expected)
  })

  it.each([
    // A share of people, named by the whole phrase (was: persons “Others”, “Nearly”, “Twelve”, “Six in 10”).
    ['Others said the plan was bad.', [['group', 'others', ['Others']]]],
    ['Both said the plan was bad.', [['group', 'both', ['Both']]]],
    ['Nearly half said the plan was bad.', [['group', 'nearly half', ['Nearly half']]]],
    ['Six in 10 said the plan was bad.', [['group', 'six in 10', ['Six in 10']]]],
    ['Twelve percent indicated that they were not sure.', [['group', 'twelve percent', ['Twelve percent']]]],
    ['Almost 40 percent said the plan was bad.', [['group', 'almost 40 percent', ['Almost 40 percent']]]],
    ['Some courses said they would close.', [['group', 'some courses', ['Some courses']]]],
    ['Nobody said the plan was bad.', [['unknown', 'nobody', ['Nobody']]]],
    ['Half said the plan was bad.', [['group', 'half', ['Half']]]],
    ['Some 42 percent of those responding said they would vote.', [['group', 'some 42 percent of those responding', ['Some 42 percent of those responding']]]],
    ['Two-thirds said the plan was bad.', [['group', 'two-thirds', ['Two-thirds']]]],
    ['A third said the plan was bad.', [['group', 'a third', ['A third']]]],
    // A share out of a count in words, or a bare percentage, is one too (were: persons “Two in three”, “About one in five”; unknown “42%”).
    ['Two in three said the plan was bad.', [['group', 'two in three', ['Two in three']]]],
    ['About one in five say they would not vote.', [['group', 'about one in five', ['About one in five']]]],
    ['On economic issues, 42% say they are liberal.', [['group', '42%', ['42%']]]],
    // A sentence-initial word the article writes in lowercase, in no other name (was: persons “Respondents”, “Court”).
    ['Respondents said the plan was bad. Most respondents were young.', [['group', 'respondents', ['Respondents']]]],
    ['Ms. White spoke first. White said the plan was bad. The white house was old.', [['person', 'White', ['White']]]],
    ['A truck hit a crowd in Nice. Police said people should stay home. The police chief spoke.', [['organization', 'police', ['Police']]]],
    ['Another tweeted that Clinton was above the law.', [['unknown', 'another', ['Another']]]],
    // A counting adjective before a plural, and a plural share alone, are no names (were: persons “Multiple”, “Majorities”).
    ['Multiple outlets reported on Wednesday that the agency had met him.', [['group', 'multiple outlets', ['Multiple outlets']]]],
    ['Majorities in many European countries see immigrants as a burden.', [['group', 'majorities', ['Majorities']]]],
    // (And makers of something: was a person “Cement”.)
    ['Cement makers, for instance, argue that imports grew.', [['group', 'cement makers', ['Cement makers']]]],
    // A lone body’s noun opening a headline is that body, as “the newspaper” is (was: a person “Newspaper”).
    ['Newspaper: Defense secretary used personal email at Pentagon.', [['organization', 'newspaper', ['Newspaper']]]],
    // “Details” opening a sentence names no one (was: a person “Details”).
    ['Details have not been disclosed, but the union said the deal was done.', [['organization', 'union', ['the union']]]],
    // A bare role is the one in it, as “the judge” is (was: a person named “Judge”); a surname stays one.
    ['Judge rejects New York Times request to unseal the file.', [['person', 'judge', ['Judge']]]],
    ['Mark Judge wrote a book. Judge says the plan was bad.', [['person', 'Mark Judge', ['Mark Judge', 'Judge']]]],
    // A plain hyphen set off by spaces is a dash: the word after it opens a clause (was: a person “More”).
    ['What that means for this year’s election - More from Jones: “The partisanship of the state is a starting point.”', [['person', 'Jones', ['Jones']]]],
    ['Let’s see if he goes back to the old tone, Clinton said.', [['person', 'Clinton', ['Clinton']]]],
    // A description by occupation is a person (was: unknown).
    ['The retired neurosurgeon said the plan was bad.', [['person', 'The retired neurosurgeon', ['The retired neurosurgeon']]]],
    // Two apostrophes open a sentence as a quotation mark does (was: a person named “He”; and no
    // report of “He” caring is read in the quoted words, so Trump, no speaker, is no source).
    [
      "''We've started,'' Mr. Manafort said, adding of Mr. Trump, ''He cares about the united team.''",
      [['person', 'Manafort', ['Manafort']]]
    ],
    ['Another 19 percent said they would not pick either candidate.', [['group', 'another 19 percent', ['Another 19 percent']]]],
    // A verb or modal before a cue is no source (was: sources named “cannot”, “please”, “fueling”).
    ['Phil Lovas said he cannot comment on the letter.', [['person', 'Phil Lovas', ['Phil Lovas', 'he']]]],
    ['Seriously, please ask yourself that question.', []],
    ['Manafort was joined by Rick Wiley to help lay out a case for how Trump could win.', []],
    ['Clinton leads, according to data from the state.', [['document', 'data from the state', ['data from the state']]]],
    ['The crisis swept millions of migrants into Europe, fueling worries that the union was a burden.', []],
    // A word capitalized only as the sentence’s first, before a lowercase head (was: persons “Polling”, “Flight”, “Friends”).
    ['Polling averages show Clinton ahead. The polling was close.', [['document', 'polling averages', ['Polling averages']]]],
    ['Flight attendants’ union endorses Clinton. The flight was late.', [['organization', 'flight attendants’ union', ['Flight attendants’ union']]]],
    ['Friends said he was kind.', [['group', 'friends', ['Friends']]]],
    // (An adjective’s ending marks it, written in lowercase or not: was a person “Financial”.)
    ['Financial markets said nothing.', [['group', 'financial markets', ['Financial markets']]]],
    // (A participle before a body’s name, and the body before a lowercase modifier: was a person “Striking Boeing”.)
    ['Striking Boeing factory workers on Wednesday rejected the offer.', [['group', 'Boeing factory workers', ['Boeing factory workers']]]],
    // Someone’s words speak for them; someone’s people are a group (was: persons “Clinton’s response”, “Mr. Trump’s rivals”).
    ['Hillary Clinton spoke. Clinton’s response said the plan failed.', [['person', 'Hillary Clinton', ['Hillary Clinton', 'Clinton']]]],
    ['Mr. Trump’s rivals said he was unfit.', [['group', 'rivals', ['rivals']]]],
    ['Monday night’s results show Clinton ahead in the count.', []],
    // (A possessed person is not the possessor.)
    ['Hillary Clinton spoke. Clinton’s Democratic opponent said the plan failed.', [['unknown', 'Clinton’s Democratic opponent', ['Clinton’s Democratic opponent']]]],
    // A hyphenated given name after a family name (was: persons “Park”, “Ban”).
    ['South Korean President Park Geun-hye said the talks failed.', [['person', 'Park Geun-hye', ['Park Geun-hye']]]],
    ['Secretary-General Ban Ki-moon said the deal was historic.', [['person', 'Ban Ki-moon', ['Ban Ki-moon']]]],
    // A number the tokenizer split stays whole (was: “000 voters”).
    ['About 10,000 voters said they would stay home.', [['group', '10,000 voters', ['10,000 voters']]]],
    // A share of a group is the group that speaks (was: “10 voters”, “doctors”).
    ['About 1 in 10 voters said they were undecided.', [['group', '1 in 10 voters', ['1 in 10 voters']]]],
    ['Three out of four doctors said the drug was safe.', [['group', 'three out of four doctors', ['Three out of four doctors']]]],
    // Not a name before a reflexive or a verb.
    ['Trump himself said the plan was good.', [['person', 'Trump', ['Trump', 'himself']]]],
    ['Clinton sharpens her attacks. Clinton said the plan was bad.', [['person', 'Clinton', ['Clinton']]]]
  ])('types the speaker of %j by the head of its phrase, not a capitalized first word', (input, expected) => {
    expect(kindsNamesAndMentions(input)).toEqual(expected)
  })

  it.each([
    ['USA Today reported that the plan failed.', 'USA Today'],
    ['The Daily Caller reported that the plan failed.', 'Daily Caller'],
    ['The Orlando Sentinel reported that the plan failed.', 'Orlando Sentinel'],
    ['PolitiFact said the claim was false.', 'PolitiFact'],
    // (Was a person “Alphabet”.)
    ['Alphabet declined to comment on the report.', 'Alphabet'],
    ['The S.E.C. said the filing was late.', 'S.E.C.'],
    ['Real Clear Politics shows Clinton ahead.', 'Real Clear Politics'],
    // (The article belongs to the name; a weekday after it does not.)
    ['“The bill failed,” The Hill reported.', 'The Hill'],
    ['The White House on Monday said the bill failed.', 'White House'],
    // (A campus after “at”: was the person “Berkeley”.)
    ['The University of California at Berkeley said the study was flawed.', 'University of California at Berkeley']
  ])('reads the outlet or agency in %j as an organization (was: a person, or no source)', (input, name) => {
    expect(kindsNamesAndMentions(input).map(([kind, found]) => [kind, found])).toEqual([['organization', name]])
  })

  it.each([
    ['The spot concludes that Trump is unfit.', 'spot'],
    ['The clip shows Trump mocking the reporter.', 'clip'],
    ['Video of the incident shows the officer firing.', 'Video of the incident']
  ])('reads the ad or video in %j as a document (was: a person or unknown)', (input, name) => {
    expect(kindsNamesAndMentions(input)[0]!.slice(0, 2)).toEqual(['document', name])
  })

  /** Source (`[kind, name]`, or `null`) of the attribution whose mention is the relative `who`. */
  function whoSource(input: string): [string, string] | null {
    const annotation = annotate(input, {format: 'text'})
    const attributions = [...annotation.quotes.map((quote) => quote.attribution), ...annotation.claims.map((claim) => claim.attribution)]
    const attribution = attributions.find((item) => item?.mention?.text === 'who')
    if (!attribution) throw new Error('No attribution by `who` in ' + JSON.stringify(input))
    const source = annotation.sources.find((item) => item.id === attribution.sourceId)
    return source ? [source.kind, source.name] : null
  }

  it.each([
    // The body or place that completes the name (was: the place, the body).
    ['Senator Ted Cruz of Texas, who has argued that the plan is wrong, spoke on Monday.', ['person', 'Ted Cruz']],
    ['Matt Duss, the president of the Foundation for Middle East Peace, who often criticizes the policy, said it failed.', ['person', 'Matt Duss']],
    ['“It failed,” said Howard Rubel, a senior analyst at Jefferies, who notes that the company had warned of it.', ['person', 'Howard Rubel']],
    ['Paul Porter, a truck driver from Ava, Mo., who said the plan failed, voted for Trump.', ['person', 'Paul Porter']],
    ['“It failed,” said Elizabeth Arnold, 32, a former staff member for the Sanders campaign in Philadelphia who said she would protest.', ['person', 'Elizabeth Arnold']],
    ['Clinton met workers in New York, Los Angeles and Seattle who said the wage was too low.', ['group', 'workers']],
    // A dash or a parenthesis before it (was: no source).
    ['On Monday, Lindsey Graham—who had endorsed Jeb Bush—said he would back Ted Cruz.', ['person', 'Lindsey Graham']],
    // A description, when no name is right before it (was: no source).
    ['Sanders disavowed remarks made by a campaign surrogate who said voters should leave the party.', ['person', 'a campaign surrogate']],
    ['The city charged officials with taking bribes from developers who said they needed permits.', ['unknown', 'developers']],
    // After a preposition, the phrase for people before it (not “the country”, “the left”).
    ['The plan was attacked by Democrats across the country, who said it would cut benefits.', ['group', 'Democrats']],
    ['Trump drew derision from political opponents on the left, who said he was unfit.', ['group', 'political opponents']],
    // The outermost description that ends there (not “the discussion”).
    ['“It was weak,” said one Democrat familiar with the discussion, who added that the White House erred.', ['anonymous', 'one Democrat familiar with the discussion']]
  ])('links the relative “who” in %j to whom the clause is about', (input, expected) => {
    expect(whoSource(input)).toEqual(expected)
  })

  it('links no “who” to a document or a place', () => {
    // (“figures” may be statistics; a place takes no “who”.)
    expect(whoSource('His behavior angered the party’s top figures, who said they feared losing the House.')).toBeNull()
  })

  it('reads a party noun before a given name as the person’s party, not part of the name (“Republican Christine Todd Whitman”)', () => {
    const parties = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.name, source.party])
    expect(parties('Republican Christine Todd Whitman said the plan failed. Democrat Jane Doe agreed.')).toEqual([
      ['Christine Todd Whitman', 'R'],
      ['Jane Doe', 'D']
    ])
    // One entity with “Trump” (was two: “Republican Donald Trump” and “Trump”).
    expect(namesAndMentions('Republican Donald Trump said the plan failed. Trump said it twice.')).toEqual([['Donald Trump', ['Donald Trump', 'Trump']]])
    // (Not a party’s own name, nor a surname alone.)
    expect(parties('Republican Party officials said the plan failed.')).toEqual([['Republican Party officials', null]])
  })

  it.each([
    // Capitalized modifiers and a lowercase plural head (were persons).
    ['The Republican presidential candidates said the plan failed.', ['group', 'The Republican presidential candidates']],
    ['Other Republican candidates said the plan failed.', ['group', 'Other Republican candidates']],
    ['Both women said the plan failed.', ['group', 'Both women']],
    // A share of those asked (were persons).
    ['Those surveyed said the plan failed.', ['group', 'those surveyed']],
    ['Thirty-one percent of those surveyed said the plan failed.', ['group', 'thirty-one percent of those surveyed']],
    ['A mere 9 percent said the plan failed.', ['group', 'a mere 9 percent']],
    // A political action committee, an agency’s dotted initials, a party’s convention are organizations (were persons).
    ['America Rising PAC said the plan failed.', ['organization', 'America Rising PAC']],
    ['The F.A.A. said the plane was safe.', ['organization', 'F.A.A.']],
    ['The Democratic National Convention said it would open Monday.', ['organization', 'Democratic National Convention']],
    // (A body’s head keeps the body: not a group of “news”.)
    ['Turkish news reported that the plan failed.', ['organization', 'Turkish news']]
  ])('reads the speaker of %j by its head word', (input, expected) => {
    expect(kindsNamesAndMentions(input).map(([kind, name]) => [kind, name])).toEqual([expected])
  })

  it.each([
    // A verb or conjunction before the people it governs is not a modifier (were “giving readers” …).
    ['The ads are about giving readers what they want. They said it was fine.', 'readers'],
    ['They hope to get socially moderate delegates to back them. They said no.', 'socially moderate delegates'],
    ['Unless countries develop more ambitious plans, they say, the world could suffer.', 'countries'],
    ['The campaign wants to cajole legislators. They said no.', 'legislators'],
    ['Yet Democratic economists said the tax failed.', 'Democratic economists'],
    // (Nor an adverb: was “employers now seek workers”.)
    ['Employers now seek workers who can code, analysts said.', 'employers']
  ])('starts the group of %j at its first modifier, not at a verb or adverb before it', (input, name) => {
    expect(kindsNamesAndMentions(input).map(([kind, name]) => [kind, name])).toContainEqual(['group', name])
  })

  it('reads the gender a kinship noun gives a name, and no appositive’s possessive as the name’s (“Milton Berg, her husband”)', () => {
    const genders = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.name, source.gender, source.mentions.map((mention) => mention.text)])
    // (Was female, from “her”; and “his wife” made Dana Smith male.)
    expect(genders('Milton Berg, her husband, said the plan failed.')).toEqual([['Milton Berg', 'male', ['Milton Berg']]])
    expect(genders('Dana Smith, his wife, said the plan failed. She said it twice.')).toEqual([['Dana Smith', 'female', ['Dana Smith', 'She']]])
    expect(genders('Her husband, Milton Berg, said the plan failed.')).toEqual([['Milton Berg', 'male', ['Milton Berg']]])
    // “she” then finds the woman, not the husband named after her.
    expect(
      genders('Rachel Berg, a philanthropist from Monsey, New York, said the speeches were good. Along with her husband, Milton Berg, she has given to many candidates. She called Carson a “special person.”')
    ).toContainEqual(['Rachel Berg', 'female', ['Rachel Berg', 'her', 'she', 'She']])
    // (A possessive after “and” is the name’s: “Trump and his wife”.)
    expect(genders('Donald Trump and his wife said the plan failed. He said it twice.')[0]).toEqual(['Donald Trump', 'male', ['Donald Trump', 'his', 'He']])
  })

  it('reads a capitalized word before a comma and a state or country as a town, not a person (“Monsey, New York”)', () => {
    const kinds = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    expect(kinds('A philanthropist from Monsey, New York, said the speeches were good. She said it twice.')).not.toContainEqual(['person', 'Monsey'])
    expect(kinds('Paul Porter, a truck driver from Ava, Mo., said the plan failed. Worcester, Mass., voted.')).toEqual([['person', 'Paul Porter']])
  })

  it('links “the Florida senator” to the one senator lately named near Florida whose title names no place, and no other place to them', () => {
    // (Was a source of its own.)
    expect(namesAndMentions('Sen. Marco Rubio spoke in Miami, Florida, on Monday. The Florida senator said the plan failed.')).toEqual([
      ['Marco Rubio', ['Marco Rubio', 'The Florida senator']]
    ])
    // Once “the Florida senator”, not “the Ohio senator” (even near Ohio); not with two bare senators.
    expect(namesAndMentions('Sen. Marco Rubio spoke in Florida and Ohio. The Florida senator said no. The Ohio senator said yes.')).toEqual([
      ['Marco Rubio', ['Marco Rubio', 'The Florida senator']],
      ['Ohio senator', ['The Ohio senator']]
    ])
    expect(namesAndMentions('Sen. Marco Rubio and Sen. Ted Cruz spoke in Florida. The Florida senator said no.')).toContainEqual(['Florida senator', ['The Florida senator']])
  })

  it('links a definite description to the person the article gave that epithet beside their name, lately (“Ben Carson, the retired neurosurgeon”)', () => {
    expect(namesAndMentions('Ben Carson, the retired neurosurgeon, spoke on Monday. The retired neurosurgeon said the plan failed.')).toEqual([
      ['Ben Carson', ['Ben Carson', 'The retired neurosurgeon']]
    ])
    expect(namesAndMentions('Retired neurosurgeon Ben Carson spoke on Monday. The neurosurgeon said the plan failed.')).toEqual([
      ['Ben Carson', ['Ben Carson', 'The neurosurgeon']]
    ])
    // Not without the epithet beside the name, nor with another word (“the retired developer”).
    expect(namesAndMentions('Ben Carson spoke on Monday. The retired neurosurgeon said the plan failed.')).toContainEqual(['The retired neurosurgeon', ['The retired neurosurgeon']])
    expect(namesAndMentions('Ben Carson, the neurosurgeon, spoke on Monday. The retired neurosurgeon said the plan failed.')).toContainEqual(['The retired neurosurgeon', ['The retired neurosurgeon']])
    // Nor when two other persons were named since (the epithet is more often someone else’s).
    expect(
      namesAndMentions('Star Selenis Leyva said the plan failed.\n\nGeorge Lopez said no.\n\nJane Doe said yes.\n\nThe star said it twice.')
    ).toContainEqual(['The star', ['The star']])
  })

  it.each([
    ['Recent polling shows that Clinton leads.', 'recent polling'],
    ['Exit polling showed that Clinton won every group.', 'exit polling'],
    ['Social media has added another link, the editor noted.', 'social media']
  ])('reads the sentence-initial word of %j as modifying the evidence after it, not as a person', (input, name) => {
    // (Were persons “Recent”, “Exit”, “Social”.)
    const sources = annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    expect(sources).toContainEqual(['unknown', name])
    expect(sources.filter(([kind, found]) => kind === 'person' && !found!.startsWith('the '))).toEqual([])
  })

  it.each([
    ['YouTube said the video broke its rules.', 'YouTube'],
    ['WikiLeaks said the emails were real.', 'WikiLeaks'],
    ['Factcheck.org found the claim false.', 'Factcheck.org'],
    ['WKOW-TV reported that the plan failed.', 'WKOW-TV'],
    ['SunTrust Robinson Humphrey said the deal would close.', 'SunTrust Robinson Humphrey']
  ])('reads the brand-shaped name in %j as an organization (was a person)', (input, name) => {
    expect(kindsNamesAndMentions(input).map(([kind, found]) => [kind, found])).toContainEqual(['organization', name])
  })

  it.each([
    ['Sage Therapeutics said it was pleased with the vote.', 'Sage Therapeutics'],
    ['Acme Pharmaceuticals said the drug works.', 'Acme Pharmaceuticals'],
    ['Delta Air Lines and United Airlines said fares would rise.', 'United Airlines']
  ])('reads a company named by its industry in %j as an organization (was a person)', (input, name) => {
    expect(kindsNamesAndMentions(input).map(([kind, found]) => [kind, found])).toContainEqual(['organization', name])
  })

  it('reads a name after a kind of organization as one (“the journal Nature Medicine”), not an object’s clause (“told the magazine Clinton …”)', () => {
    const kinds = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    // (Were persons.)
    expect(kinds('A study published Monday in the journal Nature Medicine found that 61,000 people died.')).toContainEqual(['organization', 'Nature Medicine'])
    expect(kinds('The consulting firm Oxford Economics said prices rose.')).toEqual([['organization', 'Oxford Economics']])
    expect(kinds('Exports rose, according to the energy analytics firm Kpler.')).toContainEqual(['organization', 'Kpler'])
    expect(kinds('He told the magazine Clinton was lying. Clinton denied it.')).toContainEqual(['person', 'Clinton'])
  })

  it('reads a few unnamed officials as anonymous (“Two U.S. officials told …”), and “the officials” as them', () => {
    const sources = annotate('Sanctions loom\nTwo U.S. officials told the AP on Tuesday that sanctions are coming. The officials said the measures could come soon.', {
      format: 'text'
    }).sources
    // (Was a group “U.S. officials” and an anonymous “the officials”.)
    expect(sources.filter((source) => source.kind === 'anonymous').map((source) => [source.name, mentionTexts(source)])).toEqual([
      ['Two U.S. officials', ['Two U.S. officials', 'The officials']]
    ])
  })

  it('names “his campaign” after its owner when the owner’s full name comes just before', () => {
    const names = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => source.name)
    // (Was “His campaign”.)
    expect(names('Title\nBernie Sanders said the plan failed. His campaign said it raised $20 million.')).toEqual(['Bernie Sanders', 'Bernie Sanders campaign'])
    // A lone surname, or a pronoun of the other gender, leaves the description as it is.
    expect(names('Title\nSanders said the plan failed. His campaign said it raised $20 million.')).toContain('His campaign')
  })

  it('links a headline’s bare title to the one person the article gives it (“Mayor defends budget”)', () => {
    const sources = annotate('Mayor defends budget as vote nears\nMayor Dana Ortiz on Thursday defended the plan. She said it would pass.', {format: 'text'}).sources
    // (Was a person “Mayor” of its own.)
    expect(sources.map((source) => [source.name, mentionTexts(source)])).toEqual([['Dana Ortiz', ['Mayor', 'Dana Ortiz', 'She']]])
    // Two mayors: the headline’s is neither.
    const two = annotate('Mayor defends budget\nMayor Dana Ortiz defended the plan. Mayor Tom Reyes of Shelbyville said it would fail.', {format: 'text'}).sources
    expect(two.find((source) => source.name === 'Dana Ortiz')!.mentions).toHaveLength(1)
    // Two judges, one of whom speaks: the headline’s is the one who does (was a person “judge” of its own).
    const judges = annotate(
      'Judge says law is unfair\n\nU.S. District Judge Richard Berman blocked the law. Judge Amy Cole, who heard a similar case, was not asked. Berman wrote that the law was unfair.',
      {format: 'text'}
    ).sources
    expect(judges.map((source) => [source.name, mentionTexts(source)])).toEqual([['Richard Berman', ['Judge', 'Richard Berman', 'Berman']]])
    // None named holds it: the one the body calls so (was a person “judge” of its own).
    const described = annotate('Judge rejects request to unseal file\n\nA New York judge has rejected a media request, saying the courts have no business deciding it.', {format: 'text'}).sources
    expect(described.map((source) => [source.name, mentionTexts(source)])).toEqual([['A New York judge', ['Judge', 'A New York judge']]])
    // A lowercase bare title too (“… testifies senator ordered her …”; was a person “senator”).
    const lower = annotate('Former aide testifies senator ordered her to shred documents\nAn aide testified that state Sen. Paul Granger ordered her to shred records.', {format: 'text'}).sources
    expect(lower.find((source) => source.name === 'Paul Granger')!.mentions.map((mention) => mention.text)).toEqual(['senator', 'Paul Granger'])
  })

  it('reads “X and Y Head” as one organization, and “X Head and Y” as two', () => {
    const names = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    // (Were a person “Food” and “Drug Administration”; a person “Securities”; “Ways”.)
    expect(names('The Food and Drug Administration said the pill was safe.')).toEqual([['organization', 'Food and Drug Administration']])
    expect(names('The Securities and Exchange Commission said it would act.')).toEqual([['organization', 'Securities and Exchange Commission']])
    expect(names('Rep. Pat Tiberi, a senior member of the Ways and Means Committee, said it would pass.')).toContainEqual([
      'organization',
      'Ways and Means Committee'
    ])
    // (Were one organization each.)
    expect(names('Gilead Sciences and Moderna said sales rose.')).toEqual([
      ['organization', 'Gilead Sciences'],
      ['organization', 'Moderna']
    ])
    expect(names('Duke University and the University of Ottawa said the tax would work.')).toEqual([
      ['organization', 'Duke University'],
      ['organization', 'University of Ottawa']
    ])
    // A head word that goes on into a name, or a name of its own after “and”, stays apart.
    expect(names('Goodlatte and Benghazi Committee Chairman Trey Gowdy said it failed.').map(([, name]) => name)).not.toContain('Goodlatte and Benghazi Committee')
  })

  it('keeps surnames and given names with an inner capital as persons (“DeSantis”, “VandeHei”, “MaryAnn”)', () => {
    const kinds = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    expect(kinds('Jim VandeHei said the plan failed. VandeHei said it twice.')).toEqual([['person', 'Jim VandeHei']])
    expect(kinds('MaryAnn Smith said the plan failed. Ron DeSantis agreed. Mitch McConnell disagreed. Douglas MacArthur spoke.').filter(([kind]) => kind !== 'person')).toEqual([])
  })

  it('makes no source of an opening word that is never a name (“Whenever asked about …”, “Throughout the 2000s”, “Amid …”)', () => {
    const names = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => source.name)
    // (Were persons “Whenever”, “Throughout”.)
    expect(names('Whenever asked about her weaknesses, they shifted topics.')).not.toContain('Whenever')
    expect(names('Throughout the 2000s, Democrats in Congress, fearing the consequences, repeatedly failed to unite.')).not.toContain('Throughout')
  })

  it('keeps a capitalized verb-like word and nouns of the same spelling as modifiers', () => {
    // (“Force”, “Court” are not in the verb list; a capitalized “Get” may start a name.)
    expect(kindsNamesAndMentions('Air Force officers said it failed.').map(([kind, name]) => [kind, name])).toEqual([['group', 'Air Force officers']])
    expect(kindsNamesAndMentions('Court officials said it failed.').map(([kind, name]) => [kind, name])).toEqual([['group', 'court officials']])
  })

  it('reads a headline’s deck after “;” and a line break as a sentence start, and a lone capitalized pronoun as no name', () => {
    // Markdown keeps the two lines one paragraph. (Were persons named “She” and “Critics”.)
    const sources = (input: string) => annotate(input, {format: 'markdown'}).sources.map((source) => [source.kind, source.name])
    const deck = 'Gun offensive a preview of strategy; \nShe points to Sanders’ Senate votes on firearms to cement her lead.\n\nHillary Clinton’s offensive will provide the template she follows.'
    expect(sources(deck)).not.toContainEqual(['person', 'She'])
    const critics = 'Donors complicate Clinton’s bid; \nCritics charge that she skewed foreign policy.\n\nHillary Clinton said so.'
    expect(sources(critics)).toEqual([
      ['person', 'Hillary Clinton'],
      ['group', 'critics']
    ])
  })

  it('reads a headline’s verb as no part of a name (“Clinton Wades In”), and a verb opening a line with its subject left out as no one (“Spurns offer, blasts …”)', () => {
    // (Were persons “Clinton Wades”, “Spurns” and “Keeps”.)
    expect(namesAndMentions('Clinton Wades In: Urges Britain to Remain In European Union.\n\nHillary Clinton said Britain should stay.')).toEqual([
      ['Hillary Clinton', ['Clinton', 'Hillary Clinton']]
    ])
    const deck = 'London’s mayor rebuffs Trump on ‘exception’ to ban;\nSpurns offer, blasts ‘ignorant view of Islam.’\n\nSadiq Khan said no.'
    expect(namesAndMentions(deck).map(([name]) => name)).toEqual(['Sadiq Khan'])
    const list = 'Imagine that she:\n\nKeeps saying she opposed the Iraq War, when there are radio clips of her supporting it.'
    expect(namesAndMentions(list)).toEqual([])
  })

  it('ends a name at a headline’s verb before a capitalized word outside a title-case line (“Rubio Thinks Joe Biden Was …”)', () => {
    // (Was a person “Rubio Thinks Joe Biden Was A Really Effective Senator”.)
    const blog = 'posted by staff writers at 10:35 PM: Rubio Thinks Joe Biden Was A Really Effective Senator\n\nMarco Rubio said Biden was effective.'
    expect(namesAndMentions(blog)).toEqual([['Marco Rubio', ['Rubio', 'Marco Rubio']]])
    // (Not a name that holds such a word: “John Burns Real Estate Consulting”, “the United States Senate”.)
    expect(kindsNamesAndMentions('The United States Senate said it would vote.')).toEqual([['organization', 'United States Senate', ['The United States Senate']]])
  })

  it('reads a role word after a given name as a surname (“Peter King of New York”), not a title of the place', () => {
    expect(kindsNamesAndMentions('“It is not easy,” said Representative Peter King of New York. Angus King of Maine said the bill failed.').map(([kind, name]) => [kind, name])).toEqual([
      ['person', 'Peter King'],
      ['person', 'Angus King']
    ])
  })

  it('names a person by the body’s name, not the title-case run of a headline that mentions them (“Gold Star Mom Corners Obama”)', () => {
    expect(namesAndMentions('Gold Star Mom Corners Obama\nBarack Obama said the plan was good. Obama said it twice.')).toEqual([
      ['Barack Obama', ['Obama', 'Barack Obama', 'Obama']]
    ])
    // (A headline verb ends the name: “Hammers”.)
    expect(
      namesAndMentions('Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Investigated.’\nSen. Elizabeth Warren said the CEO should resign.').map(
        ([name]) => name
      )
    ).toEqual(['Elizabeth Warren'])
    expect(namesAndMentions('U.S. Nominates Jim Yong Kim\nJim Yong Kim said the bank would change.')).toEqual([
      ['Jim Yong Kim', ['U.S. Nominates Jim Yong Kim', 'Jim Yong Kim']]
    ])
  })

  it('reads a contracted pronoun as the pronoun, not a person named “She’ll” or “I’d”', () => {
    const sources = namesAndMentions
    expect(sources('Hillary Clinton spoke on Monday. She’ll say that the plan works.')).toEqual([['Hillary Clinton', ['Hillary Clinton', 'She’ll']]])
    expect(sources('Jane Doe spoke. The plan, I’d say, works. We’ve said that it works. You’ve got to say it works.')).toEqual([])
    // Inside a quotation, “I’ve” is its speaker (NYT writes the quotation marks as two apostrophes).
    expect(sources("''I've said the plan works,'' said Jane Doe.")).toEqual([['Jane Doe', ['Jane Doe']]])
  })

  it('reads names joined by “&” as one organization (“Procter & Gamble”)', () => {
    const sources = kindsNamesAndMentions
    expect(sources('Procter & Gamble said sales fell. The company said it would cut jobs.')).toEqual([
      ['organization', 'Procter & Gamble', ['Procter & Gamble', 'The company']]
    ])
  })

  it('links “they” to a group named before rather than to an organization', () => {
    const sources = namesAndMentions
    expect(sources('A dozen Carrier workers protested outside the Pentagon on Thursday. They said the plant was profitable.')).toEqual([
      ['dozen Carrier workers', ['dozen Carrier workers', 'They']]
    ])
  })

  it('links no one to the generic “they” of a saying (“As they say, all politics is local”)', () => {
    const sources = namesAndMentions
    // (Was: the voters said it.)
    expect(sources('Voters in Ohio protested on Thursday. As they say, all politics is local.')).toEqual([])
    expect(sources('Voters in Ohio protested on Thursday. But as they say in Texas, all politics is local.')).toEqual([])
    // (Those named before may still say as they say: “as they say they will”.)
    expect(sources('Voters in Ohio protested on Thursday. They will vote, as they say they will.')).toEqual([
      ['voters', ['Voters', 'they']]
    ])
  })

  it('links “Mrs. Clinton” to Hillary and “Mr. Clinton” to Bill, whichever Clinton was named last', () => {
    const mentions = namesAndMentions
    expect(mentions('Hillary Clinton spoke. Bill Clinton left. Mrs. Clinton said she would win.')).toEqual([
      ['Hillary Clinton', ['Hillary Clinton', 'Clinton', 'she']]
    ])
    expect(mentions('Bill Clinton spoke. Hillary Clinton left. Mr. Clinton said he would win.')).toEqual([
      ['Bill Clinton', ['Bill Clinton', 'Clinton', 'he']]
    ])
  })

  it('reads “Harvard economist Jason Furman” as the economist with Harvard as affiliation (not “Obama adviser …”)', () => {
    const sources = kindsNamesAndTitles
    expect(sources('The plan would fail, said Harvard economist Jason Furman.')).toEqual([
      ['organization', 'Harvard', [], null],
      ['person', 'Jason Furman', ['economist'], 'Harvard']
    ])
    expect(sources('The plan would fail, said Obama adviser David Axelrod.')).toEqual([['person', 'David Axelrod', ['adviser'], null]])
    // At the start of a sentence too, and the owner of the role in an appositive.
    expect(sources('Harvard economist Jason Furman said wages were rising.')).toEqual([
      ['organization', 'Harvard', [], null],
      ['person', 'Jason Furman', ['economist'], 'Harvard']
    ])
    expect(sources('Mary Barra, General Motors’ CEO, said the company would cut jobs.')).toEqual([
      ['person', 'Mary Barra', ['CEO'], 'General Motors'],
      ['organization', 'General Motors', [], null]
    ])
  })

  it('reads a known organization’s name and more capitalized words as one organization (“Exxon Mobil”)', () => {
    const sources = kindsNamesAndMentions
    expect(sources('Exxon Mobil said it would cut jobs. The company said sales fell.')).toEqual([
      ['organization', 'Exxon Mobil', ['Exxon Mobil', 'The company']]
    ])
    expect(sources('Senate Democrats said the plan would fail.')).toEqual([['group', 'Senate Democrats', ['Senate Democrats']]])
    // Well-known companies by name (“Martin” is a given name, “Verizon” no word at all).
    expect(sources('Lockheed Martin said it would cut jobs. Verizon said sales rose.').map(([kind, name]) => kind + ' ' + name)).toEqual([
      'organization Lockheed Martin',
      'organization Verizon'
    ])
    // A headline’s title without its period, and a common word, are no organizations.
    expect(sources('GOP Rep McCaul: the plan would fail.').map(([kind]) => kind)).toEqual(['person'])
    expect(sources('“We will grow,” said Who Work. People who work there agree.').map(([kind]) => kind)).toEqual(['person'])
  })

  it('reads “the Florida senator” as the senator titled with that place, else a person of its own (not Florida)', () => {
    const mentions = namesAndMentions
    expect(mentions('Florida Sen. Marco Rubio said he would run. The Florida senator said he would win.')).toEqual([
      ['Marco Rubio', ['Marco Rubio', 'he', 'The Florida senator', 'he']]
    ])
    // By the state tag too, with the same role.
    expect(mentions('Sen. Bernie Sanders (I-Vt.) said he would win. The Vermont senator added that he was confident.')).toEqual([
      ['Bernie Sanders', ['Bernie Sanders', 'he', 'The Vermont senator', 'he']]
    ])
    expect(mentions('Rep. Jim Jordan (R-Ohio) said no. The Ohio senator said yes.').map(([name]) => name)).toEqual(['Jim Jordan', 'Ohio senator'])
    expect(mentions('Sen. John McCain said no. The Vermont senator said he would win.')).toEqual([
      ['John McCain', ['John McCain']],
      ['Vermont senator', ['The Vermont senator', 'he']]
    ])
  })

  it('reads the first word of an organization’s name as that organization (“Goldman” for “Goldman Sachs”), not a name of its own', () => {
    const sources = kindsNamesAndMentions
    expect(sources('Goldman Sachs said rates would rise. Goldman also said inflation would ease.')).toEqual([
      ['organization', 'Goldman Sachs', ['Goldman Sachs', 'Goldman']]
    ])
    expect(sources('The Census Bureau said the count was final. Census officials said so too, and Census said it would publish.')[0]).toEqual([
      'organization',
      'Census Bureau',
      ['The Census Bureau', 'Census']
    ])
    // Not a person before an organization’s own name, nor a given name.
    expect(sources('The Obama White House said no. Obama said he agreed.').map(([kind, name]) => [kind, name])).toContainEqual(['person', 'Obama'])
  })

  it('reads British honorifics without a period as no part of the name (“Mr Farage”, “Dr Vivek Trivedi”), with their gender', () => {
    // (Were persons named “Mr Farage” and “Dr Vivek Trivedi”, a second source beside “Nigel Farage”.)
    expect(namesAndMentions('Nigel Farage spoke on Monday. Mr Farage said the plan failed.')).toEqual([['Nigel Farage', ['Nigel Farage', 'Farage']]])
    const sources = annotate('Dr Vivek Trivedi said the plan failed. Ms Sturgeon said nothing.', {format: 'text'}).sources
    expect(sources.map((source) => [source.name, source.gender])).toEqual([
      ['Vivek Trivedi', null],
      ['Sturgeon', 'female']
    ])
  })

  it('reads a body named after the place it serves as an organization (“NHS England”, “Public Health England”)', () => {
    const kinds = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    // (Were persons.)
    expect(kinds('NHS England said waiting lists grew.')).toEqual([['organization', 'NHS England']])
    expect(kinds('Public Health England said cases rose.')).toEqual([['organization', 'Public Health England']])
    expect(kinds('BBC Scotland said it would appeal.')).toEqual([['organization', 'BBC Scotland']])
    // A person with a given name or a title stays one.
    expect(kinds('Gary England said it rained.')).toEqual([['person', 'Gary England']])
    expect(kinds('US President Joe Biden said it rained.')).toEqual([['person', 'Joe Biden']])
  })

  it('reads an agency whose name joins two words by “and” as one organization', () => {
    // (Were a person “National Oceanic” and an organization “Atmospheric Administration”.)
    expect(kindsNamesAndMentions('The National Oceanic and Atmospheric Administration said the water was warm.')).toEqual([
      ['organization', 'National Oceanic and Atmospheric Administration', ['The National Oceanic and Atmospheric Administration']]
    ])
    expect(kindsNamesAndMentions('Substance Abuse and Mental Health Services Administration officials said so.')[0]?.slice(0, 2)).toEqual([
      'organization',
      'Substance Abuse and Mental Health Services Administration'
    ])
    // Two bodies stay two.
    expect(namesAndMentions('Johns Hopkins and Harvard University researchers said yes.').map(([name]) => name)).not.toContain(
      'Johns Hopkins and Harvard University'
    )
  })

  it('reads a name with “&” as an organization (“S&P Global Ratings”)', () => {
    // (Was a person.)
    expect(kindsNamesAndMentions('Credit rating agency S&P Global Ratings warned last week that Boeing risks losing its rating.')).toEqual([
      ['organization', 'S&P Global Ratings', ['S&P Global Ratings']]
    ])
  })

  it('reads an office named after its holder as one organization (“the U.S. Attorney’s Office”)', () => {
    // (Were a person “U.S. Attorney” and an organization “Office for the …”, or “Department”.)
    expect(
      kindsNamesAndMentions('Pierce was arrested Wednesday, according to the U.S. Attorney’s Office for the Southern District of Texas.')
    ).toEqual([
      [
        'organization',
        'U.S. Attorney’s Office for the Southern District of Texas',
        ['the U.S. Attorney’s Office for the Southern District of Texas']
      ]
    ])
    expect(kindsNamesAndMentions('The Los Angeles County Sheriff’s Department said the suspect fled.')).toEqual([
      ['organization', 'Los Angeles County Sheriff’s Department', ['The Los Angeles County Sheriff’s Department']]
    ])
    expect(kindsNamesAndMentions('The Cook County Medical Examiner’s Office said the cause was unknown.')[0]?.slice(0, 2)).toEqual([
      'organization',
      'Cook County Medical Examiner’s Office'
    ])
  })

  it('links a description with modifiers from the name (“the hurricane center”) to the body named', () => {
    // (Was a second organization “the hurricane center”.)
    expect(
      namesAndMentions('The National Hurricane Center said the storm was strong. Storm surge is possible, the hurricane center warned.')
    ).toEqual([['National Hurricane Center', ['The National Hurricane Center', 'the hurricane center']]])
    // A modifier the name lacks is another body.
    expect(namesAndMentions('The Supreme Court said yes. The state appeals court said maybe.')).toHaveLength(2)
  })

  it('links “the planemaker” to the business just named, past a model number (“its 777X jetliner”)', () => {
    // (“777X” was taken for a name between them, and “planemaker” was no business description.)
    expect(
      namesAndMentions('Boeing will cut about 17,000 jobs and delay the first delivery of its 777X jetliner by a year, the planemaker said on Friday. The company also said it expects a loss.')
    ).toEqual([['Boeing', ['Boeing', 'the planemaker', 'The company', 'it']]])
  })

  it('takes no name inside a relative clause for the speaker of the verb after it', () => {
    // (“Dholera, said” made a person “Dholera” a source.)
    expect(namesAndMentions('Tata Electronics, which is building a fab in Gujarat’s Dholera, said in a statement that it welcomed the decision.')).toEqual([
      ['Tata Electronics', ['Tata Electronics', 'it']]
    ])
    expect(kindsNamesAndMentions('Tata Electronics said it welcomed the decision.')[0]?.slice(0, 2)).toEqual(['organization', 'Tata Electronics'])
  })

  it('reads a minister of two portfolios joined by “and” (“Information and Broadcasting Minister”)', () => {
    // (Was a person “Information” and the title “Broadcasting Minister”.)
    expect(annotate('Information and Broadcasting Minister Ashwini Vaishnaw said the scheme would work.', {format: 'text'}).sources.map((source) => [source.name, source.titles])).toEqual([
      ['Ashwini Vaishnaw', ['Information and Broadcasting Minister']]
    ])
    expect(namesAndMentions('Smith and Defense Secretary Jim Mattis said no.').map(([name]) => name)).toContain('Jim Mattis')
  })

  it('reads a business with and without its legal form (“Apple Inc.”, “Apple”) as one, and “the company” as it past other names', () => {
    // (Were two organizations “Apple Inc.” and “Apple”, and a third, “company”.)
    expect(
      namesAndMentions(
        'Apple adds AI\nApple Inc. on Monday announced new features and said it would add ChatGPT to Siri.\n“This is a moment,” Chief Executive Tim Cook said at a conference.\nThe features will run on the devices, the company said in a blog post. Apple shares fell 1.9%.'
      )
    ).toEqual([
      ['Apple Inc.', ['Apple', 'Apple Inc.', 'it', 'the company', 'Apple']],
      ['Tim Cook', ['Tim Cook']]
    ])
  })

  it('reads “Securities” as a business’s head word (“Wedbush Securities analyst Dan Ives”), and still “Securities and Exchange Commission” as one', () => {
    expect(kindsNamesAndMentions('Wedbush Securities analyst Dan Ives called the announcement “a historic moment” for the company.')).toEqual([
      ['organization', 'Wedbush Securities', ['Wedbush Securities']],
      ['person', 'Dan Ives', ['Dan Ives']]
    ])
    expect(kindsNamesAndMentions('The Securities and Exchange Commission said it would act.')).toEqual([
      ['organization', 'Securities and Exchange Commission', ['The Securities and Exchange Commission']]
    ])
  })

  it('reads a one-word name that speaks after a “which” clause as an organization (“Bayer, which makes …, said”)', () => {
    // (Was a person.)
    expect(kindsNamesAndMentions('Aspirin study\nBayer, which makes a popular aspirin brand, said its products were safe.')[0]?.slice(0, 2)).toEqual([
      'organization',
      'Bayer'
    ])
  })

  it('reads a trial that finds as a document, and medical specialists’ titles (“a geriatrician at Hennepin Healthcare”)', () => {
    expect(
      annotate('Aspirin study\nThe trial, which followed 19,114 people, found that bleeding rose.\nDr. Anne Murray, a geriatrician at Hennepin Healthcare, said the results were convincing.', {
        format: 'text'
      }).sources.map((source) => [source.kind, source.name, source.titles, source.affiliation])
    ).toEqual([
      ['document', 'trial', [], null],
      ['person', 'Anne Murray', ['geriatrician'], 'Hennepin Healthcare'],
      ['organization', 'Hennepin Healthcare', [], null]
    ])
  })

  it('keeps an indictment apart from a lawsuit (two filings of different kinds)', () => {
    // (“The indictment” was a mention of the lawsuit.)
    expect(
      namesAndMentions('Drag law blocked\nThe lawsuit argued that the law was vague.\nThe indictment alleges that the defendants conspired to hide the payments.')
    ).toEqual([
      ['lawsuit', ['The lawsuit']],
      ['indictment', ['The indictment']]
    ])
  })

  it('reads a given name in apposition after a person’s noun as the speaker (“His wife, Linda, says”)', () => {
    // (Were two sources, “His wife” and “Linda”.)
    expect(namesAndMentions('Lighthouse keeper\nHis wife, Linda, says he has never taken a sick day.')).toEqual([['Linda', ['Linda']]])
  })

  it('reads a name in apposition as the speaker past the body it is of (“Her colleague, Madeleine van Oppen of the Australian Institute of Marine Science, said”)', () => {
    // (Were two persons, “Her colleague” and “Madeleine van Oppen”.)
    expect(
      kindsNamesAndTitles('Reefs\nHer colleague, Madeleine van Oppen of the Australian Institute of Marine Science, said the approach was slow.').filter(([kind]) => kind === 'person')
    ).toEqual([['person', 'Madeleine van Oppen', ['colleague'], 'Australian Institute of Marine Science']])
    // Not a title in apposition after a name (was a person “Republican National Committeeman”).
    expect(namesAndMentions('Rules\n“It could happen,” Morton Blackwell, the Republican National Committeeman from Virginia, told AFP.').map(([name]) => name)).toContain('Morton Blackwell')
  })

  it('takes the phrase a relative clause hangs on as the speaker, not a name in the clause (“Two women who led the strike at St. Mary’s Hospital say”)', () => {
    // (The source was the hospital, read as “Hospital”.)
    expect(kindsNamesAndMentions('Nurses strike\nTwo women who led the strike at St. Mary’s Hospital say the deal is a start.')).toEqual([
      ['group', 'Two women', ['Two women']]
    ])
    expect(namesAndMentions('Nurses strike\nExecutives who have worked with Lachlan Murdoch say he is conservative.').map(([name]) => name)).not.toContain('Lachlan Murdoch')
    // A name before a possessive and an institution’s head is one name.
    expect(kindsNamesAndMentions('Nurses strike\nA spokeswoman for St. Mary’s Hospital said the unit would close.').map(([kind, name]) => [kind, name])).toContainEqual([
      'organization',
      'St. Mary’s Hospital'
    ])
  })

  it('links “the company” that speaks far from any name to the business the headline is about (“Nvidia revenue jumps …”)', () => {
    // (Was a new organization “company”.)
    const input =
      'Nvidia revenue jumps 62% as AI chip demand grows\nNvidia on Wednesday reported revenue of $57 billion.\nAnalysts at Bernstein said in a note that the results were strong.\n' +
      'Microsoft, Alphabet, Amazon and Meta plan to spend more than $380 billion this year.\n“The numbers are great, but the risk is enormous,” said Michael Burry, an investor.\nFour customers accounted for 61% of sales in the quarter, the company said in a filing.'
    expect(namesAndMentions(input).find(([name]) => name === 'Nvidia')?.[1]).toContain('the company')
    // Not a business the headline names in passing (“… In The EgyptAir Plane Crash”).
    const passing = 'These Are The People Missing In The EgyptAir Plane Crash\nEgyptAir said 66 people were on board.\nSupré worked at Vanguard Logistics Services in Belgium, with his wife and three children, for many years.\nThe company confirmed on Friday that he was a passenger on the plane.'
    expect(namesAndMentions(passing).find(([name]) => name === 'EgyptAir')?.[1]).not.toContain('The company')
  })

  it('reads a role held “to” a named person as its own source (“A former chief of staff to state Sen. Richard Kline testified”)', () => {
    // (The speaker was Richard Kline.)
    const found = kindsNamesAndMentions('Trial\nA former chief of staff to state Sen. Richard Kline testified that the senator told him to delete emails.')
    // (“the senator told him”: the senator’s object is the aide, not the senator.)
    expect(found[0]).toEqual(['person', 'A former chief of staff to state Sen. Richard Kline', ['A former chief of staff to state Sen. Richard Kline', 'him']])
  })

  it('ends a phrase after a singular “a …” at a plural that opens a relative clause (“a move officials say”, “a fact sheet lawmakers released”)', () => {
    // (Were the group “move officials” and the group “fact sheet lawmakers”.)
    expect(kindsNamesAndMentions('Schools\nThe board voted to close three schools, a move officials say will save $6 million.')).toEqual([['group', 'officials', ['officials']]])
    expect(kindsNamesAndMentions('Wages\nTwo million workers will get a raise, according to a fact sheet lawmakers released Monday.')).toEqual([
      ['document', 'fact sheet', ['a fact sheet']]
    ])
    // A quantity is no noun of its own.
    expect(kindsNamesAndMentions('Wages\nA dozen voters said the raise was fair.')).toEqual([['group', 'dozen voters', ['dozen voters']]])
  })

  it('reads an affiliation after a role and a preposition past a possessive (“a vaccine researcher at Children’s Hospital of Philadelphia”), never a person’s campaign as a body', () => {
    // (Were no title and no affiliation.)
    expect(
      kindsNamesAndTitles('Measles\n“We could lose it,” said Dr. Paul Offit, a vaccine researcher at Children’s Hospital of Philadelphia.').find(([, name]) => name === 'Paul Offit')
    ).toEqual(['person', 'Paul Offit', ['vaccine researcher'], 'Children’s Hospital of Philadelphia'])
    // (Was the organization “Mitt Romney”.)
    const campaign = kindsNamesAndTitles('Race\n“It is over,” said Stuart Stevens, chief strategist of Mitt Romney’s 2012 campaign. Mitt Romney said no.')
    expect(campaign.find(([, name]) => name === 'Mitt Romney')?.[0]).toBe('person')
    expect(campaign.find(([, name]) => name === 'Stuart Stevens')).toEqual(['person', 'Stuart Stevens', ['chief strategist'], null])
    // A possessive inside a name stays the title’s (“Color of Change’s executive director”).
    expect(kindsNamesAndTitles('Boycott\nRashad Robinson, Color of Change’s executive director, said the group would press on.')[0]?.[2]).toEqual(['executive director'])
  })

  it('links an acronym named before its organization’s full name (“CDC warns … the Centers for Disease Control and Prevention said”)', () => {
    // (Were two organizations, “CDC” and the full name.)
    expect(namesAndMentions('CDC warns of measles\nCases rose, the Centers for Disease Control and Prevention said. The CDC said more shots were needed.')).toEqual([
      ['Centers for Disease Control and Prevention', ['CDC', 'the Centers for Disease Control and Prevention', 'The CDC']]
    ])
    // Not an event whose acronym may be a body’s (“the RNC”, “the Republican National Convention”).
    expect(namesAndMentions('Spicer speaks\nThe RNC said the rules were fair. The Republican National Convention said so too.').map(([name]) => name)).toContain('RNC')
  })

  it('reads a team named after a city the lexicon lacks as an organization, and its coach as the speaker (“Bills coach Sean McDermott …, saying”)', () => {
    // (Were the person “Buffalo Bills”, also the speaker.)
    const found = kindsNamesAndMentions('Chiefs win\nThe Buffalo Bills said the game was close.\nBills coach Sean McDermott declined to discuss a decision, saying only that “we will look at everything.”')
    expect(found.filter(([kind]) => kind !== 'document').map(([kind, name]) => [kind, name])).toEqual([
      ['organization', 'Buffalo Bills'],
      ['person', 'Sean McDermott']
    ])
    // (Not a people by kin: “the Founding Fathers”.)
    expect(kindsNamesAndMentions('Rights\nThe Founding Fathers said the rights were given.')[0]?.[0]).not.toBe('organization')
  })

  it('reads an inventory, a database or a registry after “according to” as a document (“the Federal Highway Administration’s National Bridge Inventory”)', () => {
    // (Was the person “National Bridge Inventory”.)
    expect(kindsNamesAndMentions('Bridges\nThe bridge was rated poor in 2023, according to the Federal Highway Administration’s National Bridge Inventory.').map(([kind]) => kind)).toEqual([
      'organization',
      'document'
    ])
  })

  it('reads “No 10”, a name ending in a country’s code (“Age UK”) and a business named for its trade (“Acme Robotics”) as organizations', () => {
    // (Were the persons “No” or “No 10”, “Age UK” and “Acme Robotics”, the last with the title “leader”.)
    expect(kindsNamesAndMentions('Fuel\nNo 10 said the policy was right. Age UK said 2 million pensioners would miss out.').map(([kind, name]) => [kind, name])).toEqual([
      ['organization', 'No 10'],
      ['organization', 'Age UK']
    ])
    expect(kindsNamesAndTitles('Fuel\nA No 10 spokesperson said the policy was right.')[0]).toEqual(['person', 'A No 10 spokesperson', ['spokesperson'], 'No 10'])
    expect(kindsNamesAndMentions('Funding\nAcme Robotics, a leader in warehouse systems, today announced it raised $50 million. The company will hire 100 engineers, according to the company.')).toEqual([
      ['organization', 'Acme Robotics', ['Acme Robotics', 'The company', 'the company']]
    ])
  })

  it('joins an agency named by two fields and “and” after “U.S.” (“U.S. Immigration and Customs Enforcement”), and links its acronym', () => {
    // (Were the persons “U.S. Immigration” and “Customs Enforcement”.)
    expect(
      kindsNamesAndTitles('ICE\nA spokesperson for U.S. Immigration and Customs Enforcement said the order would not stop the agency’s work.').map(([kind, name]) => [kind, name])
    ).toEqual([
      // (First: the headline’s “ICE” is the agency, its initials read past “U.S.”.)
      ['organization', 'U.S. Immigration and Customs Enforcement'],
      ['person', 'A spokesperson for U.S. Immigration and Customs Enforcement']
    ])
    expect(namesAndMentions('ICE\nImmigration and Customs Enforcement said 1,100 people were arrested. ICE said more would follow.')).toEqual([
      ['Immigration and Customs Enforcement', ['ICE', 'Immigration and Customs Enforcement', 'ICE']]
    ])
  })

  it('reads a stream as a place, an accented given name’s gender, and a name after “the” and a description in apposition as the speaker (“her mentor, the paleontologist Louis Leakey, wrote”)', () => {
    // (Were the person “Gombe Stream”, who took Goodall’s pronouns and quotes; “She” for António Guterres; the speaker Jane Goodall.)
    const found = namesAndMentions(
      'Goodall dies\nJane Goodall arrived at Gombe Stream in 1960. “We must redefine tool,” her mentor, the paleontologist Louis Leakey, wrote to her.\nU.N. Secretary-General António Guterres called her “a tireless advocate.” She is survived by her son.'
    )
    expect(found.map(([name]) => name)).not.toContain('Gombe Stream')
    expect(found.find(([name]) => name === 'Louis Leakey')?.[1]).toEqual(['Louis Leakey'])
    expect(found.find(([name]) => name === 'António Guterres')?.[1]).toEqual(['António Guterres'])
  })

  it('reads a name after a business kind that opens the sentence as an organization (“Outdoor retailer Summit Gear said”), and no name opening with an auxiliary (“Have I Been Pwned”)', () => {
    // (Were the person “Summit Gear”, and the person “Been Pwned”, who took Troy Hunt’s “He”.)
    const found = namesAndMentions(
      'Breach\nOutdoor retailer Summit Gear said hackers stole data. The company said it was sorry.\nSecurity researcher Troy Hunt, who runs the site Have I Been Pwned, said the data was for sale. He said he had verified it.'
    )
    expect(found).toEqual([
      ['Summit Gear', ['Summit Gear', 'The company']],
      ['Troy Hunt', ['Troy Hunt', 'He', 'he']]
    ])
  })

  it('reads a country that speaks as an organization (“The U.S. declared …”), and keeps a place’s capital in a group (“Texas health officials”)', () => {
    // (Were the person “The U.S.” and the group “texas health officials”.)
    expect(kindsNamesAndMentions('Measles\nThe U.S. declared measles eliminated in 2000.')).toEqual([['organization', 'U.S.', ['The U.S.']]])
    expect(kindsNamesAndMentions('Measles\nTexas health officials declared the outbreak over.')).toEqual([['group', 'Texas health officials', ['Texas health officials']]])
    expect(kindsNamesAndMentions('Measles\nState health officials declared the outbreak over.')).toEqual([['group', 'state health officials', ['State health officials']]])
  })

  it('keeps a field before a role in the title (“EU antitrust chief Margrethe Vestager”, “former tech executive”)', () => {
    // (Was the title “chief”, with no affiliation.)
    const found = kindsNamesAndTitles('Fines\n“Meta abused its position,” EU antitrust chief Margrethe Vestager said.').find(([, name]) => name === 'Margrethe Vestager')
    expect(found).toEqual(['person', 'Margrethe Vestager', ['antitrust chief'], 'EU'])
  })

  it('links “the company” to the business that spoke just before, not to a public body (“EU fines Meta … Meta said … the company said”)', () => {
    // (Was the EU: its short name says nothing of what it is, and it led the headline.)
    const input =
      'EU fines Meta over Facebook Marketplace\nThe European Commission fined Meta on Thursday. It is the first time the EU has penalized Meta.\n' +
      'Meta said it would appeal the decision and that the Commission had failed to show any harm.\n“The facts show otherwise,” the company said in a blog post.'
    const found = namesAndMentions(input)
    expect(found.find(([name]) => name === 'Meta')?.[1]).toContain('the company')
    expect(found.map(([name]) => name)).not.toContain('EU')
  })

  it('reads a program “on” a subject and a program of a named body as organizations, and a mansion as a place', () => {
    // (Were the persons “Reproductive Health”, “the United Nations Environment Programme” and “Gracie Mansion”.)
    expect(kindsNamesAndMentions('Plastics\nThe Program on Reproductive Health said the rule was weak.').map(([kind, name]) => [kind, name])).toEqual([
      ['organization', 'Program on Reproductive Health']
    ])
    expect(
      kindsNamesAndMentions('Plastics\nAbout 400 million tons of plastic are made each year, according to the United Nations Environment Programme.').map(([kind, name]) => [kind, name])
    ).toEqual([['organization', 'United Nations Environment Programme']])
    expect(namesAndMentions('Bloomberg\nHe admitted he was bored after leaving Gracie Mansion. He said he wanted to run.').map(([name]) => name)).not.toContain('Gracie Mansion')
  })

  it('reads a name opening with a place of two words as an organization (“Southern California Edison”), and a district that speaks as one', () => {
    // (Were the persons “Southern California Edison” and “New Hampshire Elks”, and an unknown “the district”.)
    expect(kindsNamesAndMentions('Fire\nSouthern California Edison said it had shut off power to 40,000 customers.').map(([kind, name]) => [kind, name])).toEqual([
      ['organization', 'Southern California Edison']
    ])
    expect(kindsNamesAndMentions('Fire\nNew York Life said its profits rose.').map(([kind, name]) => [kind, name])).toEqual([['organization', 'New York Life']])
    expect(kindsNamesAndMentions('Fire\nSchools will remain closed Friday, the district announced.').map(([kind]) => kind)).toEqual(['organization'])
    // A title or a group after the place: a person, a group.
    expect(kindsNamesAndTitles('Vote\nWest Virginia Sen. Joe Manchin said he would vote no.').map(([kind, name]) => [kind, name])).toEqual([['person', 'Joe Manchin']])
    expect(kindsNamesAndMentions('Vote\nNorth Carolina Republicans said the map was fair.').map(([kind, name]) => [kind, name])).toEqual([['group', 'North Carolina Republicans']])
  })

  it('reads a utility’s name ending in its trade as an organization, and “the utility” as it (“DTE Energy”)', () => {
    // (Was a person “DTE Energy”, an organization “utility”, and another “DTE”.)
    expect(
      namesAndMentions('Storm\nA storm knocked out power to 200,000 homes, DTE Energy said.\nThe utility said crews were working.\n“We know how hard this is,” DTE spokeswoman Cindy Hecht said.')
    ).toEqual([
      ['DTE Energy', ['DTE Energy', 'The utility', 'DTE']],
      ['Cindy Hecht', ['Cindy Hecht']]
    ])
    // Alone, the trade names no body.
    expect(
      kindsNamesAndMentions('Storm\n“It seems nuts,” said Mark Thurber, associate director at Stanford University’s Program on Energy and Sustainable Development.').map(
        ([, name]) => name
      )
    ).not.toContain('Energy')
  })

  it('reads a body’s name in apposition after a body’s noun as the speaker (“Ticketmaster’s parent company, Live Nation Entertainment, said”)', () => {
    // (Was an organization “Ticketmaster’s parent company”, and Live Nation a second.)
    expect(
      namesAndMentions('Tour dates\nTicketmaster’s parent company, Live Nation Entertainment, said in a statement that it had added capacity.')
    ).toEqual([['Live Nation Entertainment', ['Live Nation Entertainment', 'it']]])
  })

  it('reads a body’s name in apposition after any noun no role makes a person’s (“The developer, Bayview Partners, said”)', () => {
    // (Was a person “The developer”, and Bayview Partners a second source.)
    expect(namesAndMentions('Zoning fight\nThe developer, Bayview Partners, said it had cut the height to five stories.')).toEqual([['Bayview Partners', ['Bayview Partners']]])
  })

  it('reads a name in apposition ending the sentence after “according to” as the source (“according to its president, Sandra Mills.”)', () => {
    // (Was a person “its president”, and Sandra Mills a second.)
    expect(namesAndMentions('Zoning fight\nThe group has collected 900 signatures, according to its president, Sandra Mills. Mills said it would appeal.')[0]).toEqual(['Sandra Mills', ['Sandra Mills', 'Mills']])
  })

  it('reads a name ending in a monument’s or a reef’s noun as a place, no one a pronoun could name (“the Papahanaumokuakea Marine National Monument”)', () => {
    // (The second “she” was the person “Papahanaumokuakea Marine National Monument”.)
    expect(
      kindsNamesAndMentions(
        'Obituary\nMargaret Ellison, a marine biologist, died on Sunday. In 2006, she persuaded the United States to designate the Papahanaumokuakea Marine National Monument. “The reef was her life,” she once said.'
      )
    ).toEqual([['person', 'Margaret Ellison', ['Margaret Ellison', 'she', 'she']]])
  })

  it('reads a lone unknown name after “according to” as a body (“according to Opta”, “according to Nielsen”)', () => {
    // (Were people: a person would be named in full.)
    expect(kindsNamesAndMentions('City win\nThe striker has scored 19 goals this season, according to Opta.')).toEqual([['organization', 'Opta', ['Opta']]])
    // (A surname of someone named in full stays theirs.)
    expect(kindsNamesAndMentions('City win\nJohn Smith spoke first. The plan failed, according to Smith.')).toEqual([['person', 'John Smith', ['John Smith', 'Smith']]])
  })

  it('reads a capital that speaks as its government (“Manila rejected that account”, “Hanoi said”)', () => {
    // (Were people.)
    expect(kindsNamesAndMentions('Sea dispute\nManila rejected that account on Wednesday. Hanoi said the talks would resume.')).toEqual([
      ['organization', 'Manila', ['Manila']],
      ['organization', 'Hanoi', ['Hanoi']]
    ])
  })

  it('reads a body’s staff as a group (“City staff”, “the bank’s staff”), not a chief of staff', () => {
    // (Were a person and a source of unknown kind.)
    expect(kindsNamesAndMentions('Zoning fight\nCity staff had recommended approval. The bank’s staff now expect inflation to ease.').map((source) => source.slice(0, 2))).toEqual([
      ['group', 'City staff'],
      ['group', 'The bank’s staff']
    ])
    expect(kindsNamesAndMentions('Zoning fight\nThe chief of staff said it was fine.').map((source) => source[0])).toEqual(['unknown'])
  })

  it('reads a social media post as a document (“according to a post on the singer’s Instagram account”)', () => {
    // (Was an organization “a post”.)
    expect(kindsNamesAndMentions('Tour dates\nThe new shows will take place in late 2024, according to a post on the singer’s Instagram account.')).toEqual([
      ['document', 'post', ['a post']]
    ])
  })

  it('reads a name before a region’s noun as a place, no one a pronoun could name (“the Big Bend region”)', () => {
    // (“he” was the person “Big Bend”.)
    expect(
      namesAndMentions('Live updates\nGov. Ron DeSantis urged residents in the Big Bend region to shelter in place. “Get out now,” he said.')
    ).toEqual([['Ron DeSantis', ['Ron DeSantis', 'he']]])
  })

  it('makes no source of whom a speaker told (“…, Bob Lee told reporters.”, “told CNN”)', () => {
    // (“reporters” and “CNN” were sources.)
    expect(namesAndMentions('Tariffs\nThe plan is dead, Bob Lee told reporters. The vote failed, Ann Park told CNN.').map(([name]) => name)).toEqual(['Bob Lee', 'Ann Park'])
  })

  it('reads a titled name ending in a place’s head word as a person (“Lt. Jason Hall”), and records named after a place as a document', () => {
    // (Was a place “Jason Hall”, so “Dayton” became the speaker; and “Montgomery County” spoke for its records.)
    expect(
      kindsNamesAndMentions('Standoff\nDayton police Lt. Jason Hall said officers were called to the home.\nThe man faces charges of assault, Montgomery County jail records show.').map(
        ([kind, name]) => [kind, name]
      )
    ).toEqual([
      ['person', 'Jason Hall'],
      ['document', 'Montgomery County jail records']
    ])
  })

  it('reads a titled name in apposition as the speaker (“at least one official, Atlanta Fed President Raphael Bostic, has said”)', () => {
    // (Was an anonymous source “one official”, and Bostic titled “one official”.)
    expect(
      annotate('Fed\nStill, at least one official, Atlanta Fed President Raphael Bostic, has said he sees only one cut this year.', {format: 'text'}).sources.map(
        (source) => [source.kind, source.name, source.titles]
      )
    ).toEqual([['person', 'Raphael Bostic', ['Atlanta Fed President']]])
  })

  it('reads policymakers as a group and a market tool as a document (“according to CME Group’s FedWatch tool”)', () => {
    expect(
      kindsNamesAndMentions('Fed\nPolicymakers signaled two cuts this year. Markets priced in a 65% chance of a cut, according to CME Group’s FedWatch tool.').map(([kind, name]) => [
        kind,
        name
      ])
    ).toEqual([
      ['group', 'policymakers'],
      ['organization', 'CME Group'],
      ['document', 'FedWatch tool']
    ])
  })

  it('links “the agency” to the government body named before, and reads an investigation as a document', () => {
    // (Were an organization “agency” and an unknown source “its investigation”.)
    expect(
      kindsNamesAndMentions('Recall\nThe recall follows an inquiry by the National Highway Traffic Safety Administration. The agency says its investigation found the system inadequate.').map(
        ([kind, name, mentions]) => [kind, name, mentions]
      )
    ).toEqual([
      ['organization', 'National Highway Traffic Safety Administration', ['the National Highway Traffic Safety Administration', 'The agency']],
      ['document', 'investigation', ['its investigation']]
    ])
    // Not an administration in lowercase, which is no agency.
    expect(namesAndMentions('Recall\nThe Clinton administration approved it. The agency said no.').map(([name]) => name)).not.toContain('Clinton administration')
  })

  it('links “the union” to a union named for its members, and reads “Workers of America” and “Guild” as bodies', () => {
    // (Was a second organization “union”.)
    expect(
      kindsNamesAndMentions('Strike\nThe International Association of Machinists and Aerospace Workers (IAM) rejected the offer. The union said the deal was unfair.')
    ).toEqual([['organization', 'International Association of Machinists and Aerospace Workers', ['The International Association of Machinists and Aerospace Workers', 'IAM', 'The union']]])
    // (Were persons “Communications Workers” and “Writers Guild”, and no union.)
    expect(kindsNamesAndMentions('Strike\nThe Communications Workers of America said it was pleased. The union said more.')).toEqual([
      ['organization', 'Communications Workers of America', ['The Communications Workers of America', 'The union']]
    ])
    expect(kindsNamesAndMentions('Strike\nThe Writers Guild of America said talks would resume.').map(([kind, name]) => [kind, name])).toEqual([['organization', 'Writers Guild of America']])
    // Not a party named for workers.
    expect(kindsNamesAndMentions('Vote\nThe Korean Workers Party said it won. The union said it lost.').map(([, name, mentions]) => mentions)).not.toContainEqual(['The Korean Workers Party', 'The union'])
  })

  it('reads “Traci Park” who speaks as a person, and controllers as titled (“City Controller Kenneth Mejia”)', () => {
    // (Were an organization “Traci Park”, so “She” went elsewhere, and a person “City Controller Kenneth Mejia”.)
    expect(
      annotate('Plan\nCouncil member Traci Park said the plan failed. She has introduced a motion.\nCity Controller Kenneth Mejia said no.', {format: 'text'}).sources.map(
        (source) => [source.kind, source.name, source.titles, source.mentions.map((mention) => mention.text)]
      )
    ).toEqual([
      ['person', 'Traci Park', ['Council member'], ['Traci Park', 'She']],
      ['person', 'Kenneth Mejia', ['City Controller'], ['Kenneth Mejia']]
    ])
  })

  it('links “the company” to the business that spoke, not to one named in passing after it', () => {
    // (Was FactSet, the last organization before it.)
    expect(
      namesAndMentions('Acme Foods Inc. said Tuesday that profit rose. Analysts surveyed by FactSet had expected less. The company said it would cut jobs.')
    ).toContainEqual(['Acme Foods Inc.', ['Acme Foods Inc.', 'The company']])
    // With no business that says it is one, the last organization, as before.
    expect(namesAndMentions('Apple said sales rose. The company said it would hire.')).toEqual([['Apple', ['Apple', 'The company']]])
  })

  it('reads “Sir” and “Dame” as honorifics, no part of the name or the title (“British diplomat Sir Peter Westmacott”)', () => {
    // (Were persons named “Sir Keir Starmer”, “Sir Peter Westmacott” with the title “diplomat Sir”.)
    expect(kindsNamesAndTitles('Sir Keir Starmer said the plan failed. British diplomat Sir Peter Westmacott agreed.')).toEqual([
      ['person', 'Keir Starmer', [], null],
      ['person', 'Peter Westmacott', ['diplomat'], null]
    ])
    expect(annotate('Dame Meg Hillier said it failed.', {format: 'text'}).sources[0]!.gender).toBe('female')
  })

  it('reads “the association’s president” after a name as affiliated with the association named before', () => {
    // (Had no affiliation.)
    expect(
      kindsNamesAndTitles('Homes\nPrices rose, according to the Regional Realtors Association. “Inventory is low,” said Tom Reyes, the association’s president.')
    ).toContainEqual(['person', 'Tom Reyes', ['president'], 'Regional Realtors Association'])
    // A title keeps “First Lady” whole; only an honorific is cut from its end.
    expect(kindsNamesAndTitles('Visit\nFirst Lady Michelle Obama said the plan worked. GOP candidate Dr. Ben Carson agreed.')).toEqual([
      ['person', 'Michelle Obama', ['First Lady'], null],
      ['person', 'Ben Carson', ['GOP candidate'], null]
    ])
  })

  it('reads council and assembly titles (“Councilman Derek Summers”, “Alderman”, “Supervisor of Elections”)', () => {
    // (Were persons named “Councilman Derek Summers”, “Elections Susan Bucher”.)
    expect(kindsNamesAndTitles('Councilman Derek Summers said it failed. Chicago Alderman Jason C. Ervin agreed.')).toEqual([
      ['person', 'Derek Summers', ['Councilman'], null],
      ['person', 'Jason C. Ervin', ['Chicago Alderman'], null]
    ])
    expect(kindsNamesAndTitles('Palm Beach County Supervisor of Elections Susan Bucher said it failed.')).toEqual([
      ['person', 'Susan Bucher', ['Palm Beach County Supervisor of Elections'], null]
    ])
    expect(annotate('Councilwoman Ana Ruiz said it failed.', {format: 'text'}).sources[0]!.gender).toBe('female')
  })

  it('links “the department” to “the Department of Education” (the head before “of”), further on than a generic description', () => {
    const filler = Array.from({length: 5}, (_, index) => 'Schools opened on day ' + (index + 1) + '.').join('\n')
    expect(
      namesAndMentions('Free meals\nThe state Department of Education announced Thursday that meals will be free.\n' + filler + '\nThe department did not say whether it would hire staff.')
    ).toEqual([['Department of Education', ['Department of Education', 'The department']]])
    expect(namesAndMentions('The University of Ottawa said it would close. The university said later that it had reopened.')).toEqual([
      ['University of Ottawa', ['The University of Ottawa', 'The university']]
    ])
  })

  it('links “the authority”, “the court”, “the board” to the body named before, unless a modifier says it is another (“the appeals court”)', () => {
    // (Were sources of their own.)
    expect(namesAndMentions('Buses\nLast month, the transit authority admitted that buses ran late. The authority says it cannot find drivers.')).toEqual([
      ['the transit authority', ['the transit authority', 'The authority']]
    ])
    expect(namesAndMentions('Ballots\nThe Illinois Board of Elections said the count was done. The board said later that it was final.')).toEqual([
      ['Illinois Board of Elections', ['The Illinois Board of Elections', 'The board']]
    ])
    // (“the appeals court” was merged into the Supreme Court.)
    expect(namesAndMentions('Ruling\nThe Supreme Court said the law stands. The appeals court said the state had no evidence.').map(([name]) => name)).toEqual([
      'Supreme Court',
      'appeals court'
    ])
  })

  it('reads a domain name as an organization, without the period that ends its sentence (“PowerOutage.us.”)', () => {
    // (Was a person named “PowerOutage.us.”.)
    expect(kindsNamesAndMentions('More than 210,000 customers are without power, according to PowerOutage.us. Most are in Lyle.')).toEqual([
      ['organization', 'PowerOutage.us', ['PowerOutage.us']]
    ])
    // Abbreviations keep theirs.
    expect(namesAndMentions('J.R.R. Tolkien said it was fine.')).toEqual([['J.R.R. Tolkien', ['J.R.R. Tolkien']]])
  })

  it('reads common nouns in capitals as no organization (“its PC division”), and links “the company” past them and past a weekday', () => {
    // (“PC” was an organization, and “The company” its mention.)
    expect(
      namesAndMentions(
        'Chips\nVeltrix Corp. will lay off 1,800 employees, the chipmaker said on Monday.\nThe cuts will hit its PC and smartphone divisions. The company expects charges.'
      )
    ).toEqual([['Veltrix Corp.', ['Veltrix Corp.', 'the chipmaker', 'The company']]])
  })

  it('links an industry’s name for a business to it (“the chipmaker”, “the airline”)', () => {
    // (Were sources of their own: “the chipmaker” unknown, “the airline” a person.)
    expect(namesAndMentions('Flights\nEgyptAir said the pilot was experienced. He had no political ties, the airline added.')).toEqual([
      ['EgyptAir', ['EgyptAir', 'the airline']]
    ])
  })

  it('reads news agencies and state media as organizations (“The official Xinhua news agency”, “state media”)', () => {
    const kinds = (input: string) => annotate('Floods\n' + input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    // (Were “the official”, an anonymous source, and persons “Xinhua”, “State media”.)
    expect(kinds('The official Xinhua news agency said 12,000 people had been evacuated.')).toEqual([['organization', 'Xinhua']])
    expect(kinds('State media reported that 47 people died.')).toEqual([['organization', 'state media']])
    expect(kinds('Iranian state media said 47 people died.')).toEqual([['organization', 'Iranian state media']])
    // “The official” alone, or before a day, is still an unnamed official.
    expect(kinds('The official said 12,000 people had been evacuated.')).toEqual([['anonymous', 'the official']])
    expect(kinds('A senior official Tuesday said 12,000 people had been evacuated.')).toEqual([['anonymous', 'a senior official']])
  })

  it('reads a one-word name after a profession and “at” as the employer (“Analysts at Bernstein”)', () => {
    // (Was a person “Bernstein”.)
    expect(kindsNamesAndMentions('Chips\nAnalysts at Bernstein said the layoffs were overdue. Bernstein said so in a note.')).toContainEqual([
      'organization',
      'Bernstein',
      ['Bernstein', 'Bernstein']
    ])
  })

  it('reads a one-word name after an outlet’s kind or after “the” as a body (“the Israeli newspaper Haaretz”, “The Tennessean first reported”)', () => {
    // (Were persons.)
    expect(kindsNamesAndMentions('Netanyahu spoke. The Israeli newspaper Haaretz noted that officials do not comment.')).toContainEqual(['organization', 'Haaretz', ['Haaretz']])
    expect(kindsNamesAndMentions('Thiel spoke. A columnist for the tech news site Pando said he was ashamed. Pando said so again.')).toContainEqual(['organization', 'Pando', ['Pando', 'Pando']])
    expect(kindsNamesAndMentions('Gore will skip the convention. The Tennessean first reported Gore’s decision.')).toContainEqual(['organization', 'Tennessean', ['Tennessean']])
    expect(kindsNamesAndMentions('Last month, the Independent, a British newspaper, revealed that most of it was made abroad.')).toContainEqual(['organization', 'Independent', ['the Independent']])
    expect(kindsNamesAndMentions('Nothing was released. Lee Wang of The Intercept asked Clinton whether she would.')).toContainEqual(['organization', 'Intercept', ['Intercept']])
    // (Not a person whose surname it is: “the Trump campaign” after “Donald Trump”; nor someone “the Texan”.)
    expect(kindsNamesAndMentions('Donald Trump said no. Later, the Trump campaign said it would win.').map(([kind, name]) => [kind, name])).toEqual([
      ['person', 'Donald Trump'],
      ['organization', 'Trump campaign']
    ])
    expect(kindsNamesAndMentions('Rick Perry spoke. “We will win,” the Texan said.').map(([kind]) => kind)).not.toContain('organization')
  })

  it('names a group of staff by their employer after “at” (“Analysts at Bernstein”), apart from the same staff elsewhere', () => {
    // (Was one group “analysts” with “Other analysts”, and no affiliation.)
    const sources = annotate('Analysts at Bernstein said the shares were cheap. Other analysts said the rally would fade.', {format: 'text'}).sources
    expect(sources.map((source) => [source.kind, source.name, source.affiliation])).toEqual([
      ['group', 'analysts at Bernstein', 'Bernstein'],
      ['organization', 'Bernstein', null],
      ['group', 'analysts', null]
    ])
    expect(kindsNamesAndMentions('Doctors at St. Mary’s Hospital said he was stable.')[0]).toEqual(['group', 'doctors at St. Mary’s Hospital', ['Doctors']])
    // (Not people somewhere: “police officers at Pride”.)
    expect(kindsNamesAndMentions('Police officers at Pride said they were welcome.')[0]).toEqual(['group', 'police officers', ['Police officers']])
  })

  it('takes a body’s acronym that opens a title as the affiliation when the article names the body (“FBI Director Christopher Wray”)', () => {
    // (Were no affiliation.)
    expect(kindsNamesAndTitles('The FBI declined to comment. FBI Director Christopher Wray said the bureau was ready.')).toContainEqual([
      'person',
      'Christopher Wray',
      ['FBI Director'],
      'FBI'
    ])
    // (Not a party’s nickname.)
    expect(kindsNamesAndTitles('The GOP met on Monday. GOP strategist John Weaver said the party was split.')).toContainEqual([
      'person',
      'John Weaver',
      ['GOP strategist'],
      null
    ])
  })

  it('reads “WHO” in capitals as the World Health Organization, not the pronoun', () => {
    // (Were the quotation attributed to the first paragraph’s “declared”, the title without “WHO” and no affiliation.)
    const result = annotate(
      'The World Health Organization (WHO) on Wednesday declared an emergency.\n“It is very worrying,” WHO Director-General Tedros Adhanom Ghebreyesus said after a meeting.',
      {format: 'text'}
    )
    const tedros = result.sources.find((source) => source.name === 'Tedros Adhanom Ghebreyesus')
    expect([tedros?.titles, tedros?.affiliation]).toEqual([['WHO Director-General'], 'World Health Organization'])
    expect(result.quotes.map((quote) => [quote.attribution?.sourceId, quote.attribution?.cue?.text])).toEqual([[tedros?.id, 'said']])
  })

  it('reads regions by their compass head word as places, no one’s name (“the Pacific Northwest”, “the Upper Midwest”)', () => {
    // (Were persons “Pacific Northwest”, “Upper Midwest”, “Deep South”, listed as sources.)
    expect(kindsNamesAndMentions('Workers in the Pacific Northwest said the layoffs were bad.')).toEqual([['group', 'workers', ['Workers']]])
    expect(kindsNamesAndMentions('Farmers in the Upper Midwest said the layoffs were bad.')).toEqual([['group', 'farmers', ['Farmers']]])
    expect(kindsNamesAndMentions('Voters in the Deep South said the layoffs were bad.')).toEqual([['group', 'voters', ['Voters']]])
  })

  it('reads British cities as places and “the King’s Fund” as one body', () => {
    // (Were a person “Leeds” titled prime minister, and a person “King” with an organization “Fund”.)
    expect(kindsNamesAndMentions('Speaking at a hospital in Leeds, the prime minister said the plan would work.')).toEqual([['person', 'prime minister', ['the prime minister']]])
    expect(kindsNamesAndMentions('According to the King’s Fund, a health think tank, waits have fallen.')).toEqual([['organization', 'King’s Fund', ['the King’s Fund']]])
  })

  it('takes the body a group is named by as its affiliation, keeping the body’s capital (“Boeing executives said”)', () => {
    // (Were the groups “boeing executives” and “pentagon officials”, no affiliation.)
    const sources = annotate('Boeing said it would cut jobs.\nBoeing executives said the plan was sound. The Pentagon declined to comment.\nPentagon officials said the strike was lawful.', {
      format: 'text'
    }).sources
    expect(sources.filter((source) => source.kind === 'group').map((source) => [source.name, source.affiliation])).toEqual([
      ['Boeing executives', 'Boeing'],
      ['Pentagon officials', 'Pentagon']
    ])
    // (Not a party’s nickname.)
    expect(kindsNamesAndTitles('The GOP met. GOP voters said the party was split.')).toContainEqual(['group', 'GOP voters', [], null])
  })

  it('reads newspapers by their head word as organizations (“The Boston Globe”), which no pronoun then names', () => {
    // (Was a person “Boston Globe” that took the “he” of the next sentences.)
    // (The paper is whom he told: no source.)
    expect(kindsNamesAndMentions('Obituary\n“I got a good price,” Mr. Feingold told The Boston Globe in 2018. He was 91.')).toEqual([
      ['person', 'Feingold', ['Feingold', 'He']]
    ])
    expect(kindsNamesAndMentions('Obituary\nThe Boston Globe reported in 2018 that he sold it. He was 91.')[0]?.slice(0, 2)).toEqual(['organization', 'Boston Globe'])
    expect(kindsNamesAndMentions('Papers\nThe Philadelphia Inquirer and The Observer said the plan failed.').map(([kind]) => kind)).not.toContain('person')
  })

  it('reads a place and a capitalised plural after “the” as a team (“The Texas Rangers”), not a place’s plural name', () => {
    const kinds = (input: string) => annotate('Sports\n' + input, {format: 'text'}).sources.map((source) => [source.kind, source.name])
    // (Was a person.)
    expect(kinds('The Texas Rangers have agreed to a deal with the pitcher.')).toContainEqual(['organization', 'Texas Rangers'])
    expect(kinds('Residents of the Washington Heights said the park is unsafe.').map(([kind]) => kind)).not.toContain('organization')
  })

  it('reads “a resident of Wuzhou” as the speaker, not a person named after the place', () => {
    // (Was a person “Wuzhou”.)
    expect(kindsNamesAndMentions('Floods\n“The water rose so fast,” a resident of Wuzhou told state broadcaster CCTV.')).toEqual([
      ['person', 'a resident of Wuzhou', ['a resident of Wuzhou']]
    ])
  })

  it('reads “the Fed” as the Federal Reserve, in either order', () => {
    // (Was a person “Fed” that took Jerome Powell’s “he said”.)
    expect(kindsNamesAndMentions('Rates\nThe Federal Reserve cut rates on Wednesday. “It was the right call,” Fed Chair Jerome Powell said. The Fed said it would wait. “It is premature,” he said.')).toEqual([
      ['organization', 'Federal Reserve', ['The Federal Reserve', 'The Fed']],
      ['person', 'Jerome Powell', ['Jerome Powell', 'he']]
    ])
    expect(kindsNamesAndMentions('Rates\nThe Fed said on Wednesday that inflation had eased. The Federal Reserve also said it would keep buying bonds.')).toEqual([
      ['organization', 'Federal Reserve', ['The Fed', 'The Federal Reserve']]
    ])
  })

  it('reads people named by what they are to the story (“Coworker Daniel Ruiz”, “said voter Tom Lee”) by their name, with that as a title', () => {
    // (Were persons named “Coworker Daniel Ruiz”, “Neighbor Jane Smith”.)
    expect(kindsNamesAndTitles('Shooting\nCoworker Daniel Ruiz, 27, said he hid in a storage room. Neighbor Jane Smith said she heard shots.')).toEqual([
      ['person', 'Daniel Ruiz', ['Coworker'], null],
      ['person', 'Jane Smith', ['Neighbor'], null]
    ])
    expect(kindsNamesAndTitles('Vote\n“It was terrifying,” said voter Tom Lee.')).toEqual([['person', 'Tom Lee', ['voter'], null]])
  })

  it('reads “the Gun Violence Archive”, “The California Business Roundtable” as organizations', () => {
    // (Were persons.)
    expect(kindsNamesAndTitles('Shootings\nAccording to the Gun Violence Archive, there have been 480 mass shootings this year.')).toEqual([
      ['organization', 'Gun Violence Archive', [], null]
    ])
    expect(kindsNamesAndTitles('Wages\nThe California Business Roundtable called it a job killer.')).toEqual([['organization', 'California Business Roundtable', [], null]])
  })

  it('reads a role with an acronym set off before a name (“Algeria’s U.N. ambassador, Amar Bendjama, whose …”) as the title', () => {
    // (Were no title.)
    expect(kindsNamesAndTitles('UN\nAlgeria’s U.N. ambassador, Amar Bendjama, whose country sponsored the resolution, said the vote was a disgrace.')).toEqual([
      ['person', 'Amar Bendjama', ['U.N. ambassador'], null]
    ])
  })

  it('reads a body after “of the” behind a name as the person’s affiliation (“Niklas Höhne of the NewClimate Institute”), not an event one is at', () => {
    // (Were no affiliation, or the place after the body: “Germany”.)
    expect(kindsNamesAndTitles('Climate\n“It is bad,” said Niklas Höhne of the NewClimate Institute, a think tank in Germany.')).toEqual([
      ['person', 'Niklas Höhne', [], 'NewClimate Institute'],
      ['organization', 'NewClimate Institute', [], null]
    ])
    expect(kindsNamesAndTitles('Economy\n“It is bad,” said Jane Doe of the Brookings Institution.')[0]).toEqual(['person', 'Jane Doe', [], 'Brookings Institution'])
    expect(kindsNamesAndTitles('Convention\n“I was attacked by Mr. Khan at the Democratic Convention,” Mr. Trump said.').map(([, , , affiliation]) => affiliation)).not.toContain('Democratic Convention')
  })

  it('reads the body whose possessive opens a speaker’s mention as the affiliation (“Boeing’s CEO told”, “Fox News’ Bret Baier said”)', () => {
    // (Were no affiliation.)
    expect(kindsNamesAndTitles('Jobs\nBoeing said it would cut jobs. Boeing’s CEO told employees the cuts were needed.')).toEqual([
      ['organization', 'Boeing', [], null],
      ['person', 'Boeing’s CEO', ['CEO'], 'Boeing']
    ])
    expect(kindsNamesAndTitles('TV\nFox News said it would air the debate. Fox News’ Bret Baier said the debate would go on.')[1]).toEqual(['person', 'Bret Baier', [], 'Fox News'])
  })

  it('gives an “I” who reports something in an interview’s answer to the interviewee (“I don’t want layoffs.”)', () => {
    const input =
      '# A conversation with Mayor Karen Bass\n\n*Mayor Karen Bass spoke with a reporter about the budget.*\n\n**How many people have you housed?**\n\nMore than 21,000 people have come inside.\n\n**Will there be layoffs?**\n\nI don’t want layoffs. But I won’t rule anything out.\n'
    const annotation = annotate(input, {format: 'markdown'})
    const claim = annotation.claims.find((item) => item.text === 'layoffs')
    // (Was no source.)
    expect(annotation.sources.find((source) => source.id === claim?.attribution.sourceId)?.name).toBe('Karen Bass')
  })

  it('reads a role’s field after “of” as part of the title (“head of public policy”, “professor of constitutional law”), not a phrase going on', () => {
    // (Were “head”, “professor”.)
    expect(kindsNamesAndTitles('Apps\n“It failed,” said Jane Doe, the company’s head of public policy.')[0]?.[2]).toEqual(['head of public policy'])
    expect(kindsNamesAndTitles('Law\n“It failed,” said Akhil Amar, a professor of constitutional law at Yale.')[0]?.[2]).toEqual(['professor of constitutional law'])
    expect(kindsNamesAndTitles('Law\n“It failed,” said Jane Doe, director of political advertising at the firm.')[0]?.[2]).toEqual(['director of political advertising'])
    // (A body after “the” stays the affiliation; a phrase going on is no field.)
    expect(kindsNamesAndTitles('Law\n“It failed,” said Jane Doe, director of the CDC.')[0]).toEqual(['person', 'Jane Doe', ['director'], 'CDC'])
    expect(kindsNamesAndTitles('Law\n“It failed,” said Robert Reich, secretary of labor during the Clinton years.')[0]?.[2]).toEqual(['secretary of labor'])
  })

  it('reads an executive’s company from the head of the title when the article names it nowhere else (“Merck CEO Robert Davis”)', () => {
    // (Was no affiliation.)
    // (And the title is the role alone, as for “Pentagon spokesman”.)
    expect(kindsNamesAndTitles('Drugs\nMerck CEO Robert Davis said the law could hurt research.')).toEqual([['person', 'Robert Davis', ['CEO'], 'Merck']])
    // (Not a place nor a tenure word.)
    expect(kindsNamesAndTitles('Drugs\nFormer CEO John Smith said no.')).toEqual([['person', 'John Smith', ['Former CEO'], null]])
  })

  it('reads “U.S. chipmaker Marvell Technology” as an organization and “Dealogic data” as a document, not persons', () => {
    // (Were persons “Marvell Technology”, “Dealogic”.)
    expect(kindsNamesAndTitles('Deals\nU.S. chipmaker Marvell Technology said it would buy a rival.')).toEqual([['organization', 'Marvell Technology', [], null]])
    expect(kindsNamesAndTitles('Deals\nThe deal would be the largest this year, according to Dealogic data.')).toEqual([['document', 'Dealogic data', [], null]])
  })

  it('reads “the UN Environment Programme” as an organization', () => {
    // (Was a person.)
    expect(kindsNamesAndTitles('Climate\nEmissions fell, the UN Environment Programme found in its annual report.')).toEqual([['organization', 'UN Environment Programme', [], null]])
  })

  it('reads companies named without a head word (“Freddie Mac”, “Wells Fargo”) as organizations', () => {
    // (Were persons.)
    expect(kindsNamesAndTitles('Housing\nMortgage rates rose to 7%, Freddie Mac said Thursday. Wells Fargo said it would cut jobs.').map(([kind]) => kind)).toEqual(['organization', 'organization'])
  })

  it('reads party names in the plural (“the Liberal Democrats”) as organizations', () => {
    // (Was a group.)
    expect(kindsNamesAndTitles('Politics\nThe opposition Liberal Democrats have called for Britain to rejoin the customs union.')).toEqual([['organization', 'Liberal Democrats', [], null]])
  })

  it('reads a role’s office as the speaker (“according to the Georgia secretary of state’s office”), not the role', () => {
    // (Were a person “secretary” and the organization “Georgia”.)
    expect(kindsNamesAndTitles('Vote\nTurnout rose, according to the secretary of state’s office.')).toEqual([['organization', 'the secretary of state’s office', [], null]])
    expect(kindsNamesAndTitles('Vote\nTurnout topped 5 million votes, according to the Georgia secretary of state’s office.')).toEqual([
      ['organization', 'Georgia secretary of state’s office', [], null]
    ])
  })

  it('reads a university’s campus after a comma as part of its name (“the University of California, Berkeley,”)', () => {
    // (Was a person “Berkeley” who spoke.)
    expect(kindsNamesAndTitles('Study\nResearchers at the University of California, Berkeley, said prices rose.')).toEqual([
      ['group', 'researchers', [], null],
      ['organization', 'University of California, Berkeley', [], null]
    ])
    // (A name that speaks after the comma stays one.)
    expect(kindsNamesAndTitles('Study\nHe studied at the University of Michigan, Jane Smith said.')).toEqual([['person', 'Jane Smith', [], null]])
  })

  it('reads “Mexico’s government” as an organization', () => {
    // (Was a person.)
    expect(kindsNamesAndTitles('Migrants\nMexico’s government has said it would refuse to accept them.')).toEqual([['organization', 'Mexico’s government', [], null]])
  })

  it('reads a worker’s job after the name as a title (“Ana Gutierrez, 29, a cashier”)', () => {
    // (Were no title.)
    expect(kindsNamesAndTitles('Wages\n“I can pay rent,” said Ana Gutierrez, 29, a cashier at a burger chain.')).toEqual([['person', 'Ana Gutierrez', ['cashier'], null]])
  })

  it('makes no source of an indefinite description set off by commas that no attribution names (“the man, a former employee who had been fired,”)', () => {
    // (Was an anonymous source “a former employee who had been fired last month”.)
    expect(kindsNamesAndTitles('Shooting\nThe shooting began when the man, a former employee who had been fired last month, walked into the building, Police Chief Jeff Bryan said.')).toEqual([
      ['person', 'Jeff Bryan', ['Police Chief'], null]
    ])
    // One that an attribution names stays.
    expect(kindsNamesAndTitles('Shooting\nThe suspect, a former employee said, had been fired.').map(([kind]) => kind)).toEqual(['anonymous'])
  })

  it('reads a body before a cue that is also a document noun (“the association estimates.”, “The Tax Foundation estimates that”) as the speaker', () => {
    const speakers = (input: string) =>
      annotate(input, {format: 'text'}).claims.map((claim) => {
        const source = annotate(input, {format: 'text'}).sources.find((item) => item.id === claim.attribution.sourceId)
        return source ? [source.kind, source.name] : null
      })
    // (Were documents “association estimates”, “Tax Foundation estimates”, “NEA estimates”.)
    expect(speakers('Study\nDr. Maria Carrillo of the Alzheimer’s Association said it was good. About 6.9 million Americans have the disease, the association estimates.')).toEqual([
      ['person', 'Maria Carrillo'],
      ['organization', 'Alzheimer’s Association']
    ])
    expect(speakers('Taxes\nThe Tax Foundation estimates that it would cost the Treasury $374 billion.')).toEqual([['organization', 'Tax Foundation']])
    expect(speakers('Union\nThe NEA estimates that 19,000 members have campaigned for Clinton.')).toEqual([['organization', 'NEA']])
    // A document noun before the verb stays the document.
    expect(speakers('Benghazi\nA 2014 House Intelligence Committee report found no evidence of a stand-down order.')).toEqual([['document', '2014 House Intelligence Committee report']])
  })

  it('reads a team before a player’s or coach’s role as their affiliation (“Bills quarterback Josh Allen”)', () => {
    // (Were persons with no title and no affiliation.)
    expect(kindsNamesAndTitles('Game\nBills quarterback Josh Allen said he was sorry. Yankees pitcher Gerrit Cole said his arm felt fine.')).toEqual([
      ['organization', 'Bills', [], null],
      ['person', 'Josh Allen', ['quarterback'], 'Bills'],
      ['organization', 'Yankees', [], null],
      ['person', 'Gerrit Cole', ['pitcher'], 'Yankees']
    ])
    // A surname that is also a sport’s word stays a name: “Boxer said”.
    const boxer = annotate('Senate\nSenator Barbara Boxer of California said she had called. Boxer said it went well.', {format: 'text'}).sources
    expect(boxer.map((source) => [source.name, source.mentions.map((mention) => mention.text)])).toEqual([['Barbara Boxer', ['Barbara Boxer', 'she', 'Boxer']]])
  })

  it('reads coordinated roles as one title whose body follows both (“co-founder and CEO of Acme Robotics”)', () => {
    // (The title stopped at “and”: “co-founder”, no affiliation.)
    expect(kindsNamesAndTitles('Funding\n“We grew,” said Priya Raman, co-founder and CEO of Acme Robotics.')).toEqual([
      ['person', 'Priya Raman', ['co-founder and CEO'], 'Acme Robotics'],
      ['organization', 'Acme Robotics', [], null]
    ])
    expect(kindsNamesAndTitles('Funding\nPriya Raman, the founder and chief executive of Acme Robotics, said it grew.')[0]).toEqual([
      'person',
      'Priya Raman',
      ['founder and chief executive'],
      'Acme Robotics'
    ])
    // An author’s “of” names a work, not an employer.
    expect(kindsNamesAndTitles('Book\n“It was fine,” said Jane Doe, an activist and author of “Let the People Rule.”')).toEqual([
      ['person', 'Jane Doe', ['activist and author'], null]
    ])
  })

  it('keeps a person one works “for” a person (“a senior adviser for Mr. Trump”), spoken for by an aide', () => {
    // (Trump became an organization, the adviser’s affiliation.)
    const sources = annotate('Campaign\nDonald Trump said it was fine. “We will win,” said Kellyanne Conway, a senior adviser for Mr. Trump.', {format: 'text'}).sources
    expect(sources.map((source) => [source.kind, source.name, source.affiliation, source.relations.map((relation) => relation.type)])).toEqual([
      ['person', 'Donald Trump', null, []],
      ['person', 'Kellyanne Conway', null, ['represents']]
    ])
  })

  it('links a bare plural to the one group a common word described before (“federal prosecutors said … Prosecutors said”)', () => {
    const groups = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.name, source.mentions.length])
    // (Were two groups, “Federal prosecutors” and “prosecutors”.)
    expect(groups('Fraud\nFederal prosecutors said he stole money. Prosecutors said he bought a house.')).toEqual([['Federal prosecutors', 2]])
    // Not a part set apart (“Israeli officials”, “black voters”), nor when two groups have the noun.
    expect(groups('Talks\nIsraeli officials said one thing. Officials said another.')).toEqual([
      ['Israeli officials', 1],
      ['officials', 1]
    ])
    expect(groups('Poll\nBlack voters said no. Voters said yes.')).toEqual([
      ['black voters', 1],
      ['voters', 1]
    ])
    expect(groups('Talks\nHealth officials said one thing. City officials said another. Officials said a third.')).toHaveLength(3)
  })

  it('links “the agency” to an agency named by the head before what it is for (“Centers for Disease Control and Prevention”)', () => {
    const names = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name, source.mentions.length])
    // (Was a second organization “agency”.)
    expect(names('Measles\nCases rose, the Centers for Disease Control and Prevention said. Most were unvaccinated, the agency said.')).toEqual([
      ['organization', 'Centers for Disease Control and Prevention', 2]
    ])
    // (Was a person “National Institutes”.)
    expect(names('Grants\nGrants fell, the National Institutes of Health said. The agency said more cuts are coming.')).toEqual([
      ['organization', 'National Institutes of Health', 2]
    ])
  })

  it('reads a participle opening a sentence as no name (“Declining issues outnumbered advancers”)', () => {
    // (Was a person “Declining”, made a speaker by “issues”.)
    expect(kindsNamesAndTitles('Stocks\nDeclining issues outnumbered advancers by a 4.3-to-1 ratio on the NYSE.')).toEqual([])
  })

  it('reads a lone name that was founded as a body (“Anthropic was founded in 2021”)', () => {
    // (Was a person “Anthropic”.)
    expect(kindsNamesAndTitles('Funding\nAnthropic declined to comment. Anthropic was founded in 2021 by former OpenAI executives.')).toEqual([
      ['organization', 'Anthropic', [], null]
    ])
  })

  it('reads a plural before a role or a members’ body as a modifier, no group (“A machinists spokesman said”)', () => {
    // (Were the groups “machinists” and “teachers”.)
    expect(kindsNamesAndTitles('Talks\nA machinists spokesman said the vote was close.').map(([kind, name]) => [kind, name])).toEqual([['person', 'A machinists spokesman']])
    expect(kindsNamesAndTitles('Talks\nA teachers union spokesman said the vote was close.').map(([kind, name]) => [kind, name])).toEqual([['person', 'A teachers union spokesman']])
    // (But “someone voters trust”: a verb after the plural.)
    expect(kindsNamesAndTitles('Talks\nMachinists said the vote was close.').map(([kind, name]) => [kind, name])).toEqual([['group', 'machinists']])
  })

  it('takes more sciences’ roles as titles, and a readout as a document (“an astronomer at the University of Arizona”, “a Chinese readout”)', () => {
    // (Were no title and no affiliation; a group “Chinese”.)
    expect(kindsNamesAndTitles('Planets\n“It is a first,” said Sarah Moran, an astronomer at the University of Arizona.')).toEqual([
      ['person', 'Sarah Moran', ['astronomer'], 'University of Arizona'],
      ['organization', 'University of Arizona', [], null]
    ])
    expect(kindsNamesAndTitles('Talks\n“Planet Earth is big enough,” according to a Chinese readout.')).toEqual([['document', 'Chinese readout', [], null]])
  })

  it('gives a title headed by a body’s kind the one body of that kind the article names (“Council President Anita Brooks”)', () => {
    const affiliations = (input: string) => annotate(input, {format: 'text'}).sources.filter((source) => source.kind === 'person').map((source) => source.affiliation)
    // (Had no affiliation.)
    expect(affiliations('Stadium\nThe Springfield City Council voted to delay a decision. Council President Anita Brooks said members needed more time.')).toEqual([
      'Springfield City Council'
    ])
    // Not when two bodies are of that kind, nor “House” (the White House is one too).
    expect(affiliations('Hearing\nThe House Judiciary Committee and the Senate Finance Committee met. Committee Chairman Jim Jordan said it would go on.')).toEqual([null])
    expect(affiliations('Budget\nThe White House said it would veto the bill. House Speaker Mike Johnson said the vote would go on.')).toEqual([null])
  })

  it('makes no source of an indefinite anonymous mention that does not speak (“Roberts said that an individual may be disarmed”)', () => {
    // (Was an anonymous source “an individual”; some 120 such on PolNeAR, “a person”, “an ally”.)
    expect(kindsNamesAndTitles('Guns\nRoberts said that an individual may be disarmed.').map(([kind, name]) => [kind, name])).toEqual([['person', 'Roberts']])
    // One that speaks stays.
    expect(kindsNamesAndTitles('Talks\nA person familiar with the matter said it was done.').map(([kind, name]) => [kind, name])).toEqual([
      ['anonymous', 'a person familiar with the matter']
    ])
  })

  it('reads advocacy groups named for members and a cause as one body (“Everytown for Gun Safety”), and a regulator before a name as a body (“the energy regulator Ofgem”)', () => {
    // (Were the persons “Everytown” and “Gun Safety”.)
    expect(kindsNamesAndTitles('Guns\nAbout 70 women are shot each month, according to Everytown for Gun Safety.')).toEqual([
      ['organization', 'Everytown for Gun Safety', [], null]
    ])
    expect(kindsNamesAndTitles('Taxes\nAmericans for Prosperity said the plan would fail.')).toEqual([['organization', 'Americans for Prosperity', [], null]])
    // (Ofgem was a person titled “energy regulator”, and its chief executive had no affiliation.)
    expect(kindsNamesAndTitles('Bills\nBills will rise, the energy regulator Ofgem has announced. Ofgem chief executive Jonathan Brearley said the rise was bad.')).toEqual([
      ['organization', 'Ofgem', [], null],
      ['person', 'Jonathan Brearley', ['chief executive'], 'Ofgem']
    ])
    // (“Charities” was a person.)
    expect(kindsNamesAndTitles('Bills\nCharities warned that millions would struggle.')).toEqual([['group', 'charities', [], null]])
  })

  it('reads a people’s name after a given name as a surname (“District Chief Brad French said … French said”)', () => {
    // (Were the groups “Brad French” and “French”.)
    const sources = annotate('Fire\nDistrict Chief Brad French said the fire was out. French said so. The French said no.', {format: 'text'}).sources
    expect(sources.map((source) => [source.kind, source.name, source.mentions.map((mention) => mention.text)])).toEqual([
      ['person', 'Brad French', ['Brad French', 'French']],
      ['group', 'French', ['French']]
    ])
    // (A given name that is a place is no person’s: “Virginia Democrats”.)
    expect(kindsNamesAndTitles('Vote\nVirginia Democrats said the map was unfair.').map(([kind, name]) => [kind, name])).toEqual([['group', 'Virginia Democrats']])
  })

  it('reads “Billboard reported” as an outlet', () => {
    // (Was the person “Billboard”.)
    expect(kindsNamesAndTitles('Swift\nShe gave to food banks, Billboard reported.').map(([kind, name]) => [kind, name])).toEqual([['organization', 'Billboard']])
  })

  it('links “the agency” to the government body last named as one, past other bodies and under its acronym (“the U.S. Food and Drug Administration” … “the FDA’s” … “the agency said”)', () => {
    // (Were a second organization “agency”; the FDA was two bodies, “FDA” and
    // “U.S. Food and Drug Administration”, the initials taken with the country’s.)
    expect(
      namesAndMentions('FDA approves pill\nThe U.S. Food and Drug Administration on Friday approved the pill, made by Biogen and Sage Therapeutics. “It will help,” said Dr. Tiffany Farchione of the FDA. Women improved, the agency said.')
    ).toEqual([
      ['U.S. Food and Drug Administration', ['FDA', 'The U.S. Food and Drug Administration', 'the FDA', 'the agency']],
      ['Tiffany Farchione', ['Tiffany Farchione']]
    ])
    expect(namesAndMentions('Border\nArrests fell, according to Customs and Border Protection data. Agents made 46,000 arrests, the agency said.')).toEqual([
      ['Customs and Border Protection', ['Customs and Border Protection', 'the agency']],
      ['Customs and Border Protection data', ['Customs and Border Protection data']]
    ])
  })

  it('links “the singer” to the untitled person named in full just before, and reads storms as no persons (“Hurricanes Helene and Milton”)', () => {
    // (“The singer” was a person of its own; the hurricane was a person named
    // “Hurricanes Helene”, which came between.)
    expect(
      namesAndMentions('Swift gives\nTaylor Swift has donated $5 million to victims of Hurricanes Helene and Milton. “We are grateful,” Feeding America CEO Claire Babineaux-Fontenot said. The singer said she was glad to help.')
    ).toEqual([
      ['Taylor Swift', ['Swift', 'Taylor Swift', 'The singer', 'she']],
      ['Claire Babineaux-Fontenot', ['Claire Babineaux-Fontenot']]
    ])
    // Not “the director”: more often another person than the one just named.
    expect(namesAndMentions('Film\nAva DuVernay spoke at the festival. The director said the film was done.').map(([name]) => name)).toEqual(['director'])
  })

  it('reads a business’s name and its trade as the name alone (“Meta Platforms” … “Meta”)', () => {
    // (Were two organizations, “Meta” and “Meta Platforms”.)
    const sources = annotate('Meta to pay $1.4 billion\nMeta Platforms has agreed to pay Texas $1.4 billion, Paxton said. Meta did not admit wrongdoing, a Meta spokesperson said.', {format: 'text'}).sources
    expect(sources.filter((source) => source.kind === 'organization').map((source) => [source.name, source.mentions.map((mention) => mention.text)])).toEqual([
      ['Meta Platforms', ['Meta', 'Meta Platforms', 'Meta', 'Meta']]
    ])
  })

  it('reads a team named by its place and a word by that word too (“the Los Angeles Lakers” … “the Lakers said”), and a role after one word (“Mavericks general manager”)', () => {
    // (“Lakers” was a person; the general manager had no affiliation; ESPN was a person.)
    const sources = (input: string) => annotate(input, {format: 'text'}).sources.map((source) => [source.kind, source.name, source.affiliation, source.mentions.length])
    expect(sources('Lakers agree to trade for Luka Doncic\nThe Los Angeles Lakers have agreed to acquire Luka Doncic, according to ESPN’s Shams Charania. The Lakers said they were thrilled.')).toEqual([
      ['organization', 'Los Angeles Lakers', null, 3],
      ['organization', 'ESPN', null, 1],
      ['person', 'Shams Charania', 'ESPN', 1]
    ])
    expect(sources('Trade\nLuka Doncic left the Dallas Mavericks on Saturday. Mavericks general manager Nico Harrison said the team was happy.')).toEqual([
      ['organization', 'Dallas Mavericks', null, 2],
      ['person', 'Nico Harrison', 'Dallas Mavericks', 1]
    ])
  })

  it('gives the name after “A spokesperson for the mayor,” the role and whom it speaks for (“Ana Ruiz”)', () => {
    // (Ana Ruiz had the title “mayor”.)
    expect(annotate('Contracts\nMayor Linda Park won. A spokesperson for the mayor, Ana Ruiz, said the contracts were fine.', {format: 'text'}).sources.map((source) => [source.name, source.titles, source.relations.map((relation) => relation.type)])).toEqual([
      ['Linda Park', ['Mayor'], []],
      ['Ana Ruiz', ['spokesperson'], ['represents']]
    ])
  })

  it('reads an acronym with its country’s letters (“USDA” is the “U.S. Department of Agriculture”)', () => {
    // (Were two organizations.)
    expect(annotate('Bird flu spreads, USDA says\nBird flu was found in two more states, the U.S. Department of Agriculture said Friday.', {format: 'text'}).sources.map((source) => [source.name, source.mentions.length])).toEqual([
      ['U.S. Department of Agriculture', 2]
    ])
  })

  it('reads “an analyst at the firm” as of the firm named last, not of the business that spoke (“Analysts at Jefferies said … at the firm”)', () => {
    // (Was Boeing.)
    const sources = kindsNamesAndTitles('Strike\nBoeing said it was disappointed. “We remain committed,” the company said.\nAnalysts at Jefferies said the strike could delay deliveries. Sheila Kahyaoglu, an aerospace analyst at the firm, said suppliers were suffering.')
    expect(sources.find(([, name]) => name === 'Sheila Kahyaoglu')).toEqual(['person', 'Sheila Kahyaoglu', ['aerospace analyst'], 'Jefferies'])
  })

  it('reads “at the firm” after a business that spoke as that business (“Counterpoint Research expects … said Neil Shah, a vice president at the firm”)', () => {
    // (The affiliation was none, and Counterpoint Research a person.)
    const sources = kindsNamesAndTitles('Phones\nCounterpoint Research expects shipments to grow 3%. “There’s nothing here,” said Neil Shah, a vice president at the firm.')
    expect(sources).toEqual([
      ['organization', 'Counterpoint Research', [], null],
      ['person', 'Neil Shah', ['vice president'], 'Counterpoint Research']
    ])
  })

  it('reads a nationality before a business noun as a description of the business just named (“Spotify … The Swedish company said”)', () => {
    // (Was an organization “Swedish company”; “The Swedish firm” a person.)
    expect(namesAndMentions('Fine\nSpotify welcomed the ruling. The Swedish company said it sent a message.')).toEqual([['Spotify', ['Spotify', 'The Swedish company']]])
    // Not a body named with its place (“the Islamic State group”).
    expect(namesAndMentions('Fine\nThe FBI said it was ready. The attack was claimed by the Islamic State group, the FBI said.').map(([name, mentions]) => [name, (mentions as string[]).includes('the Islamic State group')])).toContainEqual(['FBI', false])
  })

  it('keeps a union local’s number in its name (“Teamsters Local 727 President John Coli”)', () => {
    // (Was a person “Teamsters Local” who said the quotation, and the inverted “said Local 212 President …” had no speaker.)
    const article = annotate('Strike\n“We will win,” Teamsters Local 727 President John Coli said.\n“We will not back down,” said Local 212 President Denise Carter.\nTeamsters Local 727 said it would strike.', {format: 'text'})
    const name = (id: string | null | undefined) => article.sources.find((source) => source.id === id)?.name
    expect(article.quotes.map((quote) => name(quote.attribution?.sourceId))).toEqual(['John Coli', 'Denise Carter'])
    expect(article.sources.map((source) => [source.kind, source.name, source.titles, source.affiliation])).toEqual([
      ['person', 'John Coli', ['Teamsters Local 727 President'], 'Teamsters Local 727'],
      ['person', 'Denise Carter', ['Local 212 President'], null],
      ['organization', 'Teamsters Local 727', [], null]
    ])
  })

  it('reads a sentence’s capitalized “Former” as the title’s, not the body’s (“Former Arsenal captain Tony Adams”)', () => {
    // (Was a person “Former Arsenal” that every later “Arsenal” joined, and a body “Former Customs and Border Protection”.)
    const input = 'Transfer\nArsenal agreed a fee, sources said. Former Arsenal captain Tony Adams said the club had to act.\nFormer Customs and Border Protection commissioner Alan Brickell said crossings would rise.'
    const article = annotate(input, {format: 'text'})
    expect(article.sources.map((source) => source.name)).not.toContain('Former Arsenal')
    expect(article.sources.find((source) => source.name === 'Alan Brickell')?.affiliation).toBe('Customs and Border Protection')
    expect(kindsNamesAndTitles('Fine\nFormer Sen. John Smith said no.')).toEqual([['person', 'John Smith', ['Former Sen.'], null]])
  })

  it('links a spokesman to the person named right before the title (“Hale spokesman Jordan Pike”)', () => {
    // (Had no relation: only a possessive, “Hale’s spokesman”, named whom a spokesman speaks for.)
    const article = annotate('Budget\nGov. Marcus Hale said the plan was wrong. “He will not sign it,” Hale spokesman Jordan Pike said in an email.', {format: 'text'})
    const hale = article.sources.find((source) => source.name === 'Marcus Hale')!
    expect(article.sources.find((source) => source.name === 'Jordan Pike')?.relations).toEqual([{type: 'represents', sourceId: hale.id}])
  })

  it('reads someone at a body as a person (“A parent at a Toppenish school said”, “A nurse at the hospital said”)', () => {
    // (Were the school, an organization named by the whole phrase, and the hospital.)
    const sources = annotate('Outbreak\nA parent at a Toppenish school said she would keep her children home. A nurse at the hospital said beds were full.', {format: 'text'}).sources
    expect(sources.filter((source) => source.mentions.length > 1 || source.kind === 'person').map((source) => [source.kind, source.name])).toEqual([
      ['person', 'A parent at a Toppenish school'],
      ['person', 'A nurse at the hospital']
    ])
  })

  it('keeps “the poll” the article’s after a dated poll told of for comparison (“In an April poll, …”)', () => {
    // (“the poll” went to the April poll, the last one named.)
    const article = annotate('Poll\nFewer voters approve of the governor, according to a Quinnipiac University poll released Wednesday. In an April poll, 47 percent approved. Among renters, just 29 percent approve, the poll found.', {format: 'text'})
    expect(article.sources.map((source) => [source.kind, source.name, mentionTexts(source)])).toEqual([
      ['document', 'Quinnipiac University poll', ['a Quinnipiac University poll', 'the poll']],
      ['document', 'April poll', ['an April poll']]
    ])
  })

  it('reads a compass word and a name, or a place after “in”, as a place that takes no pronoun (“North Darfur”, “in Port Sudan”)', () => {
    // (Were persons “North Darfur” and “Port Sudan”, and “He” and “he” theirs.)
    expect(kindsNamesAndMentions('Talks\nA spokesman, Tom Reed, said aid had reached camps in North Darfur. He said more was needed.')).toEqual([['person', 'Tom Reed', ['Tom Reed', 'He']]])
    expect(kindsNamesAndMentions('Talks\nGen. Ali Hassan vowed to fight on. In a speech in Port Sudan on Saturday, he said the army would not negotiate.')).toEqual([['person', 'Ali Hassan', ['Ali Hassan', 'he']]])
  })

  it('reads a name with “Without” or a panel “on” something as a body’s (“Doctors Without Borders”, “Intergovernmental Panel on Climate Change”)', () => {
    // (Were a person “Doctors Without Borders”, and persons “Intergovernmental Panel” and “Climate Change”.)
    expect(kindsNamesAndMentions('Aid\nDoctors Without Borders said its teams had treated 86 patients.')).toEqual([['organization', 'Doctors Without Borders', ['Doctors Without Borders']]])
    expect(kindsNamesAndMentions('Climate\nThe Intergovernmental Panel on Climate Change said temperatures had risen.').map(([kind, name]) => [kind, name])).toEqual([['organization', 'Intergovernmental Panel on Climate Change']])
  })

  it('reads a person who asked not to be named as anonymous, “she” included, and lone neighbors as a group', () => {
    // (Were a person “Another neighbor” that no “she” named, and “neighbors” of unknown kind.)
    expect(kindsNamesAndMentions('Crime\nAnother neighbor, who asked not to be identified because she feared retaliation, said there had been break-ins. “People are scared,” she said.')).toEqual([
      ['anonymous', 'Another neighbor', ['Another neighbor', 'she', 'she']]
    ])
    expect(kindsNamesAndMentions('Crime\nHe was known as a kind man, neighbors said.')).toEqual([['group', 'neighbors', ['neighbors']]])
  })

  it('links “It” past a body named only “according to” in the sentence before (“…, according to LSEG data. It forecast …”)', () => {
    // (Was LSEG’s “It”.)
    expect(namesAndMentions('Results\nAcme Corp said sales rose. The company expects revenue of $4 billion, according to LSEG data. It forecast a profit.')).toContainEqual(['Acme Corp', ['Acme Corp', 'The company', 'It']])
    // (Still the aside’s when no other body fits.)
    expect(namesAndMentions('Results\nSales rose 4%, according to Reuters. It said the figures were preliminary.')).toContainEqual(['Reuters', ['Reuters', 'It']])
  })

  it('links a definite document to the one named with its head word before, not the latest of its kind (“a report … a paper … The report”)', () => {
    // (Was the paper’s “The report”.)
    expect(namesAndMentions('Climate\nThe agency said in a report on Monday that warming was accelerating. A paper published last month said the limit could be crossed by 2027. The report found that disasters had displaced millions.')).toEqual([
      ['agency', ['The agency']],
      ['report', ['a report', 'The report']],
      ['paper', ['A paper']]
    ])
  })

  it('links “the company” to a body an appositive described so (“Vantora, the cloud software company, said”)', () => {
    // (Was a second organization “company”: the name says nothing of what it is, and others came between.)
    expect(namesAndMentions('Cuts\nVantora, the cloud software company, said it would cut jobs. Analysts at Jefferies said the cuts were expected. The company said it would also close offices.')).toContainEqual(['Vantora', ['Vantora', 'The company']])
  })

  it('keeps a ministry’s portfolio in a lowercase title (“transport secretary Heidi Alexander”)', () => {
    // (Was the title “secretary”.)
    expect(kindsNamesAndTitles('The trains will run, transport secretary Heidi Alexander said.')).toEqual([['person', 'Heidi Alexander', ['transport secretary'], null]])
    expect(kindsNamesAndTitles('Transport secretary Heidi Alexander said the trains would run.')).toEqual([['person', 'Heidi Alexander', ['Transport secretary'], null]])
  })

  it('reads “secretary-treasurer” as a title (“Sara Steffens, the union’s secretary-treasurer”)', () => {
    // (Was no title and no affiliation.)
    expect(kindsNamesAndTitles('Strike\nThe Communications Workers of America criticized the cuts. “This is wrong,” said Sara Steffens, the union’s secretary-treasurer.')).toContainEqual([
      'person',
      'Sara Steffens',
      ['secretary-treasurer'],
      'Communications Workers of America'
    ])
  })

  it('keeps offsets into markdown input', () => {
    const input = '# A *title*\n\nSen. **Patrick Leahy** said _the memo_ was wrong.\n\nLeahy added more.\n'
    const sources = resolveSources(parse(input), [], [])
    expect(checkInvariants(input, sources)).toEqual([])
    expect(mentionTexts(byName(sources, 'Patrick Leahy'))).toEqual(['Patrick Leahy', 'Leahy'])
  })
})

if (!hasShared) console.warn('Skipping the PolNeAR smoke test of resolveSources: ../shared is absent')

describe.skipIf(!hasShared)('resolveSources over PolNeAR', () => {
  it.each(['train', 'dev'])('keeps every invariant on every %s article', (split) => {
    const folder = path.join(shared, 'data', 'polnear', split, 'text')
    const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.txt')).sort() : []
    expect(names.length).toBeGreaterThan(50)
    const problems: string[] = []
    let count = 0
    for (const name of names) {
      const input = readFileSync(path.join(folder, name), 'utf8')
      const sources = resolveSources(parse(input), [], [])
      count += sources.length
      for (const problem of checkInvariants(input, sources)) problems.push(name + ': ' + problem)
    }

    expect(problems.slice(0, 20)).toEqual([])
    expect(count).toBeGreaterThan(names.length)
  }, 120_000)
})

describe('wordStarts (internal)', () => {
  // The token arrays of a big document are sized by it: an undercount would
  // drop tokens without a word.
  const pieces = ['a', 'Z', '7', ' ', '.', "'", '’', '-', '&', '“', '”', '"', '\n', '\n\n', '# ', '> ', '- ', 'é', 'É', '\u0301', 'ß', 'İ', 'Ω', '中', '\u0627', '\u200b', '\ud83d\ude00', '\ud800', 'U.S.', 'co-op', "Smiths’", "it's", 'WASHINGTON — ']
  it('is never below the number of tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 80}), fc.constantFrom('text', 'markdown'), (parts, format) => {
        const input = parts.join('')
        const doc = parseDocument(input, format as 'text' | 'markdown', null, new VFile())
        expect(tokenize(doc, [], headTable).count).toBeLessThanOrEqual(wordStarts(doc))
      }),
      {numRuns: 2000}
    )
  })

  it('is the token count of plain prose', () => {
    const doc = parse('The senator said on Tuesday that 160 countries had signed it.')
    expect(wordStarts(doc)).toBe(tokenize(doc, [], headTable).count)
  })
})
