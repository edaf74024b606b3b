import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Report} from '../src/attribution/report.js'
import {findClaims} from '../src/claims/index.js'
import {classifyClaim} from '../src/claims/kind.js'
import {annotate} from '../src/annotate.js'
import {findHedges, findNegations} from '../src/claims/modality.js'
import {coveredByMatches, matchQuantities} from '../src/claims/quantities.js'
import {matchTimes} from '../src/claims/time.js'
import {tokenize} from '../src/claims/tokens.js'
import {parseDocument, type Doc} from '../src/parse/document.js'
import {Claim, type Quote} from '../src/schema.js'
import {brokenSpans, root} from './helpers.js'

/*
 * The claims stage on the seed article with hand-made quotes and reports
 * (`fixtures/claim-seed/attributions.json`, as the quotes, attribution and
 * sources stages should give them), so these tests pin this stage alone.
 * The whole claims list (without the model’s scores) is also kept in
 * `fixtures/claim-seed/claims.json`: regenerate on purpose with
 * `UPDATE=1 npx vitest run tests/claims.test.ts` and review the diff.
 */

const seed = loadCase('claim-seed')
const claims = findClaims(seed.doc, seed.quotes, seed.reports, [])

/** The claim whose span starts with `start` (exactly one). */
function claimStarting(list: Claim[], start: string): Claim {
  const found = list.filter((claim) => claim.text.startsWith(start))
  expect(found.map((claim) => claim.text)).toHaveLength(1)
  return found[0]!
}

/** The sentence id holding `text`. */
function sentenceOf(doc: Doc, text: string): string {
  const start = doc.input.indexOf(text)
  return doc.sentences.find((sentence) => sentence.start <= start && sentence.end > start)!.id
}

