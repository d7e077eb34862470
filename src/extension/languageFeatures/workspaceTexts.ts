import * as vscode from 'vscode';
import { combineExcludeGlobs } from '../../core/excludeGlobs';
import { isBinaryText, MAX_SCANNED_FILE_BYTES } from '../../core/scannedText';

/** A bound on one search, so a huge workspace cannot make "Find References" read forever. */
const MAX_FILES = 50_000;
const PARALLEL_READS = 16;

const decoder = new TextDecoder('utf-8');

export interface WorkspaceText {
  readonly uri: vscode.Uri;
  readonly text: string;
  /** Set when the text is an open editor's buffer, whose unsaved edits decide positions. */
  readonly document?: vscode.TextDocument;
}

/**
 * The text of every text file a workspace search would look at: excluded by neither `files.exclude` nor
 * `search.exclude`, not binary, at most MAX_SCANNED_FILE_BYTES. Open documents give their live buffer.
 * Stops early (returning what it has) when cancelled.
 */
export async function workspaceTexts(token: vscode.CancellationToken, visit: (text: WorkspaceText) => void): Promise<void> {
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const exclude = searchExclude(folder);
    // null, not undefined: our glob already holds files.exclude, and "no exclude" must mean none.
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), exclude ?? null, MAX_FILES, token);
    for (let i = 0; i < uris.length && !token.isCancellationRequested; i += PARALLEL_READS) {
      const batch = await Promise.all(uris.slice(i, i + PARALLEL_READS).map((uri) => readText(uri, open.get(uri.toString()))));
      for (const text of batch) {
        if (text) {
          visit(text);
        }
      }
    }
  }
}

/** What the user's searches skip in a folder: `files.exclude` and `search.exclude`, as one glob. */
export function searchExclude(folder: vscode.WorkspaceFolder): string | undefined {
  return combineExcludeGlobs(
    vscode.workspace.getConfiguration('files', folder.uri).get('exclude'),
    vscode.workspace.getConfiguration('search', folder.uri).get('exclude'),
  );
}

async function readText(uri: vscode.Uri, document: vscode.TextDocument | undefined): Promise<WorkspaceText | undefined> {
  if (document) {
    return { uri, text: document.getText(), document };
  }
  const text = await readScannedFile(uri);
  return text === undefined ? undefined : { uri, text };
}

/** A file's text from disk, or undefined when it is gone, unreadable, binary or over MAX_SCANNED_FILE_BYTES. */
export async function readScannedFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_SCANNED_FILE_BYTES || (stat.type & vscode.FileType.File) === 0) {
      return undefined;
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    return isBinaryText(bytes) ? undefined : decoder.decode(bytes);
  } catch {
    // Deleted or unreadable since the search listed it: it mentions nothing.
    return undefined;
  }
}
