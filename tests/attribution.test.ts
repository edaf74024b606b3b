import {describe, expect, it} from 'vitest'
import {annotate} from '../src/index.js'
import type {Report} from '../src/attribution/report.js'
import {brokenQuoteSpans, run, seedInput} from './quotes-helpers.js'

const headline = 'A headline for the test\n'

/** Every report, nested ones after their parent. */
function all(reports: Report[]): Report[] {
  return reports.flatMap((report) => [report, ...all(report.nested)])
}

interface Readable {
  type: Report['type']
  cueClass: Report['cueClass']
  cue: string | null
  mention: string | null
  content: string[]
}

/** Reports of a plain-text article (a headline is added first), as texts. */
function reportsOf(body: string): Readable[] {
  const result = run(headline + body, 'text')
  expect(brokenQuoteSpans(result)).toEqual([])
  const input = result.doc.input
  const slice = (range: [number, number] | null) => (range ? input.slice(range[0], range[1]) : null)
  return result.reports.map((report) => ({
    type: report.type,
    cueClass: report.cueClass,
    cue: slice(report.cue),
    mention: slice(report.mention),
    content: report.content.map((range) => slice(range)!)
  }))
}

/** Each report’s mention and the mentions of the reports nested in it. */
function nestedOf(body: string): Array<[string | null, Array<string | null>]> {
  const result = run(headline + body, 'text')
  const input = result.doc.input
  const slice = (range: [number, number] | null) => (range ? input.slice(range[0], range[1]) : null)
  return result.reports.map((report) => [slice(report.mention), report.nested.map((inner) => slice(inner.mention))])
}