describe('findClaims (seed, hand-made attributions)', () => {
  it('gives valid claims: schema, spans equal to the input, ids in input order', () => {
    for (const claim of claims) Claim.parse(claim)
    expect(brokenSpans(seed.input, claims)).toEqual([])
    expect(claims.map((claim) => claim.id)).toEqual(claims.map((_, index) => 'c' + (index + 1)))
    const starts = claims.map((claim) => claim.position.start.offset)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('matches the pinned claims (fixtures/claim-seed/claims.json)', () => {
    // Scores come from the check-worthiness model, retrained on its own
    // schedule: pinned here are the claims, not the model.
    const pinned = claims.map(({checkworthiness, ...rest}) => rest)
    const expectedPath = path.join(root, 'fixtures', 'claim-seed', 'claims.json')
    if (process.env.UPDATE === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, JSON.stringify(pinned, null, 2) + '\n')
    expect(pinned).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
  })

  it('“In 2024, nearly 2,000 people were killed …”: at most 2,000 people, year 2024, according to the landmines campaign', () => {
    const claim = claimStarting(claims, 'In 2024, nearly 2,000 people')
    expect(claim.text).toBe('In 2024, nearly 2,000 people were killed by land mines and explosives left behind from war')
    expect(claim.attribution).toMatchObject({
      type: 'according-to',
      sourceId: 'src-icbl',
      mention: {text: 'the International Campaign to Ban Landmines'},
      cue: {text: 'according to'}
    })
    expect(claim.kind).toBe('quantity')
    expect(claim.quantities).toEqual([
      expect.objectContaining({
        text: 'nearly 2,000 people',
        value: 2000,
        upper: {value: 2000, inclusive: true},
        lower: null,
        noun: 'people',
        approximate: true
      })
    ])
    expect(claim.times).toEqual([expect.objectContaining({text: '2024', type: 'year', value: '2024'})])
  })

  it('“More than 160 countries … signed a treaty …”: above 160 (exclusive), unattributed', () => {
    const claim = claimStarting(claims, 'More than 160 countries')
    expect(claim.text).toBe(
      'More than 160 countries, though not the United States, signed a treaty banning the stockpiling, use and production of antipersonnel land mines.'
    )
    expect(claim.attribution).toEqual({sourceId: null, mention: null, cue: null, confidence: 1, type: 'unattributed', cueClass: null})
    expect(claim.quantities).toEqual([
      expect.objectContaining({text: 'More than 160 countries', value: 160, lower: {value: 160, inclusive: false}, upper: null, noun: 'countries'})
    ])
    expect(claim.negations.map((span) => span.text)).toEqual(['not'])
    expect(claim.kind).toBe('quantity')
  })

  it('“tens of thousands of mines”: a vague quantity, 10,000–99,999', () => {
    const claim = claimStarting(claims, 'Several countries, including Ukraine')
    expect(claim.attribution.type).toBe('unattributed')
    expect(claim.quantities).toEqual([
      expect.objectContaining({
        text: 'tens of thousands of mines',
        value: null,
        vague: true,
        lower: {value: 10_000, inclusive: true},
        upper: {value: 99_999, inclusive: true},
        noun: 'mines'
      })
    ])
    expect(claim.times.map((time) => [time.text, time.value])).toEqual([
      ['1997', '1997'],
      ['this year', '2025']
    ])
  })

  it('“has not widely used … more than three decades ago”: unattributed, a time expression, a negation', () => {
    const claim = claimStarting(claims, 'The U.S. military has not widely used')
    expect(claim.attribution.type).toBe('unattributed')
    expect(claim.times).toEqual([
      expect.objectContaining({text: 'more than three decades ago', type: 'relative', value: '1995', duration: 'P30Y'})
    ])
    expect(claim.negations.map((span) => span.text)).toEqual(['has not'])
    expect(claim.kind).toBe('other')
    expect(claim.subkind).toBe('event')
  })

  it('“The Trump administration reversed a Biden-era policy …”: according to the Dec. 2 document', () => {
    const claim = claimStarting(claims, 'The Trump administration reversed')
    expect(claim.text).toBe(
      'The Trump administration reversed a Biden-era policy that prohibited the use of antipersonnel land mines except on the Korean Peninsula'
    )
    expect(claim.attribution).toMatchObject({type: 'according-to', sourceId: 'src-memo', mention: {text: 'a Dec. 2 document'}})
    expect(claim.kind).toBe('rule')
    expect(claim.sentenceIds).toEqual([sentenceOf(seed.doc, 'The Trump administration reversed')])
  })

  it('“President Donald Trump has rescinded …”: reported, the December memo', () => {
    const claim = claimStarting(claims, 'President Donald Trump has rescinded the U.S. Humanitarian Mine Action Program')
    expect(claim.attribution).toMatchObject({type: 'reported', sourceId: 'src-memo', mention: {text: 'The December memo'}, cue: {text: 'also says'}})
    expect(claim.kind).toBe('rule')
  })

  it('Kimball’s “The memo’s claim … fails to account for …”: reported, the nested claim kept, the next quotation its own claim', () => {
    const claim = claimStarting(claims, 'The memo’s claim that land mines could help protect')
    // Discontinuous content: the span is the part in the first sentence.
    expect(claim.text).toBe('The memo’s claim that land mines could help protect U.S. forces fails to account for the radical changes in land warfare')
    expect(claim.attribution).toMatchObject({type: 'reported', cueClass: 'speech', sourceId: 'src-kimball', mention: {text: 'Daryl Kimball'}})
    expect(claim.nested).toEqual([expect.objectContaining({type: 'document', sourceId: 'src-memo', cue: expect.objectContaining({text: 'claim'})})])
    expect(claim.hedges.map((span) => span.text)).toEqual(['could'])
    const quoted = claimStarting(claims, 'The United States is not facing')
    expect(quoted.attribution).toMatchObject({type: 'quoted', sourceId: 'src-kimball'})
    expect(quoted.quoteIds).toEqual(['q11'])
  })

  it('Yager’s “the United States has been one of the leaders …”: reported', () => {
    const claim = claimStarting(claims, 'Despite its long history')
    expect(claim.text).toBe(
      'Despite its long history of land mine policy reversals, the United States has been one of the leaders of stigmatizing their use in conflict'
    )
    expect(claim.attribution).toMatchObject({type: 'reported', sourceId: 'src-yager', mention: {text: 'Yager'}, cue: {text: 'said'}})
  })

  it('“Ordnance experts have long warned that …” and “Human rights groups have long called for …”: group sources', () => {
    const experts = claimStarting(claims, 'even mines that can be deactivated')
    expect(experts.attribution).toMatchObject({type: 'reported', sourceId: 'src-experts', mention: {text: 'Ordnance experts'}, cue: {text: 'have long warned'}})
    // A term quote is nobody’s words: not a source of the claim.
    expect(experts.quoteIds).toEqual([])
    const groups = claimStarting(claims, 'a global ban on antipersonnel land mines')
    expect(groups.attribution).toMatchObject({
      type: 'reported',
      cueClass: 'intention',
      sourceId: 'src-rights-groups',
      mention: {text: 'Human rights groups'}
    })
    expect(groups.kind).toBe('causation')
  })

  it('makes no claim of the Pentagon’s non-response', () => {
    const id = sentenceOf(seed.doc, 'The Pentagon did not immediately respond')
    expect(claims.filter((claim) => claim.sentenceIds.includes(id))).toEqual([])
  })

  it('makes no claim of the headline or the credits', () => {
    const title = sentenceOf(seed.doc, 'Hegseth reverses land mine policy')
    const credits = sentenceOf(seed.doc, 'Dan Lamothe')
    expect(claims.filter((claim) => claim.sentenceIds.includes(title) || claim.sentenceIds.includes(credits))).toEqual([])
  })

  it('makes a quoted claim per direct quote with a speaker, following continuations', () => {
    const leahy = claimStarting(claims, 'The Pentagon is reinstituting')
    expect(leahy.text).toBe('The Pentagon is reinstituting a discredited policy that invites other nations to do the same.')
    expect(leahy.attribution).toMatchObject({
      type: 'quoted',
      cueClass: 'speech',
      sourceId: 'src-leahy',
      mention: {text: 'Former senator Patrick J. Leahy (D-Vt.)'},
      cue: {text: 'said'}
    })
    // “…, wrote Leahy”: the comma before the closing mark is not content.
    expect(claimStarting(claims, 'More U.S. soldiers').text).toBe('More U.S. soldiers and innocent civilians will be needlessly killed and maimed')
    const continued = claimStarting(claims, 'Anyone who has seen')
    expect(continued.attribution).toMatchObject({type: 'quoted', sourceId: 'src-leahy', mention: null, cue: null})
    expect(claimStarting(claims, 'More U.S. soldiers').kind).toBe('prediction')
  })

  it('links partial quotes to the report holding them', () => {
    expect(claimStarting(claims, 'the reversal would give').quoteIds).toEqual(['q1', 'q2'])
    expect(claimStarting(claims, 'new policy would enable').quoteIds).toEqual(['q7'])
  })

  it('keeps the reporter’s own clause beside an attribution, not the attribution frame', () => {
    const own = claimStarting(claims, 'The United States had previously banned')
    expect(own.text).toBe('The United States had previously banned through domestic legislation the use of land mines outside the Korean Peninsula')
    expect(own.attribution.type).toBe('unattributed')
    // “said Sarah Yager, the Washington director of advocacy group Human Rights Watch” is a frame.
    expect(claims.filter((claim) => claim.text.includes('Washington director'))).toEqual([])
  })

  it('scores every claim in 0..1', () => {
    for (const claim of claims) {
      expect(claim.checkworthiness).toBeGreaterThanOrEqual(0)
      expect(claim.checkworthiness).toBeLessThanOrEqual(1)
    }
  })

  it('leaves dates relative without a publication date', () => {
    const bare = loadCase('claim-seed', null)
    const list = findClaims(bare.doc, bare.quotes, bare.reports, [])
    expect(claimStarting(list, 'The U.S. military has not').times[0]).toMatchObject({value: null, duration: 'P30Y'})
    expect(claimStarting(list, 'Several countries').times.map((time) => time.value)).toEqual(['1997', null])
  })

  it('works with no quotes or reports: every body sentence but the non-response is the reporter’s', () => {
    const list = findClaims(seed.doc, [], [], [])
    const body = seed.doc.sentences.filter((sentence) => seed.doc.paragraphs[sentence.paragraph]!.kind === 'paragraph')
    expect(list).toHaveLength(body.length - 1)
    expect(list.every((claim) => claim.attribution.type === 'unattributed')).toBe(true)
    expect(brokenSpans(seed.input, list)).toEqual([])
  })
})

describe('findClaims (what is not a claim)', () => {
  function claimsOf(input: string, spec: {quotes?: QuoteSpec[]; reports?: ReportSpec[]} = {}): Claim[] {
    const built = buildCase(input, {quotes: spec.quotes ?? [], reports: spec.reports ?? []}, null)
    return findClaims(built.doc, built.quotes, built.reports, [])
  }

  it('skips questions', () => {
    expect(claimsOf('Title\nIs the policy legal? The policy was signed in 2024.').map((claim) => claim.text)).toEqual([
      'The policy was signed in 2024.'
    ])
  })

  it.each([
    'The Pentagon did not immediately respond to requests for comment on Friday.',
    'A spokesman declined to comment.',
    'The company could not be reached for comment.',
    'Officials were not immediately available for comment.',
    'The White House didn’t respond to a request for comment.',
    'Requests for comment went unanswered.',
    'Asked about the deal, Smith replied, “No comment.”',
    'Jones said, “I have no comment at this time.”',
    'Asked about March, Thune declined to speculate.',
    'Thune would not speculate on whether the House would act.'
  ])('skips the non-response %j', (sentence) => {
    expect(claimsOf('Title\n' + sentence + ' Troops left the base in 2024.').map((claim) => claim.text)).toEqual(['Troops left the base in 2024.'])
  })

  it('skips the note that an interview was edited at the end of an introduction', () => {
    const input = 'Title\nDr. Amara Okafor has led the science division since 2024. This interview has been edited for length and clarity.\nTroops left the base in 2024.'
    // (Was a claim; the paragraph is no boilerplate, its first sentence a claim.)
    expect(claimsOf(input).map((claim) => claim.text)).toEqual(['Dr. Amara Okafor has led the science division since 2024.', 'Troops left the base in 2024.'])
  })

  it('skips a non-response found as a report (the cue holds it)', () => {
    const input = 'Title\nThe Pentagon did not immediately respond to requests for comment on Friday.'
    const list = claimsOf(input, {
      reports: [
        {
          content: ['to requests for comment on Friday'],
          cue: 'did not immediately respond',
          mention: 'The Pentagon',
          sourceId: 'p',
          type: 'reported',
          cueClass: 'speech',
          quoteIds: []
        }
      ]
    })
    expect(list).toEqual([])
  })

  it('skips the headline, byline and credits', () => {
    const input = 'Hegseth reverses land mine policy\nBy Jane Doe\nTroops left the base in 2024.\n• Dan Lamothe contributed.'
    expect(claimsOf(input).map((claim) => claim.text)).toEqual(['Troops left the base in 2024.'])
  })

  it('leaves a run-in heading in capitals out of the claim (a newsletter’s “TWO MORE BITE THE DUST Rand Paul …”)', () => {
    const input =
      'Title\n\nTWO MORE BITE THE DUST FOR THE NEXT GOP DEBATE STAGE Rand Paul and Carly Fiorina missed the cut for the main stage.\n\n' +
      'SANDERS HAS ADVANTAGE IN NEW HAMPSHIRE - Since January, Bernie Sanders has opened up a 15-point lead.\n\n' +
      'DNC CHAIR DEBBIE WASSERMAN SCHULTZ RESIGNS\u00a0After months of criticism, the chair quit in 2016.\n\n' +
      'NEW YORK AT ITS CORE—"The museum has 1,200 new visitors a day," the Journal wrote.\n\n' +
      'NATO AND THE EU said in 2024 that the treaty holds.\n\nThe FBI and CIA agreed on the 2024 figures.'
    // (Were the heading and the sentence together; a sentence opening with capitals that goes on in lowercase is left whole.)
    expect(claimsOf(input).map((claim) => claim.text)).toEqual([
      'Rand Paul and Carly Fiorina missed the cut for the main stage.',
      'Since January, Bernie Sanders has opened up a 15-point lead.',
      'After months of criticism, the chair quit in 2016.',
      '"The museum has 1,200 new visitors a day," the Journal wrote.',
      'NATO AND THE EU said in 2024 that the treaty holds.',
      'The FBI and CIA agreed on the 2024 figures.'
    ])
  })

  it('skips a page’s calls to follow, write or visit (a link or an address alone)', () => {
    const input =
      'Title\n\nTroops left the base in 2024. Follow him on Twitter at @joelpollak.\n\n' +
      'Follow Breitbart News reporter and school founder Lee Stranahan on Twitter at @Stranahan.\n\n' +
      'On Twitter follow Ken Thomas https://twitter.com/KThomasDC and Lisa Lerer https://twitter.com/llerer.\n\n' +
      'Feedback? What should we talk about next? Email us at nerdcast@politico.com.\n\n' +
      'Send tips/quips/quotes/stories/photos to Lauren Weber lauren.weber@huffingtonpost.com.\n\n' +
      'EMAIL: fitcity@nytimes.com.\n\nView full results: http://politi.co/1oGcEFv.\n\nhttp://ap-gfkpoll.com.\n\n' +
      'The tweets came from Trump’s account, @realDonaldTrump, and named no one.\n\n' +
      'The show has run in London since 2013." http://nyti.ms/1RcZGKu.\n\n' +
      '@media screen and (max-width: 600px) {\n.gmobile {\nheight: 275px !important;\n}'
    // (Each was a claim of the reporter’s; a link or handle inside a sentence of the story is not furniture.)
    expect(claimsOf(input).map((claim) => claim.text)).toEqual([
      'Troops left the base in 2024.',
      'The tweets came from Trump’s account, @realDonaldTrump, and named no one.',
      'The show has run in London since 2013." http://nyti.ms/1RcZGKu.'
    ])
  })

  it('skips the signature after a quotation, alone or before the next quotation', () => {
    const input = 'Title\n“I voted for change and got more of the same.” ― Lucia Ramos\n“Nobody asked us about the new plan.” ― Tom Becker'
    const texts = annotate(input, {format: 'text'}).claims.map((claim) => claim.text)
    // (Was: “― Lucia Ramos” and “― Tom Becker” as claims of the reporter.)
    expect(texts).toEqual(['I voted for change and got more of the same.', 'Nobody asked us about the new plan.'])
    // (Was: “― Ana Diaz “They left …”” as Lee Chu’s claim, the name of the one before in it.)
    const joined = annotate('Title\n“We need the jobs here.” ― Ana Diaz “They left and never came back.” ― Lee Chu', {format: 'text'})
    expect(joined.claims.map((claim) => claim.text)).toEqual(['We need the jobs here.', '“They left and never came back.”'])
  })

  it('gives a newswire quotation that goes on after its speaker’s sentence to the speaker (’’A,’’ X said. ’’B. C.’’)', () => {
    const input = "Title\n''We will grow,'' said Ana Diaz, the mayor. ''People want jobs. They want hope.'' Turnout was low."
    const claims = annotate(input, {format: 'text'}).claims
    // (Were two claims of the reporter’s, “''People want jobs.” and “They want hope.''”.)
    expect(claims.map((claim) => [claim.text, claim.attribution.type])).toEqual([
      ['We will grow', 'reported'],
      ['People want jobs. They want hope.', 'quoted'],
      ['Turnout was low.', 'unattributed']
    ])
    expect(claims[1]!.attribution.sourceId).toBe(claims[0]!.attribution.sourceId)
    expect(claims[1]!.attribution.sourceId).not.toBeNull()
    // What it states before a closing question is still a claim.
    const asked = annotate("Title\n''We will grow,'' said Ana Diaz, the mayor. ''It makes money. Why fix it?''", {format: 'text'}).claims
    expect(asked.map((claim) => [claim.text, claim.attribution.type])).toEqual([
      ['We will grow', 'reported'],
      ['It makes money.', 'quoted']
    ])
  })

  it('gives the speaker a newswire quotation that goes on over a paragraph break (left open, the next paragraph opening with ’’)', () => {
    const input = "Title\n\n''We will grow,'' said Ana Diaz, the mayor. ''People want jobs. They want hope.\n\n''And they will vote.'' Turnout was low."
    const claims = annotate(input, {format: 'text'}).claims
    // (Were the reporter’s: “They want hope.” even “They”’s report of wanting “hope”.)
    expect(claims.map((claim) => [claim.text, claim.attribution.type])).toEqual([
      ['We will grow', 'reported'],
      ['People want jobs. They want hope.', 'quoted'],
      ['And they will vote.', 'quoted'],
      ['Turnout was low.', 'unattributed']
    ])
    expect(new Set(claims.slice(0, 3).map((claim) => claim.attribution.sourceId)).size).toBe(1)
  })

  it('skips fragments', () => {
    expect(claimsOf('Title\nTroops left the base in 2024. Yes indeed.').map((claim) => claim.text)).toEqual([
      'Troops left the base in 2024.'
    ])
  })

  it('skips a direct quote nobody is named for, and does not make it the reporter’s', () => {
    const input = 'Title\n“We will never surrender,” the banner read. Troops left the base in 2024.'
    const list = claimsOf(input, {quotes: [{id: 'q1', kind: 'direct', text: '“We will never surrender,”', attribution: null}]})
    expect(list.map((claim) => claim.text)).toEqual(['Troops left the base in 2024.'])
  })

  it('keeps a sentence with a term quote as the reporter’s own', () => {
    const input = 'Title\nSo-called “nonpersistent” mines fail at high rates.'
    const list = claimsOf(input, {quotes: [{id: 'q1', kind: 'term', text: '“nonpersistent”', attribution: null}]})
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({text: 'So-called “nonpersistent” mines fail at high rates.', quoteIds: [], attribution: {type: 'unattributed'}})
  })

  it('skips indirect questions (“asked whether …”)', () => {
    const input = 'Title\nReporters asked whether the policy was legal.'
    const list = claimsOf(input, {
      reports: [
        {content: ['the policy was legal'], cue: 'asked', mention: 'Reporters', sourceId: null, type: 'reported', cueClass: 'speech', quoteIds: []}
      ]
    })
    expect(list).toEqual([])
  })

  it('keeps a conditional report (“said if …”) but skips “if” after a negated or doubting cue', () => {
    expect(reportedClaims('Cruz said if elected he would cut taxes.', 'if elected he would cut taxes', 'said', 'Cruz')).toEqual(['if elected he would cut taxes'])
    for (const [sentence, cue] of [
      ['Cruz did not say if he would cut taxes.', 'say'],
      ['Cruz declined to say if he would cut taxes.', 'say'],
      ['Cruz was not sure if he would cut taxes.', 'sure']
    ] as const) {
      expect(reportedClaims(sentence, 'if he would cut taxes', cue, 'Cruz'), sentence).toEqual([])
    }
  })

  it('skips a quoted question', () => {
    const input = 'Title\n“Why would we do that?” Smith said.'
    const list = claimsOf(input, {quotes: [{id: 'q1', kind: 'direct', text: '“Why would we do that?”', sourceId: 's1', mention: 'Smith', cue: 'said'}]})
    expect(list).toEqual([])
  })

  it('makes a sentence with an attributed partial quote a quoted claim when no report holds it', () => {
    const input = 'Title\nSmith called the policy “a disgrace to the nation.”'
    const list = claimsOf(input, {quotes: [{id: 'q1', kind: 'partial', text: '“a disgrace to the nation.”', sourceId: 's1', mention: 'Smith', cue: 'called'}]})
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({text: 'Smith called the policy “a disgrace to the nation.”', quoteIds: ['q1'], attribution: {type: 'quoted', sourceId: 's1'}})
  })

  it('drops “that” after the cue from a report’s content', () => {
    const input = 'Title\nThe memo says that troops will leave in 2026.'
    const list = claimsOf(input, {
      reports: [
        {content: ['that troops will leave in 2026'], cue: 'says', mention: 'The memo', sourceId: 'm', type: 'document', cueClass: 'speech', quoteIds: []}
      ]
    })
    expect(list.map((claim) => [claim.text, claim.kind])).toEqual([['troops will leave in 2026', 'prediction']])
  })

  it('drops “that” after adjuncts between the cue and the content (“said on Thursday that …”)', () => {
    expect(reportedClaims('The mayor said on Thursday that the city will cut 120 jobs.', 'that the city will cut 120 jobs', 'said', 'The mayor')).toEqual([
      'the city will cut 120 jobs'
    ])
  })

  it('keeps “that” when it is the subject (“said that was …”)', () => {
    expect(reportedClaims('Christie said that was a natural part of the race.', 'that was a natural part of the race', 'said', 'Christie')).toEqual([
      'that was a natural part of the race'
    ])
  })

  /** Claim texts of `sentence` (after a title line) holding one reported speech. */
  function reportedClaims(sentence: string, content: string, cue: string, mention: string): string[] {
    const report: ReportSpec = {content: [content], cue, mention, sourceId: null, type: 'reported', cueClass: 'speech', quoteIds: []}
    return claimsOf('Title\n' + sentence, {reports: [report]}).map((claim) => claim.text)
  }
})

describe('findClaims (why a source goes unnamed)', () => {
  it('takes no cue inside a source’s wish to go unnamed for a claim (“who asked not to be identified because she feared retaliation”)', () => {
    // (Were claims “retaliation” (cue “feared”) and “to be named because the matter is in court” (cue “declined”).)
    const texts = (input: string) => annotate(input, {format: 'text'}).claims.map((claim) => claim.text)
    expect(texts('A resident, who asked not to be identified because she feared retaliation, said the block had seen several robberies.')).toEqual(['the block had seen several robberies'])
    expect(texts('An aide, who declined to be named because the matter is in court, said the agency would appeal.')).toEqual(['the agency would appeal'])
  })
})

describe('findClaims (denied and unsaid content)', () => {
  it('puts a denying or negated cue first among the negations', () => {
    const negations = (input: string) => annotate(input, {format: 'text'}).claims.map((claim) => [claim.text, claim.negations.map((span) => span.text)])
    expect(negations('She denied that the company paid bribes.')).toEqual([['the company paid bribes', ['denied']]])
    expect(negations('He never said the election was stolen.')).toEqual([['the election was stolen', ['never']]])
    expect(negations('He did not say the plan failed.')).toEqual([['the plan failed', ['did not']]])
    expect(negations('She hasn’t said the bill is not dead.')).toEqual([['the bill is not dead', ['hasn’t', 'is not']]])
    expect(negations('She said the bill is dead.')).toEqual([['the bill is dead', []]])
  })
})

describe('classifyClaim', () => {
  function kindOf(sentence: string, inWords = false): [string, string | null] {
    const tokens = tokenize(sentence, 0, sentence.length)
    const times = matchTimes(tokens, null)
    const quantities = matchQuantities(tokens, coveredByMatches(tokens, times))
    const {kind, subkind} = classifyClaim(tokens, quantities, times, inWords)
    return [kind, subkind]
  }

  it.each([
    ['Unemployment is 4 percent.', 'quantity', 'current-value'],
    ['Sales hit a record high in 2024.', 'quantity', 'current-value'],
    // (Someone’s record is no highest value: were quantities.)
    ['He praised his wife’s record as secretary of state.', 'other', null],
    ['Her voting record is mixed.', 'other', null],
    // (A quantity word as a verb after its subject: were quantities.)
    ['We rate this claim Mostly False.', 'other', null],
    ['They share the concern.', 'other', null],
    ['The majority share the concern.', 'quantity', 'current-value'],
    // (“of one …” in a kin relation or against “another” is no count: were quantities.)
    ['Billy Bush, the nephew of one president and the cousin of another, is joining the show.', 'other', null],
    ['He is the son of one senator.', 'other', null],
    ['Outsiders of one kind or another had the wind at their backs.', 'other', null],
    ['One of the five senators voted no.', 'quantity', 'current-value'],
    ['One in five voters is undecided.', 'quantity', 'current-value'],
    ['He doubled the budget.', 'quantity', 'change'],
    ['Unemployment rose to 4 percent.', 'quantity', 'change'],
    ['Crime fell 10 percent last year.', 'quantity', 'change'],
    ['The budget was cut in half.', 'quantity', 'change'],
    ['Taxes were raised by 2 percent.', 'quantity', 'change'],
    ['The company doubled its profits.', 'quantity', 'change'],
    ['Crime is down 20 percent since 2020.', 'quantity', 'change'],
    ['Shares were up by a third on Monday.', 'quantity', 'change'],
    ['Texas has more prisons than California, with 120.', 'quantity', 'comparison'],
    ['Texas has more oil wells than any other state.', 'quantity', 'comparison'],
    ['She is better known than her rival.', 'other', null],
    // (“more” before an adjective compares a quality: was quantity/comparison.)
    ['Appearing more subdued than usual, Trump stuck to his message.', 'other', null],
    ['Texas has more registered voters than Ohio.', 'quantity', 'comparison'],
    ['Contractors can be more expensive than federal workers.', 'quantity', 'comparison'],
    ['More than 160 countries signed the treaty.', 'quantity', 'current-value'],
    ['It is the third-largest economy.', 'quantity', 'ranking'],
    ['It is the largest employer in the state.', 'quantity', 'ranking'],
    // (An ordinal of years is an age, not a rank: were rankings.)
    ['Saturday would have been Ronald Reagan’s 105th birthday.', 'quantity', 'current-value'],
    ['The company marked its 50th anniversary.', 'quantity', 'current-value'],
    // (An ordinal after a possessive numbers someone’s own events, no rank among others: were rankings.)
    ['His first segment involved a painful incident.', 'other', null],
    ['The campaign stop, his first for a congressional candidate, offered a glimpse.', 'other', null],
    ['She was the first woman nominated by a major party.', 'quantity', 'ranking'],
    ['He is the country’s first black president.', 'quantity', 'ranking'],
    ['His third-largest donor gave more.', 'quantity', 'ranking'],
    ['The unemployment rate is high.', 'quantity', 'current-value'],
    ['Prices will rise next year.', 'prediction', null],
    ['Sanders would have trouble winning.', 'prediction', null],
    // (A counterfactual, or a speaker’s way of putting it, looks nowhere ahead: were predictions.)
    ['Support would have been higher had they waited.', 'other', null],
    ['The bill would have expanded research.', 'other', null],
    ['I would describe it as hate.', 'other', null],
    ['The plan would cost 5 billion dollars.', 'prediction', null],
    ['The fires were caused by arson.', 'causation', null],
    ['Mines kill civilians because they stay armed.', 'causation', null],
    ['The storm led to flooding.', 'causation', null],
    ['The delay resulted in losses.', 'causation', null],
    // (Without the particle, no cause: were causation.)
    ['She has led the division for years.', 'other', null],
    ['Clinton leads in the polls.', 'other', null],
    ['The election results were close.', 'other', null],
    // (“results” the noun before “in”: were causation.)
    ['The staffers saved their search results in new folders.', 'other', null],
    ['Still to come: results in Ohio, Missouri and Illinois.', 'other', null],
    ['The delay results in losses for farmers.', 'causation', null],
    ['Higher rates are linked to slower growth.', 'causation', null],
    ['Smoking is associated with a higher risk of stroke.', 'causation', null],
    ['A PAC linked to Trump spent heavily.', 'other', null],
    ['People associated with the campaign left.', 'other', null],
    ['The law prohibits the sale of mines.', 'rule', null],
    // (“law” and “legal” that say who someone is: were rules.)
    ['Carl Tobias, a law professor, was not optimistic.', 'other', null],
    ['She thanked law enforcement officers.', 'other', null],
    ['He wrote to the acting legal adviser.', 'other', null],
    ['Trump rescinded the program in 2025.', 'rule', 'event'],
    ['The Gulf War ended in 1991.', 'other', 'event'],
    ['The senator visited the base.', 'other', null]
  ])('classifies %j', (sentence, kind, subkind) => {
    expect(kindOf(sentence)).toEqual([kind, subkind])
  })

  it('reads a “would” about a time before the article’s date as a future in the past, no prediction', () => {
    const kinds = (input: string, published: string | null = '2016-03-09') =>
      annotate(input, {format: 'text', published}).claims.map((claim) => [claim.text, claim.kind])
    // (Published on March 9: that day has come; were predictions.)
    expect(kinds('He said he would campaign in Iowa on March 7, 2016.')).toEqual([['he would campaign in Iowa on March 7, 2016', 'other']])
    expect(kinds('In the early 1960s, the group would provide the volunteers.')).toEqual([['In the early 1960s, the group would provide the volunteers.', 'other']])
    // (A time ahead, none at all, or no date to tell by: still predictions.)
    expect(kinds('He said he would campaign in Iowa on March 11, 2016.')).toEqual([['he would campaign in Iowa on March 11, 2016', 'prediction']])
    expect(kinds('He said he would build a wall.')).toEqual([['he would build a wall', 'prediction']])
    expect(kinds('He said he would campaign in Iowa on March 7, 2016.', null)).toEqual([['he would campaign in Iowa on March 7, 2016', 'prediction']])
    // (Another future marker looks ahead whatever the times.)
    expect(kinds('In 2015 he said the plan will cost more.')[0]?.[1]).toBe('prediction')
  })

  it('reads “would like” and “would rather” as a wish, no prediction', () => {
    expect(kindOf('The White House would like to make the election a battle about competence.')).toEqual(['other', null])
    expect(kindOf('Voters would rather see someone new.')).toEqual(['other', null])
    expect(kindOf('Voters would see someone new.')).toEqual(['prediction', null])
  })

  it('reads what someone expects or predicts as a prediction', () => {
    const tokens = tokenize('prices to fall', 0, 14)
    expect(classifyClaim(tokens, [], [], true, 'expect')).toMatchObject({kind: 'prediction'})
    expect(classifyClaim(tokens, [], [], true, 'said')).toMatchObject({kind: 'other'})
    const [claim] = annotate('Analysts expect prices to fall.', {format: 'text'}).claims
    expect(claim).toMatchObject({text: 'prices to fall', kind: 'prediction'})
  })

  it('reads the first person as personal experience only in someone’s words', () => {
    expect(kindOf('I saw the mines myself.', true)).toEqual(['experience', null])
    expect(kindOf('I saw the mines myself.', false)).toEqual(['other', null])
    expect(kindOf('The land mine exploded.', true)).toEqual(['other', null])
  })
})

describe('findHedges and findNegations', () => {
  function spans(sentence: string, find: typeof findHedges): string[] {
    const tokens = tokenize(sentence, 0, sentence.length)
    return find(tokens).map(([first, last]) => sentence.slice(tokens[first]!.start, tokens[last]!.end))
  }

  it('finds hedges, and “may” only lowercase', () => {
    expect(spans('The apparent attack could reportedly spread, and may seem to grow in May.', findHedges)).toEqual([
      'apparent',
      'could',
      'reportedly',
      'may',
      'seem'
    ])
    expect(spans('It appears to be allegedly possible.', findHedges)).toEqual(['appears', 'allegedly', 'possible'])
  })

  it('finds “almost certainly”, “nearly certain” as hedges, not “certainly” alone', () => {
    // (Were no hedge: a near certainty is still short of one.)
    expect(spans('The bill will almost certainly pass.', findHedges)).toEqual(['almost certainly'])
    expect(spans('Defeat is virtually certain, and nearly certain to cost him.', findHedges)).toEqual(['virtually certain', 'nearly certain'])
    expect(spans('The bill will certainly pass, and certain members agree.', findHedges)).toEqual([])
  })

  it('finds “seem” whatever follows it, “appear” only before “to” or “that”', () => {
    // (“seemed equally unperturbed”, “seems a near certainty” had no hedge.)
    expect(spans('Trump’s supporters seemed equally unperturbed.', findHedges)).toEqual(['seemed'])
    expect(spans('It seems a near certainty that he will stay.', findHedges)).toEqual(['seems'])
    expect(spans('Mr. Trump seemed like a different candidate.', findHedges)).toEqual(['seemed'])
    expect(spans('She appeared on Fox News on Sunday.', findHedges)).toEqual([])
  })

  it('finds negations with their auxiliary, and contractions', () => {
    expect(spans('The U.S. has not used mines and did not sign; it didn’t, never, no way.', findNegations)).toEqual([
      'has not',
      'did not',
      'didn’t',
      'never',
      'no'
    ])
  })

  it('does not take bounds or “not only” for negations', () => {
    expect(spans('No more than 5 died, not only here but not least there; no doubt.', findNegations)).toEqual([])
    expect(spans('not more than 3', findNegations)).toEqual([])
  })
})

describe('findClaims (random input)', () => {
  const pieces = [
    'nearly', '2,000', 'people', 'more than', '160', 'tens of', 'thousands', 'of', 'Dec.', '2', 'In', '2024', ',', '.', '?',
    '“', '”', 'said', 'not', 'could', 'three decades ago', 'within 90 days', '$1.2 billion', '24%', 'between', 'and', '-',
    'the', 'memo', 'says', 'first', 'third-largest', 'May', 'Friday', 'last year', '\n', '\n\n', '# ', '> ', '**', '1'.repeat(400)
  ]

  it('never throws and keeps every span equal to the input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 60}), fc.boolean(), (parts, published) => {
        const input = parts.join(' ')
        const doc = parseDocument(input, 'auto', published ? '2025-12-05' : null, new VFile({value: input}))
        const list = findClaims(doc, [], [], [])
        for (const claim of list) Claim.parse(claim)
        expect(brokenSpans(input, list)).toEqual([])
      }),
      {numRuns: 300}
    )
  })
})

