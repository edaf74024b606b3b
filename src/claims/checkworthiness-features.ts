/**
 * Feature extraction for the check-worthiness model, shared by the runtime
 * scorer (`checkworthiness.ts`) and the trainer (`bench/train-checkworthiness.ts`)
 * so that training and inference can never disagree on a feature.
 *
 * One left-to-right pass over the string, no regular expressions and no
 * per-sentence arrays: every feature is handed to `emit` as soon as it is
 * known. A feature may be emitted more than once; consumers treat them as a set.
 *
 * Feature families (the prefix keeps them apart, since no token contains
 * `#`, `:`, `_` or a space):
 * - `word`, `w1 w2`, `w1 _ w3`: lowercased word uni-, bi- and skip-grams;
 *   any token containing a digit becomes `NUM`, `<s>`/`</s>` mark the edges.
 * - `#abc`: character 3–5-grams over the normalised words joined by spaces,
 *   so unseen inflections and names still share evidence with known ones.
 * - `p:…`: 1–3-grams over a coarse word class (function words kept, `NUM`,
 *   capitalised `X`, suffix classes like `*ed`): a poor man's POS tagger,
 *   because check-worthy claims are mostly past-tense statements about
 *   named things and numbers.
 * - `_…`: bucketed counts (length, numbers, capitalised words, first/second
 *   person pronouns) and a final question mark.
 *
 * @internal Not part of the package's public API.
 */

/** Receives one feature name; called many times per sentence. */
export type FeatureSink = (feature: string) => void;

/**
 * Returned by `forEachFeature` when the sentence is news boilerplate that the
 * debate training data never contains ("did not immediately respond to
 * requests for comment", "declined to comment", "X and Y contributed to this
 * report"), so the model cannot learn it and the scorer handles it apart.
 */
export const NEWS_BOILERPLATE = 1;

// Closed-class words (and a few very frequent verbs) keep their identity in
// the coarse class stream; everything else collapses to a shape.
const FUNCTION_WORDS = new Set<string>(
  (
    'a an the this that these those some any no every each all both either neither ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'myself ourselves yourself himself herself itself themselves ' +
    'who whom whose which what where when why how whether if then than because since although though while unless until so as ' +
    "and or but nor not n't never " +
    'of in on at by for with about against between into through during before after above below to from up down out off over under again further once ' +
    'is are was were be been being am have has had having do does did doing ' +
    'will would shall should can could may might must ought going gonna ' +
    "i'm we're you're they're he's she's it's that's there's i've we've you've they've i'll we'll you'll they'll i'd we'd " +
    "don't doesn't didn't won't can't isn't aren't wasn't weren't haven't hasn't hadn't wouldn't couldn't shouldn't " +
    'there here now very just also only even still more most less least much many few several other another such same too own ' +
    'said say says think believe know want need let get got make made go well yes oh uh'
  ).split(' '),
);

const FIRST_SECOND_PERSON = new Set<string>([
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your',
  "i'm", "we're", "you're", "i've", "we've", "i'll", "we'll",
]);

const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Symbols that carry meaning for claims (money, percentages, questions) and
// become tokens of their own.
function isSymbolToken(c: number): boolean {
  return c === 36 /* $ */ || c === 37 /* % */ || c === 63 /* ? */ || c === 0x20ac /* € */ || c === 0xa3 /* £ */;
}

function isWordChar(c: number): boolean {
  if (c < 128) return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Non-ASCII counts as a letter (accented names stay one token) except the
  // punctuation blocks news text is full of: Latin-1 symbols, curly quotes and
  // dashes, CJK punctuation, surrogates (emoji) and specials.
  if (c <= 0xbf || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800) return false;
  return true;
}

function coarseClass(raw: string, word: string, isFirst: boolean): string {
  if (word === 'NUM' || word === '$' || word === '%' || word === '?' || word === '€' || word === '£') return word;
  if (FUNCTION_WORDS.has(word)) return word;
  const c = raw.charCodeAt(0);
  if (c >= 65 && c <= 90) return isFirst ? 'Xi' : 'X';
  if (word.endsWith('ed')) return '*ed';
  if (word.endsWith('ing')) return '*ing';
  if (word.endsWith('ly')) return '*ly';
  if (word.endsWith('s')) return '*s';
  if (word.endsWith('tion') || word.endsWith('ment') || word.endsWith('ity')) return '*n';
  return '*';
}

function normaliseWord(raw: string): string {
  for (let i = 0; i < raw.length; i++) if (isDigit(raw.charCodeAt(i))) return 'NUM';
  const lower = raw.toLowerCase();
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
}

function isNonResponse(prev2: string, prev1: string, word: string): boolean {
  if (word === 'comment') {
    // "requests for comment", "reached for comment", "declined to comment"
    if (prev1 === 'for') return prev2 === 'request' || prev2 === 'requests' || prev2 === 'reached';
    if (prev1 === 'to') return prev2 === 'declined' || prev2 === 'refused';
    return false;
  }
  // "did not immediately respond/return/reply"
  return prev2 === 'not' && prev1 === 'immediately' && (word === 'respond' || word === 'return' || word === 'reply');
}

