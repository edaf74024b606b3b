/**
 * Evaluate quotes and attributions on PolNeAR (`npm run eval`).
 *
 * Usage: `npx tsx bench/eval.ts [--split dev|train] [--worst N] [--reports] [--double-apostrophes]`
 * (`EVAL_DIGITS=5` prints figures with five decimals, to compare changes
 * smaller than the third)
 *
 * Metric (issues 3 and 4): each article’s first `.ann` in sorted order; an
 * attribution is an `E` line’s Content/Cue/Source spans (code points →
 * UTF-16). Gold *direct* = attributions whose content contains “, ” or ".
 * Predicted direct = quotes with an attribution (a mention or a source id);
 * quotes linked by `continues` count once with their ranges together (a
 * continued quote with no mention of its own uses the chain’s mention).
 * One-to-one greedy matching by shared content characters (any overlap
 * counts). P = matched/predicted, R = matched/gold. Source accuracy =
 * matched pairs whose predicted mention overlaps the gold Source, over
 * matched pairs with a gold source; cue accuracy likewise. End-to-end F1
 * counts matched pairs with the right source (mention overlaps the gold
 * source, or neither has one).
 *
 * All attributions: gold = every `E` line; predicted = attributed quote
 * chains plus claims whose attribution is not `unattributed` (nor `quoted`),
 * a claim absorbing the chains of its quotes — or, with `--reports`, the
 * attribution stage’s reports directly (to tune before claims exist). Also
 * recall on gold attributions whose cue holds a speech verb.
 *
 * A second direct row also counts gold content with `''` (two apostrophes,
 * the double quotation mark of PolNeAR’s NYT texts) or `‘` (single quotes
 * of headlines) as quoted: the metric counts only “ ” ", so quotes
 * found between those marks are false positives there.
 *
 * `--double-apostrophes` runs with `annotate`’s option of that name (`''`
 * read as a quotation mark, off by default): the NYT quotes are then found
 * as quotes — more attributions, but false positives for the direct metric.
 */
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {findReports} from '../src/attribution/index.js'
import {cues} from '../src/attribution/lexicon.js'
import type {Report} from '../src/attribution/report.js'
import {findClaims} from '../src/claims/index.js'
import {parseDocument} from '../src/parse/document.js'
import {findQuotes} from '../src/quotes/index.js'
import type {Claim, Quote} from '../src/schema.js'
import {resolveSources} from '../src/sources/index.js'
import {loadSplit, type GoldArticle, type GoldAttribution} from './eval-gold.js'
import {chains, fromClaims, fromReports} from './eval-predict.js'
import {emptyCounts, metrics, score, type Counts, type Pair, type Predicted} from './eval-score.js'

interface Arguments {
  split: string
  worst: number
  reports: boolean
  doubleApostrophes: boolean
}

