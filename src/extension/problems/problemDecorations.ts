import * as vscode from 'vscode';
import type { ProblemCount } from '../../core/requirementProblems';

/**
 * Problem badges on tree items. A tree item can only carry a badge through its resourceUri and a
 * FileDecorationProvider, so requirement items get a URI of this scheme that encodes their counts. The
 * decoration is a pure function of the URI: no state to keep in step, and a changed count is a new URI.
 */
export const PROBLEMS_SCHEME = 'reqdesk-problems';

export function problemsUri(count: ProblemCount): vscode.Uri {
  return vscode.Uri.from({ scheme: PROBLEMS_SCHEME, path: `/${count.errors}/${count.warnings}` });
}

export class ProblemDecorationProvider implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== PROBLEMS_SCHEME) {
      return undefined;
    }
    const [errors, warnings] = uri.path.split('/').slice(1).map(Number);
    const total = errors + warnings;
    if (!(total > 0)) {
      return undefined;
    }
    return {
      // VS Code allows at most two characters in a badge.
      badge: total > 99 ? '9+' : String(total),
      tooltip: problemsText({ errors, warnings }),
      color: new vscode.ThemeColor(errors > 0 ? 'list.errorForeground' : 'list.warningForeground'),
      propagate: false,
    };
  }
}

/** "1 error, 2 warnings" */
export function problemsText(count: ProblemCount): string {
  const parts: string[] = [];
  if (count.errors > 0) {
    parts.push(count.errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', count.errors));
  }
  if (count.warnings > 0) {
    parts.push(count.warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', count.warnings));
  }
  return parts.join(vscode.l10n.t(', '));
}
