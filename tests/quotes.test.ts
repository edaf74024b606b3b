import {describe, expect, it} from 'vitest'
import {ruleIds} from '../src/messages.js'
import {writesSingleQuotes} from '../src/quotes/marks.js'
import type {Quote} from '../src/schema.js'
import {brokenQuoteSpans, run, seedInput} from './quotes-helpers.js'

const headline = 'A headline for the test\n'

/** Quotes of a plain-text article (a headline is added first). */
function quotesOf(body: string): Quote[] {
  return run(headline + body, 'text').quotes
}

function byContent(quotes: Quote[], start: string): Quote {
  const quote = quotes.find((item) => item.content.startsWith(start))
  if (!quote) throw new Error('No quote starting with ' + JSON.stringify(start) + ' in ' + JSON.stringify(quotes.map((item) => item.content)))
  return quote
}

describe('findQuotes', () => {
  it('pairs curly, straight, double-apostrophe (when asked) and guillemet marks', () => {
    const input = headline + '“One,” he said. "Two," she said. \'\'Three,\'\' they said. «Four», it said.'
    const quotes = run(input, 'text', {doubleApostrophes: true}).quotes
    expect(quotes.map((quote) => quote.content)).toEqual(['One,', 'Two,', 'Three,', 'Four'])
    expect(quotes.map((quote) => [quote.marks.open, quote.marks.close])).toEqual([
      ['“', '”'],
      ['"', '"'],
      ["''", "''"],
      ['«', '»']
    ])
  })

  it('gives a quotation after “described as” to the subject of a relative clause (“an explosion that Mayor Bill de Blasio described as “an intentional act.””)', () => {
    // (Was a term nobody is quoted as saying.)
    const kinds = (body: string) => run(headline + body, 'text').quotes.map((quote) => [quote.kind, quote.attribution?.cue?.text ?? null])
    expect(kinds('People were hurt by an explosion that Mayor Bill de Blasio described as “an intentional act.”')).toEqual([['partial', 'described']])
    expect(kinds('Officials met for talks that both sides described as “constructive.”')).toEqual([['partial', 'described']])
    // (An impersonal one stays a term.)
    expect(kinds('It is a practice described as “predatory.”')).toEqual([['term', null]])
  })

  it('covers the marks with `position` and the inside with `contentPosition`', () => {
    const input = headline + 'She said “hello there” twice.'
    const {quotes} = run(input, 'text')
    const quote = quotes[0]!
    expect(quote.text).toBe('“hello there”')
    expect(input.slice(quote.contentPosition.start.offset, quote.contentPosition.end.offset)).toBe('hello there')
  })

  it('takes `\'\'` for apostrophes by default', () => {
    const {quotes, file} = run(headline + "''Three,'' they said of the 12'' pipes and '''bold''' text.", 'text')
    expect(quotes).toEqual([])
    expect(file.messages).toEqual([])
  })

  it('continues an `\'\'` quote into the next paragraph only when asked', () => {
    const input = headline + "''We lost the bridge.\n''We will rebuild it,'' she said."
    expect(run(input, 'text').quotes).toEqual([])
    const quotes = run(input, 'text', {doubleApostrophes: true}).quotes
    expect(quotes.map((quote) => quote.content)).toEqual(['We lost the bridge.', 'We will rebuild it,'])
    expect(quotes[1]!.continues).toBe(quotes[0]!.id)
  })

  it('never takes apostrophes, ’s or ’90s for quotation marks', () => {
    const quotes = quotesOf('In the ’90s the voters’ choice was Trump’s, and rock ’n’ roll didn’t stop. It’s over.')
    expect(quotes).toEqual([])
  })

  it('keeps single quotes nested in double quotes inside the outer quote', () => {
    const quotes = quotesOf('“He told me ‘never again,’ and I believed him,” Ruiz said.')
    expect(quotes.length).toBe(1)
    expect(quotes[0]!.content).toBe('He told me ‘never again,’ and I believed him,')
    expect(quotes[0]!.attribution?.mention?.text).toBe('Ruiz')
  })

  it('finds multi-sentence quotes as one quote', () => {
    const quotes = quotesOf('The mayor said: “We are ready. We have been ready for weeks. Come what may.”')
    expect(quotes.length).toBe(1)
    expect(quotes[0]!.sentenceIds.length).toBe(3)
    expect(quotes[0]!.kind).toBe('direct')
  })

  it('closes a quote at the end of its paragraph and links the next paragraph that continues it', () => {
    const {quotes, file} = run(headline + 'The chief spoke first. “We lost the bridge.\n“We will rebuild it,” she said.', 'text')
    expect(quotes.length).toBe(2)
    expect(quotes[0]!.marks.close).toBe(null)
    expect(quotes[0]!.paragraphId).toBe('p2')
    expect(quotes[1]!.continues).toBe('q1')
    expect(quotes[1]!.attribution?.mention?.text).toBe('she')
    // The typographic convention is not an error.
    expect(file.messages).toEqual([])
  })

  it('reports an unclosed quote and never lets it cross its paragraph', () => {
    const {quotes, file} = run(headline + 'He said “the plan is fine and left.\nThe next paragraph has no quote at all.', 'text')
    expect(quotes.length).toBe(1)
    expect(quotes[0]!.text).toBe('“the plan is fine and left.')
    expect(quotes[0]!.marks.close).toBe(null)
    expect(file.messages.map((message) => message.ruleId)).toEqual([ruleIds.unclosedQuote])
    expect(file.messages[0]!.line).toBe(2)
  })

  it('reports a closing mark with no opening mark', () => {
    const {quotes, file} = run(headline + 'A stray mark” sits here.', 'text')
    expect(quotes).toEqual([])
    expect(file.messages.map((message) => message.ruleId)).toEqual([ruleIds.unopenedQuote])
  })

  it('ends an unclosed quote before the next quote of the same style', () => {
    const {quotes, file} = run(headline + 'He said “one thing and then “another thing,” she said.', 'text')
    expect(quotes.map((quote) => quote.content)).toEqual(['one thing and then', 'another thing,'])
    expect(file.messages.map((message) => message.ruleId)).toEqual([ruleIds.unclosedQuote])
  })

  it('reads markdown: block quotes, and emphasis or links inside a quote', () => {
    const input = '# Title\n\n“It is *not* a [crisis](https://example.com) yet,” said Ana Ruiz.\n\n> We will not wait.\n>\n> Nobody will.\n'
    const result = run(input, 'markdown')
    expect(brokenQuoteSpans(result)).toEqual([])
    const [first, block, next] = result.quotes
    expect(first!.content).toBe('It is not a crisis yet,')
    expect(first!.attribution?.mention?.text).toBe('Ana Ruiz')
    expect(block!.marks).toEqual({open: '>', close: ''})
    expect(block!.content).toBe('We will not wait.')
    expect(next!.continues).toBe(block!.id)
  })

  it('reads quotation marks written as character references or escapes in markdown', () => {
    const input = '# Title\n\n&ldquo;We will not back down,&#8221; said Ana Ruiz. She called it \\"a disaster\\".\n'
    const result = run(input, 'markdown')
    expect(brokenQuoteSpans(result)).toEqual([])
    const [first, second] = result.quotes
    // The marks span the whole reference, so `text` holds both.
    expect(first!.text).toBe('&ldquo;We will not back down,&#8221;')
    expect(first!.marks).toEqual({open: '&ldquo;', close: '&#8221;'})
    expect(first!.content).toBe('We will not back down,')
    expect(first!.attribution?.mention?.text).toBe('Ana Ruiz')
    expect(second!.content).toBe('a disaster')
    expect(second!.attribution?.mention?.text).toBe('She')
    // Plain text has no references: the same characters are text.
    expect(run(input.replace('# Title', 'Title'), 'text').quotes.map((quote) => quote.content)).toEqual(['a disaster\\'])
  })

  it('attributes a quote or block quote introduced at the end of the paragraph before', () => {
    const input = '# Title\n\nTrump tweeted on Friday:\n\n> Great rally in Ohio. Thank you!\n\nThe senator said:\n\n“We will not stand for this.”\n'
    const {quotes} = run(input, 'markdown')
    expect(quotes.map((quote) => [quote.attribution?.mention?.text, quote.attribution?.cue?.text])).toEqual([
      ['Trump', 'tweeted'],
      ['The senator', 'said']
    ])
  })

  it('attributes a pasted post to the one who signs it, and leaves the signature out of its words', () => {
    // (Was a block quote with no speaker, its signature part of its content.)
    const input = '# Storm\n\nFlights were canceled.\n\n> All flights are suspended due to high winds. — LaGuardia Airport (@LGAairport) December 1, 2026\n\n> Shelters are full.\n>\n> Washington needs to fund them. — Mayor Elena Ruiz (@MayorRuiz) November 17, 2026\n'
    const result = run(input, 'markdown')
    expect(brokenQuoteSpans(result)).toEqual([])
    expect(result.quotes.map((quote) => [quote.content, quote.attribution?.mention?.text ?? null])).toEqual([
      ['All flights are suspended due to high winds.', 'LaGuardia Airport'],
      ['Shelters are full.', 'Mayor Elena Ruiz'],
      ['Washington needs to fund them.', 'Mayor Elena Ruiz']
    ])
    expect(result.quotes[2]!.continues).toBe(result.quotes[1]!.id)
  })

  it('attributes a quote after a paragraph that closes on what the speaker spoke of and a colon', () => {
    // (Were unattributed: “disputed” was no cue, and a topic before the colon made no intro.)
    const input = '# Strike\n\nCarter disputed the company’s figures:\n\n> They keep saying 14 percent.\n\nBecker criticized the plan:\n\n“We are against it.”\n\nThe plan is new:\n\n“It will pass.”\n'
    const {quotes} = run(input, 'markdown')
    expect(quotes.map((quote) => [quote.attribution?.mention?.text, quote.attribution?.cue?.text])).toEqual([
      ['Carter', 'disputed'],
      ['Becker', 'criticized'],
      [undefined, undefined]
    ])
  })

  it('classifies terms and titles, which get no attribution', () => {
    const quotes = quotesOf(
      'Experts warned that mines called “nonpersistent” ones fail. The so-called “reform” stalled. She hosted “Saturday Night Live” and the “Daily Show” host laughed.'
    )
    expect(byContent(quotes, 'nonpersistent')).toMatchObject({kind: 'term', attribution: null})
    expect(byContent(quotes, 'reform')).toMatchObject({kind: 'term', attribution: null})
    expect(byContent(quotes, 'Saturday Night Live')).toMatchObject({kind: 'title', attribution: null})
  })

  it('reads title-case words after a genre of film as a title (“his hit thriller “Northbound,” who …”)', () => {
    // (Were partial quotes of the lawsuit and the studio estimates.)
    const quotes = quotesOf(
      'The actor is sued by the producers of his 2023 hit thriller “Northbound,” who accuse him of walking away, according to a lawsuit. His romantic comedy “Second Chances,” opened to $27.4 million, according to studio estimates.'
    )
    expect(byContent(quotes, 'Northbound')).toMatchObject({kind: 'title', attribution: null})
    expect(byContent(quotes, 'Second Chances')).toMatchObject({kind: 'title', attribution: null})
  })

  it('reads title-case words after an outlet’s or a common noun’s possessive as a title, not a speaker’s words', () => {
    const quotes = quotesOf(
      'Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said the rules were broken. Speaking on Fox News’ “Fox & Friends,” he said it again. Issa called Clinton’s “Honesty Is In Question” line unfair. On Fox News Channel’s “Hannity,” “We will win,” US Senator Jeff Sessions said as he left.'
    )
    expect(byContent(quotes, 'Hannity')).toMatchObject({kind: 'title', attribution: null})
    expect(byContent(quotesOf('Clinton said it in an interview with “Fox News Sunday.”'), 'Fox News Sunday')).toMatchObject({kind: 'title', attribution: null})
    // “US” in capitals is the country: the speaker is “US Senator Jeff Sessions”, not the words after “said”.
    expect(byContent(quotes, 'We will win')).toMatchObject({attribution: {mention: {text: 'US Senator Jeff Sessions'}}})
    expect(byContent(quotes, 'Sunday Morning Futures')).toMatchObject({kind: 'title', attribution: null})
    expect(byContent(quotes, 'Fox & Friends')).toMatchObject({kind: 'title', attribution: null})
    // A person’s possessive may be their words (“Issa: Clinton’s ‘Honesty Is In Question’”).
    expect(byContent(quotes, 'Honesty Is')).not.toMatchObject({kind: 'title'})
  })

  it('reads title-case words after “including” as a title (“11 books, including “The Quiet Reef,” which sold”)', () => {
    // (Was a partial quote of the writer: “She wrote” made it her words.)
    expect(byContent(quotesOf('She wrote 11 books, including “The Quiet Reef,” which sold a million copies.'), 'The Quiet Reef')).toMatchObject({kind: 'title', attribution: null})
    // (Not words in lowercase: “including “deliberately provoking” a clash”.)
    expect(byContent(quotesOf('He listed the charges, including “deliberately provoking” a clash, she said.'), 'deliberately')).not.toMatchObject({kind: 'title'})
  })

  it('attributes a scare quote when someone is quoted using it', () => {
    const quotes = quotesOf('Clinton called half of his supporters “deplorables.”')
    expect(quotes[0]).toMatchObject({kind: 'partial'})
    expect(quotes[0]!.attribution?.mention?.text).toBe('Clinton')
    expect(quotes[0]!.attribution?.cue?.text).toBe('called')
  })

  describe('attribution layouts', () => {
    const cases: Array<[string, string, string, string]> = [
      ['“…,” X said.', '“We will not back down,” Governor Ana Ruiz said on Tuesday.', 'Governor Ana Ruiz', 'said'],
      ['“…,” said X, the … of Y.', '“The plan is dead,” said Mark Ellison, the chief economist of Harbor Bank.', 'Mark Ellison', 'said'],
      ['X said: “…”', 'The mayor said: “We are opening the shelters tonight.”', 'The mayor', 'said'],
      ['X said in a statement, “…”', 'Senator Lena Ortiz (D-N.M.) said in a statement, “This vote betrays us.”', 'Senator Lena Ortiz (D-N.M.)', 'said'],
      ['“…,” wrote X', '“The data are clear,” wrote Okafor, who led the study.', 'Okafor', 'wrote'],
      ['according to X', 'The deal “is all but done,” according to two officials familiar with the talks.', 'two officials familiar with the talks', 'according to'],
      ['a document', 'The interim policy says the army will use “remotely delivered” mines.', 'The interim policy', 'says'],
      ['pronoun', 'She was blunt. “Demand has never been this high,” she said.', 'she', 'said'],
      ['told', '“It’s a mess,” Garcia told reporters at the White House.', 'Garcia', 'told'],
      ['asked', '“Why now?” asked Maria Chen, a city council member.', 'Maria Chen', 'asked'],
      ['tweeted', 'Trump tweeted: “Great rally tonight!”', 'Trump', 'tweeted'],
      ['has long called for', 'Advocates have long called for a “complete and permanent” ban.', 'Advocates', 'have long called for'],
      ['X: “…”', 'Senator Ruiz: “We will not fund this wall.”', 'Senator Ruiz', ':'],
      ['“…” — X', '“Nobody asked us.” — Tom Becker, 52, a teacher', 'Tom Becker', '—'],
      ['Said X:', 'Said Ellis: “I don’t buy it.”', 'Ellis', 'Said'],
      ['opening participle clause', 'Responding to the ruling, Clinton wrote: “This is a dark day.”', 'Clinton', 'wrote'],
      ['opening adjunct with a participle', 'After reciting the passage, Beck said, “It could not be more clear.”', 'Beck', 'said'],
      ['partial quote in reported speech after a participle', 'Lashing out, Trump said the judge’s “mind is shot.”', 'Trump', 'said'],
      ['article and adjective before the speaker', '“They have been reluctant to jump in,” a senior Democrat said.', 'a senior Democrat', 'said'],
      ['lowercase description before a name', '“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek.', 'retired Army Lt. Gen. Mick Bednarek', 'said'],
      ['organization, title, name', '“We will win,” said Clinton campaign chairman John Podesta.', 'Clinton campaign chairman John Podesta', 'said'],
      ['possessive and title', '“We are treating it as one long Election Day,” said Rubio’s deputy campaign manager, Rich Beeson.', 'Rubio’s deputy campaign manager', 'said'],
      ['expressive verb', '“This is fantastic!” beamed Donald Hartley of Madison.', 'Donald Hartley of Madison', 'beamed'],
      ['appositive between dashes', 'Jason Sims — a teacher from Mount Pleasant — says the endorsement was “a big deal.”', 'Jason Sims', 'says'],
      ['determiner as subject', 'Another said, “The rally was a turning point.”', 'Another', 'said'],
      ['determiner as subject of a clause', 'Most said they were “very worried.”', 'Most', 'said'],
      ['participle clause inside the subject', 'Sen. Dana Price, noting the size of the crowd, said, “This is a movement now.”', 'Sen. Dana Price', 'said'],
      ['pronoun that describes as', 'She described the plan as “a recipe for disaster.”', 'She', 'described'],
      ['title word before a name', '“The numbers are fine,” campaign manager Robby Mook wrote.', 'campaign manager Robby Mook', 'wrote'],
      ['inverted source with a participle phrase', '“It’s a way to take part,” says a source involved in the talks.', 'a source', 'says'],
      ['inverted source before as', '“We can win on Tuesday,” said Sanders as he closed out.', 'Sanders', 'said'],
      ['subject before an irregular past', 'The email went on to say, “Our members deserve better.”', 'The email', 'say'],
      ['abbreviation in an appositive', 'Sen. Ron Johnson, R-Wis., said in an op-ed, “The department failed.”', 'Sen. Ron Johnson', 'said'],
      ['relative clause in an appositive', 'Alex Castellanos, a consultant who had tried to stop him, said, “It is the denial stage of grief.”', 'Alex Castellanos', 'said'],
      ['appositive, not an inverted source', 'John Podesta, a former adviser who backed the policy, said Obama “understood the stakes.”', 'John Podesta', 'said'],
      ['as X puts it', 'As the columnist Ruth Marcus puts it, “Senate Republicans are unmoved.”', 'the columnist Ruth Marcus', 'puts it'],
      ['charged', '“You called voters lazy,” Kelly charged during the debate.', 'Kelly', 'charged'],
      ['inverted remembered', '“We had no idea,” remembered Roy Verley, a former spokesman.', 'Roy Verley', 'remembered'],
      ['time adjunct before the subject', 'Hours later, Trump thanked his host, telling reporters, “We have been friends for years.”', 'Trump', 'telling'],
      ['stray comma after a party tag', 'After the vote, Gov. Ann Lee (R-OH), said, “We are ready for the fall.”', 'Gov. Ann Lee (R-OH)', 'said'],
      ['inverted source before a colon', 'In other words, explained moderator Nancy Cordes: “What does that have to do with donations?”', 'moderator Nancy Cordes', 'explained'],
      ['subject before goes on to say', 'The letter goes on to say: “We will not be silenced.”', 'The letter', 'say'],
      ['relative clause with a clause of its own', 'Clinton, who called Sanders after the race was decided, told supporters, “I still love this state.”', 'Clinton', 'told']
    ]
    it.each(cases)('%s', (_, body, mention, cue) => {
      const quotes = quotesOf(body)
      expect(quotes.length).toBeGreaterThan(0)
      expect(quotes[0]!.attribution?.mention?.text).toBe(mention)
      expect(quotes[0]!.attribution?.cue?.text).toBe(cue)
      expect(quotes[0]!.attribution?.sourceId).toBe(null)
    })
  })

  it('attributes a quote after an appositive between dashes that holds a nickname', () => {
    // (Was a term: the quotation inside the appositive hid the subject.)
    const quotes = quotesOf('Tom Reyes — dubbed “the new Olivier” by one tabloid — told the BBC that he had “never been more terrified.”')
    expect(quotes.map((quote) => [quote.kind, quote.attribution?.mention?.text ?? null])).toEqual([
      ['term', null],
      ['partial', 'Tom Reyes']
    ])
  })

  it('attributes a quote after a title to the speaker, not to the title', () => {
    const quotes = quotesOf(
      'Starr said the case reminds him of the book titled “The Tragedy of Lyndon Johnson,” explaining, “because of what could have been.” ' +
        'Hemsley, the co-author of “Going Viral,” said the nation had lost “a unifying story.” ' +
        'To chants of “Marco! Marco!,” the senator said his campaign was “closing really strong.”'
    )
    expect(byContent(quotes, 'The Tragedy')).toMatchObject({kind: 'title', attribution: null})
    expect(byContent(quotes, 'because of')).toMatchObject({continues: null})
    expect(byContent(quotes, 'because of').attribution?.mention?.text).toBe('Starr')
    expect(byContent(quotes, 'a unifying').attribution?.mention?.text).toBe('Hemsley')
    expect(byContent(quotes, 'closing really').attribution?.mention?.text).toBe('the senator')
  })

  it('takes a participle after a title ending in a comma', () => {
    const quotes = quotesOf('“He has no chance,” Graham said on “Morning Joe,” adding, “Kasich is an insider in an outsider year.”')
    expect(byContent(quotes, 'Kasich').attribution?.mention?.text).toBe('Graham')
    expect(byContent(quotes, 'Kasich').attribution?.cue?.text).toBe('adding')
  })

  it('gives a quote to the cue right before it over a report running up to its end', () => {
    const quotes = quotesOf('Carson said the changes would match “the tasks ahead.” He added: “My senior team remains in place.”')
    expect(byContent(quotes, 'the tasks').attribution?.mention?.text).toBe('Carson')
    expect(byContent(quotes, 'My senior').attribution?.mention?.text).toBe('He')
    expect(byContent(quotes, 'My senior').attribution?.cue?.text).toBe('added')
  })

  it('attributes a quote after a paragraph that ends in “issued the following statement:”', () => {
    const quotes = quotesOf('On Saturday, the governor issued the following statement:\n\n“Our thoughts are with the families of the victims.”')
    expect(quotes[0]!.attribution?.mention?.text).toBe('the governor')
    expect(quotes[0]!.attribution?.cue?.text).toBe('issued the following statement:')
  })

  it('gives a quotation after a colon to the speaker named after it', () => {
    const quotes = quotesOf('Trump asserted that France had lost its identity: “France is no longer France,” he claimed.')
    expect(quotes[0]!.attribution?.mention?.text).toBe('he')
    expect(quotes[0]!.attribution?.cue?.text).toBe('claimed')
  })

  it('gives a quote introduced by a pronoun inside a report to the report’s speaker', () => {
    const quotes = quotesOf('Trump said he responded: “When you have incoming, you can’t be too presidential.”')
    expect(quotes[0]!.attribution?.mention?.text).toBe('Trump')
  })

  it('gives a quote right after the cue to the main clause, not to an opening clause', () => {
    const quotes = quotesOf(
      'Waving signs that called him “the Loser,” the protesters chanted “Go home now.” ' +
        'After a tweet showed an image that critics likened to a star, House Speaker Rep. Ann Ryan (R-WI) said “such images have no place here.”'
    )
    expect(byContent(quotes, 'Go home').attribution?.mention?.text).toBe('the protesters')
    expect(byContent(quotes, 'such images').attribution?.mention?.text).toBe('House Speaker Rep. Ann Ryan (R-WI)')
  })

  it('keeps naming without a speaker a term', () => {
    const quotes = quotesOf('The plan was dubbed “Obamacare.” The group is known as “the Squad.”')
    expect(quotes.map((quote) => quote.kind)).toEqual(['term', 'term'])
  })

  it('reads the rest of a sentence split by its attribution as direct, like its first part', () => {
    for (const body of ['“I don’t know,” she said, “but I will find out.”', '“I don’t know,” Smith said in an interview, “but I will find out.”']) {
      expect(quotesOf(body).map((quote) => quote.kind)).toEqual(['direct', 'direct'])
    }

    // A lowercase fragment after its own cue stays partial.
    expect(byContent(quotesOf('She said the plan was “dead on arrival” and “a waste of money.”'), 'a waste').kind).toBe('partial')
  })

  it('takes an anonymous speaker with a relative clause after the cue (“said one official who asked not to be named”)', () => {
    const [quote] = quotesOf('“This is a disaster,” said one official who asked not to be named.')
    expect(quote!.attribution?.mention?.text).toBe('one official')
    expect(quote!.attribution?.cue?.text).toBe('said')
    expect(quotesOf('“It failed,” said people who attended the meeting.')[0]!.attribution?.mention?.text).toBe('people')
  })

  it('reads a title set off by commas after a work’s noun as a title (“His book, “The Art of the Deal,” sold …”)', () => {
    expect(quotesOf('His book, “The Art of the Deal,” sold millions.').map((quote) => quote.kind)).toEqual(['title'])
    expect(quotesOf('In the book, “We were never consulted,” she wrote.').map((quote) => quote.kind)).toEqual(['direct'])
  })

  it('takes the speaker named in the previous sentence of the paragraph', () => {
    const quotes = quotesOf(
      'The proposal ignores decades of research, said Daryl Kimball, executive director of the Arms Control Association. “Nobody in the field takes it seriously.”'
    )
    expect(quotes[0]!.attribution?.mention?.text).toBe('Daryl Kimball')
    expect(quotes[0]!.continues).toBe(null)
  })

  it('takes the named speaker of the previous sentence over a relative clause', () => {
    const quotes = quotesOf('The count is wrong, said Bob Hale, a delegate who has accused the party of bias. “Are they reading some chain email?”')
    expect(quotes[0]!.attribution?.mention?.text).toBe('Bob Hale')
  })

  it('continues the previous speaker in the next sentence and the next paragraph', () => {
    const quotes = quotesOf(
      '“We were never consulted,” said Priya Nair, a nurse. “Not once in three years.” Officials disputed that, Nair said.\n“They know what they did.”'
    )
    expect(quotes[1]).toMatchObject({continues: 'q1'})
    expect(quotes[1]!.attribution).toMatchObject({mention: null, cue: null, sourceId: null})
    // The report in between names the same speaker: the quote goes on.
    expect(quotes[2]).toMatchObject({continues: 'q2'})
  })

  it('gives a quote continued in the next paragraph an attribution when the quote it continues got one from the sentence before', () => {
    const quotes = quotesOf('“We tried everything,” Lee said. “We looked at every option.\n“In the end, the numbers did not add up.”')
    expect(quotes.map((quote) => quote.continues)).toEqual([null, 'q1', 'q2'])
    expect(quotes[2]!.attribution).toMatchObject({mention: null, cue: null})
  })

  it('reads a speaker described between the cue and the name (“said Idaho nutritional-supplement executive Frank VanderSloot”)', () => {
    const quotes = quotesOf('“The biggest concern is the Senate,” said Idaho nutritional-supplement executive Frank VanderSloot.')
    expect(quotes[0]!.attribution?.mention?.text).toBe('Idaho nutritional-supplement executive Frank VanderSloot')
  })

  it('takes the speaker of a report between quotes when it names someone else', () => {
    const quotes = quotesOf('“We were never consulted,” said Priya Nair, a nurse.\nThe claims are false, said Omar Haddad, the hospital director.\n“They know what they did.”')
    expect(quotes[1]).toMatchObject({continues: null})
    expect(quotes[1]!.attribution?.mention?.text).toBe('Omar Haddad')
  })

  it('links a second fragment of the same attribution and an interrupted quote', () => {
    const quotes = quotesOf('Trump said Machado was “disgusting” and “a con.” “If the river rises,” Chief Tall said, “we will leave.”')
    expect(quotes.map((quote) => quote.continues)).toEqual([null, 'q1', null, 'q3'])
    expect(quotes[2]!.attribution?.mention?.text).toBe('Chief Tall')
  })

  it('gives a fact check’s quoted claim to the speaker after the dash, not to its “Claim:” label', () => {
    const quotes = quotesOf('Claim: “The city cut the police budget by 30% last year.” — Council candidate Ray Moss, in a campaign ad')
    // (Was attributed to “Claim”.)
    expect(quotes[0]!.attribution?.mention?.text).toBe('Council candidate Ray Moss')
  })

  it('keeps every span equal to the input at its position', () => {
    const result = run(
      headline + '“Ünïcödé 😀 text,” said José Núñez.\r\n“Second line,” he added, “and more.”\r\nThe memo says the plan is “fine.”',
      'text'
    )
    expect(result.quotes.length).toBe(4)
    expect(brokenQuoteSpans(result)).toEqual([])
  })

  describe('adversarial input finishes (linear time)', () => {
    const inputs: Array<[string, string]> = [
      ['10,000 opening curly marks', '“'.repeat(10_000)],
      ['10,000 closing curly marks', '”'.repeat(10_000)],
      ['10,000 straight marks', '"'.repeat(10_000)],
      ['10,000 apostrophes', "'".repeat(10_000)],
      ['alternating styles', '“a" ‘b’ «c» \'\'d\'\' '.repeat(2500)],
      ['marks between words', 'said “ x ” said " y " '.repeat(2500)],
      ['one long unclosed quote', '“' + 'word said that, '.repeat(5000)],
      ['many short paragraphs', '“a\n'.repeat(5000)],
      ['no spaces', 'said'.repeat(5000) + '“' + 'x'.repeat(20_000)]
    ]
    it.each(inputs)('%s', (_, body) => {
      const result = run(headline + body, 'text')
      expect(brokenQuoteSpans(result)).toEqual([])
      for (const quote of result.quotes) {
        // A quote never crosses a paragraph.
        expect(quote.text.includes('\n')).toBe(false)
      }
    }, 30_000)
  })
})

