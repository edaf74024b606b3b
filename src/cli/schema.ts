import {toJsonSchema} from '../export/json-schema.js'
import type {Command} from './command.js'
import {UsageError, exitCodes, write} from './io.js'

/** `claimtrace schema`: print the JSON Schema of an annotation. */
export const schemaCommand: Command = {
  summary: 'Print the JSON Schema (draft 2020-12) of an annotation',
  help: [
    'Usage: claimtrace schema',
    '',
    'Print the JSON Schema (draft 2020-12) of the annotation format, the same',
    'file the package ships as `claimtrace/schema.json`.',
    '',
    'Example:',
    '  claimtrace schema > annotation.schema.json'
  ].join('\n'),
  options: {},
  async run({positionals, io}) {
    if (positionals.length > 0) throw new UsageError('Unexpected argument `' + positionals[0] + '`, `schema` takes none')
    await write(io.stdout, JSON.stringify(toJsonSchema(), null, 2) + '\n')
    return exitCodes.ok
  }
}