// Hand-made quotes and reports, from strings located in the input.

/** A hand-made quote: the whole quote as written (with its marks). */
export interface QuoteSpec {
  id: string
  kind: Quote['kind']
  text: string
  sourceId?: string | null
  mention?: string | null
  cue?: string | null
  continues?: string
  /** `null`: no attribution at all (term quotes, continuations). */
  attribution?: null
}

/** A hand-made report: content strings, cue and mention near them. */
export interface ReportSpec {
  content: string[]
  cue: string | null
  mention: string | null
  sourceId: string | null
  type: Report['type']
  cueClass: Report['cueClass']
  quoteIds: string[]
  nested?: ReportSpec[]
}

/** Hand-made attributions of one input. */
export interface AttributionSpec {
  published: string | null
  quotes: QuoteSpec[]
  reports: ReportSpec[]
}

/** A case: the input, its parsed document, and quotes and reports built from the spec. */
export interface ClaimCase {
  input: string
  doc: Doc
  quotes: Quote[]
  reports: Report[]
}

/**
 * Read `fixtures/<name>/input.txt` and `attributions.json`.
 *
 * @param name
 *   Fixture folder.
 * @param published
 *   Override of the spec’s publication date (`undefined`: the spec’s).
 * @returns
 *   The case.
 */
