import * as assert from 'node:assert/strict';
import { firstRows, firstRowsItems } from '../../src/shared/firstRows';
import type { FirstRowsMessage, TableRow, TableViewState } from '../../src/shared/protocol';
import type { Vocabulary } from '../../src/core/vocabulary';
import { DEFAULT_VIEW } from '../../src/shared/tableColumns';
import { computeView } from '../../src/shared/tableModel';

const VOCABULARY: Vocabulary = { statuses: ['new', 'in-progress', 'done'], priorities: ['high', 'low'], doneStatuses: ['done'], owners: ['alice'], ownerLabels: [], ownerNames: [], statusLabels: [], priorityLabels: [] };
const STATUSES = ['new', 'in-progress', 'done'];

function rows(count: number): TableRow[] {
  return Array.from({ length: count }, (_, i): TableRow => ({
    key: `0:${i}`, doc: 0, id: `P-${i + 1}`, title: `Title ${i + 1}`, status: STATUSES[i % 3], priority: i % 2 === 0 ? 'high' : 'low',
    owner: 'alice', document: 'Portal', path: 'portal.req.yaml', customer: '', milestone: i % 5 === 0 ? '' : `M${i % 3}`, due: '', overdue: 0, links: [], suspect: [], changes: [], records: 0, description: '', acceptance: [], source: '', tags: [],
    errors: 0, warnings: 0, problems: [], vocabulary: 0, readOnly: '', dirty: false, traced: { code: 0, tests: i % 2, records: 0, changeRequests: 0 },
  }));
}

/** The message as the page receives it: what firstRows computes, through JSON as postMessage carries it. */
function received(all: readonly TableRow[], view: TableViewState | undefined, first?: number, count?: number): FirstRowsMessage {
  const message: FirstRowsMessage = { type: 'firstRows', strings: {}, locale: 'en', ...firstRows(all, [VOCABULARY], view, first, count) };
  return JSON.parse(JSON.stringify(message)) as FirstRowsMessage;
}

describe('table first rows (host computes, page places)', () => {
  it('sends the items at the page\'s scroll position in its view, grouped and sorted, and only those', () => {
    const all = rows(300);
    const view: TableViewState = { ...DEFAULT_VIEW, sort: [{ column: 'id', direction: 'desc' }], groupBy: 'status', search: '1' };
    const expected = computeView(all, [VOCABULARY], view);
    const message = received(all, view, 40, 30);
    assert.equal(message.itemCount, expected.items.length);
    assert.deepEqual([message.matching, message.total], [expected.ordered.length, 300]);
    assert.deepEqual(message.statusCounts, expected.statusCounts);
    assert.deepEqual(message.milestones, expected.milestones);
    assert.deepEqual(message.milestones.map((m) => m.milestone), ['M0', 'M1', 'M2', ''], 'the summary\'s progress per milestone, before all rows arrive');
    const items = firstRowsItems(message);
    assert.equal(items.length, expected.items.length, 'the grid gets the full height');
    assert.deepEqual(items.slice(40, 70), expected.items.slice(40, 70));
    assert.ok(items.slice(40, 70).some((item) => item?.kind === 'group'), 'a group header among them');
    assert.deepEqual([items.slice(0, 40).filter(Boolean).length, items.slice(70).filter(Boolean).length], [0, 0], 'nothing else yet');
  });

  it('starts at the top of the workspace\'s view without a position, and stays small whatever the page asks', () => {
    const all = rows(2_000);
    const top = received(all, undefined);
    assert.equal(top.first, 0);
    assert.deepEqual(firstRowsItems(top).slice(0, 3).map((item) => (item?.kind === 'row' ? item.row.id : item?.kind)), ['P-1', 'P-2', 'P-3']);
    assert.ok(firstRowsItems(top).filter(Boolean).length < 100);
    assert.equal(firstRowsItems(received(all, undefined, 0, 100_000)).filter(Boolean).length, 500);
    const past = received(all, undefined, 5_000, 50);
    assert.deepEqual([past.first, firstRowsItems(past).filter(Boolean).length], [2_000, 0], 'a position past the end sends no rows');
  });
});
