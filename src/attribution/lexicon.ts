/**
 * The cue lexicon: verbs (and a few phrases) that attribute words, beliefs,
 * intentions, perceptions or evidence to a source, each with its cue class
 * and the complements it takes.
 */
import type {CueClass} from '../schema.js'

/** What may follow a cue as its content. */
export interface Complements {
  /** A bare clause (“said the policy was bad”). */
  clause: boolean
  /** A `to` infinitive (“plans to”, “vowed to”). */
  to: boolean
  /** A noun phrase (“called for a ban”, “criticized the plan”). */
  object: boolean
  /** An addressee before the content (“told reporters that”). */
  addressee: boolean
  /** Only with a quotation, `that`, or a colon (“wrote”, “continued”). */
  quoteOnly: boolean
}

/** A cue word form. */
export interface CueEntry {
  lemma: string
  cueClass: CueClass
  complements: Complements
  /** `ing` participle (“saying”), past participle, or other form. */
  form: 'ing' | 'participle' | 'past' | 'present' | 'base'
  /** Particle that must follow (“call for”, “point out”). */
  particle: string | undefined
  /** How typical a cue this is (0..1), for confidence. */
  weight: number
}

// lemma:class:complements[:particle]
// class: s speech, b belief, i intention, p perception, e evidence.
// complements: c clause, t to-infinitive, n noun phrase, o addressee, q quote only.
const table = `
say:s:c tell:s:co add:s:c note:s:c argue:s:c insist:s:c warn:s:cot tweet:s:c write:s:q
claim:s:ct explain:s:c state:s:q declare:s:c announce:s:cn ask:s:ot reply:s:c respond:s:ct
answer:s:q comment:s:c remark:s:c report:s:c suggest:s:c mention:s:c acknowledge:s:c admit:s:c
concede:s:c confirm:s:c deny:s:cn dispute:s:cn assert:s:c contend:s:c maintain:s:q stress:s:c emphasize:s:c
emphasise:s:c observe:s:c predict:s:cn promise:i:cto pledge:i:ct vow:i:ct threaten:i:t urge:s:ot
demand:i:ct recommend:s:c propose:i:ct testify:s:c describe:s:q characterize:s:q accuse:s:n
allege:s:c complain:s:c boast:s:c brag:s:c joke:s:c quip:s:c recall:s:c repeat:s:q reiterate:s:c
continue:s:q conclude:s:c agree:s:ct counter:s:c retort:s:c shout:s:q yell:s:q exclaim:s:q
proclaim:s:c affirm:s:c swear:s:c assure:s:co inform:s:co advise:s:cot caution:s:c signal:s:c
imply:s:c hint:s:c reveal:s:c disclose:s:c lament:s:c underscore:s:c clarify:s:c speculate:s:c
muse:s:q opine:s:c posit:s:c plead:s:q beg:s:ot implore:s:ot instruct:s:ot order:s:ot
confess:s:c vouch:s:q retweet:s:q post:s:q email:s:q text:s:q read:s:q chant:s:q sing:s:q
whisper:s:q scream:s:q cry:s:q interject:s:q continue:s:q complain:s:c concur:s:c
beam:s:q gush:s:q react:s:q scoff:s:q snap:s:q sigh:s:q laugh:s:q marvel:s:q rave:s:q fume:s:q
grumble:s:q mutter:s:q chime:s:q:in
correct:s:q recount:s:c estimate:e:c project:e:c forecast:e:cn calculate:e:c
call:s:q label:s:q dub:s:q brand:s:q term:s:q
criticize:s:n blast:s:n slam:s:n mock:s:n decry:s:n condemn:s:n denounce:s:n praise:s:n hail:s:n
dismiss:s:n reject:s:n blame:s:n attack:s:q liken:s:q compare:s:q tout:s:n cite:s:n reference:s:q
refer:s:q admire:s:b accuse:s:n exhort:s:ot encourage:s:ot ridicule:s:n lambaste:s:n rip:s:n scold:s:n
chide:s:n thank:s:n applaud:s:n laud:s:n commend:s:n defend:s:n champion:s:n endorse:s:n
question:s:q challenge:s:q deride:s:n nickname:s:q insult:s:n taunt:s:n unveil:s:n pitch:s:q
lament:s:q bemoan:s:q bash:s:n knock:s:n pan:s:n highlight:s:n invoke:s:n quote:s:q echo:s:q
recite:s:q headline:s:q coin:s:q vow:s:q promise:s:q describe:s:q characterize:s:q portray:s:q
paint:s:q depict:s:q announce:s:q declare:s:q proclaim:s:q predict:s:q rail:s:q complain:s:q
call:i:nt:for call:s:ot:on point:s:c:out point:s:n:to fire:s:c:back shoot:s:c:back hit:s:c:back
push:s:q:back express:b:n put:s:q:it charge:s:q snipe:s:c pronounce:s:q
support:s:q back:s:q oppose:s:n favor:b:n love:b:n hate:b:n discuss:s:n welcome:s:n
criticise:s:n praise:s:n recognize:b:c acknowledge:s:c
talk:s:n:about talk:s:n:of speak:s:n:about speak:s:n:of speak:s:n:out speak:s:n:with warn:s:n:of
warn:s:n:about warn:s:n:against complain:s:n:about comment:s:n:on agree:s:n:with argue:s:n:for
argue:s:n:against ask:s:n:for ask:s:n:about think:b:n:about think:b:n:of worry:b:n:about care:b:n:about
write:s:n:about refer:s:n:to focus:s:n:on insist:s:n:on rail:s:n:against lash:s:n:out weigh:s:n:in
push:i:n:for advocate:i:n:for campaign:s:n:for campaign:s:n:against testify:s:n:about learn:b:n:about
hear:p:n:about hear:p:n:from know:b:n:about boast:s:n:about brag:s:n:about joke:s:n:about spell:s:c:out lay:s:n:out
think:b:c believe:b:c know:b:c feel:b:c suspect:b:c doubt:b:c assume:b:c presume:b:c
expect:b:ct fear:b:cn worry:b:c consider:b:q understand:b:c realize:b:c recognize:b:c
suppose:b:c guess:b:c reckon:b:c imagine:b:c trust:b:c remember:b:c learn:b:c wonder:b:c
hope:i:ct want:i:tn plan:i:t intend:i:t aim:i:t seek:i:tn wish:i:t attempt:i:t
decide:i:t refuse:i:t decline:i:t offer:i:t prepare:i:t strive:i:t prefer:i:t
see:p:c hear:p:c notice:p:c witness:p:q sense:p:c
show:e:cn find:e:c indicate:e:c demonstrate:e:c prove:e:c suggest:e:c document:e:c
`