describe('findReports', () => {
  const layouts: Array<[string, string, Partial<Readable>]> = [
    ['X said (that) Y', 'Officials said that the bridge would reopen in May.', {mention: 'Officials', cue: 'said', content: ['that the bridge would reopen in May'], type: 'reported', cueClass: 'speech'}],
    ['X said Y', 'The governor said the budget was balanced.', {mention: 'The governor', cue: 'said', content: ['the budget was balanced']}],
    ['Y, X said', 'The bridge will reopen in May, officials said Friday.', {mention: 'officials', cue: 'said', content: ['The bridge will reopen in May']}],
    ['Y, X said, Z', 'Residents, the mayor said, have waited long enough.', {mention: 'the mayor', content: ['Residents', 'have waited long enough']}],
    ['according to X, Y', 'According to the county, turnout fell by a third.', {mention: 'the county', cue: 'According to', content: ['turnout fell by a third'], type: 'according-to'}],
    ['Y, according to X', 'Turnout fell by a third, according to the county elections office.', {mention: 'the county elections office', cue: 'according to', content: ['Turnout fell by a third'], type: 'according-to'}],
    ['according to X + relative clause', 'Trump invested in banks, according to financial documents he filed in May.', {mention: 'financial documents', cue: 'according to', content: ['Trump invested in banks']}],
    ['a document', 'The memo says that the costs were underestimated.', {mention: 'The memo', cue: 'says', content: ['that the costs were underestimated'], type: 'document'}],
    ['has long called for', 'Human rights groups have long called for a global ban.', {mention: 'Human rights groups', cue: 'have long called for', content: ['a global ban'], cueClass: 'intention'}],
    ['warned that', 'Ordnance experts have long warned that the mines fail.', {mention: 'Ordnance experts', cue: 'have long warned', content: ['that the mines fail']}],
    ['claims', 'The company claims its product is safe.', {mention: 'The company', cue: 'claims', content: ['its product is safe']}],
    ['said yes', 'Kevin drifted off, Melanie said yes, over and over again.', {mention: 'Melanie', cue: 'said', content: ['yes, over and over again']}],
    ['“…,” X said yes', 'After a prayer for “our own struggling citizens,” Melanie said yes, over and over.', {mention: 'Melanie', cue: 'said', content: ['yes, over and over']}],
    ['responded that', 'Clinton responded that the plan was a fantasy.', {mention: 'Clinton', cue: 'responded', content: ['that the plan was a fantasy']}],
    ['passive “expected to”', 'The Fed is expected to raise rates in May.', {mention: null, cue: 'is expected', content: ['The Fed', 'to raise rates in May'], cueClass: 'belief'}],
    ['passive after adverbs', 'The mayor was also told that the bridge had failed.', {mention: null, cue: 'was also told', content: ['that the bridge had failed']}],
    ['passive with an agent', 'The plan was sharply criticized by Senator Ann Lee on Friday.', {mention: 'Senator Ann Lee', cue: 'was sharply criticized by', content: ['The plan']}],
    ['passive with an agent and what was said', 'He was told by aides that the plan had failed.', {mention: 'aides', cue: 'was told by', content: ['that the plan had failed']}],
    ['passive “is said to”', 'The minister is said to have resigned.', {mention: null, cue: 'is said', content: ['The minister', 'to have resigned'], cueClass: 'speech'}],
    ['passive “is believed to”', 'The company is believed to have lost $2 billion.', {mention: null, cue: 'is believed', content: ['The company', 'to have lost $2 billion'], cueClass: 'belief'}],
    ['negated passive “expected to”', 'Donald Trump isn’t expected to attend the dinner.', {mention: null, cue: 'isn’t expected', content: ['Donald Trump', 'to attend the dinner']}],
    // (Was the source “the economy”: a reduced passive after “with”.)
    ['reduced passive “with X expected to”', 'Forecasts were trimmed, with the economy expected to grow by 0.7% this year.', {mention: null, cue: 'expected', content: ['the economy', 'to grow by 0.7% this year']}],
    ['passive', 'It was reported that the contractor was paid twice.', {mention: null, cue: 'was reported', content: ['that the contractor was paid twice']}],
    ['belief', 'Many residents believe the repairs were rushed.', {mention: 'Many residents', cue: 'believe', content: ['the repairs were rushed'], cueClass: 'belief'}],
    ['intention', 'The city plans to hire more inspectors.', {mention: 'The city', cue: 'plans', content: ['to hire more inspectors'], cueClass: 'intention'}],
    ['wants', 'The senator wants the vote delayed until June.', {mention: 'The senator', cue: 'wants', cueClass: 'intention'}],
    ['perception', 'Witnesses saw that the doors were locked.', {mention: 'Witnesses', cue: 'saw', content: ['that the doors were locked'], cueClass: 'perception'}],
    ['evidence', 'A state audit shows that costs doubled.', {mention: 'A state audit', cue: 'shows', content: ['that costs doubled'], cueClass: 'evidence', type: 'document'}],
    ['told + addressee', 'Garcia told reporters on Friday that the delays were unacceptable.', {mention: 'Garcia', cue: 'told', content: ['that the delays were unacceptable']}],
    ['pronoun', 'She said the plan would fail.', {mention: 'She', cue: 'said', content: ['the plan would fail']}],
    ['subject of a clause after “after”', 'Three years after Republicans vowed to court Latinos, little changed.', {mention: 'Republicans', cue: 'vowed'}],
    ['age and appositive', 'Mary Smith, 34, a nurse from Ohio, said she would vote in May.', {mention: 'Mary Smith', cue: 'said', content: ['she would vote in May']}],
    ['determiner as subject', 'Many believe that the repairs were rushed.', {mention: 'Many', cue: 'believe', content: ['that the repairs were rushed'], cueClass: 'belief'}],
    // A determiner alone before “said”/“says”, which are never nouns, is the subject whatever opens the clause (was: no report).
    ['determiner as subject of “says”, before a name', 'One says China has the most billionaires.', {mention: 'One', cue: 'says', content: ['China has the most billionaires']}],
    ['determiner as subject of “said”, before a time', 'Many said Monday that the ruling raised the stakes.', {mention: 'Many', cue: 'said', content: ['that the ruling raised the stakes']}],
    ['determiner as subject of “said”, before “it”', 'Several said it was too late.', {mention: 'Several', cue: 'said', content: ['it was too late']}],
    // A relative clause between dashes has finite verbs and may run long (was: no report).
    ['relative clause between dashes', 'The Supreme Court justice -- who has been involved in a scuffle with the presumptive Republican nominee over the past few days -- said she regretted her remarks.', {mention: 'The Supreme Court justice', cue: 'said', content: ['she regretted her remarks']}],
    ['relative clause between em dashes', 'Joyce — who is listed as an attorney but doesn’t practice law — told reporters he was not planning an appeal.', {mention: 'Joyce', cue: 'told', content: ['he was not planning an appeal']}],
    // “describe” wants a quotation, but a “how” clause is what was described (was: no report).
    ['described how + clause', 'In his autobiography, Mr. Cruz described how Rafael turned into Felito.', {mention: 'Mr. Cruz', cue: 'described', content: ['how Rafael turned into Felito']}],
    ['a share of those polled', 'Four in 10 said they were angry with Congress.', {mention: 'Four in 10', cue: 'said', content: ['they were angry with Congress']}],
    // Spelled out, the share's number word is no determiner of the cue (was: no report).
    // A share with a percent sign has no letters, yet speaks (was: no report; or, after an adjunct, the source “liberal”).
    ['a share of those polled, with %', 'On economic issues, 42% say they are liberal.', {mention: '42%', cue: 'say', content: ['they are liberal']}],
    ['a share with %, after a semicolon', 'Many are liberal on social issues; about 26% say they are conservative.', {mention: 'about 26%', cue: 'say', content: ['they are conservative']}],
    // The approximator belongs to the share (was: “4 in 10”, and “…, and more than” left in the content before it).
    ['a share with “more than”', 'Most were worried about the economy, and more than 4 in 10 said Trump would handle it best.', {mention: 'more than 4 in 10', cue: 'said', content: ['Trump would handle it best']}],
    ['a share with “about”', 'About 4 in 10 say they want more liberal policies.', {mention: 'About 4 in 10', cue: 'say', content: ['they want more liberal policies']}],
    ['a share of those polled, spelled out', 'Two in three said they were angry with Congress.', {mention: 'Two in three', cue: 'said', content: ['they were angry with Congress']}],
    ['a share of those polled, spelled out, present', 'About one in five say they would not vote.', {mention: 'About one in five', cue: 'say', content: ['they would not vote']}],
    ['a share of those polled, spelled out, approximate', 'And nearly three in five said they were angry.', {mention: 'nearly three in five', cue: 'said', content: ['they were angry']}],
    ['asked X whether', 'A reporter asked the senator whether the bill would pass.', {mention: 'A reporter', cue: 'asked', content: ['whether the bill would pass']}],
    ['said + time + clause, no “that”', 'The governor said Thursday the bridge would reopen.', {mention: 'The governor', cue: 'said', content: ['the bridge would reopen']}],
    ['said + “on” date + clause', 'Officials said on Friday morning they would appeal.', {mention: 'Officials', cue: 'said', content: ['they would appeal']}],
    ['said + “earlier this month”', 'The agency said earlier this month the fund was empty.', {mention: 'The agency', cue: 'said', content: ['the fund was empty']}],
    ['claimed without evidence that', 'Trump claimed without evidence that the election was rigged.', {mention: 'Trump', cue: 'claimed', content: ['that the election was rigged']}],
    ['adjunct set off by commas before “that”', 'She said, in a statement, that the plan had failed.', {mention: 'She', cue: 'said', content: ['that the plan had failed']}],
    ['addressee, then a possessive', 'He told reporters his team would win.', {mention: 'He', cue: 'told', content: ['his team would win']}],
    ['“her” + noun as the addressee', 'Sen. Ann Lee told her staff the bill would pass.', {mention: 'Sen. Ann Lee', cue: 'told', content: ['the bill would pass']}],
    ['“her” as the addressee', 'She told her the bill would pass.', {mention: 'She', cue: 'told', content: ['the bill would pass']}],
    ['according to X + participle phrase, Y', 'According to court documents filed Monday, the defendant wired $2 million abroad.', {mention: 'court documents', cue: 'According to', content: ['the defendant wired $2 million abroad'], type: 'according-to'}],
    // (The content was “seen by AFP last month, Iran had …”.)
    ['according to X, participle phrase with “by”, Y', 'According to the agency’s latest report, seen by AFP last month, Iran had enriched more uranium.', {mention: 'the agency’s latest report', cue: 'According to', content: ['Iran had enriched more uranium'], type: 'according-to'}],
    ['“In a poll, …”', 'In an NBC News/Wall Street Journal poll released Monday, 50 percent of voters chose Clinton.', {mention: 'an NBC News/Wall Street Journal poll', cue: 'In', content: ['50 percent of voters chose Clinton'], cueClass: 'evidence', type: 'according-to'}],
    ['“… in the polls”', 'Trump has a decisive lead in the polls ahead of the April 19 primary.', {mention: 'the polls', cue: 'in', content: ['Trump has a decisive lead'], cueClass: 'evidence', type: 'according-to'}],
    // An owned object with its phrase, then what it is named (was: no report).
    // (Was no report: “unsubstantiated” was no judgement.)
    // An adverb after an auxiliary joins the verb group (was: no report, or the source “nevertheless”).
    ['X has since said Y', 'Mrs. Clinton has since said she would support a wage increase.', {mention: 'Mrs. Clinton', cue: 'has since said', content: ['she would support a wage increase']}],
    ['X has nevertheless called Y', 'Clinton has nevertheless called his vote an irresponsible one.', {mention: 'Clinton', cue: 'has nevertheless called', content: ['his vote an irresponsible one']}],
    ['called X unsubstantiated', 'The Trump campaign called the charges unsubstantiated and fabricated.', {mention: 'The Trump campaign', cue: 'called', content: ['the charges unsubstantiated and fabricated']}],
    ['called her X of Y a Z, no quotation', 'Clinton called her vote in favor of the Iraq War a mistake.', {mention: 'Clinton', cue: 'called', content: ['her vote in favor of the Iraq War a mistake']}],
    ['called X a Y, no quotation', 'Trump called Hillary Clinton a liar on Monday.', {mention: 'Trump', cue: 'called', content: ['Hillary Clinton a liar on Monday']}],
    ['“reportedly”', 'The FBI is reportedly making arrangements to interview Clinton.', {mention: null, cue: 'reportedly', content: ['The FBI is', 'making arrangements to interview Clinton'], type: 'reported'}],
    ['with N percent saying', 'Trump has improved his standing, with 30 percent of voters saying they view him well.', {mention: '30 percent of voters', cue: 'saying', content: ['they view him well']}],
    ['did not immediately respond', 'The Pentagon did not immediately respond to requests for comment.', {mention: 'The Pentagon', cue: 'did not immediately respond', content: ['to requests for comment']}],
    // A pronoun or a name and a past form after the cue open the clause said (was: “Y, said they”, the source “they” or “Trump”, the content the subject before).
    ['X, long relative, said PRONOUN VERBED', 'The mayor, who was to travel to Columbus, Ohio, on Wednesday to promote the rules, said they touched on a core issue.', {cue: 'said', content: ['they touched on a core issue']}],
    ['X, long adjunct, said NAME VERBED', 'Jo Lee, the chairman of the county party in New Hampshire, for example, said Trump continued to lose ground.', {cue: 'said', content: ['Trump continued to lose ground']}],
    // A phrase opening with a preposition is an adjunct, not an appositive of the name before it (was: the source “New Hampshire”, “Ohio”).
    ['X, appositive, adjunct, said', 'Jo Lee, the chairman of the county party in New Hampshire, for example, said the plan failed.', {mention: 'Jo Lee', cue: 'said', content: ['the plan failed']}],
    ['X, relative with a place, adjunct, said', 'Mayor Jo Lee, who was to travel to Columbus, Ohio, on Wednesday to promote the rules, said the plan failed.', {mention: 'Mayor Jo Lee', cue: 'said', content: ['the plan failed']}],
    // A long appositive with a relative clause of its own (was: no report past 25 words).
    ['Name, a description who …, said', 'Rich Heffley, a top Tallahassee operative who played a major role in John McCain’s big Florida win in 2008 and is now running Bush’s early-vote efforts in the state, said the absentee program is critical.', {mention: 'Rich Heffley', cue: 'said', content: ['the absentee program is critical']}],
    // A subject after its owner, then an appositive, is still the unit's subject (was: inverted, the source “the staff member”).
    ['Owner’s X, Name, said NP who …', "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member who succeeded him, Paul Manafort, should be fired.", {cue: 'said', content: ['the staff member who succeeded him, Paul Manafort, should be fired']}],
    // So is one after an opening adjunct (was: inverted, the source “the videos”).
    ['In X, Name, appositive, said NP VERB', 'In a statement, one of the family’s attorneys, Justin Bamberg, said the videos show Scott calmly leaving his car when asked to do so.', {cue: 'said', content: ['the videos show Scott calmly leaving his car when asked to do so']}],
    // An appositive set off by dashes too (was: inverted, the source “the president”).
    ['X -- Name, who … -- said NP “…”', 'A former candidate -- John McCain, who lost the 2008 election to Obama -- said the president "offered no changes to his strategy."', {mention: 'A former candidate', cue: 'said', content: ['the president "offered no changes to his strategy."']}],
    // A state after a city is no appositive of its own (was: the source “Springfield”).
    ['X, of City, State, said', 'Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.', {mention: 'Johnnie Wilson', cue: 'said'}],
    ['X, of City, State name, said', 'Jo Li, of Santa Fe, New Mexico, said the plan failed.', {mention: 'Jo Li', cue: 'said'}],
    // A document its subject turned down speaks for itself (was: the United States demanding a ceasefire).
    ['X vetoed a document demanding Y', 'The United States vetoed a U.N. Security Council resolution demanding an immediate ceasefire.', {mention: 'a U.N. Security Council resolution', cue: 'demanding', content: ['an immediate ceasefire']}],
    // The addressee's party tag is no content (was: “D-N.Y., that his views …”).
    ['told X, D-N.Y., that Y', 'He told Sen. Kirsten Gillibrand, D-N.Y., that his views had evolved.', {mention: 'He', cue: 'told', content: ['that his views had evolved']}],
    // A noun cue named after a body is no verb (was: the cue “report”, the content “released Thursday says”).
    ['Y, a Named report released Thursday says', 'The world is on track for 2.7 degrees of warming, a United Nations report released Thursday says.', {mention: 'a United Nations report released Thursday', cue: 'says', content: ['The world is on track for 2.7 degrees of warming']}],
    // A poll closing a sentence that opens with a phrase set off (was no report).
    ['In X, Y in a poll', 'In the fall of 2007, Hillary Clinton held a 24-point lead among black voters in a CNN national poll.', {mention: 'a CNN national poll', content: ['In the fall of 2007, Hillary Clinton held a 24-point lead among black voters']}],
    // (But data from a body before a verb: was no report.)
    ['Data from the Named show Y', 'Data from the FBI show the decline continued.', {mention: 'Data from the FBI', cue: 'show', content: ['the decline continued']}],
    ['a Named report released last year found that Y', 'A Government Accountability Office report released last year found that the agency could not be sure.', {cue: 'found', content: ['that the agency could not be sure']}],
    // Nor is the addressee's age (was: “41, to pay a $50,000 fine”).
    ['ordered X, age, to Y', 'The judge ordered James Patel, 41, to pay a $50,000 fine.', {mention: 'The judge', cue: 'ordered', content: ['to pay a $50,000 fine']}],
    // The addressee's relative clause is no content (was: “who had not evacuated to shelter in place”).
    ['urged X who … to Y', 'He urged residents who had not evacuated to shelter in place.', {mention: 'He', cue: 'urged', content: ['to shelter in place']}],
    // The subject's own place after its city (both were unattributed).
    ['a resident of City, State, said Y', 'A resident of Springfield, Illinois, said prices were too high.', {mention: 'A resident of Springfield', cue: 'said', content: ['prices were too high']}],
    ['Y, a resident of City, State, said', 'Prices are too high, a resident of Springfield, Illinois, said.', {mention: 'a resident of Springfield', cue: 'said', content: ['Prices are too high']}],
    ['X, age, a description in City, State, said', 'The plan failed, Cecelia Purner, 67, a retired clerk in Allentown, Pa., said.', {mention: 'Cecelia Purner', cue: 'said', content: ['The plan failed']}],
    // A state after a town before a relative clause is no speaker (was: the source “Mo.”, “N.C.”).
    ['X, a description from City, State, who …, said', 'Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said he was paid more.', {mention: 'Paul Porter', cue: 'said', content: ['he was paid more']}],
    ['X, age, of City, State, who …, said', 'Harry Bond, 30, of Raleigh, N.C., who was among those polled, said he was scared.', {mention: 'Harry Bond', cue: 'said', content: ['he was scared']}],
    // A relative clause without “who” belongs to the subject (was: the source “interviewed”).
    ['X I interviewed said', 'Everyone I interviewed said the proposals were detailed.', {mention: 'Everyone I interviewed', cue: 'said', content: ['the proposals were detailed']}],
    // The one quoted speaks (all three were unattributed; the second a report of “the Times”).
    ['X is quoted … as saying Y', 'Sen. Roger Wicker, who chairs the committee, is quoted in a statement as saying the deployment would help.', {mention: 'Sen. Roger Wicker', cue: 'is quoted in a statement as saying', content: ['the deployment would help']}],
    ['X was quoted by Z as saying Y', 'Wicker was quoted by the Times as saying the deployment would help.', {mention: 'Wicker', cue: 'was quoted by the Times as saying', content: ['the deployment would help']}],
    // A noun in -ing is no participle before a noun cue (was unattributed).
    ['the ruling notes that Y', 'The ruling notes that similar laws have been passed in eight other states.', {mention: 'The ruling', cue: 'notes', content: ['that similar laws have been passed in eight other states'], type: 'document'}],
    // “own” after a possessive (the source was “its own”).
    ['Y, according to its own X', 'The city ended the year with a surplus, according to its own audited financial statements.', {mention: 'its own audited financial statements', cue: 'according to', content: ['The city ended the year with a surplus']}],
    // Also when its verb strands a preposition (both were unattributed).
    ['X we spoke with said', 'Education finance experts we spoke with said both sides were stretching.', {mention: 'Education finance experts we spoke with', cue: 'said', content: ['both sides were stretching']}],
    ['X I talked to said', 'Voters I talked to said they were tired.', {mention: 'Voters I talked to', cue: 'said', content: ['they were tired']}],
    // The commas of a date are no appositive’s (was: the source “Jan. 1”).
    ['a date before the cue’s comma', 'A USA Today analysis of super PACs that raised money since Jan. 1, 2015, shows Democratic groups ahead.', {mention: 'A USA Today analysis of super PACs that raised money since Jan. 1, 2015', cue: 'shows', content: ['Democratic groups ahead'], cueClass: 'evidence'}]
  ]

  it.each(layouts)('%s', (_, body, expected) => {
    const reports = reportsOf(body)
    expect(reports.length).toBe(1)
    expect(reports[0]).toMatchObject(expected)
  })

  it.each([
    'Clinton cited derogatory comments Trump had made about Machado.',
    'Trump was asked about crude remarks he had made about women.',
    'He is under fire about recent comments he made regarding Muslims.'
  ])('reads an adjective before a noun cue as a modifier, not a source, in %j', (body) => {
    // (Was: attributions, some nested, with the sources “derogatory”, “crude”, “recent”.)
    const result = run(headline + body, 'text')
    const input = result.doc.input
    const mentions = all(result.reports).map((report) => (report.mention ? input.slice(report.mention[0], report.mention[1]) : ''))
    expect(mentions.filter((mention) => /^(?:derogatory|crude|recent)$/.test(mention))).toEqual([])
  })

  it('reads a bulleted “Label: value” as a fact sheet, not a speaker (“- Wages: a reported £350,000 a week”)', () => {
    // (“Wages”, “Contract” were speakers with “:” as cue.)
    const result = run('# Deal\n\nKey figures:\n\n- Contract: five years, to June 2031\n- Wages: a reported £350,000 a week\n- Arteta: “We want the best.”\n', 'markdown')
    const input = result.doc.input
    expect(result.reports.map((report) => (report.mention ? input.slice(report.mention[0], report.mention[1]) : null))).toEqual([])
    // (A quotation after the label is still the label’s.)
    expect(result.quotes.map((quote) => quote.attribution?.mention?.text)).toEqual(['Arteta'])
  })

  it('reads an outlet told with its country and kind as the addressee (“told German outlet Kicker last month that …”)', () => {
    // (The content was “outlet Kicker last month that the club …”.)
    expect(reportsOf('Simon Rolfes told German outlet Kicker last month that the club would not sell Wirtz.').map((report) => report.content)).toEqual([['that the club would not sell Wirtz']])
    expect(reportsOf('Rolfes told Spanish daily Marca on Monday that talks were over.').map((report) => report.content)).toEqual([['that talks were over']])
  })

  it('reads no report in a thing agreed (“Arsenal agree £92m deal”, “agreed a fee”), but keeps “agreed to”, “agree with”, “agree that”', () => {
    // (Were reports of the club with “£92m deal for Wirtz” as content.)
    const reports = reportsOf('Arsenal agree £92m deal for Wirtz. Chelsea agreed a fee with Napoli. He agreed to resign. A judge agreed with the Democrats. Most economists agree the tax would slow growth.')
    expect(reports.map((report) => report.cue)).toEqual(['agreed', 'agreed with', 'agree'])
  })

  it('reads no cue in a name given (“formerly known as Twitter”) or in a count of points (“rose 2 percentage points to 19%”)', () => {
    // (Were reports cued by “formerly known” and “commonly known”; and by “points to”, its source the phrase before.)
    const result = annotate(headline + '“Sales have doubled,” the chief executive wrote on X, formerly known as Twitter. The model invents facts, a failure commonly known as hallucination. Black students’ math proficiency rose 2 percentage points to 19%. The yield rose 12 basis points to 4.1%.')
    expect(result.claims.map((claim) => (claim.attribution.type === 'unattributed' ? null : claim.attribution.cue?.text))).toEqual(['wrote', null, null, null])
    expect(reportsOf('The mayor points to a 12% drop in crime.').map((report) => report.cue)).toEqual(['points to'])
  })

  it('reads no cue in a permission’s infinitive (“not authorized to discuss …, said”)', () => {
    // (Was a report cued by “discuss”, its speaker the “they” of the relative clause and its content running over “said”.)
    const reports = reportsOf('A DHS spokesperson, who spoke on condition of anonymity because they were not authorized to discuss internal estimates, said the number was “likely inflated.”')
    expect(reports.map((report) => [report.cue, report.mention, report.content])).toEqual([['said', 'A DHS spokesperson', ['the number was “likely inflated.”']]])
  })

  it('ends a belief inside the subject’s relative clause at the main verb’s comma (“…, who spoke … because they feared retaliation, said …”)', () => {
    const result = run(headline + 'Two employees, who spoke on the condition of anonymity because they feared retaliation, said they had raised concerns.', 'text')
    const input = result.doc.input
    const slice = (range: readonly [number, number] | null) => (range ? input.slice(range[0], range[1]) : null)
    // (Was one report: “they” feared “retaliation, said they had raised concerns”.)
    expect(result.reports.map((report) => [slice(report.mention), slice(report.cue), report.content.map((range) => slice(range))])).toEqual([
      ['they', 'feared', ['retaliation']],
      ['Two employees', 'said', ['they had raised concerns']]
    ])
  })

  it('gives a participle after a lede’s dateline the lede’s subject (“AUSTIN, Texas (AP) — A federal judge …, calling …”)', () => {
    const result = run('Judge blocks law\nAUSTIN, Texas (AP) — A federal judge on Thursday blocked a Texas law, calling it unconstitutional.\n', 'text')
    const input = result.doc.input
    // (Was “AUSTIN”.)
    expect(result.reports.map((report) => (report.mention ? input.slice(report.mention[0], report.mention[1]) : null))).toEqual(['A federal judge'])
    // A heading in capitals with a verb is no dateline, nor the speaker: the
    // participle goes to the subject after it. (This asserted “not His
    // advice” while “calling it a cure” was no report at all.)
    const heading = run('Oz\nCONGRESS HAS INVESTIGATED HIM — His advice earned him a hearing, calling it a cure.\n', 'text')
    expect(heading.reports.map((report) => (report.mention ? heading.doc.input.slice(report.mention[0], report.mention[1]) : null))).toEqual(['His advice'])
  })

  it('leaves a dateline out of the content before a cue (“WASHINGTON ― Y, lawmakers said”, “GRUNDY, Va. — Mayor Carla Boyd remembers”)', () => {
    const contents = (body: string) => {
      const result = run('Headline\n' + body + '\n', 'text')
      return result.reports.map((report) => report.content.map((range) => result.doc.input.slice(range[0], range[1])))
    }
    // (Were “WASHINGTON ― Donald Trump’s obsession is an insult” and “GRUNDY, Va.”.)
    expect(contents('WASHINGTON ― Donald Trump’s obsession is an insult, top black lawmakers said.')).toEqual([['Donald Trump’s obsession is an insult']])
    expect(contents('GRUNDY, Va. — Mayor Carla Boyd remembers when the mines employed half the town.')).toEqual([])
    // (Reuters sets a hyphen between spaces; was “LONDON (Reuters) - The plan failed”.)
    expect(contents('LONDON (Reuters) - The plan failed, officials said.')).toEqual([['The plan failed']])
  })

  it('gives a participle after a set-off cue that cue’s speaker (“Y, the sources said, cautioning that …”)', () => {
    const result = run(headline + 'A deal could be announced as soon as next week, the sources said, cautioning that the talks could still fall apart.', 'text')
    const input = result.doc.input
    // (Was “A deal” cautioning.)
    expect(result.reports.map((report) => [input.slice(report.mention![0], report.mention![1]), input.slice(report.cue![0], report.cue![1])])).toEqual([
      ['the sources', 'said'],
      ['the sources', 'cautioning']
    ])
  })

  it('makes no report of a newsletter’s name before a colon (“Morning Brief: What to know today”)', () => {
    // (Was a report by a person “Brief”.)
    expect(run('# Morning Brief: What to know today\n\nGood morning.\n', 'markdown').reports).toEqual([])
  })

  it('makes no report of a live blog’s time stamp before a heading (“10:15 p.m. — Markets react”)', () => {
    // (Was a report of “10:15 p.m.” by “Markets”.)
    expect(run('# Live updates\n\n## 10:15 p.m. — Markets react\n\nStock futures rose sharply.\n', 'markdown').reports).toEqual([])
  })

  it.each([
    'A year later, the numbers tell a more complicated story.',
    'She told the truth.',
    'The stories told by victims are harrowing.'
  ])('makes no report of telling a story or the truth: %j', (body) => {
    // (Were reports with the contents “complicated story”, “about his father”, …)
    expect(run(headline + body, 'text').reports).toEqual([])
  })

  it.each([
    'This museum tells the truth that a country founded on liberty held thousands in chains.',
    'Specifically, the film will tell the story of six American security operators who risked their lives.'
  ])('keeps a report of telling what the story or the truth is: %j', (body) => {
    // (PolNeAR annotates both.)
    const result = run(headline + body, 'text')
    expect(result.reports.map((report) => result.doc.input.slice(report.cue![0], report.cue![1]))).toHaveLength(1)
  })

  it.each([
    'Meanwhile, the campaign account has been busy, re-tweeting several negative comments about Fox News host Megyn Kelly.',
    'Since 2001, Trump has repeatedly made other public promises to give the proceeds to charity.',
    'The surge of incendiary comments online has been so strong that the outlet disabled its comment function.'
  ])('reads a plural noun cue after an adjective as a noun, whose adjective is no speaker: %j', (body) => {
    // (Were reports by “several negative”, “other public”, “The surge of incendiary”.)
    const result = run(headline + body, 'text')
    expect(all(result.reports).map((report) => (report.mention ? result.doc.input.slice(report.mention[0], report.mention[1]) : null))).toEqual([])
  })

  it('still reads “shows” after “years old” as the verb (“A survey of those 18 to 35 years old shows …”)', () => {
    const result = run(headline + 'A new survey of those 18 to 35 years old shows a 62%-32% divide on the issue.', 'text')
    expect(result.reports.map((report) => result.doc.input.slice(report.cue![0], report.cue![1]))).toEqual(['shows'])
  })

  it('reads an amount after an object verb as its object, not an adjunct, so the words before are no content (“As reported by X, investigators found over 2,200 emails”)', () => {
    // (Was: “investigators” found “As reported by Western Journalism”, and no “reported by”.)
    expect(reportsOf('As reported by Western Journalism, investigators found over 2,200 emails on the server.')).toMatchObject([
      {mention: 'Western Journalism', cue: 'As reported by', content: ['investigators found over 2,200 emails on the server']}
    ])
  })

  it('ends a one-word answer’s content at the answer (“46 percent said yes, compared with …”, “said yes while …”)', () => {
    // (Was: the content ran on over the reporter’s comparison and its own report.)
    expect(reportsOf('Asked if the practices were illegal, 46 percent of voters said yes, compared with 23 percent who said they were improper.')).toContainEqual(
      expect.objectContaining({mention: '46 percent of voters', cue: 'said', content: ['yes']})
    )
    expect(reportsOf('Asked if Sanders is realistic, 72 percent of Democrats said yes while 48 percent overall agreed.')).toContainEqual(
      expect.objectContaining({mention: '72 percent of Democrats', cue: 'said', content: ['yes']})
    )
  })

  it('reads “no.” at a sentence’s end as the answer, not the abbreviation of “No. 1”', () => {
    // (Was: the content “no.”, its period read as an abbreviation’s.)
    expect(reportsOf('Asked if he would run again, he said no.')).toContainEqual(expect.objectContaining({mention: 'he', cue: 'said', content: ['no']}))
    expect(reportsOf('The No. 1 priority, he said, is jobs.')).toContainEqual(expect.objectContaining({mention: 'he', cue: 'said', content: ['The No. 1 priority', 'is jobs']}))
  })

  it('reads a year then a name before the cue as an adjunct then the subject (“I hope in 2017 America says”)', () => {
    const result = run(headline + 'I hope in 2017 America says the plan worked.', 'text')
    const input = result.doc.input
    const inner = result.reports[0]!.nested[0]!
    // (Was: the verb “hope” as the source of “says”.)
    expect(input.slice(inner.mention![0], inner.mention![1])).toBe('America')
    expect(input.slice(inner.cue![0], inner.cue![1])).toBe('says')
  })

  it('keeps the outermost attribution and nests the inner one', () => {
    const result = run(headline + 'Smith said that the governor believes the law is unconstitutional.', 'text')
    expect(result.reports.length).toBe(1)
    const [report] = result.reports
    const input = result.doc.input
    expect(input.slice(...report!.mention!)).toBe('Smith')
    expect(report!.nested.length).toBe(1)
    expect(input.slice(...report!.nested[0]!.mention!)).toBe('the governor')
    expect(report!.nested[0]!.cueClass).toBe('belief')
  })

  it('ends a report before a participle clause that attributes on its own', () => {
    const reports = reportsOf('Carson said he saw no need to change his campaign, telling reporters that the polls were wrong.')
    expect(reports.map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['Carson', 'said', ['he saw no need to change his campaign']],
      ['Carson', 'telling', ['that the polls were wrong']]
    ])
  })

  it('ends a cue’s object before “as” or “while” and a clause with its own subject and cue', () => {
    const reports = reportsOf('Reeves defended the tax rise as Conservatives warned that it would cost jobs. Sanders praised the plan while Clinton has slammed it as too vague.')
    // (The first content ran to the end, and the second attribution was nested in it.)
    expect(reports.map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['Reeves', 'defended', ['the tax rise']],
      ['Conservatives', 'warned', ['that it would cost jobs']],
      ['Sanders', 'praised', ['the plan']],
      ['Clinton', 'has slammed', ['it as too vague']]
    ])
    // (After a clause it may be part of what was said; and a pronoun’s clause is the cue’s own.)
    expect(reportsOf('He said prices rose as officials warned of inflation.').map((report) => report.content)).toEqual([['prices rose as officials warned of inflation']])
    expect(reportsOf('Cruz touted his win as he urges conservatives to unite.').map((report) => report.content)[0]).toEqual(['his win as he urges conservatives to unite'])
  })

  it('ends a report before “and” or “but” and a clause whose own subject is a pronoun, with a time between', () => {
    expect(reportsOf('Sanders initially defended his vote, but late Saturday he announced he supported legislation to repeal the bill.').map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['Sanders', 'initially defended', ['his vote']],
      ['he', 'announced', ['he supported legislation to repeal the bill']]
    ])
    expect(reportsOf('Trump said Iowa’s caucus system is complex and he feels he can win the primary.').map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['Trump', 'said', ['Iowa’s caucus system is complex']],
      ['he', 'feels', ['he can win the primary']]
    ])
    // After a subordinator, only a thing done ends there, not what was said.
    expect(reportsOf('Carson again criticized the news media, though he added that the coverage has helped him.').map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['Carson', 'again criticized', ['the news media']],
      ['he', 'added', ['that the coverage has helped him']]
    ])
    expect(reportsOf('Flynn said Trump was right when he said the generals have been reduced to rubble.').map((report) => report.content)).toEqual([
      ['Trump was right when he said the generals have been reduced to rubble']
    ])
  })

  it('reads a relative clause set off by dashes between the subject and its verb', () => {
    expect(reportsOf('The Supreme Court justice -- who has been involved in a scuffle with the nominee -- said she regretted her remarks.').map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['The Supreme Court justice', 'said', ['she regretted her remarks']]
    ])
    expect(reportsOf('Donald Trump - who previously said he would bomb the oil fields - said the United States should close its borders.').map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['who', 'previously said', ['he would bomb the oil fields']],
      ['Donald Trump', 'said', ['the United States should close its borders']]
    ])
    // (A dash that closes an aside inside the content does not close the clause.)
    expect(reportsOf('Kaine backed Clinton, who believes an unborn baby – up until its birth – has no constitutional rights.').map((report) => report.content)).toContainEqual([
      'an unborn baby – up until its birth – has no constitutional rights'
    ])
  })

  it('gives a coordinated verb after a relative clause set off by dashes the subject before the clause', () => {
    expect(reportsOf('The justice -- who has been involved in a scuffle with the nominee -- said she regretted her remarks and promised to stay out of it.').map((report) => [report.mention, report.cue])).toEqual([
      ['The justice', 'said'],
      ['The justice', 'promised']
    ])
  })

  it('reads a sentence-opening group with modifiers as the subject of a participle (“Downtown business owners … arguing”)', () => {
    const reports = reportsOf('Downtown business owners have opposed it, arguing that it will drive shoppers to suburban malls.')
    // (The speaker was “Downtown”, a person.)
    expect(reports.map((report) => [report.mention, report.cue])).toEqual([
      ['Downtown business owners', 'have opposed'],
      ['Downtown business owners', 'arguing']
    ])
  })

  it('reads a name before the people told as their modifier (“told Iowa voters that …”), not before a relative clause', () => {
    // (The contents began “voters that …” and “crowd …”.)
    expect(reportsOf('Vance told Iowa voters that tariffs are working.').map((report) => report.content)).toEqual([['that tariffs are working']])
    expect(reportsOf('Trump told Fox News viewers that the vote was rigged.').map((report) => report.content)).toEqual([['that the vote was rigged']])
    expect(reportsOf('Vance tells Ohio crowd tariffs are working.').map((report) => report.content)).toEqual([['tariffs are working']])
    // (“asked Florida agencies that dealt with …”: a relative clause; no report of it.)
    expect(reportsOf('The bureau asked Florida agencies that dealt with the shooting to stonewall requests.').map((report) => report.content)).not.toContainEqual(['that dealt with the shooting to stonewall requests'])
  })

  it('ends a participle clause set off inside the subject before the main verb', () => {
    const reports = reportsOf('Senator Durbin, noting the size of the list, said the party would benefit.')
    expect(reports.map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['Senator Durbin', 'noting', ['the size of the list']],
      ['Senator Durbin', 'said', ['the party would benefit']]
    ])
  })

  it('ends a relative clause in the subject’s appositive before the main verb', () => {
    const reports = reportsOf('Podesta, an adviser who supported the “climate plan,” said Obama understood the stakes.')
    const said = reports.find((report) => report.cue === 'said')
    expect(said).toMatchObject({mention: 'Podesta', content: ['Obama understood the stakes']})
  })

  it('reports the question of an opening “Asked …” clause, with its asker when named', () => {
    const reports = reportsOf('Asked by reporters whether he would run again, the mayor said he had not decided.')
    expect(reports.find((report) => report.cue === 'Asked')).toMatchObject({mention: 'reporters', content: ['whether he would run again']})
    expect(reports.find((report) => report.cue === 'said')).toMatchObject({mention: 'the mayor', content: ['he had not decided']})
    expect(reportsOf('Asked if the plan would work, Lee said it would.').find((report) => report.cue === 'Asked')).toMatchObject({mention: null, content: ['if the plan would work']})
  })

  it('ends an attribution inside an opening clause at its comma', () => {
    const reports = reportsOf('On Tuesday, while discussing the tweet, Speaker Ann Ryan said such images had no place in a campaign.')
    expect(reports.map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['Speaker Ann Ryan', 'discussing', ['the tweet']],
      ['Speaker Ann Ryan', 'said', ['such images had no place in a campaign']]
    ])
    const after = reportsOf('After critics likened the ad to a smear, the governor said the ad would stay.')
    expect(after.find((report) => report.cue === 'said')).toMatchObject({mention: 'the governor', content: ['the ad would stay']})
    for (const report of after) expect(report.content.join(' ')).not.toContain('governor')
    const despite = reportsOf('Despite what he wrote about the senator, Cross said he would vote for her.')
    expect(despite.find((report) => report.cue === 'said')).toMatchObject({mention: 'Cross', content: ['he would vote for her']})
    for (const report of despite) expect(report.content.join(' ')).not.toContain('Cross')
  })

  it('attributes a main clause after an opening participle clause to its own subject', () => {
    const reports = reportsOf('Citing the ruling, Clinton wrote that the court had failed.')
    const wrote = reports.find((report) => report.cue === 'wrote')
    expect(wrote).toMatchObject({mention: 'Clinton', content: ['that the court had failed']})
    for (const report of reports) expect(report.content.join(' ')).not.toContain('Clinton wrote')
  })

  it('lists the partial quotes inside a report and never re-counts a direct quote', () => {
    const result = run(headline + 'The memo says the policy is “inoperable or unsafe.” “We will fight it,” Ruiz said.', 'text')
    expect(result.reports.length).toBe(1)
    expect(result.reports[0]!.quoteIds).toEqual(['q1'])
    expect(result.quotes[1]!.attribution?.mention?.text).toBe('Ruiz')
  })

  it('adds a quotation taken over from a report in the previous sentence', () => {
    const result = run(headline + 'The plan ignores the research, said Daryl Kimball, the director. “Nobody takes it seriously.”', 'text')
    expect(result.reports.length).toBe(1)
    expect(result.reports[0]!.quoteIds).toEqual(['q1'])
    expect(result.reports[0]!.content.length).toBe(2)
  })

  it('stops a report before a coordinated clause with its own source', () => {
    const reports = reportsOf('The report says costs rose, and the memo says that nobody checked.')
    expect(reports.map((report) => [report.mention, report.content])).toEqual([
      ['The report', ['costs rose']],
      ['the memo', ['that nobody checked']]
    ])
  })

  it('stops a report before “and” and a second subject that “said”, even with no comma', () => {
    // (Was one report, “79 percent” saying what “60 percent” said.)
    const reports = reportsOf('Some 79 percent said they were satisfied with his presidency and 60 percent said they wanted more.')
    expect(reports.map((report) => [report.mention, report.content])).toEqual([
      ['Some 79 percent', ['they were satisfied with his presidency']],
      ['60 percent', ['they wanted more']]
    ])
    // A subject that coordinates names stays one (“she and her peers”).
    expect(reportsOf('Sherry said she and her peers said nothing.').map((report) => report.mention)).not.toContain('her peers')
  })

  it('takes the subject before a floating “both”/“all” as the source, and adverbs into the verb group', () => {
    const mentions = (body: string) => reportsOf(body).map((report) => [report.mention, report.cue])
    expect(mentions('Donald J. Trump and Senator Bernie Sanders have both argued that workers have lost jobs.')).toEqual([
      ['Donald J. Trump and Senator Bernie Sanders', 'argued']
    ])
    expect(mentions('Former U.N. Ambassador John Bolton and Sebastian Gorka both denounced the movement.')).toEqual([
      ['Former U.N. Ambassador John Bolton and Sebastian Gorka', 'denounced']
    ])
    expect(mentions('They all vowed to carry on.')).toEqual([['They', 'vowed']])
    // A “both” of its own stays the source.
    expect(mentions('Both are quick to praise teachers, and both advocate for the plan.').at(-1)).toEqual(['both', 'advocate for'])
    expect(mentions('World leaders and diplomats almost universally expressed outrage over the test.')).toEqual([
      ['World leaders and diplomats', 'almost universally expressed']
    ])
    expect(mentions('He soon learned that his parents had never filed the papers.')).toEqual([['He', 'soon learned']])
  })

  it('takes the subject of a light verb as the source of its noun cue (“Trump has made comments”)', () => {
    const mentions = (body: string) => reportsOf(body).map((report) => [report.mention, report.cue])
    expect(mentions('Donald Trump has recently made comments about voter fraud.')).toEqual([['Donald Trump', 'comments']])
    expect(mentions('Sanders also takes aim at a provision that allows cuts.')).toEqual([['Sanders', 'aim']])
    // After a participle, no source at all rather than “seizing”.
    expect(mentions('A new ad is seizing on recent comments his rival made about the race.')).toEqual([])
  })

  it('finds nothing in plain statements', () => {
    expect(reportsOf('More than 160 countries signed a treaty banning land mines. The bridge opened in 1932.')).toEqual([])
  })

  it('does not take nouns for cues', () => {
    expect(reportsOf('The report was long. His call lasted an hour. A claim of fraud surfaced.')).toEqual([])
    // After a preposition, `comments` is the noun of a phrase, not a verb.
    const reports = reportsOf('In somber comments, the governor called the shooting “an attack on our state.”')
    expect(reports.map((report) => report.cue)).not.toContain('comments')
  })

  it('reads “Name: …” at the start of a paragraph, but not credits, kickers, tallies or handles', () => {
    expect(reportsOf('Sanders: We will win this state.')).toMatchObject([{mention: 'Sanders', cue: ':', content: ['We will win this state']}])
    for (const body of ['Contributing: Brittney Bennett and Greg Toppo.', 'Revealed: The FBI gave Clinton a reason to worry.', 'Clinton: 2,316.', 'Twitter: @Milbank']) {
      expect(reportsOf(body), body).toEqual([])
    }
  })

  it('reads an owner’s claim next to a quotation, the owner being only the phrase before “’s”', () => {
    expect(reportsOf('City officials balked at the owner’s claim that the hotel was “perfectly safe.”')).toMatchObject([
      {mention: 'the owner’s', cue: 'claim', content: ['that the hotel was “perfectly safe.”']}
    ])
  })

  it('finds no cue in the head of a compound noun (“talk show”), a phrasal verb (“showed up”) or a deed (“responded by …”)', () => {
    expect(reportsOf('Ramos hosts a Sunday talk show on Univision.')).toEqual([])
    expect(reportsOf('Hundreds of supporters showed up at the rally.')).toEqual([])
    expect(reportsOf('The committee responded by blocking access to the data.')).toEqual([])
    expect(reportsOf('A police report says the door was open.')).toMatchObject([{mention: 'A police report', cue: 'says', content: ['the door was open']}])
    expect(reportsOf('The police report that two men fled.')).toMatchObject([{mention: 'The police', cue: 'report', content: ['that two men fled']}])
  })

  it('reads a quote-only verb (“stated”, “maintained”, “wrote”) with a `that` clause and no quotation, but not `that` + noun', () => {
    expect(reportsOf('Senator Jane Smith stated that the program cost $4 billion in 2023.')).toMatchObject([
      {mention: 'Senator Jane Smith', cue: 'stated', content: ['that the program cost $4 billion in 2023']}
    ])
    expect(reportsOf('The mayor maintained that the figure was accurate.')).toMatchObject([{mention: 'The mayor', cue: 'maintained', content: ['that the figure was accurate']}])
    // An adjunct between the verb and `that`.
    expect(reportsOf('The senator posted on social media that she would vote against it.')).toMatchObject([
      {mention: 'The senator', cue: 'posted', content: ['that she would vote against it']}
    ])
    // A verb past an appositive still makes a clause.
    expect(reportsOf('She wrote that legions of voters, alienated by trade, are ripe for change.')).toMatchObject([{mention: 'She', cue: 'wrote'}])
    for (const body of [
      'They continued that trend in 2010.',
      'The mayor maintained that position.',
      'He wrote that book in prison.',
      'Most Southern states that will hold contests have large minority populations.',
      'The dozen states that held primaries drew large crowds.'
    ]) {
      expect(reportsOf(body), body).toEqual([])
    }
  })

  it('reads no content from a deed set off by commas or from a quote-only base form after a singular noun', () => {
    expect(reportsOf('Mrs. Clinton has quickly responded, with ads set to run in Los Angeles, Fresno and Sacramento.')).toEqual([])
    const result = run(headline + 'Clinton said in the spring, when the private server email story broke, “I did not email any classified material.”', 'text')
    expect(result.quotes.map((quote) => quote.attribution?.cue?.text)).toEqual(['said'])
    expect(result.reports.map((report) => result.doc.input.slice(report.cue![0], report.cue![1]))).not.toContain('email')
    // A past form spelled like the base still reads (“the sign read”).
    expect(reportsOf('One message read “anybodybuttrump.us” in the sky.')).toMatchObject([{mention: 'One message', cue: 'read'}])
  })

  it('takes a poll for a source only when the clause has no speaker of its own', () => {
    expect(reportsOf('In a report released Tuesday, the agency said costs rose.')).toMatchObject([{mention: 'the agency', cue: 'said'}])
    expect(reportsOf('In a sign of trouble, sales fell sharply.')).toEqual([])
    expect(reportsOf('She has worked in the polling industry for years.')).toEqual([])
    expect(reportsOf('They replaced it with softer language calling for restraint.')).toEqual([])
  })

  it('takes a poll for the source of what a share of its respondents said (PolNeAR marks the poll, cued by its “in”)', () => {
    expect(reportsOf('In a New York Times/CBS News survey released last Thursday, 79 percent of Democrats said they were satisfied and 60 percent said they would like more.')).toMatchObject([
      {mention: 'a New York Times/CBS News survey', cue: 'In', content: ['79 percent of Democrats said they were satisfied and 60 percent said they would like more']}
    ])
    expect(reportsOf('Sixty-seven percent of Americans said they had an unfavorable impression of Trump in a Washington Post-ABC News poll this month.')).toMatchObject([
      {mention: 'a Washington Post-ABC News poll', cue: 'in'}
    ])
    // (A speaker who is no share of those polled stays the source.)
    expect(reportsOf('In a report released Tuesday, the agency said costs rose.')).toMatchObject([{mention: 'the agency', cue: 'said'}])
    expect(reportsOf('In a CNN poll released Monday, Trump said he was leading.')).toMatchObject([{mention: 'Trump', cue: 'said'}])
    expect(reportsOf('Six in 10 say he is decisive, after half said so in the earlier poll.')).toMatchObject([{mention: 'Six in 10', cue: 'say'}])
  })

  it('ends a subject at an irregular past after its noun (“The officers ran a field and said …”), not inside a relative clause', () => {
    // (Was no report: “The officers ran a field” was read as one noun phrase.)
    expect(reportsOf('The officers ran a field and said the suspect fled.')).toMatchObject([{mention: 'The officers', cue: 'said'}])
    expect(reportsOf('A senior official who spoke on the condition of anonymity said the talks failed.')).toMatchObject([
      {mention: 'A senior official who spoke on the condition of anonymity', cue: 'said'}
    ])
  })

  it('reads “called it a …” as naming it, but not the idioms “call it a day”, “called it a career”', () => {
    // (Was no report: “it” was never a named object.)
    expect(reportsOf('The senator called it a scam.')).toMatchObject([{mention: 'The senator', cue: 'called', content: ['it a scam']}])
    expect(reportsOf('Clinton called it an insult to veterans.')).toMatchObject([{mention: 'Clinton', cue: 'called', content: ['it an insult to veterans']}])
    expect(reportsOf('He called it a day. She called it a career in 2015. They called it a draw.')).toEqual([])
  })

  it('reads “called” without a quotation only as naming someone something', () => {
    expect(reportsOf('She called a press conference. He called Trump yesterday. They called for calm.').map((report) => report.content)).toEqual([['calm']])
    expect(
      reportsOf('Trump called himself pro-choice. Carson called the incident a reason to reinvest. She called her mother. She called him back.').map(
        (report) => report.content
      )
    ).toEqual([['himself pro-choice'], ['the incident a reason to reinvest']])
  })

  it('takes a bare form after “a” + one word for a noun, but not after a quantity', () => {
    // “a simple question”, “A court document filed Thursday says …”.
    expect(reportsOf('In a casual remark, the reporter compared two candidates.').map((report) => report.cue)).not.toContain('remark')
    expect(reportsOf('A court document filed Thursday says that the manager will not be charged.')).toMatchObject([
      {mention: 'A court document filed Thursday', cue: 'says', content: ['that the manager will not be charged']}
    ])
    expect(reportsOf('A majority say the economy is improving.')).toMatchObject([{mention: 'A majority', cue: 'say'}])
  })

  it('reads a parenthetical source whose sentence goes on with a verb of its own or after an adverb', () => {
    // “ordered”, “called” are cue words, but here the content’s own verb.
    expect(reportsOf('Bob, they said, ordered them to wait.')[0]).toMatchObject({mention: 'they', cue: 'said', content: ['Bob', 'ordered them to wait']})
    expect(reportsOf('CNN, Cruz said, called the announcement significant.')[0]).toMatchObject({
      mention: 'Cruz',
      content: ['CNN', 'called the announcement significant']
    })
    expect(reportsOf('Rather, he said, continued struggles will coalesce support around him.')[0]).toMatchObject({
      mention: 'he',
      content: ['Rather', 'continued struggles will coalesce support around him']
    })
  })

  it('keeps an opening condition with what the source said, and a negation in it does not make a question', () => {
    expect(reportsOf('If the demands are not met, Taylor said supporters will leave the party.')).toMatchObject([
      {mention: 'Taylor', cue: 'said', content: ['If the demands are not met', 'supporters will leave the party']}
    ])
    expect(reportsOf('If the demands are not met, Mr. Taylor warned, supporters plan to leave the party.')).toMatchObject([
      {mention: 'Mr. Taylor', cue: 'warned', content: ['If the demands are not met', 'supporters plan to leave the party']}
    ])
    // A reader’s condition is not the source’s words; a time may be the saying’s.
    expect(reportsOf('If you watch his speech, he talked about the economy.')[0]!.content).toEqual(['the economy'])
    expect(reportsOf('When he arrived in Ohio, Smith said the bridge was closed.')[0]!.content).toEqual(['the bridge was closed'])
  })

  it('ends a relative clause’s content where the main clause goes on, not at a list’s comma', () => {
    expect(reportsOf('Smith, who has denied wrongdoing, resigned on Monday.')[0]!.content).toEqual(['wrongdoing'])
    expect(reportsOf('Those who wanted a continuation of his policies, most are planning to support Clinton.')[0]!.content).toEqual([
      'a continuation of his policies'
    ])
    expect(reportsOf('Trump, who has insulted women, Mexicans and Muslims in a volatile campaign, was asked about it.')[0]!.content).toEqual([
      'women, Mexicans and Muslims in a volatile campaign'
    ])
  })

  it('reads no source in “is likely to” or “is poised to”, but the verb after “likely to” or “quick to”', () => {
    expect(reportsOf('Trump is likely to win the state. The company is poised to cut 200 jobs.')).toEqual([])
    expect(reportsOf('Voters were more likely to say the economy was weak.')).toMatchObject([
      {mention: 'Voters', cue: 'say', content: ['the economy was weak']}
    ])
    expect(reportsOf('He was quick to say the economy was weak.')).toMatchObject([{mention: 'He', cue: 'say'}])
  })

  it('takes a noun cue after “the” and a word that is no plural noun for the head of the noun phrase', () => {
    expect(reportsOf('In all, hackers compromised 12 workstations, the congressional report said.')).toMatchObject([
      {mention: 'the congressional report', cue: 'said', content: ['In all, hackers compromised 12 workstations']}
    ])
    expect(reportsOf('The October report exceeded expectations.')).toEqual([])
    expect(reportsOf('The analysts report that sales rose. The police report that the road is closed.').map((report) => report.mention)).toEqual([
      'The analysts',
      'The police'
    ])
  })

  it('reads “X, set off by commas, says NP VERBed …” with X as the source, not NP and its clause', () => {
    expect(reportsOf('The complaint, filed in federal court, says the company broke the law.')).toMatchObject([
      {mention: 'The complaint', cue: 'says', content: ['the company broke the law']}
    ])
    // An “-ed” modifier inside an inverted source stays in it.
    expect(reportsOf('The party is split, said one unaligned Florida Republican strategist.')).toMatchObject([
      {mention: 'one unaligned Florida Republican strategist', cue: 'said'}
    ])
  })

  it('reads “US” in capitals as the country, and an acronym before a noun as its modifier', () => {
    expect(reportsOf('He told US officials that the plan was dead. She told CNN reporters the bill would fail.').map((report) => report.content)).toEqual([
      ['that the plan was dead'],
      ['the bill would fail']
    ])
  })

  it('reads a subordinate clause after the cue as an adjunct, not the content, when it is not the words', () => {
    expect(reportsOf('It is a great honor, Representative Steve Cohen told the president as he stopped to have his picture taken.')).toMatchObject([
      {mention: 'Representative Steve Cohen', cue: 'told', content: ['It is a great honor']}
    ])
    expect(reportsOf('Obama said as he left the stage that the economy was strong.')[0]!.content).toEqual(['that the economy was strong'])
    // Before a comma, the clause may be part of what was said.
    expect(reportsOf('He said while he was there, the economy grew.')[0]!.content).toEqual(['while he was there, the economy grew'])
  })

  it('reads “this” + a verb after the cue as the content’s subject, “this week” as a time', () => {
    expect(reportsOf('Cornyn said this was the only chance. Cornyn told reporters this was the only chance.').map((report) => report.content)).toEqual([
      ['this was the only chance'],
      ['this was the only chance']
    ])
    expect(reportsOf('Cornyn said this week that the vote failed.')[0]!.content).toEqual(['that the vote failed'])
  })

  it('reads “described X as Y” without a quotation, but not “described X” alone', () => {
    expect(reportsOf('About two-thirds of caucus attendees described themselves as liberals.')).toMatchObject([
      {mention: 'About two-thirds of caucus attendees', cue: 'described', content: ['themselves as liberals']}
    ])
    expect(reportsOf('He described the plan in detail.')).toEqual([])
  })

  it('reads the whole noun phrase after “according to”, cue words and a quoted title in it too', () => {
    expect(reportsOf('Oksuz registered Harmony in 2010, according to state corporate records. According to state law, no one may vote there.').map((report) => report.mention)).toEqual([
      'state corporate records',
      'state law'
    ])
    expect(reportsOf('The plan would cost $1.38 trillion a year, according to the “Medicare for all” document he released.')[0]).toMatchObject({
      mention: 'the “Medicare for all” document',
      content: ['The plan would cost $1.38 trillion a year']
    })
  })

  it('reads a long source phrase before the comma after “According to”, and a determiner standing for people', () => {
    expect(reportsOf('According to the officer in charge of the CIA base that night, the scene in the movie is untrue.')[0]!.content).toEqual([
      'the scene in the movie is untrue'
    ])
    expect(reportsOf('According to some on Twitter, Kelly was incognito.')).toMatchObject([{mention: 'some', content: ['Kelly was incognito']}])
  })

  it('reads a contracted pronoun after a time as the clause’s subject (“said Thursday he’s …”)', () => {
    expect(reportsOf('He said Thursday he’s a step closer to the nomination.')[0]!.content).toEqual(['he’s a step closer to the nomination'])
  })

  it('takes no source from the polls one votes at (“voters in the District head to the polls”)', () => {
    expect(reportsOf('The final contest comes June 14, when Democratic voters in the District of Columbia head to the polls.')).toEqual([])
  })

  it('reads no source in a label before a colon (“Delegate Update:”, “Editor’s Note:”)', () => {
    expect(reportsOf('Delegate Update: The latest count in the race.\n\nEditor’s Note: The following is part 3 of an excerpt.')).toEqual([])
    expect(reportsOf('PENCE: We will win this state.')).toMatchObject([{mention: 'PENCE', cue: ':'}])
    // (Was a report of the person “Footnote”.)
    expect(reportsOf('Footnote: This story was updated at 4:15 p.m. with comments from Morgan Stanley.')).toEqual([])
  })

  it('reads no source in a headline before a colon (“The Gap Goes On:”, “Little Relief for Refugees:”, “FIX IS IN:”)', () => {
    // (Were reports of “Gap Goes On”, “Little Relief”, “FIX”, “Stealth” and “LOOK”.)
    expect(reportsOf('The Gap Goes On: It was under his watch that the General Assembly established U.N. Women.')).toEqual([])
    expect(reportsOf('Little Relief for Refugees: The refugee crisis is the sort of issue the United Nations was made to tackle.')).toEqual([])
    expect(reportsOf('FIX IS IN: PBS Moderators Ignore Clinton Scandals.')).toEqual([])
    expect(reportsOf('Stealth Over Health: Hillary Clinton Was Headed to ER.')).toEqual([])
    expect(reportsOf('LOOK: Shocking Photos Of the Rally Are Going Viral.')).toEqual([])
    // (A speaker’s label on a topic stays: “X On Y: ‘…’”.)
    const topic = reportsOf('CNN President On Trump: We do not pay candidates to appear at debates.')
    expect(topic.map((report) => report.cue)).toEqual([':'])
    expect(topic[0]?.mention).toMatch(/^CNN President/)
  })

  it('reads “disputed” as a cue and “dispute” after a determiner as a noun; “continues to” as no cue', () => {
    // (“disputed” was no cue; “Ethiopia continues to occupy …” reported the clause before it.)
    expect(reportsOf('A campaign spokeswoman disputed their account.')).toMatchObject([{mention: 'A campaign spokeswoman', cue: 'disputed', content: ['their account']}])
    expect(reportsOf('But he did not dispute that he advises Mr. Trump.')).toMatchObject([{mention: 'he', cue: 'did not dispute', content: ['that he advises Mr. Trump']}])
    expect(reportsOf('The revolt over a procedural dispute, as well as the walkout, made news.')).toEqual([])
    expect(reportsOf('Today, despite a mediation that awarded the territory to Eritrea, Ethiopia continues to occupy the village.')).toEqual([])
    // (A clause soon after stays the content: “continue to ignore the reality that …”.)
    expect(reportsOf('Obama and Clinton continue to ignore the reality that a terror campaign is under way.')).toMatchObject([
      {mention: 'Obama and Clinton', cue: 'continue', content: ['that a terror campaign is under way']}
    ])
  })

  it('reads a number inside a name (“told BBC Radio 4’s Today programme that”)', () => {
    // (The content was “4's Today programme that he had …”.)
    expect(reportsOf('Tom Reyes told BBC Radio 4’s Today programme that he had never been more terrified.')).toMatchObject([
      {mention: 'Tom Reyes', cue: 'told', content: ['that he had never been more terrified']}
    ])
  })

  it('reads the speaker of “with the Guardian calling it …”, and no cue in “rave reviews”', () => {
    // (Was unattributed; with a quotation, “rave” was a cue whose source was the play.)
    const {quotes} = annotate('Title\nThe play opened Thursday to rave reviews, with the Guardian calling it “a triumph of the form.”', {format: 'text'})
    expect(quotes.map((quote) => quote.attribution?.mention?.text)).toEqual(['the Guardian'])
    expect(reportsOf('He replaced it with the Columbia reporting team to publish the story.')).toEqual([])
  })

  it('reads “see X as Y” as a belief, and not “see X” alone', () => {
    expect(reportsOf('Millennials see police violence against African Americans as a problem.')).toMatchObject([
      {mention: 'Millennials', cue: 'see', cueClass: 'perception', content: ['police violence against African Americans as a problem']}
    ])
    expect(reportsOf('I see him every day.')).toEqual([])
  })

  it('reads what a poll or a study found without “that” (a small clause or a noun phrase), but not what a person found', () => {
    expect(reportsOf('The April survey found Clinton leading Sanders by seven points. A recent CNN survey found 90 percent support for background checks.')).toMatchObject([
      {mention: 'The April survey', cue: 'found', content: ['Clinton leading Sanders by seven points']},
      {mention: 'A recent CNN survey', cue: 'found', content: ['90 percent support for background checks']}
    ])
    expect(reportsOf('He found the area welcoming.')).toEqual([])
  })

  it('leaves the main clause’s speech verb to the main clause after a relative clause and its adjunct', () => {
    expect(reportsOf('Laurence Meyer, a former Fed governor who argued with Ms. Brainard at the February conference, said the bank would wait.')).toMatchObject([
      {mention: 'Laurence Meyer', cue: 'said', content: ['the bank would wait']}
    ])
  })

  it('reads a longer author after “by” as part of the source phrase (“a study by the Council of … found”)', () => {
    expect(reportsOf('Turnout rose, a study by the Council of the Great City Schools found.')).toMatchObject([
      {mention: 'a study', cue: 'found', content: ['Turnout rose']}
    ])
  })

  it('reads the document before a participle and its adjuncts as the source (“A study published Monday in the journal Nature Medicine found”)', () => {
    // (Were “the journal Nature Medicine”, “A report released”, “A poll conducted”.)
    expect(reportsOf('A study published Monday in the journal Nature Medicine found that 61,000 people died.')).toMatchObject([
      {mention: 'A study', cue: 'found', content: ['that 61,000 people died']}
    ])
    expect(reportsOf('A report released in September by the National Academies of Sciences found that the plan works.')).toMatchObject([
      {mention: 'A report', cue: 'found'}
    ])
    expect(reportsOf('A poll conducted by Gallup last week found that 40% approve.')).toMatchObject([{mention: 'A poll', cue: 'found'}])
  })

  it('reads an amount after “promised” as what is promised, not whom to (“promised 40,000 extra appointments”)', () => {
    // (Were “a week if his party won power”: the amount was taken for an addressee.)
    expect(reportsOf('Wes Streeting promised 40,000 extra appointments a week if his party won power.')).toMatchObject([
      {mention: 'Wes Streeting', cue: 'promised', content: ['40,000 extra appointments a week if his party won power']}
    ])
    expect(reportsOf('The mayor promised more police officers on the streets by summer.')).toMatchObject([
      {cue: 'promised', content: ['more police officers on the streets by summer']}
    ])
    // An addressee stays one: a recipient, or an amount before `that` or a clause.
    expect(reportsOf('Trump promised voters a tax cut.')).toMatchObject([{cue: 'promised', content: ['a tax cut']}])
    expect(reportsOf('Trump promised 500 supporters that taxes would fall. She told 500 supporters the plan would work.')).toMatchObject([
      {cue: 'promised', content: ['that taxes would fall']},
      {cue: 'told', content: ['the plan would work']}
    ])
  })

  it('reads a cue word right after a speech verb as the start of its object (“told state broadcaster CCTV”)', () => {
    // (Was a report with the cue “state” and the content “broadcaster CCTV …”.)
    expect(reportsOf('A resident told state broadcaster CCTV that the water rose fast.')).toMatchObject([
      {mention: 'A resident', cue: 'told', content: ['that the water rose fast']}
    ])
    // Before punctuation it is the verb’s particle or cue: “wrote back:”.
    expect(reportsOf('Ms. Abedin wrote back: the plan is on track.')).toHaveLength(1)
  })

  it('reads an adverb between the cue and “that” as no content (“said separately that …”)', () => {
    // (The content began “separately that”.)
    expect(reportsOf('The CDC said separately that flu cases had risen. Sanders argued insistently that he would win.').map((report) => report.content)).toEqual([
      ['that flu cases had risen'],
      ['that he would win']
    ])
  })

  it('reads the bench a judge writes for as no content (“wrote for the majority that …”)', () => {
    // (Was no attribution: the content would have begun “for the majority”.)
    expect(reportsOf('Chief Justice John Roberts wrote for the majority that the law guarantees a jury trial.')).toMatchObject([
      {mention: 'Chief Justice John Roberts', cue: 'wrote', content: ['that the law guarantees a jury trial']}
    ])
    expect(reportsOf('Justice Samuel Alito wrote for a unanimous court that the rule was void.')).toMatchObject([
      {mention: 'Justice Samuel Alito', cue: 'wrote', content: ['that the rule was void']}
    ])
    // (Not whom one votes or works for.)
    expect(reportsOf('He voted for the majority that opposed it.')).toEqual([])
  })

  it('reads the noun phrase before a place adverb as the subject (“Officials there said”)', () => {
    // (Were no attribution: “there”/“here” between subject and verb.)
    expect(reportsOf('Officials there said the plant would close.')).toMatchObject([
      {mention: 'Officials', cue: 'said', content: ['the plant would close']}
    ])
    expect(reportsOf('Her campaign workers here said they have been working the state since the spring.')).toMatchObject([
      {mention: 'Her campaign workers', cue: 'said', content: ['they have been working the state since the spring']}
    ])
    expect(reportsOf('Some officials there have said the plant would close.')).toMatchObject([{mention: 'Some officials', cue: 'have said'}])
    // (Not a preposition’s object, a relative clause’s end or before an infinitive.)
    expect(reportsOf('Two men who voted at a straw poll there discussed how the plant would close.')).not.toContainEqual(
      expect.objectContaining({mention: 'a straw poll'})
    )
    expect(reportsOf('Residents who live there said the plant would close.')).not.toContainEqual(expect.objectContaining({mention: 'live'}))
    expect(reportsOf('Cruz is the only contender here to have pledged to visit every county.')).not.toContainEqual(
      expect.objectContaining({mention: 'the only contender'})
    )
  })

  it('reads a cue word right after a preposition as a noun in the subject (“Opponents of hate crime laws say”)', () => {
    // (Were “crime laws” and a document “speech”: “hate” taken for a verb.)
    expect(reportsOf('Opponents of hate crime laws say the measure works.')).toMatchObject([
      {mention: 'Opponents of hate crime laws', cue: 'say', type: 'reported'}
    ])
    expect(reportsOf('Backers of the ban on hate speech said the measure works.')).toMatchObject([
      // (“on” after a common noun ends the subject, as in “Critics of the ban on guns”.)
      {mention: 'Backers of the ban', cue: 'said', type: 'reported'}
    ])
  })

  it('reads a capitalized modifier and a plural head opening a sentence as one subject (“Lower courts had upheld …, citing”)', () => {
    // (Were the mentions “Lower”, “Sanders”, “Protest”: a name that stopped at the first word.)
    expect(reportsOf('Lower courts had upheld the rule, citing the Chevron doctrine.')).toMatchObject([{mention: 'Lower courts', cue: 'citing'}])
    expect(reportsOf('Protest groups sued the city, saying the rules violate free-speech rights.')).toMatchObject([
      {mention: 'Protest groups', cue: 'saying'}
    ])
    // (And groups coordinated: both speak.)
    expect(
      reportsOf('Republican politicians and their allies speak in one voice, arguing that the agenda has failed.')
    ).toMatchObject([{mention: 'Republican politicians and their allies', cue: 'arguing'}])
    // (A name alone stays a name.)
    expect(reportsOf('Obama had upheld the rule, citing the doctrine.')).toMatchObject([{mention: 'Obama', cue: 'citing'}])
  })

  it('reads no report in a noun that is also a cue (“the largest one-year decline ever recorded, according to”) or a participle after its noun (“funding cuts proposed by the administration”)', () => {
    // (Were nested intention reports of “the largest one-year” and of “funding cuts”.)
    const cues = (text: string) => reportsOf(text).map((report) => report.cue)
    expect(nestedOf('Deaths fell 27% last year, the largest one-year decline ever recorded, according to the data.')).toEqual([['the data', []]])
    expect(nestedOf('He warned that funding cuts proposed by the administration could reverse it.')).toEqual([['He', []]])
    // (“to” past a comma or a dash still follows: “refused, generally, to concede”.)
    expect(cues('He refused, generally, to concede the point.')).toEqual(['refused'])
    expect(reportsOf('The accord calls on all nations — rich and poor — to limit emissions.')).toMatchObject([{cue: 'calls on'}])
  })

  it('reads a cue after a verb of going on (“continued to say he had …”, “continued to call for more information”)', () => {
    // (Were no attribution.)
    expect(reportsOf('Even after the complaint was filed, Lewandowski continued to say he had never touched her.')).toMatchObject([
      {mention: 'Lewandowski', cue: 'continued to say', content: ['he had never touched her']}
    ])
    expect(reportsOf('Small groups of protesters continued to call for more information.')).toMatchObject([
      {mention: 'Small groups of protesters', cue: 'continued to call for', content: ['more information'], cueClass: 'intention'}
    ])
    // (Not a bare object of speech: “have begun to speak out, however”.)
    expect(reportsOf('A few prominent Republicans have begun to speak out, however.')).toEqual([])
  })

  it('reads “as” right after a describing verb only before a quotation (“talks that both sides described as “constructive””)', () => {
    expect(reportsOf('Officials met for talks that both sides described as “constructive.”')).toMatchObject([{mention: 'both sides', cue: 'described'}])
    // (A passive and its “as” are no one’s report.)
    expect(reportsOf('The result was widely seen as a disappointment.')).toEqual([])
  })

  it('reads “as first reported by X”, “…, first reported by X,” and “per people familiar with the matter” as according to X', () => {
    // (Were unattributed.)
    expect(reportsOf('As first reported by Axios, the deal is worth $2 billion.')).toMatchObject([
      {mention: 'Axios', cue: 'As first reported by', content: ['the deal is worth $2 billion'], type: 'according-to'}
    ])
    expect(reportsOf('The deal is worth $2 billion, as reported by The Times.')).toMatchObject([
      {mention: 'The Times', cue: 'as reported by', content: ['The deal is worth $2 billion'], type: 'according-to'}
    ])
    expect(reportsOf('The deal is worth $2 billion, per people familiar with the matter.')).toMatchObject([
      {mention: 'people familiar with the matter', cue: 'per', type: 'according-to'}
    ])
    // (A passive with its agent, and a quotation’s speaker, stay as they were; “per year” is no source.)
    expect(reportsOf('“It is over,” Carson said in an interview, as reported by BuzzFeed News.')).toEqual([])
    expect(reportsOf('Prices rose 3%, per year.')).toEqual([])
  })

  it('skips a clock time or a part of a day before a clause with no “that” (“said at 10 p.m. the polls closed”, “said late Tuesday”)', () => {
    // (Were no attribution, and content that began with “late Tuesday”.)
    for (const adjunct of ['at 10 p.m.', 'at about 10:30 p.m. ET', 'at noon', 'late Tuesday', 'early on Monday']) {
      expect(reportsOf(`Jones said ${adjunct} the polls had closed.`)).toMatchObject([
        {mention: 'Jones', cue: 'said', content: ['the polls had closed']}
      ])
    }

    expect(reportsOf('Jones said late Tuesday that the polls had closed.')).toMatchObject([{content: ['that the polls had closed']}])
    // (A time before an infinitive too: was no attribution, or content from “late Monday”.)
    for (const adjunct of ['Monday', 'late Monday', 'last week']) {
      expect(reportsOf(`Democrats decided ${adjunct} to mount a filibuster.`)).toMatchObject([
        {mention: 'Democrats', cue: 'decided', content: ['to mount a filibuster'], cueClass: 'intention'}
      ])
    }

    expect(reportsOf('Nehlen responded Friday to reports that Trump would endorse his opponent.')).not.toContainEqual(
      expect.objectContaining({content: ['to reports that Trump would endorse his opponent']})
    )
    // (An amount is no clock time; “early” before no day is the content’s.)
    expect(reportsOf('Jones said at 10 percent the polls had closed.')).toEqual([])
    expect(reportsOf('Jones said early results showed a win.')).toMatchObject([{content: ['early results showed a win']}])
  })

  it('gives evidence coordinated inside a “that” clause that clause’s subject (“cautioned that the study was observational and could not prove …”)', () => {
    // (Was the experts’: the subject of the main clause.)
    expect(
      reportsOf('Experts cautioned that the study was observational and could not prove that walking caused the improvements.')
    ).toMatchObject([
      {mention: 'Experts', cue: 'cautioned'},
      {mention: 'the study', cue: 'could not prove', content: ['that walking caused the improvements'], type: 'document'}
    ])
    // (Speech goes on with the main clause.)
    expect(reportsOf('Smith said that the plan failed and added that it cost too much.')).toMatchObject([
      {mention: 'Smith', cue: 'said'},
      {mention: 'Smith', cue: 'added'}
    ])
  })

  it('gives evidence coordinated inside a clause with no “that”, or after a cue’s object, that clause’s subject (“said the footage was grainy and did not show …”)', () => {
    // (Was the lawyer’s: the subject of the main clause.)
    expect(reportsOf('His lawyer said the surveillance footage was grainy and did not show the suspect’s face.')).toMatchObject([
      {mention: 'His lawyer', cue: 'said'},
      {mention: 'the surveillance footage', cue: 'did not show', type: 'document'}
    ])
    expect(reportsOf('The senator told reporters that the audit was flawed and showed no fraud.')).toMatchObject([
      {mention: 'The senator', cue: 'told'},
      {mention: 'the audit', cue: 'showed', content: ['no fraud']}
    ])
  })

  it('reads a bare cue word before “was” or a “points” after an amount as a noun, no cue (“the margin decline was temporary”, “three percentage points to”)', () => {
    // (Were nested reports by “the margin” (cue “decline”) and “three percentage” (cue “points to”).)
    const nested = (body: string) => run(headline + body, 'text').reports.flatMap((report) => report.nested)
    expect(nested('The finance chief said the margin decline was temporary.')).toEqual([])
    expect(nested('He said the cuts could add three percentage points to the margin.')).toEqual([])
    // (Still a cue: “The data points to a slowdown”.)
    expect(reportsOf('The data points to a slowdown.')).toMatchObject([{mention: 'The data', cue: 'points to'}])
  })

  it('gives a coordinated verb the main subject past a quoted phrase (“accused Manila of “deliberately provoking” a confrontation, and warned”)', () => {
    // (Was “a confrontation”: the words after the quote read as a new clause.)
    expect(reportsOf('The ministry accused the Philippines of “deliberately provoking” a confrontation near the shoal, and warned Manila to stop.')).toMatchObject([
      {mention: 'The ministry', cue: 'accused'},
      {mention: 'The ministry', cue: 'warned'}
    ])
  })

  it('reads a forecast or a prediction of a noun phrase (“Nvidia forecast revenue of $37.5 billion”)', () => {
    // (Was no attribution: “forecast” and “predict” took only a clause.)
    expect(reportsOf('Nvidia forecast revenue of $37.5 billion for the fourth quarter.')).toMatchObject([
      {mention: 'Nvidia', cue: 'forecast', content: ['revenue of $37.5 billion for the fourth quarter'], cueClass: 'evidence'}
    ])
    expect(reportsOf('Economists predicted a recession.')).toMatchObject([{mention: 'Economists', cue: 'predicted', content: ['a recession']}])
    // (Not a noun and its comparison: “forecasts like the latest one”.)
    expect(reportsOf('Long-term forecasts like the latest one show deficits.')).toEqual([])
    expect(reportsOf('As a kid I felt like I had no voice.')).toMatchObject([{cue: 'felt', content: ['like I had no voice']}])
  })

  it('reads newswire `,’’` before the speaker as a closed quotation when `’’` is not read as a mark (“’’…,’’ Mr. Bush said, holding back tears”)', () => {
    // (Were reports of what followed the cue: “dryly”, “holding back tears”, “emphasizing …”.)
    expect(reportsOf("''I would not discount the commercial motivations,'' Mr. Kaplan said dryly.")).toMatchObject([
      {mention: 'Mr. Kaplan', cue: 'said', content: ['I would not discount the commercial motivations']}
    ])
    expect(reportsOf("''The people have spoken,'' Mr. Bush said, holding back tears.")).toMatchObject([{mention: 'Mr. Bush', cue: 'said', content: ['The people have spoken']}])
    expect(reportsOf("''Is it over?'' said Mr. Biden, clutching the lectern.")[0]).toMatchObject({mention: 'Mr. Biden', cue: 'said', content: ['Is it over']})
    // (An inch mark before the speaker closes no quotation.)
    expect(reportsOf("The 12'' pipes, Mr. Lee said, were too short.")).toMatchObject([{mention: 'Mr. Lee', content: ["The 12'' pipes", 'were too short']}])
  })

  it('reads newswire `, ’’` with a stray space before the marks as a close before the speaker (“coalitions, ’’ said Mr. Gunnels”)', () => {
    // (Was nothing: the marks had to touch the comma.)
    expect(reportsOf("''He built very strong left-right coalitions, '' said Mr. Gunnels, who now works for him.")).toMatchObject([
      {mention: 'Mr. Gunnels', cue: 'said', content: ['He built very strong left-right coalitions']}
    ])
    expect(reportsOf("''He built very strong coalitions, '' Mr. Gunnels said.")).toMatchObject([{mention: 'Mr. Gunnels', cue: 'said', content: ['He built very strong coalitions']}])
    // (Marks on the word after the comma open a quotation: `adding of Mr. Trump, ’’He cares …’’`.)
    expect(nestedOf("''We've started,'' Mr. Manafort said, adding of Mr. Trump, ''He cares about the team.''")[0]![0]).toBe('Mr. Manafort')
  })

  it('reads no cue inside a newswire quotation that opens the sentence (“’’I think we are sleeping,’’ Ms. Turner said”), and `’’` is no part of the word after it', () => {
    // (Were reports of “I” thinking, “I” taunting and “He” caring: the quoted
    // words, which a quotation in “…” marks never yields.)
    expect(reportsOf("''I think we are sleeping on the Democrats,'' Ms. Turner said.")).toMatchObject([{mention: 'Ms. Turner', cue: 'said', content: ['I think we are sleeping on the Democrats']}])
    expect(reportsOf("''I don't think he would taunt him.''")).toEqual([])
    expect(reportsOf("''He cares about the team.''")).toEqual([])
    // (Nor in one opened after the sentence starts: PolNeAR has the quotation
    // as Mr. Manafort's words, no report of “He” caring in it.)
    expect(nestedOf("''We've started,'' Mr. Manafort said, adding of Mr. Trump, ''He cares about the team.''")).toEqual([
      ['Mr. Manafort', []],
      ['Mr. Manafort', []]
    ])
  })

  it('reads no intention in a “to” before an amount or a year (“declined to $281 million”, “declined significantly from 1989 to 2013”)', () => {
    // (Were intentions of “Fees from clients” and “Earnings”: a fall, not a refusal.)
    expect(reportsOf('Fees from clients declined to $281 million in 2014.')).toEqual([])
    expect(reportsOf('Earnings declined significantly from 1989 to 2013.')).toEqual([])
    expect(reportsOf('Sales are expected to rise to 8 percent.')).toMatchObject([{cue: 'are expected'}])
    expect(reportsOf('The senator declined to comment.')).toMatchObject([{mention: 'The senator', cue: 'declined', content: ['to comment']}])
    expect(reportsOf('The city plans to hire 200 inspectors.')).toMatchObject([{mention: 'The city', cue: 'plans', content: ['to hire 200 inspectors']}])
    expect(reportsOf('Female troops preferred Clinton 51 percent to 24 percent.')).toMatchObject([{mention: 'Female troops', cue: 'preferred'}])
  })

  it('reads no cue in a newswire quotation that opens mid-sentence (“he wrote, ’’but I find it hard …’’”, “a request for ’’a favor’’”)', () => {
    // (Were reports of “I” finding, of “'a” doing a favor, and of “I” wanting.)
    expect(reportsOf("''It was more plane than I needed,'' he wrote, ''but I find it hard to resist a good deal.''").map((report) => report.cue)).toEqual(['wrote'])
    expect(reportsOf("Mr. Band passed along a request for ''a favor'' from an associate.")).toEqual([])
    expect(reportsOf("Then, the laugh line: ''I want to do this myself, but it is so unpresidential.''").map((report) => report.cue)).not.toContain('want')
    // (A close the tokenizer reads as a plural's apostrophe, `mechanics''`, ends the quotation: the cue after it is the writer's.)
    expect(reportsOf("''I have admiration for the mechanics'' of the proposals, Mr. Holtz-Eakin said.")).toMatchObject([
      {mention: 'Mr. Holtz-Eakin', cue: 'said', content: ["I have admiration for the mechanics'' of the proposals"]}
    ])
  })

  it('takes an interrupted newswire quotation on after its speaker (“’’A,’’ Mr. Indyk said, ’’and B’’”, “’’A,’’ said X, ’’B’’”)', () => {
    // (Was the first part only; the second was the writer's.)
    expect(reportsOf("''There's a lot of water under the bridge,'' Mr. Indyk said, ''and it's very hard to imagine they agree.''")).toMatchObject([
      {mention: 'Mr. Indyk', cue: 'said', content: ["There's a lot of water under the bridge", "''and it's very hard to imagine they agree"]}
    ])
    expect(reportsOf("''It was more plane than I needed,'' said Mr. Trump, ''but I find it hard to resist.''")).toMatchObject([
      {mention: 'Mr. Trump', cue: 'said', content: ['It was more plane than I needed', "''but I find it hard to resist"]}
    ])
  })

  it('reads no cue in the sentence of a newswire quotation that closes after it (“… People want to have impact,’’ he said”)', () => {
    // (Were reports of “People” wanting and “I” hoping: the quoted words go
    // on from an earlier sentence, which opened the quotation.)
    expect(reportsOf("''We will grow. People want to have impact,'' he said.")).toMatchObject([
      {mention: 'he', cue: 'said', content: ['We will grow. People want to have impact']}
    ])
    expect(reportsOf("''We will grow. I hope they see reason.''")).toEqual([])
    // (A title in `''` after the cue closes nothing: “fans of ''Prison Break,'' Mr. Madden said”.)
    expect(nestedOf("Critics say the French are big fans of ''Prison Break,'' Mr. Madden said.")).toEqual([['Mr. Madden', ['Critics']]])
  })

  it('takes a newswire quotation on to its close in a later sentence (“X said: ’’A. B.’’”, “’’A,’’ X said. ’’B. C.’’”)', () => {
    // (The sentences after the first were no content: the speaker’s words
    // ended where the sentence did.)
    expect(reportsOf("He said: ''People want jobs. They want hope.''")).toMatchObject([
      {mention: 'He', cue: 'said', content: ["''People want jobs. They want hope."]}
    ])
    expect(reportsOf("''We will grow,'' he said, adding, ''People want jobs. They want hope.''")).toMatchObject([
      {mention: 'he', cue: 'said', content: ['We will grow']},
      {mention: 'he', cue: 'adding', content: ["''People want jobs. They want hope."]}
    ])
    // A quotation of its own right after the speaker’s sentence goes on with
    // the speaker, as a “…” quotation does; one with a speaker of its own
    // (`''…,'' she said`) does not.
    expect(reportsOf("''We will grow,'' he said. ''People want jobs. They want hope.'' ''No doubt,'' she said.")).toMatchObject([
      {mention: 'he', cue: 'said', content: ['We will grow', 'People want jobs. They want hope.']},
      {mention: 'she', cue: 'said'}
    ])
    // (Also after the next sentence, once taken on: `''B.'' ''C.''`.)
    expect(reportsOf("''We will grow,'' he said. ''People want jobs.'' ''They want hope.''")).toMatchObject([
      {mention: 'he', cue: 'said', content: ['We will grow', 'People want jobs.', 'They want hope.']}
    ])
    // Not over a paragraph break, and not from a title (`''Meet the Press.''`).
    // (Unless the quotation is left open there and the next paragraph
    // opens with `''`, the newswire way of going on: see below.)
    expect(reportsOf("''We will grow,'' he said.\n\n''People want jobs. They want hope.''")).toMatchObject([
      {mention: 'he', cue: 'said', content: ['We will grow']}
    ])
    expect(reportsOf("Mr. Trump said on ''Meet the Press'' that he would win. Polls agree.")).toMatchObject([
      {mention: 'Mr. Trump', cue: 'said', content: ['that he would win']}
    ])
  })

  it('starts the content of `’’A. B,’’ X said` where the quotation opens, not at the sentence of the cue', () => {
    // (“A.” was the reporter’s own statement.)
    expect(reportsOf("''A lot of it is luck. We know that,'' said Mr. Lee, the chairman.")).toMatchObject([
      {mention: 'Mr. Lee', cue: 'said', content: ['A lot of it is luck. We know that']}
    ])
    // (Not over a question: `''… ?'' he asked` makes no claim, and would take the statement with it.)
    expect(reportsOf("''A lot of it is luck. Do we know that?'' he asked.")).toMatchObject([{mention: 'he', cue: 'asked', content: ['Do we know that']}])
  })

  it('gives the participle after a newswire quotation’s cue to its speaker, not to a subject inside the quotation (“’’…,’’ said Mr. Lee, adding”)', () => {
    // (Was “We”, and “you”, from the quotation’s words.)
    expect(reportsOf("''A lot. We know,'' said Mr. Lee, adding that the party would win.")).toMatchObject([
      {mention: 'Mr. Lee', cue: 'said', content: ['A lot. We know']},
      {mention: 'Mr. Lee', cue: 'adding', content: ['that the party would win']}
    ])
    expect(reportsOf("''This is one of those things you'll know it when you see it,'' said Mr. Burr, adding hopefully that he did not think so.")[1]).toMatchObject({mention: 'Mr. Burr', cue: 'adding'})
    expect(reportsOf("''I don't want a fractured convention, we want this thing to bed early,'' he said, adding that it was over.")[1]).toMatchObject({mention: 'he', cue: 'adding'})
  })

  it('takes a newswire quotation right after the cue as its content, not the words before the subject (“Asked …, Mr. Daley said: ’’Of course.’’”)', () => {
    // (Was “Asked whether …”, the words before the subject, as after `’’…,’’ Mr. Daley said`.)
    expect(reportsOf("Asked whether it had been hard for Mr. Biden, Mr. Daley said: ''Of course. He wanted to run.''").find((report) => report.cue === 'said')).toMatchObject({
      mention: 'Mr. Daley',
      content: ["''Of course. He wanted to run."]
    })
    expect(reportsOf("On Monday, Mr. Daley said ''he wanted to run.''")).toMatchObject([{mention: 'Mr. Daley', cue: 'said', content: ["''he wanted to run"]}])
  })

  it('gives a newswire quotation after a colon with no cue to a person subject, or to whoever posted it (“Mr. Christie gloated: ’’…’’”)', () => {
    // (Was unattributed: only a “…” quotation was read after a colon.)
    expect(reportsOf("And Mr. Christie gloated: ''I told you he wouldn't be ready.''")).toMatchObject([
      {mention: 'Mr. Christie', cue: ':', content: ["''I told you he wouldn't be ready"]}
    ])
    expect(reportsOf("Hours later, a familiar voice celebrated the attacks on Twitter: ''California, we have arrived.''")).toMatchObject([
      {mention: 'a familiar voice', cue: ':', content: ["''California, we have arrived"]}
    ])
    // (`''` also opens a title or a slogan: not without a person.)
    expect(reportsOf("Giant screens glittered with a three-word proclamation: ''Over the Top.''")).toEqual([])
  })

  it('takes a newswire quotation on over a paragraph break it leaves open (no closing `’’`, the next paragraph opening with one)', () => {
    // (The paragraph’s last sentences, and the next paragraph, were the reporter’s.)
    expect(reportsOf("''We will grow,'' he said. ''People want jobs. They want hope.\n\n''And they will vote.'' Turnout was low.")).toMatchObject([
      {mention: 'he', cue: 'said', content: ['We will grow', 'People want jobs. They want hope.', 'And they will vote.']}
    ])
    expect(reportsOf("He said: ''People want jobs.\n\n''They want hope.''")).toMatchObject([
      {mention: 'He', cue: 'said', content: ["''People want jobs.", 'They want hope.']}
    ])
    // (A paragraph that closes its quotation ends it.)
    expect(reportsOf("He said: ''People want jobs.''\n\n''They want hope.''")).toMatchObject([
      {mention: 'He', cue: 'said', content: ["''People want jobs"]}
    ])
  })

  it('reads no cue in a newswire quotation taken on past its speaker’s sentence (’’A,’’ he said. ’’B. They want hope. C.’’)', () => {
    // (Was also a report of “They” wanting “hope”: a sentence that neither
    // opens nor closes the quotation showed no mark of being in it.)
    expect(reportsOf("''We will grow,'' he said. ''People want jobs. They want hope. They will vote.''")).toMatchObject([
      {mention: 'he', cue: 'said', content: ['We will grow', 'People want jobs. They want hope. They will vote.']}
    ])
  })

  it('reads a bare noun cue before a verb as the head of the subject (“as AI chip demand holds up”)', () => {
    // (Was a report of “holds up” by a person “AI chip”.)
    expect(reportsOf('Nvidia revenue jumps 94% as AI chip demand holds up')).toEqual([])
    expect(reportsOf('Consumer demand rises as prices fall.')).toEqual([])
    expect(reportsOf('Unions demand the plan be dropped.')).toMatchObject([{mention: 'Unions', cue: 'demand'}])
  })

  it('types a document noun that opens the sentence as a document (“Polls show”, “Research suggests”)', () => {
    // (Was `reported`: its capital read as a name’s.)
    expect(reportsOf('Polls show Trump ahead in Iowa.')).toMatchObject([{cue: 'show', type: 'document'}])
    expect(reportsOf('Research suggests job losses deepened the divide.')).toMatchObject([{cue: 'suggests', type: 'document'}])
    expect(reportsOf('Reuters reported the deal.')).toMatchObject([{type: 'reported'}])
  })

  it('reads a time or a manner alone after a cue as no content (“Earle-Sears conceded shortly after 10 p.m.”, “responded hours later”)', () => {
    // (Was a report whose content was “shortly after 10 p.m.”.)
    expect(reportsOf('Earle-Sears conceded shortly after 10 p.m.')).toEqual([])
    expect(reportsOf('Earle-Sears conceded late Tuesday.')).toEqual([])
    expect(reportsOf('He said the vote was at 10 p.m.')).toMatchObject([{cue: 'said', content: ['the vote was at 10 p.m.']}])
    // (Were reports whose contents were “hours later”, “two days later”, “quickly”.)
    expect(reportsOf('Union president Marcus Hill responded hours later.')).toEqual([])
    expect(reportsOf('Hill replied two days later.')).toEqual([])
    expect(reportsOf('Hill responded quickly.')).toEqual([])
    expect(reportsOf('Hill responded a few hours later.')).toEqual([])
    expect(reportsOf('Trump officially endorsed one in July.')).toMatchObject([{content: ['one in July']}])
    expect(reportsOf('Hill said the talks ended a week later.')).toMatchObject([{cue: 'said', content: ['the talks ended a week later']}])
  })

  it('reads a base-form cue after a noun in -ing as a noun (“a spending plan”)', () => {
    // (Was a cue “plan” whose source was “a $275 billion infrastructure spending”, and “plans to focus” was lost.)
    const reports = reportsOf('Clinton, who announced a $275 billion infrastructure spending plan on Monday, plans to focus on jobs.')
    expect(reports.map((report) => report.cue)).toEqual(['announced', 'plans'])
    expect(reports[1]).toMatchObject({mention: 'Clinton', content: ['to focus on jobs']})
  })

  it('reads “Z quoted X as saying Y” as X’s words inside Z’s report', () => {
    // (Was unattributed, or Z’s report only.)
    const tweet = annotate('An early tweet quoted the president as saying “Need to do something!”')
    expect(tweet.quotes[0]!.attribution?.mention?.text).toBe('the president')
    expect(tweet.claims[0]!.attribution).toMatchObject({type: 'document', cue: {text: 'quoted'}, mention: {text: 'An early tweet'}})
    expect(reportsOf('The Times quoted Wicker as saying the deployment would help.')).toMatchObject([{mention: 'Wicker', cue: 'as saying', content: ['the deployment would help']}])
  })

  it('reads “live” before a cue as how, and a time clause alone as no content (“Dan Gross live tweeted as Obama spoke.”)', () => {
    // (Was a report of the source “live”, then one whose content was “as Obama spoke …”.)
    expect(reportsOf('Dan Gross live tweeted as Obama spoke from the White House East Room.')).toEqual([])
    expect(reportsOf('Dan Gross live tweeted that the room was full.')).toMatchObject([{mention: 'Dan Gross', cue: 'live tweeted', content: ['that the room was full']}])
    expect(reportsOf('He said while he was there, the economy grew.')).toMatchObject([{content: ['while he was there, the economy grew']}])
  })

  it('reads a noun in -ly as the subject’s head, not an adverb of its verb (“Her family said”)', () => {
    // (Was unattributed: “family” went into the verb group and “Her” was left.)
    expect(reportsOf('Her family said they were grateful.')).toMatchObject([{mention: 'Her family', cue: 'said', content: ['they were grateful']}])
    expect(reportsOf('He quickly said no one was hurt.')).toMatchObject([{mention: 'He', cue: 'quickly said'}])
  })

  it('reads a noun cue after a plural subject’s verb as its object (“experts urge caution”)', () => {
    // (Was a report with the cue “caution” and the content “Still”.)
    expect(reportsOf('Still, some experts urge caution.')).toEqual([])
    expect(reportsOf('Experts caution that the data are thin.')).toMatchObject([{mention: 'Experts', cue: 'caution'}])
    expect(reportsOf('The Clinton campaign plans to employ Mr. Obama in the coming weeks.')).toMatchObject([{cue: 'plans'}])
  })

  it('gives a participle after an inverted cue with an auxiliary that cue’s speaker (“…, Ofgem has announced, adding …”)', () => {
    // (The source was “Energy”, the main clause’s subject.)
    expect(reportsOf('Energy bills will rise by 6.4% in April, Ofgem has announced, adding that the typical bill would rise by £111 a year.')).toMatchObject([
      {mention: 'Ofgem', cue: 'has announced', content: ['Energy bills will rise by 6.4% in April']},
      {mention: 'Ofgem', cue: 'adding', content: ['that the typical bill would rise by £111 a year']}
    ])
    // (“adding about £111 a year to the typical bill” is what the rise adds: no speech.)
    expect(reportsOf('Energy bills will rise by 6.4% in April, Ofgem has announced, adding about £111 a year to the typical bill.')).toMatchObject([
      {mention: 'Ofgem', cue: 'has announced', content: ['Energy bills will rise by 6.4% in April']}
    ])
  })

  it('reads “argued with” as a quarrel, not an argument made', () => {
    // (Was a report of Reed’s, which also took the sentence from “According to”.)
    expect(reportsOf('According to an arrest affidavit, Reed argued with the bartender after he was asked to leave.')).toMatchObject([
      {mention: 'an arrest affidavit', cue: 'According to', type: 'according-to'}
    ])
    expect(reportsOf('Reed argued that the bartender had provoked him.')).toMatchObject([{mention: 'Reed', cue: 'argued'}])
  })

  it('reads outside experts named by the work they had no part in (“Scientists who were not involved in the study said”)', () => {
    // (Were “the study” or no source at all.)
    expect(reportsOf('Scientists who were not involved in the study said the results were promising.')).toMatchObject([
      {mention: 'Scientists who were not involved in the study', cue: 'said', content: ['the results were promising']}
    ])
    expect(reportsOf('Experts not involved in the research cautioned that the study was observational.')).toMatchObject([
      {mention: 'Experts not involved in the research', cue: 'cautioned'}
    ])
    expect(reportsOf('Researchers who had not been involved in the trial said the drug worked.')).toMatchObject([
      {mention: 'Researchers who had not been involved in the trial'}
    ])
  })

  it('reads a naming verb’s judgement without an article (“called the practice predatory”)', () => {
    // (Were no attribution: only “called him a liar”, with an article, was read.)
    expect(reportsOf('Hillary Clinton called the practice predatory.')).toMatchObject([
      {mention: 'Hillary Clinton', cue: 'called', content: ['the practice predatory']}
    ])
    expect(reportsOf('Comey called her actions extremely careless.')).toMatchObject([
      {mention: 'Comey', cue: 'called', content: ['her actions extremely careless']}
    ])
    expect(reportsOf('Trump called Clinton dangerous on Monday.')).toMatchObject([{mention: 'Trump', cue: 'called'}])
    expect(reportsOf('The governor called it deeply troubling.')).toMatchObject([{mention: 'The governor', content: ['it deeply troubling']}])
    // (Were no attribution: judgements missing from the list.)
    expect(reportsOf('Gates called the actions lawful.')).toMatchObject([{mention: 'Gates', cue: 'called', content: ['the actions lawful']}])
    expect(reportsOf('Most voters call him competent.')).toMatchObject([{mention: 'Most voters', cue: 'call', content: ['him competent']}])
    // (Not a phone call, a noun after the object, or a judgement that modifies a noun.)
    expect(reportsOf('The senator called the police chief.')).toEqual([])
    expect(reportsOf('He called her mother on Sunday.')).toEqual([])
    expect(reportsOf('She called the racist remarks out.')).not.toContainEqual(expect.objectContaining({cue: 'called'}))
  })

  it('reads a naming verb whose object is a fronted “what”/“which”/“whom” (“in what officials called a hate crime”)', () => {
    // (Were no attribution without a quotation: the name has no object before it.)
    expect(reportsOf('Roof used the gun in what officials called a hate crime.')).toMatchObject([{mention: 'officials', cue: 'called', content: ['a hate crime']}])
    expect(reportsOf('Critics rallied against the law, which some Democrats call an assault on voting, and filed suit.')).toMatchObject([
      {mention: 'some Democrats', cue: 'call', content: ['an assault on voting']}
    ])
    // (Not a phone call or a summons: what follows is no name.)
    expect(reportsOf('He named the aide whom he would first call to put together a team.')).toEqual([])
    expect(reportsOf('It was the mentor whom she called every week.')).toEqual([])
  })

  it('types a source by the head before its preposition (“Supporters of the bill say”, “a copy of the letter says”)', () => {
    // (Was `document`: the type came from the last word, “bill”.)
    expect(reportsOf('Supporters of the bill say there is a direct correlation.')).toMatchObject([
      {mention: 'Supporters of the bill', type: 'reported'}
    ])
    expect(reportsOf('Members of the committee said the plan will end.')).toMatchObject([{type: 'reported'}])
    // (Was `reported`: “survey” and “poll” come before the preposition.)
    expect(reportsOf('A survey by the Associated Press found that 449 insiders back Clinton.')).toMatchObject([{type: 'document'}])
    // A part or an amount of a document is the document.
    expect(reportsOf('A copy of the letter says the plan will end.')).toMatchObject([{type: 'document'}])
    expect(reportsOf('An average of recent polls shows Clinton ahead by 13 points.')).toMatchObject([{type: 'document'}])
  })

  it('reads “warned X to …” as a warning to do something (“the FBI warned state officials to boost security”)', () => {
    // (Was a report of “Last month”.)
    expect(reportsOf('Last month, the FBI warned state elections officials to boost their election security.')).toMatchObject([
      {mention: 'the FBI', cue: 'warned', content: ['to boost their election security']}
    ])
  })

  it('reads a party and state and a second appositive after the name (“Sen. Tim Scott, R-S.C., the committee’s top Republican, said”)', () => {
    // (Was no attribution.)
    expect(reportsOf('Sen. Tim Scott, R-S.C., the committee’s top Republican, said the Fed would cut rates.')).toMatchObject([
      {mention: 'Sen. Tim Scott', cue: 'said', content: ['the Fed would cut rates']}
    ])
  })

  it('reads “a person with knowledge of the talks” as one source phrase', () => {
    // (Were no attribution, and the source “knowledge of the talks”.)
    expect(reportsOf('The deal is done, a person with knowledge of the talks said.')).toMatchObject([
      {mention: 'a person with knowledge of the talks', cue: 'said', content: ['The deal is done']}
    ])
    expect(reportsOf('A person with knowledge of the talks said the deal is done.')).toMatchObject([
      {mention: 'A person with knowledge of the talks', cue: 'said'}
    ])
  })

  it('reads “per X” as “according to X” (“…, per a company filing.”), not a rate or a way of speaking', () => {
    // (Were no attribution.)
    expect(reportsOf('The plant will close in March, per a company filing.')).toMatchObject([
      {type: 'according-to', mention: 'a company filing', cue: 'per', content: ['The plant will close in March']}
    ])
    expect(reportsOf('Per Reuters, the plant will close in March.')).toMatchObject([{mention: 'Reuters', cue: 'Per'}])
    expect(reportsOf('Shares rose to $5 per share and 3% per year.')).toEqual([])
    expect(reportsOf('Guccifer said, per a translator, that the server was open.')).toMatchObject([{mention: 'Guccifer', cue: 'said'}])
  })

  it('reads “by December 2026” after a passive as a deadline, not an agent (nor “by dinner”, “by hand”)', () => {
    // (Was a nested report whose source was “December”.)
    expect(nestedOf('Officials said the first chips from the plant were expected by December 2026.')).toEqual([['Officials', []]])
    expect(reportsOf('His comments were derided by critics.')).toMatchObject([{mention: 'critics', cue: 'were derided by'}])
    // (Nor a meal’s time or a means: were reports of “dinner” and “hand”.)
    expect(nestedOf('She had told friends she would be back by dinner.')).toEqual([['She', []]])
    expect(reportsOf('The report was written by hand.')).toEqual([])
  })

  it('takes a role held “to” someone as the speaker, not the one it serves (“An aide to Hillary Clinton said”)', () => {
    // (Were the mentions “Hillary Clinton”, “President Obama”.)
    expect(reportsOf('An aide to Hillary Clinton said the campaign would respond.')).toMatchObject([{mention: 'An aide to Hillary Clinton'}])
    expect(reportsOf('A senior adviser to President Obama said the deal was close.')).toMatchObject([{mention: 'A senior adviser to President Obama'}])
    expect(reportsOf('A former chief of staff to state Sen. Richard Kline testified that the senator lied.')).toMatchObject([
      {mention: 'A former chief of staff to state Sen. Richard Kline'}
    ])
  })

  it('finds the speaker before a relative clause with commas of its own (“…, who directs … at the University of California, San Francisco, and was not involved …, called”)', () => {
    // (Was the mention “San Francisco”.)
    expect(
      reportsOf(
        'Dr. Tracey Woodruff, who directs a program at the University of California, San Francisco, and was not involved in the research, called the findings “concerning.”'
      )
    ).toMatchObject([{mention: 'Dr. Tracey Woodruff', cue: 'called'}])
  })

  it('reads a plural after “a …” as the subject of a relative clause without its pronoun (“a finding researchers say underscores …”)', () => {
    // (Was the mention “a finding researchers”.)
    expect(reportsOf('Plastics were in every sample, a finding researchers say underscores the need for research.')).toMatchObject([{mention: 'researchers', cue: 'say'}])
    expect(reportsOf('The board voted to close three schools, a move officials say will save $6 million.')).toMatchObject([{mention: 'officials', cue: 'say'}])
    // A quantity keeps its plural.
    expect(reportsOf('A few researchers say the need is clear.')).toMatchObject([{mention: 'few researchers'}])
  })

  it('finds the subject before an appositive and a time word (“Acme Robotics, a leader in …, today announced”), and ends a phrase at an irregular participle (“a copy seen by the BBC”)', () => {
    // (Were no attribution, and the mention “a copy seen”.)
    expect(reportsOf('Acme Robotics, a leader in autonomous warehouse systems, today announced it has raised $50 million.')).toMatchObject([
      {mention: 'Acme Robotics', cue: 'announced', content: ['it has raised $50 million']}
    ])
    expect(reportsOf('More than 50 MPs signed a letter, according to a copy seen by the BBC.')).toMatchObject([{mention: 'a copy'}])
  })

  it('reads “worries” and “concerns” after a verb as nouns (“gains outweighed worries about …”)', () => {
    // (Was the cue “worries about” with the source “gains for big technology stocks outweighed”.)
    expect(reportsOf('Stocks closed higher as gains for big technology stocks outweighed worries about a hotter-than-expected inflation report.')).toEqual([])
    expect(reportsOf('She worries that prices will rise.')).toMatchObject([{mention: 'She', cue: 'worries'}])
  })

  it('reads “writing for the majority” as for whom, nothing said', () => {
    // (Was a report with the content “for the majority”.)
    const input = 'Chief Justice John Roberts, writing for the majority, said the law “does not exclude any individual from medical treatments.”'
    expect(reportsOf(input).map((report) => report.cue)).toEqual(['said'])
  })

  it('reads “so far” after a participle as how far along, nothing said (“all the tariffs announced so far”)', () => {
    // (Was a nested report with the source “the tariffs” and the content “so far”.)
    expect(nestedOf('A Yale Budget Lab analysis estimated that households would lose $2,300 a year from all the tariffs announced so far.')).toEqual([
      ['A Yale Budget Lab analysis', []]
    ])
  })

  it('finds a pronoun subject after a fronted phrase with no comma for “…, speaking” (“In later decades she traveled …, speaking about conservation”)', () => {
    // (Was no source.)
    expect(reportsOf('In later decades she traveled about 300 days a year, speaking about conservation.')).toMatchObject([{mention: 'she', cue: 'speaking about'}])
    // A fronted phrase with its comma still starts the clause.
    expect(reportsOf('In a statement, he said the deal was done.')).toMatchObject([{mention: 'he', cue: 'said'}])
  })

  it('finds the subject of “…, saying” past where and when (“A federal judge in San Antonio on Wednesday temporarily blocked …, saying”)', () => {
    // (Was no source.)
    expect(reportsOf('A federal judge in San Antonio on Wednesday temporarily blocked a new Texas law, saying it likely violates the First Amendment.')).toMatchObject([
      {mention: 'A federal judge', cue: 'saying'}
    ])
  })

  it('reads “at least” or “at most” after a cue as the content’s amount, not an adjunct (“Experts say at least 95% coverage is needed”)', () => {
    // (Was no attribution.)
    expect(reportsOf('Experts say at least 95% coverage is needed.')).toMatchObject([{mention: 'Experts', content: ['at least 95% coverage is needed']}])
    expect(reportsOf('Officials said at most 10 people died.')).toMatchObject([{content: ['at most 10 people died']}])
    // How often is no amount.
    expect(reportsOf('He said at least once that he was sorry.')).toMatchObject([{content: ['that he was sorry']}])
  })

  it('reads a thing that “shows no sign of” something as in a state, not as evidence (“AI chip demand shows no sign of slowing”)', () => {
    // (Was a report whose source was “AI chip demand”.)
    expect(reportsOf('AI chip demand shows no sign of slowing.')).toEqual([])
    expect(reportsOf('The economy has shown little sign of cooling.')).toEqual([])
    // A person’s or a group’s stance still is (as PolNeAR marks it).
    expect(reportsOf('Mr. Sanders showed no sign of backing down.')).toMatchObject([{mention: 'Mr. Sanders'}])
    expect(reportsOf('Sanders’ supporters are showing no signs of wanting to rally behind Clinton.')).toMatchObject([{cue: 'are showing'}])
  })

  it('reads a plural cue word after an adjective as a noun (“had made similar promises”)', () => {
    // (Was the cue “promises” with the source “made similar”.)
    expect(nestedOf('Ramesh said the government had made similar promises in 2021 and delivered “nothing but press releases”.')).toEqual([['Ramesh', []]])
  })

  it('reads “add to” a thing as increasing it, not speech (“The findings add to a growing body of evidence”)', () => {
    // (Was the cue “add” with the content “that has led …”.)
    expect(reportsOf('The findings add to a growing body of evidence that has led the task force to recommend against aspirin.')).toEqual([])
    expect(reportsOf('In 2012 he added to his portfolio of 14 courses by purchasing two more.')).toEqual([])
    // Still speech when what was said follows.
    expect(reportsOf('He added to reporters that the plan was dead.')).toMatchObject([{mention: 'He', cue: 'added', content: ['that the plan was dead']}])
  })

  it('takes no source “no longer” before a headline’s passive (“Daily aspirin no longer recommended for older adults”)', () => {
    expect(nestedOf('Daily aspirin no longer recommended for older adults, study finds.')).toEqual([['study', []]])
  })

  it('reads the subject of a relative clause with the clause (“One Democratic official who attended the meeting said”)', () => {
    // (The source was “the meeting”.)
    expect(reportsOf('One Democratic official who attended the meeting said Reid quieted the chatter.')).toMatchObject([
      {mention: 'One Democratic official who attended the meeting', cue: 'said', content: ['Reid quieted the chatter']}
    ])
    // Not across a cue inside the clause.
    expect(reportsOf('Experts who say the files were doctored have been ignored.').map((report) => report.mention)).not.toContain('Experts who say the files')
  })

  it('reads “knocked out” as no criticism (“A winter storm knocked out power”)', () => {
    expect(reportsOf('A winter storm knocked out power to 200,000 homes.')).toEqual([])
    expect(reportsOf('Trump knocked Clinton for her comments.')).toMatchObject([{mention: 'Trump', cue: 'knocked'}])
  })

  it('reads “The new shows” as a noun, not the cue “shows”', () => {
    // (Was a nested report whose source was “The new”.)
    expect(nestedOf('The new shows, in Toronto and Miami, will take place in late 2024, according to a post on her account.')).toEqual([['a post', []]])
  })

  it('reads “recalls 2 million vehicles” as no memory', () => {
    expect(reportsOf('Tesla is recalling more than 2 million vehicles to fix a defective system.')).toEqual([])
    expect(reportsOf('Ford recalled 300,000 trucks.')).toEqual([])
    expect(reportsOf('She recalled that the meeting was tense.')).toMatchObject([{mention: 'She', cue: 'recalled'}])
  })

  it('reads a document a name makes after “according to” as the source (“according to Home Office figures”)', () => {
    // (The source was the body, “Home Office”.)
    expect(reportsOf('More than 19,000 people crossed the Channel, according to Home Office figures.')).toMatchObject([
      {mention: 'Home Office figures', cue: 'according to', content: ['More than 19,000 people crossed the Channel']}
    ])
    expect(reportsOf('Incomes rose, according to U.S. Census data.')).toMatchObject([{mention: 'U.S. Census data'}])
  })

  it('reads a cue word after an amount or after a cue verb as a noun (“a $1.3 billion plan to”, “Mayor unveils plan to”)', () => {
    // (Were the cue “plan” with the sources “a $1.3 billion” and “Mayor unveils”.)
    expect(nestedOf('Mayor Karen Bass unveiled a $1.3 billion plan to cut homelessness in half.')).toEqual([['Mayor Karen Bass', []]])
    expect(nestedOf('Mayor unveils plan to cut homelessness in half by 2030.')).toEqual([['Mayor', []]])
    // Not after a noun that is a cue too.
    expect(reportsOf('Bush lent his campaign money, fundraising documents show.')).toMatchObject([{mention: 'fundraising documents', cue: 'show'}])
  })

  it('reads “reports show” after a noun as a plural noun and its verb', () => {
    // (Was the cue “reports” with the content “show” and the source “campaign finance”.)
    expect(reportsOf('The campaign raised $54 million, nearly double what its rival raised, campaign finance reports show.')).toMatchObject([
      {mention: 'campaign finance reports', cue: 'show', content: ['The campaign raised $54 million, nearly double what its rival raised']}
    ])
  })

  it('takes an approximate count as the subject of a participle’s clause (“About 33,000 machinists … after rejecting”)', () => {
    // (The source was a person “About”: “33,000” was taken for the clause’s verb.)
    expect(reportsOf('About 33,000 machinists walked off the job after rejecting a contract offer.')).toMatchObject([
      {mention: 'About 33,000 machinists', cue: 'rejecting', content: ['a contract offer']}
    ])
  })

  it('reads a label before a colon as no subject and verb (“Short answer: Not yet.”)', () => {
    // (Was a report of “Short” with the cue “answer”.)
    expect(reportsOf('Short answer: Not yet. Bottom line: the plan failed.')).toEqual([])
    // A fact check’s labels (were reports of “Claim” and “Rating”).
    expect(reportsOf('Rating: False')).toEqual([])
    // Clickbait and notice labels (were reports of “BOOM”, “LOOK”, “PIC”, “Paid Notice”).
    expect(reportsOf('BOOM: Trump Just Fired A Missile At Hillary')).toEqual([])
    expect(reportsOf('LOOK: Shocking Photos Of The Rally Are Going Viral')).toEqual([])
    expect(reportsOf('PIC: So the big rally only fills half the field.')).toEqual([])
    expect(reportsOf('Paid Notice: Deaths SIEGEL, JEROME ARTHUR')).toEqual([])
  })

  it('reads a call at a time or a count as no naming (“called his brother a day later”)', () => {
    expect(reportsOf('He called his brother a day later. She called her mother in a panic.')).toEqual([])
  })

  it('reads “easier said than done” as an idiom, no speech', () => {
    // (Was a report of “easier” saying “than done in New York City”.)
    expect(reportsOf('That is easier said than done in New York City.')).toEqual([])
  })

  it('reads an opening “That said,” as the writer’s concession, no speech', () => {
    // (Was a report of “That” saying the rest of the sentence.)
    expect(reportsOf('That said, a loss to Mr. Sanders would provide a sour end to her campaign.')).toEqual([])
    expect(reportsOf('But that said, a loss would hurt.')).toEqual([])
  })

  it('reads “as X continue” as time, not speech (“as strikes continue”)', () => {
    expect(reportsOf('Hospital waiting lists hit a record as strikes continue.')).toEqual([])
    expect(reportsOf('The plan failed, as Smith wrote in his memo.')).toMatchObject([{mention: 'Smith', cue: 'wrote', content: ['The plan failed']}])
  })

  it('reads “added” with a number of things as no speech (“added 300 jobs”), and “added that …” as speech', () => {
    // (Were reports with content “300 jobs last year”, “120 police officers …”.)
    expect(reportsOf('The company added 300 jobs last year. The plan would raise taxes and add 120 police officers. Smith added that the plan works.')).toMatchObject([
      {mention: 'Smith', cue: 'added', content: ['that the plan works']}
    ])
    // (Also after an approximator or a pound sign: were reports of “The increase” and “The U.S.”.)
    expect(reportsOf('The increase will add about £200 to the cost of a ticket. The U.S. added around 292,000 jobs in December.')).toEqual([])
  })

  it('reads “add up” and “add a thing to another” as no speech (“can add a new title to his resume”), and “added to reporters that …” as speech', () => {
    // (Were reports with content “up to more than $8.5 million”, “momentum to an investigation …”, “a new title to his resume”.)
    expect(reportsOf('In all, those promises add up to more than $8.5 million. The articles had helped add momentum to an investigation by the attorney general.')).toEqual([])
    expect(reportsOf('He could add another job title to his resume. Palmer will add a new element to the morning mix.')).toEqual([])
    expect(reportsOf('He added to reporters that it was over.')).toMatchObject([{mention: 'He', cue: 'added', content: ['that it was over']}])
    // (Still speech with the words after a colon.)
    expect(reportsOf('Smith added a caveat to his remarks: the plan could fail.')).toMatchObject([{mention: 'Smith', cue: 'added'}])
  })

  it('reads “said of X” and “said by telephone” as adjuncts, not the content', () => {
    expect(reportsOf('It was great, he said of the industry in general.')[0]!.content).toEqual(['It was great'])
    expect(reportsOf('He said of Trump that he is dangerous. Mr. Trump said by telephone that the race was over.').map((report) => report.content)).toEqual([
      ['that he is dangerous'],
      ['that the race was over']
    ])
  })

  it('reads “with” + a name + a participle (“with Sen. John McCain calling it …”)', () => {
    expect(reportsOf('Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”')).toMatchObject([
      {mention: 'Sen. John McCain', cue: 'calling'}
    ])
  })

  it('reads “this” after a cue as the content’s subject after an opening adjunct (“After the vote, Cornyn said this was …”)', () => {
    expect(reportsOf('After the vote, Cornyn said this bill was dead. While Democrats sat, Cornyn told reporters this was the only chance.')).toMatchObject([
      {mention: 'Cornyn', cue: 'said', content: ['this bill was dead']},
      {mention: 'Cornyn', cue: 'told', content: ['this was the only chance']}
    ])
  })

  it('reads a would-be addressee followed by a finite verb as the content’s subject (“warned Democrats had blocked …”)', () => {
    expect(reportsOf('Cornyn warned Democrats had blocked the bill. He told reporters Democrats had blocked it. She warned the crowd was restless. She told the crowd the plan failed.').map((report) => report.content)).toEqual([
      ['Democrats had blocked the bill'],
      ['Democrats had blocked it'],
      ['the crowd was restless'],
      ['the plan failed']
    ])
  })

  it('skips adjuncts about where or how it was said before a bare clause (“said in a statement the bill was dead”)', () => {
    expect(
      reportsOf('Cornyn said in a statement the bill was dead. He said at a rally in Iowa he would win. Lee said Tuesday there was no deal. She told reporters in an interview with CNN that she would run.').map((report) => report.content)
    ).toEqual([['the bill was dead'], ['he would win'], ['there was no deal'], ['that she would run']])
    // A clause after another noun or a subordinator is no content of the cue.
    expect(reportsOf('She hinted at the role he sees for himself.').map((report) => report.content)).not.toContainEqual(['he sees for himself'])
  })

  it('reads a bare clause after “wrote”, “stated” and “maintained” when it has a subject and an auxiliary', () => {
    expect(reportsOf('Cornyn wrote the bill was dead. The campaign has long maintained they were not marked classified. He wrote there was no deal.').map((report) => report.content)).toEqual([
      ['the bill was dead'],
      ['they were not marked classified'],
      ['there was no deal']
    ])
    expect(reportsOf('A foreign power wrote its constitution did not go over well.').map((report) => report.cue)).not.toContain('wrote')
    expect(reportsOf('The lifelong Republican who wrote the powerful speech delivered by the mother says he will not vote for Trump.').map((report) => report.cue)).not.toContain('wrote')
  })

  it('reads a bare plural of people as the source of an inverted cue (“…, said officials.”)', () => {
    expect(reportsOf('The bill was dead, said officials. He was tired, said people close to him.')).toMatchObject([
      {mention: 'officials', content: ['The bill was dead']},
      {mention: 'people close to him', content: ['He was tired']}
    ])
  })

  it('reads the noun phrase after a cue ending in a preposition as its topic, not an inverted source (“…, asked about the vagueness”)', () => {
    // (Was a report by “the vagueness” whose content held McCain’s quotation.)
    expect(reportsOf('“It’s been seven years,” McCain said, asked about the vagueness in an interview.').map((report) => report.mention)).not.toContain('the vagueness')
    expect(reportsOf('The bill was dead, said officials.').map((report) => report.mention)).toEqual(['officials'])
  })

  it('reads a pronoun and cue set off inside what a named subject said as nested in it, not around it (“Christie said …, he said, …”)', () => {
    // (The interjection was the outer attribution, its content holding “Christie said”.)
    expect(reportsOf('Christie said that was a natural part of running — no different, he said, from Bush calling it voodoo.')).toMatchObject([
      {mention: 'Christie', content: ['that was a natural part of running — no different, he said, from Bush calling it voodoo']}
    ])
    // With several subjects before it, which one the pronoun repeats is left as it was.
    expect(
      reportsOf('When Ms. Friedan recommended that she burn at the stake, Mrs. Schlafly replied that she was pleased Ms. Friedan had said that because, she said, the comment made it plain.').map(
        (report) => report.mention
      )
    ).toEqual(['she'])
  })

  it('reads no content that opens with a conjunction: the cue was a noun (“television shows and movies”, “the hit CW show, but …”)', () => {
    expect(reportsOf('It is the latest in a growing number of books, plays, television shows and movies addressing Wall Street.')).toEqual([])
    expect(reportsOf('Camil is not only a big star on the hit CW show, but he is also a huge star.')).toEqual([])
    expect(reportsOf('The post did not initiate any user reports to Facebook, and until now it had been unclear.')).toEqual([])
    // (An aside after a dash is skipped, and “and I quote” too.)
    expect(reportsOf('Supporters would argue — and Sanders presumably believes — that his pitch fits the mood.').map((report) => report.cue)).toContain('would argue')
    expect(reportsOf('Trump said, and I quote, that he would win.')).toMatchObject([{mention: 'Trump', cue: 'said', content: ['that he would win']}])
    // (What a conjunction goes on from after the cue was its object, no addressee.)
    expect(reportsOf('Trump is promising lower taxes and more jobs.')).toMatchObject([{cue: 'is promising', content: ['lower taxes and more jobs']}])
  })

  it('reads a named subject before a relative clause set off by commas as the source, not the noun phrase after the cue', () => {
    // (Was “the current situation”, read as an inverted source.)
    expect(
      reportsOf('Earlier this week, Hillary Clinton, who served as secretary of state when the decision was made, conceded the current situation in the country is “deeply regrettable.”')
    ).toMatchObject([{mention: 'Hillary Clinton', cue: 'conceded', content: ['the current situation in the country is “deeply regrettable.”']}])
    expect(reportsOf('In her New Year speech, Merkel, who has adopted one of the most open policies in Europe, warned against the forces of hate in Germany.')).toMatchObject([
      {mention: 'Merkel', cue: 'warned against', content: ['the forces of hate in Germany']}
    ])
    // (Still inverted when the relative clause follows the source.)
    expect(reportsOf('The vote failed, said John Smith, who chairs the panel.')).toMatchObject([{mention: 'John Smith', content: ['The vote failed']}])
  })

  it('reads the subject after an opening adjunct that ends in a place and its state (“… in San Bernardino, Calif., a familiar voice celebrated”)', () => {
    const quoteSpeaker = (input: string) => run('Headline\n' + input, 'text').quotes.map((quote) => quote.attribution?.mention?.text ?? null)
    // (Was “14 people”, in the adjunct: the phrase after “Calif.,” was read as the place’s appositive.)
    expect(quoteSpeaker('In the hours after 14 people were killed in San Bernardino, Calif., a familiar voice celebrated the attacks on Twitter: “California, we have arrived.”')).toEqual(['a familiar voice'])
    // (An appositive set off by commas still describes the name before it.)
    expect(quoteSpeaker('Dr. Maria Carrillo, chief science officer of the group, called it: “A disaster.”')).toEqual(['Dr. Maria Carrillo'])
  })

  it('reads the speaker after a question or exclamation closing its quotation with more cues (“Beck questioned”), and “Will” before a past cue as a name', () => {
    const quoteSpeaker = (input: string) => run('Headline\n' + input, 'text').quotes.map((quote) => quote.attribution?.mention?.text ?? null)
    // (The “?” ended the sentence before a cue outside the short list.)
    expect(quoteSpeaker('“What was the massive pivot point?” Beck questioned.')).toEqual(['Beck'])
    expect(quoteSpeaker('“We won!” Trump boasted.')).toEqual(['Trump'])
    // (A relation before the name: “Cruz constituent Dan Golvach”, “Trump supporter Jane Doe”.)
    expect(quoteSpeaker('“That is treason,” said Cruz constituent Dan Golvach.')).toEqual(['Cruz constituent Dan Golvach'])
    // (“Will wrote” was read as a modal and a verb, with no subject.)
    expect(quoteSpeaker('“The eruption of war is a reminder,” Will wrote.')).toEqual(['Will'])
  })

  it('reads a rank with an ordinal (“Air Force 1st Lt. Tyler Livingston”) and a subject before “now” as the speaker', () => {
    const quoteSpeaker = (input: string) => run('Headline\n' + input, 'text').quotes.map((quote) => quote.attribution?.mention?.text ?? null)
    expect(quoteSpeaker('“It failed,” said Air Force 1st Lt. Tyler Livingston.')).toEqual(['Air Force 1st Lt. Tyler Livingston'])
    expect(quoteSpeaker('"This is your movement," it now says.')).toEqual(['it'])
  })

  it('reads a plural noun cue before a past cue verb as the source (“Court documents said …”)', () => {
    expect(reportsOf('Court documents said that the bill was dead.')).toMatchObject([{mention: 'Court documents', cue: 'said', content: ['that the bill was dead']}])
  })

  it('reads “X, appositive, said NP, which …, VP” as a subject and its content, not inverted', () => {
    expect(reportsOf('Cornyn, a Texas Republican, said the vote, which was close, failed. The vote failed, said John Smith, who chairs the panel.')).toMatchObject([
      {mention: 'Cornyn', content: ['the vote, which was close, failed']},
      {mention: 'John Smith', content: ['The vote failed']}
    ])
    // A parenthetical source with a relative clause splits the content.
    expect(reportsOf('And Trump, said Sunshine, who remains friendly with her former boss, doesn’t forgive or forget.')).toMatchObject([
      {mention: 'Sunshine', content: ['And Trump', 'doesn’t forgive or forget']}
    ])
    expect(reportsOf('Cornyn warned the vote, which was close, failed. He told reporters, who had gathered outside, that it was over.').map((report) => report.content)).toEqual([
      ['the vote, which was close, failed'],
      ['that it was over']
    ])
  })

  it('reads a time after the cue, then a clause with a relative clause in it (“said Tuesday the vote, which …, failed”)', () => {
    expect(reportsOf('Cornyn said on Tuesday the vote, which was close, failed.').map((report) => report.content)).toEqual([['the vote, which was close, failed']])
  })

  it('keeps a relative clause after the “according to” source out of the content', () => {
    expect(reportsOf('According to the memo, which was obtained by The Washington Post, the program will end.')).toMatchObject([
      {mention: 'the memo', content: ['the program will end']}
    ])
  })

  it('reads “The data show …” as a document showing, not a TV show', () => {
    expect(reportsOf('The data show that unemployment fell.')).toMatchObject([{mention: 'The data', cue: 'show', content: ['that unemployment fell']}])
  })

  it('reads a bare clause with a past verb after “found” and “showed” (“The memo found unemployment fell”)', () => {
    expect(reportsOf('The memo found unemployment fell. Court records showed the firm paid no taxes.').map((report) => report.content)).toEqual([
      ['unemployment fell'],
      ['the firm paid no taxes']
    ])
  })

  it('reads “X issued a statement saying …” as X’s words, not inside an opening adjunct', () => {
    expect(reportsOf('Senate Majority Leader Mitch McConnell issued a statement saying that the Senate should not confirm a replacement.')).toMatchObject([
      {mention: 'Senate Majority Leader Mitch McConnell', cue: 'saying', content: ['that the Senate should not confirm a replacement']}
    ])
    expect(reportsOf('In a statement announcing the pick, the union called Clinton a “champion” for its members.').map((report) => report.mention)).not.toContain('a statement')
  })

  it('reads no attribution after a modal of obligation (“companies must disclose emissions”)', () => {
    expect(reportsOf('Under the rule, companies must disclose emissions. He should admit that he lied.')).toEqual([])
  })

  it('ends a content before a participle after a quotation that holds the comma (“described it as a “breach of trust,” adding …”)', () => {
    const reports = reportsOf('Ash described the move as a “major breach of trust,” adding: “I am now informing all of our members.”')
    expect(reports[0]).toMatchObject({cue: 'described', content: ['the move as a “major breach of trust,”']})
  })

  it('ends an attribution inside an opening participle clause at its comma (“Asked if she believed Putin wanted …, Clinton said …”)', () => {
    const reports = reportsOf('Asked if she believed Putin wanted Trump to win the White House, Clinton said she was not going to jump to that conclusion.')
    expect(reports).toMatchObject([
      {cue: 'Asked', content: ['if she believed Putin wanted Trump to win the White House']},
      {mention: 'Clinton', cue: 'said', content: ['she was not going to jump to that conclusion']}
    ])
  })

  it('reads a name with particles after an inverted cue (“said Borja del Pozo Cruz, an associate professor …”)', () => {
    const reports = reportsOf('“This is an observational study,” said Borja del Pozo Cruz, an associate professor at the University of Southern Denmark.')
    expect(run(headline + '“This is an observational study,” said Borja del Pozo Cruz, an associate professor.', 'text').quotes[0]!.attribution).toMatchObject({
      mention: {text: 'Borja del Pozo Cruz'}
    })
    expect(reports).toEqual([])
  })

  it('takes the name before a description and a relative clause set off by commas (“Dr. Maria Carrillo, chief science officer of …, who was not involved …, called”)', () => {
    const reports = reportsOf(
      'Dr. Maria Carrillo, chief science officer of the Alzheimer’s Association, who was not involved in the research, called the findings “encouraging” but cautioned that people who walk more may differ.'
    )
    expect(reports.map((report) => [report.mention, report.cue])).toEqual([
      ['Dr. Maria Carrillo', 'called'],
      ['Dr. Maria Carrillo', 'cautioned']
    ])
    // (A relative clause on an object is no subject: “… on MSNBC, which let him go, and said”.)
    const object = reportsOf('Mr. Schultz supported Democrats during his time on MSNBC, which let him go in 2015, and said he did not support Mr. Trump.')
    expect(object.find((report) => report.cue === 'said')?.mention).toBe('Mr. Schultz')
  })

  it('hands no clause before a comma to a verb of an object only (“…, a deal developing countries criticised as far too small”)', () => {
    const reports = reportsOf('Countries agreed on Sunday to provide at least $300 billion a year, a deal developing countries criticised as far too small.')
    expect(reports.find((report) => report.cue === 'criticised')?.content ?? []).not.toContain('Countries agreed on Sunday to provide at least $300 billion a year')
  })

  it('ends a plural audience before a noun and a finite verb (“told reporters turnout had reached a record”)', () => {
    expect(reportsOf('Brad Raffensperger told reporters turnout had reached a record.')[0]).toMatchObject({content: ['turnout had reached a record']})
    expect(reportsOf('He told committee members it was fine.')[0]).toMatchObject({content: ['it was fine']})
  })

  it('reads a cue word after “below”, “above” or “amid” as a noun (“below Wall Street estimates”)', () => {
    const reports = reportsOf('Apple forecast revenue growth in the low single digits, below Wall Street estimates, as iPhone sales fell.')
    expect(reports.map((report) => report.mention)).not.toContain('below Wall Street')
  })

  it('reads no source in a phrase a quotation goes on (“…, said North Korea’s latest “provocation …””)', () => {
    const reports = reportsOf('Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said North Korea’s latest “provocation cannot be left without consequences.”')
    expect(reports.map((report) => report.mention)).not.toContain('North Korea’s latest')
  })

  it('gives a verb coordinated inside a relative clause no source (“an employee who had been fired and was seeking revenge”)', () => {
    const reports = reportsOf('Kline argued that Moreno was a disgruntled employee who had been fired and was seeking revenge.')
    expect(reports.map((report) => report.cue)).toEqual(['argued'])
    expect(reports[0]!.content).toEqual(['that Moreno was a disgruntled employee who had been fired and was seeking revenge'])
    // (A speech verb goes on with the main clause.)
    const said = reportsOf('Her campaign announced support from mothers who have lost children and said some would campaign for her.')
    expect(said.map((report) => [report.mention, report.cue])).toEqual([
      ['Her campaign', 'announced'],
      ['Her campaign', 'said']
    ])
  })

  it('takes the subject past a place it is across, throughout or near (“Gas stations across the region reported”)', () => {
    expect(reportsOf('Gas stations across the region reported shortages.')[0]).toMatchObject({mention: 'Gas stations', cue: 'reported'})
    expect(reportsOf('Residents near the plant said the water smelled.')[0]).toMatchObject({mention: 'Residents', cue: 'said'})
    expect(reportsOf('Despite the polls, the New York billionaire has throughout his campaign boasted that he would win.')[0]).toMatchObject({
      mention: 'the New York billionaire',
      cue: 'boasted'
    })
  })

  it('reads a lawyer’s argued case as pleading, no content (“argued landmark desegregation cases in Mississippi”)', () => {
    // (Were reports with content “landmark … cases in Mississippi, died” and a source “who”.)
    expect(reportsOf('Eleanor Whitfield, a lawyer who argued landmark desegregation cases in Mississippi, died on Saturday.')).toEqual([])
    expect(reportsOf('He argued the case before the Supreme Court in 1990.')).toEqual([])
    expect(reportsOf('She argued an appeal in Boston.')).toEqual([])
    // A case made for something, or a clause about the case, is content.
    expect(reportsOf('He argued the case for tariffs at length.').map((report) => report.content)).toEqual([['the case for tariffs at length']])
    expect(reportsOf('Critics argued the case was weak.').map((report) => report.content)).toEqual([['the case was weak']])
  })

  it('takes a subject with its relative clause when the clause ends in a phrase (“Economists who study stadium deals say”)', () => {
    // (The mentions were “study stadium deals”, “live nearby”, “Trump”, and a
    // report of “know” with content “him say he is honest”.)
    const mentions = (input: string) => reportsOf(input).map((report) => [report.mention, report.cue])
    expect(mentions('Economists who study stadium deals say such projections are often overly optimistic.')).toEqual([['Economists who study stadium deals', 'say']])
    expect(mentions('Residents who live nearby say the noise is unbearable.')).toEqual([['Residents who live nearby', 'say']])
    expect(mentions('Voters who backed Trump say they regret it.')).toEqual([['Voters who backed Trump', 'say']])
    expect(mentions('People who know him say he is honest.')).toEqual([['People who know him', 'say']])
    // Not past a verb of saying whose clause the phrase opens, nor a place set
    // off after a town, nor a noun cue after a preposition.
    expect(mentions('Pelosi is echoing security experts who say Russian security services have been known to doctor documents.')).toEqual([['who', 'say']])
    expect(mentions('Some residents in Jupiter, Florida who were voting as independents complained.').map(([mention]) => mention)).not.toContain('Florida who were voting as independents')
    expect(mentions('Even Republicans who shied from talk of abandoning the nominee shifted their tone.')).toEqual([])
  })

  it('takes a subject with its relative clause opened by “that” and an auxiliary (“organizations that have endorsed him say”)', () => {
    // (“say” had no subject, and “they believe” stood alone.)
    const mentions = (input: string) => reportsOf(input).map((report) => [report.mention, report.cue])
    expect(mentions('But progressive organizations that have endorsed him say they believe superdelegates should choose.')).toEqual([['progressive organizations that have endorsed him', 'say']])
    expect(mentions('Surety companies that had insured the obligations agreed to release the cash.')).toEqual([['Surety companies that had insured the obligations', 'agreed']])
    // (Not past a “that” of another clause: “now that Cruz has endorsed”.)
    expect(mentions('Talk had been mounting - chatter that may simmer down now that Cruz has endorsed Trump.')).toEqual([['Cruz', 'has endorsed']])
  })

  it('ends a relative clause set off by commas before a past form and its object (“, which has endorsed Trump, used the comments”)', () => {
    expect(reportsOf('The National Rifle Association, which has endorsed Trump, used the comments to urge people to vote.').map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['which', 'has endorsed', ['Trump']]
    ])
  })

  it('takes a share “of them” or “of us” for the subject (“most of them said”)', () => {
    // (“said” had no subject, and “they had loved” stood alone.)
    const mentions = (input: string) => reportsOf(input).map((report) => [report.mention, report.cue])
    expect(mentions('Until the shutdown, most of them said they had loved working for Carrier.')).toEqual([['most of them', 'said']])
    expect(mentions('Two of us believe the plan will fail.')).toEqual([['Two of us', 'believe']])
  })

  it('takes “fire” before a plural as a noun, a cue only with “back” (“fire officials said”, “fired back”)', () => {
    // (Was no report: “fire” ended the subject as a verb.)
    expect(reportsOf('A wildfire tore through the hills, fire officials said.').map((report) => [report.mention, report.content])).toEqual([
      ['fire officials', ['A wildfire tore through the hills']]
    ])
    expect(reportsOf('Clinton fired back that he was wrong.').map((report) => report.cue)).toEqual(['fired back'])
  })

  it('ends the content before “according to” after a word or a quotation (“The plan is dead according to the memo”)', () => {
    // (The content took the cue’s first word: “The plan is dead according”.)
    expect(reportsOf('The plan is dead according to the memo.').map((report) => report.content)).toEqual([['The plan is dead']])
    // After a quotation the report with “according to” is the outer one, and
    // the speaker’s content ends at the quotation (it ran past the cue).
    const found = run(headline + 'Xi said that “Earth is big enough,” according to a Chinese readout of the meeting.', 'text')
    const slice = (range: [number, number] | null) => (range ? found.doc.input.slice(range[0], range[1]) : null)
    expect(found.reports.map((report) => [slice(report.cue), report.content.map(slice), report.nested.map((inner) => [slice(inner.cue), inner.content.map(slice)])])).toEqual([
      ['according to', ['Xi said that “Earth is big enough,”'], [['said', ['that “Earth is big enough,”']]]]
    ])
  })

  it('reads a cue in -s after “to” as a noun, not an infinitive (“pleaded not guilty to charges that …”)', () => {
    // (Was a report of “charges” whose source was Menendez, who denies them.)
    expect(reportsOf('Menendez has pleaded not guilty to charges that he accepted bribes.')).toEqual([])
    // An infinitive still reports: “was quick to say”.
    expect(reportsOf('She was quick to say he was wrong.').map((report) => [report.mention, report.cue])).toEqual([['She', 'say']])
  })

  it('takes the subject past a participle and “through”, “under” or “via” (“Emails obtained through a public records request show”)', () => {
    // (The mention was “a public records request”.)
    expect(reportsOf('Emails obtained through a public records request show that the aide urged the department to act.').map((report) => report.mention)).toEqual(['Emails'])
    expect(reportsOf('Documents released under the Freedom of Information Act show the plan failed.').map((report) => report.mention)).toEqual(['Documents'])
  })

  it('takes a share of a noun as the subject (“Nearly 1 in 10 voters said”)', () => {
    // (The mentions were “10 voters” and “Nearly 1”.)
    expect(reportsOf('Four in 10 voters said they could still change their minds.').map((report) => report.mention)).toEqual(['Four in 10 voters'])
    expect(reportsOf('Nearly 1 in 10 voters said they could still change their minds.').map((report) => report.mention)).toEqual(['Nearly 1 in 10 voters'])
    // (Spelled out: the mentions were “One”, a person, and “four Democrats”.)
    expect(reportsOf('One in five Americans said the economy was getting worse.').map((report) => report.mention)).toEqual(['One in five Americans'])
    expect(reportsOf('Three in four Democrats said the party should move left.').map((report) => report.mention)).toEqual(['Three in four Democrats'])
  })

  it('reads why a source goes unnamed as no request (“A neighbor who asked not to be identified said”)', () => {
    // (Was a report of “asked” with the content “not to be identified said she heard …” and the source “who”.)
    expect(reportsOf('A neighbor who asked not to be identified said she heard a loud bang.').map((report) => [report.mention, report.cue, report.content])).toEqual([
      ['A neighbor who asked not to be identified', 'said', ['she heard a loud bang']]
    ])
  })

  it('reads responding to an emergency as no speech (“The department has responded to 11 fatal fires”)', () => {
    // (Was a report with the content “to 11 fatal fires this year”.)
    expect(reportsOf('The department has responded to 11 fatal fires this year.')).toEqual([])
    expect(reportsOf('Police responded to a call about a man with a gun.')).toEqual([])
    expect(reportsOf('She responded to criticism that the plan was weak.').map((report) => report.cue)).toEqual(['responded'])
  })

  it('takes a university’s campus into the source after “according to” (“a study by the University of California, Berkeley,”)', () => {
    // (The content began “Berkeley, earlier increases …”.)
    expect(reportsOf('According to a 2023 study by the University of California, Berkeley, earlier increases did not reduce employment.').map((report) => report.content)).toEqual([
      ['earlier increases did not reduce employment']
    ])
  })

  it('reads a noun cue after a participle or after an adjective and a preposition as a noun (“raising worries about”, “of public comment”)', () => {
    // (Were reports with sources “raising” and “four hours of public”.)
    expect(reportsOf('Stocks fell, raising worries about how long the Fed will keep rates high.')).toEqual([])
    expect(reportsOf('The vote came after four hours of public comment, most of it opposed to the plan.')).toEqual([])
    // A “that” clause later makes the worries a cue (as PolNeAR has it).
    expect(reportsOf('The crisis swept migrants into Europe, fueling worries from Paris to Prague that the E.U. was a burden.').map((report) => report.content)).toEqual([
      ['that the E.U. was a burden']
    ])
  })
})

