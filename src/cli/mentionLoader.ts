import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeFileText } from '../core/fileText';
import { dirName, fileKindOf } from '../core/fileKind';
import type { FileKind } from '../core/model';
import { isBinaryText, MAX_SCANNED_FILE_BYTES } from '../core/scannedText';
import { MentionIndex, mentionsInText } from '../core/trace/mentionIndex';
import type { MentionKind } from '../core/trace/mentions';
import { traceKindOf } from '../core/trace/traceGlobs';
import type { LoadedWorkspace } from './workspaceLoader';

/** ReqDesk files whose mentions count: records and change requests; requirement files define, they do not trace. */
const TRACED_FILE_KINDS: Partial<Record<FileKind, MentionKind>> = { record: 'records', 'change-request': 'changeRequests' };

/**
 * The mention index of a loaded workspace: its records and change requests, and the files found that the
 * `trace:` globs of the nearest reqdesk.yaml call code or tests (relative to its folder). Binary files and files
 * over the scan limit are passed over unread, as the editor's references do.
 */
export function loadMentions(workspace: LoadedWorkspace): MentionIndex {
  const mentions = new MentionIndex();
  for (const { key, root } of workspace.found) {
    const loaded = workspace.files.get(key);
    const kind = loaded ? TRACED_FILE_KINDS[loaded.kind] : fileKindOf(key) ? undefined : traceKindOf(workspace.index.settingsFor(key).traceGlobs, globPath(workspace, key, root));
    const text = kind && readSmallText(key);
    if (kind && text !== undefined) {
      mentions.setFile(workspace.display(key), kind, mentionsInText(text));
    }
  }
  return mentions;
}

/** The path as trace globs see it: relative to the nearest reqdesk.yaml read, else to the folder searched. */
function globPath(workspace: LoadedWorkspace, key: string, root: string): string {
  for (let folder = dirName(key); folder.length >= root.length && folder !== dirName(folder); folder = dirName(folder)) {
    if (workspace.files.has(`${folder}/reqdesk.yaml`)) {
      return key.slice(folder.length + 1);
    }
  }
  return key.startsWith(`${root}/`) ? key.slice(root.length + 1) : key;
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
