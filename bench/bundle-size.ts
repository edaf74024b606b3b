/**
 * Size budget of the core’s browser bundle (`src/index.ts`, no CLI):
 * esbuild, minified, platform browser; gzip by node:zlib.
 */
import {gzipSync} from 'node:zlib'
import {bundleCore} from '../tests/browser/bundle.js'

/** Budget for the gzipped browser bundle of the core, in bytes. */
export const gzipBudget = 150_000

/** What {@link runBundleSize} measured. */
export interface BundleSize {
  minified: number
  gzip: number
  /** Bytes in the output per package (or `src`), largest first. */
  parts: Array<[string, number]>
}

/**
 * Run the size section: print it and return the figures.
 *
 * @returns
 *   Minified and gzipped sizes and the largest parts.
 */
export async function runBundleSize(): Promise<BundleSize> {
  console.log('\n## size: browser bundle of the core (esbuild, minified, platform browser)\n')
  const {code, metafile} = await bundleCore({minify: true})
  const minified = Buffer.byteLength(code)
  const gzip = gzipSync(code, {level: 9}).length
  const byPart = new Map<string, number>()
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
      const part = match ? match[1]! : path.startsWith('src/') ? 'src (claimtrace)' : path
      byPart.set(part, (byPart.get(part) ?? 0) + input.bytesInOutput)
    }
  }

  const parts = [...byPart].sort((a, b) => b[1] - a[1])
  console.log(
    'size budget: %s kB minified, %s kB gzip (budget %s kB gzip)%s',
    (minified / 1e3).toFixed(1),
    (gzip / 1e3).toFixed(1),
    (gzipBudget / 1e3).toFixed(0),
    gzip <= gzipBudget ? '' : '  OVER BUDGET'
  )
  console.log(
    'largest parts (minified): ' +
      parts
        .slice(0, 8)
        .map(([name, bytes]) => name + ' ' + (bytes / 1e3).toFixed(1) + ' kB')
        .join(', ')
  )
  return {minified, gzip, parts}
}
