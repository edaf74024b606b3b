/**
 * Word classes as bit masks: every lexicon a word is checked against (name
 * words, and the function words around description heads), looked up once
 * per word instead of once per lexicon, with no lowercase copy of the word.
 */
import {capitalStops} from '../attribution/words.js'
import {givenNames} from './given-names.js'
import {WordTable} from './hash.js'
import {
  affiliationPrepositions,
  appositiveStops,
  calendar,
  capitalGroups,
  demonyms,
  determiners,
  geoHeads,
  irregularPast,
  modifierStops,
  objectVerbs,
  openers,
  orgConnectors,
  orgHeads,
  orgNames,
  orgNouns,
  particles,
  places,
  possessivePronouns,
  pronouns,
  suffixes,
  thingHeads,
  weekdays
} from './lexicon.js'
import {departmentWords, honorifics, roles, titleModifiers} from './titles.js'

/** Bits of a word class. */
export const word = {
  orgHead: 1,
  orgName: 2,
  role: 4,
  titleModifier: 8,
  place: 16,
  geoHead: 32,
  thingHead: 64,
  calendar: 128,
  weekday: 256,
  demonym: 512,
  capitalGroup: 1024,
  givenName: 2048,
  suffix: 4096,
  particle: 8192,
  connector: 16_384,
  opener: 32_768,
  honorific: 65_536,
  department: 131_072,
  orgNoun: 262_144,
  compass: 524_288,
  male: 1_048_576,
  female: 2_097_152,
  determiner: 4_194_304,
  possessivePronoun: 8_388_608,
  modifierStop: 16_777_216,
  pronoun: 33_554_432,
  irregularPast: 67_108_864,
  appositiveStop: 134_217_728,
  affiliationPreposition: 268_435_456,
  commaOpener: 536_870_912,
  objectVerb: 1_073_741_824
} as const

const classes = new Map<string, number>()

function add(words: Iterable<string>, bit: number): void {
  for (const item of words) classes.set(item, (classes.get(item) ?? 0) | bit)
}

add(orgHeads, word.orgHead)
add(orgNames, word.orgName)
add(roles, word.role)
add(titleModifiers, word.titleModifier)
add(places, word.place)
add(geoHeads, word.geoHead)
add(thingHeads, word.thingHead)
add(calendar, word.calendar)
add(weekdays, word.weekday)
add(demonyms, word.demonym)
add(capitalGroups, word.capitalGroup)
for (const [name, gender] of givenNames) {
  add([name], word.givenName | (gender === 'male' ? word.male : word.female))
}
add(suffixes, word.suffix)
add(particles, word.particle)
add(orgConnectors, word.connector)
add(openers, word.opener)
// Words that open a sentence as a clause, not a name (“Rather, he said, …”
// against “Rather said …”): the attribution stage’s list, lowercase.
add([...capitalStops].map((item) => item.toLowerCase()), word.commaOpener)
add(honorifics, word.honorific)
add(departmentWords, word.department)
add(orgNouns, word.orgNoun)
add(['north', 'south', 'east', 'west', 'new'], word.compass)
// Function words the finders test around their heads: a bit each, so the
// test needs no lowercase copy of the word.
add(determiners, word.determiner)
add(possessivePronouns, word.possessivePronoun)
add(modifierStops, word.modifierStop)
add(objectVerbs, word.objectVerb)
add(pronouns.keys(), word.pronoun)
add(irregularPast, word.irregularPast)
add(appositiveStops, word.appositiveStop)
add(affiliationPrepositions, word.affiliationPreposition)

const table = new WordTable(classes)

/**
 * Classes of a word.
 *
 * @param hash
 *   Hash of the lowercase word (see `wordHash`).
 * @param index
 *   Index of the word in `words`.
 * @param words
 *   Something that compares the word with a lexicon word, asked only when
 *   the hash is that word’s.
 * @returns
 *   Bit mask of {@link word} classes (0 when in no lexicon).
 */
export function classesOf(hash: number, index: number, words: {is(index: number, word: string): boolean}): number {
  const value = table.get(hash, index, words)
  return value < 0 ? 0 : value
}
