import {describe, expect, it} from 'vitest'
import {annotate, type Annotation, type Claim} from '../src/index.js'
import {brokenSpans, fixture} from './helpers.js'

/*
 * The seed claims of the claims issue, end to end: these need the real
 * quotes, attribution and sources stages (`tests/claims.test.ts` pins the
 * claims stage alone, with hand-made attributions).
 */

const input = fixture('seed/input.txt')
const result: Annotation = annotate(input, {published: '2025-12-05'})

/** The claim whose text starts with `start`. */
function claimStarting(start: string): Claim {
  const found = result.claims.filter((claim) => claim.text.startsWith(start))
  expect(found.map((claim) => claim.text)).toHaveLength(1)
  return found[0]!
}

/** The source of a claim’s attribution. */
function sourceOf(claim: Claim): Annotation['sources'][number] | undefined {
  return result.sources.find((source) => source.id === claim.attribution.sourceId)
}

describe('annotate (seed claims)', () => {
  it('gives claims whose spans equal the input', () => {
    expect(result.claims.length).toBeGreaterThan(15)
    expect(brokenSpans(input, result.claims)).toEqual([])
  })

  it('“In 2024, nearly 2,000 people were killed …”: ≤ 2,000 people, 2024, according to the International Campaign to Ban Landmines', () => {
    const claim = claimStarting('In 2024, nearly 2,000 people were killed')
    expect(claim.attribution.type).toBe('according-to')
    expect(claim.attribution.mention?.text).toBe('the International Campaign to Ban Landmines')
    expect(sourceOf(claim)?.name).toBe('International Campaign to Ban Landmines')
    expect(claim.quantities[0]).toMatchObject({upper: {value: 2000, inclusive: true}, noun: 'people'})
    expect(claim.times[0]).toMatchObject({type: 'year', value: '2024'})
  })

  it('“More than 160 countries … signed a treaty …”: > 160, unattributed', () => {
    const claim = claimStarting('More than 160 countries')
    expect(claim.attribution.type).toBe('unattributed')
    expect(claim.quantities[0]).toMatchObject({lower: {value: 160, inclusive: false}})
  })

  it('“tens of thousands of mines”: a vague quantity', () => {
    const quantity = result.claims.flatMap((claim) => claim.quantities).find((item) => item.text === 'tens of thousands of mines')
    expect(quantity).toMatchObject({vague: true, lower: {value: 10_000}, upper: {value: 99_999}})
  })

  it('“has not widely used … more than three decades ago”: unattributed, with the time', () => {
    const claim = claimStarting('The U.S. military has not widely used')
    expect(claim.attribution.type).toBe('unattributed')
    expect(claim.times[0]).toMatchObject({text: 'more than three decades ago', duration: 'P30Y', value: '1995'})
  })

  it('“The Trump administration reversed a Biden-era policy …”: according to the Dec. 2 document', () => {
    const claim = claimStarting('The Trump administration reversed')
    expect(claim.attribution.type).toBe('according-to')
    expect(claim.attribution.mention?.text).toBe('a Dec. 2 document')
    expect(sourceOf(claim)?.kind).toBe('document')
  })

  it('“President Donald Trump has rescinded …”: attributed to the December memo', () => {
    const claim = claimStarting('President Donald Trump has rescinded')
    expect(['reported', 'document']).toContain(claim.attribution.type)
    expect(claim.attribution.mention?.text).toBe('The December memo')
    expect(sourceOf(claim)?.kind).toBe('document')
  })

  it('Kimball’s and Yager’s reported claims', () => {
    const kimball = claimStarting('The memo’s claim that land mines could help protect U.S. forces')
    expect(kimball.attribution.type).toBe('reported')
    expect(sourceOf(kimball)?.name).toBe('Daryl Kimball')
    const yager = result.claims.find((claim) => claim.text.includes('the United States has been one of the leaders'))!
    expect(yager.attribution.type).toBe('reported')
    expect(sourceOf(yager)?.name).toBe('Sarah Yager')
  })

  it('“Ordnance experts have long warned …” and “Human rights groups have long called for …”: group sources', () => {
    const experts = claimStarting('even mines that can be deactivated')
    expect(sourceOf(experts)?.kind).toBe('group')
    const groups = claimStarting('a global ban on antipersonnel land mines')
    expect(sourceOf(groups)?.kind).toBe('group')
  })

  it('the Pentagon’s non-response is not a check-worthy claim', () => {
    const sentence = result.sentences.find((item) => item.text.startsWith('The Pentagon did not immediately respond'))!
    // Not a claim at all (the claims stage’s decision), so certainly not a check-worthy one.
    expect(result.claims.filter((claim) => claim.sentenceIds.includes(sentence.id))).toEqual([])
  })
})

