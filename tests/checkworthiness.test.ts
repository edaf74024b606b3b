import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadClaimBuster, metrics } from '../bench/checkworthiness-cv.js';
import { scoreCheckworthiness } from '../src/claims/checkworthiness.js';
import type { FeatureBuffer } from '../src/claims/checkworthiness-features.js';
import { createFeatureBuffer, extractFeatures, logistic, NEWS_BOILERPLATE } from '../src/claims/checkworthiness-features.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const claimBusterCsv = path.resolve(repoRoot, '../shared/data/claimbuster/train.csv');
const hasClaimBuster = existsSync(claimBusterCsv);
if (!hasClaimBuster) console.warn(`Skipping ClaimBuster regression guard: ${claimBusterCsv} not found`);

// From the product's seed news article.
const CHECK_WORTHY = [
  'In 2024, nearly 2,000 people were killed by land mines and explosives left behind from war, according to the International Campaign to Ban Landmines.',
  'More than 160 countries, though not the United States, signed a treaty banning the stockpiling, use and production of antipersonnel land mines.',
  'The U.S. military has not widely used antipersonnel land mines since the Gulf War more than three decades ago.',
];
const NOT_CHECK_WORTHY = [
  'The Pentagon did not immediately respond to requests for comment on Friday.',
  'Dan Lamothe, Meg Kelly and Alex Horton contributed.',
  'What do you think?',
];

describe('scoreCheckworthiness', () => {
  it('returns a probability and is deterministic', () => {
    for (const sentence of [...CHECK_WORTHY, ...NOT_CHECK_WORTHY, 'a', '  ', '42%', '¿Qué?', '🙂 emoji']) {
      const score = scoreCheckworthiness(sentence);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(scoreCheckworthiness(sentence)).toBe(score);
    }
  });

  it('does not depend on what was scored before', () => {
    const first = scoreCheckworthiness(CHECK_WORTHY[0]!);
    scoreCheckworthiness(CHECK_WORTHY[0]!.repeat(3));
    scoreCheckworthiness(NOT_CHECK_WORTHY[1]!);
    expect(scoreCheckworthiness(CHECK_WORTHY[0]!)).toBe(first);
  });

  it('throws a TypeError for non-strings', () => {
    for (const bad of [undefined, null, 42, {}, ['a'], new String('a')]) {
      expect(() => scoreCheckworthiness(bad as unknown as string)).toThrow(TypeError);
    }
    expect(() => scoreCheckworthiness(42 as unknown as string)).toThrow('Expected `sentence` to be a string, got number');
    expect(() => scoreCheckworthiness(null as unknown as string)).toThrow('Expected `sentence` to be a string, got null');
  });

  it('scores the empty string below the threshold', () => {
    const score = scoreCheckworthiness('');
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(0.5);
  });

  it('handles very long input', () => {
    const long = 'The deficit grew by 3 percent in 2019, and the senator voted against it. '.repeat(1400).slice(0, 100_000);
    expect(long).toHaveLength(100_000);
    const score = scoreCheckworthiness(long);
    expect(Number.isFinite(score)).toBe(true);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  });

  it('ranks factual news sentences above non-responses and credits', () => {
    const lowestClaim = Math.min(...CHECK_WORTHY.map(scoreCheckworthiness));
    const highestOther = Math.max(...NOT_CHECK_WORTHY.map(scoreCheckworthiness));
    expect(lowestClaim).toBeGreaterThan(highestOther);
  });

  // Regression guard only: in-sample F1 is optimistic. The real figure is the
  // 5-fold CV printed by `npm run train:checkworthiness`.
  it.skipIf(!hasClaimBuster)('keeps in-sample F1 >= 0.82 on ClaimBuster train.csv (regression guard)', () => {
    const data = loadClaimBuster(claimBusterCsv);
    const scores = data.texts.map(scoreCheckworthiness);
    const { f1 } = metrics(scores, data.labels, 0.5);
    expect(f1).toBeGreaterThanOrEqual(0.82);
    // ~0.1 s of CPU for 7,756 sentences; the timeout only absorbs a busy machine.
  }, 60_000);
});

describe('extractFeatures', () => {
  const featureSet = (sentence: string, buffer: FeatureBuffer = createFeatureBuffer()): Set<number> => {
    extractFeatures(sentence, buffer);
    return new Set(buffer.hashes.subarray(0, buffer.length));
  };

  it('gives the same features whatever the buffer held before', () => {
    const buffer = createFeatureBuffer();
    extractFeatures(CHECK_WORTHY[0]!.repeat(20), buffer);
    expect(featureSet(CHECK_WORTHY[1]!, buffer)).toEqual(featureSet(CHECK_WORTHY[1]!));
  });

  it('grows a buffer that is too small, keeping every feature', () => {
    const tiny: FeatureBuffer = { hashes: new Int32Array(1), families: new Uint8Array(1), length: 0 };
    const long = CHECK_WORTHY.join(' ').repeat(40);
    expect(featureSet(long, tiny)).toEqual(featureSet(long));
    expect(tiny.hashes.length).toBeGreaterThanOrEqual(tiny.length);
    expect(tiny.families.length).toBe(tiny.hashes.length);
  });

  it('normalises case, apostrophes and numbers', () => {
    expect(featureSet('they don’t know')).toEqual(featureSet("they don't know"));
    expect(featureSet('it cost 2,000 dollars')).toEqual(featureSet('it cost 3.5 dollars'));
    expect(featureSet('Budget cuts')).not.toEqual(featureSet('budget cuts'));
  });

  it('flags news boilerplate only', () => {
    const buffer = createFeatureBuffer();
    for (const sentence of [
      'The Pentagon did not immediately respond to requests for comment on Friday.',
      'A spokesman declined to comment.',
      'Dan Lamothe contributed reporting.',
      'Meg Kelly and Alex Horton contributed to this report.',
    ]) {
      expect(extractFeatures(sentence, buffer), sentence).toBe(NEWS_BOILERPLATE);
    }
    for (const sentence of ['Donors contributed $2 million to the campaign.', 'He asked for comment.', '']) {
      expect(extractFeatures(sentence, buffer), sentence).toBe(0);
    }
  });
});

describe('logistic (check-worthiness probability)', () => {
  it('matches 1 / (1 + e^-z) using only arithmetic, so every engine gives the same bits', () => {
    expect(logistic(0)).toBe(0.5)
    for (let z = -40; z <= 40; z += 0.0137) {
      const expected = 1 / (1 + Math.exp(-z))
      expect(Math.abs(logistic(z) - expected) / expected).toBeLessThan(1e-14)
      expect(logistic(-z) + logistic(z)).toBeCloseTo(1, 14)
    }

    expect(logistic(1000)).toBe(1)
    expect(logistic(-1000)).toBe(0)
    expect(logistic(Number.NaN)).toBeNaN()
  })
})
