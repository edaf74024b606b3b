import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {defineConfig, type Options} from 'tsup'

const shared: Options = {
  entry: {index: 'src/index.ts'},
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true
}

export default defineConfig([
  {...shared, format: ['esm']},
  {
    ...shared,
    format: ['cjs'],
    // unified, remark and the hast utilities ship ESM only; Node before
    // 20.19 cannot `require` them, so the CJS build carries them inside.
    noExternal: [/^(?!zod(?:\/|$))/]
  },
  {
    // The `claimtrace` bin: Node only (the one place with Node built-ins),
    // ESM, with its dependencies inside: Node’s ESM loader resolves, reads
    // and compiles their ~230 files one by one, so every start (and every
    // `--jobs` worker’s) took ~0.5 s instead of ~0.3 s for one file.
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    noExternal: [/./],
    banner: {js: '#!/usr/bin/env node'},
    sourcemap: true,
    async onSuccess() {
      // `claimtrace/schema.json`, from the built CLI itself: always what ships.
      const schema = execFileSync(process.execPath, ['dist/cli.js', 'schema'], {encoding: 'utf8'})
      writeFileSync('dist/schema.json', schema)
    }
  }
])
