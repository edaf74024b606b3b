/**
 * Titles and roles: the words that precede a name (“Defense Secretary Pete
 * Hegseth”, “Former senator Patrick J. Leahy”), head an appositive
 * (“Daryl Kimball, executive director of …”), or stand alone for a person
 * already named (“the senator”). All entries are lowercase.
 */

function words(value: string): Set<string> {
  return new Set(value.split(/\s+/).filter(Boolean))
}

/**
 * Role nouns: the head of a title. Abbreviations are listed with their
 * period, as tokens keep it (`sen.`).
 */
export const roles = words(`
  president vice-president senator sen. sens. representative rep. reps. congressman congresswoman
  congressmember councilman councilwoman councilmember councillor councilor alderman alderwoman
  assemblyman assemblywoman assemblymember selectman supervisor lawmaker legislator governor gov.
  mayor secretary sec. minister premier chancellor
  ambassador amb. envoy attorney general gen. lieutenant lt. colonel col. major maj. captain capt.
  commander cmdr. admiral adm. sergeant sgt. corporal cpl. private pvt. marshal sheriff chief
  judge justice magistrate prosecutor counsel solicitor commissioner director administrator
  chairman chairwoman chairperson chair ceo cfo coo cto founder co-founder cofounder head leader
  spokesman spokeswoman spokesperson spokespeople press-secretary aide adviser advisor strategist
  pollster consultant analyst economist professor prof. lecturer researcher scientist fellow scholar
  historian author editor reporter correspondent columnist journalist anchor host commentator
  executive manager officer official coordinator organizer organiser treasurer controller comptroller clerk deputy
  superintendent inspector investigator detective det. agent trooper constable patrolman patrolwoman
  diplomat king queen prince princess
  pope cardinal bishop archbishop rabbi imam pastor reverend rev. father sister mr. mrs. ms. mx. miss
  mr mrs ms sir dame
  dr. dr doctor nurse lawyer attorney partner member delegate candidate nominee speaker whip
  physician surgeon engineer activist advocate campaigner expert specialist veteran cofounder
  lady owner publisher producer president-elect premier-elect senator-elect governor-elect rep.-elect
  businessman businesswoman entrepreneur investor banker trader teacher student resident
  mp mep attorney-general secretary-general director-general surgeon-general secretary-treasurer
  actress actor singer songwriter comedian comedienne rapper musician writer novelist poet
  filmmaker playwright billionaire philanthropist coach athlete
  psychiatrist psychologist epidemiologist virologist cardiologist oncologist pediatrician obstetrician
  geriatrician endocrinologist dermatologist radiologist dietitian nutritionist gastroenterologist
  pulmonologist anesthesiologist hematologist nephrologist urologist ophthalmologist veterinarian midwife
  gynecologist neurologist immunologist biologist chemist physicist geologist meteorologist
  astronomer astrophysicist oceanographer seismologist volcanologist glaciologist ecologist zoologist
  botanist paleontologist archaeologist geographer linguist
  climatologist statistician demographer sociologist anthropologist criminologist ethicist theologian
  philosopher mathematician pharmacist dentist therapist architect accountant auditor paramedic
  firefighter pilot farmer lobbyist pundit blogger broadcaster photographer curator provost
  trustee regent technician contractor negotiator mediator regulator staffer
  coworker co-worker colleague neighbor neighbour employee worker witness juror survivor shopper customer
  passenger voter parent retiree homeowner volunteer protester demonstrator cashier waiter waitress
  bartender barista mechanic electrician plumber janitor welder miner trucker driver nanny caregiver
  machinist autoworker steelworker carpenter laborer rancher fisherman dockworker
  schoolteacher
  quarterback linebacker cornerback lineman receiver kicker pitcher shortstop outfielder infielder
  goalkeeper goalie midfielder defenseman teammate rookie golfer swimmer sprinter wrestler cyclist
  gymnast
`)

