/**
 * The browser bundle of the core (`src/index.ts`, no CLI): used by the
 * real-browser test and by the size line of `npm run bench`.
 */
import {builtinModules} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, type Metafile, type Plugin} from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A bundle and what went into it. */
export interface CoreBundle {
  code: string
  metafile: Metafile
}

const builtins = new Set(builtinModules.flatMap((name) => [name, 'node:' + name]))

/**
 * Core code must run in browsers and edge runtimes: fail the build on any
 * Node built-in, with the importer named (esbuild alone would only say it
 * cannot resolve it, or polyfill nothing and break at run time).
 */
const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(context) {
    context.onResolve({filter: /.*/}, (args) => {
      if (args.kind === 'entry-point') return undefined
      const bare = args.path.split('/')[0]!
      if (args.path.startsWith('node:') || builtins.has(args.path) || (builtins.has(bare) && !args.path.startsWith('.'))) {
        return {
          errors: [{text: 'Node built-in `' + args.path + '` imported by ' + args.importer + ': core code must run in browsers'}]
        }
      }

      return undefined
    })
  }
}

/**
 * Bundle the core for browsers (ESM, `platform: 'browser'`).
 *
 * @param options
 *   `minify` (default: `false`); `entry` (default: `src/index.ts`).
 * @returns
 *   The bundle’s code and esbuild’s metafile.
 * @throws {Error}
 *   When the core imports a Node built-in or anything fails to resolve.
 */
export async function bundleCore(options?: Readonly<{minify?: boolean; entry?: string}>): Promise<CoreBundle> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [options?.entry ?? join(root, 'src', 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: options?.minify ?? false,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [noNodeBuiltins]
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error('esbuild produced no output')
  return {code: file.text, metafile: result.metafile}
}