describe('findReports (seed)', () => {
  const input = seedInput()
  it.skipIf(input === undefined)('finds the seed’s reported speech and documents', () => {
    const result = run(input!)
    const {reports, doc} = result
    expect(brokenQuoteSpans(result)).toEqual([])
    const summary = reports.map((report) => ({
      mention: report.mention ? doc.input.slice(...report.mention) : null,
      cue: report.cue ? doc.input.slice(...report.cue) : null,
      type: report.type,
      content: report.content.map((range) => doc.input.slice(...range))
    }))
    const find = (mention: string, cue: string) => summary.find((item) => item.mention === mention && item.cue === cue)
    expect(find('a Dec. 2 document', 'according to')?.content[0]).toMatch(/^The Trump administration reversed a Biden-era policy/)
    expect(find('the International Campaign to Ban Landmines', 'according to')?.content[0]).toMatch(/^In 2024, nearly 2,000 people were killed/)
    expect(find('The December memo', 'also says')).toMatchObject({type: 'document'})
    expect(find('The December memo', 'also says')?.content[0]).toMatch(/^that President Donald Trump has rescinded/)
    expect(find('Human rights groups', 'have long called for')?.content[0]).toMatch(/^a global ban on antipersonnel land mines/)
    expect(find('Ordnance experts', 'have long warned')?.content[0]).toMatch(/^that even mines that can be deactivated/)
    expect(find('Daryl Kimball', 'said')?.content[0]).toMatch(/^The memo’s claim that land mines could help protect U\.S\. forces fails to account for/)
    expect(find('Yager', 'said')?.content[0]).toMatch(/the United States has been one of the leaders of stigmatizing their use in conflict$/)
    expect(find('The Pentagon', 'did not immediately respond')?.content[0]).toBe('to requests for comment on Friday')
    // The byline and credits name no source.
    expect(summary.some((item) => /Lamothe|Kelly|Horton/.test(item.mention ?? ''))).toBe(false)
  })
})

