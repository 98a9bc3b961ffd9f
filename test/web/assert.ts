/**
 * The few assertions the web suites use. node:assert is a Node built-in, which the web worker
 * extension host does not have; these throw with both values, as node:assert does.
 */
export class AssertionError extends Error {}

const show = (value: unknown) => JSON.stringify(value, null, 1);

export function ok(value: unknown, message = `expected a truthy value, got ${show(value)}`): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (actual !== expected) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

/** Equal as JSON: for plain data (arrays, objects of strings and numbers). */
export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  if (show(actual) !== show(expected)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

export function match(actual: string, pattern: RegExp, message = ''): void {
  if (!pattern.test(actual)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(actual)} to match ${pattern}`);
}