describe('annotate (headlines)', () => {
  it('makes a headline’s attribution to one of the article’s sources a claim, and nothing else of the headline', () => {
    const article = annotate(
      'Paul Ryan says he is not ready to support Trump\nHouse Speaker Paul Ryan said Thursday that he would wait.',
      {format: 'text'}
    )
    expect(article.paragraphs[0]!.kind).toBe('title')
    expect(article.claims.map((claim) => [claim.text, claim.paragraphId, claim.attribution.mention?.text])).toEqual([
      ['he is not ready to support Trump', 'p1', 'Paul Ryan'],
      ['he would wait', 'p2', 'House Speaker Paul Ryan']
    ])

    for (const title of ['Trump Wins Big in Nevada', 'Revealed: The FBI Just Gave Clinton A New Reason To Worry', 'Bombshell: Clinton Has A New Reason To Worry']) {
      const result = annotate(title + '\nThe FBI said on Tuesday that it had reopened the inquiry.', {format: 'text'})
      expect(result.claims.map((claim) => claim.paragraphId), title).toEqual(['p2'])
    }
  })
})

describe('annotate (one-word answers)', () => {
  it('gives “said yes, …” its answer, but “said no more than …” still the quotation before it', () => {
    const answer = annotate('Title\nAfter a prayer for “struggling citizens,” Melanie said yes, over and over.', {format: 'text'})
    expect(answer.claims.map((claim) => [claim.text, claim.attribution.mention?.text])).toEqual([['yes, over and over', 'Melanie']])
    const quotation = annotate('Title\n“We won,” Smith said no more than that.', {format: 'text'})
    expect(quotation.quotes.map((quote) => [quote.text, quote.attribution?.mention?.text])).toEqual([['“We won,”', 'Smith']])
  })
})

describe('annotate (lists)', () => {
  it('makes no claim of a short introduction before a list or a block quote, and keeps a list’s joint out of its item', () => {
    const article = annotate(
      '# Bill\n\nThe package includes:\n\n1. $886 billion for the Pentagon;\n2. about $20 billion for border security; and\n3. more than $1 billion for child care.\n\nHere is what the mayor wrote:\n\n> The city will appeal the ruling.\n',
      {format: 'markdown'}
    )
    // (Were claims “The package includes” and “Here is what the mayor wrote”, and “… border security; and”.)
    expect(article.claims.map((claim) => claim.text)).toEqual([
      '$886 billion for the Pentagon',
      'about $20 billion for border security',
      'more than $1 billion for child care.',
      'The city will appeal the ruling.'
    ])
  })
})

