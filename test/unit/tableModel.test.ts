import * as assert from 'node:assert/strict';
import type { TableRow, TableViewState } from '../../src/shared/protocol';
import type { Vocabulary } from '../../src/core/vocabulary';
import { column, DEFAULT_VIEW, EMPTY_FILTERS } from '../../src/shared/tableColumns';
import { computeView, nextSort, sortRows } from '../../src/shared/tableModel';
import { decodeRows, encodeRows } from '../../src/shared/encodedRows';

const VOCABULARY: Vocabulary = {
  statuses: ['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred'],
  priorities: ['critical', 'high', 'medium', 'low'],
  doneStatuses: ['done', 'accepted', 'rejected', 'deferred'],
  owners: ['alice', 'bob'],
  ownerLabels: [],
  ownerNames: [],
  statusLabels: [],
  priorityLabels: [],
};

let position = 0;

function row(id: string, fields: Partial<TableRow> = {}): TableRow {
  return {
    key: `0:${position++}`, doc: 0, id, title: `Title of ${id}`, status: '', priority: '', owner: '', document: 'Portal',
    path: 'portal.req.yaml', customer: '', milestone: '', due: '', overdue: 0, links: [], suspect: [], changes: [], records: 0, description: '', acceptance: [], source: '', tags: [], errors: 0, warnings: 0,
    problems: [], vocabulary: 0, readOnly: '', dirty: false, traced: { code: 0, tests: 0, records: 0, changeRequests: 0 }, ...fields,
  };
}

function ids(rows: readonly TableRow[]): string[] {
  return rows.map((r) => r.id);
}

const ROWS: readonly TableRow[] = [
  row('P-10', { status: 'done', priority: 'low', owner: 'alice', milestone: 'M2' }),
  row('P-9', { status: 'new', priority: 'critical', owner: 'bob', milestone: 'M1', title: '<img src=x onerror=alert(1)>' }),
  row('P-100', { status: 'in-progress', priority: 'high', milestone: 'M1', errors: 1, problems: ['P-100 has no owner'] }),
  row('P-2', { status: 'weird', priority: 'medium', owner: 'alice' }),
  row('P-3', { priority: 'high', owner: 'Bob', warnings: 2 }),
];

function view(change: Partial<TableViewState>): TableViewState {
  return { ...DEFAULT_VIEW, ...change };
}

