import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {defineConfig, type Options} from 'tsup'

const shared: Options = {
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // Bundled code: esbuild turns every top-level `const` into a `var`, which
  // V8 can no longer fold into the code that reads it (the scorer’s masks
  // and shifts, the tokenizers’ flags): the bundle ran at half the speed of
  // the sources. Minifying syntax inlines the plain constants again; names
  // and layout stay readable.
  esbuildOptions(options) {
    options.minifySyntax = true
  }
}

export default defineConfig([
  {
    // ESM: one file per module, as written, like the unified packages: top-level
    // `const` stays `const` (faster than any bundle, see above) and bundlers
    // of the users’ apps see the modules themselves.
    ...shared,
    entry: ['src/**/*.ts', '!src/cli.ts', '!src/cli/**'],
    bundle: false,
    dts: false,
    format: ['esm']
  },
  {
    // Types of the ESM entry, in one file.
    entry: {index: 'src/index.ts'},
    dts: {only: true},
    format: ['esm']
  },
  {
    ...shared,
    entry: {index: 'src/index.ts'},
    format: ['cjs'],
    treeshake: true,
    // unified, remark and the hast utilities ship ESM only; Node before
    // 20.19 cannot `require` them, so the CJS build carries them inside.
    noExternal: [/^(?!zod(?:\/|$))/]
  },
  {
    // The `claimtrace` bin: Node only (the one place with Node built-ins),
    // ESM, with its dependencies inside: Node’s ESM loader resolves, reads
    // and compiles their ~230 files one by one, so every start (and every
    // `--jobs` worker’s) took ~0.5 s instead of ~0.3 s for one file.
    ...shared,
    entry: {cli: 'src/cli.ts'},
    dts: false,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    noExternal: [/./],
    banner: {js: '#!/usr/bin/env node'},
    async onSuccess() {
      // `claimtrace/schema.json`, from the built CLI itself: always what ships.
      const schema = execFileSync(process.execPath, ['dist/cli.js', 'schema'], {encoding: 'utf8'})
      writeFileSync('dist/schema.json', schema)
    }
  }
])
