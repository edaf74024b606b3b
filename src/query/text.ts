/**
 * Fold a name for comparison: case-, accent- and punctuation-insensitive
 * (`“Núñez”`, `nunez` and `NUNEZ` fold alike), a leading article dropped
 * (`The Pentagon` = `Pentagon`).
 *
 * @param value
 *   A name or query.
 * @returns
 *   Folded words joined by single spaces (empty when there are none).
 */
export function foldName(value: string): string {
  return words(value).join(' ')
}

/**
 * Folded words of a name (see {@link foldName}).
 *
 * @param value
 *   A name or query.
 * @returns
 *   Folded words, without a leading `the`.
 */
export function words(value: string): string[] {
  const folded = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Apostrophes inside names (O’Rourke) join, other punctuation separates.
    .replace(/['’ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  if (folded.length > 1 && folded[0] === 'the') folded.shift()
  return folded
}
