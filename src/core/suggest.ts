/**
 * « Vouliez-vous dire … ? »: the known word nearest to a mistyped one, by edit distance, for the
 * messages of an unknown option, command, column or value.
 */

/**
 * The Levenshtein distance between two words: the fewest insertions, deletions and substitutions of
 * one character that turn one into the other.
 *
 * @param a - a word
 * @param b - another word
 * @returns the distance, 0 for equal words
 * @example
 * editDistance("brith-date", "birth-date"); //=> 2
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate nearest to `word`, when it is near enough to be a typo: at most a third of the
 * longer word's letters changed (at least two from four letters, one below: `tabel` is `table`), the
 * first of equally near candidates.
 *
 * @param word - what was typed
 * @param candidates - the known words
 * @returns the nearest candidate, or `undefined` when none is close
 * @example
 * nearestWord("contract-strat", ["contract-start", "contract-end"]); //=> "contract-start"
 * nearestWord("xyz", ["contract-start"]); //=> undefined
 */
export function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    const limit = Math.max(word.length >= 4 ? 2 : 1, Math.floor(Math.max(word.length, candidate.length) / 3));
    if (distance <= limit && (best === undefined || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}
