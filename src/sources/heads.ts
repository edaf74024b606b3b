/**
 * The head words the description finder starts from (pronouns, document
 * nouns, anonymous and group nouns, roles, organization nouns), in one
 * table: the tokenizer lists where they stand, the name finder leaves them
 * alone.
 */
import {WordTable} from './hash.js'
import {anonymousHeads, documentHeads, groupHeads, orgDescriptions, pronouns} from './lexicon.js'
import {titleOnlyRoles} from './titles.js'

/** Every head word. */
export const heads = new Set<string>([
  ...pronouns.keys(),
  ...documentHeads.keys(),
  ...anonymousHeads,
  ...groupHeads,
  ...titleOnlyRoles,
  ...orgDescriptions
])

/** Every head word, by hash. */
export const headTable = new WordTable([...heads].map((word) => [word, 1] as const))
