import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {annotate, Annotation} from '../src/index.js'
import {brokenSpans, fixture} from './helpers.js'

const seed = fixture('seed/input.txt')

/** Sentences of an input, as text. */
function sentences(input: string, options?: Parameters<typeof annotate>[1]): string[] {
  return annotate(input, options).sentences.map((sentence) => sentence.text)
}

describe('annotate', () => {
  it('reads the seed’s structure: title, 16 body paragraphs, separator, credits', () => {
    const result = annotate(seed)
    expect(result.format).toBe('text')
    expect(result.title?.text).toBe('Hegseth reverses land mine policy to allow use of controversial weapon')
    expect(result.paragraphs.filter((paragraph) => paragraph.kind === 'paragraph')).toHaveLength(16)
    const separator = result.paragraphs.find((paragraph) => paragraph.text === '—')
    expect(separator?.kind).toBe('separator')
    expect(result.sentences.some((sentence) => sentence.text === '—')).toBe(false)
    expect(result.paragraphs.at(-1)?.kind).toBe('credits')
    expect(result.contributors.map((span) => span.text)).toEqual(['Dan Lamothe', 'Meg Kelly', 'Alex Horton'])
    expect(brokenSpans(seed, result)).toEqual([])
  })

  it('segments the seed’s sentences without the wrong splits', () => {
    const texts = sentences(seed)
    expect(texts[0]).toBe('Hegseth reverses land mine policy to allow use of controversial weapon')
    expect(texts).toHaveLength(29)
    // Each of these must stay inside one sentence.
    for (const phrase of [
      'according to a Dec. 2 document reviewed by The Washington Post.',
      'Former senator Patrick J. Leahy (D-Vt.) said in a statement',
      'give the U.S. military',
      'rescinded the U.S. Humanitarian Mine Action Program',
      '“More U.S. soldiers and innocent civilians will be needlessly killed and maimed,” wrote Leahy'
    ]) {
      expect(texts.filter((text) => text.includes(phrase)), phrase).toHaveLength(1)
    }

    expect(texts).toContain(
      '“The United States is not facing any military threat for which land mines are on balance useful.”'
    )
  })

  it.each([
    ['Sen. Jane Doe spoke. Gen. Mark Milley and Gov. Tom Wolf and Rep. Al Green agreed.', 2],
    ['It was No. 3 on the list. Then it fell.', 2],
    ['Prices rose 3.5 percent. Wages did not.', 2],
    ['He paused... and then he left.', 1],
    ['“Why now?” asked Leahy. He waited.', 2],
    ['“Why now?” Leahy asked. He waited.', 2],
    ['“We will win,” said Sen. Bernie Sanders (I-Vt.). The crowd cheered.', 2],
    ['The money went to the U.S. The trip was canceled.', 2],
    ['Officials from the U.S. Department of State declined.', 1],
    ['The vote is set for Dec. 2 in Washington, D.C. at noon.', 1],
    ['It happened at 10 a.m. Tuesday.', 1],
    // (Was one: a clock time before any capital but a zone, a day or a month ends the sentence.)
    ['He was asked to leave shortly before 2 a.m. Witnesses told investigators he returned.', 2],
    ['Polls close at 9 p.m. ET in most states.', 1]
  ])('splits %j into %i sentence(s)', (input, count) => {
    expect(sentences(input, {format: 'text'})).toHaveLength(count)
  })

  it('detects markdown and reads its blocks', () => {
    const input = fixture('markdown-article/input.md')
    const result = annotate(input)
    expect(result.format).toBe('markdown')
    expect(result.published).toBe('2025-03-14')
    expect(result.title?.text).toBe('Senators clash over budget deal')
    expect(result.byline?.text).toBe('By Jane Q. Reporter')
    expect(result.dateline?.text).toBe('WASHINGTON')
    expect(result.contributors.map((span) => span.text)).toEqual(['Ana Ruiz'])
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual([
      'title',
      'byline',
      'paragraph',
      'blockquote',
      'paragraph',
      'list-item',
      'list-item',
      'paragraph',
      'separator',
      'credits'
    ])
    // Markup stays in spans (they slice the input) but never splits sentences.
    expect(result.sentences.map((sentence) => sentence.text)).toContain(
      'She spoke on [the Senate floor](https://example.com/floor) on Thursday.'
    )
    expect(brokenSpans(input, result)).toEqual([])
  })

  it.each(['*By Maria Lopez and James Chen*', '**By Maria Lopez and James Chen**', '_By Maria Lopez and James Chen_'])(
    'reads an emphasized byline %j, without its markup',
    (line) => {
      const result = annotate('# Senate passes stopgap bill\n\n' + line + '\n\nWASHINGTON — The Senate voted 77-19 late Friday.\n')
      expect(result.byline?.text).toBe('By Maria Lopez and James Chen')
      expect(result.dateline?.text).toBe('WASHINGTON')
      expect(result.claims.map((claim) => claim.text)).toEqual(['The Senate voted 77-19 late Friday.'])
    }
  )

  it('marks the site’s words as boilerplate and makes no claims of them', () => {
    const boilerplate = [
      'This story has been updated to include comments from the campaign.',
      'Click here to subscribe to our newsletter.',
      'Follow Pam Key on Twitter @pamkeyNEN.',
      'Copyright 2024 The Associated Press. All rights reserved.',
      'This material may not be published, broadcast, rewritten or redistributed.',
      'Sign up for our daily newsletter.',
      'Read more: Senate passes bill',
      'Photo: Getty Images',
      'Contact the author at jsmith@example.com.',
      'Editor’s note: This article was corrected.',
      'Watch the video above.',
      'John Smith is a reporter for the Times.'
    ]
    const body = ['The Senate passed the budget bill on Tuesday by a vote of 52 to 48.', 'The bill now goes to the House.']
    const input = ['Senate passes budget bill', ...body, ...boilerplate].join('\n')
    const result = annotate(input, {format: 'text'})
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'paragraph', 'paragraph', ...boilerplate.map(() => 'boilerplate')])
    expect(result.claims.map((claim) => claim.text)).toEqual(body)
    // A bio only at the end; the story’s own sentences stay claims.
    expect(annotate('Senate passes bill\nJohn Smith is a reporter for the Times, the court found.\nThe bill passed.\nIt goes to the House.\nThe vote was close.', {format: 'text'}).paragraphs[1]!.kind).toBe('paragraph')
    // The byline’s author introduced at the end, whatever the job (an opinion piece’s bio).
    const opinion = annotate('Opinion: Fund the buses\nBy Helen Okafor\nI have ridden the No. 12 bus for eleven years.\nHelen Okafor is a teacher in Eastside.', {format: 'text'})
    expect(opinion.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'byline', 'paragraph', 'boilerplate'])
    expect(annotate('Title\nBy Helen Okafor\nThe vote was close.\nJohn Roe is a teacher in Eastside.', {format: 'text'}).paragraphs[3]!.kind).toBe('paragraph')
    expect(brokenSpans(input, result)).toEqual([])
  })

  it('keeps offsets right with CRLF, a BOM, tabs and astral characters', () => {
    const input = fixture('crlf-bom/input.md')
    const result = annotate(input)
    expect(result.title?.text).toBe('Headline with a BOM')
    expect(result.title?.position.start).toEqual({line: 1, column: 2, offset: 1})
    const astral = result.sentences.find((sentence) => sentence.text.includes('𝒳'))
    expect(astral?.text).toBe('Second 𝒳 paragraph... with an ellipsis.')
    expect(result.sentences.map((sentence) => sentence.text)).toContain('The U.S. Sen. said “café 😀” costs 3.5 dollars.')
    expect(brokenSpans(input, result)).toEqual([])
  })

  it('reads indented paragraphs as prose, not code', () => {
    const input = 'Title\n\n\tFirst paragraph.\n\n\tSecond paragraph.\n'
    const result = annotate(input)
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Title',
      'First paragraph.',
      'Second paragraph.'
    ])
  })

  it('reads plain text one paragraph per line, and honours `format`', () => {
    const input = 'A headline\nFirst line. Second sentence.\nThird line.'
    expect(annotate(input).paragraphs).toHaveLength(3)
    expect(annotate(input, {format: 'text'}).paragraphs).toHaveLength(3)
    // As markdown, the lines are one paragraph.
    expect(annotate(input, {format: 'markdown'}).paragraphs).toHaveLength(1)
  })

  it('takes a markdown article’s first paragraph for its headline before a dateline, after an initial, when short over a long one, or set before a subhead with `;`', () => {
    const body =
      'The council voted 7-2 on Tuesday to approve the budget, which raises property taxes by 4 percent and adds money for roads. ' +
      'Members who voted against it said the increase would hurt retirees on fixed incomes.'
    const cases: Array<[string, string]> = [
      ['Mary J. Blige sings to Hillary Clinton in preview clip of ‘The 411.’', 'LOS ANGELES, Sept. 28 (UPI) — ' + body],
      ['Game over. Will the council come down off the pique?', body],
      ['Rep. Welch to back Sanders for president.', body],
      ['Campaign cash tied to Turkish group; \nSen. Kelly Ayotte returns $43,100 in questionable funds.', body.slice(0, 120)]
    ]
    for (const [headline, first] of cases) {
      const result = annotate(headline + '\n\n' + first + '\n\nA second paragraph follows here.', {format: 'markdown'})
      expect(result.title?.text, headline).toBe(headline)
    }

    // A one-sentence lede that reports speech in the past is body text,
    // whose speaker the next paragraph’s pronoun refers to (was the
    // headline, and “she” had no source).
    const said = annotate('Mayor Linda Park said on Tuesday the city would not reopen negotiations.\n"We have made our final offer," she told reporters.\n')
    expect(said.title).toBeNull()
    expect(said.quotes[0]!.attribution?.sourceId).toBe(said.sources.find((source) => source.name === 'Linda Park')?.id)
    expect(annotate('Mayor said to weigh a new offer to striking workers in the city.\n' + body).title?.text).toBe('Mayor said to weigh a new offer to striking workers in the city.')
    expect(annotate('Energy bills will rise by 6.4% in April, Ofgem has announced.\nThe regulator said prices rose.\n').title).toBeNull()
    // (Nor a long one that opens with an article and tells in the past: its claim was lost.)
    const voted = annotate('The city council voted 5-2 on Monday night to ban gas-powered leaf blowers starting in 2027.\nLandscapers packed the meeting.\n')
    expect(voted.title).toBeNull()
    expect(voted.claims[0]!.text).toBe('The city council voted 5-2 on Monday night to ban gas-powered leaf blowers starting in 2027.')

    // A lede as long as the paragraph after it stays body text.
    const lede = annotate(body + '\n\n' + body, {format: 'markdown'})
    expect(lede.title).toBeNull()
  })

  it.each([
    ['WASHINGTON — ', 'WASHINGTON'],
    ['LOS ANGELES, Sept. 28 (UPI) — ', 'LOS ANGELES, Sept. 28 (UPI)'],
    ['NEW YORK, June 10 (Reuters) - ', 'NEW YORK, June 10 (Reuters)'],
    ['(CNN) — ', '(CNN)'],
    // (Reuters without a place: was part of the first claim.)
    ['Oct 11 (Reuters) - ', 'Oct 11 (Reuters)'],
    // (Indian papers’ colon: was part of the first claim, and a speaker “NEW DELHI”.)
    ['NEW DELHI: ', 'NEW DELHI'],
    // (HuffPost’s horizontal bar: was no dateline, and part of the first claim.)
    ['WASHINGTON ― ', 'WASHINGTON']
  ])('finds the dateline %j and keeps it out of the first claim', (dateline, text) => {
    const result = annotate('Oil rises\n\n' + dateline + 'Oil prices rose 3% on Monday, traders said.', {format: 'text'})
    expect(result.dateline?.text).toBe(text)
    expect(result.claims[0]!.text).toBe('Oil prices rose 3% on Monday')
  })

  it('finds the dateline after a subtitle of a line or two, and keeps it out of the first claim', () => {
    // (Was no dateline, and “MEXICO CITY - ” opened the claim.)
    const result = annotate('In shift, Mexico to stand up to Trump.\n\nNation shuffling top diplomats to defend image.\n\nMEXICO CITY - Oil prices rose 3% on Monday, traders said.', {format: 'text'})
    expect(result.dateline?.text).toBe('MEXICO CITY')
    expect(result.claims.at(-1)!.text).toBe('Oil prices rose 3% on Monday')
  })

  it('takes no label before a colon for a dateline (“BREAKING:”), and no dateline for a speaker', () => {
    const result = annotate('Oil rises\n\nBREAKING: Oil prices rose 3% on Monday, traders said.', {format: 'text'})
    expect(result.dateline).toBeNull()
    const dated = annotate('Oil rises\n\nNEW DELHI: Oil prices rose 3% on Monday.', {format: 'text'})
    expect(dated.sources).toEqual([])
    expect(dated.claims.map((claim) => [claim.text, claim.attribution.type])).toEqual([['Oil prices rose 3% on Monday.', 'unattributed']])
  })

  it('reads capitals and a colon as a transcript’s speaker, not a dateline, when more paragraphs open so', () => {
    const result = annotate('Debate night\n\nTRUMP: The economy is strong.\n\nHARRIS: It is not.', {format: 'markdown'})
    expect(result.dateline).toBeNull()
    expect(annotate('Debate night\n\nPENCE: We will win this state.', {format: 'markdown'}).dateline).toBeNull()
  })

  it('reads a page’s share buttons and photo credit as boilerplate, before the headline too', () => {
    const result = annotate(
      'Share on Facebook\nShare on Twitter\nStorm knocks out power to 200,000 in Michigan\n(Photo: Detroit Free Press)\nDETROIT — A winter storm knocked out power to 200,000 homes on Sunday, DTE Energy said.',
      {format: 'text'}
    )
    // (The headline was “Share on Facebook”, “Twitter” a source, and the photo credit hid the dateline.)
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['boilerplate', 'boilerplate', 'title', 'boilerplate', 'paragraph'])
    expect(result.title?.text).toBe('Storm knocks out power to 200,000 in Michigan')
    expect(result.dateline?.text).toBe('DETROIT')
    expect(result.sources.map((source) => [source.kind, source.name])).toEqual([['organization', 'DTE Energy']])
  })

  it('reads “Rs.” before a number as no sentence end', () => {
    expect(annotate('It costs Rs. 500 per user.', {format: 'text'}).sentences.map((sentence) => sentence.text)).toEqual(['It costs Rs. 500 per user.'])
  })

  it('reads a live blog’s time stamps on lines of their own as boilerplate', () => {
    const input =
      'Live updates: Senate votes on border bill\n12:45 p.m. ET\nSenate Majority Leader John Thune told reporters the chamber would stay in session.\n' +
      'Tuesday, 9:05 a.m.\nSen. Chris Murphy said the bill was the best deal.\n6:01 p.m.\nThe vote was 68-32.\n'
    const result = annotate(input)
    // (Each was a claim, and “ET” an organization Thune worked for.)
    expect(result.paragraphs.filter((paragraph) => paragraph.kind === 'boilerplate').map((paragraph) => paragraph.text)).toEqual(['12:45 p.m. ET', 'Tuesday, 9:05 a.m.', '6:01 p.m.'])
    expect(result.claims.map((claim) => claim.text)).not.toContain('12:45 p.m. ET')
    expect(result.sources.map((source) => source.name)).toEqual(['John Thune', 'Chris Murphy'])
    // (A sentence with a time in it stays one.)
    expect(annotate('Title\nThe vote is at 6 p.m.\nIt passed.\n').paragraphs[1]!.kind).toBe('paragraph')
  })

  it.each([
    ['Lerer reported from Los Angeles. Associated Press writer Jill Colvin contributed from Albuquerque.', ['Lerer', 'Jill Colvin']],
    ['Phillip reported from Oakland, Calif.; Gearan, from Washington.', ['Phillip', 'Gearan']],
    ['Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler and Coral Davenport from Kaneohe Bay, Hawaii.', ['Julie Hirschfeld Davis', 'Mark Landler', 'Coral Davenport']],
    ['Samantha Lachman contributed reporting from Charleston. Ryan Grim reported from Washington, D.C.', ['Samantha Lachman', 'Ryan Grim']],
    ['Associated Press writers Jill Colvin and Bob Smith contributed to this report.', ['Jill Colvin', 'Bob Smith']],
    ['Reporting by Martin Luther King Jr. and Ana de la Cruz.', ['Martin Luther King Jr.', 'Ana de la Cruz']]
  ])('reads the credits %j and their writers, not the places or the outlet', (line, names) => {
    const result = annotate('Senate passes bill\n\nThe Senate passed the bill on Monday, officials said.\n\n' + line + '\n', {format: 'text'})
    // (“… reported from …” lines were the reporter’s claims and their writers sources; places and outlets were contributors.)
    expect(result.paragraphs.at(-1)!.kind).toBe('credits')
    expect(result.contributors.map((span) => span.text)).toEqual(names)
    expect(result.sources.map((source) => source.name)).toEqual(['officials'])
    expect(result.claims).toHaveLength(1)
  })

  it('reads social prompts, photo credits, sign-offs and reprint notes on lines of their own as boilerplate', () => {
    const lines = [
      'Carson slams the media',
      'Carson said the scrutiny of his candidacy was unfair.',
      'Do you support Dr. Ben Carson? Like the page:',
      'Scott Olson via Getty Images.',
      'John Moore/Getty Images.',
      '11:50 a.m.:',
      '"Related:"',
      'BEFORE YOU GO.',
      'As published in the International New York Times.',
      'This piece first appeared on Global Risk Insights.',
      'We Are Sorry,This video is restricted from playing in your locationEcode: 17.',
      '"VIDEO: Hillary and Obama all told me it was a video when they knew it was not the video.'
    ]
    const result = annotate(lines.join('\n') + '\n', {format: 'text'})
    // (Each was a claim of the reporter, and the prompt a mention of Carson.)
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'paragraph', ...lines.slice(2, -1).map(() => 'boilerplate'), 'paragraph'])
    expect(result.sources.map((source) => [source.name, source.mentions.map((mention) => mention.text)])).toEqual([['Carson', ['Carson', 'Carson', 'his']]])
    expect(result.claims.map((claim) => claim.text)).toEqual(['the media', 'the scrutiny of his candidacy was unfair'])
    // (A sentence that cites where something was published stays one.)
    expect(annotate('Title\nAs published in the journal Nature, the study found 12 new species.\n').paragraphs[1]!.kind).toBe('paragraph')
  })

  it('reads a page’s call to follow or write to its writers, on a line of its own, as boilerplate', () => {
    const input = 'Title\n\nThe Senate passed the bill on Monday.\n\nFollow Jeff Horwitz and Chad Day on Twitter: https://twitter.com/JeffHorwitz.\n\nEmail us at nerdcast@politico.com.\n'
    // (Were paragraphs of the story, their sentences dropped only as claims.)
    expect(annotate(input, {format: 'text'}).paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'paragraph', 'boilerplate', 'boilerplate'])
  })

  it('reads an update note and a footnote’s definition as boilerplate', () => {
    const input = '# Strike\n\nTalks resume Thursday.\n\nFootnote: This story was updated at 4:15 p.m. with comments from Morgan Stanley.\n\n[^1]: Reporting by the Associated Press.\n'
    const result = annotate(input, {format: 'markdown'})
    // (Were claims, and “Footnote” a person.)
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'paragraph', 'boilerplate', 'boilerplate'])
    expect(result.claims.map((claim) => claim.text)).toEqual(['Talks resume Thursday.'])
  })

  it('reads a fact-check’s list of sources as boilerplate, however long', () => {
    const list =
      'Sources: Ohio Legislative Service Commission, fiscal note on House Bill 96, 2025; Ohio Department of Taxation, annual report, March 2026; interview with Zach Schiller, Nov. 28, 2026; ' +
      'Policy Matters Ohio, “Who benefits from the 2025 tax cut,” Sept. 4, 2026; The Columbus Dispatch, “Hartley touts tax cut at Dayton rally,” Nov. 25, 2026.'
    const result = annotate('Fact check: Did the tax cut save families $1,200?\nThe typical family saved $410.\n' + list + '\n', {format: 'text'})
    // (Was a claim with three dates and a count, and “Sources” an anonymous speaker.)
    expect(list.length).toBeGreaterThan(300)
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'paragraph', 'boilerplate'])
    expect(result.claims.map((claim) => claim.text)).toEqual(['The typical family saved $410.'])
    expect(result.sources).toEqual([])
    // (A sentence about sources is a sentence.)
    expect(annotate('Title\nSources: the deal is off, two officials said.\n', {format: 'text'}).paragraphs[1]!.kind).toBe('paragraph')
  })

  it('reads italic credits, a dated correction and a publication line as the page’s, no claims', () => {
    const input =
      '# Storm cuts power\n\n*By Dana Price*\n\n*Published Nov. 18, 2026 at 6:15 a.m. ET | Updated 9:40 a.m. ET*\n\nCrews worked overnight, the utility said.\n\n*Correction, 1:50 p.m. ET: An earlier version of this post misstated the number of counties. It is 22.*\n\n*Additional reporting by Mark Ogden.*\n'
    const result = annotate(input, {format: 'markdown'})
    // (Were claims: the time stamp, the correction, and “by Mark Ogden” said by a person “Additional”.)
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'byline', 'boilerplate', 'paragraph', 'boilerplate', 'credits'])
    expect(result.claims.map((claim) => claim.text)).toEqual(['Crews worked overnight'])
    // (A date alone under a byline, too.)
    expect(annotate('Voters sour on governor\nBy Jennifer Akins\nNov. 20, 2026\nFewer voters approve, a poll found.\n').paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'byline', 'boilerplate', 'paragraph'])
  })

  it('reads a bold line of its own as a subheading, not a claim', () => {
    const input = '# Crossings fall\n\nApprehensions fell to 58,000 in October.\n\n**Advocates push back**\n\nAdvocates said the figures masked a crisis.\n\n**Arteta: “We want the best”**\n\n**What to know:**\n'
    const result = annotate(input, {format: 'markdown'})
    // (Was a claim of the reporter’s; a bold quotation or lead-in stays a paragraph.)
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph'])
    expect(result.claims.map((claim) => claim.text)).not.toContain('Advocates push back')
  })

  it('reads a correction note before the headline as boilerplate, and the headline after it', () => {
    const result = annotate('Correction: An earlier version of this article misstated the date. It is Thursday.\nSenators grill Fed chair\nPowell defended the decision on Tuesday.', {
      format: 'text'
    })
    // (The note was a claim, and the headline a body paragraph with a claim.)
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['boilerplate', 'title', 'paragraph'])
    expect(result.title?.text).toBe('Senators grill Fed chair')
  })

  it('reads an outlet line under the byline as the byline’s, and finds the dateline after it', () => {
    const result = annotate('Hawks force Game 7\nBy Dana Whitfield\nAssociated Press\nDENVER (AP) — Marcus Oyelaran scored in overtime on Thursday.', {
      format: 'text'
    })
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'byline', 'byline', 'paragraph'])
    expect(result.byline?.text).toBe('By Dana Whitfield')
    expect(result.dateline?.text).toBe('DENVER (AP)')
    expect(result.claims.map((claim) => claim.text)).toEqual(['Marcus Oyelaran scored in overtime on Thursday.'])
    // The author’s role in lowercase too (was a body paragraph).
    expect(annotate('Schools to close\nBy Dana Whitfield\nStaff writer\nThe board voted 4-1 on Tuesday.', {format: 'text'}).paragraphs.map((paragraph) => paragraph.kind)).toEqual([
      'title',
      'byline',
      'byline',
      'paragraph'
    ])
    // A sentence under the byline is the body.
    expect(annotate('Hawks force Game 7\nBy Dana Whitfield\nThe Hawks won.', {format: 'text'}).paragraphs.map((paragraph) => paragraph.kind)).toEqual([
      'title',
      'byline',
      'paragraph'
    ])
  })

  it('reads a wire service’s press-release dateline and a press release’s footer (“About …”, “Media Contact: …”)', () => {
    const result = annotate(
      'Acme Robotics Raises $50 Million\nBOSTON, March 3, 2025 /PRNewswire/ -- Acme Robotics today announced it raised $50 million.\nAbout Acme Robotics\nAcme Robotics builds robots for warehouses.\nMedia Contact: Jane Smith, press@acme.example',
      {format: 'text'}
    )
    // (Were no dateline, and claims “About Acme Robotics” and “Jane Smith, press@acme.example” from “Media Contact”.)
    expect(result.dateline?.text).toBe('BOSTON, March 3, 2025 /PRNewswire/')
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'paragraph', 'boilerplate', 'paragraph', 'boilerplate'])
    expect(result.claims.map((claim) => claim.text)).toEqual(['it raised $50 million', 'Acme Robotics builds robots for warehouses.'])
  })

  it('reads a time stamp line as boilerplate and finds the dateline after it', () => {
    const result = annotate('FDA panel backs pill\nBy Rachel Kim\nUpdated 3:45 PM EST, Thu March 6, 2025\n(CNN) — A federal committee voted 14-2 on Wednesday to back the pill.', {
      format: 'text'
    })
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'byline', 'boilerplate', 'paragraph'])
    expect(result.dateline?.text).toBe('(CNN)')
    expect(result.claims.map((claim) => claim.text)).toEqual(['A federal committee voted 14-2 on Wednesday to back the pill.'])
    // (A sentence that opens with the word is no time stamp.)
    expect(annotate('Title\nPublished reports on Monday showed the plan failed.', {format: 'text'}).paragraphs.map((paragraph) => paragraph.kind)).toEqual([
      'title',
      'paragraph'
    ])
  })

  it('finds a dateline in markup, keeps it out of claims, and names sources without link markup', () => {
    const input =
      '# Council approves budget\n\n**WASHINGTON** — The council voted 7-2 on Tuesday to approve the budget, officials said.\n\n' +
      '- Taxes rise 4%, according to the [city’s finance office](https://example.com).\n'
    const result = annotate(input, {format: 'markdown'})
    expect(result.dateline?.text).toBe('WASHINGTON')
    expect(result.claims.map((claim) => claim.text)).toEqual(['The council voted 7-2 on Tuesday to approve the budget', 'Taxes rise 4%'])
    expect(result.sources.map((source) => source.name)).toContain('the city’s finance office')
  })

  it('returns an empty, valid annotation for empty input', () => {
    for (const input of ['', '   ', '\n\n\r\n']) {
      const result = annotate(input)
      expect(() => Annotation.parse(result)).not.toThrow()
      expect(result.paragraphs).toEqual([])
      expect(result.title).toBeNull()
      expect(result.length).toBe(input.length)
    }
  })

  it('returns exactly what `Annotation.parse` would: same values, same key order', () => {
    // `annotate` checks its result with validators that build no copy and
    // returns the result itself, so it must already be the parsed shape.
    const inputs = [
      seed,
      '# Budget\n\n“Taxes will rise 5% in 2025,” said Sen. Jane Roe (D-Vt.).\n\n> According to the memo, 40 people died.',
      'He said “yes.\nShe asked “why'
    ]
    for (const input of inputs) {
      const result = annotate(input)
      expect(JSON.stringify(result)).toBe(JSON.stringify(Annotation.parse(result)))
    }
  })

  it('copies `id`, `url` and `published` from options', () => {
    const result = annotate('Hi.', {id: 'a1', url: 'https://example.com/a', published: '2025-12-05'})
    expect([result.id, result.url, result.published]).toEqual(['a1', 'https://example.com/a', '2025-12-05'])
    expect(annotate('Hi.', {published: new Date('2025-12-05T10:00:00Z')}).published).toBe(
      '2025-12-05T10:00:00.000Z'
    )
  })

  it.each([
    ['Published: Dec. 2, 2025', '2025-12-02'],
    ['Updated 3:45 PM EST, Thu March 6, 2025', '2025-03-06'],
    ['Published Nov. 18, 2026 at 6:15 a.m. ET | Updated 9:40 a.m. ET', '2026-11-18']
  ])('takes the publication date from a time stamp line at the top (%j)', (stamp, date) => {
    const result = annotate('Senate passes bill\n' + stamp + '\nThe Senate passed the bill on Monday.\n', {format: 'text'})
    // (Was none, and “Monday” left unresolved.)
    expect(result.published).toBe(date)
    expect(result.claims[0]!.times.map((time) => time.value)).toHaveLength(1)
    expect(result.claims[0]!.times[0]!.value).not.toBeNull()
  })

  it('prefers options, front matter and a published date over an update, and reads no date from the body', () => {
    expect(annotate('Bill\nPublished: Dec. 2, 2025\nIt passed.\n', {format: 'text', published: '2025-12-05'}).published).toBe('2025-12-05')
    expect(annotate('---\ndate: 2025-12-04\n---\n\n# Bill\n\nPublished: Dec. 2, 2025\n\nIt passed.\n').published).toBe('2025-12-04')
    expect(annotate('Bill\nUpdated: Dec. 3, 2025\nPublished: Dec. 2, 2025\nIt passed.\n', {format: 'text'}).published).toBe('2025-12-02')
    expect(annotate('Bill\nBy Jane Doe\nNov. 20, 2026\nIt passed.\n', {format: 'text'}).published).toBe('2026-11-20')
    expect(annotate('Bill\nIt passed on Monday.\nIt was signed later.\nNov. 20, 2026\n', {format: 'text'}).published).toBeNull()
  })

  it('accepts a VFile and adds messages to it', () => {
    const file = new VFile({value: '---\ndate: yesterday-ish\n---\n\nText here.'})
    const result = annotate(file)
    expect(result.diagnostics).toHaveLength(1)
    expect(result.diagnostics[0]).toMatchObject({source: 'claimtrace', ruleId: 'invalid-date', severity: 'warning'})
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]?.ruleId).toBe('invalid-date')
  })

  it('reports invalid characters and keeps going', () => {
    const input = 'Text with a NUL\u0000 and a lone \uD800 surrogate.'
    const result = annotate(input)
    expect(result.diagnostics.map((item) => item.ruleId)).toEqual(['invalid-character'])
    expect(brokenSpans(input, result)).toEqual([])
  })

  it('ends text that runs on without a sentence end into sentences, and says so', () => {
    const input = Array.from({length: 2000}, (_, index) => 'word' + index).join(' ')
    const result = annotate(input, {format: 'text'})
    expect(result.diagnostics.map((item) => item.ruleId)).toEqual(['long-sentence'])
    expect(result.diagnostics[0]!.reason).toMatch(/^Unexpected 2000 characters without a sentence end/)
    expect(result.sentences.length).toBeGreaterThan(5)
    expect(brokenSpans(input, result)).toEqual([])
  })

  it('says when markdown given as such has paragraphs of lines that end sentences (one paragraph per line)', () => {
    const line = 'The council voted on Tuesday to approve the plan, which had been debated for more than eight months by members of both parties.'
    const input = 'Council approves plan\n' + [line, line, line, line].join('\n') + '\n'
    const result = annotate(input, {format: 'markdown'})
    expect(result.diagnostics.map((item) => [item.ruleId, item.place?.start.offset])).toEqual([['line-paragraphs', 0]])
    expect(result.paragraphs).toHaveLength(1)
    // Not when detected, nor for hard-wrapped markdown nor paragraphs apart.
    expect(annotate(input).diagnostics).toEqual([])
    const wrapped = 'The council voted on Tuesday.\nTo approve the plan, which had been debated for\nmonths. Members agreed.\nIt passed.\nOn Friday.\n'
    expect(annotate(wrapped, {format: 'markdown'}).diagnostics).toEqual([])
    expect(annotate([line, line, line, line].join('\n\n'), {format: 'markdown'}).diagnostics).toEqual([])
  })

  it('does not crash on an article cut off after an appositive’s article (fuzz finding)', () => {
    for (const input of ['“Symbolically, this policy,” said Sarah Yager, the', 'It was said by Sarah Yager, a']) {
      expect(brokenSpans(input, annotate(input, {format: 'markdown'}))).toEqual([])
    }
  })

  it('throws a TypeError on programmer errors', () => {
    expect(() => annotate(1 as unknown as string)).toThrow(/Expected `input` to be a string or VFile, got number `1`/)
    expect(() => annotate(null as unknown as string)).toThrow(TypeError)
    expect(() => annotate('x', {format: 'md' as 'markdown'})).toThrow(
      /Expected `options.format` to be 'auto', 'markdown' or 'text', got `"md"`/
    )
    expect(() => annotate('x', {published: 'not a date'})).toThrow(/options.published/)
    expect(() => annotate('x', {id: 3 as unknown as string})).toThrow(/options.id/)
    expect(() => annotate('x', {doubleApostrophes: 'yes' as unknown as boolean})).toThrow(
      /Expected `options.doubleApostrophes` to be a boolean or 'auto', got `"yes"`/
    )
    expect(() => annotate('x', {singleQuotes: 1 as unknown as boolean})).toThrow(
      /Expected `options.singleQuotes` to be a boolean or 'auto', got number `1`/
    )
    expect(() => annotate('x', 'text' as unknown as null)).toThrow(/options/)
  })

  it('reads `\'\'` as a quotation mark only with `doubleApostrophes`', () => {
    const input = "Tax plan\n''It's anti-reform,'' said Leonard E. Burman, director of the center."
    expect(annotate(input, {format: 'text'}).quotes).toEqual([])
    const {quotes, sources} = annotate(input, {format: 'text', doubleApostrophes: true})
    expect(quotes.map((quote) => [quote.text, quote.marks.open, quote.marks.close])).toEqual([
      ["''It's anti-reform,''", "''", "''"]
    ])
    const source = sources.find((item) => item.id === quotes[0]!.attribution?.sourceId)
    expect(source?.name).toBe('Leonard E. Burman')
  })

  it('decides per input with `doubleApostrophes: \'auto\'`', () => {
    const archive = "Tax plan\n''It's anti-reform,'' said Leonard E. Burman. ''We will see,'' he added."
    expect(annotate(archive, {format: 'text', doubleApostrophes: 'auto'}).quotes.map((quote) => quote.text)).toEqual([
      "''It's anti-reform,''",
      "''We will see,''"
    ])
    // Curly or straight quotation marks in the text: `''` stays two apostrophes.
    const typeset = "Pipes\n“It fits,” said Ann Lee of the 12'' pipe and the 10'' one."
    expect(annotate(typeset, {format: 'text', doubleApostrophes: 'auto'}).quotes.map((quote) => quote.text)).toEqual(['“It fits,”'])
    // One `''` alone is no quotation.
    expect(annotate("Pipes\nA 12'' pipe burst.", {format: 'text', doubleApostrophes: 'auto'}).quotes).toEqual([])
  })

  it('reads single marks as the quotation marks of British-style text (`singleQuotes`, by default `\'auto\'`)', () => {
    const input = [
      'Waiting lists hit record',
      "The Health Secretary, Steve Barclay, said the figures were 'disappointing'. 'Industrial action has had a real impact on patients,' he said.",
      "'The doctors' union is wrong. It's \"unacceptable\",' said Dr Vivek Trivedi of the BMA's committee."
    ].join('\n')
    const {quotes, sources} = annotate(input, {format: 'text'})
    expect(quotes.map((quote) => [quote.text, quote.kind])).toEqual([
      ["'disappointing'", 'partial'],
      ["'Industrial action has had a real impact on patients,'", 'direct'],
      ["'The doctors' union is wrong. It's \"unacceptable\",'", 'direct']
    ])
    const speaker = (index: number) => sources.find((source) => source.id === quotes[index]!.attribution?.sourceId)?.name
    expect([speaker(0), speaker(1), speaker(2)]).toEqual(['Steve Barclay', 'Steve Barclay', 'Vivek Trivedi'])
    // Apostrophes make no messages about unbalanced marks.
    expect(annotate(input, {format: 'text'}).diagnostics).toEqual([])
    // Off, single marks quote nothing (the nested double marks are a term then).
    expect(annotate(input, {format: 'text', singleQuotes: false}).quotes.map((quote) => quote.text)).toEqual(['"unacceptable"'])
  })

  it('reads single marks as the quotation marks of British-style text that closes one quotation and quotes phrases in pairs', () => {
    // (Were no quotes: one `.'` before a space was too few to tell.)
    const input = [
      'NHS waiting list tops 7.6 million',
      "Speaking at a hospital in Leeds, the prime minister said: 'We inherited a health service on its knees. It will take time, but we will fix the foundations.'",
      "The Conservatives accused the government of 'talking down' the NHS. Victoria Atkins said Labour had 'no plan' to deal with strikes."
    ].join('\n')
    expect(annotate(input, {format: 'text'}).quotes.map((quote) => quote.text)).toEqual([
      "'We inherited a health service on its knees. It will take time, but we will fix the foundations.'",
      "'talking down'",
      "'no plan'"
    ])
    // (Not with double marks about: “Smith” … 'the plan' stays the American convention.)
    expect(annotate('Plan\n“It works,” Smith said of the so-called \'plan\' and the \'deal\' and the \'cuts.\'', {format: 'text'}).quotes.map((quote) => quote.text)).toEqual(['“It works,”'])
  })

  it('keeps single marks nested in text that quotes with double marks', () => {
    const input = "Debate\n“He called it 'a disaster,' and left,” Smith said. “The voters' choice is 'clear.'” Jones's aide said it's fine."
    expect(annotate(input, {format: 'text'}).quotes.map((quote) => quote.text)).toEqual([
      "“He called it 'a disaster,' and left,”",
      "“The voters' choice is 'clear.'”"
    ])
  })
})
