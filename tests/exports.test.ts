import {describe, expect, it} from 'vitest'
import * as claimtrace from '../src/index.js'

describe('claimtrace (package root)', () => {
  it('exposes exactly the public API', () => {
    // Pinned on purpose: adding or removing an export is a change users notice.
    expect(Object.keys(claimtrace).sort()).toMatchInlineSnapshot(`
      [
        "Annotation",
        "Attribution",
        "AttributionType",
        "Bound",
        "Claim",
        "ClaimAttribution",
        "ClaimKind",
        "ClaimSubkind",
        "CueClass",
        "Diagnostic",
        "Gender",
        "InputFormat",
        "Mention",
        "MentionKind",
        "Paragraph",
        "ParagraphKind",
        "Point",
        "Position",
        "Quantity",
        "Quote",
        "QuoteKind",
        "Relation",
        "RelationType",
        "Sentence",
        "Source",
        "SourceKind",
        "Span",
        "TimeExpression",
        "annotate",
        "ruleIds",
        "schemaVersion",
      ]
    `)
  })
})
