import * as vscode from 'vscode';
import type { Finding, Range, Translatable } from '../../core/finding';
import type { MessageArg } from '../../core/messages';

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * A core message in the display language: the core writes English and keeps its template (the bundle's key) and
 * arguments, some of them phrases to translate in turn. Without a template, the English message is all there is.
 * Use it wherever a core message is shown (diagnostics, quick picks, refusals of core guards that carry one).
 */
export function localizedMessage(text: Translatable): string {
  return text.template === undefined ? text.message : translate(text.template, text.args ?? []);
}

function translate(template: string, args: readonly MessageArg[]): string {
  return vscode.l10n.t(template, ...args.map((arg) => (typeof arg === 'object' ? translate(arg.template, arg.args) : arg)));
}

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVscodeRange(finding.range), localizedMessage(finding), SEVERITY[finding.severity]);
  diagnostic.source = 'ReqDesk';
  diagnostic.code = finding.ruleId;
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.file), toVscodeRange(r.range)), localizedMessage(r)),
    );
  }
  return diagnostic;
}
