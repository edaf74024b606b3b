/**
 * Article structure around the body: headline, byline, dateline, credits and
 * separators, recognised from the blocks.
 */
import type {Block} from './blocks.js'

const separator = /^[\s\-–—_*=~•·#.]*$/
const byline = /^by\s+\p{Lu}/iu
/**
 * A line under a byline with the author’s outlet or role: up to five
 * capitalised words (“The Associated Press”, “AP Business Writer”), the role
 * perhaps in lowercase (“Staff writer”).
 */
const bylineLine = /^(?:The )?\p{Lu}[\p{L}&.’'-]*(?: (?:of |for |and |the )?(?:\p{Lu}[\p{L}&.’'-]*|writers?|reporters?|correspondents?|editors?|columnists?|contributors?)){0,4}$/u
const credits =
  /(?:^(?:[•*·(-]\s*)?(?:staff writers?\s+|additional\s+)?(?:reporting|writing|editing)\s+by\s)|(?:\scontributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)))?\.?\s*$)/i
/**
 * A credits line that says where each writer reported from: “Lerer reported
 * from Los Angeles.”, “Phillip reported from Oakland, Calif.; Gearan, from
 * Washington.”, “… Jill Colvin contributed from Albuquerque.”
 */
const reportedFrom =
  /^\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3} reported from \p{Lu}|\scontributed(?: reporting)? from \p{Lu}[^;\n]{0,60}$/u
