/**
 * Colours of the viewer, per theme. Kept as data (not only CSS) so tests can
 * check every text/background pair for WCAG contrast.
 */

/** One source colour: a tint behind quoted text and a strong line colour. */
export interface SourceColour {
  /** Background of quoted words (body text is drawn on it). */
  readonly background: string
  /** Border under quoted words and background of the source number label. */
  readonly line: string
}

/** Colours of one theme. */
export interface Theme {
  /** Page background. */
  readonly background: string
  /** Body text. */
  readonly text: string
  /** Secondary text (labels, counts). */
  readonly muted: string
  /** Background of the sources panel. */
  readonly panel: string
  /** Borders and rules. */
  readonly border: string
  /** Links (source mentions, panel links). */
  readonly link: string
  /** Focus ring. */
  readonly focus: string
  /** Tooltip background and text. */
  readonly tipBackground: string
  readonly tipText: string
  /** Text drawn on a source’s `line` colour (its number label). */
  readonly onLine: string
  /** Filled badge (check-worthy claims): background and text. */
  readonly badgeBackground: string
  readonly badgeText: string
  /** Underline of check-worthy claims and of the others. */
  readonly claimLine: string
  readonly claimLineWeak: string
  /** Colour 0 is for quotes without a source; 1… cycle over sources. */
  readonly sources: readonly SourceColour[]
}

/** Light theme: tints under dark text. */
export const light: Theme = {
  background: '#ffffff',
  text: '#1f2937',
  muted: '#4b5563',
  panel: '#f6f7f9',
  border: '#d1d5db',
  link: '#1e40af',
  focus: '#1d4ed8',
  tipBackground: '#111827',
  tipText: '#f9fafb',
  onLine: '#ffffff',
  badgeBackground: '#374151',
  badgeText: '#ffffff',
  claimLine: '#1f2937',
  claimLineWeak: '#6b7280',
  sources: [
    {background: '#e5e7eb', line: '#4b5563'},
    {background: '#dbeafe', line: '#1d4ed8'},
    {background: '#ffedd5', line: '#c2410c'},
    {background: '#dcfce7', line: '#15803d'},
    {background: '#f3e8ff', line: '#7e22ce'},
    {background: '#fce7f3', line: '#be185d'},
    {background: '#ccfbf1', line: '#0f766e'},
    {background: '#fef9c3', line: '#a16207'},
    {background: '#fee2e2', line: '#b91c1c'}
  ]
}

/** Dark theme: deep shades under light text. */
export const dark: Theme = {
  background: '#111827',
  text: '#f3f4f6',
  muted: '#d1d5db',
  panel: '#1a2230',
  border: '#4b5563',
  link: '#bfdbfe',
  focus: '#93c5fd',
  tipBackground: '#f9fafb',
  tipText: '#111827',
  onLine: '#111827',
  badgeBackground: '#e5e7eb',
  badgeText: '#111827',
  claimLine: '#f3f4f6',
  claimLineWeak: '#9ca3af',
  sources: [
    {background: '#374151', line: '#d1d5db'},
    {background: '#1e3a8a', line: '#93c5fd'},
    {background: '#7c2d12', line: '#fdba74'},
    {background: '#14532d', line: '#86efac'},
    {background: '#581c87', line: '#d8b4fe'},
    {background: '#831843', line: '#f9a8d4'},
    {background: '#134e4a', line: '#5eead4'},
    {background: '#713f12', line: '#fde047'},
    {background: '#7f1d1d', line: '#fca5a5'}
  ]
}

/** Number of distinct source colours before they repeat (with another pattern). */
export const colourCount = light.sources.length - 1

/** Border patterns under quotes; they change each time the colours repeat. */
export const patterns = ['solid', 'dashed', 'dotted', 'double'] as const

/**
 * Colour and pattern of the source at `index` in `annotation.sources`.
 *
 * @param index
 *   0-based position of the source, or `-1` for no source.
 * @returns
 *   `colour` (0 for no source, else 1…{@link colourCount}) and `pattern`
 *   (index into {@link patterns}).
 */
export function sourceStyle(index: number): {colour: number; pattern: number} {
  if (index < 0) return {colour: 0, pattern: 0}
  return {
    colour: (index % colourCount) + 1,
    pattern: Math.floor(index / colourCount) % patterns.length
  }
}
