/**
 * Turn pipeline output into predicted attributions for the evaluation:
 * quote chains, reports, and claims.
 */
import type {Report} from '../src/attribution/report.js'
import type {Claim, Quote, Span} from '../src/schema.js'
import type {Range} from './eval-gold.js'
import type {Predicted} from './eval-score.js'

/** A chain of quotes linked by `continues`, counted once. */
export interface Chain {
  ids: string[]
  prediction: Predicted
  attributed: boolean
}

/**
 * Group quotes into chains (a quote and every quote that continues it).
 *
 * A chain’s mention and cue are those of its first quote that has one (a
 * continued quote with no own mention uses the mention of the quote it
 * continues). A chain is attributed when one of its quotes has a mention or
 * a source id.
 *
 * @param quotes
 *   Quotes of one article.
 * @returns
 *   Chains in order of their first quote.
 */
export function chains(quotes: Quote[]): Chain[] {
  const byId = new Map(quotes.map((quote) => [quote.id, quote]))
  const rootOf = new Map<string, string>()
  const root = (quote: Quote): string => {
    const known = rootOf.get(quote.id)
    if (known) return known
    let current = quote
    const seen = new Set<string>()
    while (current.continues && byId.has(current.continues) && !seen.has(current.id)) {
      seen.add(current.id)
      current = byId.get(current.continues)!
    }

    rootOf.set(quote.id, current.id)
    return current.id
  }

  const groups = new Map<string, Quote[]>()
  for (const quote of quotes) {
    const id = root(quote)
    const group = groups.get(id)
    if (group) group.push(quote)
    else groups.set(id, [quote])
  }

  const result: Chain[] = []
  for (const group of groups.values()) {
    const mention = group.find((quote) => quote.attribution?.mention)?.attribution?.mention ?? null
    const cue = group.find((quote) => quote.attribution?.cue)?.attribution?.cue ?? null
    const attributed = group.some((quote) => quote.attribution && (quote.attribution.mention || quote.attribution.sourceId))
    result.push({
      ids: group.map((quote) => quote.id),
      attributed,
      prediction: {
        content: group.map((quote) => range(quote)),
        mention: mention ? range(mention) : null,
        cue: cue ? range(cue) : null,
        label: 'quote ' + group.map((quote) => quote.id).join('+')
      }
    })
  }

  return result
}

/**
 * Predictions for “all attributions” from reports: every report, with the
 * quote chains it holds merged in, plus the attributed chains no report holds.
 *
 * @param quoteChains
 *   Chains of the article.
 * @param reports
 *   Reports of the article.
 * @returns
 *   Predictions.
 */
export function fromReports(quoteChains: Chain[], reports: Report[]): Predicted[] {
  const chainOf = chainIndex(quoteChains)
  const absorbed = new Set<number>()
  const result: Predicted[] = []
  for (const report of reports) {
    const content: Range[] = report.content.map(([start, end]) => [start, end])
    for (const id of report.quoteIds) {
      const index = chainOf.get(id)
      if (index === undefined || absorbed.has(index)) continue
      absorbed.add(index)
      content.push(...quoteChains[index]!.prediction.content)
    }

    result.push({
      content,
      mention: report.mention ? [report.mention[0], report.mention[1]] : null,
      cue: report.cue ? [report.cue[0], report.cue[1]] : null,
      label: 'report ' + report.type + (report.quoteIds.length > 0 ? ' (' + report.quoteIds.join(',') + ')' : '')
    })
  }

  for (const [index, chain] of quoteChains.entries()) {
    if (chain.attributed && !absorbed.has(index)) result.push(chain.prediction)
  }

  return result
}

/**
 * Predictions for “all attributions” from claims: claims whose attribution
 * is neither `unattributed` nor `quoted` (quotes count as chains), with the
 * chains of their quotes merged in, plus the attributed chains no claim holds.
 *
 * @param quoteChains
 *   Chains of the article.
 * @param claims
 *   Claims of the article.
 * @returns
 *   Predictions.
 */
export function fromClaims(quoteChains: Chain[], claims: Claim[]): Predicted[] {
  const chainOf = chainIndex(quoteChains)
  const absorbed = new Set<number>()
  const result: Predicted[] = []
  for (const claim of claims) {
    const type = claim.attribution.type
    if (type === 'unattributed' || type === 'quoted') continue
    const content: Range[] = [range(claim)]
    for (const id of claim.quoteIds) {
      const index = chainOf.get(id)
      if (index === undefined || absorbed.has(index)) continue
      absorbed.add(index)
      content.push(...quoteChains[index]!.prediction.content)
    }

    result.push({
      content,
      mention: claim.attribution.mention ? range(claim.attribution.mention) : null,
      cue: claim.attribution.cue ? range(claim.attribution.cue) : null,
      label: 'claim ' + claim.id + ' ' + type
    })
  }

  for (const [index, chain] of quoteChains.entries()) {
    if (chain.attributed && !absorbed.has(index)) result.push(chain.prediction)
  }

  return result
}

function chainIndex(quoteChains: Chain[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const [index, chain] of quoteChains.entries()) {
    for (const id of chain.ids) map.set(id, index)
  }

  return map
}

function range(span: Span): Range {
  return [span.position.start.offset, span.position.end.offset]
}
