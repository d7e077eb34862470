import * as assert from 'node:assert/strict';
import type { ProjectState, RiskState, RiskSummary } from '../../src/core/project/projectState';
import { cellRisks, heatMapRows, namesPlace, riskLevel, shareOf } from '../../src/shared/overviewModel';

function risk(id: string, probability: number | undefined, impact: number | undefined, status = 'open', line = 0): RiskSummary {
  const score = probability !== undefined && impact !== undefined ? probability * impact : undefined;
  return { id, status, probability, impact, score, reviewOverdue: false, place: { file: 'file:///w/project.risks.yaml', line } };
}

/** heatMap[probability - 1][impact - 1], as the contract says. */
function heat(cells: readonly (readonly [number, number, number])[]): number[][] {
  const map = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const [p, i, n] of cells) {
    map[p - 1][i - 1] = n;
  }
  return map;
}

const RISKS: RiskState = {
  heatMap: heat([[4, 4, 2], [2, 5, 1]]),
  unscored: 1,
  top: [],
  all: [risk('RISK-001', 4, 4, 'open', 1), risk('RISK-004', 4, 4, 'open', 9), risk('RISK-002', 2, 5, 'mitigating', 3), risk('RISK-003', 4, 4, 'closed', 5), risk('RISK-005', undefined, undefined, 'open', 7)],
  byStatus: [],
};

const EMPTY_TOTALS = { cost: 0, scheduleDays: 0, effortHours: 0, count: 0 };

const STATE: ProjectState = {
  asOf: '2026-12-07',
  header: { goals: [], deliverables: [], statusCounts: [], requirementCount: 0, settingsFile: 'file:///w/reqdesk.yaml', place: { file: 'file:///w/reqdesk.yaml', line: 30 } },
  milestones: [],
  overdueRequirements: [{ id: 'P-003', due: '2026-11-01', daysOverdue: 36, place: { file: 'file:///w/portal.req.yaml', line: 12 } }],
  overdueActions: [{ what: 'Send the plan', due: '2026-12-01', daysOverdue: 6, place: { file: 'file:///w/notes/call.md', line: 6 } }],
  changes: { open: [{ id: 'CR-0002', status: 'assessed', affects: [], place: { file: 'file:///w/changes/CR-0002.cr.yaml', line: 0 } }], openTotals: EMPTY_TOTALS, approvedTotals: EMPTY_TOTALS },
  risks: RISKS,
  recentRecords: [{ openActions: 1, place: { file: 'file:///w/notes/call.md', line: 0 } }],
  documents: [{ path: 'docs/contract.pdf', exists: true }],
};

describe('overview model', () => {
  it('lays the heat map out as drawn: probability 5 on top, impact 1 to 5, each cell its count, score and level', () => {
    const rows = heatMapRows(RISKS);
    assert.deepEqual(rows.map((row) => row.map((cell) => cell.count)), [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 2, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
    ]);
    assert.deepEqual(rows.map((row) => row[0].probability), [5, 4, 3, 2, 1]);
    assert.deepEqual(rows[0].map((cell) => [cell.impact, cell.score, cell.level]), [[1, 5, 'medium'], [2, 10, 'high'], [3, 15, 'severe'], [4, 20, 'severe'], [5, 25, 'severe']]);
    assert.deepEqual(rows[4].map((cell) => cell.level), ['low', 'low', 'low', 'low', 'medium']);
  });

  it('reads a score as a level: 15 and above is what the high-score rule asks a mitigation for', () => {
    assert.deepEqual([1, 4, 5, 9, 10, 14, 15, 25].map(riskLevel), ['low', 'low', 'medium', 'medium', 'high', 'high', 'severe', 'severe']);
  });

  it('lists a cell\'s risks: not closed, with exactly that probability and impact, in the state\'s order', () => {
    assert.deepEqual(cellRisks(RISKS, 4, 4).map((r) => r.id), ['RISK-001', 'RISK-004']);
    assert.deepEqual(cellRisks(RISKS, 2, 5).map((r) => r.id), ['RISK-002']);
    assert.deepEqual(cellRisks(RISKS, 5, 5), []);
  });

  it('gives a part of a whole in percent for a bar, clamped, and none without a positive whole', () => {
    assert.equal(shareOf(5_000, 20_000), 25);
    assert.equal(shareOf(30_000, 20_000), 100);
    assert.equal(shareOf(-1, 20_000), 0);
    assert.equal(shareOf(5, 0), undefined);
    assert.equal(shareOf(5, undefined), undefined);
  });

  it('names only the places of items the state shows: what the host may open for the page', () => {
    assert.equal(namesPlace(STATE, 'file:///w/portal.req.yaml', 12), true);
    assert.equal(namesPlace(STATE, 'file:///w/notes/call.md', 6), true);
    assert.equal(namesPlace(STATE, 'file:///w/notes/call.md', 0), true);
    assert.equal(namesPlace(STATE, 'file:///w/changes/CR-0002.cr.yaml', 0), true);
    assert.equal(namesPlace(STATE, 'file:///w/project.risks.yaml', 5), true);
    assert.equal(namesPlace(STATE, 'file:///w/reqdesk.yaml', 30), true, 'the header opens the project section');
    assert.equal(namesPlace(STATE, 'file:///w/reqdesk.yaml', 0), false);
    assert.equal(namesPlace(STATE, 'file:///w/portal.req.yaml', 13), false);
    assert.equal(namesPlace(STATE, 'file:///etc/passwd', 0), false);
  });
});
