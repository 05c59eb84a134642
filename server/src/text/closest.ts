/**
 * Finds the valid name a mistyped one was most likely meant to be. Case matters in OCPP, so a value that
 * differs only in case ("available") is the strongest match; otherwise the smallest edit distance, counting a
 * swap of two neighbouring letters ("Avaliable") as one edit, within a bound that grows with the word.
 */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  // A log repeats its mistakes (one charger sends the same wrong value all day): each is worked out once.
  const key = `${input}\u0000${candidates.join('\u0000')}`;
  if (remembered.has(key)) return remembered.get(key);
  const closest = findClosest(input, candidates);
  if (remembered.size >= maxRemembered) remembered.clear();
  remembered.set(key, closest);
  return closest;
}

const remembered = new Map<string, string | undefined>();
/** Enough for the distinct mistakes of any real file; a file of random words clears it now and then. */
const maxRemembered = 4096;

function findClosest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  if (input.length === 0 || input.length > 100) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(Math.min(input.length, best?.length ?? 0) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. Three rolling rows
 * (a swap looks two rows back) in buffers kept between calls: a log with thousands of misspelt values compares
 * each with every valid name.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  if (rowLength < cols) {
    rowLength = cols;
    rows = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  }
  let [twoBack, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, twoBack[j - 2] + 1);
      current[j] = distance;
    }
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length];
}

let rowLength = 0;
let rows: Int32Array[] = [];
