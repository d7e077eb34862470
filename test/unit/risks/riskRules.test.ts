import * as assert from 'node:assert/strict';
import { indexOf, problems, yaml } from '../workspaceBuilder';

const SETTINGS = 'roster:\n  - { id: alice, name: Alice Chen, roles: [owner] }\n';
const REQUIREMENTS = 'document: { prefix: P, title: T }\nrequirements:\n  - { id: P-001, title: a, owner: alice, priority: high }\n';
const CR = 'id: CR-0001\ntitle: T\nstatus: submitted\naffects: [P-001]\nimpact: { risks: [RISK-001, RISK-404] }\n';

const REGISTER = yaml`
  risks:
    - id: RISK-001
      title: Late tenant
      probability: 5
      impact: 3
      review_on: 2026-12-01
      links: [P-001, P-404, CR-0001, CR-0404]
    - { id: RISK-002, title: Closed, owner: alise, probability: 5, impact: 5, status: closed, review_on: 2026-01-01 }
    - { id: RISK-001, title: Twice, owner: alice, probability: 3, impact: 5, mitigation: Weekly calls, review_on: 2026-12-07 }
`;

function index(register = REGISTER): ReturnType<typeof indexOf> {
  return indexOf({ 'reqdesk.yaml': SETTINGS, 'p.req.yaml': REQUIREMENTS, 'changes/CR-0001.cr.yaml': CR, 'project.risks.yaml': register });
}

describe('risk register: rules', () => {
  it('no owner: at the risk\'s ID', () => {
    assert.deepEqual(problems(index(), 'project.risks.yaml', 'risk-missing-owner'), [
      { ruleId: 'risk-missing-owner', severity: 'warning', message: 'RISK-001 has no owner: name who watches it.', range: '1:8-1:16' },
    ]);
  });

  it('an owner outside the roster is unknown-owner, as for requirements', () => {
    assert.deepEqual(problems(index(), 'project.risks.yaml', 'unknown-owner'), [
      { ruleId: 'unknown-owner', severity: 'warning', message: "Owner 'alise' is not in the roster (reqdesk.yaml). Did you mean 'alice'?", range: '7:42-7:47' },
    ]);
  });

  it('a score of 15 or more without mitigation, unless closed', () => {
    assert.deepEqual(problems(index(), 'project.risks.yaml', 'risk-unmitigated'), [
      { ruleId: 'risk-unmitigated', severity: 'warning', message: 'RISK-001 scores 15 (5 × 3) and has no mitigation: a risk scoring 15 or more needs one.', range: '1:8-1:16' },
    ]);
  });

  it('a review date passed while not closed: information, by the index\'s today; due today is not overdue', () => {
    assert.deepEqual(problems(index(), 'project.risks.yaml', 'risk-review-due'), [
      { ruleId: 'risk-review-due', severity: 'info', message: "Review of RISK-001 overdue by 6 days: due 2026-12-01, status 'open'.", range: '5:15-5:25' },
    ]);
    const later = index();
    later.setToday('2026-12-08');
    assert.deepEqual(problems(later, 'project.risks.yaml', 'risk-review-due').map((p) => p.message), [
      "Review of RISK-001 overdue by 7 days: due 2026-12-01, status 'open'.",
      "Review of RISK-001 overdue by 1 day: due 2026-12-07, status 'open'.",
    ]);
  });

  it('links to unknown requirement and change-request IDs, each at its item', () => {
    assert.deepEqual(problems(index(), 'project.risks.yaml', 'risk-unknown-link'), [
      { ruleId: 'risk-unknown-link', severity: 'warning', message: 'RISK-001 links to unknown requirement P-404: no requirement in the workspace has this ID.', range: '6:19-6:24' },
      { ruleId: 'risk-unknown-link', severity: 'warning', message: 'RISK-001 links to unknown change request CR-0404: no change request in the workspace has this ID.', range: '6:35-6:42' },
    ]);
  });

  it('a link becomes known when its requirement appears', () => {
    const idx = index();
    idx.update('q.req.yaml', 'document: { prefix: P, title: T }\nrequirements:\n  - { id: P-404, title: b, owner: alice, priority: high }\n');
    assert.deepEqual(problems(idx, 'project.risks.yaml', 'risk-unknown-link').map((p) => p.range), ['6:35-6:42']);
  });

  it('duplicate risk IDs at every occurrence, pointing at the others', () => {
    const idx = index();
    assert.deepEqual(problems(idx, 'project.risks.yaml', 'duplicate-risk-id'), [
      { ruleId: 'duplicate-risk-id', severity: 'error', message: 'Duplicate risk ID RISK-001: it is used 2 times in the workspace.', range: '1:8-1:16' },
      { ruleId: 'duplicate-risk-id', severity: 'error', message: 'Duplicate risk ID RISK-001: it is used 2 times in the workspace.', range: '8:10-8:18' },
    ]);
    const related = idx.findings('project.risks.yaml').find((f) => f.ruleId === 'duplicate-risk-id')?.related;
    assert.deepEqual(related?.map((r) => [r.file, r.message]), [['project.risks.yaml', 'RISK-001 is also used here.']]);
  });

  it('a change request\'s impact naming an unknown risk; known once a register has it', () => {
    const idx = index();
    assert.deepEqual(problems(idx, 'changes/CR-0001.cr.yaml', 'cr-unknown-risk'), [
      { ruleId: 'cr-unknown-risk', severity: 'warning', message: 'CR-0001 names unknown risk RISK-404: no risk register in the workspace has this ID.', range: '4:28-4:36' },
    ]);
    idx.update('more.risks.yaml', 'risks:\n  - { id: RISK-404, title: Found, owner: alice }\n');
    assert.deepEqual(problems(idx, 'changes/CR-0001.cr.yaml', 'cr-unknown-risk'), []);
  });
});
