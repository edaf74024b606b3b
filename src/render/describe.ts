/**
 * Words that describe an item’s attribution: the tooltip and the accessible
 * description say the same thing.
 */
import type {Attribution, Claim, ClaimAttribution, Quote, Source} from '../schema.js'
import {ClaimKind} from '../schema.js'

/** Every claim kind, in schema order. */
export const claimKinds = ClaimKind.options

const attributionTypes: Record<ClaimAttribution['type'], string> = {
  quoted: 'quoted',
  reported: 'reported speech',
  'according-to': 'according to',
  document: 'document',
  unattributed: 'unattributed (the reporter)'
}

/**
 * A score or confidence with two decimals (stable across runs).
 *
 * @param value
 *   Number from 0 to 1.
 * @returns
 *   Such as `0.85`.
 */
export function score(value: number): string {
  return value.toFixed(2)
}

/**
 * Short name of a source for descriptions.
 *
 * @param source
 *   The source, or `undefined` when there is none.
 * @returns
 *   `Name (kind)` or `no source`.
 */
export function sourceLabel(source: Source | undefined): string {
  return source ? source.name + ' (' + source.kind + ')' : 'no source'
}

/**
 * Lines describing a quote and who said it.
 *
 * @param quote
 *   The quote.
 * @param source
 *   Its source, if attributed.
 * @returns
 *   Lines, first one the summary.
 */
export function describeQuote(quote: Quote, source: Source | undefined): string[] {
  const lines = ['Quote (' + quote.kind + ') — ' + sourceLabel(source)]
  attributionLines(quote.attribution, lines)
  if (quote.continues) lines.push('Continues quote ' + quote.continues)
  return lines
}

/**
 * Lines describing a claim: kind, check-worthiness, and attribution.
 *
 * @param claim
 *   The claim.
 * @param source
 *   The source of its (outer) attribution, if any.
 * @returns
 *   Lines, first one the summary.
 */
export function describeClaim(claim: Claim, source: Source | undefined): string[] {
  const worthy = claim.checkworthiness >= 0.5
  const lines = [
    'Claim: ' +
      claim.kind +
      (claim.subkind ? ' (' + claim.subkind + ')' : '') +
      ' — check-worthiness ' +
      score(claim.checkworthiness) +
      (worthy ? ', check-worthy' : ', below threshold'),
    'Attribution: ' + attributionTypes[claim.attribution.type] + ' — ' + sourceLabel(source)
  ]
  attributionLines(claim.attribution, lines, claim.attribution.cueClass)
  if (claim.nested.length > 0) lines.push('Nested attributions: ' + claim.nested.length)
  if (claim.hedges.length > 0) lines.push('Hedged: ' + claim.hedges.map((span) => '“' + span.text + '”').join(', '))
  if (claim.negations.length > 0) {
    lines.push('Negated: ' + claim.negations.map((span) => '“' + span.text + '”').join(', '))
  }

  return lines
}

/**
 * Lines describing a source.
 *
 * @param source
 *   The source.
 * @param number
 *   Its 1-based number in the panel.
 * @returns
 *   Lines, first one the summary.
 */
export function describeSource(source: Source, number: number): string[] {
  const lines = ['Source ' + number + ': ' + source.name + ' (' + source.kind + ')']
  if (source.titles.length > 0) lines.push(source.titles.join(', '))
  if (source.affiliation) lines.push(source.affiliation)
  return lines
}

function attributionLines(
  attribution: Attribution | null,
  lines: string[],
  cueClass?: ClaimAttribution['cueClass']
): void {
  if (!attribution) return
  const parts: string[] = []
  if (attribution.cue) parts.push('cue “' + attribution.cue.text + '”' + (cueClass ? ' (' + cueClass + ')' : ''))
  if (attribution.mention) parts.push('named as “' + attribution.mention.text + '”')
  parts.push('confidence ' + score(attribution.confidence))
  lines.push(capitalize(parts.join(' · ')))
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