describe('analyze (internal)', () => {
  it('marks as quoted only the units that hold a quotation, after one-sentence paragraphs too', async () => {
    const {VFile} = await import('vfile')
    const {parseDocument} = await import('../src/parse/document.js')
    const {analyze} = await import('../src/attribution/analysis.js')
    const input = '“We won,” she said.\n\nThe vote was close.\n\nThe count ended at noon.\n\n“It is over,” he said. Nobody left.'
    const doc = parseDocument(input, 'text', null, new VFile())
    const quotes = [...input.matchAll(/“[^”]*”/g)].map((match) => ({start: match.index, end: match.index + match[0].length}))
    const {units} = analyze(doc, quotes)
    const quoted = units.map((unit) => unit.firstQuote)
    // Before the fix the two plain paragraphs pointed back at the first
    // quote, so every later unit rescanned the quotes from there (quadratic)
    // and was read as if it held one.
    expect(quoted).toEqual([0, -1, -1, 1, -1])
    expect(units.map((unit) => unit.worth)).toEqual([true, false, false, true, false])
  })
})

describe('findReports (relative clauses in a row)', () => {
  it('reads a long chain of “who” clauses before a cue without deep recursion', () => {
    // One clause deep: 5,000 clauses in one sentence made npBefore recurse once per clause.
    const chain = Array.from({length: 5000}, (_, index) => 'the man' + index + ' who met').join(' ')
    const reports = reportsOf(chain + ' the mayor said the plan was dead.')
    expect(reports.map((report) => report.cue)).toContain('said')
  })
})