/** Kinship nouns and the gender each says (“her *husband*”). */
export const kin = new Map<string, 'female' | 'male'>([
  ...'husband son father brother widower grandson grandfather uncle nephew boyfriend stepson stepfather'.split(' ').map((item) => [item, 'male'] as const),
  ...'wife daughter mother sister widow granddaughter grandmother aunt niece girlfriend stepdaughter stepmother'.split(' ').map((item) => [item, 'female'] as const)
])

// One word after a space, or a possessive and one word before a name: bounded, no backtracking.
const kinWordAt = /\s{1,2}(\p{Ll}+)\b/uy
const kinBeforeName = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}[\p{L}-]{0,30}[’']s)\s{1,2}(\p{Ll}+),?\s{1,2}$/u

/**
 * Gender told by a kinship noun at `from` (“, her *husband*”), if any.
 *
 * @param view
 *   Document view.
 * @param from
 *   Offset just before the space before the noun.
 * @returns
 *   The noun’s gender, or null.
 */
export function kinAfter(view: string, from: number): 'female' | 'male' | null {
  kinWordAt.lastIndex = from
  const match = kinWordAt.exec(view)
  return (match && kin.get(match[1]!)) ?? null
}

/**
 * Gender told by a kinship noun and a possessive just before a name (“her
 * husband, Milton Berg”, “Ferreira’s husband, Luis”), if any.
 *
 * @param view
 *   Document view.
 * @param start
 *   Start of the name.
 * @returns
 *   The noun’s gender, or null.
 */
export function kinBefore(view: string, start: number): 'female' | 'male' | null {
  // The word before the name (past a comma) must be a kinship noun: read it
  // without a slice first, as most names follow no such word.
  let end = start - 1
  while (end > 0 && (view.charCodeAt(end) === 32 || view.charCodeAt(end) === 44)) end--
  let begin = end
  while (begin > 0 && view.charCodeAt(begin - 1) >= 97 && view.charCodeAt(begin - 1) <= 122) begin--
  // (Every kinship noun ends in a lowercase letter: test that before slicing.)
  const last = view.charCodeAt(end)
  if (end - begin < 2 || end - begin > 12 || last < 97 || last > 122 || !kin.has(view.slice(begin, end + 1))) return null
  const match = kinBeforeName.exec(view.slice(Math.max(0, start - 32), start))
  return (match && kin.get(match[1]!.toLowerCase())) ?? null
}

/** Role nouns that also say the person’s gender. */
export const roleGender = new Map<string, 'female' | 'male'>([
  ['congresswoman', 'female'],
  ['councilwoman', 'female'],
  ['alderwoman', 'female'],
  ['assemblywoman', 'female'],
  ['chairwoman', 'female'],
  ['spokeswoman', 'female'],
  ['businesswoman', 'female'],
  ['actress', 'female'],
  ['comedienne', 'female'],
  ['queen', 'female'],
  ['princess', 'female'],
  ['sister', 'female'],
  ['mrs.', 'female'],
  ['ms.', 'female'],
  ['mrs', 'female'],
  ['dame', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['congressman', 'male'],
  ['councilman', 'male'],
  ['alderman', 'male'],
  ['assemblyman', 'male'],
  ['selectman', 'male'],
  ['spokesman', 'male'],
  ['businessman', 'male'],
  ['king', 'male'],
  ['prince', 'male'],
  ['father', 'male'],
  ['mr.', 'male'],
  ['mr', 'male'],
  ['sir', 'male'],
  ['pope', 'male'],
  ['rabbi', 'male'],
  ['imam', 'male']
])

/**
 * Words that modify a role in a title (“Former senator”, “acting deputy
 * secretary”, “Defense Secretary”, “press secretary”, “White House chief of
 * staff” is handled as affiliation + title).
 */
export const titleModifiers = words(`
  former ex- then- acting interim deputy vice assistant associate senior junior chief top lead
  principal executive general managing national regional global international state federal
  local retired late incoming outgoing current longtime long-time veteran newly-elected elected
  defense defence foreign domestic homeland security justice treasury labor labour health education
  energy commerce agriculture interior transportation housing veterans environmental army navy
  military naval air force marine press communications campaign policy legal political economic
  white house senate house u.s. us american republican democratic democrat gop independent
  progressive conservative liberal minority majority presidential gubernatorial democratic-socialist
  attorney district county city town municipal supreme appeals circuit federal-court co first
  second prime lord dame sir crown foreign-policy national-security intelligence research
  program programme advocacy managing-director council board school committee panel party union
  parish tribal antitrust competition finance climate privacy digital technology tech shadow
`)

/**
 * Titles that are written before a name in title case and must not be taken
 * for part of the name (`Sen. Leahy`, `President Trump`, `Mr. Trump`).
 */
export const honorifics = words(`mr. mrs. ms. mx. miss dr. prof. rev. sir dame lord lady mr mrs ms dr prof`)

/** Words after a role and `of` that complete a title (“Secretary of State”). */
export const departmentWords = words(`
  state defense defence homeland security treasury labor education energy transportation
  agriculture commerce interior justice health human services housing urban development veterans
  affairs army navy air force the and staff national intelligence elections
`)

/** Abbreviated roles, mapped to the role they stand for (“the senator” finds “Sen.”). */
export const roleAliases = new Map<string, string>([
  ['sen.', 'senator'],
  ['sens.', 'senator'],
  ['rep.', 'representative'],
  ['reps.', 'representative'],
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
  ['congressmember', 'representative'],
  ['gov.', 'governor'],
  ['gen.', 'general'],
  ['lt.', 'lieutenant'],
  ['col.', 'colonel'],
  ['maj.', 'major'],
  ['capt.', 'captain'],
  ['cmdr.', 'commander'],
  ['adm.', 'admiral'],
  ['sgt.', 'sergeant'],
  ['sec.', 'secretary'],
  ['amb.', 'ambassador'],
  ['prof.', 'professor'],
  ['rev.', 'reverend'],
  ['det.', 'detective'],
  ['chairwoman', 'chairman'],
  ['chairperson', 'chairman'],
  ['chair', 'chairman'],
  ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'],
  ['advisor', 'adviser'],
  ['president-elect', 'president'],
  ['vice-president', 'vice president'],
  ['senator-elect', 'senator'],
  ['governor-elect', 'governor']
])

/**
 * Roles that a title-only mention (“the senator”) may resolve with; generic
 * roles (“the official”, “the member”) are left to the anonymous and group
 * finders.
 */
export const titleOnlyRoles = words(`
  president senator representative congressman congresswoman lawmaker governor mayor secretary
  minister chancellor ambassador general admiral colonel sheriff judge justice prosecutor
  commissioner director chairman chairwoman ceo founder spokesman spokeswoman spokesperson
  professor economist candidate nominee speaker pope king queen prince premier
  president-elect attorney-general
`)

/**
 * Normalised role of a role word: lowercase, abbreviation expanded.
 *
 * @param word
 *   A role word as written (`Sen.`).
 * @returns
 *   Its role (`senator`).
 */
export function roleOf(word: string): string {
  const lower = word.toLowerCase()
  return roleAliases.get(lower) ?? lower
}

/** Modifiers that make a role another office: the vice president is not “the president”, the shadow chancellor not “the Chancellor”. */
const otherOffices = new Set(['vice', 'deputy', 'shadow'])

/**
 * Key of a role for linking titles and descriptions: {@link roleOf}, with a
 * modifier before it kept when it makes another office (“Vice President
 * Mike Pence” … “the vice president”, never “the president”).
 *
 * @param word
 *   A role word as written (`President`).
 * @param modifier
 *   The word before it, if any (`Vice`).
 * @returns
 *   Its key (`vice president`).
 */
export function roleKey(word: string, modifier: string | undefined): string {
  const role = roleOf(word)
  if (modifier === undefined) return role
  const lower = modifier.toLowerCase()
  return otherOffices.has(lower) ? lower + ' ' + role : role
}
