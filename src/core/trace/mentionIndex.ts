import { LineMap } from '../lineMap';
import { idsInText } from '../requirementIdText';
import type { MentionKind, MentionLookup, MentionPlace, MentionSummary } from './mentions';

/** One ID mention in a file, zero-based as MentionPlace counts. */
export interface FileMention {
  readonly id: string;
  readonly line: number;
  readonly character: number;
}

/** How many places a summary lists: enough for a hover or the assessment, bounded for huge traces. */
export const FIRST_PLACES = 5;

/**
 * The ID mentions of one text, in order. The scan is idsInText, the one the index uses for records and the
 * editor's hover and references match against, so every view agrees on what a mention is.
 */
export function mentionsInText(text: string): FileMention[] {
  const found = idsInText(text);
  if (found.length === 0) {
    return [];
  }
  const lines = new LineMap(text);
  return found.map(({ id, offset }) => ({ id, ...lines.position(offset) }));
}

interface IndexedFile {
  readonly kind: MentionKind;
  readonly mentions: readonly FileMention[];
}

/** The mention index: files replaced one at a time as they change, answered per ID. */
export class MentionIndex implements MentionLookup {
  private readonly files = new Map<string, IndexedFile>();
  /** ID → the files mentioning it; kept in step with `files` so a lookup does not scan the workspace. */
  private readonly byId = new Map<string, Set<string>>();

  setFile(file: string, kind: MentionKind, mentions: readonly FileMention[]): void {
    this.deleteFile(file);
    if (mentions.length === 0) {
      return;
    }
    this.files.set(file, { kind, mentions });
    for (const { id } of mentions) {
      let holders = this.byId.get(id);
      if (!holders) {
        holders = new Set();
        this.byId.set(id, holders);
      }
      holders.add(file);
    }
  }

  deleteFile(file: string): void {
    const old = this.files.get(file);
    if (!old) {
      return;
    }
    this.files.delete(file);
    for (const { id } of old.mentions) {
      const holders = this.byId.get(id);
      holders?.delete(file);
      if (holders?.size === 0) {
        this.byId.delete(id);
      }
    }
  }

  mentionsOf(id: string): MentionSummary {
    const files: Record<MentionKind, number> = { code: 0, tests: 0, records: 0, changeRequests: 0 };
    const first: MentionPlace[] = [];
    const holders = [...(this.byId.get(id) ?? [])].sort();
    for (const file of holders) {
      const indexed = this.files.get(file);
      if (!indexed) {
        continue;
      }
      files[indexed.kind]++;
      for (const mention of indexed.mentions) {
        if (first.length < FIRST_PLACES && mention.id === id) {
          first.push({ file, line: mention.line, character: mention.character, kind: indexed.kind });
        }
      }
    }
    return { files, first };
  }
}