describe('findReports (an opening participle clause is no subject)', () => {
  /** The mentions of every report, nested ones too. */
  const mentionsOf = (body: string) => {
    const result = run(headline + body, 'text')
    const input = result.doc.input
    return all(result.reports).map((report) => (report.mention ? input.slice(report.mention[0], report.mention[1]) : null))
  }

  it('gives a participle after the main clause the subject after the opening clause’s comma', () => {
    const reports = reportsOf('Facing mounting criticism from Democrats and Republicans, Mr. Trump released a statement on Saturday night, insisting that Mr. Khan had no right to criticize him.')
    const insisting = reports.find((report) => report.cue?.startsWith('insisting'))
    expect(insisting?.mention).toBe('Mr. Trump')
  })

  it('takes no opening participle and its object as the subject of a cue', () => {
    const mentions = mentionsOf('Rattling off promises to lower student debt, reform the immigration system and improve education, Clinton promised a country of new opportunities.')
    expect(mentions.filter((mention) => mention !== null && /Rattling/.test(mention))).toEqual([])
    expect(mentions).toContain('Clinton')
  })

  it('keeps a name in -ing, an adjective in -ing and a compound in -ing as subjects', () => {
    expect(reportsOf('Manning said that the team, which lost on Sunday, would win, adding that he was happy.').map((report) => report.mention)).toEqual(['Manning', 'Manning'])
    expect(reportsOf('Trailing contenders Ted Cruz and John Kasich have agreed to divide the remaining primaries.')[0]?.mention).toBe('Trailing contenders Ted Cruz and John Kasich')
    expect(reportsOf('Best-selling thriller writer Brad Thor told Glenn Beck he would consider running.')[0]?.mention).toBe('Best-selling thriller writer Brad Thor')
  })
})

