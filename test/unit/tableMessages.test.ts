import * as assert from 'node:assert/strict';
import { parseViewState, parseWebviewMessage } from '../../src/shared/tableMessages';

const EDIT = { type: 'edit', requestId: 3, id: 'PORTAL-001', field: 'status', value: 'done', previous: 'new' };
const VIEW = {
  columns: ['id', 'status'], sort: [{ column: 'id', direction: 'desc' }], search: '',
  filters: { statuses: [], priorities: ['high'], owners: [''], documents: [], hasProblems: false, overdue: false, noTest: false, suspect: false }, groupBy: '', collapsed: [],
};

describe('table messages (host-side validation)', () => {
  it('accepts each protocol message exactly as typed, as a fresh object', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'ready', first: 0, count: 50 }), { type: 'ready', first: 0, count: 50 });
    assert.deepEqual(parseWebviewMessage({ type: 'ready', view: VIEW, first: 400, count: 50 }), { type: 'ready', view: VIEW, first: 400, count: 50 });
    assert.deepEqual(parseWebviewMessage(EDIT), EDIT);
    assert.deepEqual(parseWebviewMessage({ type: 'edit', requestId: 0, id: 'X-1', field: 'owner', value: '', previous: 'bob' }),
      { type: 'edit', requestId: 0, id: 'X-1', field: 'owner', value: '', previous: 'bob' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', key: '0:1' }), { type: 'reveal', key: '0:1' });
    assert.deepEqual(parseWebviewMessage({ type: 'export', requestId: 1, format: 'markdown', columns: ['title'], keys: ['0:1'] }),
      { type: 'export', requestId: 1, format: 'markdown', columns: ['title'], keys: ['0:1'] });
    assert.deepEqual(parseWebviewMessage({ type: 'export', requestId: 2, format: 'xlsx', columns: ['id', 'problems'], keys: [] }),
      { type: 'export', requestId: 2, format: 'xlsx', columns: ['id', 'problems'], keys: [] });
    assert.deepEqual(parseWebviewMessage({ type: 'save' }), { type: 'save' });
    assert.deepEqual(parseWebviewMessage({ type: 'viewState', view: VIEW }), { type: 'viewState', view: VIEW });
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', rows: 10, shown: 3 }), { type: 'rendered', rows: 10, shown: 3 });
  });

  it('drops anything else: wrong types, unknown or missing fields, fields the table does not edit, oversized values', () => {
    const rejected: unknown[] = [
      undefined, null, 'ready', 1, [], { type: 'ready', x: 1 }, { type: 'unknown' },
      { type: 'ready', first: -1 }, { type: 'ready', count: '50' }, { type: 'ready', first: 1.5 }, { type: 'ready', view: { ...VIEW, groupBy: 'title' } },
      { ...EDIT, requestId: -1 }, { ...EDIT, requestId: Number.NaN }, { ...EDIT, requestId: 2 ** 60 }, { ...EDIT, id: '' },
      { ...EDIT, field: 'description' }, { ...EDIT, field: 'constructor' }, { ...EDIT, value: null }, { ...EDIT, value: 'x'.repeat(10_001) },
      { ...EDIT, previous: 1 }, { ...EDIT, extra: 1 }, Object.assign(Object.create({ type: 'ready' }) as object, {}),
      { type: 'export', requestId: 1, format: 'pdf', columns: ['id'], keys: [] },
      { type: 'export', requestId: 1, format: 'csv', columns: ['id', '__proto__'], keys: [] },
      { type: 'export', requestId: 1, format: 'csv', columns: ['id'], keys: [null] },
      { type: 'viewState', view: { ...VIEW, extra: true } },
      { type: 'viewState', view: { ...VIEW, groupBy: 'document' } },
      { type: 'viewState', view: { ...VIEW, filters: { ...VIEW.filters, hasProblems: 'yes' } } },
      { type: 'viewState', view: { ...VIEW, sort: [{ column: 'id' }] } },
    ];
    for (const message of rejected) {
      assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
    }
  });

  it('a stored view state is used only when well-formed', () => {
    assert.deepEqual(parseViewState(VIEW), VIEW);
    assert.equal(parseViewState({ ...VIEW, columns: ['id', 'id'] }), undefined);
    assert.equal(parseViewState(undefined), undefined);
    const { overdue, noTest, suspect, ...before } = VIEW.filters;
    assert.deepEqual([overdue, noTest, suspect], [false, false, false]);
    assert.deepEqual(parseViewState({ ...VIEW, filters: before }), VIEW, 'a view stored before the overdue filter: the filter off');
    assert.deepEqual(parseViewState({ ...VIEW, filters: { ...before, overdue } }), VIEW, 'a view stored before the no-test filter: the filter off');
    assert.deepEqual(parseViewState({ ...VIEW, filters: { ...before, overdue, noTest } }), VIEW, 'a view stored before the suspect filter: the filter off');
    assert.equal(parseViewState({ ...VIEW, filters: { ...VIEW.filters, noTest: 1 } }), undefined);
    assert.equal(parseViewState({ ...VIEW, filters: { ...before, suspect } }), undefined, 'not a view any version stored');
    assert.equal(parseViewState({ ...VIEW, filters: { ...VIEW.filters, overdue: 'yes' } }), undefined);
    assert.equal(parseViewState({ ...VIEW, filters: { ...VIEW.filters, suspect: 1 } }), undefined);
    assert.deepEqual(parseViewState({ ...VIEW, columns: ['id', 'due', 'overdue'] })?.columns, ['id', 'due', 'overdue']);
  });
});
