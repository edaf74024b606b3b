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
  }
])
