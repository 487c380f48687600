/**
 * Reading the command line of the project's scripts and benchmarks: `--name value` options and bare
 * `--flag`s, from `process.argv` after the script's path.
 */

/** The value after `name` (`--out FILE`), or undefined when the option is absent or has no value. */
export function optionValue(
  name: string,
  argv: readonly string[] = process.argv.slice(2),
): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** The value after `name`, or `fallback`. */
export function stringOption(name: string, fallback: string, argv?: readonly string[]): string {
  return optionValue(name, argv) ?? fallback;
}

/** The number after `name`, or `fallback`; a value that is not a number is an error, not NaN. */
export function numberOption(name: string, fallback: number, argv?: readonly string[]): number {
  const raw = optionValue(name, argv);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value))
    throw new Error(`${name} wants a number, not "${raw}"`);
  return value;
}

/** Whether the bare flag `name` (`--dry-run`) is given. */
export function hasFlag(name: string, argv: readonly string[] = process.argv.slice(2)): boolean {
  return argv.includes(name);
}
