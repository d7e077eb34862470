import * as assert from 'node:assert/strict';
import { applyTextEdits, type EditResult } from '../../../src/core/edit/textEdit';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { linkReviews, stampLinks, stampLinksOfItems } from '../../../src/core/trace/linkReviewEdits';
import { linkStamp } from '../../../src/core/trace/linkStamp';
import { indexOf, problems, yaml } from '../workspaceBuilder';

const TARGETS = yaml`
  document: { prefix: P, title: Targets }
  requirements:
    - { id: P-001, title: Accounts, owner: alice, priority: high }
    - { id: P-002, title: Sessions, owner: alice, priority: high }
`;

const LINKING = yaml`
  document: { prefix: Q, title: Dependants }
  requirements:
    - id: Q-001
      title: Log in   # the entry point
      owner: alice
      priority: high
      links:
        - P-001@1:00000000
        - 'P-002'
        - P-404
`;

function applied(text: string, result: EditResult): string {
  assert.ok(result.ok, JSON.stringify(result));
  return applyTextEdits(text, result.edits);
}

describe('link review edits', () => {
  const index = indexOf({ 'p.req.yaml': TARGETS, 'q.req.yaml': LINKING });
  const context = { settings: DEFAULT_SETTINGS, requirementsWithId: (id: string) => index.requirementsWithId(id) };
  const [q1] = index.requirementsWithId('Q-001');
  const [p1, p2] = ['P-001', 'P-002'].map((id) => linkStamp(index.requirementsWithId(id)[0].data, DEFAULT_SETTINGS.reviewedFields));

  it('Mark All Links Reviewed stamps every known link in place, quotes and comments kept', () => {
    const after = applied(LINKING, stampLinks(LINKING, q1, linkReviews(q1, context, 'all')));
    assert.equal(after, LINKING.replace('P-001@1:00000000', `P-001@${p1}`).replace("'P-002'", `'P-002@${p2}'`));
    const next = indexOf({ 'p.req.yaml': TARGETS, 'q.req.yaml': after });
    assert.deepEqual(problems(next, 'q.req.yaml').map((p) => p.ruleId), ['unknown-link']);
  });

  it('Start Reviewing Links stamps only the bare ones', () => {
    assert.deepEqual(linkReviews(q1, context, 'bare'), [{ position: 1, expected: 'P-002', stamp: p2 }]);
    assert.equal(applied(LINKING, stampLinks(LINKING, q1, linkReviews(q1, context, 'bare'))), LINKING.replace("'P-002'", `'P-002@${p2}'`));
  });

  it('Mark Link Reviewed on a flow list writes the one stamp', () => {
    const flow = LINKING.replace("links:\n        - P-001@1:00000000\n        - 'P-002'\n        - P-404", 'links: [P-001@1:00000000, P-002]');
    const [item] = indexOf({ 'p.req.yaml': TARGETS, 'q.req.yaml': flow }).requirementsWithId('Q-001');
    const result = stampLinks(flow, item, [{ position: 0, expected: 'P-001@1:00000000', stamp: p1 }]);
    assert.equal(applied(flow, result), flow.replace('P-001@1:00000000', `P-001@${p1}`));
  });

  it('refuses when the item is no longer what the index read', () => {
    const result = stampLinks(LINKING.replace('P-001@1:00000000', 'P-003'), q1, [{ position: 0, expected: 'P-001@1:00000000', stamp: p1 }]);
    assert.ok(!result.ok);
    assert.equal(result.refusal.message, 'Q-001 no longer has P-001@1:00000000 as item 1 of links: the file changed. Try again.');
  });

  it('Start Reviewing Links on a file stamps the bare links of each requirement in one edit', () => {
    const two = `${LINKING}  - id: Q-002\n    title: Log out\n    links: [P-001, P-002@1:00000000] # both\n`;
    const file = indexOf({ 'p.req.yaml': TARGETS, 'q.req.yaml': two });
    const plans = ['Q-001', 'Q-002'].map((id) => {
      const [item] = file.requirementsWithId(id);
      return { item, reviews: linkReviews(item, context, 'bare') };
    });
    const expected = two.replace("'P-002'", `'P-002@${p2}'`).replace('[P-001,', `[P-001@${p1},`);
    assert.equal(applied(two, stampLinksOfItems(two, plans)), expected);
  });

  it('refuses the whole file when one of its items changed', () => {
    const plans = [{ item: q1, reviews: linkReviews(q1, context, 'bare') }];
    const result = stampLinksOfItems(LINKING.replace("'P-002'", 'P-003'), plans);
    assert.ok(!result.ok);
    assert.equal(result.refusal.message, 'Q-001 no longer has P-002 as item 2 of links: the file changed. Try again.');
  });
});
