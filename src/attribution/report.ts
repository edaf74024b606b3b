import type {AttributionType, CueClass} from '../schema.js'

/**
 * An attribution that is not a direct quotation, found in the text: reported
 * speech (“X said that …”), “according to X”, a document that says, beliefs,
 * intentions, perceptions and evidence. Offsets are `[start, end)` into the
 * input. Internal: the claims stage turns reports into claims.
 */
export interface Report {
  /** Content ranges in input order; several when the content is discontinuous. */
  content: Array<[number, number]>
  /** The words that mark the attribution (“said”, “according to”). */
  cue: [number, number] | null
  /** The words in this passage that name the source (“Leahy”, “she”). */
  mention: [number, number] | null
  /** Set by the sources stage. */
  sourceId: string | null
  type: Exclude<AttributionType, 'quoted' | 'unattributed'>
  cueClass: CueClass | null
  /** 0..1. */
  confidence: number
  /** Ids of quotes inside the content. */
  quoteIds: string[]
  /** Attributions nested in the content (only the outermost is the claim’s). */
  nested: Report[]
}
