/**
 * Regular expressions compiled on first use. V8 compiles a pattern when it first runs, at a cost that
 * grows with its size and with every `\p{…}` class under the `u` flag (tens of milliseconds for the
 * dateline patterns); the background worker restarts after 30 s idle, so that cost recurs on a
 * reader's first page. A large pattern behind a small necessary-condition test (a "gate": any text the
 * large pattern matches also passes it) is then built, and compiled, only for the rare text that may
 * match.
 */

/** Sources of the lazy patterns built so far, in order, for tests and diagnostics. */
const built: string[] = [];

/** A getter for `new RegExp(source, flags)`, built on its first call and kept. */
export function lazyRegex(source: string, flags: string): () => RegExp {
  let re: RegExp | undefined;
  return () => {
    if (!re) {
      re = new RegExp(source, flags);
      built.push(source);
    }
    return re;
  };
}

/** The sources of the lazy patterns built so far in this process (or module instance). */
export function builtLazySources(): readonly string[] {
  return built;
}

/** Whether sticky `re` matches at `pos` of `text`. */
export function matchesAt(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}