describe('annotate (HTML blocks)', () => {
  it('reads one element of prose as its text, tags blanked, and keeps other HTML as it is', () => {
    const input =
      '# Bill\n\n<p>The House passed the bill Friday by a vote of <a href="https://x.example">286-134</a>.</p>\n\n<div class="ad"><script>load()</script></div>\n\n<blockquote>“We won,” said Ana Ruiz.</blockquote>\n'
    const article = annotate(input, {format: 'markdown'})
    // (Were two paragraphs of kind `html`, no claim and no quote.)
    expect(article.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'paragraph', 'html', 'blockquote'])
    expect(article.claims.map((claim) => [claim.text, claim.quantities.map((quantity) => quantity.value)])).toEqual([
      ['The House passed the bill Friday by a vote of <a href="https://x.example">286-134</a>.', [286, 134]],
      ['We won', []]
    ])
    expect(article.quotes.map((quote) => [quote.text, quote.attribution?.mention?.text])).toEqual([['“We won,”', 'Ana Ruiz']])
    // Character references show their characters, as in markdown text.
    const references = annotate('# Bill\n\n<p>&ldquo;We won,&rdquo; said Ana Ruiz.</p>\n', {format: 'markdown'})
    expect(references.quotes.map((quote) => [quote.text, quote.content, quote.attribution?.mention?.text])).toEqual([['&ldquo;We won,&rdquo;', 'We won,', 'Ana Ruiz']])
  })
})

describe('annotate (pasted social posts)', () => {
  it('makes no reporter’s claim of a post pasted from a page (its link or its signature), and keeps the article’s own', () => {
    const article = annotate(
      [
        'Blige sings to Clinton',
        'The full interview will premiere on Sept. 30 on Apple Music.',
        'Like you’ve never seen them before. @MaryJBlige sits down with @HillaryClinton. pic.twitter.com/P2qpm3h3Pm — Apple Music (@AppleMusic) September 27, 2016.',
        'No one should be above the law. — Paul Ryan (@SpeakerRyan) July 5, 2016'
      ].join('\n'),
      {format: 'text'}
    )
    expect(article.claims.map((claim) => claim.paragraphId)).toEqual(['p2'])
  })
})

describe('annotate (a quote’s cue in a sentence of its own)', () => {
  it('makes no claim of the sentence that introduces a block quote or a quotation after it (“Ruth Richardson tweeted:”)', () => {
    const article = annotate('# Ban signed\n\nThe group’s regional president, Ruth Richardson, tweeted:\n\n> Today is a dark day for Iowa. We will see the governor in court.\n')
    // (Was an unattributed claim “The group’s regional president, Ruth Richardson, tweeted”.)
    expect(article.claims.map((claim) => [claim.text, claim.attribution.type])).toEqual([
      ['Today is a dark day for Iowa. We will see the governor in court.', 'quoted']
    ])
  })
})

describe('annotate (transcripts)', () => {
  it('gives a speaker’s labelled paragraph to the speaker to its end, makes no claim of a question, and reads labels as persons', () => {
    const input =
      'Transcript: Trump on CNN\nTAPPER: Do you think the election was rigged?\nTRUMP: I think it was a disaster. We won by a lot.\n' +
      'TAPPER: But the courts disagreed.\nTRUMP: The courts were wrong, 100 percent.\n'
    const article = annotate(input, {format: 'text'})
    const name = (id: string | null) => article.sources.find((source) => source.id === id)?.name ?? null
    // (Were: the question a claim, “We won by a lot.” the reporter’s, TRUMP and TAPPER organizations.)
    expect(article.claims.map((claim) => [claim.text, claim.attribution.type, name(claim.attribution.sourceId)])).toEqual([
      ['I think it was a disaster', 'reported', 'TRUMP'],
      ['We won by a lot.', 'reported', 'TRUMP'],
      ['But the courts disagreed', 'reported', 'TAPPER'],
      ['The courts were wrong, 100 percent', 'reported', 'TRUMP']
    ])
    expect(article.sources.map((source) => [source.kind, source.name])).toEqual([
      ['person', 'TAPPER'],
      ['person', 'TRUMP']
    ])
  })
})

