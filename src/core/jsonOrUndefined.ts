/** The value of a JSON text, or undefined when it is not JSON: for persisted data that may be damaged. */
export function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
