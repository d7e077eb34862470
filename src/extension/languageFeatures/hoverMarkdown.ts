import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/markdownText';

/**
 * A hover's Markdown, untrusted: no commands, no HTML, no theme icons, so `[x](command:…)` or `$(…)` in file
 * text shows as written and runs nothing. Every piece of file text in `text` must already be escaped.
 */
export function hoverMarkdown(text: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  markdown.supportThemeIcons = false;
  markdown.appendMarkdown(text);
  return markdown;
}

/** `requirements/portal.req.yaml:7`, linked to that line; the link target is a URI we build, never file text. */
export function locationLink(location: vscode.Location): string {
  const line = location.range.start.line + 1;
  return uriLink(`${vscode.workspace.asRelativePath(location.uri)}:${line}`, location.uri.with({ fragment: `L${line}` }));
}

/** `label` (file text allowed: it is escaped) linked to a URI we build. */
export function uriLink(label: string, uri: vscode.Uri): string {
  const target = uri.toString().replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(label)}](${target})`;
}

/** `Label: value`, escaped; a missing value as a dash. */
export function hoverFact(label: string, value: string | undefined): string {
  return `${escapeMarkdown(label)}: ${value === undefined ? '—' : escapeMarkdown(value)}`;
}
