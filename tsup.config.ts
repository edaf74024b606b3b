import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {defineConfig, type Options} from 'tsup'

const shared: Options = {
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // A bundle turns every top-level `const` into a `var`; in an ES module V8
  // then reads such a `var` from the module context on every use instead of
  // folding it in (the check-worthiness scorer’s masks and shifts): scoring
  // 31k PolNeAR sentences took 158 ms bundled, 122 ms one file per module,
  // 115 ms in the CJS bundle (a function scope). Minifying syntax also
  // inlines plain constants; names and layout stay readable.
  esbuildOptions(options) {
    options.minifySyntax = true
  }
}

export default defineConfig([
  {
    // ESM: one file per module, as written, like the unified packages:
    // top-level `const` stays `const` (see above), and the bundlers of the
    // users’ apps see the modules themselves.
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
    // with its dependencies inside: Node’s ESM loader resolves, reads and
    // compiles their ~230 files one by one, so every start (and every
    // `--jobs` worker’s) took ~0.5 s instead of ~0.3 s for one file.
    // CommonJS, because a bundle in an ES module is the slow case above:
    // `claimtrace annotate --jobs 1` over PolNeAR train took 2.85 s as
    // CommonJS, 3.01 s as an ES module (wall, median of three).
    ...shared,
    entry: {cli: 'src/cli.ts'},
    dts: false,
    format: ['cjs'],
    // `import.meta.url` (the worker entry) in CommonJS.
    shims: true,
    platform: 'node',
    target: 'node20',
    noExternal: [/./],
    banner: {js: '#!/usr/bin/env node'},
    async onSuccess() {
      // `claimtrace/schema.json`, from the built CLI itself: always what ships.
      const schema = execFileSync(process.execPath, ['dist/cli.cjs', 'schema'], {encoding: 'utf8'})
      writeFileSync('dist/schema.json', schema)
    }
  }
])
