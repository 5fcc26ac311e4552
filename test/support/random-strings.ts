/**
 * Deterministic random strings for fuzz tests that hold a hand-written scanner to the regex it
 * replaces: `count` strings of up to `maxLength` symbols drawn from `alphabet` (a linear
 * congruential generator, so a failure names a reproducible input).
 */
export function* randomStrings(
  alphabet: readonly string[],
  count: number,
  maxLength: number,
  seed: number,
): Generator<string> {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  for (let round = 0; round < count; round++) {
    let text = '';
    const length = next() % (maxLength + 1);
    for (let k = 0; k < length; k++) text += alphabet[next() % alphabet.length];
    yield text;
  }
}
