/**
 * Sentence segmentation tuned for news copy. Neither `Intl.Segmenter` nor
 * the npm segmenters get news abbreviations right on their own (they split
 * “Patrick J. Leahy” or “Sen.”), so this is a small rule set over the view.
 */
import {isSpace} from './blocks.js'

/** Abbreviations after which a period never ends a sentence. */
const titles = new Set(
  (
    'Mr Mrs Ms Mx Dr Drs Prof Rev Hon Sen Sens Rep Reps Gov Govs Lt Gen Gens Col Maj Capt Cpt Cmdr ' +
    'Adm Sgt Cpl Pvt Spc Pfc Brig Atty Gen Supt Det Insp Amb Pres Msgr Fr Sr Jr St Ste Mt Ft Rt ' +
    'No Nos Nr Vol Vols Pp Fig Figs Art Sec Ch Ed Eds Est Approx Dept Univ Assn Bros Gov Lt Messrs ' +
    'Mmes Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs v cf al ca Rs'
  ).split(' ')
)

/**
 * Abbreviations that may also end a sentence (“Apple Inc.”, “in Calif.”):
 * they end one only when a typical sentence opener follows.
 */
const ambiguous = new Set(
  (
    'Inc Corp Co Ltd Cos Bros LLC etc Ala Ariz Ark Calif Colo Conn Del Fla Ga Ida Ill Ind Kan Kans ' +
    'Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo Ave Blvd'
  ).split(' ')
)

/** Words that typically open a sentence, used after ambiguous periods. */
const openers = new Set(
  (
    'The A An In It He She They We I You But And Or So Yet This That These Those There Here His Her ' +
    'Its Their Our My On At For As If When While After Before Since Although Though Because What Why ' +
    'How Who Where Which Still Also Now Then Last Some Many Most Other Others Several Both Each One Two ' +
    'Three No Not Even Only Such Meanwhile However Instead Asked Earlier Later Today Yesterday ' +
    'Officials Critics Experts'
  ).split(' ')
)

/** Capitalised words that go on a clock time (“10 a.m. Tuesday”, “9 p.m. ET”). */
const afterClock = new Set(
  (
    'ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT UTC BST CET CEST IST JST AEST AEDT Eastern Central Mountain ' +
    'Pacific Atlantic Greenwich Local Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr May Jun Jul ' +
    'Aug Sep Sept Oct Nov Dec January February March April June July August September October November December'
  ).split(' ')
)

// (A short appositive may sit between: “Why?” Miller, a retired worker, said.)
const cueAfterSpeaker =
  /^(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?:,\s[^,.!?;\n]{1,60},)?\s+(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|continued|explained|noted|argued|insisted|warned|tweeted|stated|declared|responded|recalled|joked|quipped|shouted|yelled|questioned|wondered|demanded|exclaimed|screamed|cried|pleaded|mused|countered|laughed|chanted|concluded|remarked|observed|commented|acknowledged|conceded|admitted|claimed|boasted|promised|predicted|suggested|urged|asserted|cautioned|complained|posted|posts|texted|emailed|announced)\b/

const pronounOpener = /^(?:He|She|They|It|We|I|You)\s/

