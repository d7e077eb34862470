/**
 * Requirement IDs inside arbitrary text (Markdown, code comments, YAML).
 * The pattern is schemas/requirements.schema.json's `requirementId`, bounded so that `XPORTAL-001` or
 * `PORTAL-0012` never count as `PORTAL-001`.
 */
export const REQUIREMENT_ID_IN_TEXT = /(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*-[0-9]+(?![A-Za-z0-9_])/;

/** Offsets where `id` occurs as a whole ID in `text`. */
export function idOccurrences(text: string, id: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
    if (!isIdChar(text.charCodeAt(at - 1)) && !isIdChar(text.charCodeAt(at + id.length))) {
      offsets.push(at);
    }
  }
  return offsets;
}

/** What the user has typed of an ID just before the cursor, e.g. `PORT` or `PORTAL-0`. */
export interface IdQuery {
  /** Offset in the line prefix where the typed ID starts. */
  readonly start: number;
  /** The prefix part typed so far, without the dash (`PORT`, `PORTAL`). */
  readonly prefix: string;
  /** Whether the dash is typed, so the prefix is complete. */
  readonly hasDash: boolean;
}

export function idQueryBefore(linePrefix: string): IdQuery | undefined {
  const match = /(?<![A-Za-z0-9_])([A-Z][A-Z0-9_]*)(-[0-9]*)?$/.exec(linePrefix);
  if (!match) {
    return undefined;
  }
  return { start: match.index, prefix: match[1], hasDash: match[2] !== undefined };
}

/** A key that sorts IDs by prefix, then numerically: PORTAL-2 before PORTAL-10. */
export function idSortKey(id: string): string {
  const dash = id.lastIndexOf('-');
  return `${id.slice(0, dash)}-${id.slice(dash + 1).padStart(12, '0')}`;
}

function isIdChar(code: number): boolean {
  // NaN (outside the text) is not an ID character.
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** An ID-shaped word in a text and where it starts. */
export interface IdInText {
  readonly id: string;
  readonly offset: number;
}

const ID_IN_TEXT_GLOBAL = new RegExp(REQUIREMENT_ID_IN_TEXT.source, 'g');

/**
 * Every requirement- or change-request-shaped ID in `text`, in order: the scan behind the references the index
 * keeps of free text (communication records), with the pattern the editor's hover and go to definition use.
 */
export function idsInText(text: string, from = 0, to = text.length): IdInText[] {
  const found: IdInText[] = [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  ID_IN_TEXT_GLOBAL.lastIndex = 0;
  for (let match = ID_IN_TEXT_GLOBAL.exec(part); match !== null; match = ID_IN_TEXT_GLOBAL.exec(part)) {
    found.push({ id: match[0], offset: from + match.index });
  }
  return found;
}
