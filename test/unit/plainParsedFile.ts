import type { ChangeRequest, Requirement } from '../../src/core/model';
import type { ParsedFile } from '../../src/core/parsedFile';

/**
 * What a parsed file holds, as plain data to compare with deepStrictEqual: a decoded requirement reads its field
 * spans and line starts on first use (getters), which deepStrictEqual would not look at.
 */
export function plainParsedFile(parsed: ParsedFile | undefined): unknown {
  if (!parsed) {
    return undefined;
  }
  const located = <T extends Requirement | ChangeRequest>(item: T): T => ({ ...item, fields: item.fields, lines: item.lines });
  return { ...parsed, requirements: parsed.requirements.map(located), changeRequest: parsed.changeRequest && located(parsed.changeRequest) };
}