function endsWithQuestionMark(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    // Skip trailing whitespace, closing quotes and brackets: `…think?"`.
    if (c <= 32 || c === 34 || c === APOSTROPHE || c === 41 || c === 0x201d || c === RIGHT_SINGLE_QUOTE || c === 0xa0) continue;
    return c === 63;
  }
  return false;
}

/**
 * Emit every feature of `sentence` to `emit`, in a fixed order.
 *
 * Linear in the length of the input; the only allocations are the short
 * feature strings themselves.
 *
 * @returns `NEWS_BOILERPLATE` if the sentence is a non-response or a
 *   contributor credit, else 0.
 */
export function forEachFeature(sentence: string, emit: FeatureSink): number {
  const n = sentence.length;
  let prev1 = '<s>';
  let prev2 = '';
  let prev3 = '';
  let prev4 = '';
  let class1 = '<s>';
  let class2 = '';
  // Last (up to) four characters of the normalised stream " w1 w2 … ".
  let tail = ' ';
  let tokens = 0;
  let numbers = 0;
  let capitalised = 0;
  let personal = 0;
  let boilerplate = false;

  // Char n-grams ending in each character of `word + ' '`, reaching back
  // into the previous words through `tail`.
  const feedChars = (word: string): void => {
    const segment = tail + word + ' ';
    for (let end = tail.length + 1; end <= segment.length; end++) {
      if (end >= 3) emit('#' + segment.slice(end - 3, end));
      if (end >= 4) emit('#' + segment.slice(end - 4, end));
      if (end >= 5) emit('#' + segment.slice(end - 5, end));
    }
    tail = segment.length > 4 ? segment.slice(-4) : segment;
  };

  const pushToken = (raw: string, word: string): void => {
    emit(word);
    emit(prev1 + ' ' + word);
    if (prev2 !== '') emit(prev2 + ' _ ' + word);
    const cls = coarseClass(raw, word, tokens === 0);
    emit('p:' + cls);
    emit('p:' + class1 + ' ' + cls);
    if (class2 !== '') emit('p:' + class2 + ' ' + class1 + ' ' + cls);
    feedChars(word);

    if (word === 'NUM') numbers++;
    else if (tokens > 0 && raw.charCodeAt(0) >= 65 && raw.charCodeAt(0) <= 90 && word !== 'i' && !word.startsWith("i'")) {
      capitalised++;
    }
    if (FIRST_SECOND_PERSON.has(word)) personal++;
    if (isNonResponse(prev2, prev1, word)) boilerplate = true;
    tokens++;
    prev4 = prev3;
    prev3 = prev2;
    prev2 = prev1;
    prev1 = word;
    class2 = class1;
    class1 = cls;
  };

  let i = 0;
  while (i < n) {
    const c = sentence.charCodeAt(i);
    if (isSymbolToken(c)) {
      const symbol = sentence[i]!;
      pushToken(symbol, symbol);
      i++;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < n) {
        const d = sentence.charCodeAt(j);
        if (isWordChar(d)) {
          j++;
          continue;
        }
        // Keep "don't"/"it’s" and "2,000"/"3.5" whole; every other
        // separator ends the token. Each step advances, so this stays linear.
        const next = j + 1 < n ? sentence.charCodeAt(j + 1) : -1;
        const joinsApostrophe = (d === APOSTROPHE || d === RIGHT_SINGLE_QUOTE) && isWordChar(next);
        const joinsNumber = (d === 44 || d === 46) && isDigit(sentence.charCodeAt(j - 1)) && isDigit(next);
        if (joinsApostrophe || joinsNumber) j += 2;
        else break;
      }
      const raw = sentence.slice(i, j);
      pushToken(raw, normaliseWord(raw));
      i = j;
    } else {
      i++;
    }
  }

  emit(prev1 + ' </s>');
  if (prev2 !== '') emit(prev2 + ' _ </s>');
  emit('p:' + class1 + ' </s>');
  if (class2 !== '') emit('p:' + class2 + ' ' + class1 + ' </s>');

  emit('_len' + Math.min(8, Math.floor(Math.log2(tokens + 1))));
  emit('_num' + Math.min(3, numbers));
  emit('_cap' + Math.min(4, capitalised));
  emit('_p12' + Math.min(3, personal));
  if (endsWithQuestionMark(sentence)) emit('_q');

  // A contributor credit ends in "contributed" (optionally "to this report"
  // or "reporting"); in prose the verb is followed by what was contributed to.
  const credit =
    prev1 === 'contributed' ||
    (prev1 === 'reporting' && prev2 === 'contributed') ||
    (prev1 === 'report' && prev2 === 'this' && prev3 === 'to' && prev4 === 'contributed');
  return boilerplate || credit ? NEWS_BOILERPLATE : 0;
}
