import { yaml } from '../workspaceBuilder';

/** A small project for change-log reports: two customers, a request in most statuses, text that needs escaping. */
export const CHANGE_LOG_FILES: Readonly<Record<string, string>> = {
  'requirements/portal.req.yaml': yaml`
    document: { prefix: PORTAL, title: Portal, customer: Acme Corp }
    requirements:
      - { id: PORTAL-001, title: Login, priority: high, owner: alice, status: done }
      - { id: PORTAL-002, title: Logout, priority: low, owner: alice, status: new }
  `,
  'requirements/billing.req.yaml': yaml`
    document: { prefix: BILL, title: Billing, customer: Globex }
    requirements:
      - { id: BILL-001, title: Invoices, priority: high, owner: carol, status: new }
  `,
  'changes/CR-0001.cr.yaml': yaml`
    id: CR-0001
    title: Keep users signed in for 30 days
    status: verified
    requested_by: Bob Li (Acme)
    requested_on: 2026-07-14
    channel: meeting
    affects: [PORTAL-001]
    reason: >
      Buyers log in again every other week.
    impact: { schedule_days: 2, cost: 1600, effort_hours: 16, resources: the team, risk: low }
    decision: { outcome: approved, by: [alice, carol], on: 2026-07-21, rationale: Small change. }
    customer_signoff: { by: Bob Li, on: 2026-08-07 }
  `,
  'changes/CR-0002.cr.yaml': yaml`
    id: CR-0002
    title: 'Pay by "direct debit" | SEPA'
    status: approved
    requested_by: Hans <hans@globex.example>
    requested_on: 2026-09-02
    channel: email
    affects: [BILL-001]
    impact: { schedule_days: 8, cost: 12000.5, effort_hours: 96, resources: one developer, risk: medium, related: [BILL-002, BILL-003] }
    decision: { outcome: approved, by: [alice, carol], on: 2026-09-11 }
  `,
  'changes/CR-0003.cr.yaml': yaml`
    id: CR-0003
    title: Discount codes
    status: rejected
    requested_by: Bob Li (Acme)
    requested_on: 2026-09-19
    channel: phone
    affects: [PORTAL-002]
    impact: { schedule_days: 15, cost: 24000, effort_hours: 180, resources: the team, risk: high }
    decision: { outcome: rejected, by: [alice, carol], on: 2026-09-25 }
  `,
  'changes/CR-0004.cr.yaml': yaml`
    id: CR-0004
    title: Invoice link on the home page
    status: implemented
    requested_on: 2026-10-01
    channel: chat
    affects: [PORTAL-001, BILL-001]
    impact: { schedule_days: 1, cost: 0.25, effort_hours: 4, resources: the team, risk: low }
    decision: { outcome: approved, by: [carol], on: 2026-10-02 }
  `,
  'changes/CR-0010.cr.yaml': yaml`
    id: CR-0010
    title: 离线查看送货单
    status: submitted
    requested_by: 张伟
    requested_on: 2026-11-19
    channel: chat
    affects: [PORTAL-002]
  `,
};
