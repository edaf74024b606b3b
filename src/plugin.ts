import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {annotate, type Options} from './annotate.js'
import type {Annotation} from './schema.js'

declare module 'vfile' {
  interface DataMap {
    /** The annotation of the file, set by `remarkClaimtrace`. */
    claimtrace: Annotation
  }
}

/**
 * remark plugin: annotate the document and put the result on
 * `file.data.claimtrace`; content problems become messages on the file
 * (`file.messages`, `source: 'claimtrace'`, with the `ruleId`s listed in the
 * README’s Messages section). The tree is not changed.
 *
 * Reads the file’s own text (`file.value`) with claimtrace’s parser, so
 * offsets are into exactly what the processor was given. The input is read
 * as markdown unless `options.format` says otherwise.
 *
 * @example
 *   ```ts
 *   import remarkParse from 'remark-parse'
 *   import {unified} from 'unified'
 *   import {VFile} from 'vfile'
 *   import {remarkClaimtrace} from 'claimtrace'
 *
 *   const processor = unified().use(remarkParse).use(remarkClaimtrace, {url: 'https://example.com/a'})
 *   const file = new VFile('# Title\n\n“Hi,” she said.')
 *   await processor.run(processor.parse(file), file)
 *   file.data.claimtrace?.quotes.length // => 1
 *   ```
 * @param options
 *   Configuration passed to `annotate` (optional; `format` defaults to
 *   `'markdown'`).
 * @returns
 *   Transform.
 * @throws {TypeError}
 *   When `options` is not an object (at `use` time), or an option is invalid
 *   (when the file is processed).
 */
const remarkClaimtrace: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object, got ' + typeof options)
  }

  const settings: Options = {...options, format: options?.format ?? 'markdown'}
  return function (_tree: Root, file: VFile): undefined {
    file.data.claimtrace = annotate(file, settings)
  }
}

export default remarkClaimtrace
export {remarkClaimtrace}
