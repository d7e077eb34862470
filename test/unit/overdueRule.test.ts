import * as assert from 'node:assert/strict';
import { localDate } from '../../src/core/clock';
import type { IndexChange } from '../../src/core/workspaceIndex';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { overdueInIndex } from '../../src/core/rules/overdueRule';
import { problems, yaml } from './workspaceBuilder';

/** One requirement per line pair: `id` on line 4 + 4n, `due` two lines below it (column 9 holds the date). */
function document(items: readonly { readonly status?: string; readonly due?: string }[]): string {
  const lines = ['document:', '  prefix: P', '  title: Portal', 'requirements:'];
  items.forEach((item, i) => {
    lines.push(`  - id: P-${String(i + 1).padStart(3, '0')}`, '    title: A requirement', '    priority: high', '    owner: alice');
    if (item.status !== undefined) {
      lines.push(`    status: ${item.status}`);
    }
    if (item.due !== undefined) {
      lines.push(`    due: ${item.due}`);
    }
  });
  return `${lines.join('\n')}\n`;
}

function indexAsOf(today: string, files: Readonly<Record<string, string>>): WorkspaceIndex {
  const index = new WorkspaceIndex(today);
  for (const [file, text] of Object.entries(files)) {
    index.update(file, text);
  }
  return index;
}

describe('overdue rule', () => {
  it('reports a due date before today, not today or later, with the days, due date, status and the due value as range', () => {
    const text = yaml`
      document:
        prefix: P
        title: Portal
      requirements:
        - id: P-001
          title: Due 17 days ago
          priority: high
          owner: alice
          status: in-progress
          due: 2026-11-20
        - id: P-002
          title: Due yesterday
          priority: high
          owner: alice
          status: new
          due: 2026-12-06
        - id: P-003
          title: Due today
          priority: high
          owner: alice
          status: new
          due: 2026-12-07
        - id: P-004
          title: Due tomorrow
          priority: high
          owner: alice
          status: new
          due: 2026-12-08
        - id: P-005
          title: No due date
          priority: high
          owner: alice
          status: new
    `;
    const index = indexAsOf('2026-12-07', { 'portal.req.yaml': text });
    assert.deepEqual(problems(index, 'portal.req.yaml', 'overdue'), [
      { ruleId: 'overdue', severity: 'info', message: "Overdue by 17 days: due 2026-11-20, status 'in-progress'.", range: '9:9-9:19' },
      { ruleId: 'overdue', severity: 'info', message: "Overdue by 1 day: due 2026-12-06, status 'new'.", range: '15:9-15:19' },
    ]);
    const [first, second, third] = index.requirements();
    assert.equal(overdueInIndex(index, first), 17);
    assert.equal(overdueInIndex(index, second), 1);
    assert.equal(overdueInIndex(index, third), undefined);
  });

  it('judges every default status: done, accepted, rejected and deferred are never overdue; others and none are', () => {
    const statuses = ['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred', 'blocked', undefined];
    const index = indexAsOf('2026-12-07', { 'portal.req.yaml': document(statuses.map((status) => ({ status, due: '2026-12-01' }))) });
    assert.deepEqual(problems(index, 'portal.req.yaml', 'overdue').map((p) => p.message), [
      "Overdue by 6 days: due 2026-12-01, status 'new'.",
      "Overdue by 6 days: due 2026-12-01, status 'in-progress'.",
      "Overdue by 6 days: due 2026-12-01, status 'blocked'.",
      'Overdue by 6 days: due 2026-12-01, no status.',
    ]);
    assert.deepEqual(DEFAULT_SETTINGS.doneStatuses, ['done', 'accepted', 'rejected', 'deferred']);
  });

  it('takes the done statuses and the severity from reqdesk.yaml', () => {
    const settings = 'vocabulary:\n  statuses: [open, shipped, accepted]\n  done_statuses: [shipped]\nrules:\n  overdue: warning\n';
    const index = indexAsOf('2026-12-07', {
      'reqdesk.yaml': settings,
      'portal.req.yaml': document([{ status: 'open', due: '2026-12-06' }, { status: 'shipped', due: '2026-12-06' }, { status: 'accepted', due: '2026-12-06' }]),
    });
    assert.deepEqual(problems(index, 'portal.req.yaml', 'overdue').map((p) => `${p.severity} ${p.message}`), [
      "warning Overdue by 1 day: due 2026-12-06, status 'open'.",
      "warning Overdue by 1 day: due 2026-12-06, status 'accepted'.",
    ]);
    assert.deepEqual(problems(index, 'reqdesk.yaml'), [], 'done_statuses is part of the settings schema');
    const off = indexAsOf('2026-12-07', { 'reqdesk.yaml': 'rules:\n  overdue: off\n', 'portal.req.yaml': document([{ status: 'new', due: '2026-12-06' }]) });
    assert.deepEqual(problems(off, 'portal.req.yaml', 'overdue'), []);
  });

  it('re-judges every requirements file when the day changes, and announces each of them', () => {
    const index = indexAsOf('2026-12-06', {
      'reqdesk.yaml': 'roster:\n  - id: alice\n',
      'a.req.yaml': document([{ status: 'new', due: '2026-12-06' }]),
      'b.req.yaml': document([{ status: 'done', due: '2026-12-01' }]),
    });
    assert.deepEqual(problems(index, 'a.req.yaml', 'overdue'), [], 'due today is not overdue yet');
    const changes: IndexChange[] = [];
    const subscription = index.onDidChange((change) => changes.push(change));
    index.setToday('2026-12-07');
    assert.deepEqual(problems(index, 'a.req.yaml', 'overdue').map((p) => p.message), ["Overdue by 1 day: due 2026-12-06, status 'new'."]);
    assert.deepEqual(changes.map((c) => [[...c.files].sort(), c.requirements]), [[['a.req.yaml', 'b.req.yaml'], true]]);
    index.setToday('2026-12-07');
    assert.equal(changes.length, 1, 'the same day again changes nothing');
    index.setToday('2026-12-09');
    assert.deepEqual(problems(index, 'a.req.yaml', 'overdue').map((p) => p.message), ["Overdue by 3 days: due 2026-12-06, status 'new'."]);
    subscription.dispose();
    assert.equal(index.today, '2026-12-09');
  });

  it('at local midnight the day is the local one: overdue in Shanghai while it is still the day before in UTC', () => {
    const previous = process.env.TZ;
    const text = document([{ status: 'new', due: '2026-12-06' }]);
    // 00:30 on 7 December in Shanghai, 16:30 on 6 December in UTC.
    const moment = '2026-12-06T16:30:00Z';
    try {
      process.env.TZ = 'Asia/Shanghai';
      const shanghai = indexAsOf(localDate(new Date(moment)), { 'a.req.yaml': text });
      assert.deepEqual(problems(shanghai, 'a.req.yaml', 'overdue').map((p) => p.message), ["Overdue by 1 day: due 2026-12-06, status 'new'."]);
      process.env.TZ = 'UTC';
      const utc = indexAsOf(localDate(new Date(moment)), { 'a.req.yaml': text });
      assert.deepEqual(problems(utc, 'a.req.yaml', 'overdue'), []);
    } finally {
      if (previous === undefined) {
        delete process.env.TZ;
      } else {
        process.env.TZ = previous;
      }
    }
  });
});