describe('findReports (a participle after a newswire quotation)', () => {
  it('gives “adding”, “noting” and “referring to” the speaker after the quotation’s close, not its words', () => {
    const reports = reportsOf("''For the past 40 years, overtime protections have been increasingly weakened,'' Mr. Biden added, noting that more than 60 percent of workers qualified.")
    expect(reports.map((report) => [report.cue, report.mention])).toEqual([
      ['added', 'Mr. Biden'],
      ['noting', 'Mr. Biden']
    ])
    const referring = reportsOf("''We have to awaken and energize the body of Christ,'' he said, referring to faith-driven voters.").find((report) => report.cue === 'referring to')
    expect(referring?.mention).toBe('he')
  })

  it('still takes the main clause’s subject when no quotation opens the unit', () => {
    const reports = reportsOf('Twitter said in a statement that it condemns the use of its service, adding that it would act.')
    expect(reports.find((report) => report.cue === 'adding')?.mention).toBe('Twitter')
  })
})

describe('findReports (the object of a control verb speaks the infinitive)', () => {
  it('takes the object of “led”, “prompted” and “allowing” as the source', () => {
    const mention = (body: string, cue: string) => reportsOf(body).find((report) => report.cue === cue)?.mention
    expect(mention('The abrupt announcement led some to speculate that disagreement over the campaign was to blame.', 'speculate')).toBe('some')
    expect(mention('The margin led her to declare that the nomination was in reach.', 'declare')).toBe('her')
    expect(mention('Facebook activates a tool allowing users to tell readers that they are safe.', 'tell')).toBe('users')
    expect(mention('That prompted Republicans in Washington to admit that the threat is real.', 'admit')).toBe('Republicans in Washington')
  })

  it('keeps the subject after an agent, and a rule’s words its document’s', () => {
    const mention = (body: string, cue: string) => reportsOf(body).find((report) => report.cue === cue)?.mention
    expect(mention('Companies are forced by law to disclose that they pay taxes.', 'disclose')).toBe('Companies')
    expect(mention('The contract includes a clause that requires staffers to promise “never to disparage” the firm.', 'promise')).not.toBe('staffers')
  })
})

