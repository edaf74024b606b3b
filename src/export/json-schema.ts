import * as z from 'zod'
import {
  Annotation,
  Attribution,
  Bound,
  Claim,
  ClaimAttribution,
  Diagnostic,
  Mention,
  Paragraph,
  Point,
  Position,
  Quantity,
  Quote,
  Relation,
  Sentence,
  Source,
  Span,
  TimeExpression,
  schemaVersion
} from '../schema.js'

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = z.core.JSONSchema.BaseSchema

/**
 * Get the JSON Schema (draft 2020-12) of an {@link Annotation}, generated
 * from the zod schema, so non-TypeScript consumers can validate annotations.
 * Also shipped as `claimtrace/schema.json` and printed by
 * `claimtrace schema`.
 *
 * Shared shapes are named `$defs` (`Span`, `Position`, `Quote`, …). Objects
 * do not allow extra keys (`additionalProperties: false`), so the schema is
 * stricter than `parseAnnotation`, which drops unknown keys.
 *
 * @example
 *   ```ts
 *   import Ajv from 'ajv/dist/2020.js'
 *   import {annotate, toJsonSchema} from 'claimtrace'
 *
 *   const validate = new Ajv().compile(toJsonSchema())
 *   validate(JSON.parse(JSON.stringify(annotate('“Hi,” she said.')))) // => true
 *   ```
 * @returns
 *   A fresh JSON Schema object (safe to mutate).
 */
export function toJsonSchema(): JsonSchema {
  const registry = z.registry<{id: string}>()
  const named = {
    Point,
    Position,
    Span,
    Mention,
    Relation,
    Source,
    Attribution,
    ClaimAttribution,
    Quote,
    Bound,
    Quantity,
    TimeExpression,
    Claim,
    Paragraph,
    Sentence,
    Diagnostic
  }
  for (const [id, schema] of Object.entries(named)) registry.add(schema, {id})
  // The payload type also declares zod’s `~standard` hook; the value is plain JSON Schema.
  const {$schema, ...rest} = z.toJSONSchema(Annotation, {target: 'draft-2020-12', metadata: registry}) as JsonSchema
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    title: 'claimtrace Annotation',
    description:
      'Everything claimtrace found in one article (schemaVersion ' +
      schemaVersion +
      '): quotes, claims and sources tied to UTF-16 offsets of the input.',
    ...rest
  }
}
