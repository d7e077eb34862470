import * as vscode from 'vscode';
import { LineMap } from '../../core/lineMap';
import type { IndexView } from '../../core/indexView';
import { idAt } from './idAt';
import { idOccurrences } from '../../core/requirementIdText';
import { declarationsOf } from './requirementLocations';
import { workspaceTexts, type WorkspaceText } from './workspaceTexts';

/**
 * Every mention of a requirement, change-request or risk ID in the workspace: requirement files (ids, links, changes),
 * change requests (affects, proposed, baseline, impact), risk registers, Markdown notes and code. A text search, because mentions outside ReqDesk files
 * are exactly what tracing is for and the index does not hold them.
 */
export class RequirementReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly index: IndexView) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    const at = idAt(document, position, this.index);
    if (!at) {
      return undefined;
    }
    const declarations = declarationsOf(at);
    const isDeclaration = (location: vscode.Location): boolean =>
      declarations.some((d) => d.uri.toString() === location.uri.toString() && d.range.contains(location.range));

    const found: vscode.Location[] = [];
    await workspaceTexts(token, (text) => found.push(...mentionsIn(text, at.id)));
    if (vscode.workspace.getWorkspaceFolder(document.uri) === undefined) {
      // An untitled buffer or a file outside the folders: the user is looking at it, so it counts.
      found.push(...mentionsIn({ uri: document.uri, text: document.getText(), document }, at.id));
    }
    if (token.isCancellationRequested) {
      return undefined;
    }
    const locations = found.filter((l) => context.includeDeclaration || !isDeclaration(l));
    if (context.includeDeclaration) {
      // Also when the requirement file itself is excluded from searches: the declaration is part of the answer.
      locations.push(...declarations.filter((d) => !locations.some((l) => l.uri.toString() === d.uri.toString() && d.range.contains(l.range))));
    }
    return locations;
  }
}

function mentionsIn({ uri, text, document }: WorkspaceText, id: string): vscode.Location[] {
  const offsets = idOccurrences(text, id);
  if (offsets.length === 0) {
    return [];
  }
  const positionAt = document ? (offset: number) => document.positionAt(offset) : linePositions(text);
  return offsets.map((offset) => new vscode.Location(uri, new vscode.Range(positionAt(offset), positionAt(offset + id.length))));
}

/** Positions as VS Code counts them (UTF-16 units), without opening the file as a document. */
function linePositions(text: string): (offset: number) => vscode.Position {
  const lineMap = new LineMap(text);
  return (offset) => {
    const { line, character } = lineMap.position(offset);
    return new vscode.Position(line, character);
  };
}