describe('findReports (“That said,” is no speech)', () => {
  it('reads no cue in an opening “That said,” and finds the clause’s own speaker', () => {
    expect(reportsOf('That said, Millennials say they believe success will require hard work.').map((report) => [report.cue, report.mention])).toEqual([['say', 'Millennials']])
    expect(reportsOf('(That said, she also noted that he would attack back.)').map((report) => [report.cue, report.mention])).toEqual([['also noted', 'she']])
  })

  it('keeps “said” after a fronted “That,” and its speaker', () => {
    expect(reportsOf('That, said Jones, was a mistake.').map((report) => [report.cue, report.mention])).toEqual([['said', 'Jones']])
  })
})

describe('findReports (a relative pronoun before an adverb is the source)', () => {
  it('reads “together” before a past cue as an adverb of the cue (“which together vowed”)', () => {
    const reports = reportsOf('China and the United States, the world’s two biggest polluters, which together vowed to stave off the worst effects.')
    expect(reports.map((report) => [report.cue, report.mention])).toEqual([['together vowed', 'which']])
  })
})

describe('findReports (“left little doubt”)', () => {
  it('takes the subject of “leave” as the source of “little doubt” and “no doubt”', () => {
    expect(reportsOf('He read the scientific literature, which left little doubt that the planet was warming.').map((report) => [report.cue, report.mention])).toEqual([['doubt', 'which']])
    expect(reportsOf('Smith left little doubt that the planet was warming.').map((report) => report.mention)).toEqual(['Smith'])
  })
})

