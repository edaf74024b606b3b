import {describe, expect, it} from 'vitest'
import {findTimes} from '../src/claims/time.js'
import {createLocation} from '../src/parse/location.js'
import type {TimeExpression} from '../src/schema.js'

/** 2025-12-05 is a Friday. */
const published = '2025-12-05'

function times(text: string, date: string | null = published): TimeExpression[] {
  return findTimes(text, 0, text.length, createLocation(text), {published: date})
}

function one(text: string, date: string | null = published): TimeExpression {
  const found = times(text, date)
  expect(found.map((time) => time.text)).toHaveLength(1)
  return found[0]!
}

describe('findTimes', () => {
  it('reads a month after “after” in a sentence with no tense as past (“an issue after the church massacre in June”)', () => {
    // (2016-02-25: was 2016-06, the nearest June.)
    expect(one('Guns are an emotional issue after the Charleston church massacre in June.', '2016-02-25')).toMatchObject({value: '2015-06'})
    // (A verb between, or a future: not so.)
    expect(one('The rules change after the board is chosen in June.', '2016-02-25')).toMatchObject({value: '2016-06'})
    expect(one('He will leave after the vote in June.', '2016-02-25')).toMatchObject({value: '2016-06'})
  })

  it('reads no future in a counterfactual of the past (“Saturday would have been Reagan’s 105th birthday”)', () => {
    // (2016-02-07 is a Sunday. Were 2016-02-13 and 2016-02-08: “would” made them ahead.)
    expect(one('Saturday would have been Ronald Reagan’s 105th birthday.', '2016-02-07')).toMatchObject({value: '2016-02-06'})
    expect(one('Without the storm, turnout on Monday would not have dropped.', '2016-02-07')).toMatchObject({value: '2016-02-01'})
    // (“would have to” looks ahead.)
    expect(one('He would have to win on Tuesday.', '2016-02-07')).toMatchObject({value: '2016-02-09'})
  })

  it('reads a weekday that ends a past clause as past, whatever future the sentence tells of after it', () => {
    // (2016-06-09 is a Thursday. Were 2016-06-15 and 2016-06-14: the “will” after made them ahead.)
    expect(one('The race entered an urgent new phase Wednesday, a truce that leaders hope will soothe tensions.', '2016-06-09')).toMatchObject({value: '2016-06-08'})
    expect(times('Obama called both candidates Tuesday night and will meet Sanders on Thursday.', '2016-06-09').map((time) => time.value)).toEqual(['2016-06-07', '2016-06-09'])
    // (An infinitive, a participle after a modal or “be”, or a future word between: still ahead.)
    expect(one('He plans to campaign in Ohio on Wednesday, and will speak.', '2016-06-09')).toMatchObject({value: '2016-06-15'})
    expect(one('The selection could be concluded in October and will surely end soon.', '2016-08-26')).toMatchObject({value: '2016-10'})
    expect(one('He said he will campaign Wednesday.', '2016-06-09')).toMatchObject({value: '2016-06-15'})
  })

  it('reads no duration in “the last year of his presidency”, “the last week of October”: the final one of a period, not the past one', () => {
    // (Were durations P1Y and P1W.)
    expect(times('in the last year of his presidency')).toEqual([])
    expect(times('Her peak came the last week of October.').map((time) => time.text)).toEqual(['October'])
    // (The past one stays a span.)
    expect(one('in the last year, prices rose')).toMatchObject({text: 'last year', type: 'duration'})
  })

  it('reads “the end of the year” told in the past as last year’s when this year’s end is still ahead, and “the start of the year” ahead as next year’s', () => {
    // (Were 2016 and 2025: this year’s, whatever the tense.)
    expect(one('By the end of the year, he had climbed to 35 percent.', '2016-06-05')).toMatchObject({text: 'end of the year', value: '2015'})
    expect(one('The company sold its shares at the end of the month.', '2016-03-17')).toMatchObject({value: '2016-02'})
    expect(one('The law will take effect at the start of the year.')).toMatchObject({value: '2026'})
    // (Otherwise this period’s.)
    expect(one('Congress will pass it by the end of the year.', '2016-06-05')).toMatchObject({value: '2016'})
    expect(one('It fell short of its goal by the end of the year.', '2015-12-31')).toMatchObject({value: '2015'})
    expect(one('Prices rose at the start of the year.', '2016-06-05')).toMatchObject({value: '2016'})
    expect(one('He stressed that they should renew the act, which expires at the end of the year.', '2016-07-16')).toMatchObject({value: '2016'})
    expect(one('They were determined to defeat it before the end of the year.', '2016-08-29')).toMatchObject({value: '2016'})
  })

  it('finds the past verb of a weekday past an adverb (“on Thursday night largely abandoned”) and in “died”, whatever the sentence says later', () => {
    // (2016-03-12 is a Saturday. Were 2016-03-17 and 2016-03-13: the sentence’s “upcoming”, “will” made them ahead.)
    expect(one('Two rivals on Thursday night largely abandoned their attacks before the upcoming primaries.', '2016-03-12')).toMatchObject({value: '2016-03-10'})
    expect(one('Nancy Reagan, who died Sunday at age 94, will be remembered for that image.', '2016-03-12')).toMatchObject({value: '2016-03-06'})
    // (A weekday before a verb ahead stays ahead.)
    expect(one('The senators on Thursday night will largely abandon their attacks.', '2016-03-12')).toMatchObject({value: '2016-03-17'})
  })

  it('reads “in two weeks” about the future and “two weeks from now” as a time that far ahead, not a duration', () => {
    // (Were durations with no value.)
    expect(one('The state will vote in two weeks.')).toMatchObject({text: 'two weeks', type: 'relative', value: '2025-12-19', duration: 'P2W'})
    expect(one('The plant will close in three years.')).toMatchObject({type: 'relative', value: '2028', duration: 'P3Y'})
    expect(one('whether it is now or two months from now')).toMatchObject({text: 'two months from now', type: 'relative', value: '2026-02', duration: 'P2M'})
    expect(one('The state will vote in two weeks.', null)).toMatchObject({type: 'relative', value: null, duration: 'P2W'})
    // (A span: in a sentence not about the future, or of something.)
    expect(one('He has done more in two weeks.')).toMatchObject({type: 'duration'})
    expect(one('The talks will end after two weeks of negotiations.')).toMatchObject({type: 'duration'})
    expect(one('They will finish it in two weeks of work.')).toMatchObject({type: 'duration'})
    expect(one('The Fed will raise rates for the first time in almost a decade.')).toMatchObject({type: 'duration'})
  })

  it('reads “the Sept. 11 attacks” and “9/11” as the day of 2001, a named event, not the article’s year', () => {
    // (Were 2025-09-11 and nothing: the nearest Sept. 11 to the article’s date.)
    expect(one('after the Sept. 11 attacks')).toMatchObject({text: 'Sept. 11', type: 'date', value: '2001-09-11'})
    expect(one('since the September 11th terrorist attacks')).toMatchObject({value: '2001-09-11'})
    expect(one('the response to 9/11')).toMatchObject({text: '9/11', type: 'date', value: '2001-09-11'})
    expect(one('after the Sept. 11 attacks', null)).toMatchObject({value: '2001-09-11'})
    // (Far from the article’s date, a bare “Sept. 11” after “since” or “after” is the day of the attacks as well;
    // otherwise it is this year’s, as news writes this year’s days.)
    expect(one('The country has changed since Sept. 11.')).toMatchObject({value: '2001-09-11'})
    expect(one('The council voted on Sept. 11.')).toMatchObject({value: '2025-09-11'})
    // (Near it, the day of this year: the memorial on the anniversary.)
    expect(one('She left a Sept. 11 memorial ceremony early.', '2016-09-12')).toMatchObject({value: '2016-09-11'})
    expect(one('She left a Sept. 11 memorial ceremony early.', null)).toMatchObject({value: '--09-11'})
    expect(times('the film Fahrenheit 9/11')).toEqual([])
    // (Other days stay the nearest; a fraction stays none.)
    expect(one('after the Sept. 12 meeting')).toMatchObject({value: '2025-09-12'})
    expect(times('9/10 of the votes')).toEqual([])
  })

  it('reads a British day and short month without a year (“by 30 June”, “on 4 July”), not “5 May” or “2 March”', () => {
    // (“30 June” and “4 July” were no dates.)
    expect(one('by 30 June')).toMatchObject({text: '30 June', value: '2025-06-30'})
    expect(one('on 4 July')).toMatchObject({text: '4 July', value: '2025-07-04'})
    expect(times('the 5 May I')).toEqual([])
  })

  it('reads no future in a forecast looked back on or an infinitive (“more than expected”, “had expected”, “to cut”)', () => {
    // (Were October 2026, September 2026 and December 2024: “expected” made them future, “cut” past.)
    expect(one('Sales rose more than expected in October.')).toMatchObject({value: '2025-10'})
    expect(one('Prices fell less than analysts had expected in September.')).toMatchObject({value: '2025-09'})
    expect(one('the Fed to cut rates at its Dec. 17 meeting')).toMatchObject({value: '2025-12-17'})
    // (A forecast still ahead stays one.)
    expect(one('The Fed is expected to cut rates in January.')).toMatchObject({value: '2026-01'})
  })

  it('reads a date after “likely to”, “poised to” or “is set to” as ahead, also in a past-tense report (“said the bank was likely to cut again in January”)', () => {
    // (Were January and Wednesday 2025: the past “said”, “was” made them past.)
    expect(one('Economists said the bank was likely to cut rates again in January.')).toMatchObject({value: '2026-01'})
    expect(one('The suspect is likely to appear in court Wednesday.')).toMatchObject({value: '2025-12-10'})
    // (A date before the forecast is the sentence’s own; a comparison or a story told is no forecast.)
    expect(one('Tuesday’s outcome is unlikely to settle the race.')).toMatchObject({value: '2025-12-02'})
    expect(one('He was more likely to be seen as honest than he was in March.')).toMatchObject({value: '2025-03'})
    expect(one('The vote was set to take place in March.')).toMatchObject({value: '2025-03'})
  })

  it('reads the season of a year (“the spring of 2016”, “summer 2019”, “the fall of last year”)', () => {
    // (Were the year alone.)
    expect(one('In the spring of 2016, he ran.')).toMatchObject({text: 'spring of 2016', type: 'date', value: '2016-SP'})
    expect(one('It opened in summer 2019.')).toMatchObject({text: 'summer 2019', value: '2019-SU'})
    expect(one('He left in the fall of last year.')).toMatchObject({text: 'fall of last year', type: 'relative', value: '2024-FA'})
  })

  it('reads a decade by its last two digits (“the ’90s”, “the late ’60s”), not “the ’20s”', () => {
    // (Were no time.)
    expect(one("In the '90s, crime fell.")).toMatchObject({text: "'90s", type: 'year', value: '199'})
    expect(one('in the late ’60s')).toMatchObject({text: 'late ’60s', value: '196'})
    expect(one("Back in the '00s, rates were low.")).toMatchObject({value: '200'})
    expect(times("The roaring '20s.")).toEqual([])
  })

  it('reads no duration in “a second” before a noun (“a second term”, “a second round”)', () => {
    // (Were durations of one second.)
    expect(times('He ran for a second term.')).toEqual([])
    expect(times('A second round followed.')).toEqual([])
    // (The unit stays: “wait a second”, “a second later”.)
    expect(one('Wait a second.')).toMatchObject({type: 'duration', duration: 'PT1S'})
    expect(one('A second later it fell.')).toMatchObject({text: 'A second later', type: 'relative'})
  })

  it('reads a day or date after a present verb of a schedule as ahead (“preorders begin Friday”, “the show opens Nov. 12”)', () => {
    // (Were the past Monday, 2025-12-05 being a Friday: “said” made the sentence past.)
    expect(one('Apple said preorders begin Friday.')).toMatchObject({value: '2025-12-05'})
    expect(one('Apple said preorders begin Monday.')).toMatchObject({value: '2025-12-08'})
    expect(one('The company said the sale starts on Tuesday.')).toMatchObject({value: '2025-12-09'})
    expect(one('The rule takes effect Wednesday, officials said.')).toMatchObject({value: '2025-12-10'})
    expect(one('Officials said the show opens Nov. 12.')).toMatchObject({value: '2026-11-12'})
    expect(one('Officials said voting ends in March.')).toMatchObject({value: '2026-03'})
    // (A past verb, or a schedule denied after “did”, stays in the past.)
    expect(one('Apple said preorders began Monday.')).toMatchObject({value: '2025-12-01'})
    expect(one('Apple said preorders did not begin Monday.')).toMatchObject({value: '2025-12-01'})
    expect(one('Polls were open Monday.')).toMatchObject({value: '2025-12-01'})
    // (Nor a noun: “a rocky start Monday”.)
    expect(one('The convention got off to a rocky start Monday.')).toMatchObject({value: '2025-12-01'})
    expect(one('Classes start Monday.')).toMatchObject({value: '2025-12-08'})
  })

  it('reads no duration in years after an age (“the median age rose to 39.1 years”)', () => {
    // (Was a duration of 39.1 years: an age is a value in years, no span of time.)
    expect(times('The census bureau said the median age rose to 39.1 years.')).toEqual([])
    expect(times('The average age is about 58 years.')).toEqual([])
    // (A span stays one: “at age 40 he got 5 years”, “the wine aged 10 years”.)
    expect(one('At age 40 he got 5 years in prison.')).toMatchObject({text: '5 years', duration: 'P5Y'})
    expect(one('The wine aged 10 years.')).toMatchObject({duration: 'P10Y'})
    // (“25 years old”: an age too; was a duration of 25 years.)
    expect(times('The man, who is 25 years old, fled.')).toEqual([])
    expect(times('The building is two centuries old.')).toEqual([])
  })

  it('reads no duration in a unit that modifies a noun (“a day hike”, “a day trip”)', () => {
    // (Were durations of one day.)
    expect(times('The ranger said a day hike is the best way to see the park.')).toEqual([])
    expect(times('They took a day trip to Dover.')).toEqual([])
    // (A day that lasts stays one: “a day in court”, “a day off”.)
    expect(one('He had a day in court.')).toMatchObject({text: 'a day', duration: 'P1D'})
  })

  it('reads no duration in the rate of an amount (“$3.8 billion a year”, “98 trucks a day”, “24 hours a day”)', () => {
    // (Were durations of a year, a day.)
    expect(times('He pledged another $3.8 billion a year.')).toEqual([])
    expect(times('Only 98 trucks a day entered.')).toEqual([])
    expect(times('They work seven days a week.').map((time) => time.text)).toEqual(['seven days'])
    // (A time stays: “$5 a year ago”, “more than a year”.)
    expect(one('It cost $5 a year ago.')).toMatchObject({text: 'a year ago', type: 'relative'})
    expect(one('It took more than a year.')).toMatchObject({type: 'duration', duration: 'P1Y'})
    // (And before what it is counted before: were durations of a year.)
    expect(times('He earns €15 million a year before bonuses.')).toEqual([])
    expect(times('She makes $40,000 a year after tax.')).toEqual([])
  })

  it('reads the year 2100 after a preposition (“by 2100”), not as a count', () => {
    // (Was no time, and a count of 2100.)
    expect(one('Seas could rise two feet by 2100.')).toMatchObject({text: '2100', type: 'year', value: '2100'})
    expect(times('About 2100 people came.')).toEqual([])
  })

  it('reads days of one month (“Oct. 20-23”, “Feb. 11–15, 2016”) as the first day lasting to the last', () => {
    // (Were the first day alone, the last dropped.)
    expect(one('The poll was conducted Oct. 20-23 among 1,000 adults.')).toMatchObject({text: 'Oct. 20-23', type: 'date', value: '2025-10-20', duration: 'P4D'})
    expect(one('It was taken Feb. 11–15, 2016, online.')).toMatchObject({text: 'Feb. 11–15, 2016', value: '2016-02-11', duration: 'P5D'})
    // (Not a range that goes down: “March 3-1”.)
    expect(one('On March 3-1 it fell.')).toMatchObject({text: 'March 3', duration: null})
  })

  it('reads a quarter written “Q3” (“Q3 2024”, “in Q4”)', () => {
    // (Were the year alone, or no time.)
    expect(one('Revenue in Q3 2024 rose.')).toMatchObject({text: 'Q3 2024', type: 'date', value: '2024-Q3'})
    expect(one('Sales rose 112% in Q3.')).toMatchObject({text: 'Q3', type: 'relative', value: '2025-Q3'})
    expect(times('It was an AQ3 model.')).toEqual([])
  })

  it('reads a fiscal year as one (“fiscal 2025” → `FY2025`, “the third quarter of fiscal 2025” → `FY2025-Q3`)', () => {
    // (Were the calendar year 2025 alone, the quarter left to be an ordinal.)
    expect(one('It expects fiscal 2025 revenue of $16 billion.')).toMatchObject({text: 'fiscal 2025', type: 'year', value: 'FY2025'})
    expect(one('Sales in fiscal year 2026 rose.')).toMatchObject({text: 'fiscal year 2026', value: 'FY2026'})
    expect(one('Its 2024 fiscal year ended in a loss.')).toMatchObject({text: '2024 fiscal year', value: 'FY2024'})
    expect(one('Revenue for the third quarter of fiscal 2025 rose.')).toMatchObject({text: 'third quarter of fiscal 2025', type: 'date', value: 'FY2025-Q3'})
    expect(one('Cash flow in the first half of the 2025 fiscal year rose.')).toMatchObject({text: 'first half of the 2025 fiscal year', value: 'FY2025-H1'})
    expect(one('Sales rose in Q2 fiscal 2025.')).toMatchObject({text: 'Q2 fiscal 2025', value: 'FY2025-Q2'})
  })

  it('reads a half and a fiscal year as business news writes them (“H1 2025”, “FY26”), not hydrogen (“H2”)', () => {
    // (Were the year alone, and no time.)
    expect(one('In H1 2025, sales grew.')).toMatchObject({text: 'H1 2025', type: 'date', value: '2025-H1'})
    expect(one('It will spend $5 billion in FY26.')).toMatchObject({text: 'FY26', type: 'year', value: 'FY2026'})
    expect(one('Sales fell in FY2025.')).toMatchObject({text: 'FY2025', value: 'FY2025'})
    expect(times('It makes green H2 and fights H1N1.')).toEqual([])
  })

  it('reads a quarter and a relative year without “of” (“Q3 last year”, “the fourth quarter last year”)', () => {
    // (Were a quarter of this year and “last year” apart.)
    expect(one('Profit was $401 million in Q3 last year.')).toMatchObject({text: 'Q3 last year', type: 'relative', value: '2024-Q3'})
    expect(one('Sales fell from the fourth quarter last year.')).toMatchObject({text: 'fourth quarter last year', value: '2024-Q4'})
    expect(one('Sales will rise in the first quarter next year.')).toMatchObject({value: '2026-Q1'})
  })

  it('reads “the week of March 4” as that week (ISO), not the day', () => {
    // (Was the day alone, 2026-03-04.)
    expect(one('It will report results in the week of March 4.')).toMatchObject({text: 'week of March 4', type: 'date', value: '2026-W10'})
    expect(one('It canceled flights during the week of Dec. 21, 2022.')).toMatchObject({text: 'week of Dec. 21, 2022', value: '2022-W51'})
  })

  it('reads no length in “the coming weeks”, “the past decades” (some number of them), but one in “the past decade”', () => {
    // (Were one week, one decade.)
    expect(one('It will happen in the coming weeks.')).toMatchObject({text: 'coming weeks', type: 'duration', duration: null})
    expect(one('It grew over the past decades.')).toMatchObject({duration: null})
    expect(one('It grew over the past decade.')).toMatchObject({duration: 'P10Y'})
  })

  it('reads “this past weekend”, “this past Sunday” as the last one', () => {
    // (Were no time.)
    expect(one('It closed this past weekend.')).toMatchObject({text: 'this past weekend', type: 'relative', value: '2025-W48-WE'})
    expect(one('He spoke this past Sunday.')).toMatchObject({text: 'this past Sunday', value: '2025-11-30'})
  })

  it('reads no year in a stock index’s name (“the Russell 2000 fell”)', () => {
    // (Was the year 2000.)
    expect(times('The Russell 2000 fell.')).toEqual([])
    expect(one('In 2000 the index fell.')).toMatchObject({text: '2000', value: '2000'})
  })

  it('resolves “Dec. 2” against the article’s date, else leaves the year out', () => {
    expect(one('according to a Dec. 2 document')).toMatchObject({text: 'Dec. 2', type: 'date', value: '2025-12-02', duration: null})
    expect(one('according to a Dec. 2 document', null)).toMatchObject({text: 'Dec. 2', type: 'date', value: '--12-02'})
  })

  it('picks the nearest year for a day without one (“Jan. 20” in December is next year’s)', () => {
    expect(one('on Jan. 20')).toMatchObject({value: '2026-01-20'})
    expect(one('on Nov. 28')).toMatchObject({value: '2025-11-28'})
  })

  it.each([
    ['December 2, 2024', '2024-12-02'],
    ['Dec. 2nd', '2025-12-02'],
    ['2 December 2024', '2024-12-02'],
    ['2024-12-02', '2024-12-02'],
    ['12/2/2024', '2024-12-02'],
    ['December 2024', '2024-12'],
    ['December of 2024', '2024-12'],
    ['Sept. 11', '2025-09-11']
  ])('reads the date %j', (text, value) => {
    expect(one('It happened ' + text + ' downtown.')).toMatchObject({text, type: 'date', value})
  })

  it('reads a month after a preposition, resolved to the nearest such month', () => {
    expect(one('signed in December')).toMatchObject({text: 'December', type: 'date', value: '2025-12'})
    expect(one('signed in December', null)).toMatchObject({value: '--12'})
    expect(one('expected by mid-March')).toMatchObject({text: 'mid-March', value: '2026-03'})
  })

  it('resolves a date without a year by the sentence’s tense: back in a past one, ahead in a future one', () => {
    // Nearest to 2025-12-05 would be next year’s March and May.
    expect(times('Unemployment fell from 4.1% to 3.9% between March and May.').map((time) => time.value)).toEqual(['2025-03', '2025-05'])
    expect(one('The store will open in March.')).toMatchObject({value: '2026-03'})
    expect(one('He said the plant would close in February.')).toMatchObject({value: '2026-02'})
    expect(one('The plant closed on Jan. 20.')).toMatchObject({value: '2025-01-20'})
    expect(one('The plant is scheduled to close Jan. 20.')).toMatchObject({value: '2026-01-20'})
    // Neither: the nearest.
    expect(one('The law takes effect in January.')).toMatchObject({value: '2026-01'})
    // A past sentence that looks ahead: the nearest.
    expect(one('Both campaigned in Iowa ahead of the state’s Jan. 20 caucuses.')).toMatchObject({value: '2026-01-20'})
    expect(one('They said he didn’t need to come out until January.')).toMatchObject({value: '2026-01'})
    // Looking forward, hoping, aiming: ahead, though the verb is past (was last year’s).
    expect(one('The White House said Trump looked forward to signing the bill by Feb. 4.')).toMatchObject({value: '2026-02-04'})
    expect(one('Officials said the company hopes to reopen the plant in March.')).toMatchObject({value: '2026-03'})
    // A future sentence that looks back to a point of comparison (was 2026-09 and 2026-03).
    expect(times('Inflation is now expected to end next year at 2.5%, up from the 2.1% forecast in September.').map((time) => time.value)).toEqual(['2026', '2025-09'])
    expect(one('Prices will be the highest since March.')).toMatchObject({value: '2025-03'})
    // A past verb right after the day: that clause is past (was next week's Tuesday).
    expect(times('The Senate on Tuesday passed the bill, sending it to Biden, who has said he will sign it.').map((time) => time.value)).toEqual(['2025-12-02'])
    expect(one('Biden on Tuesday night signed the bill, which will take effect soon.')).toMatchObject({value: '2025-12-02'})
    // Also past an opening phrase’s comma and its clause’s pronoun (was next week’s Tuesday).
    expect(one('In a speech on Tuesday, he said the army would not negotiate.')).toMatchObject({value: '2025-12-02'})
    expect(one('On Tuesday, he will travel to Cairo.')).not.toMatchObject({value: '2025-12-02'})
  })

  it('reads a day right after a past verb as past, though what was said looks ahead (“will allow …, the minister said on Sunday”)', () => {
    // (Were next week’s Sunday and Wednesday: the “will” made the sentence future.)
    expect(one('Iran will allow inspectors to return, the minister said on Sunday.')).toMatchObject({value: '2025-11-30'})
    expect(one('The plant will reopen, officials announced Wednesday.')).toMatchObject({value: '2025-12-03'})
    // A passive or infinitive after “be” still looks ahead, and so does a plan.
    expect(one('The results will be announced Monday.')).toMatchObject({value: '2025-12-08'})
    expect(one('A decision on the merger is expected on Tuesday.')).toMatchObject({value: '2025-12-09'})
  })

  it('reads a whole number and a fraction as one amount (“2 1/2 hours”, “1½ years”)', () => {
    // (Were “2 hours”, the fraction’s denominator, and no time.)
    expect(one('Officials said the flight takes 2 1/2 hours.')).toMatchObject({text: '2 1/2 hours', type: 'duration', duration: 'PT2.5H'})
    expect(one('He served 1½ years.')).toMatchObject({text: '1½ years', duration: 'P1.5Y'})
    expect(one('It was delayed 3 3/4 days.')).toMatchObject({duration: 'P3.75D'})
  })

  it('reads a half added to a count (“about two and a half minutes”)', () => {
    // (Was no time: the count and its unit were apart.)
    expect(one('The jet fell 8,000 feet in about two and a half minutes.')).toMatchObject({text: 'about two and a half minutes', duration: 'PT2.5M'})
    expect(one('He served three and a half years in prison.')).toMatchObject({text: 'three and a half years', duration: 'P3.5Y'})
  })

  it('reads a month and year before a comma (“In May 2014, …”)', () => {
    expect(one('In May 2014, it traded five detainees.')).toMatchObject({text: 'May 2014', type: 'date', value: '2014-05'})
    // A year range is not the month’s year.
    expect(times('It ran from June 2024-25.').map((time) => time.text)).toEqual(['June', '2024-25'])
  })

  it.each([
    ['Sales fell in the first quarter of 2023.', 'first quarter of 2023', 'date', '2023-Q1'],
    ['He raised $2 million in the first half of 2015.', 'first half of 2015', 'date', '2015-H1'],
    ['Jobs grew in the second half of last year.', 'second half of last year', 'relative', '2024-H2'],
    ['Output rose in the first quarter of the year.', 'first quarter of the year', 'relative', '2025-Q1'],
    ['Profits fell in the third quarter.', 'third quarter', 'relative', '2025-Q3'],
    ['The firm reported fourth-quarter earnings.', 'fourth-quarter', 'relative', '2025-Q4'],
    ['Growth will slow in the first quarter.', 'first quarter', 'relative', '2026-Q1'],
    ['Sales in the second quarter 2024 rose.', 'second quarter 2024', 'date', '2024-Q2']
  ])('reads the quarter or half in %j (TIMEX3 form)', (text, span, type, value) => {
    expect(one(text)).toMatchObject({text: span, type, value})
  })

  it.each([
    ['The report is due by the end of the year.', 'end of the year', 'relative', '2025'],
    ['He will decide by the end of the month.', 'end of the month', 'relative', '2025-12'],
    ['He had $5 million at the start of March.', 'start of March', 'date', '2025-03'],
    ['The trove covered 2009 through the beginning of 2013.', 'beginning of 2013', 'year', '2013'],
    ['The vote is expected early next year.', 'early next year', 'relative', '2026'],
    ['He became speaker late last year.', 'late last year', 'relative', '2024'],
    ['The plant will open in mid-2026.', 'mid-2026', 'year', '2026']
  ])('keeps the words that narrow a period in %j', (text, span, type, value) => {
    expect(times(text).at(-1)).toMatchObject({text: span, type, value})
  })

  it('does not read idioms or a day’s part as periods', () => {
    expect(times('At the end of the day, voters decide.')).toEqual([])
    expect(one('The beginning of Saturday night’s debate was awkward.')).toMatchObject({text: 'Saturday'})
    expect(times('The first half of the game was dull.')).toEqual([])
  })

  it('does not read modal “may” or a bare “March” as months', () => {
    expect(times('Officials may act. May I ask? The March was long.')).toEqual([])
  })

  it.each([
    ['In 2024, it rose.', '2024', '2024'],
    ['the landmark 1997 treaty', '1997', '1997'],
    ['since the 1990s', '1990s', '199'],
    ['the 2019-20 season', '2019-20', '2019/2020'],
    ['the 20th century', '20th century', '19'],
    ['the twenty-first century', 'twenty-first century', '20'],
    ['the 2024 elections', '2024', '2024']
  ])('reads the year in %j', (text, span, value) => {
    expect(one(text)).toMatchObject({text: span, type: 'year', value, duration: null})
  })

  it('does not read counts, money or percentages as years', () => {
    expect(times('2000 people, $2024, 1999 percent, more than 2000, 2,000 troops')).toEqual([])
  })

  it.each([
    ['this year', '2025'],
    ['last year', '2024'],
    ['next year', '2026'],
    ['earlier this month', '2025-12'],
    ['last month', '2025-11'],
    ['next week', '2025-W50'],
    ['this decade', '202'],
    ['yesterday', '2025-12-04'],
    ['today', '2025-12-05'],
    ['tomorrow', '2025-12-06']
  ])('resolves %j', (text, value) => {
    expect(one('It was done ' + text + ', officials said.')).toMatchObject({text, type: 'relative', value, duration: null})
  })

  it.each([
    // 2025-12-05: fall (September–November) has ended, winter (from December) has begun.
    ['this spring', '2025-12-05', '2025-SP'],
    ['last fall', '2025-12-05', '2025-FA'],
    ['last winter', '2025-12-05', '2024-WI'],
    ['next summer', '2025-12-05', '2026-SU'],
    ['this winter', '2026-01-10', '2025-WI'],
    ['last spring', '2025-04-01', '2024-SP'],
    ['next fall', '2025-04-01', '2025-FA'],
    ['this weekend', '2025-12-05', '2025-W49-WE'],
    ['last weekend', '2025-12-05', '2025-W48-WE']
  ])('resolves the season or weekend %j on %s (TIMEX3, was: no value)', (text, date, value) => {
    expect(one('It changed ' + text + ', officials said.', date)).toMatchObject({text, type: 'relative', value})
  })

  it('leaves relative times unresolved without a date', () => {
    expect(one('this year', null)).toMatchObject({type: 'relative', value: null})
    expect(one('three decades ago', null)).toMatchObject({type: 'relative', value: null, duration: 'P30Y'})
  })

  it('reads weekdays as the latest such day (news tells of the past), the coming one in a sentence about the future', () => {
    expect(one('The Pentagon did not respond on Friday.')).toMatchObject({text: 'Friday', type: 'relative', value: '2025-12-05'})
    expect(one('He spoke Tuesday.')).toMatchObject({value: '2025-12-02'})
    expect(one('since last Friday')).toMatchObject({text: 'last Friday', value: '2025-11-28'})
    expect(one('until next Monday')).toMatchObject({text: 'next Monday', value: '2025-12-08'})
    // In a sentence about the future, the coming one.
    expect(one('Voters will go to the polls Tuesday.')).toMatchObject({value: '2025-12-09'})
    // How long something may last, whatever the tense of its cue (was the Tuesday before).
    expect(one('The utility said customers could be without power until Tuesday.')).toMatchObject({value: '2025-12-09'})
    expect(one('The road was closed until Tuesday.')).toMatchObject({value: '2025-12-02'})
    // (Was the coming Monday: “scheduled” made the sentence future.)
    expect(one('No new talks were scheduled as of Monday night.')).toMatchObject({value: '2025-12-01'})
  })

  it('reads a weekday in a sentence with no tense (a headline’s present, “Obama signs bill Friday”) as the nearest such day, back or ahead, as a month is read', () => {
    // (Were always the latest: Monday 2025-12-01 from Thursday 2025-12-04, Monday 2025-12-01 from Friday.)
    expect(one('Obama signs bill Friday', '2025-12-04')).toMatchObject({value: '2025-12-05'})
    expect(one('Obama signs bill Friday', '2025-12-06')).toMatchObject({value: '2025-12-05'})
    expect(one('Obama signs bill Monday', '2025-12-04')).toMatchObject({value: '2025-12-01'})
    expect(one('Clinton leads ahead of Monday’s caucuses')).toMatchObject({value: '2025-12-08'})
    // (A past or future sentence, “as of”, or a day after “after”, stay as they were.)
    expect(one('He signed the bill Monday.')).toMatchObject({value: '2025-12-01'})
    expect(one('Trump loses supporters after the debate on Monday')).toMatchObject({value: '2025-12-01'})
    expect(one('The poll of 1,000 voters, taken Monday, has a margin of error of 3 points.')).toMatchObject({value: '2025-12-01'})
  })

  it('reads no future in “next” after a possessive (“His next speech, on May 28, was delivered”), but “the next president” and “his next two years” look ahead', () => {
    // (Was 2026-05-28: “next” made the sentence future.)
    expect(one('His next speech, on May 28, was delivered to the group.')).toMatchObject({value: '2025-05-28'})
    expect(times('The next president takes office in January.')[0]).toMatchObject({value: '2026-01'})
    expect(times('His next two years will start in March.').map((time) => time.value)).toContain('2026-03')
  })

  it('reads a weekday in a sentence whose only future is a “would” after a past form as the latest (“struggled to answer a question on Sunday about how he would form a coalition”)', () => {
    // (Was the coming Sunday, 2025-12-07: “would” made the sentence future.)
    expect(one('Carson struggled to answer a question on Sunday about how he would form a coalition.')).toMatchObject({value: '2025-11-30'})
    expect(one('Sanders had been told just before Tuesday’s vote that he would lose.')).toMatchObject({value: '2025-12-02'})
    // (A “would” with no past before it, or a “will”, still looks ahead.)
    expect(one('It is an agreement that would see him endorse her on Tuesday.')).toMatchObject({value: '2025-12-09'})
    expect(one('He said he will speak on Tuesday.')).toMatchObject({value: '2025-12-09'})
  })

  it('reads a bare November in a sentence about an election as the coming Election Day (“can win in November”), not a past event (“a trial was held in November”)', () => {
    // (Were November 2015 from January 2016: the nearest, or the past of “cared”.)
    expect(one('Not only can Ted Cruz win in November, he is the best.', '2016-01-19')).toMatchObject({value: '2016-11'})
    expect(one('She drew support from those who cared most about a candidate who can win in November.', '2016-03-01')).toMatchObject({value: '2016-11'})
    expect(one('Voters are less likely to vote Republican in November.', '2016-04-22')).toMatchObject({value: '2016-11'})
    expect(one('In the voting rights case, a trial was held in November.', '2016-04-15')).toMatchObject({value: '2015-11'})
    expect(one('He had surgery in November.', '2016-01-17')).toMatchObject({value: '2015-11'})
  })

  it('reads a sentence with an irregular past form as past (“spoke”, “heard”, “fled”): the latest such day', () => {
    // (Were the nearest, the day after the article’s: no past form was known.)
    expect(one('He spoke on Saturday.')).toMatchObject({value: '2025-11-29'})
    expect(one('The family fled Saturday.')).toMatchObject({value: '2025-11-29'})
    expect(one('The judge heard arguments in March.')).toMatchObject({value: '2025-03'})
  })

  it('reads a weekday after “until” or “through” in a present sentence as the coming one (“has issued a warning … through Tuesday”)', () => {
    // (Was the Tuesday before: “issued” made the sentence past.)
    expect(one('The weather service has issued a blizzard warning for parts of upstate New York through Tuesday.')).toMatchObject({value: '2025-12-09'})
    expect(one('Schools are closed until Tuesday.')).toMatchObject({value: '2025-12-09'})
    // (A span told as a whole, or a past one, stays the latest.)
    expect(one('The road was closed until Tuesday.')).toMatchObject({value: '2025-12-02'})
    expect(times('The office has kept its hours from Monday through Tuesday.').map((time) => time.value)).toEqual(['2025-12-01', '2025-12-02'])
    // (Nor a tally up to a day gone: “have held primaries through Tuesday”.)
    expect(one('Turnout fell in the 15 states that have held caucuses or primaries through Tuesday.')).toMatchObject({value: '2025-12-02'})
  })

  it('reads days of one month written out (“conducted Nov. 13 to 17”) as one date with its length, not a day and a count', () => {
    // (Were “Nov. 13” and a count 17.)
    expect(one('The poll was conducted Nov. 13 to 17.')).toMatchObject({text: 'Nov. 13 to 17', value: '2025-11-13', duration: 'P5D'})
    expect(one('The talks ran Oct. 2 through 6 in Geneva.')).toMatchObject({text: 'Oct. 2 through 6', duration: 'P5D'})
    // (A time of day after “to” is not a day.)
    expect(one('The polls were open June 3 to 5 p.m.')).toMatchObject({text: 'June 3', duration: null})
  })

  it('reads a month after “down from” in a present sentence as the past one (“stands at 46 percent, down from 52 percent in April”)', () => {
    // (Was the coming April, the nearer one.)
    expect(one('Her approval stands at 46 percent, down from 52 percent in April.')).toMatchObject({value: '2025-04'})
    // (With no such word, the nearest.)
    expect(one('The vote is in February.')).toMatchObject({value: '2026-02'})
  })

  it('reads a weekday with its date as one date (“Thursday, Oct. 24”), not as the latest Thursday', () => {
    expect(one('The company reported earnings on Thursday, Oct. 24.')).toMatchObject({text: 'Thursday, Oct. 24', type: 'date', value: '2025-10-24'})
    expect(one('This is the newsletter for Wednesday, February 3, 2016.')).toMatchObject({text: 'Wednesday, February 3, 2016', value: '2016-02-03'})
    expect(one('It ended Tuesday, 2 December 2025.')).toMatchObject({text: 'Tuesday, 2 December 2025', value: '2025-12-02'})
    // A weekday then a bare month is no date of its own.
    expect(times('He spoke Friday, May I add.').map((time) => time.text)).toEqual(['Friday'])
  })

  it('reads a month after “since” as the past one, whatever the verb', () => {
    // 2025-12-05: “January” alone would be the nearest, next month.
    expect(one('Prices have risen 20 percent since January.')).toMatchObject({text: 'January', value: '2025-01'})
    expect(one('Demand keeps growing since January.')).toMatchObject({value: '2025-01'})
  })

  it('reads “more than three decades ago” with its approximator, an offset and a resolved year', () => {
    expect(one('since the Gulf War more than three decades ago.')).toMatchObject({
      text: 'more than three decades ago',
      type: 'relative',
      value: '1995',
      duration: 'P30Y'
    })
  })

  it.each([
    ['a decade ago', 'relative', '2015', 'P10Y'],
    ['two years ago', 'relative', '2023', 'P2Y'],
    ['six months ago', 'relative', '2025-06', 'P6M'],
    ['three weeks ago', 'relative', '2025-11-14', 'P3W'],
    ['two years later', 'relative', null, 'P2Y']
  ])('reads %j', (text, type, value, duration) => {
    expect(one('It started ' + text + '.')).toMatchObject({text, type, value, duration})
  })

  it.each([
    ['within 90 days', 'P90D'],
    ['90 days', 'P90D'],
    ['a 90-day review', 'P90D'],
    ['a two-year study', 'P2Y'],
    ['the past two years', 'P2Y'],
    ['over the past decade', 'P10Y'],
    ['for 36 hours', 'PT36H'],
    ['for 1.5 years', 'P1.5Y'],
    ['for three centuries', 'P300Y']
  ])('reads the duration in %j', (text, duration) => {
    const time = one(text)
    expect(time).toMatchObject({type: 'duration', value: null, duration})
  })

  it('reads a fraction glued to its unit as the whole duration (“a 2 1/2-year sentence”, “two-and-a-half-year”), as “a 10-year sentence”', () => {
    // (Were “2-year”, P2Y, the fraction’s denominator, and no time.)
    expect(one('He got a 2 1/2-year sentence.')).toMatchObject({text: '2 1/2-year', type: 'duration', duration: 'P2.5Y'})
    expect(one('a 1½-hour delay')).toMatchObject({text: '1½-hour', duration: 'PT1.5H'})
    expect(one('He got a two-and-a-half-year sentence.')).toMatchObject({text: 'two-and-a-half-year', duration: 'P2.5Y'})
    expect(one('He got a 10-year sentence.')).toMatchObject({text: '10-year', duration: 'P10Y'})
  })

  it('reads a span before “after” or “before” as a time that far from an event (“a day after the vote”), not a duration; “for a month after” stays one', () => {
    // (Were durations: “a day”, P1D.)
    expect(one('It passed a day after the vote.')).toMatchObject({text: 'a day after', type: 'relative', value: null, duration: 'P1D'})
    expect(one('A week after the vote, he left.')).toMatchObject({text: 'A week after', type: 'relative'})
    expect(one('It aired a month before the election.')).toMatchObject({text: 'a month before', type: 'relative', duration: 'P1M'})
    expect(one('It came two days after the vote.')).toMatchObject({text: 'two days after', type: 'relative', duration: 'P2D'})
    expect(times('It came the day after the vote.').filter((time) => time.type === 'duration')).toEqual([])
    expect(one('He was suspended for a month after he posted it.')).toMatchObject({text: 'a month', type: 'duration'})
    expect(one('In the three years after the merger, shares fell.')).toMatchObject({text: 'three years', type: 'duration'})
  })

  it('reads a bare plural unit before “later”, “after”, “ago” as a time some units away, capitalised or not (“Months after the vote”, “Years later”), not a span (“for years after”)', () => {
    // (Were no time.)
    expect(one('Months after the vote, he left.')).toMatchObject({text: 'Months after', type: 'relative', value: null, duration: null})
    expect(one('Years later, he left.')).toMatchObject({text: 'Years later', type: 'relative'})
    expect(one('It came just days after the vote.')).toMatchObject({text: 'days after', type: 'relative'})
    expect(one('A few weeks later, he won.')).toMatchObject({text: 'A few weeks later', type: 'relative'})
    expect(one('He moved to Egypt several years ago.')).toMatchObject({text: 'several years ago', type: 'relative'})
    expect(times('For years after the war, it sat empty.')).toEqual([])
    expect(times('In the days and weeks after the vote, it fell.')).toEqual([])
    expect(times('those years before the war')).toEqual([])
  })

  it('reads no time in the title of a show, film or book (“Saturday Night Live”, ABC’s This Week, the movie 13 Hours), but a headline’s “Two Years Later” and “the 20th Century” stay', () => {
    // (Were Saturday, This Week, Today and 13 Hours as times.)
    expect(times('He hosted “Saturday Night Live” last month.').map((time) => time.text)).toEqual(['last month'])
    expect(times("Later on ''This Week,'' Sanders spoke.")).toEqual([])
    expect(times("Carson went on ABC's This Week to defend it.")).toEqual([])
    expect(times("She joins the ''Today'' show.")).toEqual([])
    expect(times('The movie 13 Hours by Michael Bay opened.')).toEqual([])
    expect(one('Obama: Two Years Later')).toMatchObject({text: 'Two Years Later', type: 'relative'})
    expect(one('the top athletes of the 20th Century')).toMatchObject({type: 'year', value: '19'})
    expect(one('“Saturday, we won,” he said.')).toMatchObject({text: 'Saturday'})
  })

  it('reads no duration in the period of a rate (“a ton a year”, “$20 or more an hour”, “once a month”, “multiple rallies a day”)', () => {
    // (Were durations: “a year”, “an hour”, “a month”, “a day”.)
    expect(times('a rate of 10 dollars a ton a year')).toEqual([])
    expect(times('the $20 or more an hour workers earn')).toEqual([])
    expect(times('It releases documents once a month.')).toEqual([])
    expect(times('He held multiple rallies a day.')).toEqual([])
    expect(times('She works 35-plus hours a week.')).toEqual([])
    expect(one('It took a week.')).toMatchObject({text: 'a week', type: 'duration'})
  })

  it('adds “and a half” after a unit to the count (“an hour and a half later”, “a year and a half ago”)', () => {
    // (Were “an hour”, PT1H, and “a year”, P1Y, with the half left out.)
    expect(one('His tweet, an hour and a half later, was deleted.')).toMatchObject({text: 'an hour and a half later', type: 'relative', duration: 'PT1.5H'})
    expect(one('It began a year and a half ago.')).toMatchObject({text: 'a year and a half ago', value: '2024-06', duration: 'P1.5Y'})
    expect(one('It took a month and a half.')).toMatchObject({text: 'a month and a half', type: 'duration', duration: 'P1.5M'})
  })

  it('keeps “within” (a bound) in the span but not plain prepositions', () => {
    expect(one('to be recommended within 90 days.').text).toBe('within 90 days')
    expect(one('In 2024, nearly 2,000 people were killed.').text).toBe('2024')
    expect(one('for three years').text).toBe('three years')
  })

  it('reads “last” after “to” or a modal as the verb (“expected to last three weeks”)', () => {
    expect(one('The trial is expected to last three weeks.')).toMatchObject({text: 'three weeks', type: 'duration', duration: 'P3W'})
    expect(one('The storm could last two days.')).toMatchObject({text: 'two days', type: 'duration'})
    expect(one('Sales fell last week.')).toMatchObject({text: 'last week', type: 'relative'})
  })

  it('stops a span before a possessive', () => {
    expect(one('last year’s election')).toMatchObject({text: 'last year', value: '2024'})
  })

  it('finds several expressions in order', () => {
    const found = times(
      'Several countries have withdrawn from the landmark 1997 treaty this year, and the memo, dated Dec. 2, asks for a review within 90 days.'
    )
    expect(found.map((time) => [time.text, time.type])).toEqual([
      ['1997', 'year'],
      ['this year', 'relative'],
      ['Dec. 2', 'date'],
      ['within 90 days', 'duration']
    ])
  })

  it('keeps spans equal to the input at their offsets', () => {
    const text = 'On **Friday**, Dec. 2,\nthree decades ago — in 2024 — last year’s memo.'
    for (const time of times(text)) {
      expect(text.slice(time.position.start.offset, time.position.end.offset)).toBe(time.text)
    }
  })

  it('leaves the end of a range to the quantity (“3 to 5 years”), unless it dates something (“six to eight weeks ago”)', () => {
    // (Were durations “5 years” and “15 months”.)
    expect(times('It took 3 to 5 years.')).toEqual([])
    expect(times('It took between 3 and 5 years.')).toEqual([])
    expect(times('Talks lasted 3-5 days.')).toEqual([])
    expect(one('He left six to eight weeks ago.')).toMatchObject({text: 'eight weeks ago', type: 'relative', duration: 'P8W'})
    expect(one('He faces up to 5 years in prison.')).toMatchObject({text: 'up to 5 years', type: 'duration', duration: 'P5Y'})
  })

  it('ignores an unreadable publication date', () => {
    expect(one('this year', 'not a date')).toMatchObject({value: null})
  })

  it('survives long adversarial runs linearly', () => {
    expect(times('Dec. '.repeat(20_000) + '2')).toHaveLength(1)
    expect(times('three decades '.repeat(10_000) + 'ago')).toHaveLength(10_000)
    expect(times('1'.repeat(100_000))).toEqual([])
    expect(times('last '.repeat(20_000) + 'year')).toHaveLength(1)
  })
})