/** A sentence that is only a speaker and a cue, with a short tail (“Trump said on Tuesday.”). */
const speakerOnly =
  /^(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*\s+[a-z]+(?:\s(?:on|in|at|during|after|before|from|to|via|outside|later|earlier|yesterday|today|tonight|\w+day)\b[^.!?"“”\n]{0,30})?\.(?:\s|$)/

/**
 * Longest sentence, in UTF-16 units: past it, a sentence ends at the next
 * white space. News sentences stay far below (the longest of PolNeAR’s
 * 33,000 has 1,094); longer ones are text without sentence ends (lists,
 * scraped pages, a missing period), and every later stage reads a sentence
 * as one unit, so a megabyte without a period made one megabyte-long claim
 * and tokens held for all of it.
 */
export const maxSentence = 2000

/** Where {@link splitSentences} ended sentences at {@link maxSentence}. */
export interface ForcedBreaks {
  /** How many. */
  count: number
  /** Offset of the first, or -1. */
  first: number
}

/** A run of characters other than sentence terminals (sticky). */
const nonTerminals = /[^.!?]{0,1024}/y

/**
 * Split `view[start..end)` into sentences.
 *
 * @param view
 *   The document view (markup blanked).
 * @param start
 *   Start offset of the block.
 * @param end
 *   End offset of the block (exclusive).
 * @param forced
 *   Receives the sentences ended at {@link maxSentence} (optional).
 * @returns
 *   Trimmed `[start, end)` pairs in order, covering every non-space
 *   character of the block.
 */
export function splitSentences(view: string, start: number, end: number, forced?: ForcedBreaks): Array<[number, number]> {
  const result: Array<[number, number]> = []
  const run: Run = {from: -1, after: -1, lastQuote: -1, lastParen: -1, next: -1}
  let sentenceStart = start
  let index = start
  while (index < end) {
    const code = view.charCodeAt(index)
    if (code !== 46 /* . */ && code !== 33 /* ! */ && code !== 63 /* ? */) {
      if (index - sentenceStart < maxSentence) {
        // Nothing happens before the next terminal or the length cap: skip
        // there with the regex engine, several times faster than this loop.
        // (At most 1,024 characters a call, so it never reads far past `end`.)
        nonTerminals.lastIndex = index
        nonTerminals.test(view)
        index = Math.min(nonTerminals.lastIndex, end, sentenceStart + maxSentence)
        continue
      }

      if (isSpace(code)) {
        pushSentence(result, view, sentenceStart, index)
        sentenceStart = index
        if (forced) {
          if (forced.count === 0) forced.first = index
          forced.count++
        }
      }

      index++
      continue
    }

    const boundary = boundaryAfter(view, index, end, run)
    if (boundary === -1) {
      index++
    } else {
      pushSentence(result, view, sentenceStart, boundary)
      sentenceStart = boundary
      index = boundary
    }
  }

  pushSentence(result, view, sentenceStart, end)
  return result
}

/**
 * The run of `!`, `?`, closing quotes and brackets after a terminal. Every
 * `!` or `?` inside a run ends at the same place, so a run is scanned once:
 * rescanning it from each of its terminals (“!!!!…” followed by a lowercase
 * word) would be quadratic in its length.
 */
interface Run {
  /** Offset the scan started at (just after the terminal that began it). */
  from: number
  /** First offset after the run. */
  after: number
  /** Offset of the last closing quote in the run, or -1. */
  lastQuote: number
  /** Offset of the last `)` or `]` in the run, or -1. */
  lastParen: number
  /** First non-space offset at or after `after` (-1: not computed yet). */
  next: number
}

/**
 * If the terminal at `index` ends a sentence, the offset just after it and
 * its closing quotes or brackets; else -1.
 */
function boundaryAfter(view: string, index: number, end: number, run: Run): number {
  const terminal = view.charCodeAt(index)
  let after = index + 1
  // Ellipses (“...”) never end a sentence here: news uses them mid-quote.
  if (terminal === 46 && (view.charCodeAt(after) === 46 || view.charCodeAt(index - 1) === 46)) {
    return -1
  }

  if (after < run.from || after > run.after) {
    run.from = after
    run.lastQuote = -1
    run.lastParen = -1
    run.next = -1
    while (after < end) {
      const code = view.charCodeAt(after)
      if (code === 33 || code === 63) {
        after++
      } else if (code === 0x20_1d || code === 0x20_19 || code === 34 || code === 39 || code === 0xbb) {
        run.lastQuote = after
        after++
      } else if (code === 41 /* ) */ || code === 93 /* ] */) {
        run.lastParen = after
        after++
      } else {
        break
      }
    }

    run.after = after
  }

  after = run.after
  // Only marks after this terminal count as its closing quote or bracket.
  const closedQuote = run.lastQuote > index
  const closedParen = run.lastParen > index

  if (after >= end) return -1
  if (!isSpace(view.charCodeAt(after))) return -1

  if (run.next === -1) {
    let next = after
    while (next < end && isSpace(view.charCodeAt(next))) next++
    run.next = next
  }

  const next = run.next
  if (next >= end) return -1
  const nextCode = view.charCodeAt(next)
  const nextChar = view.charAt(next)

  // Lowercase or clause punctuation: the sentence goes on (“?” asked X”).
  if (nextChar !== nextChar.toUpperCase() || /[,;:)\]—–-]/.test(nextChar)) return -1

  const rest = view.slice(next, Math.min(end, next + 80))
  // “Why?” Trump asked. — but after “…heart.” a capitalised “He said”
  // opens the next sentence: news puts a comma, not a period, before the
  // attribution that ends a quotation.
  if (closedQuote && terminal !== 46 && cueAfterSpeaker.test(rest) && !pronounOpener.test(rest)) return -1
  // A period inside the quotation, then nothing but its speaker (“…
  // missing.” Trump said.): the attribution still ends the sentence.
  if (closedQuote && terminal === 46 && cueAfterSpeaker.test(rest) && !pronounOpener.test(rest) && speakerOnly.test(rest)) return -1

  if (terminal === 46 && !closedQuote) {
    const word = wordBefore(view, index)
    const isDigit = nextCode >= 48 && nextCode <= 57
    if (titles.has(word)) return -1
    // A period inside a parenthetical tag such as “(D-Vt.)” ends nothing.
    if (closedParen && openParenNear(view, index)) return -1
    const opener = openerAt(rest)
    // “shortly before 2 a.m. Witnesses told …”: a clock time ends a
    // sentence before any capital but a time zone, a day or a month (“at
    // 10 a.m. Tuesday”, “9 p.m. ET”).
    if ((word === 'a.m' || word === 'p.m') && !isDigit) {
      const match = /^[A-Z][A-Za-z]*/.exec(rest)
      return match && !afterClock.has(match[0]) ? after : -1
    }

    if (/^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || ambiguous.has(word)) {
      // An initial (“J.”), initialism (“U.S.”) or ambiguous abbreviation
      // ends a sentence only before a typical opener: “the U.S. The trip”.
      if (!opener || isDigit) return -1
    }
  }

  return after
}

/**
 * Whether a `(` is among the 30 characters up to `index`; bounded, as an
 * unbounded `lastIndexOf` rescans the whole paragraph at every “.)”.
 */
function openParenNear(view: string, index: number): boolean {
  for (let at = index; at > index - 30 && at >= 0; at--) {
    if (view.charCodeAt(at) === 40 /* ( */) return true
  }

  return false
}

/** The run of letters and periods before `index` (“U.S”, “Dec”, “J”). */
function wordBefore(view: string, index: number): string {
  let start = index
  while (start > 0) {
    const code = view.charCodeAt(start - 1)
    const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46
    if (!isLetter) break
    start--
  }

  return view.slice(start, index)
}

function openerAt(rest: string): boolean {
  const match = /^[“"‘']?([A-Z][a-z]*)/.exec(rest)
  return match !== null && openers.has(match[1]!)
}

function pushSentence(result: Array<[number, number]>, view: string, start: number, end: number): void {
  while (start < end && isSpace(view.charCodeAt(start))) start++
  while (end > start && isSpace(view.charCodeAt(end - 1))) end--
  if (end > start) result.push([start, end])
}
