/** The default of a switch over a protocol's message types: the compiler proves it unreachable. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled message ${JSON.stringify(value)}`);
}
