/**
 * Build the CLI bundle (`dist/cli.cjs` and `dist/schema.json`) with the
 * project’s own tsup config when it is missing or older than the sources,
 * so CLI tests always spawn the binary users get.
 */
import {existsSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {build, type Options} from 'tsup'
import config from '../tsup.config.js'
import {root} from './helpers.js'

/** The built CLI. */
export const cli = path.join(root, 'dist', 'cli.cjs')
/** The shipped JSON Schema. */
export const schemaFile = path.join(root, 'dist', 'schema.json')

/**
 * Make sure `dist/cli.cjs` is fresh.
 */
export async function ensureCli(): Promise<void> {
  if (existsSync(cli) && existsSync(schemaFile) && statSync(cli).mtimeMs > newest(path.join(root, 'src'))) return
  const configs = (Array.isArray(config) ? config : [config]) as Options[]
  const cliConfig = configs.find((item) => item.entry && typeof item.entry === 'object' && 'cli' in item.entry)
  if (!cliConfig) throw new Error('Missing the `cli` entry in tsup.config.ts')
  const cwd = process.cwd()
  // The config’s paths (and its onSuccess hook) are relative to the root;
  // `chdir` works in vitest’s default `forks` pool.
  process.chdir(root)
  try {
    await build({...cliConfig, config: false, silent: true})
  } finally {
    process.chdir(cwd)
  }
}

function newest(directory: string): number {
  let result = statSync(path.join(root, 'tsup.config.ts')).mtimeMs
  for (const entry of readdirSync(directory, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) result = Math.max(result, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }

  return result
}
