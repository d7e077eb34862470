import { dirName, fileKindOf } from '../fileKind';
import type { FileKind } from '../model';
import type { MentionKind } from './mentions';
import { traceKindOf, type TraceGlobs } from './traceGlobs';

/** ReqDesk files whose mentions count: records and change requests; requirement files define, they do not trace. */
const TRACED_FILE_KINDS: Partial<Record<FileKind, MentionKind>> = { record: 'records', 'change-request': 'changeRequests' };

/** What the classing of a scanned file needs to know of the workspace, by file key (a path or a URI string). */
export interface MentionFiles {
  /** The kind of a ReqDesk file the index holds; undefined for any other file. */
  kindOf(file: string): FileKind | undefined;
  /** The trace globs of the reqdesk.yaml that applies to the file. */
  traceGlobsFor(file: string): TraceGlobs;
}

/**
 * Where a scanned file's ID mentions count: a record or change request by its kind, else code or tests by the
 * `trace:` globs of the nearest reqdesk.yaml (relative to its folder, else to the folder searched, `root`).
 * A ReqDesk file the index does not hold (excluded, unread) counts as nothing.
 */
export function mentionKindOf(file: string, root: string, files: MentionFiles): MentionKind | undefined {
  const kind = files.kindOf(file);
  if (kind !== undefined) {
    return TRACED_FILE_KINDS[kind];
  }
  return fileKindOf(file) ? undefined : traceKindOf(files.traceGlobsFor(file), globPath(file, root, files));
}

/** The path as trace globs see it: relative to the nearest reqdesk.yaml the index holds, else to `root`. */
function globPath(file: string, root: string, files: MentionFiles): string {
  for (let folder = dirName(file); folder.length >= root.length && folder !== dirName(folder); folder = dirName(folder)) {
    if (files.kindOf(`${folder}/reqdesk.yaml`) === 'settings') {
      return file.slice(folder.length + 1);
    }
  }
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}