describe('findReports (a participle after an expletive “It”)', () => {
  it('gives the participle the subject of the cleft’s “that” clause or of the clause after “but”', () => {
    const mention = (body: string, cue: string) => reportsOf(body).find((report) => report.cue === cue)?.mention
    expect(mention('It was at the conference that Swanson delivered his tirade in a convoluted speech, pointing to the author’s remarks.', 'pointing to')).toBe('Swanson')
    expect(mention('It’s a big if, but Sanders was in San Diego on Tuesday night, emphasizing the state’s importance.', 'emphasizing')).toBe('Sanders')
  })

  it('keeps “It” with no such clause after it', () => {
    const mention = (body: string, cue: string) => reportsOf(body).find((report) => report.cue === cue)?.mention
    expect(mention('It also has brought a sense of urgency to their efforts, by highlighting what they say was her record.', 'highlighting')).toBe('It')
  })
})

describe('findReports (a participle after an opening conjunction with no comma)', () => {
  it('gives the participle the subject after “And now”, “And even”, “Then” and “But”', () => {
    const mention = (body: string, cue: string) => reportsOf(body).find((report) => report.cue === cue)?.mention
    expect(mention('And now Mr. Manafort has taken on a much larger campaign, seeking to turn Trump into a winner.', 'seeking')).toBe('Mr. Manafort')
    expect(mention('And even Obama tried to help them off the hook, noting that he would demur too.', 'noting')).toBe('Obama')
    expect(mention('Then she shattered party norms, pledging that her father would revolutionize the party.', 'pledging')).toBe('she')
    expect(mention('But he focused his remarks on the policy failures of Clinton and Kerry, saying that she failed to understand.', 'saying')).toBe('he')
  })
})

describe('findReports (a participle after a fronted time with no comma)', () => {
  it('gives the participle the name after “On Sunday morning”', () => {
    const mention = (body: string, cue: string) => reportsOf(body).find((report) => report.cue === cue)?.mention
    // (Was “a third”.)
    expect(mention('On Sunday morning Mr. Trump made a third attempt to deflect the criticism, writing on Twitter that the real issue was terrorism.', 'writing')).toBe('Mr. Trump')
    expect(mention('On Thursday evening Hillary Clinton delivered her acceptance speech, seeking to prove her credentials.', 'seeking')).toBe('Hillary Clinton')
  })
})

describe('findReports (“you know,” is a filler)', () => {
  it('reads no cue in “you know” set off by a comma', () => {
    expect(reportsOf('You know, I got in trouble when I said Republicans are not my enemy.').map((report) => [report.cue, report.mention])).toEqual([['said', 'I']])
    expect(reportsOf('It was isolationist and, you know, we are just going to stay here together.')).toEqual([])
  })

  it('keeps “you know that …”', () => {
    expect(reportsOf('You know that the plan failed.').map((report) => [report.cue, report.mention])).toEqual([['know', 'You']])
  })
})

describe('findReports (a verb coordinated inside a relative clause)', () => {
  it('gives the second verb of an open relative clause its relative pronoun', () => {
    const mention = (body: string, cue: string) => reportsOf(body).find((report) => report.cue === cue)?.mention
    // (Was “About 10,000 visas”, the main clause’s subject.)
    expect(mention('About 10,000 visas are awarded annually, mostly to wealthy Chinese citizens, who make up most of the investors and see the program as an easier way in.', 'see')).toBe('who')
  })

  it('keeps the subject after a relative pronoun that is an object', () => {
    const mention = (body: string, cue: string) => reportsOf(body).find((report) => report.cue === cue)?.mention
    expect(mention('Obama made no effort to introduce a carbon tax, which he favors but says would never win support.', 'says')).not.toBe('which')
  })
})

describe('findReports (a participle after an inverted cue and a newswire close)', () => {
  it('gives the participle the speaker after “said” when the quotation opened in an earlier sentence', () => {
    const reports = reportsOf("He spoke. ''The shows are old. It refreshes and regenerates the library,'' said Peter Rice, chairman of Fox Networks Group, noting that old episodes become new.")
    expect(reports.find((report) => report.cue === 'noting')?.mention).toBe('Peter Rice')
  })
})

describe('findReports (a fronted prepositional phrase is no content)', () => {
  it('hands no opening phrase with no verb to the speaker after it', () => {
    const contents = (body: string, cue: string) => reportsOf(body).find((report) => report.cue === cue)?.content ?? []
    // (Was “In a speech last July”.)
    expect(contents('Perry did not have kind words for Trump. In a speech last July, he said:\n\nLet no one be mistaken, his candidacy is a cancer.', 'said')).not.toContain('In a speech last July')
    // (Was “In the early 1990s”.)
    expect(contents('In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss invited her to lunch.', 'said')).not.toContain('In the early 1990s')
    expect(contents('Following an animated town hall meeting in Londonderry last week, Kasich boasted about the crowd.', 'boasted')).not.toContain('Following an animated town hall meeting in Londonderry last week')
    // (Nor one holding a participle: was “In a statement released Thursday”.)
    expect(contents('In a statement released Thursday, Rep. Hakeem Jeffries reacted.', 'reacted')).not.toContain('In a statement released Thursday')
    expect(contents('In a direct appeal to voters inclined to support Mr. Trump, Mr. Khan pleaded.', 'pleaded')).not.toContain('In a direct appeal to voters inclined to support Mr. Trump')
    expect(contents('In the final Mass of his Mexico trip, held along the border, Francis told the story.', 'told')).not.toContain('In the final Mass of his Mexico trip, held along the border')
    // (Nor a fronted adverb: was “Most recently”.)
    expect(contents('Most recently, Trump called to ban Muslims from entering the U.S.', 'called')).not.toContain('Most recently')
  })

  it('keeps an opening phrase followed by a clause', () => {
    expect(reportsOf('In the end, the economy will recover, he said.').map((report) => report.content)).toEqual([['In the end, the economy will recover']])
    expect(reportsOf('On Tuesday, the plan collapsed, officials said.').map((report) => report.content)).toEqual([['On Tuesday, the plan collapsed']])
    expect(reportsOf('In the long run, many economists say, this effect could ripple through the system.').map((report) => report.content)).toEqual([['In the long run', 'this effect could ripple through the system']])
  })
})

describe('findReports (“pledged delegates”)', () => {
  it('reads no pledge in the kind of delegate', () => {
    // (Was a report of “pledged” by “Clinton led Sanders”.)
    expect(reportsOf('By Tuesday, Clinton led Sanders in pledged delegates by 270.')).toEqual([])
    expect(reportsOf('She won a majority of the state’s 20 pledged delegates, helping solidify her status.')).toEqual([])
  })

  it('keeps a pledge made', () => {
    expect(reportsOf('Sanders pledged to fight on until the convention.').map((report) => report.cue)).toEqual(['pledged'])
  })
})

describe('findReports (“for months” is no particle)', () => {
  it('reads no “push for”, “campaign for” before a length of time', () => {
    // (Was “has pushed for” with content “months, but he was armed …”.)
    expect(reportsOf('Cruz has pushed for months, but he was armed with fresh evidence after Tuesday’s contests.')).toEqual([])
    expect(reportsOf('Volunteers who campaign for several weeks rarely rest.').map((report) => report.cue)).toEqual([])
  })

  it('keeps “push for” before its object', () => {
    expect(reportsOf('Cruz has pushed for a vote on the bill.').map((report) => report.content)).toEqual([['a vote on the bill']])
  })
})

describe('findReports (“All told,” is a sum)', () => {
  it('reads no cue in “all told” set off by a comma', () => {
    // (Was a report of “told” by “All”.)
    expect(reportsOf('All told, up to 5 million undocumented people could be eligible for the programs.')).toEqual([])
    expect(reportsOf('But all told, up to 5 million people could be eligible.')).toEqual([])
  })

  it('keeps “all told them that …”', () => {
    expect(reportsOf('The aides all told reporters that the plan was dead.').map((report) => report.cue)).toEqual(['told'])
  })
})

describe('findReports (“just” before a time after the cue)', () => {
  it('reads “As X reported just today, …” as the sentence after the comma', () => {
    // (Was the content “just today”.)
    expect(reportsOf('As the Post’s investigative unit reported just today, the State Department issued subpoenas to the foundation.').map((report) => report.content)).toEqual([['the State Department issued subpoenas to the foundation']])
  })
})

describe('findReports (a quotation after a cue’s content is the same report)', () => {
  it('widens the report instead of finding it twice', () => {
    // (Was two reports of “say”: “about the storied doctor” and the same with the quotation.)
    expect(reportsOf('Carson is your man. As they say about the storied doctor, “gifted hands, enhanced imagination.”').map((report) => [report.cue, report.content])).toEqual([
      ['say', ['about the storied doctor, “gifted hands, enhanced imagination.”']]
    ])
  })
})

describe('findReports (“NP known to be”)', () => {
  it('reads no knower in a noun before a reduced passive', () => {
    // (Was a report of “known” by “A developer”.)
    expect(reportsOf('A developer known to be bullish on golf is Donald J. Trump, who in 2012 added to his portfolio of courses.').map((report) => report.mention)).not.toContain('A developer')
    expect(reportsOf('He roamed the block, a community known to be supportive of gay rights.').map((report) => report.mention)).not.toContain('a community')
  })

  it('keeps the passive after a copula', () => {
    expect(reportsOf('The senator is known to be skeptical of the deal.').map((report) => report.cue)).toEqual(['is known'])
  })
})

describe('findReports (“personal insults”)', () => {
  it('reads a plural “insults” after an adjective as a noun', () => {
    // (Was a report of “insults” by “the personal”.)
    expect(reportsOf('But the personal insults only Trump seems capable of executing were rare.').map((report) => report.cue)).not.toContain('insults')
    expect(reportsOf('He deploys an array of tactics to fight back - countersuits, threats and personal insults, often on Twitter.').map((report) => report.cue)).not.toContain('insults')
  })

  it('keeps the verb', () => {
    expect(reportsOf('Trump insults Mexicans again.').map((report) => report.cue)).toEqual(['insults'])
  })
})

describe('findReports (a passive agent is no content)', () => {
  it('reads no “by X” as what was reported', () => {
    const contents = (body: string) => reportsOf(body).flatMap((report) => report.content)
    // (Was the content “by The Associated Press”.)
    expect(contents('The deal, which was first reported by The Associated Press, collapsed.')).not.toContain('by The Associated Press')
    expect(contents('It was a fact first reported by Christopher Heath, an Orlando TV reporter.')).not.toContain('by Christopher Heath, an Orlando TV reporter')
  })

  it('keeps “by” with a manner or a time', () => {
    expect(reportsOf('Sullivan responded by explaining it was impossible.').map((report) => report.content)).toEqual([['by explaining it was impossible']])
  })
})
