/**
 * Closed word classes used to read noun phrases and verb groups without a
 * part-of-speech tagger.
 */

function set(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/))
}

/**
 * Words after “a” that make a plural their quantity, not a noun of their
 * own (“a few researchers say”, “a majority say”, “a third want”).
 */
export const collectiveQuantities = set(
  'few dozen couple number lot handful hundred thousand million majority minority plurality bunch series pair variety range ' +
    'host slew score group team panel total bevy trio quartet third quarter half fifth tenth'
)

/** Irregular past participles that end a noun phrase (“a copy *seen* by the BBC”, “a memo *written* in 2019”). */
export const pastParticiples = set('seen written shown given taken made done known drawn sent found')

/** Subject pronouns (and relatives) that can be a source mention. */
export const subjectPronouns = set('he she they we i you it who which')

/** Personal subject pronouns: a person speaks (no `it`, `you` or relatives). */
export const personalPronouns = set('he she they we i')

/** Subject pronouns that open a relative clause without “who” (“everyone I interviewed”, “the voters we surveyed”). */
export const relativeSubjects = set('i we they he she you')

/** Object pronouns (addressees). */
export const objectPronouns = set('him her them us me you it')

/** Words that open a noun phrase. */
export const determiners = set(
  'the a an this these those his her its their our my your some many most several both each every all ' +
    'any no other another such two three four five six seven eight nine ten dozens hundreds thousands ' +
    'millions one few fewer more less much top senior former dozen'
)

/** Prepositions that may sit inside a source’s noun phrase (“a spokesman for X”). */
export const nounPrepositions = set('of for at from')

/** Words that never belong to a noun phrase. */
export const stopWords = set(
  'in on by with to about over under into after before during since until against between among ' +
    'through across around near without within upon via per like as than and but or nor so yet because ' +
    'below above beneath amid amidst despite ' +
    'although though while when if unless whether that which whose whom where how why what not ' +
    'there here then also too very just only even still already again ever never also'
)

/** Capitalised words that start a clause, not a name. */
export const capitalStops = set(
  'But And Or So Yet In On At As If When While After Before Since Because Although Though However ' +
    'Meanwhile Still Also Then Now Instead Later Earlier Asked Yes No Indeed Moreover Furthermore Thus ' +
    'Today Yesterday Speaking Despite During Under Over With Without For From To By Of Like Unlike Here ' +
    'There What Where Why How Whether Even Only Just Last Next Once Though Until Unless Besides Overall ' +
    'Still Rather Perhaps Maybe Instead Also Otherwise Nevertheless Nonetheless Similarly Likewise ' +
    'Separately Specifically Ultimately Finally Initially Again Already Currently Previously Recently ' +
    'Afterward Afterwards Anyway Accordingly Consequently Hence Therefore Sadly Notably Importantly ' +
    'Interestingly Ironically Clearly Obviously Apparently Reportedly Allegedly Actually Basically ' +
    'Frankly Honestly Seriously Certainly Surely Naturally Generally Usually Often Sometimes Never ' +
    'Always Every Many Most Some Several Few All Both Each Either Neither Not Nor ' +
    'Whenever Wherever Whatever Whoever Throughout Amid Among Following Upon Within Across Toward Towards Against ' +
    'Beyond Regardless'
)

/** Words that open an adjunct after a cue (“said in a statement,”, “told CNN on Friday that”). */
export const adjunctStarts = set(
  'in on at during to with after before from via through over last this earlier later recently ' +
    'yesterday today tonight monday tuesday wednesday thursday friday saturday sunday when while ' +
    'outside inside ahead following privately publicly repeatedly again also flatly simply without into amid across'
)

/** Head nouns of documents and other artefacts that speak (“the memo says”). */
export const documentNouns = set(
  'memo memos memorandum document documents report reports letter letters statement statements policy ' +
    'poll polls survey surveys study studies analysis analyses data figures records record filing filings ' +
    'complaint lawsuit suit indictment order bill law rule regulation agreement treaty plan proposal email ' +
    'emails tweet tweets post posts ad ads advertisement video videos book article story transcript audit ' +
    'review assessment investigation estimate estimates brief ruling decision opinion guidance guidelines ' +
    'platform website site release note message cable chart map census budget projection forecast model ' +
    'research paper editorial column op-ed clip footage recording tape page manifesto declaration charter ' +
    'constitution amendment resolution motion petition warrant subpoena affidavit testimony minutes ' +
    'notes list ranking index tally results numbers statistics evidence files papers guide handbook ' +
    'summary findings text draft directive framework strategy doctrine review inquiry probe obituary ' +
    'headline photo photos image images speech interview readout'
)