describe('annotate (interviews)', () => {
  const byWhom = (input: string) => {
    const article = annotate(input)
    return article.claims.map((claim) => [
      claim.text,
      claim.attribution.type,
      article.sources.find((source) => source.id === claim.attribution.sourceId)?.name ?? null
    ])
  }

  it('gives a question-and-answer interview’s answers to the interviewee, not the reporter', () => {
    const input =
      '# Q&A: The economist on what comes next\n\n*Interview by Sam Patel. This interview has been edited for length and clarity.*\n\n' +
      'Robert Shiller won the Nobel Prize in economics in 2013.\n\n**Are home prices too high?**\n\nYes. Prices rose 47% between 2019 and 2023.\n\n' +
      '**Will there be a crash?**\n\nI don’t think so. Lending standards are much tighter than in 2006.\n'
    // (Were the reporter’s; “Q&A” was a source; the editing note made claims.)
    expect(byWhom(input)).toEqual([
      ['Robert Shiller won the Nobel Prize in economics in 2013.', 'unattributed', null],
      ['Prices rose 47% between 2019 and 2023.', 'quoted', 'Robert Shiller'],
      ['I don’t think so.', 'quoted', 'Robert Shiller'],
      ['Lending standards are much tighter than in 2006.', 'quoted', 'Robert Shiller']
    ])
  })

  it('reads “Q:” and “A:” labels in plain text, and keeps the label out of the claim', () => {
    const input =
      'Five questions for the budget director\nMaria Gomez has run the city budget office since 2019.\n' +
      'Q: How big is the deficit?\nA: About $40 million, or 3 percent of the budget.\nQ: Will taxes rise?\nA: We will cut spending instead.\n'
    expect(byWhom(input).slice(1)).toEqual([
      ['About $40 million, or 3 percent of the budget.', 'quoted', 'Maria Gomez'],
      ['We will cut spending instead.', 'quoted', 'Maria Gomez']
    ])
  })

  it('reads question headings over the reporter’s answers as an explainer, not an interview', () => {
    const input =
      '# Is the city running out of water?\n\nSam Ortega runs the city’s water utility. Reservoirs are at their lowest level since 2015.\n\n' +
      '## How low are the reservoirs?\n\nThe reservoirs held 41% of their capacity, according to the Water Department.\n\n' +
      '## What is the city doing?\n\nThe City Council voted last week to ban lawn watering on weekdays.\n'
    // (Were the answers of an interviewee, the first name in the introduction.)
    expect(byWhom(input)).toEqual([
      ['Sam Ortega runs the city’s water utility.', 'unattributed', null],
      ['Reservoirs are at their lowest level since 2015.', 'unattributed', null],
      ['The reservoirs held 41% of their capacity', 'according-to', 'Water Department'],
      ['The City Council voted last week to ban lawn watering on weekdays.', 'unattributed', null]
    ])
  })

  it('needs two answered questions: one bold question is no interview', () => {
    const input = '# Budget vote\n\nMaria Gomez runs the budget office.\n\n**What happens next?**\n\nThe council votes on Tuesday.\n'
    expect(byWhom(input).map(([, type]) => type)).toEqual(['unattributed', 'unattributed'])
  })
})

