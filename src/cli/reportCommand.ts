import { computeProjectState } from '../core/project/computeProjectState';
import { settingsScopes } from '../core/project/projectScope';
import { statusReportHtml } from '../core/project/statusReportHtml';
import { statusReportMarkdown } from '../core/project/statusReportMarkdown';
import { vocabularyLabel } from '../core/vocabularyLabels';
import { cliClock } from './cliClock';
import type { CliIo } from './cliIo';
import type { ReportCommandLine } from './commandLine';
import { writeReport } from './reportOutput';
import { reportTranslation } from './reportTranslation';
import { loadWorkspace } from './workspaceLoader';

/** Prints (or writes to --out) the status report of each project (reqdesk.yaml) under the paths, in key order. */
export async function runReport(options: ReportCommandLine, io: CliIo): Promise<number> {
  const today = cliClock(options.asOf).today();
  const { index } = await loadWorkspace(options.paths, io.cwd, today);
  const translate = reportTranslation(options.lang);
  const reports = settingsScopes(index).map((scope) => {
    const state = computeProjectState(index, scope, today);
    const settings = index.settingsFor(scope ?? '');
    return { state, options: { translate, label: (value: string): string => vocabularyLabel(value, options.lang, settings) } };
  });
  const text = (): string => {
    switch (options.format) {
      case 'md':
        return reports.map((r) => statusReportMarkdown(r.state, r.options)).join('\n');
      case 'html':
        return statusReportHtml(reports, options.lang);
      case 'json':
        return `${JSON.stringify(reports.length === 1 ? reports[0].state : reports.map((r) => r.state), null, 2)}\n`;
    }
  };
  await writeReport(io, options.out, text());
  return 0;
}