interface ArticleResult {
  name: string
  text: string
  direct: {predicted: Predicted[]; gold: GoldAttribution[]; pairs: Pair[]}
  all: {predicted: Predicted[]; gold: GoldAttribution[]; pairs: Pair[]}
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'polnear')
const quoteMark = /[“”"]/
/** Variant: also `''`, the double mark of some archives (NYT in PolNeAR). */
const quoteMarkVariant = /[“”"‘]|''/


function main(): void {
  const args = parseArguments(process.argv.slice(2))
  const folder = join(root, args.split)
  if (!existsSync(join(folder, 'text'))) {
    console.log('PolNeAR not found at ' + folder + '; skipping evaluation.')
    return
  }

  const articles = loadSplit(folder)
  const direct = emptyCounts()
  const variant = emptyCounts()
  const all = emptyCounts()
  const speech = {gold: 0, matched: 0}
  const results: ArticleResult[] = []
  const failures = new Map<string, number>()
  const started = performance.now()

  for (const article of articles) {
    const output = run(article, args.doubleApostrophes, failures)
    const quoteChains = chains(output.quotes)
    const directGold = article.attributions.filter((item) => quoteMark.test(item.contentText))
    const directPredicted = quoteChains.filter((chain) => chain.attributed).map((chain) => chain.prediction)
    const directPairs = score(directPredicted, directGold, direct)
    score(directPredicted, article.attributions.filter((item) => quoteMarkVariant.test(item.contentText)), variant)
    const allPredicted = args.reports ? fromReports(quoteChains, output.reports) : fromClaims(quoteChains, output.claims)
    const allPairs = score(allPredicted, article.attributions, all)
    const matchedGold = new Set(allPairs.map((pair) => pair.gold))
    for (const [index, item] of article.attributions.entries()) {
      if (!isSpeechCue(item.cueText)) continue
      speech.gold++
      if (matchedGold.has(index)) speech.matched++
    }

    results.push({
      name: article.name,
      text: article.text,
      direct: {predicted: directPredicted, gold: directGold, pairs: directPairs},
      all: {predicted: allPredicted, gold: article.attributions, pairs: allPairs}
    })
  }

  const seconds = (performance.now() - started) / 1000
  const mode = args.reports ? 'quotes + reports (--reports)' : 'quotes + claims'
  console.log(
    'PolNeAR ' + args.split + ': ' + articles.length + ' articles, ' + seconds.toFixed(1) + ' s' +
      (args.doubleApostrophes ? " (--double-apostrophes: '' read as a quotation mark)" : '')
  )
  console.log('')
  console.log(pad('', 34) + row(['P', 'R', 'F1', 'source', 'cue', 'e2e F1', 'pred', 'gold']))
  console.log(pad('direct quotes', 34) + numbers(direct))
  console.log(pad("direct, gold also with '' or ‘", 34) + numbers(variant))
  console.log(pad('all attributions, ' + mode, 34) + numbers(all))
  console.log('')
  console.log('speech-cue recall (all attributions): ' + ratio(speech.matched, speech.gold))
  for (const [stage, count] of failures) console.log('! ' + stage + ' threw on ' + count + ' articles (predictions without it)')

  if (args.worst > 0) worst(results, args.worst)
}

function run(
  article: GoldArticle,
  doubleApostrophes: boolean,
  failures: Map<string, number>
): {quotes: Quote[]; reports: Report[]; claims: Claim[]} {
  const file = new VFile({value: article.text})
  const doc = parseDocument(article.text, 'auto', null, file)
  const quotes = findQuotes(doc, {doubleApostrophes})
  const reports = findReports(doc, quotes)
  let claims: Claim[] = []
  try {
    const sources = resolveSources(doc, quotes, reports)
    claims = findClaims(doc, quotes, reports, sources)
  } catch {
    failures.set('sources/claims', (failures.get('sources/claims') ?? 0) + 1)
  }

  return {quotes, reports, claims}
}

/** Verbs of speech for the speech-cue recall (fixed, whatever the lexicon holds). */
const speechVerbs = new Set(
  ('say tell add note argue insist warn tweet write claim explain state declare announce ask reply respond ' +
    'answer comment remark report suggest mention acknowledge admit concede confirm deny assert contend ' +
    'maintain stress emphasize observe predict promise pledge vow urge demand recommend propose testify ' +
    'describe call accuse allege complain boast joke recall repeat reiterate continue conclude agree counter ' +
    'retort shout yell read post').split(' ')
)

function isSpeechCue(text: string): boolean {
  const lower = text.toLowerCase()
  if (/\baccording to\b/.test(lower)) return true
  for (const word of lower.match(/[a-z’']+/g) ?? []) {
    const entries = cues.get(word)
    if (entries && entries.some((entry) => speechVerbs.has(entry.lemma))) return true
  }

  return false
}

/** Print the articles with the most errors and their errors. */
function worst(results: ArticleResult[], count: number): void {
  const scored = results
    .map((result) => {
      const {direct} = result
      const errors =
        direct.predicted.length - direct.pairs.length +
        (direct.gold.length - direct.pairs.length) +
        direct.pairs.filter((pair) => !pair.sourceRight).length
      return {result, errors}
    })
    .sort((a, b) => b.errors - a.errors)
    .slice(0, count)

  for (const {result, errors} of scored) {
    const {direct, text, name} = result
    console.log('')
    console.log('== ' + name + ' (' + errors + ' direct-quote errors)')
    const matchedPredicted = new Set(direct.pairs.map((pair) => pair.predicted))
    const matchedGold = new Set(direct.pairs.map((pair) => pair.gold))
    for (const [index, gold] of direct.gold.entries()) {
      if (matchedGold.has(index)) continue
      console.log('  missed: ' + clip(gold.contentText) + '  [source: ' + gold.sourceText + ' | cue: ' + gold.cueText + ']')
    }

    for (const [index, prediction] of direct.predicted.entries()) {
      if (matchedPredicted.has(index)) continue
      console.log('  extra:  ' + clip(slice(text, prediction.content)) + '  [' + prediction.label + ', mention: ' + (prediction.mention ? text.slice(...prediction.mention) : '-') + ']')
    }

    for (const pair of direct.pairs) {
      if (pair.sourceRight) continue
      const prediction = direct.predicted[pair.predicted]!
      const gold = direct.gold[pair.gold]!
      console.log('  source: ' + clip(gold.contentText) + '  [gold: ' + (gold.sourceText || '-') + ' | predicted: ' + (prediction.mention ? text.slice(...prediction.mention) : '-') + ']')
    }
  }
}

function slice(text: string, ranges: Array<[number, number]>): string {
  return ranges.map(([start, end]) => text.slice(start, end)).join(' … ')
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ')
  return flat.length > 110 ? flat.slice(0, 107) + '...' : flat
}

function numbers(counts: Counts): string {
  const m = metrics(counts)
  return row([m.precision, m.recall, m.f1, m.sourceAccuracy, m.cueAccuracy, m.endToEndF1].map((value) => value.toFixed(Number(process.env.EVAL_DIGITS ?? 3))).concat([String(counts.predicted), String(counts.gold)]))
}

function row(cells: string[]): string {
  return cells.map((cell) => pad(cell, 8)).join('')
}

function pad(value: string, width: number): string {
  return value.length >= width ? value + ' ' : value + ' '.repeat(width - value.length)
}

function ratio(a: number, b: number): string {
  return (b === 0 ? 0 : a / b).toFixed(3) + ' (' + a + '/' + b + ')'
}

function parseArguments(argv: string[]): Arguments {
  const args: Arguments = {split: 'dev', worst: 0, reports: false, doubleApostrophes: false}
  for (let index = 0; index < argv.length; index++) {
    const value = argv[index]!
    if (value === '--split') args.split = argv[++index] ?? 'dev'
    else if (value.startsWith('--split=')) args.split = value.slice(8)
    else if (value === '--worst') args.worst = Number(argv[++index] ?? '10') || 10
    else if (value.startsWith('--worst=')) args.worst = Number(value.slice(8)) || 10
    else if (value === '--reports') args.reports = true
    else if (value === '--double-apostrophes') args.doubleApostrophes = true
    else {
      throw new TypeError(
        'Unknown argument `' + value + '`; expected --split dev|train, --worst N, --reports, --double-apostrophes'
      )
    }
  }

  if (args.split !== 'dev' && args.split !== 'train') {
    throw new TypeError('Expected `--split` to be dev or train, got `' + args.split + '`')
  }

  return args
}

main()
