import { formatCsvLines } from '../core/csvText';
import { actionsOf, type OpenAction } from '../core/records/openActions';
import { cliClock } from './cliClock';
import type { CliIo } from './cliIo';
import type { ActionsCommandLine } from './commandLine';
import { formatColumns } from './requirementTable';
import { loadWorkspace } from './workspaceLoader';

const COLUMNS: readonly (readonly [string, (row: ActionRow) => string])[] = [
  ['Due', (r) => r.entry.action.due ?? ''],
  ['Who', (r) => r.entry.action.who ?? ''],
  ['What', (r) => r.entry.action.what ?? ''],
  ['State', (r) => actionState(r.entry)],
  ['Record', (r) => [r.entry.record.date, r.entry.record.data.subject].filter((part) => part !== undefined).join(' ')],
  ['File', (r) => r.file],
];

interface ActionRow {
  readonly entry: OpenAction;
  readonly file: string;
}

/** Prints the action items of the communication records, earliest due first. */
export async function runActions(options: ActionsCommandLine, io: CliIo): Promise<number> {
  const today = cliClock(options.asOf).today();
  const workspace = await loadWorkspace(options.paths, io.cwd, today);
  const rows = actionsOf(workspace.index.records(), today, !options.open)
    .filter((entry) => options.who.length === 0 || (entry.action.who !== undefined && options.who.includes(entry.action.who)))
    .map((entry) => ({ entry, file: workspace.display(entry.record.file) }));
  switch (options.format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(rows.map(jsonAction), null, 2)}\n`);
      break;
    case 'csv':
      io.stdout.write(formatCsvLines([
        ['Due', 'Who', 'What', 'Done', 'Overdue days', 'Record date', 'Subject', 'File'],
        ...rows.map(({ entry: { action, record, overdueDays }, file }) => [
          action.due ?? '', action.who ?? '', action.what ?? '', action.done ? 'yes' : 'no', overdueDays === undefined ? '' : String(overdueDays),
          record.date ?? '', record.data.subject ?? '', file,
        ]),
      ]));
      break;
    case 'table':
      if (rows.length === 0) {
        io.stderr.write('reqdesk: no actions match\n');
      } else {
        io.stdout.write(formatColumns([COLUMNS.map(([name]) => name), ...rows.map((row) => COLUMNS.map(([, get]) => get(row)))]));
      }
      break;
  }
  return 0;
}

function actionState({ action, overdueDays }: OpenAction): string {
  if (action.done) {
    return 'done';
  }
  return overdueDays === undefined ? 'open' : `overdue ${overdueDays} d`;
}

function jsonAction({ entry: { action, record, overdueDays }, file }: ActionRow): object {
  return {
    who: action.who ?? null, what: action.what ?? null, due: action.due ?? null, done: action.done, overdue_days: overdueDays ?? null,
    record: { file, kind: record.data.kind ?? null, date: record.date ?? null, subject: record.data.subject ?? null },
  };
}