describe('table model (webview)', () => {
  it('sorts IDs numerically, status and priority by vocabulary order, empty values last in both directions', () => {
    assert.deepEqual(ids(sortRows(ROWS, [VOCABULARY], [{ column: 'id', direction: 'asc' }])), ['P-2', 'P-3', 'P-9', 'P-10', 'P-100']);
    assert.deepEqual(ids(sortRows(ROWS, [VOCABULARY], [{ column: 'id', direction: 'desc' }])), ['P-100', 'P-10', 'P-9', 'P-3', 'P-2']);
    // Vocabulary order, an unknown status after the known ones, no status last.
    assert.deepEqual(ids(sortRows(ROWS, [VOCABULARY], [{ column: 'status', direction: 'asc' }])), ['P-9', 'P-100', 'P-10', 'P-2', 'P-3']);
    assert.deepEqual(ids(sortRows(ROWS, [VOCABULARY], [{ column: 'status', direction: 'desc' }])), ['P-2', 'P-10', 'P-100', 'P-9', 'P-3']);
    assert.deepEqual(ids(sortRows(ROWS, [VOCABULARY], [{ column: 'priority', direction: 'asc' }])), ['P-9', 'P-100', 'P-3', 'P-2', 'P-10']);
    assert.deepEqual(ids(sortRows(ROWS, [VOCABULARY], [{ column: 'owner', direction: 'desc' }])), ['P-9', 'P-3', 'P-10', 'P-2', 'P-100']);
    assert.deepEqual(ids(sortRows(ROWS, [VOCABULARY], [{ column: 'problems', direction: 'desc' }])), ['P-100', 'P-3', 'P-10', 'P-9', 'P-2']);
  });

  it('sorts by the number of records mentioning a row, and shows none as an empty cell', () => {
    const rows = [row('P-1', { records: 2 }), row('P-2'), row('P-3', { records: 5 })];
    assert.deepEqual(ids(sortRows(rows, [VOCABULARY], [{ column: 'records', direction: 'desc' }])), ['P-3', 'P-1', 'P-2']);
    assert.deepEqual(rows.map((r) => column('records').text(r)), ['2', '', '5']);
  });

  it('shows where a row is traced, sorts the untested first, and filters those no test mentions', () => {
    const traced = (code: number, tests: number): Partial<TableRow> => ({ traced: { code, tests, records: 1, changeRequests: 0 } });
    const rows = [row('P-1', traced(2, 1)), row('P-2', traced(0, 0)), row('P-3', traced(3, 0)), row('P-4', traced(0, 2))];
    assert.deepEqual(rows.map((r) => column('traced').text(r)), ['2 · 1 · 1 · 0', '0 · 0 · 1 · 0', '3 · 0 · 1 · 0', '0 · 2 · 1 · 0']);
    assert.deepEqual(ids(sortRows(rows, [VOCABULARY], [{ column: 'traced', direction: 'asc' }])), ['P-2', 'P-3', 'P-1', 'P-4']);
    assert.deepEqual(ids(computeView(rows, [VOCABULARY], view({ filters: { ...EMPTY_FILTERS, noTest: true } })).ordered), ['P-2', 'P-3']);
  });

  it('counts a row\'s suspect links in its Suspect cell, sorts by them, and the Suspect filter keeps only such rows', () => {
    const rows = [row('P-1', { links: ['P-2', 'P-3'], suspect: ['P-2', 'P-3'] }), row('P-2', { links: ['P-3'] }), row('P-3', { links: ['P-2'], suspect: ['P-2'] })];
    assert.deepEqual(rows.map((r) => column('suspect').text(r)), ['2', '', '1']);
    assert.deepEqual(ids(sortRows(rows, [VOCABULARY], [{ column: 'suspect', direction: 'asc' }])), ['P-2', 'P-3', 'P-1']);
    assert.deepEqual(ids(computeView(rows, [VOCABULARY], view({ filters: { ...EMPTY_FILTERS, suspect: true } })).ordered), ['P-1', 'P-3']);
    assert.deepEqual(ids(computeView(rows, [VOCABULARY], view({ search: 'p-2', filters: { ...EMPTY_FILTERS, suspect: true } })).ordered), ['P-1', 'P-3'], 'with the search, as any filter');
    assert.deepEqual(decodeRows(encodeRows(rows)).map((r) => r.suspect), [['P-2', 'P-3'], [], ['P-2']], 'the targets reach the page');
  });

  it('sorts by several columns: ties of the first are ordered by the next, then by workspace order', () => {
    const sorted = sortRows(ROWS, [VOCABULARY], [{ column: 'priority', direction: 'asc' }, { column: 'id', direction: 'desc' }]);
    assert.deepEqual(ids(sorted), ['P-9', 'P-100', 'P-3', 'P-2', 'P-10']);
    assert.deepEqual(ids(sortRows(ROWS, [VOCABULARY], [{ column: 'milestone', direction: 'asc' }])), ['P-9', 'P-100', 'P-10', 'P-2', 'P-3']);
  });

  it('a click sorts by one column and flips it; shift-click adds or flips a column among several', () => {
    assert.deepEqual(nextSort([], 'id', false), [{ column: 'id', direction: 'asc' }]);
    assert.deepEqual(nextSort([{ column: 'id', direction: 'asc' }], 'id', false), [{ column: 'id', direction: 'desc' }]);
    assert.deepEqual(nextSort([{ column: 'id', direction: 'asc' }], 'status', true), [{ column: 'id', direction: 'asc' }, { column: 'status', direction: 'asc' }]);
    assert.deepEqual(nextSort([{ column: 'id', direction: 'asc' }, { column: 'status', direction: 'asc' }], 'status', true),
      [{ column: 'id', direction: 'asc' }, { column: 'status', direction: 'desc' }]);
    assert.deepEqual(nextSort([{ column: 'id', direction: 'desc' }, { column: 'status', direction: 'asc' }], 'id', false), [{ column: 'id', direction: 'asc' }]);
  });

  it('searches all text (every word, any case) and combines filters: any value within one, all of them together', () => {
    const result = (change: Partial<TableViewState>): string[] => ids(computeView(ROWS, [VOCABULARY], view(change)).ordered);
    assert.deepEqual(result({ search: 'ONERROR' }), ['P-9']);
    assert.deepEqual(result({ search: 'no owner' }), ['P-100'], 'problem messages are searched too');
    assert.deepEqual(result({ search: 'title p-1' }), ['P-10', 'P-100']);
    assert.deepEqual(result({ filters: { ...EMPTY_FILTERS, owners: ['alice', ''] } }), ['P-10', 'P-100', 'P-2']);
    assert.deepEqual(result({ filters: { ...EMPTY_FILTERS, owners: ['alice'], statuses: ['done'] } }), ['P-10']);
    assert.deepEqual(result({ filters: { ...EMPTY_FILTERS, hasProblems: true } }), ['P-100', 'P-3']);
    assert.deepEqual(result({ filters: { ...EMPTY_FILTERS, documents: ['Other'] } }), []);
    const counted = computeView(ROWS, [VOCABULARY], view({ filters: { ...EMPTY_FILTERS, priorities: ['high'] } }));
    assert.deepEqual([counted.ordered.length, counted.total], [2, 5]);
  });

  it('groups in vocabulary order with "(none)" last, counts each group, and leaves out the rows of collapsed groups', () => {
    const result = computeView(ROWS, [VOCABULARY], view({ groupBy: 'status', collapsed: ['new'] }));
    const outline = result.items.map((item) => (item.kind === 'group' ? `[${item.key}] ${item.count}${item.collapsed ? ' collapsed' : ''}` : item.row.id));
    assert.deepEqual(outline, ['[new] 1 collapsed', '[in-progress] 1', 'P-100', '[done] 1', 'P-10', '[weird] 1', 'P-2', '[] 1', 'P-3']);
    assert.deepEqual(ids(result.ordered), ['P-9', 'P-100', 'P-10', 'P-2', 'P-3'], 'export keeps the rows of collapsed groups');
    const milestones = computeView(ROWS, [VOCABULARY], view({ groupBy: 'milestone' })).items.filter((i) => i.kind === 'group');
    assert.deepEqual(milestones.map((g) => (g.kind === 'group' ? [g.key, g.statusCounts.map((c) => `${c.status}:${c.count}`).join(' ')] : [])), [
      ['M1', 'new:1 in-progress:1'], ['M2', 'done:1'], ['', 'weird:1 :1'],
    ]);
  });

  it('counts the matching rows per status for the progress bar, vocabulary statuses first, each named in the UI language', () => {
    const chinese = { ...VOCABULARY, statusLabels: [['new', '新建'], ['in-progress', '进行中'], ['done', '已完成']] as const };
    assert.deepEqual(computeView(ROWS, [chinese], view({})).statusCounts, [
      { status: 'new', label: '新建', count: 1, done: false }, { status: 'in-progress', label: '进行中', count: 1, done: false },
      { status: 'done', label: '已完成', count: 1, done: true }, { status: 'weird', label: 'weird', count: 1, done: false }, { status: '', label: '', count: 1, done: false },
    ]);
  });

  it('counts the matching rows per milestone and status for the summary, rows without a milestone last', () => {
    const outline = (change: Partial<TableViewState>): string[] => computeView(ROWS, [VOCABULARY], view(change)).milestones
      .map((m) => `${m.milestone || '-'} ${m.count}: ${m.statusCounts.map((c) => `${c.status}:${c.count}`).join(' ')}`);
    assert.deepEqual(outline({}), ['M1 2: new:1 in-progress:1', 'M2 1: done:1', '- 2: weird:1 :1']);
    assert.deepEqual(outline({ groupBy: 'owner', search: 'p-1' }), ['M1 1: in-progress:1', 'M2 1: done:1'], 'the same for any grouping, of the matching rows only');
    assert.deepEqual(outline({ filters: { ...EMPTY_FILTERS, owners: ['Bob'] } }), [], 'no milestone among the rows: no milestone progress');
  });

  it('computes the view of 10,000 rows quickly enough to run on every keystroke', () => {
    const statuses = VOCABULARY.statuses;
    const many = Array.from({ length: 10_000 }, (_, i) => row(`BIG-${(i * 7919) % 10_000}`, {
      status: statuses[i % statuses.length], priority: VOCABULARY.priorities[i % 4], owner: `owner${i % 37}`, milestone: `M${i % 5}`,
    }));
    const started = performance.now();
    const result = computeView(many, [VOCABULARY], view({ sort: [{ column: 'status', direction: 'asc' }, { column: 'id', direction: 'asc' }], search: 'big', groupBy: 'owner' }));
    const elapsed = performance.now() - started;
    assert.equal(result.ordered.length, 10_000);
    assert.ok(elapsed < 500, `${elapsed.toFixed(0)} ms`);
  });
});

describe('encoded rows (host → webview)', () => {
  it('decode(encode(rows)) gives the rows back, however many documents they come from', () => {
    const rows = [...ROWS, row('Q-1', { doc: 3, document: 'Other', path: 'other.req.yaml', customer: 'Acme', dirty: true, links: ['P-9'], readOnly: 'no' })];
    assert.deepEqual(decodeRows(encodeRows(rows)), rows);
    assert.deepEqual(decodeRows(encodeRows([])), []);
  });
});
