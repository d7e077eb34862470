import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeFileText } from '../core/fileText';
import { isBinaryText, MAX_SCANNED_FILE_BYTES } from '../core/scannedText';
import { MentionIndex, mentionsInText } from '../core/trace/mentionIndex';
import { mentionKindOf, type MentionFiles } from '../core/trace/mentionKindOf';
import type { LoadedWorkspace } from './workspaceLoader';

/**
 * The mention index of a loaded workspace: its records and change requests, and the files found that the
 * `trace:` globs of the nearest reqdesk.yaml call code or tests (relative to its folder). Binary files and files
 * over the scan limit are passed over unread, as the editor's references do.
 */
export function loadMentions(workspace: LoadedWorkspace): MentionIndex {
  const mentions = new MentionIndex();
  const files: MentionFiles = { kindOf: (key) => workspace.files.get(key)?.kind, traceGlobsFor: (key) => workspace.index.settingsFor(key).traceGlobs };
  for (const { key, root } of workspace.found) {
    const kind = mentionKindOf(key, root, files);
    const text = kind && readSmallText(key);
    if (kind && text !== undefined) {
      mentions.setFile(workspace.display(key), kind, mentionsInText(text));
    }
  }
  return mentions;
}

function readSmallText(key: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(key, 'r');
    if (fstatSync(fd).size > MAX_SCANNED_FILE_BYTES) {
      return undefined;
    }
    const bytes = readFileSync(fd);
    return isBinaryText(bytes) ? undefined : decodeFileText(bytes).text;
  } catch {
    // Gone or unreadable since the walk listed it: it mentions nothing.
    return undefined;
  } finally {
    if (fd !== undefined) {
      closeSync(fd);
    }
  }
}
