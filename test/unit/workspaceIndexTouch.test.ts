import * as assert from 'node:assert/strict';
import { indexOf, problems, yaml } from './workspaceBuilder';

describe('WorkspaceIndex: which files an update announces', () => {
  const defining = (status: string, id = 'P-001'): string => yaml`
    document: {prefix: P, title: T}
    requirements:
      - {id: ${id}, title: One, owner: a, priority: high, status: ${status}}
  `;
  const linking = yaml`
    document: {prefix: P, title: L}
    requirements:
      - {id: P-002, title: Two, owner: a, priority: high, links: [P-001]}
  `;
  const request = yaml`
    id: CR-0001
    title: Change
    status: submitted
    affects: [P-001]
  `;

  it('announces only the edited file when its IDs stay as they were', () => {
    const index = indexOf({ 'a.req.yaml': defining('new'), 'b.req.yaml': linking, 'c.cr.yaml': request });
    assert.deepEqual([...index.update('a.req.yaml', defining('done')).files], ['a.req.yaml']);
  });

  it('announces the files that refer to an ID when it disappears, and again when it comes back', () => {
    const index = indexOf({ 'a.req.yaml': defining('new'), 'b.req.yaml': linking, 'c.cr.yaml': request });
    assert.deepEqual([...index.update('a.req.yaml', defining('new', 'P-009')).files].sort(), ['a.req.yaml', 'b.req.yaml', 'c.cr.yaml']);
    assert.equal(problems(index, 'b.req.yaml', 'unknown-link').length, 1);
    assert.deepEqual([...index.update('a.req.yaml', defining('new')).files].sort(), ['a.req.yaml', 'b.req.yaml', 'c.cr.yaml']);
    assert.deepEqual(problems(index, 'b.req.yaml', 'unknown-link'), []);
  });

  it('announces every definition of a duplicated ID on any edit of one of them (their related places move)', () => {
    const index = indexOf({ 'a.req.yaml': defining('new'), 'd.req.yaml': defining('new'), 'b.req.yaml': linking });
    assert.deepEqual([...index.update('a.req.yaml', defining('done')).files].sort(), ['a.req.yaml', 'd.req.yaml']);
    assert.deepEqual([...index.remove('d.req.yaml').files].sort(), ['a.req.yaml', 'd.req.yaml']);
    assert.deepEqual(problems(index, 'a.req.yaml', 'duplicate-id'), []);
  });

  it('keeps a touched file\'s own problems, and follows settings that change them, while its workspace problems follow the IDs', () => {
    const ownerless = yaml`
      document: {prefix: P, title: L}
      requirements:
        - {id: P-002, title: Two, owner: zed, priority: high, links: [P-001]}
        - {id: P-003, title: Three, priority: high}
    `;
    const index = indexOf({ 'reqdesk.yaml': 'roster:\n  - { id: zed }\n', 'b.req.yaml': ownerless });
    const rules = (): string[] => problems(index, 'b.req.yaml').map((p) => `${p.ruleId} ${p.range}`);
    assert.deepEqual(rules(), ['unknown-link 2:64-2:69', 'missing-owner 3:5-3:14']);
    index.update('a.req.yaml', defining('new'));
    assert.deepEqual(rules(), ['missing-owner 3:5-3:14']);
    index.update('reqdesk.yaml', 'roster:\n  - { id: amy }\n');
    assert.deepEqual(rules(), ['unknown-owner 2:35-2:38', 'missing-owner 3:5-3:14']);
  });

  it('announces the files changed while deferred once, in one event, and answers queries exactly meanwhile', () => {
    const index = indexOf({});
    const events: string[][] = [];
    index.onDidChange((change) => events.push([...change.files].sort()));
    const release = index.deferChanges();
    index.update('b.req.yaml', linking);
    index.update('c.cr.yaml', request);
    assert.equal(problems(index, 'b.req.yaml', 'unknown-link').length, 1);
    const inner = index.deferChanges();
    index.update('a.req.yaml', defining('new'));
    assert.deepEqual(problems(index, 'b.req.yaml', 'unknown-link'), [], 'the new ID counts before any announcement');
    inner();
    assert.deepEqual(events, [], 'nothing while a deferral is open');
    release();
    release();
    assert.deepEqual(events, [['a.req.yaml', 'b.req.yaml', 'c.cr.yaml']]);
    index.update('a.req.yaml', defining('done'));
    assert.deepEqual(events.at(-1), ['a.req.yaml'], 'announced at once again');
  });
});
