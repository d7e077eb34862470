import * as assert from 'node:assert/strict';
import { MentionIndex, mentionsInText } from '../../../src/core/trace/mentionIndex';
import { missesRequiredCoverage, traceMatrix, traceMatrixCsv, traceMatrixMarkdown } from '../../../src/core/trace/traceMatrix';
import { indexOf, yaml } from '../workspaceBuilder';

const REQUIREMENTS = yaml`
  document: { prefix: P, title: Portal }
  requirements:
    - id: P-010
      title: Audit trail
      status: done
      links: [P-002]
    - id: P-002
      title: Log in
      status: accepted
    - id: P-003
      title: Report, monthly
      status: new
      links: [P-002, P-010]
`;

function matrix(): ReturnType<typeof traceMatrix> {
  const mentions = new MentionIndex();
  mentions.setFile('src/login.ts', 'code', mentionsInText('// P-002 P-003'));
  mentions.setFile('test/login.test.ts', 'tests', mentionsInText("it('P-002')"));
  mentions.setFile('notes/kickoff.md', 'records', mentionsInText('P-002'));
  return traceMatrix(indexOf({ 'p.req.yaml': REQUIREMENTS }), mentions);
}

describe('traceMatrix', () => {
  it('lists links both ways and counts per kind, in ID order', () => {
    assert.deepEqual(matrix(), [
      { id: 'P-002', title: 'Log in', status: 'accepted', linksUp: [], linksDown: ['P-003', 'P-010'], mentions: { code: 1, tests: 1, records: 1, changeRequests: 0 } },
      { id: 'P-003', title: 'Report, monthly', status: 'new', linksUp: ['P-002', 'P-010'], linksDown: [], mentions: { code: 1, tests: 0, records: 0, changeRequests: 0 } },
      { id: 'P-010', title: 'Audit trail', status: 'done', linksUp: ['P-002'], linksDown: ['P-003'], mentions: { code: 0, tests: 0, records: 0, changeRequests: 0 } },
    ]);
    assert.deepEqual(matrix().filter(missesRequiredCoverage).map((row) => row.id), ['P-010']);
  });

  it('renders as CSV and Markdown', () => {
    assert.equal(
      traceMatrixCsv(matrix()),
      '\uFEFFID,Title,Status,Links up,Links down,Code,Tests,Records,CRs\r\n' +
        'P-002,Log in,accepted,,"P-003, P-010",1,1,1,0\r\n' +
        'P-003,"Report, monthly",new,"P-002, P-010",,1,0,0,0\r\n' +
        'P-010,Audit trail,done,P-002,P-003,0,0,0,0\r\n',
    );
    assert.equal(
      traceMatrixMarkdown(matrix()),
      '| ID | Title | Status | Links up | Links down | Code | Tests | Records | CRs |\n' +
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n' +
        '| P-002 | Log in | accepted |  | P-003, P-010 | 1 | 1 | 1 | 0 |\n' +
        '| P-003 | Report, monthly | new | P-002, P-010 |  | 1 | 0 | 0 | 0 |\n' +
        '| P-010 | Audit trail | done | P-002 | P-003 | 0 | 0 | 0 | 0 |\n',
    );
  });
});