describe('findQuotes (seed)', () => {
  const input = seedInput()
  it.skipIf(input === undefined)('finds and attributes the 13 quoted passages', () => {
    const result = run(input!)
    const {quotes} = result
    expect(brokenQuoteSpans(result)).toEqual([])
    expect(quotes.length).toBe(13)
    const mention = (start: string) => byContent(quotes, start).attribution?.mention?.text ?? null
    const root = (start: string): Quote => {
      let quote = byContent(quotes, start)
      while (quote.continues) quote = quotes.find((item) => item.id === quote.continues)!
      return quote
    }

    expect(byContent(quotes, 'nonpersistent')).toMatchObject({kind: 'term', attribution: null})
    // The memo: both fragments of the first paragraph, “inoperable or unsafe,”, “a global leader …”.
    expect(mention('force multiplier')).toBe('The previously unreported memo')
    expect(root('one of the most dangerous').attribution?.mention?.text).toBe('The previously unreported memo')
    expect(mention('inoperable or unsafe')).toBe('the memo')
    expect(mention('a global leader')).toBe('The memo')
    // The interim policy.
    expect(mention('remotely delivered')).toBe('The interim policy')
    expect(root('compliant self-destruction').attribution?.mention?.text).toBe('The interim policy')
    // Leahy’s three.
    expect(mention('The Pentagon is reinstituting')).toBe('Former senator Patrick J. Leahy (D-Vt.)')
    expect(mention('More U.S. soldiers')).toBe('Leahy')
    expect(byContent(quotes, 'Anyone who has seen')).toMatchObject({continues: byContent(quotes, 'More U.S. soldiers').id})
    // Kimball, named in the previous sentence.
    expect(mention('The United States is not facing')).toBe('Daryl Kimball')
    // Yager’s two: the second continues the first.
    expect(mention('Symbolically')).toBe('Sarah Yager')
    expect(byContent(quotes, 'This, combined with Biden')).toMatchObject({continues: byContent(quotes, 'Symbolically').id})
    for (const quote of quotes) {
      if (quote.kind === 'term') continue
      expect(quote.attribution, quote.content).not.toBe(null)
    }
  })
})

