/**
 * The text of a new risk register, before its first risk is appended: a comment saying what the file is and
 * how risks are scored, so that the file explains itself to whoever opens it next.
 */
export function newRiskRegisterText(eol = '\n'): string {
  return [
    '# Risk register: score = probability × impact (each 1–5); 15 or more needs a mitigation.',
    'risks: []',
    '',
  ].join(eol);
}
