import * as assert from 'node:assert/strict';
import { problemsByRequirement } from '../../src/core/requirementProblems';
import { yaml } from './workspaceBuilder';
import { indexOf } from './workspaceBuilder';

describe('problemsByRequirement', () => {
  it('counts errors and warnings per requirement, by where each problem starts; info is not counted', () => {
    const index = indexOf({
      'reqdesk.yaml': yaml`
        roster:
          - id: alice
        rules:
          missing-priority: info
      `,
      'a.req.yaml': yaml`
        document:
          prefix: A
          title: T
        requirements:
          - id: A-001
            title: Clean
            priority: high
            owner: alice
          - id: A-002
            title: No owner, bad priority
            priority: urgent
          - id: A-003
            title: No priority (info only)
            owner: alice
          - id: A-004
            title: Unknown owner
            priority: low
            owner: mallory
      `,
    });
    const file = index.get('a.req.yaml');
    assert.ok(file);
    const counts = problemsByRequirement(file.requirements, index.findings('a.req.yaml'));
    assert.deepEqual(
      file.requirements.map((r) => [r.id, counts.get(r)]),
      [['A-001', undefined], ['A-002', { errors: 1, warnings: 1 }], ['A-003', undefined], ['A-004', { errors: 0, warnings: 1 }]],
    );
  });

  it('ignores problems outside every requirement (the document header)', () => {
    const index = indexOf({
      'a.req.yaml': yaml`
        document:
          prefix: A
          title: [not, text]
        requirements:
          - id: A-001
            title: Clean
            priority: high
            owner: alice
      `,
    });
    const file = index.get('a.req.yaml');
    assert.ok(file);
    assert.ok(index.findings('a.req.yaml').length > 0, 'the header has a problem');
    assert.equal(problemsByRequirement(file.requirements, index.findings('a.req.yaml')).size, 0);
  });
});