describe('writesSingleQuotes', () => {
  it('tells British-style text by closing marks, or by them and pairs around words when there are no double marks', () => {
    expect(writesSingleQuotes("'We will,' she said. 'Soon,' he said.")).toBe(true)
    expect(writesSingleQuotes("He said: 'We will.' They called it 'a sham' and 'no plan'.")).toBe(true)
    // (Double marks about: the American convention, single marks nested or scare quotes.)
    expect(writesSingleQuotes("“Yes,” he said of the 'plan' and the 'deal' and the 'cuts.'")).toBe(false)
    // (Apostrophes only.)
    expect(writesSingleQuotes("The doctors' union said it's the voters' choice, and rock 'n' roll.")).toBe(false)
  })

  it('answers on adversarial runs of marks and letters (no backtracking)', () => {
    // Each finishes at once; a catastrophic pattern would not finish at all.
    expect(writesSingleQuotes(" 'a".repeat(50_000))).toBe(false)
    expect(writesSingleQuotes(" '" + 'a'.repeat(200_000))).toBe(false)
    expect(writesSingleQuotes(" 'ab,".repeat(50_000) + "'")).toBe(false)
  })
})


describe('findQuotes (a post after an exclamation)', () => {
  it('attributes a quotation ending in “!” to the speaker who posted it in the next words (““…!!” Elon Musk, the company’s founder, posted on X.”)', async () => {
    const {annotate} = await import('../src/index.js')
    // (Was no speaker: the sentence ended at “!!”.)
    const quotes = annotate('Launch\n“The tower has caught the rocket!!” Elon Musk, the company’s founder, posted on X.', {format: 'text'})
    expect(quotes.quotes.map((quote) => quote.attribution?.mention?.text ?? null)).toEqual(['Elon Musk'])
  })
})
