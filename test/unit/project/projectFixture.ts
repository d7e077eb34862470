import type { WorkspaceIndex } from '../../../src/core/workspaceIndex';
import { indexOf, yaml } from '../workspaceBuilder';

/** A client project as of TEST_TODAY (2026-12-07): three milestones with payments, changes, risks, a record. */
export const PROJECT_FILES: Readonly<Record<string, string>> = {
  'reqdesk.yaml': yaml`
    project:
      name: Acme Portal
      customer: Acme <Ltd> & Co
      start: 2026-06-01
      end: 2027-03-31
      goals: [Customers order online]
      deliverables: [Portal]
      documents:
        - { path: docs/contract.pdf, title: Contract, version: 1.2 }
        - { path: docs/missing.pdf, title: Lost }
    milestones:
      - { id: M1, title: Sign-in, due: 2026-10-31, payment: { amount: 40000, invoiced: 2026-11-02, paid: 2026-11-20 } }
      - { id: M2, title: Ordering, due: 2026-12-01, payment: { amount: 60000, invoiced: 2026-11-01 } }
      - { id: M3, title: Launch, due: 2027-03-15, payment: { amount: 100000 } }
    budget: { amount: 250000, currency: EUR, change_contingency: 20000 }
  `,
  'portal.req.yaml': yaml`
    document: { prefix: P, title: Portal }
    requirements:
      - { id: P-001, title: Sign in, owner: alice, priority: high, status: done, milestone: M1, due: 2026-10-20 }
      - { id: P-002, title: Reset password, owner: alice, priority: high, status: in-progress, milestone: M1, due: 2026-11-30 }
      - { id: P-003, title: Cart, owner: bob, priority: high, status: new, milestone: M2, due: 2026-11-01 }
      - { id: P-004, title: Pay, owner: bob, priority: high, status: accepted, milestone: M2 }
      - { id: P-005, title: Go live, owner: alice, priority: high, status: new, milestone: M3, due: 2027-03-01 }
      - { id: P-006, title: Extras, owner: alice, priority: low, status: new, milestone: Later }
  `,
  'changes/CR-0001.cr.yaml': yaml`
    id: CR-0001
    title: SMS on shipping
    status: approved
    affects: [P-003]
    impact: { schedule_days: 2, cost: 1600, effort_hours: 16, resources: the team, risk: low }
  `,
  'changes/CR-0002.cr.yaml': yaml`
    id: CR-0002
    title: Gift cards
    status: assessed
    affects: [P-004]
    impact: { schedule_days: 5, cost: 7000.5, effort_hours: 60, resources: the team, risk: medium }
  `,
  'changes/CR-0003.cr.yaml': yaml`
    id: CR-0003
    title: Dark mode
    status: rejected
    affects: [P-001]
    impact: { schedule_days: 1, cost: 900, effort_hours: 8, resources: the team, risk: low }
  `,
  'project.risks.yaml': yaml`
    risks:
      - { id: RISK-001, title: Test tenant late, probability: 4, impact: 4, owner: alice, status: open, review_on: 2026-12-01, mitigation: Ask early }
      - { id: RISK-002, title: Key person leaves, probability: 2, impact: 5, owner: bob, status: mitigating }
      - { id: RISK-003, title: Old risk, probability: 5, impact: 5, owner: bob, status: closed }
      - { id: RISK-004, title: Scope creep, probability: 4, impact: 4, owner: alice, status: open }
      - { id: RISK-005, title: Unscored, owner: alice }
  `,
  'notes/kickoff.md': yaml`
    ---
    kind: meeting
    on: 2026-11-20T10:00+01:00
    subject: Weekly call
    actions:
      - { who: alice, what: Send the test plan, due: 2026-12-01 }
      - { who: bob, what: Book the room, due: 2026-12-20 }
    ---
    Notes.
  `,
};

export function projectIndex(): WorkspaceIndex {
  return indexOf(PROJECT_FILES);
}

/** The documents of reqdesk.yaml that exist: the CLI and the extension look on disk, the tests say so. */
export const EXISTING_DOCUMENTS = new Set(['docs/contract.pdf']);
