import { daysBetween } from '../clock';
import type { IndexView } from '../indexView';
import { actionsOf } from '../records/openActions';
import { compareRequirementIds } from '../requirementTree';
import { overdueDays } from '../rules/overdueRule';
import { changeBudget } from './changeBudget';
import { milestoneProgress } from './milestoneProgress';
import { projectDocuments } from './projectDocuments';
import { inScope, type SettingsScope } from './projectScope';
import { type OverdueAction, type OverdueItem, type ProjectState, RECENT_RECORD_LIMIT, type RecordSummary, type SourcePlace } from './projectState';
import { riskHeatMap } from './riskHeatMap';
import { PROJECT_PATH } from './settingsPlaces';
import { statusCounts } from './statusCounts';

/**
 * The project of one reqdesk.yaml (`scope`) as of `today`, from the index: the one computation behind the Project
 * Overview, the Project view and the status report. Only the files whose settings are the scope's count.
 */
export function computeProjectState(
  index: Pick<IndexView, 'get' | 'settingsFor' | 'requirements' | 'changeRequests' | 'risks' | 'records' | 'presentDocuments'>,
  scope: SettingsScope,
  today: string,
): ProjectState {
  const belongs = inScope(index, scope);
  const settings = scope === undefined ? index.settingsFor('') : index.settingsFor(scope);
  const requirements = index.requirements().filter((r) => belongs(r.file));
  const project = settings.project;
  const placeOf = settingsPlaceOf(index, scope);
  return {
    asOf: today,
    header: {
      name: project?.name,
      customer: project?.customer,
      start: project?.start,
      end: project?.end,
      daysLeft: project?.end === undefined ? undefined : daysBetween(today, project.end),
      goals: project?.goals ?? [],
      deliverables: project?.deliverables ?? [],
      settingsFile: project === undefined ? undefined : scope,
      place: project === undefined ? undefined : placeOf(PROJECT_PATH),
      statusCounts: statusCounts(requirements, settings.statuses),
      requirementCount: requirements.length,
    },
    milestones: milestoneProgress(requirements, settings, today, placeOf),
    overdueRequirements: requirements
      .flatMap((r): OverdueItem[] => {
        const days = overdueDays(r, index.settingsFor(r.file), today);
        return days === undefined || r.data.due === undefined
          ? []
          : [{ id: r.id, title: r.data.title, owner: r.data.owner, due: r.data.due, daysOverdue: days, status: r.data.status, place: { file: r.file, line: r.range.start.line } }];
      })
      .sort((a, b) => b.daysOverdue - a.daysOverdue || compareRequirementIds(a.id, b.id)),
    overdueActions: overdueActions(index, belongs, today),
    changes: changeBudget(index.changeRequests().filter((cr) => belongs(cr.file)), settings),
    risks: riskHeatMap(index.risks().filter((risk) => belongs(risk.file)), today),
    recentRecords: index.records().filter((record) => belongs(record.file)).slice(0, RECENT_RECORD_LIMIT).map((record): RecordSummary => ({
      kind: record.data.kind,
      on: record.data.on,
      subject: record.data.subject,
      openActions: record.actions.filter((a) => !a.done).length,
      place: { file: record.file, line: record.range.start.line },
    })),
    documents: projectDocuments(settings, scope === undefined ? undefined : index.presentDocuments(scope), placeOf),
  };
}

/** Where a path of the scope's reqdesk.yaml sits (settingsPlaces), as a place to open. */
function settingsPlaceOf(index: Pick<IndexView, 'get'>, scope: SettingsScope): (path: string) => SourcePlace | undefined {
  const places = scope === undefined ? undefined : index.get(scope)?.settingsPlaces;
  return (path) => {
    const range = places?.[path];
    return scope === undefined || range === undefined ? undefined : { file: scope, line: range.start.line };
  };
}

/** Judged as of `today` (not the index's), so that a report --as-of a date says what it would have said then. */
function overdueActions(index: Pick<IndexView, 'records'>, belongs: (file: string) => boolean, today: string): OverdueAction[] {
  return actionsOf(index.records().filter((record) => belongs(record.file)), today)
    .flatMap(({ record, action, overdueDays: days }): OverdueAction[] =>
      days === undefined || action.due === undefined
        ? []
        : [{ who: action.who, what: action.what ?? '', due: action.due, daysOverdue: days, subject: record.data.subject, place: { file: record.file, line: action.range.start.line } }])
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}