export function loadCase(name: string, published?: string | null): ClaimCase {
  const folder = path.join(root, 'fixtures', name)
  const input = readFileSync(path.join(folder, 'input.txt'), 'utf8')
  const spec = JSON.parse(readFileSync(path.join(folder, 'attributions.json'), 'utf8')) as AttributionSpec
  return buildCase(input, spec, published === undefined ? spec.published : published)
}

/**
 * Build a case from an input and a spec.
 *
 * @param input
 *   Article text.
 * @param spec
 *   Hand-made quotes and reports.
 * @param published
 *   Publication date.
 * @returns
 *   The case.
 */
export function buildCase(input: string, spec: Omit<AttributionSpec, 'published'>, published: string | null): ClaimCase {
  const doc = parseDocument(input, 'auto', published, new VFile({value: input}))
  const quotes = spec.quotes.map((item) => toQuote(doc, item))
  const reports = spec.reports.map((item) => toReport(input, item))
  return {input, doc, quotes, reports}
}

/** Offsets of `needle`, the only or the first occurrence. */
export function locate(input: string, needle: string): [number, number] {
  const start = input.indexOf(needle)
  if (start === -1) throw new Error('Not in the input: ' + needle)
  return [start, start + needle.length]
}

/** Offsets of the occurrence of `needle` nearest to `[start, end)`. */
export function near(input: string, needle: string, start: number, end: number): [number, number] {
  let best = -1
  let bestDistance = Infinity
  let index = input.indexOf(needle)
  while (index !== -1) {
    const distance = Math.min(Math.abs(index - start), Math.abs(index - end), Math.abs(index + needle.length - start))
    if (distance < bestDistance) {
      bestDistance = distance
      best = index
    }

    index = input.indexOf(needle, index + 1)
  }

  if (best === -1) throw new Error('Not in the input: ' + needle)
  return [best, best + needle.length]
}