describe('annotate (indirect questions and refusals)', () => {
  it('makes no claim of what a source would not say, but keeps “said if elected …”', () => {
    const article = annotate(
      'Title\nThe ministry did not say how many people were detained. Officials declined to say when the bridge would reopen. The governor said if elected he would cut taxes.',
      {format: 'text'}
    )
    expect(article.claims.map((claim) => claim.text)).toEqual(['if elected he would cut taxes'])
  })

  it('keeps a content before its cue that opens with a “whether” clause as its subject (“Whether … will be part of the postmortem, said X”)', () => {
    const reported = (input: string) =>
      annotate('Title\n' + input, {format: 'text'})
        .claims.filter((claim) => claim.attribution.type !== 'unattributed')
        .map((claim) => claim.text)
    // (Was no claim: read as an indirect question.)
    expect(reported('Whether the Clinton model is more effective will be part of the postmortem, said Jake Horowitz.')).toEqual([
      'Whether the Clinton model is more effective will be part of the postmortem'
    ])
    // After its cue, or before a doubting one, it is still a question.
    expect(reported('She did not say whether the policy was legal. Whether the policy was legal, she did not know.')).toEqual([])
  })

  it('makes no reported claim of what a negated cue’s noun phrase names (“did not cite any evidence”)', () => {
    const reported = (input: string) =>
      annotate('Title\n' + input, {format: 'text'})
        .claims.filter((claim) => claim.attribution.type !== 'unattributed')
        .map((claim) => claim.text)
    // (Were claims “any evidence”, “a candidate”.)
    expect(reported('Musk did not cite any evidence. Warren has not endorsed a candidate in the race.')).toEqual([])
    // A clause after a negated cue is still one.
    expect(reported('She never said it would pass.')).toEqual(['it would pass'])
  })

  it('makes no reported claim of a pronoun alone (“I believe that.”, “He always denied it.”)', () => {
    const reported = (input: string) =>
      annotate('Title\n' + input, {format: 'text'})
        .claims.filter((claim) => claim.attribution.type !== 'unattributed')
        .map((claim) => claim.text)
    // (Were claims “that”, “it”.)
    expect(reported('The authority says it cannot find drivers. I believe that. Smith always denied it.')).toEqual(['it cannot find drivers'])
    expect(reported('Smith said that it failed.')).toEqual(['it failed'])
    // (Was a claim “otherwise”.)
    expect(reported('Critics say prices will rise. The data says otherwise.')).toEqual(['prices will rise'])
  })

  it('makes no claim of the speaker after an inverted cue, or of where it was said (“, said Dr. Keith Diaz of Columbia University, who was not involved …”)', () => {
    const texts = (input: string) => annotate('Title\n' + input, {format: 'text'}).claims.map((claim) => claim.text)
    // (Were reporter’s claims “Dr. Keith Diaz of Columbia University, who was …”, “in a memo to employees, which was seen by Reuters”.)
    expect(texts('People who walk more may already be healthier, said Dr. Keith Diaz of Columbia University, who was not involved in the research.')).toEqual([
      'People who walk more may already be healthier'
    ])
    expect(texts('“These are difficult decisions,” Chief Executive Sunita Rao wrote in a memo to employees, which was seen by Reuters.')).toEqual([
      'These are difficult decisions'
    ])
    // The reporter’s own clause after a cue stays one.
    expect(texts('“We will win,” Smith said on Monday, but the party later lost the seat it had held for decades.')).toEqual([
      'We will win',
      'the party later lost the seat it had held for decades'
    ])
  })

  it('makes no claim of a sentence saying why the sources go unnamed', () => {
    const texts = (input: string) => annotate('Title\n' + input, {format: 'text'}).claims.map((claim) => claim.text)
    // (Was a reporter’s claim.)
    expect(texts('The Rangers agreed to a $120 million deal, according to two people familiar with the talks. The people spoke on condition of anonymity because the deal has not been announced.')).toEqual([
      'The Rangers agreed to a $120 million deal'
    ])
  })

  it('reads “that” before a noun and no clause as a determiner (“rejected that characterization”)', () => {
    const texts = (input: string) => annotate('Title\n' + input, {format: 'text'}).claims.map((claim) => claim.text)
    // (Was the claim “characterization”.)
    expect(texts('Powell rejected that characterization.')).toEqual(['that characterization'])
    expect(texts('Palmieri acknowledged that the candidate misspoke. Powell said that inflation remains too high.')).toEqual([
      'the candidate misspoke',
      'inflation remains too high'
    ])
  })

  it('makes no claim of why a source goes unnamed', () => {
    const article = annotate(
      'Title\nA person familiar with the talks, who spoke on condition of anonymity because the talks are private, said a deal could come within days.',
      {format: 'text'}
    )
    expect(article.claims.map((claim) => claim.text)).toEqual(['a deal could come within days'])
  })
})

