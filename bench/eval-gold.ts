/**
 * Read PolNeAR articles and their gold attributions (brat standoff) for the
 * evaluation harness.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** `[start, end)` in UTF-16 code units. */
export type Range = [number, number]

/** One gold attribution (an `E` line). */
export interface GoldAttribution {
  id: string
  content: Range[]
  cue: Range[]
  source: Range[]
  /** Content text (ranges joined by a space). */
  contentText: string
  cueText: string
  sourceText: string
}

/** One article with its gold attributions. */
export interface GoldArticle {
  name: string
  text: string
  attributions: GoldAttribution[]
}

/**
 * Load every article of a split.
 *
 * @param root
 *   Folder of the split (`…/polnear/dev`).
 * @returns
 *   Articles in sorted order; an article with no `.ann` gets no attributions.
 */
export function loadSplit(root: string): GoldArticle[] {
  const textDir = join(root, 'text')
  const annDir = join(root, 'attributions')
  const annFiles = existsSync(annDir) ? readdirSync(annDir).filter((name) => name.endsWith('.ann')).sort() : []
  const firstAnn = new Map<string, string>()
  for (const file of annFiles) {
    // `NAME_ANNOTATOR.ann`: the annotator id never holds an underscore.
    const name = file.replace(/_[^_]+\.ann$/, '')
    if (!firstAnn.has(name)) firstAnn.set(name, file)
  }

  const articles: GoldArticle[] = []
  for (const file of readdirSync(textDir).filter((name) => name.endsWith('.txt')).sort()) {
    const name = file.slice(0, -4)
    const text = readFileSync(join(textDir, file), 'utf8')
    const ann = firstAnn.get(name)
    const attributions = ann ? parseAnn(readFileSync(join(annDir, ann), 'utf8'), text) : []
    articles.push({name, text, attributions})
  }

  return articles
}

/**
 * Parse brat standoff into attributions, converting code point offsets to
 * UTF-16.
 *
 * @param ann
 *   The `.ann` file.
 * @param text
 *   The article.
 * @returns
 *   Attributions in file order.
 */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const toUtf16 = codePointMap(text)
  const spans = new Map<string, Range[]>()
  const result: GoldAttribution[] = []
  const events: Array<[string, string]> = []
  for (const line of ann.split('\n')) {
    const fields = line.split('\t')
    const id = fields[0] ?? ''
    if (id.startsWith('T') && fields[1]) {
      const space = fields[1].indexOf(' ')
      const ranges: Range[] = []
      for (const part of fields[1].slice(space + 1).split(';')) {
        const [a, b] = part.trim().split(' ').map(Number)
        if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) continue
        ranges.push([toUtf16(a), toUtf16(b)])
      }

      spans.set(id, ranges)
    } else if (id.startsWith('E') && fields[1]) {
      events.push([id, fields[1]])
    }
  }

  for (const [id, args] of events) {
    const content: Range[] = []
    const cue: Range[] = []
    const source: Range[] = []
    for (const arg of args.trim().split(/\s+/)) {
      const [role, ref] = arg.split(':')
      if (!role || !ref) continue
      const ranges = spans.get(ref) ?? []
      if (role.startsWith('Content')) content.push(...ranges)
      else if (role.startsWith('Cue')) cue.push(...ranges)
      else if (role.startsWith('Source')) source.push(...ranges)
    }

    const slice = (ranges: Range[]) => ranges.map(([a, b]) => text.slice(a, b)).join(' ')
    result.push({
      id,
      content,
      cue,
      source,
      contentText: slice(content),
      cueText: slice(cue),
      sourceText: slice(source)
    })
  }

  return result
}

/** Map code point offsets of `text` to UTF-16 offsets. */
function codePointMap(text: string): (offset: number) => number {
  let astral = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      astral = true
      break
    }
  }

  if (!astral) return (offset) => offset
  const map: number[] = []
  let index = 0
  while (index < text.length) {
    map.push(index)
    const code = text.charCodeAt(index)
    const next = text.charCodeAt(index + 1)
    index += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1
  }

  map.push(text.length)
  return (offset) => map[offset] ?? text.length
}