/** Verbs of the copula, for passives and adjective cues. */
export const copulas = set("is are was were be been being am 's ’s")

/** Naming words before a term in quotation marks (“so-called “X””). */
export const namingWords = set('so-called dubbed termed nicknamed labeled labelled branded titled entitled')

/** Nouns that introduce a title (“the book “X””). */
export const titleNouns = set(
  'book books film films movie movies show shows series song songs album albums documentary program ' +
    'programme play musical column essay article headline episode memoir novel poem podcast segment ' +
    'magazine newspaper opera painting exhibit exhibition titled entitled cover slogan banner hashtag ' +
    // (Genres and kinds of film: “his hit thriller “Northbound,” who …”.)
    'thriller thrillers comedy comedies drama dramas sitcom miniseries sequel prequel remake franchise blockbuster'
)

/**
 * Common past tenses that do not end in `-ed` (“told”, “rose”, “won”): with
 * regular `-ed` forms, what tells a finite verb without a tagger.
 */
export const irregularPasts = set(
  'became began bought brought built came caught chose drew drove fell felt fled flew forgot fought ' +
    'found froze gave got grew heard held hid hit kept knew laid led left lent lost made meant met ' +
    'oversaw overtook paid put quit ran read rose said sang sank sat saw sent set shook shot shut sold ' +
    'sought spent split spoke spread stole stood struck swept swore taught thought threw told took tore ' +
    'understood undertook underwent upheld wept withdrew withheld woke won wore wrote'
)

/**
 * Whether a lowercase word is a past tense (or participle): a regular
 * `-ed` form or one of {@link irregularPasts}.
 *
 * @param lower
 *   Lowercase word.
 * @returns
 *   Whether it is.
 */
export function isPastTense(lower: string): boolean {
  return (lower.length > 4 && lower.endsWith('ed')) || irregularPasts.has(lower)
}

/**
 * Finite forms of common speech verbs: what follows one right away is its
 * object or its frame (“told state television”, “said separately”, “wrote in
 * a memo …”), not a verb or clause of its own.
 */
export const speechVerbForms = set(
  'said says told tells asked asks wrote writes added adds explained noted argued warned insisted tweeted posted'
)

/**
 * Judgements a naming verb gives its object without an article (“called
 * the practice *predatory*”, “labeled the report *false*”): a closed list,
 * because with no part-of-speech tagger an open adjective looks like the
 * last noun of the object (“called the police *chief*”).
 */
export const namingJudgements = set(
  'absurd baseless false fake misleading wrong outrageous ridiculous unacceptable unfair illegal unlawful ' +
    'unconstitutional irresponsible reckless dangerous disgraceful shameful disgusting racist sexist bigoted ' +
    'offensive inappropriate premature misguided flawed rigged corrupt dishonest careless predatory disastrous ' +
    'catastrophic devastating historic unprecedented troubling disturbing alarming encouraging disappointing ' +
    'appalling despicable deplorable horrific horrible terrible tragic insane crazy stupid dumb silly laughable ' +
    'pathetic inadequate insufficient excessive extreme radical unrealistic impossible ludicrous nonsensical ' +
    'meaningless pointless useless worthless bogus phony partisan hypocritical un-american unfounded ' +
    'groundless inaccurate untrue incorrect mistaken erroneous defamatory libelous slanderous hateful divisive ' +
    'inflammatory irrelevant overblown exaggerated unnecessary unjustified unwarranted unfortunate regrettable ' +
    'frivolous reasonable fair appropriate productive constructive successful remarkable extraordinary ' +
    'courageous legitimate illegitimate invalid obscene inhumane cruel unjust discriminatory politically-motivated ' +
    'xenophobic antisemitic anti-semitic homophobic dishonorable unconscionable indefensible inexcusable ' +
    'unforgivable irrational reprehensible abhorrent vile incompetent unqualified unfit weak unsubstantiated unverified unproven ' +
    'lawful competent qualified unusual'
)

/** Adverbs that may come between a naming verb’s object and its judgement (“called it *deeply* troubling”). */
export const judgementIntensifiers = set(
  'very extremely deeply totally completely absolutely utterly truly highly so too fundamentally wholly ' +
    'entirely particularly especially clearly patently plainly blatantly grossly politically morally'
)
