import {readFile, writeFile} from 'node:fs/promises'
import {annotate} from '../annotate.js'
import {toHtml} from '../render/index.js'
import type {Command} from './command.js'
import {apostrophes, singles} from './annotate.js'
import {UsageError, errorMessage, exitCodes, readAll, write} from './io.js'

/** `claimtrace render <file>`: the annotated article as a self-contained HTML page. */
export const renderCommand: Command = {
  summary: 'Render an article as an annotated, self-contained HTML page',
  help: [
    'Usage: claimtrace render [--input-format md|txt] [--published DATE] [--double-apostrophes[=auto]] [--single-quotes[=auto|true|false]] [-o FILE] <file|->',
    '',
    'Annotate one article and write it as an HTML page: quotes highlighted in',
    'their source’s colour, claims marked by kind and check-worthiness, and a',
    'panel of sources. The page has no scripts from elsewhere and no network.',
    '',
    'Options:',
    '  --input-format md|txt  How to read the input (default: by extension, else auto)',
    '  --published DATE       Publication date (ISO 8601) for relative dates',
    "  --double-apostrophes   Read '' as a quotation mark (ASCII newswire text);",
    '                         =auto: only in an input that writes them so',
    "  --single-quotes        Read ' and ‘ ’ as the quotation marks (British style);",
    '                         default auto: in an input that quotes with them',
    '  -o, --out FILE         Write to FILE instead of standard output',
    '',
    'Example:',
    '  claimtrace render article.txt > page.html'
  ].join('\n'),
  bareValues: {'double-apostrophes': 'true', 'single-quotes': 'true'},
  options: {
    'input-format': {type: 'string'},
    published: {type: 'string'},
    'double-apostrophes': {type: 'string'},
    'single-quotes': {type: 'string'},
    out: {type: 'string', short: 'o'}
  },
  async run({values, positionals, io}) {
    if (positionals.length !== 1) {
      throw new UsageError('Expected one file (or `-`) to render, got ' + positionals.length)
    }

    const path = positionals[0]!
    const flag = values['input-format']
    if (flag !== undefined && flag !== 'md' && flag !== 'txt') {
      throw new UsageError('Unexpected `--input-format ' + String(flag) + '`, expected `md` or `txt`')
    }

    const format = flag === 'md' || /\.(?:md|markdown)$/i.test(path) ? 'markdown' : flag === 'txt' ? 'text' : 'auto'
    let text: string
    try {
      text = path === '-' ? await readAll(io.stdin) : await readFile(path, 'utf8')
    } catch (error) {
      await write(io.stderr, 'claimtrace: cannot read `' + path + '`: ' + errorMessage(error) + '\n')
      return exitCodes.failed
    }

    const published = typeof values.published === 'string' ? values.published : undefined
    let html: string
    try {
      html = toHtml(annotate(text, {format, published, doubleApostrophes: apostrophes(values['double-apostrophes']), singleQuotes: singles(values['single-quotes'])}), text)
    } catch (error) {
      if (error instanceof TypeError) throw new UsageError(error.message)
      throw error
    }

    if (typeof values.out === 'string') await writeFile(values.out, html)
    else await write(io.stdout, html)
    return exitCodes.ok
  }
}