const dateline =
  /^(?:\p{Lu}[\p{Lu}.'’ -]{1,40}\p{Lu}\.?(?:,\s+\p{L}[\p{L}.]{1,20}(?:\s\d{1,2})?)?(?:,\s+\d{4})?(?:\s*\/[\p{L} ]{2,30}\/)?(?:\s*\([^)\n]{1,30}\))?|\(\p{Lu}[\p{L}.&]{1,20}\)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2}\s*\(\p{Lu}[\p{L}.&]{1,20}\))\s*(?:—|―|–|--|-)\s|^(?!(?:BREAKING|UPDATED?|EXCLUSIVE|WATCH|LISTEN|ANALYSIS|OPINION|EDITORIAL|CORRECTION|CLARIFICATION|NOTE|LIVE|VIDEO|PHOTOS?|READ|ALERT|FACT CHECK|CLAIM|RATING|VERDICT|Q|A):)\p{Lu}[\p{Lu}.'’ -]{1,40}\p{Lu}:\s/u

/** A paragraph opening with a label in capitals and a colon (“PENCE:”, “NEW DELHI:”). */
const capsLabel = /^\s*\p{Lu}[\p{Lu}.'’ -]{1,40}\p{Lu}:\s/u
/** Words in the first or second person opening what follows a colon. */
const personalStart = /^\s*["“]?(?:I|We|You|My|Our|Your|I’m|I'm|We’re|We're|Let’s|Let's)\b/

/**
 * The site’s words, not the story’s, anywhere in an article (each
 * alternative anchored at the start; see also {@link rightsReserved}).
 */
const boilerplate = new RegExp(
  '^(?:' +
    [
      '©|copyright\\s+(?:©\\s*)?(?:\\(c\\)\\s*)?\\d{4}|\\(c\\)\\s*\\d{4}',
      '(?:(?:foot)?note\\s*:\\s*)?this (?:story|article|report|post|piece) (?:has been|was|is being) (?:updated|corrected|amended|edited)',
      // A footnote’s definition (“[^1]: Reporting by …”): a note on the story.
      '\\[\\^[^\\]\\s]{1,20}\\]:',
      '(?:click|tap) here\\b',
      '(?:sign up|subscribe)(?: now)? (?:for|to)\\b',
      'follow (?:us|him|her|them|[a-z][\\w.’\'-]*(?: [a-z][\\w.’\'-]*){0,2}) on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)\\b',
      'follow @',
      '(?:read more|related|see also|recommended|also read|read next|more coverage|watch|listen)\\s*:',
      'read the (?:rest|full story|whole story)\\b',
      '\\(?(?:photo|image|video|graphic|illustration|photograph)s?(?: credit)?\\s*:',
      // Share buttons: the whole line (“Share on Facebook”, “Tweet”, “Copy link”).
      '(?:share|tweet|email|print|save|copy link)(?: (?:on|to|via) (?:facebook|twitter|x|linkedin|whatsapp|reddit|email|pinterest|flipboard|messenger|threads|bluesky))?\\s*$',
      'share this (?:article|story|page)\\s*$',
      '\\(?(?:photo|image)s? (?:by|courtesy of)\\b',
      'this material may not be (?:published|broadcast|rewritten|redistributed)',
      '(?:contact|email|e-mail) (?:the )?(?:author|reporter|writer|us)\\b',
      '(?:advertisement|story continues below|continue reading|scroll to continue|stay tuned)\\b',
      'editor[’\']?s note\\s*:',
      // (Or dated, as a live blog’s: “Correction, 1:50 p.m. ET: …”.)
      '(?:correction|clarification)s?(?:,[^:\\n]{1,40})?\\s*:',
      'an earlier version of this (?:article|story|report|post)\\b',
      '(?:interview|interviewed|conversation) (?:conducted )?by\\b',
      'this (?:interview|conversation|transcript|q&a) (?:has been|was|have been) (?:lightly )?(?:edited|condensed)',
      '(?:watch|listen to|share|read) (?:the|this) (?:latest )?(?:video|article|story|full text|full statement|clip|podcast)\\b',
      // A press release’s footer: “Media Contact: …”, “For more information, visit …”.
      '(?:media|press|investor)(?: relations)? (?:contacts?|inquiries)\\s*:',
      'for more information,? (?:visit|contact|please|go to|call)\\b',
      // A video player’s error, scraped with the page: “We Are Sorry,This
      // video is restricted from playing in your locationEcode: 17.”
      'we(?: are|’re|\'re) sorry,\\s*this (?:video|content) (?:is|was|has been) (?:restricted|unavailable|not available|removed)\\b',
      // A newsletter’s sign-off before its ads (HuffPost’s “BEFORE YOU GO.”).
      'before you go\\.?\\s*$',
      // Where the piece ran first: “As published in the International New
      // York Times.”, “This piece first appeared on Global Risk Insights.”
      'as (?:first |originally )?published in (?:the )?[^.,;:]{1,60}\\.?\\s*$',
      'this (?:piece|article|story|post|column|essay|op-ed) (?:first |originally )?(?:appeared|was (?:first |originally )?published|ran) (?:on|in)\\b'
    ].join('|') +
    ')',
  // (No `u`: case-insensitive Unicode matching is several times slower, and
  // this runs on every short paragraph.)
  'i'
)

/**
 * A page’s call to its readers, not the story’s: “Follow him on Twitter at
 * @joelpollak.”, “On Twitter follow Ken Thomas https://…”, “Email us at
 * nerdcast@politico.com.”, “Send tips … to …@….com.”; or a link or an
 * address alone, maybe after a label (“View full results: http://…”). A
 * link after a sentence of the story (“… since 2013." http://nyti.ms/…”)
 * is not one. (Each part bounded: no backtracking.)
 */
const pagePromptPattern =
  /^(?:(?:on (?:twitter|x|facebook|instagram),? )?follow [^.!?\n]{0,120}?(?:\bon (?:twitter|x|facebook|instagram|threads|bluesky)\b|https?:\/\/|@)|on (?:twitter|x|facebook|instagram),? follow\b|(?:e-?mail|write to|contact) (?:me|us)\b|send (?:your |news |story )?tips\b|(?:[a-z\d][\w ’'-]{0,40}:\s*)?(?:https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?)\s*$)/i

/**
 * Whether `text` (a paragraph, or a sentence inside one) is a page’s call
 * to its readers (see {@link pagePromptPattern}).
 *
 * @param text
 *   Text, trimmed at its start.
 * @returns
 *   Whether it is one; every such call has a handle, an address or a link,
 *   so other text costs two `includes`.
 */
export function pagePrompt(text: string): boolean {
  return (text.includes('@') || text.includes('://')) && pagePromptPattern.test(text)
}

/** A note that may open an article before its headline (“Correction: …”, “Editor’s note: …”). */
const leadingNote = /^(?:correction|clarification|editor[’']?s note)s?\s*:/i

/**
 * A time stamp line: “Updated 3:45 PM EST, Thu March 6, 2025”, “Published:
 * Dec. 2, 2025”, “Published Nov. 18, 2026 at 6:15 a.m. ET | Updated 9:40
 * a.m. ET”; or a date alone under a byline (“Nov. 20, 2026”).
 */
const timestamp =
  /^(?:(?:(?:last )?updated|published|posted|first published)(?: on)?:?\s+(?:(?:\d{1,4}(?::\d\d)?|[ap]\.?m\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|[ecmp][sd]?t|gmt|utc|at|on|[|·•]|(?:last )?updated:?|published:?)(?:[\s,]+|$)){1,16}|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\.?\s*)$/i

/**
 * A live blog’s time stamp on a line of its own (“6:01 p.m.”, “12:45 p.m.
 * ET”, “Tuesday, 9:05 a.m.”): AP’s “The Latest” opens each entry so. (Each
 * was a claim of its own, and “ET” an organization its writers worked for.)
 */
const clockStamp =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3})?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}\d{1,2},?\s{1,3}(?:\d{4},?\s{1,3})?)?\d{1,2}(?::\d\d)?\s{0,2}[ap]\.?m\.?(?:\s{1,3}(?:[ecmp][sd]?t|gmt|utc|bst))?[.:]?$/i

/**
 * A short line of boilerplate in quotation marks, as scrapers leave it
 * (`"Related:"`); not a long quotation that opens with a label (`"VIDEO:
 * Hillary and Obama … told me …"` is someone’s words).
 */
function quotedBoilerplate(text: string): boolean {
  if (text.length > 40) return false
  const first = text.charAt(0)
  const last = text.trimEnd().slice(-1)
  return (first === '"' || first === '“') && (last === '"' || last === '”') && boilerplate.test(text.slice(1))
}

/**
 * A social prompt closing a short line: “Do you support Donald Trump? Like
 * the page:”, “Like us on Facebook”. (Each was a claim of the reporter.)
 */
const socialPrompt = /(?:^|[.?!]\s{1,3})like (?:(?:the|our|this) page|us on facebook)\b[^.?!]{0,30}[.:]?\s*$/i

/**
 * A photo credit on a line of its own: “Scott Olson via Getty Images.”,
 * “John Moore/Getty Images.”, “(Mandel Ngan/AFP)”.
 */
const photoCredit =
  /^\(?\p{Lu}[\p{L}.’' -]{0,60}(?: via |\/)(?:[\p{L}]{1,20}\/){0,2}(?:getty images|afp|reuters|associated press|ap photo|epa|shutterstock)\.?\)?\.?\s*$/iu

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** A month, day and year in a time stamp line (“Dec. 2, 2025”, “March 6, 2025”). */
const stampDate = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i

/**
 * The publication date a page states in a time stamp line at its top
 * (“Published: Dec. 2, 2025”, “Updated 3:45 PM EST, Thu March 6, 2025”, a
 * date alone under the byline), as `YYYY-MM-DD`: a “published” or “posted”
 * date before an “updated” one.
 *
 * @param blocks
 *   Classified blocks.
 * @param view
 *   The document view.
 * @returns
 *   The date, or `undefined` when no such line comes before the body.
 */
export function stampedDate(blocks: Block[], view: string): string | undefined {
  let found: string | undefined
  let paragraphs = 0
  for (const block of blocks) {
    // (The top of the page only: a date line further down is the story’s.)
    if (block.kind === 'paragraph' && ++paragraphs > 1) break
    if (block.kind !== 'boilerplate' || block.end - block.start > 80) continue
    const text = view.slice(block.start, block.end).trim()
    if (!timestamp.test(text)) continue
    const match = stampDate.exec(text)
    if (!match) continue
    const day = Number(match[2])
    if (day < 1 || day > 31) continue
    const month = months.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1
    const date = match[3] + '-' + String(month).padStart(2, '0') + '-' + String(day).padStart(2, '0')
    if (!/^(?:last )?updated/i.test(text)) return date
    found ??= date
  }

  return found
}

/**
 * Whether a line may come before the headline without being it: a
 * correction or editor’s note, a share button, a time stamp.
 */
function leadsHeadline(text: string): boolean {
  return leadingNote.test(text) || (text.length <= 80 && (boilerplate.test(text) || timestamp.test(text)))
}

/** The end of a copyright line (tested only when the line has “reserved”). */
const rightsReserved = /all rights reserved\.?\s*$/i

/** A press release’s heading over the issuer’s description: “About Acme Robotics”. */
const aboutHeading = /^About (?:the )?\p{Lu}[\p{L}\d&.’' -]{1,60}$/u

/** A bio closing the article: “John Smith is a reporter for The Times.” */
const bio = /^\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){1,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|columnist|contributor|producer|journalist)\b/u

/** A fact-check’s list of what it relied on: “Sources: Ohio Department of Taxation, annual report, March 2026; interview with …”. */
const sourceListLabel = /^(?:our )?sources?(?: (?:used|consulted|cited))?\s*:\s/i

/**
 * Whether a paragraph is a list of sources (its label, then items split by
 * semicolons): the articles and interviews it names are no claims, and
 * “Sources” no anonymous speaker.
 */
function sourceList(view: string, block: Block): boolean {
  // (The label first: an unbounded search for `;` per paragraph would be quadratic.)
  const first = view.charCodeAt(block.start) | 32
  if (first !== 115 && first !== 111) return false
  if (!sourceListLabel.test(view.slice(block.start, Math.min(block.end, block.start + 32)))) return false
  const semicolon = view.indexOf(';', block.start)
  return semicolon !== -1 && semicolon < block.end
}

/** Where the structure of an article is, as offsets. */
export interface Structure {
  title: Block | undefined
  byline: Block | undefined
  dateline: [number, number] | undefined
  credits: Block | undefined
  /** `[start, end)` of each contributor’s name in the credits. */
  contributors: Array<[number, number]>
}

/**
 * Classify blocks in place (title, byline, credits, separators) and find the
 * dateline and contributors.
 *
 * @param blocks
 *   Blocks in input order; their `kind` is updated.
 * @param view
 *   The document view.
 * @returns
 *   The structure found.
 */
export function classify(blocks: Block[], view: string, markdown?: string): Structure {
  const structure: Structure = {
    title: undefined,
    byline: undefined,
    dateline: undefined,
    credits: undefined,
    contributors: []
  }

  for (const block of blocks) {
    if (block.kind === 'paragraph' && separator.test(view.slice(block.start, block.end))) {
      block.kind = 'separator'
    }
  }

  if (markdown !== undefined) {
    for (const block of blocks) {
      if (block.kind === 'paragraph' && boldHeading(markdown, view, block)) block.kind = 'heading'
    }
  }

  const content = blocks.filter((block) => block.kind !== 'separator' && block.kind !== 'html')
  // A correction or editor’s note may come before the headline.
  let lead = 0
  // (And a page’s chrome before the headline: “Share on Facebook”, a time stamp.)
  while (lead < content.length - 1 && lead < 4 && content[lead]!.kind === 'paragraph' && leadsHeadline(view.slice(content[lead]!.start, content[lead]!.end).trim())) lead++
  const first = content[lead]
  const second = content[lead + 1]
  if (first && second && (first.kind === 'heading' || headlineByLayout(view, first, second) || looksLikeHeadline(view.slice(first.start, first.end)))) {
    first.kind = 'title'
    structure.title = first
  }

  // A byline sits right under the headline.
  for (const block of content.slice(0, 3)) {
    if (block.kind !== 'paragraph') continue
    // Trimmed: the view blanks markup (`*By …*`) to spaces.
    const text = view.slice(block.start, block.end).trim()
    if (text.length <= 120 && byline.test(text) && !/[.!?]["”]?$/.test(text)) {
      block.kind = 'byline'
      structure.byline = block
      // The author’s outlet or role on a line of its own (“Associated
      // Press”, “AP Business Writer”) is the byline’s too: else the body
      // seems to start there, before its dateline.
      const next = content[content.indexOf(block) + 1]
      if (next && next.kind === 'paragraph' && bylineLine.test(view.slice(next.start, next.end).trim())) next.kind = 'byline'
      break
    }
  }

  for (const block of content) {
    if (block.kind !== 'paragraph') continue
    if (block.end - block.start > 300) {
      if (sourceList(view, block)) block.kind = 'boilerplate'
      continue
    }

    const text = view.slice(block.start, block.end).trimStart()
    if (
      boilerplate.test(text) ||
      quotedBoilerplate(text) ||
      sourceList(view, block) ||
      (text.includes('eserved') && rightsReserved.test(text)) ||
      (text.length <= 80 &&
        (timestamp.test(text) || clockStamp.test(text.trimEnd()) || aboutHeading.test(text) || photoCredit.test(text))) ||
      (text.length <= 120 && socialPrompt.test(text)) ||
      (text.length <= 200 && pagePrompt(text))
    ) {
      block.kind = 'boilerplate'
    }
  }

  // (After the boilerplate: a time stamp line may come before the dateline.)
  // (Or after a subtitle of a line or two: “Nation shuffling top diplomats
  // … / MEXICO CITY - …”; the first long paragraph is the lede.)
  let seen = 0
  for (const block of content) {
    if (block.kind !== 'paragraph') continue
    structure.dateline = datelineAt(view, block)
    if (structure.dateline || ++seen === 3 || block.end - block.start > 200) break
  }
  // “PENCE: We will win”: a transcript’s speaker label, not a dateline —
  // when the words after it speak in the first or second person, or when
  // another paragraph opens with such a label.
  if (structure.dateline && view.charCodeAt(structure.dateline[1]) === 58) {
    const after = view.slice(structure.dateline[1] + 1, structure.dateline[1] + 12)
    let labels = 0
    for (const block of content) {
      if (block.kind === 'paragraph' && capsLabel.test(view.slice(block.start, Math.min(block.end, block.start + 48)))) labels++
    }

    if (personalStart.test(after) || labels > 1) structure.dateline = undefined
  }

  // Credits close the article: look at the last few blocks only.
  for (const block of content.slice(-3).reverse()) {
    if (block.kind !== 'paragraph') continue
    // (Trimmed: the view blanks markup, “*Reporting by …*”, to spaces.)
    const text = view.slice(block.start, block.end).trimStart()
    if (text.length <= 300 && (credits.test(text) || reportedFrom.test(text.trimEnd()))) {
      block.kind = 'credits'
      structure.credits = block
      structure.contributors = contributorsIn(view, block)
      break
    }
  }

  // The byline’s author introduced at the end (“Helen Okafor is a teacher
  // in Eastside.”, under an opinion piece) is a bio too, whatever the job.
  const author = structure.byline ? authorOf(view.slice(structure.byline.start, structure.byline.end)) : undefined
  for (const block of content.slice(-3)) {
    if (block.kind !== 'paragraph' || block.end - block.start > 300) continue
    const text = view.slice(block.start, block.end).trimStart()
    if (bio.test(text) || (author && text.startsWith(author + ' is ') && text.length > author.length + 8)) {
      block.kind = 'boilerplate'
    }
  }

  return structure
}

/**
 * Whether a markdown paragraph is a subheading set in bold (“**Advocates push
 * back**”): all of it strong, short, and not ended like a sentence or a
 * lead-in (“**What to know:**”), as web pages set section titles.
 */
function boldHeading(markdown: string, view: string, block: Block): boolean {
  const length = block.end - block.start
  if (length < 6 || length > 80) return false
  const open = markdown.charCodeAt(block.start)
  // `**` or `__` around the whole paragraph, no more strong inside.
  if ((open !== 42 && open !== 95) || markdown.charCodeAt(block.start + 1) !== open) return false
  if (markdown.charCodeAt(block.end - 1) !== open || markdown.charCodeAt(block.end - 2) !== open) return false
  const inner = markdown.slice(block.start + 2, block.end - 2)
  if (inner.includes(open === 42 ? '**' : '__')) return false
  const text = view.slice(block.start, block.end).trim()
  // (Nor the page’s lines in bold: “**By Maria Lopez**”, “**Reporting by …**”.)
  return text.length > 0 && !/[.!?:;,"”’')]$/.test(text) && !byline.test(text) && !credits.test(text) && !boilerplate.test(text) && !timestamp.test(text)
}

/** The one author of a byline (“By Helen Okafor” → “Helen Okafor”), if it names one. */
function authorOf(byline: string): string | undefined {
  const match = /^\s*[Bb][Yy]\s+(\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){1,3})\s*$/u.exec(byline)
  return match ? match[1] : undefined
}

/**
 * Whether a first paragraph is a headline by what is around it: set before
 * its subhead with a semicolon (“Campaigns are long, costly and chaotic.
 * Maybe that’s good.;”, as some archives do), before a paragraph that opens
 * with a dateline (however it ends), or short over a much longer paragraph
 * (“Game over. Will Sanders come down off the pique?”), which a lede never is.
 */
function headlineByLayout(view: string, first: Block, second: Block): boolean {
  if (first.kind !== 'paragraph') return false
  const length = first.end - first.start
  const text = view.slice(first.start, first.end)
  if (length <= 250 && /;[ \t]*(?:\n|$)/.test(text.trimEnd())) return true
  if (second.kind !== 'paragraph') return false
  if (length <= 250 && datelineAt(view, second)) return true
  return length <= 100 && second.end - second.start >= 3 * length && text.split(/\s+/).length <= 12
}

/**
 * Where the lede’s text begins after a dateline ending at `offset`: past
 * the spaces, dash or colon that close it (“ — ”, “ ― ”, “ - ”, “: ”).
 *
 * @param view
 *   The document view.
 * @param offset
 *   End of the dateline (`Structure['dateline'][1]`).
 * @param limit
 *   Offset not to pass (the end of the block).
 * @returns
 *   The offset of the lede’s first character.
 */
export function afterDatelineMark(view: string, offset: number, limit: number): number {
  let index = offset
  while (index < limit) {
    const code = view.charCodeAt(index)
    // Space, tab, line breaks, no-break space, “-”, “:”, en dash, em dash, horizontal bar.
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0 && code !== 45 && code !== 58 && code !== 0x20_13 && code !== 0x20_14 && code !== 0x20_15) break
    index++
  }

  return index
}

/**
 * `[start, end)` of a dateline (“WASHINGTON —”, “LOS ANGELES, Sept. 28 (UPI)
 * —”, “NEW YORK, June 10 (Reuters) -”, “(CNN) —”, Reuters’ placeless
 * “Oct 11 (Reuters) -”, and the colon of Indian papers, “NEW DELHI:”) opening a block, without
 * its dash.
 */
function datelineAt(view: string, block: Block): [number, number] | undefined {
  // Markup is blanked in the view: “**WASHINGTON** —” reads “  WASHINGTON   —”.
  let start = block.start
  while (start < block.end && view.charCodeAt(start) === 32) start++
  const match = dateline.exec(view.slice(start, Math.min(block.end, start + 120)))
  return match ? [start, start + match[0].replace(/[\s—―–:-]+$/, '').length] : undefined
}

/**
 * Whether a first paragraph is a headline: short (news ledes run longer),
 * and either not ended like a sentence, in title case, or a single sentence
 * (corpora such as PolNeAR add a period to the headline).
 */
function looksLikeHeadline(text: string): boolean {
  if (text.length > 250) return false
  const words = text.split(/\s+/)
  if (words.length > 25) return false
  if (!/[.!?]["”’']?$/.test(text)) return true
  // A lede, not a headline ended with a period: headlines report speech in
  // the present (“Clinton says …”); “Mayor Linda Park said …”, “…, Ofgem
  // has announced” are body text,
  // whose names the next paragraph’s “she” refers to. (“said to be” is a
  // headline’s passive.)
  if (words.length >= 8 && pastSpeech.test(text)) return false
  // (Nor a long sentence that opens with an article and tells in the past:
  // “The city council voted 5-2 on Monday night to ban …”; headlines drop
  // the article, and PolNeAR’s that keep it are at most 12 words.)
  if (words.length >= 15 && /^(?:The|A|An)\s/.test(text) && /\b[a-z]{3,}ed\b/.test(text)) return false
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word))
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word))
  if (long.length > 0 && capitalised.length / long.length >= 0.7) return true
  // (An initial is no sentence end: “Mary J. Blige sings …”.)
  return !/(?<!(?:^|\s)\p{Lu})[.!?]["”’')]?\s+\p{Lu}/u.test(text.slice(0, -1))
}

/** A past verb of speech, not a passive (“said to be”, “told to leave”). */
const pastSpeech = /\b(?:said|told|announced|warned|confirmed|added)\b(?!\s+to\b)/

/** A role after an outlet’s name in a credits line (“Associated Press writer …”). */
const roleAfter = /^\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|photographers?|editors?)\b/i

/**
 * Whether the name at `index` of a credits line is a place a writer reported
 * from: a “from” before it, and no “;”, “ and ” or sentence end between.
 */
function inPlace(list: string, index: number): boolean {
  const before = list.slice(Math.max(0, index - 80), index)
  const from = before.lastIndexOf(' from ')
  if (from === -1) return false
  const rest = before.slice(from)
  return !rest.includes(';') && !rest.includes(' and ') && !/\p{Ll}\.\s/u.test(rest)
}

/** Names in a credits line: “• Dan Lamothe, Meg Kelly and Alex Horton contributed.” */
function contributorsIn(view: string, block: Block): Array<[number, number]> {
  const text = view.slice(block.start, block.end)
  const result: Array<[number, number]> = []
  // (A word that ends a sentence ends the name: “… from Charleston. Ryan Grim”.)
  const namePattern = /\p{Lu}[\p{L}’'.-]*(?:(?<!\p{Ll}\.)\s+(?:\p{Lu}[\p{L}’'.-]*|de|van|von|der|da|di|la|le|bin|al)){0,4}/gu
  let listStart = 0
  let listEnd = text.length
  const by = /\bby\s/i.exec(text)
  if (by) listStart = by.index + by[0].length
  const contributed = /\s+contributed\b/i.exec(text)
  // (Where writers reported from, names follow the places: “Lerer reported
  // from Los Angeles. … Jill Colvin contributed from Albuquerque.”)
  if (contributed && !/ from \p{Lu}/u.test(text.slice(contributed.index))) listEnd = contributed.index
  const list = text.slice(listStart, listEnd)
  for (const match of list.matchAll(namePattern)) {
    // (Without the sentence’s period: “… and Ana de la Cruz.”; “Jr.” keeps its own.)
    const name = /\p{Ll}{2}\.$/u.test(match[0]) ? match[0].slice(0, -1) : match[0]
    if (/^(?:Staff|Additional|Reporting|Writing|Editing|And)$/i.test(name)) continue
    // (An outlet before a role, “Associated Press writer Jill Colvin”; a place
    // after “from” up to the next writer, “from Oakland, Calif.; Gearan”.)
    if (roleAfter.test(list.slice(match.index + name.length, match.index + name.length + 24))) continue
    if (inPlace(list, match.index)) continue
    const start = block.start + listStart + match.index
    result.push([start, start + name.length])
  }

  return result
}
