import { forEachFeature, NEWS_BOILERPLATE } from './checkworthiness-features.js';
import { BIAS, FEATURES, WEIGHTS } from './checkworthiness-model.js';

interface LoadedModel {
  readonly index: Map<string, number>;
  readonly weights: Float64Array;
  // Per-feature "last seen in call #" stamps: dedupes repeated features with
  // no per-call Set, and is reset only when the counter wraps.
  readonly seen: Uint32Array;
}

// Hand-set, not learnt: the debate transcripts have no "declined to comment"
// or "X contributed to this report", yet news is full of them and their
// names, dates and past tense look like claims to the model. -5 on the logit
// takes even a confident score (0.9) down to ~0.06.
const NEWS_BOILERPLATE_LOGIT = -5;

let loaded: LoadedModel | undefined;
let call = 0;
let sum = 0;
let count = 0;

// Built on first use rather than at import, so importing the package costs
// nothing for callers who never score.
function load(): LoadedModel {
  const names = FEATURES.split('|');
  const index = new Map<string, number>();
  for (let j = 0; j < names.length; j++) index.set(names[j]!, j);
  loaded = { index, weights: Float64Array.from(WEIGHTS), seen: new Uint32Array(names.length) };
  return loaded;
}

// Module-level sink so scoring allocates no closure per call.
function accumulate(feature: string): void {
  const model = loaded!;
  const j = model.index.get(feature);
  if (j === undefined || model.seen[j] === call) return;
  model.seen[j] = call;
  sum += model.weights[j]!;
  count++;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Score how check-worthy a sentence is: the probability that it states a
 * fact worth fact-checking, from a linear model trained on ClaimBuster.
 *
 * The score is calibrated so that `0.5` is the decision threshold (the
 * F1-optimal one in cross-validation); above it, treat the sentence as a
 * check-worthy claim. Pass one sentence at a time: the model was trained on
 * single sentences, and its features are normalised by sentence length, so
 * a paragraph gets a blurred, less meaningful score.
 *
 * Pure and synchronous, with no Node built-ins; runs in browsers and edge
 * runtimes. The model is unpacked on the first call (a few milliseconds);
 * later calls are a single linear pass over the string.
 *
 * News boilerplate that the debate data lacks (non-responses such as "did
 * not immediately respond to requests for comment", contributor credits) is
 * recognised by a fixed phrase rule and pushed well below 0.5.
 *
 * Edge cases: the empty string (or one with no words) scores the model's
 * prior for a featureless sentence, well below 0.5. Very long input is
 * accepted and scored in time linear in its length, with no truncation.
 *
 * @param sentence - One sentence of plain text.
 * @returns A number in [0, 1]; above `0.5` means check-worthy.
 * @throws {TypeError} If `sentence` is not a string.
 *
 * @example
 * scoreCheckworthiness('Unemployment fell to 3.5 percent in 2019.') // > 0.5
 * scoreCheckworthiness('What do you think?') // < 0.5
 */
export function scoreCheckworthiness(sentence: string): number {
  if (typeof sentence !== 'string') {
    throw new TypeError(`Expected \`sentence\` to be a string, got ${describe(sentence)}`);
  }
  const model = loaded ?? load();
  call = (call + 1) >>> 0;
  if (call === 0) {
    model.seen.fill(0);
    call = 1;
  }
  sum = 0;
  count = 0;
  const flags = forEachFeature(sentence, accumulate);
  let logit = BIAS + (count > 0 ? sum / Math.sqrt(count) : 0);
  if (flags & NEWS_BOILERPLATE) logit += NEWS_BOILERPLATE_LOGIT;
  return 1 / (1 + Math.exp(-logit));
}
