import * as assert from 'node:assert/strict';
import { indexOf, problems, yaml } from '../workspaceBuilder';
import { EXISTING_DOCUMENTS, PROJECT_FILES } from './projectFixture';

describe('project rules', () => {
  const index = indexOf(PROJECT_FILES);

  it('reports a milestone reqdesk.yaml does not declare, on the milestone value', () => {
    assert.deepEqual(problems(index, 'portal.req.yaml', 'unknown-milestone'), [
      { ruleId: 'unknown-milestone', severity: 'warning', message: "Unknown milestone 'Later': reqdesk.yaml declares M1, M2, M3.", range: '7:85-7:90' },
    ]);
  });

  it('takes any milestone while none are declared', () => {
    const free = indexOf({ 'reqdesk.yaml': 'project: { name: X }\n', 'portal.req.yaml': PROJECT_FILES['portal.req.yaml'] });
    assert.deepEqual(problems(free, 'portal.req.yaml').map((p) => p.ruleId).filter((id) => id.includes('milestone')), []);
  });

  it('reports a requirement due after its milestone, on the due date', () => {
    assert.deepEqual(problems(index, 'portal.req.yaml', 'due-after-milestone'), [
      { ruleId: 'due-after-milestone', severity: 'warning', message: 'Due 2026-11-30, after its milestone M1 (due 2026-10-31).', range: '3:111-3:121' },
    ]);
  });

  it('reports each requirement not done of a milestone past due, as of the one clock', () => {
    assert.deepEqual(problems(index, 'portal.req.yaml', 'milestone-overdue'), [
      { ruleId: 'milestone-overdue', severity: 'info', message: 'Milestone M1 is past due by 37 days (due 2026-10-31) and this requirement is not done.', range: '3:102-3:104' },
      { ruleId: 'milestone-overdue', severity: 'info', message: 'Milestone M2 is past due by 6 days (due 2026-12-01) and this requirement is not done.', range: '4:82-4:84' },
    ]);
    const early = indexOf(PROJECT_FILES);
    early.setToday('2026-12-01');
    assert.deepEqual(problems(early, 'portal.req.yaml', 'milestone-overdue').map((p) => p.range), ['3:102-3:104']);
  });

  it('reports a payment invoiced more than payments.overdue_after_days ago and not paid, on the invoice date', () => {
    assert.deepEqual(problems(index, 'reqdesk.yaml', 'payment-overdue'), [
      {
        ruleId: 'payment-overdue', severity: 'warning', range: '12:84-12:94',
        message: 'The payment of milestone M2 was invoiced 2026-11-01, 36 days ago, and is not paid (allowed: 30 days).',
      },
    ]);
    const patient = indexOf({ ...PROJECT_FILES, 'reqdesk.yaml': `${PROJECT_FILES['reqdesk.yaml']}payments: { overdue_after_days: 36 }\n` });
    assert.deepEqual(problems(patient, 'reqdesk.yaml', 'payment-overdue'), []);
    const settings = yaml`
      milestones:
        - id: M1
          payment:
            invoiced: 2026-11-06
    `;
    assert.deepEqual(problems(indexOf({ 'reqdesk.yaml': settings }), 'reqdesk.yaml').map((p) => `${p.ruleId} ${p.range} ${p.message}`), [
      'payment-overdue 3:16-3:26 The payment of milestone M1 was invoiced 2026-11-06, 31 days ago, and is not paid (allowed: 30 days).',
    ]);
  });
});

describe('document-missing', () => {
  it('reports a project document that does not exist, on its path, once a front end has looked', () => {
    const index = indexOf(PROJECT_FILES);
    assert.deepEqual(problems(index, 'reqdesk.yaml', 'document-missing'), []);
    index.setPresentDocuments('reqdesk.yaml', EXISTING_DOCUMENTS);
    assert.deepEqual(problems(index, 'reqdesk.yaml', 'document-missing'), [
      {
        ruleId: 'document-missing', severity: 'warning', range: '9:14-9:30',
        message: "Document 'docs/missing.pdf' does not exist (paths are relative to the folder of reqdesk.yaml).",
      },
    ]);
    const change = index.setPresentDocuments('reqdesk.yaml', ['docs/contract.pdf', 'docs/missing.pdf']);
    assert.deepEqual([...change.files], ['reqdesk.yaml']);
    assert.deepEqual(problems(index, 'reqdesk.yaml', 'document-missing'), []);
    assert.deepEqual([...index.setPresentDocuments('reqdesk.yaml', ['docs/missing.pdf', 'docs/contract.pdf']).files], []);
  });
});
