import type {Report} from '../attribution/report.js'
import type {Doc} from '../parse/document.js'
import type {Quote, Source} from '../schema.js'

/**
 * Resolve the sources of a document (filled in by the sources stage).
 *
 * @param doc
 *   Parsed document.
 * @param quotes
 *   Quotes found; their attributions get `sourceId`s.
 * @param reports
 *   Reports found; they get `sourceId`s.
 * @returns
 *   Sources in order of first mention.
 */
export function resolveSources(doc: Doc, quotes: Quote[], reports: Report[]): Source[] {
  void doc
  void quotes
  void reports
  return []
}