/** Irregular forms: base → [3sg, past, participle, ing]. */
const irregular: Record<string, [string, string, string, string]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  hear: ['hears', 'heard', 'heard', 'hearing'],
  find: ['finds', 'found', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  read: ['reads', 'read', 'read', 'reading'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  lay: ['lays', 'laid', 'laid', 'laying'],
  seek: ['seeks', 'sought', 'sought', 'seeking'],
  learn: ['learns', 'learned', 'learned', 'learning'],
  understand: ['understands', 'understood', 'understood', 'understanding'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  cry: ['cries', 'cried', 'cried', 'crying'],
  reply: ['replies', 'replied', 'replied', 'replying'],
  deny: ['denies', 'denied', 'denied', 'denying'],
  testify: ['testifies', 'testified', 'testified', 'testifying'],
  imply: ['implies', 'implied', 'implied', 'implying'],
  clarify: ['clarifies', 'clarified', 'clarified', 'clarifying'],
  try: ['tries', 'tried', 'tried', 'trying'],
  vouch: ['vouches', 'vouched', 'vouched', 'vouching'],
  email: ['emails', 'emailed', 'emailed', 'emailing'],
  text: ['texts', 'texted', 'texted', 'texting'],
  dub: ['dubs', 'dubbed', 'dubbed', 'dubbing'],
  plan: ['plans', 'planned', 'planned', 'planning'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  regret: ['regrets', 'regretted', 'regretted', 'regretting'],
  refer: ['refers', 'referred', 'referred', 'referring'],
  rip: ['rips', 'ripped', 'ripped', 'ripping'],
  pan: ['pans', 'panned', 'panned', 'panning'],
  beg: ['begs', 'begged', 'begged', 'begging'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  slam: ['slams', 'slammed', 'slammed', 'slamming'],
  echo: ['echoes', 'echoed', 'echoed', 'echoing'],
  label: ['labels', 'labeled', 'labeled', 'labeling'],
  signal: ['signals', 'signaled', 'signaled', 'signaling'],
  prefer: ['prefers', 'preferred', 'preferred', 'preferring'],
  concur: ['concurs', 'concurred', 'concurred', 'concurring'],
  retweet: ['retweets', 'retweeted', 'retweeted', 'retweeting'],
  tweet: ['tweets', 'tweeted', 'tweeted', 'tweeting'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  put: ['puts', 'put', 'put', 'putting']
}

const classes: Record<string, CueClass> = {s: 'speech', b: 'belief', i: 'intention', p: 'perception', e: 'evidence'}

/** Typical cues, for confidence. */
const strong = new Set(['say', 'tell', 'add', 'write', 'tweet', 'ask', 'explain', 'note', 'argue', 'insist', 'warn', 'claim', 'state', 'declare', 'continue', 'reply', 'respond'])

/** Every cue word form (lowercase) → entries (a form may have several, with particles). */
export const cues = new Map<string, CueEntry[]>()

for (const item of table.trim().split(/\s+/)) {
  const [lemma, cls, comp, particle] = item.split(':') as [string, string, string, string | undefined]
  const complements: Complements = {
    clause: comp.includes('c'),
    to: comp.includes('t'),
    object: comp.includes('n'),
    addressee: comp.includes('o'),
    quoteOnly: comp.includes('q')
  }
  const [third, past, participle, ing] = irregular[lemma] ?? regular(lemma)
  const forms: Array<[string, CueEntry['form']]> = [
    [lemma, 'base'],
    [third, 'present'],
    [past, 'past'],
    [participle, 'participle'],
    [ing, 'ing']
  ]
  for (const [form, kind] of forms) {
    const entry: CueEntry = {
      lemma,
      cueClass: classes[cls] ?? 'speech',
      complements,
      form: kind,
      particle,
      weight: strong.has(lemma) ? 1 : 0.8
    }
    const list = cues.get(form)
    if (!list) cues.set(form, [entry])
    else if (!list.some((other) => other.lemma === lemma && other.particle === particle && other.form === kind)) list.push(entry)
  }
}

function regular(lemma: string): [string, string, string, string] {
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's'
  let past: string
  let ing: string
  if (lemma.endsWith('e')) {
    past = lemma + 'd'
    ing = lemma.endsWith('ee') ? lemma + 'ing' : lemma.slice(0, -1) + 'ing'
  } else if (/[^aeiou]y$/.test(lemma)) {
    past = lemma.slice(0, -1) + 'ied'
    ing = lemma + 'ing'
  } else {
    past = lemma + 'ed'
    ing = lemma + 'ing'
  }

  return [third, past, past, ing]
}

/** Auxiliaries, modals and negation that belong to a cue’s verb group. */
export const auxiliaries = new Set(
  (
    'has have had having is are was were be been being am will would could can may might should must shall ' +
    'did does do not never also long repeatedly previously once later then often still already recently ' +
    'publicly privately reportedly again just even first earlier further immediately frequently ' +
    'consistently flatly openly explicitly specifically ultimately finally initially originally ' +
    'separately subsequently quickly swiftly widely generally always usually sometimes ever ' +
    'soon seldom quite well almost rather hardly barely cannot now ' +
    'nt n’t n\'t had’ve to going'
  ).split(' ')
)

/** Copula + adjective cues (“is convinced that”, “were worried that”). */
export const adjectiveCues = new Map<string, CueClass>([
  ['convinced', 'belief'],
  ['confident', 'belief'],
  ['sure', 'belief'],
  ['certain', 'belief'],
  ['aware', 'belief'],
  ['concerned', 'belief'],
  ['worried', 'belief'],
  ['afraid', 'belief'],
  ['optimistic', 'belief'],
  ['hopeful', 'belief'],
  ['skeptical', 'belief'],
  ['adamant', 'speech'],
  ['determined', 'intention'],
  ['eager', 'intention']
])