function toQuote(doc: Doc, spec: QuoteSpec): Quote {
  const {input, location} = doc
  const [start, end] = locate(input, spec.text)
  const sentenceIds = doc.sentences.filter((sentence) => sentence.start < end && sentence.end > start).map((sentence) => sentence.id)
  const first = doc.sentences.find((sentence) => sentence.end > start)!
  const hasAttribution = spec.attribution !== null
  return {
    id: spec.id,
    kind: spec.kind,
    ...location.span(start, end),
    content: input.slice(start + 1, end - 1).replace(/\s+/g, ' '),
    contentPosition: location.position(start + 1, end - 1),
    marks: {open: input.charAt(start), close: input.charAt(end - 1)},
    paragraphId: doc.paragraphs[first.paragraph]!.id,
    sentenceIds,
    continues: spec.continues ?? null,
    attribution: hasAttribution
      ? {
          sourceId: spec.sourceId ?? null,
          mention: spec.mention ? location.span(...near(input, spec.mention, start, end)) : null,
          cue: spec.cue ? location.span(...near(input, spec.cue, start, end)) : null,
          confidence: 0.9
        }
      : null
  }
}

function toReport(input: string, spec: ReportSpec): Report {
  const content = spec.content.map((text) => locate(input, text))
  const [start] = content[0]!
  const end = content.at(-1)![1]
  return {
    content,
    cue: spec.cue ? near(input, spec.cue, start, end) : null,
    mention: spec.mention ? near(input, spec.mention, start, end) : null,
    sourceId: spec.sourceId,
    type: spec.type,
    cueClass: spec.cueClass,
    confidence: 0.8,
    quoteIds: spec.quoteIds,
    nested: (spec.nested ?? []).map((item) => toReport(input, item))
  }
}
