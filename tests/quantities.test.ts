import {describe, expect, it} from 'vitest'
import {findQuantities} from '../src/claims/quantities.js'
import {createLocation} from '../src/parse/location.js'
import type {Quantity} from '../src/schema.js'

/** Quantities of a whole string. */
function quantities(text: string): Quantity[] {
  return findQuantities(text, 0, text.length, createLocation(text))
}

/** The one quantity of a string (fails when there is not exactly one). */
function one(text: string): Quantity {
  const found = quantities(text)
  expect(found.map((quantity) => quantity.text)).toHaveLength(1)
  return found[0]!
}

describe('findQuantities', () => {
  it('reads “nearly 2,000 people” as at most 2,000 (inclusive), approximate, counting people', () => {
    const quantity = one('In 2024, nearly 2,000 people were killed by land mines.')
    expect(quantity).toMatchObject({
      text: 'nearly 2,000 people',
      value: 2000,
      lower: null,
      upper: {value: 2000, inclusive: true},
      unit: 'count',
      currency: null,
      noun: 'people',
      approximate: true,
      vague: false
    })
  })

  it('reads no amount in an age set off by commas after a name (“Linda Perez, 61, created …”)', () => {
    // (Was the quantity 61, a count of nothing.)
    expect(quantities('Linda Perez, 61, created fake vendor accounts.')).toEqual([])
    expect(quantities('The suspect was John Smith, 45.')).toEqual([])
    // (And in parentheses: were counts 68, 69 and 74 of nothing.)
    expect(quantities('Clinton (68), Trump (69) and Sanders (74) are among the oldest.')).toEqual([])
    expect(one('Texas (155 delegates) voted.').noun).toBe('delegates')
    // (Numbers that count something, or a list of them, stay.)
    expect(quantities('In Ohio, 45 people died.').map((quantity) => quantity.text)).toEqual(['45 people'])
    expect(quantities('Sales rose in March, 12, 14 and 16 percent.').map((quantity) => quantity.text)).toEqual(['12', '14', '16 percent'])
  })

  it('finds the noun of a single thing past its adjectives, not a plural or a participle after it (“one small subset”, “One ranking pegs”, “one Republican chamber”)', () => {
    // (Were “small”, “pegs”, “activists”, “Republican”, “soliciting”, “along”, “monthly”.)
    expect(one('It focuses on one small subset of duties.')).toMatchObject({text: 'one small subset', noun: 'subset'})
    expect(one('One ranking pegs the tycoon as the richest.')).toMatchObject({text: 'One ranking', noun: 'ranking'})
    expect(one('In one case Internet activists criticized it.')).toMatchObject({noun: 'case'})
    expect(one('The state has one Republican chamber.')).toMatchObject({noun: 'chamber'})
    expect(one('He took questions, including one soliciting his views.')).toMatchObject({text: 'one', noun: null})
    expect(one('He can build one along the border.')).toMatchObject({text: 'one', noun: null})
    expect(one('It provides a fifth of its monthly income.')).toMatchObject({noun: 'income'})
    // (A capitalised word before a verb stays the noun; plurals after other numbers stay.)
    expect(one('One American died.')).toMatchObject({noun: 'American'})
    expect(one('It hired three new staffers.')).toMatchObject({noun: 'staffers'})
  })

  it('reads the noun of an ordinal past a name that qualifies it (“a third Obama term”, “the second CIA officer”), not past a verb or a numbered head', () => {
    // (Were “Obama”, “CIA”, “TV”.)
    expect(one('It would be a third Obama term.')).toMatchObject({text: 'third Obama term', noun: 'term'})
    expect(one('He was the second CIA officer there.')).toMatchObject({noun: 'officer'})
    expect(one('It is her first TV ad.')).toMatchObject({noun: 'ad'})
    expect(one('She was the first Latina to win.')).toMatchObject({noun: 'Latina'})
    expect(one('Voters in the 19th District deserve better.')).toMatchObject({noun: 'District'})
  })

  it('reads no ordinal in a title or set phrase with “first” (“the first lady”, “first responders”)', () => {
    // (Were ordinals 1 of “lady” and “responders”.)
    expect(quantities('She served as the state’s first lady.')).toEqual([])
    expect(quantities('He thanked first responders.')).toEqual([])
    expect(one('She was the first woman nominated.')).toMatchObject({unit: 'ordinal', value: 1, noun: 'woman'})
  })

  it('reads no ordinal in a set phrase (“the first dude”, “a second look”, “the Third World”) nor in “first” before a past verb (“when they first met”)', () => {
    // (Were ordinals 1, 2 and 3.)
    expect(quantities('Bill Clinton would be the first dude.')).toEqual([])
    expect(quantities('Voters will give Sanders a second look.')).toEqual([])
    expect(quantities('She had second thoughts about it.')).toEqual([])
    expect(quantities('aid to the third world')).toEqual([])
    expect(quantities('She watched her first lady’s speech.')).toEqual([])
    expect(quantities('It was when they first met in 1990.')).toEqual([])
    expect(quantities('He first came to Iowa as a senator.')).toEqual([])
    // (A rank stays one.)
    expect(one('He took a second look at the third-place finish.')).toMatchObject({text: 'third-place finish', value: 3})
    expect(one('She was the first woman who met the pope.')).toMatchObject({value: 1, noun: 'woman'})
  })

  it('reads no ordinal in the name of a street or an amendment (“the 5th Street Gym”, “the 13th Amendment”, “the second amendment”)', () => {
    // (Were ordinals 5, 13, 2 and 36.)
    expect(quantities('He trained at the 5th Street Gym in Miami.')).toEqual([])
    expect(quantities('It violates the 13th Amendment.')).toEqual([])
    expect(quantities('Clinton would abolish the second amendment.')).toEqual([])
    expect(quantities('They met on West 36th Street.')).toEqual([])
    // (A district or a rank stays one.)
    expect(one('Voters in the 19th District deserve better.')).toMatchObject({value: 19})
    expect(one('He would be the 45th President.')).toMatchObject({value: 45})
  })

  it('reads no percentage in “100 percent” said for emphasis (“100 percent American”, “supports Trump 100 percent”)', () => {
    // (Were percentages 100 of nothing.)
    expect(quantities('Her son was 100 percent American.')).toEqual([])
    expect(quantities('It was “100 percent committed to an open process.”')).toEqual([])
    expect(quantities('I am 100% convinced that you cannot win.')).toEqual([])
    expect(quantities('He supports Donald Trump 100 percent, he said.')).toEqual([])
    expect(quantities('Ted Cruz is now agreeing with me 100 percent.')).toEqual([])
    expect(quantities('Yeah, 100 percent.')).toEqual([])
    expect(quantities('those who were not always 100 percent in his corner')).toEqual([])
    // (A share of something, a change or a rate stays one.)
    expect(one('with 100 percent of precincts reporting').value).toBe(100)
    expect(one('Insurance covered 100 percent.').value).toBe(100)
    expect(one('Sales rose 100 percent last year.').value).toBe(100)
    expect(one('a 100 percent tariff on cars').value).toBe(100)
    expect(one('The plan is 100 percent renewable.').value).toBe(100)
  })

  it('counts nothing in a title (“the movie 13 Hours”, “60 Minutes”)', () => {
    // (Once the title was no time, it was a count of “Hours”.)
    expect(quantities('The movie 13 Hours by Michael Bay opened.')).toEqual([])
    expect(quantities("She spoke on CBS' ''60 Minutes.''")).toEqual([])
  })

  it('counts the noun a collective noun modifies (“40 police officers”), and the collective alone', () => {
    // (Were counts of “police” and “staff”.)
    expect(one('The budget adds 40 police officers.')).toMatchObject({value: 40, noun: 'officers'})
    expect(one('Two Forbes staff members left.')).toMatchObject({value: 2, noun: 'members'})
    expect(one('About 300 police were deployed.')).toMatchObject({value: 300, noun: 'police'})
  })

  it('reads milligrams, micrograms and milliliters as measures (“a 300-milligram limit”, “500 mg”)', () => {
    // (Were counts of nothing.)
    expect(one('The guidelines dropped their 300-milligram daily cholesterol limit.')).toMatchObject({value: 300, unit: 'measure', noun: 'milligram'})
    expect(one('Each pill has 500 mg of acetaminophen.')).toMatchObject({value: 500, unit: 'measure', noun: 'mg'})
  })

  it('reads a value below zero (“minus 20 degrees Fahrenheit”, “-0.3%”, “−20°C”), not a hyphen’s number', () => {
    // (Were 20, 0.3 and 20.)
    expect(one('Temperatures will fall to minus 20 degrees Fahrenheit.')).toMatchObject({text: 'minus 20 degrees Fahrenheit', value: -20, unit: 'measure'})
    expect(one('Growth was -0.3% in the quarter.')).toMatchObject({text: '-0.3%', value: -0.3, unit: 'percent'})
    expect(one('It was −20°C overnight.')).toMatchObject({text: '−20°C', value: -20})
    expect(one('COVID-19 killed 20 people.')).toMatchObject({text: '20 people', value: 20})
    expect(quantities('The score was 3 - 2.').map((quantity) => quantity.value)).toEqual([3, 2])
    // (A margin is no negative value, nor is a list’s dash.)
    expect(one('The margin of error is plus or minus 3.4 percentage points.')).toMatchObject({value: 3.4})
    expect(one('-One poll showed a tie.')).toMatchObject({text: 'One poll', value: 1})
  })

  it('reads “More than 160 countries” as above 160 (exclusive)', () => {
    expect(one('More than 160 countries, though not the United States, signed a treaty.')).toMatchObject({
      text: 'More than 160 countries',
      value: 160,
      lower: {value: 160, inclusive: false},
      upper: null,
      noun: 'countries',
      approximate: false
    })
  })

  it('reads “tens of thousands of mines” as vague, 10,000–99,999', () => {
    expect(one('Ukraine has used tens of thousands of mines.')).toMatchObject({
      text: 'tens of thousands of mines',
      value: null,
      lower: {value: 10_000, inclusive: true},
      upper: {value: 99_999, inclusive: true},
      noun: 'mines',
      vague: true
    })
  })

  it.each([
    ['almost 50 soldiers', {upper: {value: 50, inclusive: true}, approximate: true}],
    ['up to 30 cars', {upper: {value: 30, inclusive: true}, approximate: false}],
    ['at most 7 cars', {upper: {value: 7, inclusive: true}}],
    ['no more than 12 ships', {upper: {value: 12, inclusive: true}, lower: null}],
    ['fewer than 10 people', {upper: {value: 10, inclusive: false}}],
    ['less than 5 percent', {upper: {value: 5, inclusive: false}, unit: 'percent'}],
    ['under 300 troops', {upper: {value: 300, inclusive: false}}],
    ['over 300 troops', {lower: {value: 300, inclusive: false}}],
    ['at least 5 people', {lower: {value: 5, inclusive: true}}],
    ['no fewer than 3 judges', {lower: {value: 3, inclusive: true}}],
    ['in excess of 40 tons', {lower: {value: 40, inclusive: false}, unit: 'measure', noun: 'tons'}],
    ['as many as 900 homes', {upper: {value: 900, inclusive: true}}],
    ['about 100 votes', {lower: null, upper: null, approximate: true}],
    ['around 100 votes', {approximate: true}],
    ['roughly 100 votes', {approximate: true}],
    ['some 2,000 refugees', {approximate: true, noun: 'refugees'}],
    ['an estimated 40,000 people', {approximate: true, value: 40_000}],
    ['exactly 435 seats', {lower: {value: 435, inclusive: true}, upper: {value: 435, inclusive: true}}],
    ['2,000 or more people', {lower: {value: 2000, inclusive: true}, noun: 'people'}],
    ['500+ deaths', {lower: {value: 500, inclusive: true}, noun: 'deaths'}],
    ['2,000-plus', {lower: {value: 2000, inclusive: true}}]
  ])('reads the bound of %j', (text, expected) => {
    expect(one(text)).toMatchObject({text, ...expected})
  })

  it.each([
    ['24 percent', 24],
    ['24%', 24],
    ['3.5 per cent', 3.5],
    ['0.5 percentage points', 0.5]
  ])('reads %j as a percentage', (text, value) => {
    expect(one(text)).toMatchObject({text, value, unit: 'percent'})
  })

  it('reads “a 10 percentage-point lead” as percentage points, hyphen and all', () => {
    // (Was a count 10 of nothing.)
    expect(one('Mr. Cruz had a 10 percentage-point lead.')).toMatchObject({text: '10 percentage-point', value: 10, unit: 'percent', noun: 'percentage point'})
  })

  it('keeps what a percentage is of', () => {
    expect(one('up to 30 percent of voters')).toMatchObject({noun: 'voters', upper: {value: 30, inclusive: true}})
  })

  it('skips possessives and names before the noun', () => {
    expect(one('5% of Ohio’s voters')).toMatchObject({text: '5% of Ohio’s voters', noun: 'voters'})
    expect(one('less than a quarter of Hillary Clinton’s donors')).toMatchObject({noun: 'donors', upper: {value: 25, inclusive: false}})
  })

  it.each([
    ['$1.2 billion', 1.2e9, 'USD'],
    ['$500', 500, 'USD'],
    ['US$5m', 5e6, 'USD'],
    ['€30 million', 3e7, 'EUR'],
    ['£2bn', 2e9, 'GBP'],
    ['5 million dollars', 5e6, 'USD'],
    ['half a million dollars', 5e5, 'USD'],
    ['50 cents', 0.5, 'USD'],
    // (Were no amount.)
    ['50p', 0.5, 'GBP'],
    ['5p a litre', 0.05, 'GBP'],
    // (Were counts of “soles”, “rand”.)
    ['500 million soles', 5e8, 'PEN'],
    ['58 billion rand', 5.8e10, 'ZAR']
  ])('reads %j as money', (text, value, currency) => {
    expect(one(text)).toMatchObject({text, value, unit: 'money', currency})
  })

  it.each([
    ['between 10 and 20 people', 10, 20, 'people'],
    ['10-20 soldiers', 10, 20, 'soldiers'],
    ['10–20 soldiers', 10, 20, 'soldiers'],
    ['5,000 to 10,000 troops', 5000, 10_000, 'troops'],
    ['between 2 and 3 million people', 2e6, 3e6, 'people'],
    ['$10 to $20', 10, 20, null]
  ])('reads %j as a range', (text, lower, upper, noun) => {
    expect(one(text)).toMatchObject({
      text,
      value: null,
      lower: {value: lower, inclusive: true},
      upper: {value: upper, inclusive: true},
      noun
    })
  })

  it('reads a range after “between” with a currency, the scale of the second applying to the first', () => {
    expect(one('The bill costs between $50 and $60 million.')).toMatchObject({
      text: 'between $50 and $60 million',
      value: null,
      lower: {value: 50_000_000, inclusive: true},
      upper: {value: 60_000_000, inclusive: true},
      unit: 'money',
      currency: 'USD'
    })
  })

  it.each([
    ['Roughly one in four adults smoked.', 'Roughly one in four adults', 25, 'adults', true],
    ['Nine out of 10 voters agreed.', 'Nine out of 10 voters', 90, 'voters', false],
    ['About 1 in 5 said no.', 'About 1 in 5', 20, null, true]
  ])('reads the share %j as a percentage', (text, span, value, noun, approximate) => {
    expect(one(text)).toMatchObject({text: span, value, unit: 'percent', noun, approximate})
  })

  it('reads a change by a share (“by a third”, “in half”) as a percentage, but “a third term” as an ordinal', () => {
    expect(one('Crime dropped by a third since then.')).toMatchObject({text: 'a third', value: 33.33, unit: 'percent'})
    expect(one('The budget was cut in half.')).toMatchObject({text: 'half', value: 50, unit: 'percent'})
    expect(one('Obama won a third term.')).toMatchObject({value: 3, unit: 'ordinal', noun: 'term'})
  })

  it('reads a unit joined to its number by a hyphen (“a 14-point lead”, “a 24-year-old man”) as a measure', () => {
    // (Were a count of nothing: “14”, “24”.)
    expect(one('Trump holds a 14-point lead.')).toMatchObject({text: '14-point', value: 14, unit: 'measure', noun: 'point'})
    expect(one('A 24-year-old man was charged.')).toMatchObject({text: '24-year-old', value: 24, unit: 'measure', noun: 'years old'})
    expect(one('The council built a 60-foot wall.')).toMatchObject({text: '60-foot', unit: 'measure', noun: 'foot'})
    expect(one('The UN received the 95-page report.')).toMatchObject({text: '95-page', noun: 'page'})
    // (Not a score or a word that is no unit: “ruled 5-4” is two counts, below.)
    expect(quantities('The court ruled 5-4 in June.').map((quantity) => [quantity.value, quantity.unit])).toEqual([
      [5, 'count'],
      [4, 'count']
    ])
  })

  it('counts the noun a number is glued to by a hyphen in a compound modifier (“a 50-state strategy”, “an 18-hole course”)', () => {
    // (Were a count of nothing: “50”, “18”.)
    expect(one('Clinton was committed to a 50-state strategy.')).toMatchObject({text: '50-state', value: 50, unit: 'count', noun: 'state'})
    expect(one('They built an 18-hole course.')).toMatchObject({text: '18-hole', value: 18, unit: 'count', noun: 'hole'})
    expect(one('He wrote a nearly 3,000-word essay.')).toMatchObject({text: 'nearly 3,000-word', value: 3000, noun: 'word', approximate: true})
    expect(one('He shares his 140-character insights.')).toMatchObject({text: '140-character', value: 140, unit: 'count', noun: 'character'})
    // (A purity or a bore is a measure: “24-karat”, “45-caliber”.)
    expect(one('The faucets are 24-karat gold.')).toMatchObject({text: '24-karat', unit: 'measure', noun: 'karat'})
    expect(one('He carried a 45-caliber pistol.')).toMatchObject({text: '45-caliber', unit: 'measure', noun: 'caliber'})
    // (Not a plural, a function word or a word that is no noun: a tie, “50-plus”, “600-strong”.)
    expect(quantities('A 4-to-4 tie stood.').map((quantity) => quantity.noun)).toEqual([null, null])
    expect(one('A 600-strong crowd cheered.').noun).toBeNull()
  })

  it('counts no “one” in a kin relation or against “another” (“the nephew of one president and the cousin of another”)', () => {
    // (Were “one president”, “one New York”, “one kind”: counts of 1.)
    expect(quantities('Billy Bush, the nephew of one president and the cousin of another, is joining the show.')).toEqual([])
    expect(quantities('Chris Cuomo, the son of one New York governor and the brother of another, is on CNN.')).toEqual([])
    expect(quantities('Outsiders of one kind or another had the wind at their backs.')).toEqual([])
    // (A count of one stays, and so do shares and parts.)
    expect(one('The support of one senator was enough.')).toMatchObject({text: 'one senator', value: 1, noun: 'senator'})
    expect(one('One in five voters is undecided.')).toMatchObject({value: 20, unit: 'percent', noun: 'voters'})
    expect(one('One of the five senators voted no.')).toMatchObject({text: 'five senators', value: 5})
  })

  it('reads no amount in “4” for “for” in a slogan between capitalised words (“Hispanics 4 Trump”)', () => {
    // (Was a count 4 of nothing.)
    expect(quantities('He held up a sign that read Hispanics 4 Trump and waved it.')).toEqual([])
    // (A plural after it is counted; a plain “4” stays.)
    expect(one('Trump Wins 4 States').noun).toBe('States')
    expect(one('Jeb Bush has 4 now.').value).toBe(4)
  })

  it('reads no amount in a bare number after a possessive that counts nothing (“his 757 jet”, “said his 757 was”)', () => {
    // (Was a count 757 of nothing: an aircraft model.)
    expect(quantities('He flew to Ohio on his 757 jet.')).toEqual([])
    expect(quantities('Mr. Trump said his 757 was a truly great aircraft.')).toEqual([])
    // (What it counts, an amount with commas or a small number stay.)
    expect(one('Republicans kept their 247 seats.').noun).toBe('seats')
    expect(one('Her 2,203 (to the rest) are a majority.').value).toBe(2203)
  })

  it('reads no amount in a bare number after “the” that a verb follows (“the 757 might seem”, “Using the 757 does not help”)', () => {
    // (Was a count 757 of nothing: an aircraft model.)
    expect(quantities('While the 757 might seem an odd choice, he likes it.')).toEqual([])
    expect(quantities('Using the 757 does not help keep costs down.')).toEqual([])
    // (A number the verb counts, or one counted, stays.)
    expect(one('He got the 270 needed to win.').value).toBe(270)
    expect(one('the 435 seats are up').noun).toBe('seats')
    expect(one('Of those, the 180 were enough.').value).toBe(180)
  })

  it('reads no ordinal in a company’s name (“21st Century Fox”)', () => {
    // (Was the ordinal 21 of “Century”.)
    expect(quantities('Mr. Murdoch elevated them to top jobs at 21st Century Fox and its sibling.')).toEqual([])
    // (The ordinal of a lowercase noun stays.)
    expect(one('It was the 21st straight month.')).toMatchObject({value: 21, unit: 'ordinal', noun: 'month'})
  })

  it('finds the head noun up to five words after the amount (“12 Grand Slam singles titles”, “33% of national Republican primary voters”)', () => {
    // (Were “singles”, “primary”: the search stopped after three words.)
    expect(one('He won 12 Grand Slam singles titles.')).toMatchObject({text: '12 Grand Slam singles titles', noun: 'titles'})
    expect(one('Trump led with 33% of national Republican primary voters.')).toMatchObject({noun: 'voters'})
    expect(one('It was 1.08 percent of Germany’s gross domestic product.').noun).toBe('product')
    // (Not past a word that heads no compound, to a verb: “far surpasses”.)
    expect(one('His 70 percent job-approval rating far surpasses hers.')).toMatchObject({text: '70 percent job-approval rating', noun: 'rating'})
  })

  it('reads no amount in a radio station’s band and frequency (“AM 970”, “FM 101.1”)', () => {
    // (Were counts 970 and 101.1 of nothing.)
    expect(quantities('It aired on New York’s AM 970 The Answer.')).toEqual([])
    expect(quantities('He spoke on WABC FM 101.1 today.')).toEqual([])
  })

  it('reads no amount in a number glued to an underscore (“@Musliiiiimah_1”)', () => {
    // (Was a count 1 of nothing.)
    expect(quantities('It includes accounts like @Musliiiiimah_1. In a message')).toEqual([])
    expect(quantities('See report_2 now.')).toEqual([])
  })

  it('reads a bare number after “turned” as an age (“when they turned 18”, “turns 70 on Tuesday”)', () => {
    // (Were counts of nothing.)
    expect(one('It applies regardless of when they turned 18.')).toMatchObject({text: '18', value: 18, unit: 'measure', noun: 'years old'})
    expect(one('Trump turns 70, a look back.')).toMatchObject({value: 70, unit: 'measure', noun: 'years old'})
    // (What it counts or a share stays.)
    expect(one('The page turned 40 pages.')).toMatchObject({unit: 'count', noun: 'pages'})
    expect(one('Shares turned 5 percent higher.').unit).toBe('percent')
  })

  it('reads two close numbers joined by “or” as one range (“four or five people”, “17 or 18 percent”)', () => {
    // (Were two amounts: “four” counting nothing, then “five people”.)
    expect(one('She was in that group of four or five people.')).toMatchObject({
      text: 'four or five people',
      value: null,
      lower: {value: 4, inclusive: true},
      upper: {value: 5, inclusive: true},
      unit: 'count',
      noun: 'people'
    })
    expect(one('The rate would be 17 or 18 percent.')).toMatchObject({unit: 'percent', lower: {value: 17, inclusive: true}, upper: {value: 18, inclusive: true}})
    expect(one('It cost 2 or 3 million dollars.')).toMatchObject({unit: 'money', lower: {value: 2_000_000, inclusive: true}, upper: {value: 3_000_000, inclusive: true}})
    expect(one('He made one or two big ideas central.')).toMatchObject({text: 'one or two big ideas', noun: 'ideas'})
    // (Not numbers far apart, nor “one” before a time: “one or two days later”.)
    expect(quantities('Between 1 or 100 cases were seen.').map((quantity) => quantity.text)).toEqual(['1', '100 cases'])
    expect(quantities('And then one or two days later they change their minds.')).toEqual([])
    expect(quantities('He approached Corker three or four months ago.')).toEqual([])
    expect(quantities('It happened 40 or 50 years ago, he said.')).toEqual([])
    expect(one('They need 5 or more votes.').lower).toEqual({value: 5, inclusive: true})
  })

  it('reads “a couple of hundred” as vague, as “a couple hundred” is', () => {
    // (Was “hundred Marines”, exactly 100.)
    expect(one('They put a couple of hundred Marines there.')).toMatchObject({
      text: 'a couple of hundred Marines',
      value: null,
      lower: {value: 200, inclusive: true},
      upper: {value: 999, inclusive: true},
      noun: 'Marines',
      vague: true
    })
    expect(one('They put a couple hundred Marines there.').lower).toEqual({value: 200, inclusive: true})
    expect(quantities('He met a couple of people.')).toEqual([])
  })

  it('gives a part of a group the noun of the group (“three of the victims”, “all 40 of the state’s delegates”)', () => {
    // (Were counts of nothing.)
    expect(quantities('Three of the victims died.').map((quantity) => [quantity.text, quantity.noun])).toEqual([['Three', 'victims']])
    expect(quantities('That gets him all 40 of the state’s delegates.').map((quantity) => [quantity.text, quantity.noun])).toEqual([['40', 'delegates']])
    expect(quantities('Cruz won four of the six delegates at stake.').map((quantity) => quantity.noun)).toEqual(['delegates', 'delegates'])
    // (Not “one of”, which is no count.)
    expect(quantities('He is one of the victims.')).toEqual([])
  })

  it('reads no amount in a number named lowercase (“channel 125”, “precinct 78”), but counts after a verb (“building 20 homes”)', () => {
    // (Were counts 125 and 78 of nothing.)
    expect(quantities('Listen on Sirius XM Patriot channel 125 from 6AM.')).toEqual([])
    expect(quantities('An organizer at a field office in precinct 78 spoke.')).toEqual([])
    expect(quantities('They are building 20 homes.').map((quantity) => quantity.text)).toEqual(['20 homes'])
  })

  it('reads a height in feet and inches (“5-foot-11”, “6 feet 2 inches”) as one length in inches', () => {
    // (Was “5-foot”, 5 feet, with the inches lost; or two lengths.)
    expect(one('The suspect, 5-foot-11, fled.')).toMatchObject({text: '5-foot-11', value: 71, unit: 'measure', noun: 'inches'})
    expect(one('He is 6 feet 2 inches tall.')).toMatchObject({text: '6 feet 2 inches', value: 74, noun: 'inches'})
    // (Twelve inches or more is no height’s remainder.)
    expect(quantities('The fence is 6 feet 20 inches.').map((quantity) => quantity.text)).toEqual(['6 feet', '20 inches'])
    expect(one('The wall is 10 feet high.')).toMatchObject({value: 10, noun: 'feet'})
  })

  it('reads pounds as sterling after a scale word, near a money word or before a rate, and as weight otherwise', () => {
    // (Were all weights.)
    const read = (text: string) => quantities(text).map((quantity) => [quantity.text, quantity.unit, quantity.currency])
    expect(read('It fixes a 22 billion pound black hole.')).toEqual([['22 billion pound', 'money', 'GBP']])
    expect(read('The payment is worth up to 300 pounds.')).toEqual([['up to 300 pounds', 'money', 'GBP']])
    expect(read('It costs 300 pounds a year.')).toEqual([['300 pounds a year', 'money', 'GBP']])
    expect(read('The man weighs 200 pounds.')).toEqual([['200 pounds', 'measure', null]])
    expect(read('He lost 30 pounds.')).toEqual([['30 pounds', 'measure', null]])
  })

  it('reads a whole number and a fraction as one amount (“1 1/2 miles”, “2½ percent”), not a date or a score', () => {
    // (Were “1”, a count, and no fraction.)
    expect(one('The trail runs 1 1/2 miles.')).toMatchObject({text: '1 1/2 miles', value: 1.5, unit: 'measure', noun: 'miles'})
    expect(one('Rates rose 2½ percent.')).toMatchObject({text: '2½ percent', value: 2.5, unit: 'percent'})
    expect(one('About 2 1/2 million people left.')).toMatchObject({value: 2_500_000, noun: 'people'})
    // (A fraction that is no part of one: a date, or a numerator not below its denominator.)
    expect(quantities('He won 3 5/4 games.').map((quantity) => quantity.value)).not.toContain(3.25)
    expect(quantities('Polls closed at 8 on 11/8/2016.').map((quantity) => quantity.value)).toEqual([8])
  })

  it('reads a rate (“24 deaths per 100,000 people”) as one quantity whose noun holds the denominator', () => {
    // (Were two counts, the second “100,000 people”, which counts no one.)
    expect(one('The rate fell to roughly 24 deaths per 100,000 people.')).toMatchObject({
      text: 'roughly 24 deaths per 100,000 people',
      value: 24,
      unit: 'count',
      noun: 'deaths per 100,000 people',
      approximate: true
    })
    expect(one('There were 5.2 cases per 1,000 residents.')).toMatchObject({value: 5.2, noun: 'cases per 1,000 residents'})
    // (“per” before no number stays out.)
    expect(one('Prices rose 3% per year.')).toMatchObject({text: '3%', noun: null})
  })

  it('reads money per a number or a scale word as one rate (“$2 per million tokens”, “$5 per 1,000 words”)', () => {
    // (Were “$2” and a count of a million tokens, which counts none.)
    expect(one('The model costs $2 per million tokens.')).toMatchObject({text: '$2 per million tokens', value: 2, unit: 'money', currency: 'USD', noun: 'per million tokens'})
    expect(one('Translators charge $5 per 1,000 words.')).toMatchObject({value: 5, unit: 'money', noun: 'per 1,000 words'})
    expect(one('There were 12 deaths per million people.')).toMatchObject({value: 12, unit: 'count', noun: 'deaths per million people'})
    // (“per” before a unit word that is no number stays as it was.)
    expect(one('She earned $1.78 per share.')).toMatchObject({noun: 'per share'})
  })

  it('reads no amount in a stock index’s or a ranking’s name (“the S&P 500”, “Fortune 500 companies”)', () => {
    // (Were counts of 500 and 100.)
    expect(quantities('Shares fell 8%, underperforming the S&P 500 index, which gained 3%.').map((quantity) => quantity.text)).toEqual(['8%', '3%'])
    expect(quantities('The Nasdaq 100 rose 1%.').map((quantity) => quantity.text)).toEqual(['1%'])
    expect(quantities('Fortune 500 companies hired 5,000 people.').map((quantity) => quantity.text)).toEqual(['5,000 people'])
    // (A change after the name stays.)
    expect(quantities('It helped lift the Nasdaq 1.2 percent this week.').map((quantity) => quantity.text)).toEqual(['1.2 percent'])
  })

  it('gives a part of a counted whole the whole’s noun (“412 of the 650 seats”)', () => {
    // (Was a count of nothing.)
    expect(quantities('Labour took 412 of the 650 seats.').map((quantity) => [quantity.text, quantity.noun])).toEqual([
      ['412', 'seats'],
      ['650 seats', 'seats']
    ])
  })

  it('reads a temperature (“0.26 C per decade”, “the 1.5C limit”, “15.91 degrees Celsius”) as a measure in degrees', () => {
    // (Were a count of nothing, nothing, and “degrees”.)
    const read = (text: string) => quantities(text).map((quantity) => [quantity.text, quantity.value, quantity.unit, quantity.noun])
    expect(read('Humans warm the planet at 0.26 C per decade.')).toEqual([['0.26 C', 0.26, 'measure', 'degrees Celsius']])
    expect(read('The 1.5C limit is near.')).toEqual([['1.5C', 1.5, 'measure', 'degrees Celsius']])
    expect(read('It was 15.91 degrees Celsius.')).toEqual([['15.91 degrees Celsius', 15.91, 'measure', 'degrees Celsius']])
    expect(read('It hit 104 °F.')).toEqual([['104 °F', 104, 'measure', 'degrees Fahrenheit']])
  })

  it('reads what an ordinal counts past a word of succession (“the 12th straight month”)', () => {
    // (Was “straight”.)
    expect(one('It was the 12th straight month of records.')).toMatchObject({text: '12th straight month', value: 12, unit: 'ordinal', noun: 'month'})
  })

  it('reads a person’s age stated alone (“He was 100.”) as a measure in years', () => {
    // (Was a count of nothing.)
    expect(one('He was 100.')).toMatchObject({text: '100', value: 100, unit: 'measure', noun: 'years old'})
    // (Not an amount of something else: “It was 100.”, “He was 5 when he left”.)
    expect(one('It was 100.')).toMatchObject({unit: 'count'})
    expect(one('He was 5 when he left.')).toMatchObject({unit: 'count'})
  })

  it('reads no ordinal in “first” before a verb (“as first reported by”, “was first elected in”)', () => {
    // (Were ordinals counting “reported”, “elected”.)
    expect(quantities('As first reported by Axios, the deal fell through.')).toEqual([])
    expect(quantities('He was first elected in the fall.')).toEqual([])
    expect(one('She was the first elected official to resign.')).toMatchObject({value: 1, unit: 'ordinal'})
  })

  it('reads a range with the unit on both ends (“cuts of 5% to 10%”) and after “ranging from”, not a poll’s tally or a change', () => {
    // (Were two percentages each, or two amounts: “from” made every pair a change.)
    expect(one('It includes cuts of 5% to 10% to some programs.')).toMatchObject({text: '5% to 10%', value: null, lower: {value: 5, inclusive: true}, upper: {value: 10, inclusive: true}, unit: 'percent'})
    expect(one('between 5 percent and 10 percent of voters')).toMatchObject({text: 'between 5 percent and 10 percent of voters', lower: {value: 5}, upper: {value: 10}, noun: 'voters'})
    expect(one('Estimates ranged from $50 billion to $100 billion.')).toMatchObject({text: '$50 billion to $100 billion', lower: {value: 50e9}, upper: {value: 100e9}, currency: 'USD'})
    expect(one('leads ranging from 2 to 9 percentage points')).toMatchObject({lower: {value: 2}, upper: {value: 9}, noun: 'percentage points'})
    // (A tally and a change stay two amounts.)
    expect(quantities('Voters disapprove 37 percent to 43 percent.').map((quantity) => quantity.text)).toEqual(['37 percent', '43 percent'])
    expect(quantities('It has a 42%-49% rating.').map((quantity) => quantity.text)).toEqual(['42%', '49% rating'])
    expect(quantities('Sales rose 2% to 3%.').map((quantity) => quantity.text)).toEqual(['2%', '3%'])
    expect(quantities('Support grew from 30% to 45%.').map((quantity) => quantity.text)).toEqual(['30%', '45%'])
  })

  it('reads the unit an amount is given per (“105 miles per hour”, “$1.78 per share”, “$3.10 a gallon”)', () => {
    // (The rate was dropped: “105 miles”, “$1.78”.)
    expect(one('Gusts of up to 105 miles per hour hit Tampa.')).toMatchObject({text: 'up to 105 miles per hour', value: 105, unit: 'measure', noun: 'miles per hour'})
    expect(one('She earned $1.78 per share.')).toMatchObject({text: '$1.78 per share', value: 1.78, unit: 'money', noun: 'per share'})
    expect(one('Gas rose to $3.10 a gallon.')).toMatchObject({text: '$3.10 a gallon', unit: 'money', noun: 'per gallon'})
    expect(one('Health spending was $14,570 per capita.')).toMatchObject({noun: 'per capita'})
    expect(one('There were 10,000 deaths per year.')).toMatchObject({text: '10,000 deaths per year', unit: 'count', noun: 'deaths per year'})
    // (And per a unit of time: “$15 an hour”, “$3.8 billion a year”.)
    expect(one('He makes $15 an hour.')).toMatchObject({text: '$15 an hour', noun: 'per hour'})
    expect(one('another $3.8 billion a year')).toMatchObject({text: '$3.8 billion a year', value: 3.8e9, noun: 'per year'})
    // (A share’s rate stays out, as “12 percent year over year” does.)
    expect(one('It grew 3 percent a year.')).toMatchObject({text: '3 percent', unit: 'percent', noun: null})
  })

  it('reads another country’s dollars (“10 Canadian dollars”, “Hong Kong dollars”) in its currency', () => {
    // (Were US dollars.)
    expect(one('about 1.7 billion Canadian dollars')).toMatchObject({value: 1.7e9, unit: 'money', currency: 'CAD', noun: null})
    expect(one('They paid 500 Hong Kong dollars.')).toMatchObject({text: '500 Hong Kong dollars', currency: 'HKD'})
    expect(one('He had 300 dollars.')).toMatchObject({currency: 'USD'})
  })

  it('reads no noun in a verb or adverb after a share (“40 percent chose”, “34% strongly”), and past a name before a plural (“71 percent of Sanders supporters”)', () => {
    // (Were the nouns “chose”, “strongly”, “supporting”, “roughly”, “Sanders”.)
    expect(one('In the poll, 40 percent chose Clinton.')).toMatchObject({text: '40 percent', noun: null})
    expect(one('Of them, 34% strongly agree.')).toMatchObject({text: '34%', noun: null})
    expect(one('with 13 percent supporting Trump')).toMatchObject({text: '13 percent', noun: null})
    expect(quantities('It released 15 percent of the roughly 54,000 pages.').map((quantity) => quantity.text)).toEqual(['15 percent', 'roughly 54,000 pages'])
    expect(one('71 percent of Sanders supporters')).toMatchObject({text: '71 percent of Sanders supporters', noun: 'supporters'})
    expect(one('They met five Sanders supporters.')).toMatchObject({noun: 'supporters'})
    // (Nouns stay: “the 15 percent polling threshold”, “a 49% rating”, “one family”.)
    expect(one('the 15 percent polling threshold')).toMatchObject({noun: 'threshold'})
    expect(one('It has a 49% rating.')).toMatchObject({noun: 'rating'})
    expect(one('One family left.')).toMatchObject({noun: 'family'})
  })

  it('reads an age bound without “aged” (“voters 45 and older”, “18 or younger”)', () => {
    // (Were counts of nothing.)
    expect(one('Among voters 45 and older, she led.')).toMatchObject({text: '45 and older', unit: 'measure', noun: 'years old', lower: {value: 45, inclusive: true}})
    expect(one('Those 18 or younger were excluded.')).toMatchObject({text: '18 or younger', upper: {value: 18, inclusive: true}})
    expect(one('He sold 500 and more.')).toMatchObject({text: '500', unit: 'count'})
  })

  it('reads the noun of an ordinal past its adjectives (“the first female president”, “the 9th Congressional District”)', () => {
    // (Were the nouns “female”, “presidential”, “Congressional”, “Democratic”.)
    expect(one('She would be the first female president.')).toMatchObject({text: 'first female president', value: 1, noun: 'president'})
    expect(one('It was the first presidential debate.')).toMatchObject({noun: 'debate'})
    expect(one('He won the 9th Congressional District.')).toMatchObject({text: '9th Congressional District', noun: 'District'})
    expect(one('It is the fifth Democratic presidential debate.')).toMatchObject({noun: 'debate'})
    // (An adjective used as a noun stays: “the first Republican to win”.)
    expect(one('He was the first Republican to win.')).toMatchObject({noun: 'Republican'})
  })

  it('reads what a part counts past a possessive before the whole (“23 of its 29 delegates”, “62 of the state’s 88 counties”)', () => {
    // (The parts counted nothing.)
    const read = (text: string) => quantities(text).map((quantity) => [quantity.text, quantity.noun])
    expect(read('He won 23 of its 29 delegates.')).toEqual([['23', 'delegates'], ['29 delegates', 'delegates']])
    expect(read("Smith carried 62 of the state's 88 counties.")).toEqual([['62', 'counties'], ['88 counties', 'counties']])
  })

  it('reads basis points as a unit of their own (“25 basis points”), not a count of points', () => {
    // (Was a count of “points”, a hundred times as large.)
    expect(one('The yield rose 25 basis points.')).toMatchObject({text: '25 basis points', value: 25, unit: 'measure', noun: 'basis points'})
    // (Was a count of nothing, “25”.)
    expect(one('Markets priced in the 25-basis-point cut.')).toMatchObject({text: '25-basis-point', value: 25, unit: 'measure', noun: 'basis points'})
  })

  it('reads the units of science news (“magnitude 7.1”, “an 8.0-magnitude quake”, “423.9 parts per million”, “3.5 ppm”)', () => {
    // (Were counts of nothing, and “parts per million” a count of parts and a million.)
    expect(quantities('A magnitude 7.1 earthquake and an 8.0-magnitude quake.').map((quantity) => [quantity.text, quantity.value, quantity.unit, quantity.noun])).toEqual([
      ['7.1', 7.1, 'measure', 'magnitude'],
      ['8.0-magnitude', 8, 'measure', 'magnitude']
    ])
    expect(one('Aftershocks of magnitude 5.0 or greater followed.')).toMatchObject({text: '5.0 or greater', lower: {value: 5, inclusive: true}, noun: 'magnitude'})
    expect(one('CO2 reached 423.9 parts per million.')).toMatchObject({text: '423.9 parts per million', value: 423.9, unit: 'measure', noun: 'parts per million'})
    expect(one('It rose by 3.5 ppm.')).toMatchObject({text: '3.5 ppm', unit: 'measure', noun: 'ppm'})
  })

  it('reads no ordinal in a fiscal quarter or half (“the third quarter of fiscal 2025”)', () => {
    // (Was the ordinal 3, counting “quarter”.)
    expect(quantities('Revenue for the third quarter of fiscal 2025 rose.')).toEqual([])
    expect(quantities('Cash flow in the first half of the 2025 fiscal year rose.')).toEqual([])
  })

  it('reads no currency in a name (“10 Rand Paul supporters”)', () => {
    expect(quantities('He met 10 Rand Paul supporters.').map((quantity) => quantity.unit)).toEqual(['count'])
  })

  it('reads no pence in a resolution or a clock time (“1080p”, “3p.m.”)', () => {
    expect(quantities('It streams in 1080p.')).toEqual([])
    expect(quantities('At 3p.m. it rose.')).toEqual([])
  })

  it('reads no amount in a name made of a number (“net zero”, “first-time buyers”)', () => {
    // (Were a count 0 and an ordinal 1.)
    expect(quantities('Emissions must reach net zero by 2050.')).toEqual([])
    expect(quantities('First-time buyers bought a home.')).toEqual([])
    expect(one('Emissions fell to zero.')).toMatchObject({value: 0})
  })

  it('reads no noun in a verb in “-s” or an adverb after an amount (“22% goes”, “55 percent now”, “6% overnight”)', () => {
    // (Were the nouns “goes”, “remains”, “now”, “overnight”, “gives”.)
    expect(one('Of the rest, 22% goes to Cruz.')).toMatchObject({text: '22%', noun: null})
    expect(one('roughly a third of the electorate remains undecided')).toMatchObject({noun: 'electorate'})
    expect(one('His 32% support gives him a lead.')).toMatchObject({text: '32% support', noun: 'support'})
    expect(one('It is 55 percent now.')).toMatchObject({noun: null})
    expect(one('It rose as much as 6% overnight.')).toMatchObject({text: 'as much as 6%', noun: null})
  })

  it('reads the count after an ordinal, not the ordinal (“the first two debates”, “the first 100 days”)', () => {
    // (Were ordinals counting “two” and nothing; “two debates” was lost.)
    expect(one('She won the first two debates.')).toMatchObject({text: 'two debates', value: 2, unit: 'count', noun: 'debates'})
    expect(one('in the first 100 rows')).toMatchObject({text: '100 rows', value: 100, unit: 'count'})
    expect(one('The first one was best.')).toMatchObject({value: 1, unit: 'ordinal'})
  })

  it('reads what a share counts past its adjectives (“7% of global turnover”, “one local woman”)', () => {
    // (Were “global”, “local”.)
    expect(one('Fines can reach 7% of global turnover.')).toMatchObject({text: '7% of global turnover', noun: 'turnover'})
    expect(one('It is about two-thirds of domestic economic activity.')).toMatchObject({noun: 'activity'})
    expect(one('One local woman sued.')).toMatchObject({value: 1, noun: 'woman'})
    // (And past a noun modifying the next: was “tax”, “unemployment”, “gross”.)
    expect(one('The town lost a quarter of its tax revenue.')).toMatchObject({noun: 'revenue'})
    expect(one('It had a 5 percent unemployment rate.')).toMatchObject({noun: 'rate'})
    expect(one('The deficit was 2.5 percent of gross domestic product.')).toMatchObject({noun: 'product'})
    expect(one('Half of the money raised went to ads.')).toMatchObject({noun: 'money'})
  })

  it('reads no count in “in one fell swoop”', () => {
    // (Was the count 1 of “fell”.)
    expect(quantities('In one fell swoop, the majority gives itself exclusive power.')).toEqual([])
  })

  it('reads a tally (“voted 52-48”, “a 7-7 vote”) as two counts, not a range with its second count lost', () => {
    // (Was 52 alone, “-48” glued to it; and “7-7” a range from 7 to 7.)
    const values = (text: string) => quantities(text).map((quantity) => [quantity.text, quantity.value])
    expect(values('The Senate voted 52-48 to confirm her.')).toEqual([
      ['52', 52],
      ['48', 48]
    ])
    expect(values('The House passed it 215-214.')).toEqual([
      ['215', 215],
      ['214', 214]
    ])
    expect(values('The court upheld it by a 6-3 margin.')).toEqual([
      ['6', 6],
      ['3', 3]
    ])
    expect(values('The committee split in a 7-7 vote.')).toEqual([
      ['7', 7],
      ['7', 7]
    ])
    expect(values('Clinton ties former Fla. Gov. Jeb Bush at 41-41.')).toEqual([
      ['41', 41],
      ['41', 41]
    ])
    // (A range goes up; a dash with no tally word, a phone number and a share stay as they were.)
    expect(one('Between 10-15 people were hurt.')).toMatchObject({lower: {value: 10}, upper: {value: 15}})
    expect(one('The Senate voted 10-20 times on it.')).toMatchObject({lower: {value: 10}, upper: {value: 20}, noun: 'times'})
    expect(one('The network runs 24-7.')).toMatchObject({value: 24})
    // (Both counts of a tally in percent are shares.)
    expect(quantities('Voters backed it 52-48 percent.').map((quantity) => [quantity.value, quantity.unit])).toEqual([
      [52, 'percent'],
      [48, 'percent']
    ])
  })

  it('reads an approximated change by a share (“by nearly a third”) with its bound, and a share “of” something with its noun', () => {
    // (Was the ordinal 3, and “a quarter” with no noun.)
    expect(one('Walking cuts the risk by nearly a third.')).toMatchObject({
      text: 'nearly a third',
      value: 33.33,
      unit: 'percent',
      upper: {value: 33.33, inclusive: true}
    })
    expect(one('Sales fell by more than a third.')).toMatchObject({text: 'more than a third', lower: {value: 33.33, inclusive: false}})
    expect(one('Cruz pulled in a quarter of the electorate.')).toMatchObject({text: 'a quarter of the electorate', value: 25, noun: 'electorate'})
  })

  it('reads a fraction of a percentage point as points, not a share', () => {
    // (Was a quarter: 25 percent with no noun; the others nothing.)
    const points = {unit: 'percent', noun: 'percentage point'}
    expect(one('The Fed cut rates by a quarter of a percentage point.')).toMatchObject({text: 'a quarter of a percentage point', value: 0.25, ...points})
    expect(one('They expect to cut by half a percentage point.')).toMatchObject({text: 'half a percentage point', value: 0.5, ...points})
    expect(one('Support fell three-quarters of a percentage point.')).toMatchObject({value: 0.75, ...points})
    expect(one('The Fed made a quarter-point cut.')).toMatchObject({text: 'a quarter-point', value: 0.25, ...points})
    expect(one('Rates rose a half point.')).toMatchObject({text: 'a half point', value: 0.5, ...points})
    // An ordinal stays one; a share of something stays a share.
    expect(one('It was a third point of contention.')).toMatchObject({unit: 'ordinal', value: 3})
    expect(one('Half of voters backed it.')).toMatchObject({value: 50, noun: 'voters'})
  })

  it('reads a number after “aged”, “ages”, “age” as an age, with “and older”, “or younger” as a bound', () => {
    // (Were counts of nothing.)
    const age = {unit: 'measure', noun: 'years old'}
    expect(quantities('They tracked 78,000 adults aged 40 to 79.')[1]).toMatchObject({text: '40 to 79', lower: {value: 40}, upper: {value: 79}, ...age})
    expect(one('Voters ages 18 to 29 backed her.')).toMatchObject({text: '18 to 29', ...age})
    expect(one('He retired at age 65.')).toMatchObject({text: '65', value: 65, ...age})
    expect(quantities('About 6.9 million Americans aged 65 and older have it.')[1]).toMatchObject({text: '65 and older', lower: {value: 65, inclusive: true}, upper: null, ...age})
    expect(one('Children aged 12 or younger were exempt.')).toMatchObject({text: '12 or younger', upper: {value: 12, inclusive: true}, ...age})
    // (A verb “aged” with its own unit stays as it was.)
    expect(quantities('The wine aged 10 years.').map((quantity) => quantity.unit)).not.toContain('count')
  })

  it('reads years after an age and the words that link them as an age (“the median age rose to 39.1 years”, “an average age of 71”)', () => {
    // (Were a duration of 39.1 years, dropped here, and a count of nothing.)
    const age = {unit: 'measure', noun: 'years old'}
    expect(one('The median age rose to 39.1 years.')).toMatchObject({text: '39.1 years', value: 39.1, ...age})
    expect(one('Members have an average age of about 71.')).toMatchObject({text: 'about 71', value: 71, ...age})
    // (“between the ages of 18 and 29”: one range, an age; was 18, an age, and 29, a count of nothing.)
    expect(one('Voters between the ages of 18 and 29 agreed.')).toMatchObject({text: '18 and 29', lower: {value: 18}, upper: {value: 29}, ...age})
    // (“25 years old”, “18 to 25 years old”, “six months old”: were a duration, and a range counting years.)
    expect(one('The man, who is 25 years old, fled.')).toMatchObject({text: '25 years old', value: 25, ...age})
    expect(one('Among those 18 to 25 years old, Sanders leads.')).toMatchObject({text: '18 to 25 years old', lower: {value: 18}, upper: {value: 25}, ...age})
    expect(one('The puppy is six months old.')).toMatchObject({value: 6, unit: 'measure', noun: 'months old'})
    // (Past the “of” phrase of the age: “the average age of farmers is 58”.)
    expect(one('The average age of farmers is 58.')).toMatchObject({value: 58, ...age})
    expect(one('The age of consent is 16.')).toMatchObject({value: 16, ...age})
    expect(one('The average age of U.S. farmers is 58 years.')).toMatchObject({value: 58, ...age})
    // (Not past a word that links no age: “at age 40 he got 5 years”.)
    expect(quantities('At age 40 he got 5 years in prison.').map((quantity) => quantity.text)).toEqual(['40'])
    expect(one('The age gap widened to 12 points.')).toMatchObject({unit: 'count', noun: 'points'})
  })

  it('counts what a toll or a “number of” before a bare count counts (“the death toll had risen to 41”)', () => {
    // (Had no noun.)
    expect(one('Police said the death toll had risen to 41.')).toMatchObject({text: '41', value: 41, unit: 'count', noun: 'deaths'})
    expect(one('The agency raised the death toll from the disaster to 267.')).toMatchObject({noun: 'deaths'})
    expect(one('The casualty toll stood at about 300.')).toMatchObject({text: 'about 300', noun: 'casualties'})
    expect(one('The number of uninsured Americans fell to 28 million.')).toMatchObject({value: 28_000_000, noun: 'Americans'})
    // (Not a toll road, nor past a comma or another number; a count with its own noun keeps it.)
    expect(one('The toll road has 41 exits.')).toMatchObject({noun: 'exits'})
    expect(one('The toll plaza closed at 9.').noun).toBe(null)
    expect(one('After the death toll was revised, 12 remained.').noun).toBe(null)
  })

  it('reads the noun of a count past an adverb and of an ordinal past participles (“10 widely used prescription drugs”, “the seventh consecutive failed audit”)', () => {
    // (Were no noun and “failed”.)
    expect(one('Medicare will pay less for 10 widely used prescription drugs.')).toMatchObject({value: 10, noun: 'drugs'})
    expect(one('It was the seventh consecutive failed audit.')).toMatchObject({value: 7, unit: 'ordinal', noun: 'audit'})
    expect(one('It was the first contested convention since 1976.')).toMatchObject({noun: 'convention'})
  })

  it('gives decimal amounts with a scale their exact value, not a binary rounding error', () => {
    // (Were 33159999999.999996, 0.5700000000000001 and a bound of 1100000.0000000002.)
    expect(one('Sales were $33.16 billion.')).toMatchObject({value: 33_160_000_000})
    expect(one('It rose 57 cents.')).toMatchObject({value: 0.57})
    expect(one('Between 1.1 and 2.3 million people came.')).toMatchObject({lower: {value: 1_100_000}, upper: {value: 2_300_000}})
  })

  it('gives a rate no noun (“12 percent year over year”)', () => {
    expect(one('Prices rose 12 percent year over year.')).toMatchObject({text: '12 percent', noun: null})
  })

  it('reads “from 10 to 20” as two values (a change), not a range', () => {
    expect(quantities('Deaths rose from 10 to 20.').map((quantity) => quantity.value)).toEqual([10, 20])
  })

  it.each([
    ['three', 3],
    ['twenty-five', 25],
    ['a dozen', 12],
    ['two dozen', 24],
    ['a million', 1e6],
    ['1.2 million', 1.2e6],
    ['two hundred and fifty thousand', 250_000],
    ['three million four hundred thousand', 3_400_000]
  ])('reads the number words %j', (words, value) => {
    expect(one(words + ' voters')).toMatchObject({value, noun: 'voters'})
  })

  it.each([
    ['hundreds of people', 100, 999],
    ['thousands of people', 1000, 9999],
    ['hundreds of thousands of people', 100_000, 999_999],
    ['millions of people', 1e6, 9_999_999],
    ['tens of millions of people', 1e7, 99_999_999],
    ['dozens of people', 24, 143],
    ['several thousand people', 2000, 9999],
    ['a few hundred people', 200, 999],
    // (Were 200–999: the second scale was dropped.)
    ['several hundred thousand people', 200_000, 999_999],
    ['a few hundred million people', 200_000_000, 999_999_999]
  ])('reads %j as vague', (text, lower, upper) => {
    expect(one(text)).toMatchObject({
      text,
      value: null,
      vague: true,
      lower: {value: lower, inclusive: true},
      upper: {value: upper, inclusive: true},
      noun: 'people'
    })
  })

  it('reads rupees written as a word (“Rs 10,000 crore”, “Rs. 500”) and South Asian scales (lakh, crore)', () => {
    // (Were a bare count 10,000, and “1.5 lakh” a count of 1.5.)
    expect(one('a Rs 10,000 crore scheme')).toMatchObject({text: 'Rs 10,000 crore', value: 1e11, unit: 'money', currency: 'INR'})
    expect(one('It costs Rs. 500 a month')).toMatchObject({text: 'Rs. 500 a month', value: 500, unit: 'money', currency: 'INR'})
    expect(one('about 1.5 lakh direct jobs')).toMatchObject({value: 150_000, noun: 'jobs', approximate: true})
    expect(one('INR 40 a day')).toMatchObject({text: 'INR 40 a day', value: 40, unit: 'money', currency: 'INR'})
    // Lowercase “rs” is no currency.
    expect(one('the rs 5 figure')).toMatchObject({text: '5', unit: 'count'})
  })

  it('reads “millions of dollars” as vague money', () => {
    expect(one('millions of dollars')).toMatchObject({unit: 'money', currency: 'USD', vague: true, noun: null})
  })

  it.each([
    ['the third-largest economy', 3, 'economy'],
    ['the first time', 1, 'time'],
    ['the 21st state', 21, 'state'],
    ['the 2nd-largest city', 2, 'city'],
    ['its twenty-first session', 21, 'session']
  ])('reads the ordinal in %j', (text, value, noun) => {
    expect(one(text)).toMatchObject({unit: 'ordinal', value, noun})
  })

  it.each([
    ['half of the voters', 50],
    ['a third of voters', 33.33],
    ['two-thirds of Americans', 66.67],
    ['three quarters of the budget', 75],
    ['a tenth of the workforce', 10],
    ['one-fifth of adults', 20],
    ['two-fifths of voters', 40],
    ['three fifths of the seats', 60]
  ])('reads the fraction %j as a percentage', (text, value) => {
    expect(one(text)).toMatchObject({unit: 'percent', value})
  })

  it.each([
    ['40 miles', 'miles'],
    ['5 square miles', 'square miles'],
    ['300 tons', 'tons']
  ])('reads %j as a measure', (text, noun) => {
    expect(one(text)).toMatchObject({unit: 'measure', noun})
  })

  it.each([
    'In 2024, the vote was held.',
    'the landmark 1997 treaty',
    'since the 1990s',
    'in the 2019-20 season',
    'on Dec. 2',
    'within 90 days',
    'three decades ago',
    'Title 42 expired',
    'F-35 jets',
    'COVID-19 cases rose',
    'a 5G network',
    'at 3 p.m. on Friday',
    'at 10:30',
    'one of the leaders',
    'no one came',
    'a new one',
    'First, he said no.',
    'The First Amendment protects it.',
    'Air Force One landed',
    // (Was a count of 17.)
    'Apple introduced the iPhone 17',
    // (Was a count of 18.)
    'agents are looking at U.S. Code 18, which covers false statements'
  ])('finds no quantity in %j (years, dates, names, idioms)', (text) => {
    expect(quantities(text)).toEqual([])
  })

  it('reads a non-round modern year before a plural as a year (“2005 levels”)', () => {
    expect(quantities('below 2005 levels, in 2010 dollars, below 1990 levels')).toEqual([])
    expect(quantities('the 2005 budgets')).toEqual([])
  })

  it('reads “grew by 1.5 million to 40 million” as a change and a level, not a range', () => {
    expect(quantities('The population grew by 1.5 million to 40 million.').map((quantity) => [quantity.text, quantity.value, quantity.lower])).toEqual([
      ['1.5 million', 1_500_000, null],
      ['40 million', 40_000_000, null]
    ])
    // “by” after another verb keeps the range.
    expect(one('The speech was vetted by 15 to 20 people.')).toMatchObject({text: '15 to 20 people', lower: {value: 15, inclusive: true}, upper: {value: 20, inclusive: true}})
  })

  it('gives a percentage before an adjective or comparative no noun (“95% effective”, “57 percent higher”)', () => {
    expect(one('The vaccine is 95% effective.')).toMatchObject({text: '95%', noun: null})
    expect(one('Ratings were 57 percent higher than in the fall.')).toMatchObject({text: '57 percent', noun: null})
    expect(one('The school is 80 percent funded.')).toMatchObject({text: '80 percent', noun: null})
    expect(one('The firm bought a 20 percent stake.')).toMatchObject({text: '20 percent stake', noun: 'stake'})
  })

  it('reads “bn” and “m” glued to digits without a currency sign when they cannot be metres', () => {
    expect(one('The company has 3.5bn users.')).toMatchObject({text: '3.5bn users', value: 3_500_000_000, unit: 'count', noun: 'users'})
    expect(one('The state has 1.2m residents.')).toMatchObject({text: '1.2m residents', value: 1_200_000, noun: 'residents'})
    expect(one('About 2m people fled.')).toMatchObject({value: 2_000_000, noun: 'people'})
    expect(quantities('She won the 100m sprint and the 400m hurdles.').filter((quantity) => quantity.value! >= 1e6)).toEqual([])
  })

  it('tells a count of 2000 from the year 2000', () => {
    expect(one('2000 people marched')).toMatchObject({value: 2000, noun: 'people'})
    expect(one('about 1500 soldiers')).toMatchObject({value: 1500, approximate: true})
    expect(quantities('In 2000, it rained.')).toEqual([])
  })

  it('keeps spans equal to the input at their offsets', () => {
    const text = 'Prices rose **24%** to $1.2 billion, and nearly 2,000 people — tens of thousands of mines.'
    const found = quantities(text)
    expect(found.length).toBeGreaterThan(2)
    for (const quantity of found) {
      expect(text.slice(quantity.position.start.offset, quantity.position.end.offset)).toBe(quantity.text)
    }
  })

  it('skips a number too large for a float (100k digits)', () => {
    expect(quantities('1'.repeat(100_000) + ' people')).toEqual([])
  })

  it('counts compounds of irregular plurals (“nine grandchildren”, “four great-grandchildren”, “three congressmen”)', () => {
    // (Had no noun.)
    expect(quantities('She is survived by nine grandchildren and four great-grandchildren.').map((quantity) => quantity.noun)).toEqual(['grandchildren', 'great-grandchildren'])
    expect(one('Three congressmen voted no.').noun).toBe('congressmen')
    // A singular in “men” is no plural.
    expect(one('Two specimen jars broke.').noun).toBe('jars')
  })

  it('reads a range of time units as a range (“3 to 5 years”, “one to two years”, “lasting from three to six months”)', () => {
    // (Were a count “3” and a duration “5 years”.)
    expect(one('It took 3 to 5 years.')).toMatchObject({text: '3 to 5 years', lower: {value: 3, inclusive: true}, upper: {value: 5, inclusive: true}, noun: 'years'})
    expect(one('It is given at 12 to 15 months of age.')).toMatchObject({text: '12 to 15 months', lower: {value: 12}, upper: {value: 15}})
    expect(one('Gains held for one to two years pay more.')).toMatchObject({text: 'one to two years', lower: {value: 1}, upper: {value: 2}})
    expect(one('Contracts lasting from three to six months pay less.')).toMatchObject({text: 'three to six months', lower: {value: 3}, upper: {value: 6}})
    // “from … to” after another verb stays a change.
    expect(quantities('Prices rose from three to six dollars.').map((quantity) => quantity.text)).toEqual(['three', 'six dollars'])
  })

  it('reads a range of time units as a measure of time, not a count (“12 to 18 months”, “between two and three years”)', () => {
    // (Were counts of months and years.)
    expect(one('The project will take 12 to 18 months to complete.')).toMatchObject({text: '12 to 18 months', unit: 'measure', noun: 'months', lower: {value: 12}, upper: {value: 18}})
    expect(one('It could take between two and three years.')).toMatchObject({unit: 'measure', noun: 'years', lower: {value: 2}, upper: {value: 3}})
    expect(one('Recovery takes 6-8 weeks.')).toMatchObject({unit: 'measure', noun: 'weeks'})
    // (A range of other things stays a count.)
    expect(one('Police said 10 to 20 people were hurt.')).toMatchObject({unit: 'count', noun: 'people'})
  })

  it('counts the noun after a comparative (“72,000 more jobs”), and reads “called 911” as no amount', () => {
    // (Had no noun; “911” was a count.)
    expect(one('The data show 72,000 more jobs created than reported.')).toMatchObject({text: '72,000 more jobs', value: 72000, noun: 'jobs'})
    expect(quantities('I called 911 right away.')).toEqual([])
    expect(one('It cost 911 dollars.').value).toBe(911)
  })

  it('counts the noun after “other” (“two other deaths”), and no noun in a poll’s verb (“54 percent disapprove”)', () => {
    // (Had no noun; and “disapprove”, “approve”, “support” were the nouns counted.)
    expect(one('Two other deaths were reported in New Jersey.')).toMatchObject({text: 'Two other deaths', value: 2, noun: 'deaths'})
    expect(quantities('Just 38 percent approve, while 54 percent disapprove and 58 percent support a cap.').map((quantity) => quantity.noun)).toEqual([null, null, null])
    expect(one('About 40 percent of voters approve.')).toMatchObject({noun: 'voters'})
  })

  it('counts the noun after a disease named in -s (“1,184 measles cases”), not the disease', () => {
    // (Was “measles”, read as a plural.)
    expect(one('The CDC has recorded 1,184 measles cases this year.')).toMatchObject({text: '1,184 measles cases', noun: 'cases'})
    expect(one('Officials confirmed 12 mumps infections.')).toMatchObject({noun: 'infections'})
  })

  it('reads “upward of” as a lower bound, and no bound in the particle of “handed over”, “fork over”', () => {
    // (Were no bound, and “over”: more than $25 million.)
    expect(one('It plans to spend upward of $10 million.')).toMatchObject({text: 'upward of $10 million', lower: {value: 10_000_000, inclusive: true}})
    expect(one('Donors handed over $25 million last month.')).toMatchObject({text: '$25 million', lower: null})
    expect(one('Students fork over $5,000 each.')).toMatchObject({text: '$5,000', lower: null})
    expect(one('Over $25 million was raised.')).toMatchObject({lower: {value: 25_000_000, inclusive: false}})
  })

  it('reads no bound in “up to” after a verb of change or a total (“ticked up to 4.2%”, “adds up to 185,000”)', () => {
    // (Were at most 4.2%, $8,400 and 185,000: the level reached read as a cap.)
    expect(one('The jobless rate ticked up to 4.2%.')).toMatchObject({text: '4.2%', value: 4.2, upper: null})
    expect(one('Annual dues have gone up to $8,400.')).toMatchObject({text: '$8,400', upper: null})
    expect(one('That adds up to 185,000.')).toMatchObject({text: '185,000', upper: null})
    // (A cap stays one.)
    expect(one('It will cut up to 30,000 jobs.')).toMatchObject({text: 'up to 30,000 jobs', upper: {value: 30_000, inclusive: true}})
  })

  it('reads the rate of a salary before or after something (“€15 million a year before bonuses”)', () => {
    // (Was “€15 million”, the year read as a duration.)
    expect(one('He earns €15 million a year before bonuses.')).toMatchObject({text: '€15 million a year', noun: 'per year', currency: 'EUR'})
  })

  it('reads an age compared (“older than 65”, “no older than 40”)', () => {
    // (Were counts of nothing, and “10% younger” counted “younger”.)
    expect(quantities('A quarter were older than 65 and 10% younger than 18.').map((quantity) => [quantity.text, quantity.unit, quantity.noun, quantity.lower, quantity.upper])).toEqual([
      ['older than 65', 'measure', 'years old', {value: 65, inclusive: false}, null],
      ['10%', 'percent', null, null, null],
      ['younger than 18', 'measure', 'years old', null, {value: 18, inclusive: false}]
    ])
    expect(one('He is no older than 40.')).toMatchObject({text: 'no older than 40', upper: {value: 40, inclusive: true}, lower: null})
  })

  it('reads both counts of a record (“went 12-5”, “a 12-5 record”), and the noun past “calendar” or “quarterly” (“the first calendar year”)', () => {
    // (The second count was dropped; the noun was “calendar”.)
    expect(quantities('The Eagles went 12-5.').map((quantity) => quantity.value)).toEqual([12, 5])
    expect(quantities('They had a 12-5 record.').map((quantity) => quantity.value)).toEqual([12, 5])
    expect(one('It was the first calendar year.')).toMatchObject({text: 'first calendar year', noun: 'year'})
    expect(one('It was the third straight quarterly decline.')).toMatchObject({text: 'third straight quarterly decline', noun: 'decline'})
  })

  it('reads a ratio of two numbers as one (“by a 2-to-1 margin”, “a 3 to 1 margin”, “split 4 to 1”)', () => {
    // (Were counts, the second dropped or counting “margin”.)
    expect(one('It failed by a 2-to-1 margin.')).toMatchObject({text: '2-to-1', value: 2, unit: 'ratio'})
    expect(one('Claims ran at a 3 to 1 margin.')).toMatchObject({text: '3 to 1', value: 3, unit: 'ratio'})
    expect(one('Both parties split 4 to 1 in favor.')).toMatchObject({text: '4 to 1', value: 4, unit: 'ratio'})
    // (A tally or a change stays two counts.)
    expect(quantities('The Senate split 52 to 48.').map((quantity) => quantity.unit)).toEqual(['count', 'count'])
    expect(quantities('Prices fell 10 to 5.').map((quantity) => quantity.value)).toEqual([10, 5])
    // (And both counts of a tally spelled with “to”: the 4 and the 1 were dropped.)
    expect(quantities('Cases were decided by 5-to-4 votes.').map((quantity) => [quantity.value, quantity.unit])).toEqual([
      [5, 'count'],
      [4, 'count']
    ])
    expect(quantities('By a 2-to-1 vote, the court ruled.').map((quantity) => quantity.value)).toEqual([2, 1])
    expect(one('She won by nearly 3-to-1.')).toMatchObject({text: 'nearly 3-to-1', value: 3, upper: {value: 3, inclusive: true}, unit: 'ratio'})
  })

  it('reads a multiplier as a ratio (“three times as many arrests”, “more than twice”, “nearly doubled”, “a threefold increase”)', () => {
    // (Were a count of “times”, or nothing.)
    expect(one('Police made three times as many arrests.')).toMatchObject({text: 'three times as many arrests', value: 3, unit: 'ratio', noun: 'arrests'})
    expect(one('It is more than twice the national average.')).toMatchObject({text: 'more than twice', value: 2, lower: {value: 2, inclusive: false}, unit: 'ratio'})
    expect(one('Car thefts nearly doubled.')).toMatchObject({text: 'nearly doubled', value: 2, upper: {value: 2, inclusive: true}, approximate: true, unit: 'ratio'})
    expect(quantities('a threefold increase, a three-fold rise and a 10-fold jump').map((quantity) => [quantity.text, quantity.value, quantity.unit])).toEqual([
      ['threefold', 3, 'ratio'],
      ['three-fold', 3, 'ratio'],
      ['10-fold', 10, 'ratio']
    ])
    expect(one('Heat waves are five times more likely.')).toMatchObject({text: 'five times', value: 5, unit: 'ratio'})
    // (How often stays a count, or nothing; and an idiom is none.)
    expect(one('They raised rates 11 times in a row.')).toMatchObject({text: '11 times', unit: 'count', noun: 'times'})
    expect(quantities('They met twice. He doubled down on the claim, which doubled as a warning.')).toEqual([])
  })

  it('reads 10k “more than” in a row once, linearly', () => {
    const found = quantities('more than '.repeat(10_000) + '5 people')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({text: 'more than 5 people', lower: {value: 5, inclusive: false}})
  })

  it('counts the last of two plurals, which the first modifies (“dozens of militia fighters”, “five police officers”)', () => {
    // (Were nouns “militia” and “police”.)
    expect(quantities('Airstrikes killed dozens of militia fighters and five police officers.').map((quantity) => quantity.noun)).toEqual(['fighters', 'officers'])
    // (Not an adverb or an age range after the plural.)
    expect(quantities('About 7,500 troops overseas and 300 children ages 2 to 17 were counted.').map((quantity) => quantity.noun)).toContain('troops')
  })

  it('reads no share in a part of a period (“the back half of the year”)', () => {
    // (Was “half”, 50 percent.)
    expect(quantities('Demand should get stronger into the back half of the year.')).toEqual([])
    expect(quantities('Half of the voters agreed.').map((quantity) => quantity.value)).toEqual([50])
  })

  it('reads no amount nor range in a phone number (“call 614-645-4730”)', () => {
    // (Were ranges “614-645” and “1-800”.)
    expect(quantities('Anyone with information should call 614-645-4730 or 1-800-222-8477.')).toEqual([])
    expect(quantities('Police said 10-20 people called 614-645-4730.').map((quantity) => quantity.text)).toEqual(['10-20 people'])
  })

  it('survives long adversarial runs (grouped digits, dashes, words)', () => {
    expect(quantities('1,000'.repeat(20_000)).length).toBeGreaterThan(0)
    expect(quantities('1-'.repeat(50_000)).length).toBeGreaterThan(0)
    expect(quantities('tens of '.repeat(10_000) + 'thousands').length).toBe(1)
    expect(quantities('one hundred '.repeat(10_000)).length).toBeGreaterThan(0)
    expect(quantities('$'.repeat(50_000) + '5')).toHaveLength(1)
    // (Fractions, and nouns and ages read back from a count: each looks a bounded way.)
    expect(quantities('2 1/2 '.repeat(20_000)).length).toBeGreaterThan(0)
    expect(quantities('the death toll of the age rose to '.repeat(5000) + '41').length).toBe(1)
  })
})
