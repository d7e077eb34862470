import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { linkStamp } from '../../../src/core/trace/linkStamp';
import { indexOf, parse, problems, yaml } from '../workspaceBuilder';

const TARGETS = yaml`
  document: { prefix: P, title: Targets }
  requirements:
    - id: P-001
      title: Accounts
      description: Every user has one account.
      owner: alice
      priority: high
    - id: P-002
      title: Sessions
      owner: alice
      priority: high
      changes: [CR-0001, CR-0007]
`;

const stampOf = (text: string, i: number): string => linkStamp(parse(text).requirements[i].data, DEFAULT_SETTINGS.reviewedFields);

function linking(first: string, second: string): string {
  return yaml`
    document: { prefix: Q, title: Dependants }
    requirements:
      - id: Q-001
        title: Log in
        owner: alice
        priority: high
        links: [P-001@${first}, P-002@${second}, P-001]
  `;
}

describe('suspect-link', () => {
  it('says nothing while the stamps match the targets, nor for bare links', () => {
    const index = indexOf({ 'p.req.yaml': TARGETS, 'q.req.yaml': linking(stampOf(TARGETS, 0), stampOf(TARGETS, 1)) });
    assert.deepEqual(problems(index, 'q.req.yaml'), []);
  });

  it('reports a stamped link whose target changed in another file, at the link, naming the last CR when there is one', () => {
    const index = indexOf({ 'p.req.yaml': TARGETS, 'q.req.yaml': linking(stampOf(TARGETS, 0), stampOf(TARGETS, 1)) });
    index.update('p.req.yaml', TARGETS.replace('one account', 'one account or more').replace('Sessions', 'User sessions'));
    assert.deepEqual(problems(index, 'q.req.yaml'), [
      { ruleId: 'suspect-link', severity: 'warning', message: 'Q-001 links to P-001, which changed since the link was reviewed: check that Q-001 still holds, then mark the link reviewed.', range: '6:12-6:28' },
      { ruleId: 'suspect-link', severity: 'warning', message: 'Q-001 links to P-002, which changed since the link was reviewed (last changed by CR-0007): check that Q-001 still holds, then mark the link reviewed.', range: '6:30-6:46' },
    ]);
    assert.deepEqual(index.findings('q.req.yaml')[0].related?.map((r) => [r.file, r.message, r.range.start.line]), [['p.req.yaml', 'P-001 as it is now.', 2]]);
  });

  it('ignores changes outside the reviewed fields, and follows trace.reviewed_fields', () => {
    const files = { 'p.req.yaml': TARGETS, 'q.req.yaml': linking(stampOf(TARGETS, 0), stampOf(TARGETS, 1)) };
    const index = indexOf(files);
    index.update('p.req.yaml', TARGETS.replace(/owner: alice/g, 'owner: bob'));
    assert.deepEqual(problems(index, 'q.req.yaml'), []);
    const owners = indexOf({ ...files, 'reqdesk.yaml': 'trace: { reviewed_fields: [owner] }\n' });
    assert.deepEqual(problems(owners, 'q.req.yaml', 'suspect-link').length, 2, 'stamps of other fields are suspect under owner');
  });

  it('reports a stamp it cannot read on its own, at the stamp, and never as suspect', () => {
    const index = indexOf({ 'p.req.yaml': TARGETS, 'q.req.yaml': linking('2:9c41e07b', 'abc') });
    assert.deepEqual(problems(index, 'q.req.yaml'), [
      { ruleId: 'bad-link-stamp', severity: 'warning', message: "The link to P-001 has the stamp '2:9c41e07b', which ReqDesk cannot read (a stamp is 1: and 8 hex digits, as Mark Link Reviewed writes it): mark the link reviewed to stamp it anew.", range: '6:18-6:28' },
      { ruleId: 'bad-link-stamp', severity: 'warning', message: "The link to P-002 has the stamp 'abc', which ReqDesk cannot read (a stamp is 1: and 8 hex digits, as Mark Link Reviewed writes it): mark the link reviewed to stamp it anew.", range: '6:36-6:39' },
    ]);
  });
});