describe('annotate (the reporter’s clause beside an attribution)', () => {
  it('ends the reporter’s own clause before a preposition whose object is the attribution’s source', () => {
    const article = annotate('Title\nRepublicans who backed the plan were irritated about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”', {
      format: 'text'
    })
    expect(article.claims.filter((claim) => claim.attribution.type === 'unattributed').map((claim) => claim.text)).toEqual([
      'Republicans who backed the plan were irritated about the lack of detail'
    ])
  })

  it('keeps the reporter’s clause whole around an attribution after a fronted “what” (“in what officials called a hate crime”)', () => {
    // (Was: the reporter’s clause ended at “… in what officials”.)
    const own = (input: string) =>
      annotate('Title\n' + input, {format: 'text'})
        .claims.filter((claim) => claim.attribution.type === 'unattributed')
        .map((claim) => claim.text)
    expect(own('Roof should have been stopped from buying the gun in what officials called a hate crime.')).toEqual([
      'Roof should have been stopped from buying the gun in what officials called a hate crime'
    ])
    expect(own('He has 373 days left to define what people think of his record.')).toEqual(['He has 373 days left to define what people think of his record'])
  })

  it('ends the reporter’s own clause before “and” or “but” and the source of the attributed conjunct', () => {
    const own = (input: string) =>
      annotate('Title\n' + input, {format: 'text'})
        .claims.filter((claim) => claim.attribution.type === 'unattributed')
        .map((claim) => claim.text)
    // (Were “…, and some families”, “…, but he’s”, “… withdrawn and Clinton”.)
    expect(own('A year after it was announced, no one had come to the U.S. under the program, and some families said they had given up.')).toEqual([
      'A year after it was announced, no one had come to the U.S. under the program'
    ])
    expect(own('Minnesota Gov. Mark Dayton is backing Hillary Clinton, but he’s expected to stay neutral in the race.')).toEqual(['Minnesota Gov. Mark Dayton is backing Hillary Clinton'])
    expect(own('In a deal brokered by Kendall, the subpoena was withdrawn and Clinton agreed to testify before the grand jury.')).toEqual([
      'In a deal brokered by Kendall, the subpoena was withdrawn'
    ])
    // (A name after “and” that is not the cue’s subject stays: no fragment is made of the rest.)
    expect(own('Yahoo News and former anchor Katie Couric has promoted a self-effacing approach in several recent speeches.')).toEqual([
      'Yahoo News and former anchor Katie Couric has promoted a self-effacing approach in several recent speeches.'
    ])
  })

  it('keeps a reporter’s clause whose verb is a plain past tense (no auxiliary), and no fronted adverbial alone', () => {
    const own = (input: string) =>
      annotate('Title\n' + input, {format: 'text'})
        .claims.filter((claim) => claim.attribution.type === 'unattributed')
        .map((claim) => claim.text)
    // (Was no claim: only an auxiliary or a modal made a leftover stretch a clause.)
    expect(
      own('A federal advisory committee voted 14-2 on Wednesday to recommend approval of zuranolone, a pill that researchers say could help some of the roughly 500,000 women who develop postpartum depression each year.')
    ).toEqual(['A federal advisory committee voted 14-2 on Wednesday to recommend approval of zuranolone, a pill'])
    expect(own('Sanders released a statement in opposition to the Puerto Rico deal last week, saying it hurt workers.')).toEqual([
      'Sanders released a statement in opposition to the Puerto Rico deal last week'
    ])
    expect(own('Even as he won in South Carolina, Mr. Trump quickly lost ground in national polls, a slide that analysts say was unusual.')).toEqual([
      'Even as he won in South Carolina, Mr. Trump quickly lost ground in national polls, a slide'
    ])
    // (Also before “, and” and the attributed conjunct: was no claim.)
    expect(own('Roughly 4,800 workers remained on strike Monday, and the company said talks would resume.')).toEqual(['Roughly 4,800 workers remained on strike Monday'])
    expect(own('The Romney attack hit Trump differently from those before it, and he responded as if he had been hurt.')).toEqual([
      'The Romney attack hit Trump differently from those before it'
    ])
    // A fronted adverbial, a subordinate clause or a participle is no clause of its own.
    expect(own('When Trump answered a question on free trade last week in Iowa, Cruz said the plan would fail.')).toEqual([])
    expect(own('A week after Trump spoke to the gathering of Jewish leaders in Washington, Adelson said he was pleased.')).toEqual([])
    expect(own('Steering clear of the boisterous, often belligerent rhetoric exchanged by his GOP rivals, Kasich said he would win.')).toEqual([])
    expect(own('The previously unreported memo, signed by Defense Secretary Pete Hegseth, says the reversal would help.')).toEqual([])
  })

  it('ends the reporter’s clause before a subject left dangling by the attribution after it', () => {
    const own = (input: string) =>
      annotate('Title\n' + input, {format: 'text'})
        .claims.filter((claim) => claim.attribution.type === 'unattributed')
        .map((claim) => claim.text)
    // (Were “… when she”, “… Gov. Chris Christie, who”.)
    expect(own('Clinton was booed at Thursday night’s debate in Milwaukee when she said Sanders’ attack was unfair.')).toEqual([
      'Clinton was booed at Thursday night’s debate in Milwaukee'
    ])
    expect(own('Trump was introduced by former rival New Jersey Gov. Chris Christie, who said Trump would win.')).toEqual([
      'Trump was introduced by former rival New Jersey Gov. Chris Christie'
    ])
    // The source and its appositive are the attribution’s frame (was “Marco Rubio, who is third in many Iowa Republican polls”).
    expect(own('Marco Rubio, who is third in many Iowa Republican polls, said defense issues matter most.')).toEqual([])
    // (Were “…, though officials”, “…, even though a number of attendees”.)
    expect(own('The utility’s equipment has been blamed for several past blazes, though officials said the cause was under investigation.')).toEqual([
      'The utility’s equipment has been blamed for several past blazes'
    ])
    expect(own('In Wyoming, Trump’s local operation was clearly outmatched, even though a number of attendees said they liked him.')).toEqual([
      'In Wyoming, Trump’s local operation was clearly outmatched'
    ])
  })

  it('starts a claim after a fact-check’s rubric in capitals (“THE FACTS: …”)', () => {
    const texts = (input: string) => annotate(input, {format: 'text'}).claims.map((claim) => [claim.text, claim.attribution.type])
    // (Were “THE FACTS: There were 187 homicides …”, “BOTTOM LINE: The economy grew …”.)
    expect(texts('FACT FOCUS: Crime in Washington\nTHE FACTS: There were 187 homicides in Washington in 2024.\nBOTTOM LINE: The economy grew by 2.3 percent in 2019, the data show.')).toEqual([
      ['There were 187 homicides in Washington in 2024.', 'unattributed'],
      ['The economy grew by 2.3 percent in 2019', 'document']
    ])
    // A transcript’s speaker label was never part of the claim; the headline’s rubric names no speaker.
    const transcript = annotate('FACT FOCUS: The debate\nPENCE: We cut taxes for 90 percent of Americans.', {format: 'text'})
    expect(transcript.claims.map((claim) => claim.text)).toEqual(['We cut taxes for 90 percent of Americans'])
    expect(transcript.sources.map((source) => source.name)).toEqual(['PENCE'])
    // A live blog’s time stamp too (was “10:12 p.m.** — The Associated Press …”, with the markup).
    const live = annotate('# Live\n\n**10:12 p.m.** — The Associated Press called Georgia for Donald Trump.\n', {format: 'markdown'})
    expect(live.claims.map((claim) => claim.text)).toEqual(['The Associated Press called Georgia for Donald Trump.'])
    // A desk’s label in title case too (was “Exclusive: Unilever in talks …”).
    expect(texts('Exclusive: Unilever in talks to sell ice cream unit, sources say\nUnilever is in talks to sell the unit for 15 billion euros.')[0]).toEqual([
      'Unilever in talks to sell ice cream unit',
      'reported'
    ])
  })

  it('makes no claim of a credit line left inside a paragraph, style sheet code or a video link', () => {
    const texts = (input: string, format: 'markdown' | 'text') => annotate(input, {format}).claims.map((claim) => claim.text)
    const input =
      'Title here\n\nThe bill would pass on Tuesday after a long debate in the chamber.\n(Reporting by Jason Lange; Editing by Grant McCool.)\n\n' +
      '.gmobile {\n  width:100%;\n  padding-top:20px;\n  }\n\nWatch the latest video at <a href="http://video.foxnews.com">video.foxnews.com</a>.\n\nThe plan cost 5 dollars; it failed: badly; no one knew.\n'
    // (Were claims, the credit line at 0.86 and the style sheet at 0.98.)
    for (const format of ['markdown', 'text'] as const) {
      expect(texts(input, format)).toEqual([
        'The bill would pass on Tuesday after a long debate in the chamber.',
        'The plan cost 5 dollars; it failed: badly; no one knew.'
      ])
    }

    // Photo credits (were claims).
    expect(
      texts('Title here\n\nDowned power lines on Route 9 in Albany on Sunday. (Photo by Sam Ortiz/Getty Images)\n\n(AP Photo/Evan Vucci)\n\nPhoto: Jane Doe/Reuters\n\nImages of the crash spread quickly on social media.\n', 'markdown')
    ).toEqual(['Downed power lines on Route 9 in Albany on Sunday.', 'Images of the crash spread quickly on social media.'])
  })

  it('makes no claim of a headline pasted into the body (every word capitalized, five or more) or “Read the rest of the story at …”', () => {
    const texts = (input: string) => annotate(input, {format: 'text'}).claims.map((claim) => claim.text)
    expect(
      texts('Title\nThe bill would pass on Tuesday after a long debate.\nGOP Candidates Resoundingly Reject The Idea Of A Minimum Wage Hike.\nFIREWORKS FLY IN FIRST ONE-ON-ONE DEMOCRATIC DEBATE.\nRead the rest of the story at The New York Post.')
    ).toEqual(['The bill would pass on Tuesday after a long debate.'])
    // (A sentence with one lowercase word is prose.)
    expect(texts('Title\nThe Senate Passed The Bill On Tuesday with 60 Votes.')).toEqual(['The Senate Passed The Bill On Tuesday with 60 Votes.'])
  })

  it('makes no claim of a condition that belongs to what a source said', () => {
    const article = annotate('Title\nIf the demands are not met, Bill Taylor said supporters will leave the party.', {format: 'text'})
    expect(article.claims.map((claim) => [claim.text, claim.attribution.type])).toEqual([
      ['If the demands are not met, Bill Taylor said supporters will leave the party', 'reported']
    ])
  })
})

describe('annotate (a quotation after “that”)', () => {
  it('makes the quotation the claim, quoted, over all its sentences (“Cruz says that “when you live by the pen …””)', () => {
    const claims = (input: string) => annotate(input, {format: 'text'}).claims.map((claim) => [claim.text, claim.attribution.type, claim.attribution.cue?.text ?? null])
    // (Was the whole sentence, frame and all, and the quotation’s later
    // sentences the reporter’s own, unattributed.)
    expect(claims('Title\nRoberts said that “an individual may be disarmed.”')).toEqual([['an individual may be disarmed.', 'quoted', 'said']])
    expect(claims('Title\nSanders tells reporters that “if the turnout is large we will do fine. If it is low, that may be another story.”')).toEqual([
      ['if the turnout is large we will do fine. If it is low, that may be another story.', 'quoted', 'tells']
    ])
    // A quotation inside reported words stays in a reported claim.
    expect(claims('Title\nHe said the plan was “a disaster” for all.')).toEqual([['the plan was “a disaster” for all', 'reported', 'said']])
  })
})
