import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { MentionIndex, mentionsInText } from '../../core/trace/mentionIndex';
import { mentionKindOf, type MentionFiles } from '../../core/trace/mentionKindOf';
import type { MentionLookup } from '../../core/trace/mentions';
import { workspaceTexts } from '../languageFeatures/workspaceTexts';

/**
 * Where IDs are mentioned in the workspace now, for the impact of a change request: the files a workspace search
 * reads (as Find References does), classed as the CLI classes them. Places are keyed by URI string, as the index
 * keys files. One scan per call; the live mention index replaces the body of this function.
 */
export async function workspaceMentions(index: IndexView, token: vscode.CancellationToken): Promise<MentionLookup> {
  const mentions = new MentionIndex();
  const files: MentionFiles = { kindOf: (file) => index.get(file)?.kind, traceGlobsFor: (file) => index.settingsFor(file).traceGlobs };
  await workspaceTexts(token, ({ uri, text }) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const kind = folder && mentionKindOf(uri.toString(), folder.uri.toString(), files);
    if (kind) {
      mentions.setFile(uri.toString(), kind, mentionsInText(text));
    }
  });
  return mentions;
}
