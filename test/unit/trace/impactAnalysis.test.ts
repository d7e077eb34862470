import * as assert from 'node:assert/strict';
import { impactAnalysis } from '../../../src/core/trace/impactAnalysis';
import type { MentionLookup, MentionSummary } from '../../../src/core/trace/mentions';
import { indexOf, yaml } from '../workspaceBuilder';

// P-001 ← P-002 ← P-003 ← P-004 ← P-005, P-001 ← P-010 (fan-out), P-003 → P-002 (a cycle), P-002 ← P-011.
const REQUIREMENTS = yaml`
  document: { prefix: P, title: Portal }
  requirements:
    - { id: P-001, title: Accounts }
    - { id: P-002, title: Sessions, links: [P-001, P-003] }
    - { id: P-003, title: Login, links: [P-002] }
    - { id: P-004, title: Single sign-on, links: [P-003] }
    - { id: P-005, title: Audit, links: [P-004] }
    - { id: P-010, title: Profiles, links: [P-001] }
    - { id: P-011, title: Timeouts, links: ['P-002@1:00000000'] }
    - { id: P-020, title: Unrelated }
`;

const RISKS = yaml`
  risks:
    - { id: RISK-002, title: Lockout, status: mitigating, links: [P-003] }
    - { id: RISK-001, title: Old, status: closed, links: [P-001] }
    - { id: RISK-003, title: Elsewhere, links: [P-020] }
    - { id: RISK-004, title: Breach, links: [P-001] }
`;

const FILES = {
  'p.req.yaml': REQUIREMENTS,
  'project.risks.yaml': RISKS,
  'changes/CR-0001.cr.yaml': 'id: CR-0001\ntitle: T\nstatus: submitted\naffects: [P-001, P-001]\n',
  'changes/CR-0010.cr.yaml': 'id: CR-0010\ntitle: T\nstatus: approved\naffects: [P-020, P-001]\n',
  'changes/CR-0002.cr.yaml': 'id: CR-0002\ntitle: T\nstatus: assessed\naffects: [P-001]\n',
  'changes/CR-0003.cr.yaml': 'id: CR-0003\ntitle: T\nstatus: verified\naffects: [P-001]\n',
  'changes/CR-0004.cr.yaml': 'id: CR-0004\ntitle: T\nstatus: submitted\naffects: [P-002]\n',
};

const NOWHERE: MentionSummary = { files: { code: 0, tests: 0, records: 0, changeRequests: 0 }, first: [] };
const MENTIONS: Readonly<Record<string, MentionSummary>> = {
  'P-003': { files: { code: 2, tests: 1, records: 0, changeRequests: 0 }, first: [{ file: 'src/login.ts', line: 4, character: 7, kind: 'code' }] },
};
const lookup: MentionLookup = { mentionsOf: (id) => MENTIONS[id] ?? NOWHERE };

describe('impact analysis', () => {
  const index = indexOf(FILES);
  const [cr] = index.changeRequestsWithId('CR-0001');
  const analysis = (depth: number): ReturnType<typeof impactAnalysis> => impactAnalysis(index, cr, depth, lookup);

  it('walks links back by depth, then ID, each with its shortest path, the cycle ending at what was seen', () => {
    assert.deepEqual(analysis(3).affected, ['P-001']);
    assert.deepEqual(analysis(3).dependants, [
      { id: 'P-002', depth: 1, path: ['P-001', 'P-002'] },
      { id: 'P-010', depth: 1, path: ['P-001', 'P-010'] },
      { id: 'P-003', depth: 2, path: ['P-001', 'P-002', 'P-003'] },
      { id: 'P-011', depth: 2, path: ['P-001', 'P-002', 'P-011'] },
      { id: 'P-004', depth: 3, path: ['P-001', 'P-002', 'P-003', 'P-004'] },
    ]);
  });

  it('stops at the depth', () => {
    assert.deepEqual(analysis(1).dependants.map((d) => d.id), ['P-002', 'P-010']);
    assert.deepEqual(analysis(0).dependants, []);
    assert.deepEqual(analysis(10).dependants.map((d) => `${d.depth} ${d.id}`), ['1 P-002', '1 P-010', '2 P-003', '2 P-011', '3 P-004', '4 P-005']);
  });

  it('lists the risks not closed that link to what it reaches, in register order', () => {
    assert.deepEqual(analysis(3).risks.map((r) => r.id), ['RISK-002', 'RISK-004']);
    assert.deepEqual(analysis(1).risks.map((r) => r.id), ['RISK-004']);
  });

  it('lists the other open change requests affecting the same requirements as conflicts', () => {
    assert.deepEqual(analysis(3).conflicts.map((c) => c.id), ['CR-0002', 'CR-0010']);
  });

  it('lists the mentions of what it reaches, only where something mentions it', () => {
    assert.deepEqual(analysis(3).mentions, [{ id: 'P-003', mentions: MENTIONS['P-003'] }]);
    assert.deepEqual(analysis(1).mentions, []);
  });
});
