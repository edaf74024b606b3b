import {describe, expect, it} from 'vitest'
import {annotate, toClaimReviews, type ClaimReview} from '../src/index.js'
import {maxClaimReviewed, shorten} from '../src/export/claim-review.js'
import {handSeed, seedInput, seedOptions} from './query-seed.js'

describe('toClaimReviews', () => {
  const annotation = handSeed()
  const reviews = toClaimReviews(annotation)
  const review = (id: string): ClaimReview => reviews[annotation.claims.findIndex((claim) => claim.id === id)]!

  it('makes one ClaimReview skeleton per claim', () => {
    expect(reviews).toHaveLength(annotation.claims.length)
    for (const item of reviews) {
      expect(item['@context']).toBe('https://schema.org')
      expect(item['@type']).toBe('ClaimReview')
      expect(item.itemReviewed['@type']).toBe('Claim')
    }
  })

  it('leaves the review for the fact-checker, clearly marked', () => {
    for (const item of reviews) {
      expect(item.reviewRating).toBeNull()
      expect(item.author).toBeNull()
      expect(item.url).toBeNull()
      expect(item.datePublished).toBeNull()
      expect(item.claimtraceNote).toMatch(/fill in reviewRating/)
    }
  })

  it('keeps claimReviewed within 75 characters', () => {
    for (const [index, item] of reviews.entries()) {
      expect(Array.from(item.claimReviewed).length).toBeLessThanOrEqual(maxClaimReviewed)
      const text = annotation.claims[index]!.text
      if (text.length <= maxClaimReviewed) expect(item.claimReviewed).toBe(text)
      else {
        expect(item.claimReviewed.endsWith('…')).toBe(true)
        const kept = item.claimReviewed.slice(0, -1)
        expect(text.startsWith(kept)).toBe(true)
        // Cut at a word boundary.
        expect(text[kept.length]).toMatch(/[\s,;:]/)
      }
    }
  })

  it('shortens the long treaty claim sensibly', () => {
    expect(review('c3').claimReviewed).toBe('More than 160 countries, though not the United States, signed a treaty…')
  })

  it('names the author: person, organization, or the signer of a document', () => {
    expect(review('c2').itemReviewed.author).toEqual({'@type': 'Organization', name: 'International Campaign to Ban Landmines'})
    expect(review('c5').itemReviewed.author).toEqual({'@type': 'Person', name: 'Patrick J. Leahy', jobTitle: 'Former senator'})
    expect(review('c1').itemReviewed.author).toEqual({'@type': 'Person', name: 'Pete Hegseth', jobTitle: 'Defense Secretary'})
    expect(review('c6').itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'Daryl Kimball',
      jobTitle: 'executive director',
      affiliation: {'@type': 'Organization', name: 'Arms Control Association'}
    })
  })

  it('leaves out the author of an unattributed claim', () => {
    expect(review('c3').itemReviewed).not.toHaveProperty('author')
  })

  it('links the article as the appearance, with its date', () => {
    expect(review('c2').itemReviewed.appearance).toEqual({
      '@type': 'NewsArticle',
      url: 'https://example.com/land-mines',
      headline: 'Hegseth reverses land mine policy to allow use of controversial weapon',
      datePublished: '2025-12-05'
    })
    expect(review('c2').itemReviewed.datePublished).toBe('2025-12-05')
  })

  it('leaves out the appearance and dates when unknown', () => {
    const [first] = toClaimReviews({...annotation, url: null, published: null})
    expect(first!.itemReviewed).not.toHaveProperty('appearance')
    expect(first!.itemReviewed).not.toHaveProperty('datePublished')
  })

  it('filters claims', () => {
    expect(toClaimReviews(annotation, {filter: {minCheckworthiness: 0.8}}).map((item) => item.claimReviewed)).toEqual([
      review('c2').claimReviewed,
      review('c3').claimReviewed
    ])
  })

  it('makes one per claim of real annotate output', () => {
    const real = annotate(seedInput, seedOptions)
    expect(toClaimReviews(real)).toHaveLength(real.claims.length)
  })
})

describe('shorten', () => {
  it('keeps short text, collapsing whitespace', () => {
    expect(shorten('  a\n b  ', 75)).toBe('a b')
  })

  it('counts code points, never splitting an astral character', () => {
    const text = '😀'.repeat(80)
    const result = shorten(text, 75)
    expect(Array.from(result)).toHaveLength(75)
    expect(result).toBe('😀'.repeat(74) + '…')
  })

  it('cuts inside a word only when there is no space in the second half', () => {
    expect(shorten('x'.repeat(100), 10)).toBe('xxxxxxxxx…')
    expect(shorten('a ' + 'x'.repeat(100), 10)).toBe('a xxxxxxx…')
    expect(shorten('alpha beta gamma delta', 12)).toBe('alpha beta…')
  })

  it('drops punctuation before the ellipsis', () => {
    expect(shorten('alpha beta, gamma delta', 13)).toBe('alpha beta…')
  })
})
