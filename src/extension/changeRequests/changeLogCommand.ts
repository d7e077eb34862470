import * as vscode from 'vscode';
import { changeLog, type ChangeLogFilter } from '../../core/changeRequests/changeLog';
import { changeLogMarkdown, type ChangeLogLabels } from '../../core/changeRequests/changeLogMarkdown';
import { isDate } from '../../core/changeRequests/utcTimestamp';
import { CHANGE_REQUEST_STATUSES } from '../../core/changeRequests/workflow';
import type { IndexView } from '../../core/indexView';
import { relativeLink } from '../../core/relativeLink';
import type { Command } from '../support/commandRegistry';
import { showMarkdownPreview } from '../support/markdownPreview';

interface StatusItem extends vscode.QuickPickItem {
  readonly status: string;
}

/**
 * Change Log: asks the filter (statuses, customer, requested-on range; each may be left open) and where to save
 * the Markdown report of the matching change requests (with the impact totals of the approved ones), writes it
 * there and opens it in the Markdown preview. The IDs link to the request files relative to the report, so the
 * links work in the preview and wherever the folder is shared (a Git host, an archive). Resolves to the report's
 * URI, or undefined when cancelled.
 */
export function changeLogCommand(index: IndexView): Command {
  return {
    id: 'reqdesk.showChangeLog',
    execute: async () => {
      const filter = await askFilter(index);
      if (!filter) {
        return undefined;
      }
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      // The dialog itself asks before replacing an existing file.
      const target = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Save the Change Log'),
        defaultUri: folder ? vscode.Uri.joinPath(folder, 'change-log.md') : undefined,
        filters: { [vscode.l10n.t('Markdown')]: ['md'] },
      });
      if (!target) {
        return undefined;
      }
      const report = target.toString();
      const markdown = changeLogMarkdown(changeLog(index, filter), { labels: translatedLabels(), link: (cr) => relativeLink(report, cr.file) });
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
      await showMarkdownPreview(target);
      return target;
    },
  };
}

async function askFilter(index: IndexView): Promise<ChangeLogFilter | undefined> {
  const all = changeLog(index);
  const customers = [...new Set(all.entries.flatMap((e) => e.customers))].sort((a, b) => a.localeCompare(b));
  const steps = customers.length > 0 ? 4 : 3;
  const title = (step: number): string => vscode.l10n.t('Change Log ({0}/{1})', step, steps);

  const counts = new Map(all.byStatus.map(({ status, count }) => [status, count]));
  const statuses = [...CHANGE_REQUEST_STATUSES, ...[...counts.keys()].filter((s) => s !== '' && !(CHANGE_REQUEST_STATUSES as readonly string[]).includes(s))];
  const statusItems: StatusItem[] = statuses.map((status) => ({ label: status, description: vscode.l10n.t('{0} request(s)', counts.get(status) ?? 0), status }));
  const picked = await vscode.window.showQuickPick(statusItems, {
    title: title(1),
    placeHolder: vscode.l10n.t('Which statuses? (pick none for all)'),
    canPickMany: true,
    ignoreFocusOut: true,
  });
  if (!picked) {
    return undefined;
  }
  let customer: string | undefined;
  if (customers.length > 0) {
    const everyone = vscode.l10n.t('All customers');
    const choice = await vscode.window.showQuickPick([{ label: everyone, value: undefined }, ...customers.map((c) => ({ label: c, value: c as string | undefined }))], {
      title: title(2),
      placeHolder: vscode.l10n.t('Which customer? (a customer of the documents holding the affected requirements)'),
      ignoreFocusOut: true,
    });
    if (!choice) {
      return undefined;
    }
    customer = choice.value;
  }
  const from = await askOptionalDate(title(steps - 1), vscode.l10n.t('Requested on or after (YYYY-MM-DD; empty: from the first)'));
  if (from === undefined) {
    return undefined;
  }
  const to = await askOptionalDate(title(steps), vscode.l10n.t('Requested on or before (YYYY-MM-DD; empty: up to the last)'), from);
  if (to === undefined) {
    return undefined;
  }
  return {
    ...(picked.length > 0 ? { statuses: picked.map((item) => item.status) } : {}),
    ...(customer !== undefined ? { customer } : {}),
    ...(from !== '' ? { from } : {}),
    ...(to !== '' ? { to } : {}),
  };
}

/** A date, '' for none, undefined when cancelled. */
async function askOptionalDate(title: string, prompt: string, notBefore = ''): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title,
    prompt,
    ignoreFocusOut: true,
    validateInput: (value) => {
      const date = value.trim();
      if (date === '') {
        return undefined;
      }
      if (!isDate(date)) {
        return vscode.l10n.t('Enter a date like 2026-11-22.');
      }
      return notBefore !== '' && date < notBefore ? vscode.l10n.t('Enter a date on or after {0}.', notBefore) : undefined;
    },
  });
  return answer?.trim();
}

/** The report's words in the display language; the values from the files stay as written. */
function translatedLabels(): ChangeLogLabels {
  return {
    title: vscode.l10n.t('Change log'),
    columns: {
      id: vscode.l10n.t('ID'), title: vscode.l10n.t('Title'), status: vscode.l10n.t('Status'), requestedOn: vscode.l10n.t('Requested on'), requestedBy: vscode.l10n.t('Requested by'), channel: vscode.l10n.t('Channel'),
      affects: vscode.l10n.t('Affects'), days: vscode.l10n.t('Days'), cost: vscode.l10n.t('Cost'), effort: vscode.l10n.t('Effort (hours)'), risk: vscode.l10n.t('Risk'), impacted: vscode.l10n.t('Impacted'), decision: vscode.l10n.t('Decision'), signoff: vscode.l10n.t('Customer sign-off'),
    },
    noneMatch: vscode.l10n.t('No change requests match.'),
    filter: ({ statuses, customer, from, to }) => {
      const range = from && to ? vscode.l10n.t('requested {0} to {1}', from, to) : from ? vscode.l10n.t('requested from {0}', from) : to ? vscode.l10n.t('requested until {0}', to) : undefined;
      const parts = [statuses && vscode.l10n.t('status {0}', statuses), customer && vscode.l10n.t('customer {0}', customer), range].filter((p): p is string => Boolean(p));
      return vscode.l10n.t('Filter: {0}', parts.join(' · '));
    },
    counts: (total, byStatus) => (total === 1 ? vscode.l10n.t('1 change request: {0}.', byStatus) : vscode.l10n.t('{0} change requests: {1}.', total, byStatus)),
    totals: (count, days, cost, hours) =>
      count === 1
        ? vscode.l10n.t('Impact of the approved, implemented or verified change request: {0} days, cost {1}, {2} hours of effort.', days, cost, hours)
        : vscode.l10n.t('Impact of the {0} approved, implemented or verified change requests: {1} days, cost {2}, {3} hours of effort.', count, days, cost, hours),
  };
}
