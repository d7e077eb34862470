import * as assert from 'node:assert/strict';
import { newChangeRequestText } from '../../../src/core/changeRequests/newChangeRequest';
import { FIELD_EDIT_MESSAGES } from '../../../src/core/edit/fieldEditPlan';
import { applyTextEdits } from '../../../src/core/edit/textEdit';
import { phrase } from '../../../src/core/messages';
import { changeRequestFromCompare } from '../../../src/core/spreadsheet/compareChangeRequest';
import { changesToApply, compareEdits } from '../../../src/core/spreadsheet/compareEdits';
import { compareJson, compareReport, hasChanges, reportText } from '../../../src/core/spreadsheet/compareReport';
import { cellAddress, compareWorkbook, type WorkbookComparison } from '../../../src/core/spreadsheet/compareWorkbook';
import { MANIFEST_SHEET } from '../../../src/core/spreadsheet/exportManifest';
import type { WorkbookCells } from '../../../src/core/spreadsheet/workbookCells';
import { WorkspaceIndex } from '../../../src/core/workspaceIndex';
import { exportedCells, REQUIREMENTS_SHEET, withCell } from '../../fixtures/spreadsheet/exportedWorkbook';
import { yaml } from '../workspaceBuilder';

const WS = '/ws';
const PORTAL_FILE = `${WS}/requirements/portal.req.yaml`;
const SETTINGS = yaml`
  roster:
    - { id: alice, name: Alice Wang }
    - { id: bob, name: Bob Li }
    - { id: dana, name: Dana Wu, roles: [customer] }
`;
const PORTAL = yaml`
  # Portal requirements: agreed with Acme
  document:
    prefix: PORTAL
  requirements:
    - id: PORTAL-001
      title: Login goes to the home page   # agreed 2026-11-02
      priority: high
      owner: alice  # lead
      status: in-progress
      due: 2026-12-01
    - id: PORTAL-002
      title: Password reset by e-mail
      priority: medium
      owner: bob
      status: new
      links: [PORTAL-001]
      acceptance:
        - The mail arrives within a minute
        - The link works once
    - id: PORTAL-003
      title: Log out from every page
      priority: low
      owner: alice
      status: done
`;

function indexOf(portal = PORTAL): WorkspaceIndex {
  const index = new WorkspaceIndex('2026-12-07');
  index.update(`${WS}/reqdesk.yaml`, SETTINGS, { kind: 'settings' });
  index.update(PORTAL_FILE, portal);
  return index;
}

/** The workbook as exported from the index now. */
function exported(index = indexOf()): WorkbookCells {
  return exportedCells(index.requirements().map((r) => ({ data: r.data, file: r.file.slice(WS.length + 1) })));
}

function compare(cells: WorkbookCells, index = indexOf()): WorkbookComparison {
  const result = compareWorkbook(cells, index, index.settingsFor(PORTAL_FILE), 'portal.xlsx');
  assert.ok(result.ok, result.ok ? '' : result.refusal.message);
  return result.comparison;
}

const display = (file: string): string => file.slice(WS.length + 1);
const NONE: Omit<WorkbookComparison, 'sheet' | 'rows'> = { changed: [], added: [], removed: [], changedInWorkspace: [], notUnderstood: [] };

describe('comparing a returned workbook', () => {
  it('finds no changes in a workbook as exported, nor after a spreadsheet program retyped its cells', () => {
    assert.deepEqual(compare(exported()), { sheet: REQUIREMENTS_SHEET, rows: 3, ...NONE });
    // A due date saved as a serial number or as text, an ID cell as text with spaces, a title with a trailing
    // space or Windows line ends, the owner by name, the status by its Chinese label, links with other separators.
    let retyped = withCell(exported(), REQUIREMENTS_SHEET, 1, 5, 46357);
    retyped = withCell(retyped, REQUIREMENTS_SHEET, 1, 1, 'Login goes to the home page ');
    retyped = withCell(retyped, REQUIREMENTS_SHEET, 1, 3, 'Alice Wang');
    retyped = withCell(retyped, REQUIREMENTS_SHEET, 1, 4, '进行中');
    retyped = withCell(retyped, REQUIREMENTS_SHEET, 2, 0, ' PORTAL-002 ');
    retyped = withCell(retyped, REQUIREMENTS_SHEET, 2, 6, 'PORTAL-001；');
    retyped = withCell(retyped, REQUIREMENTS_SHEET, 2, 7, '1. The mail arrives within a minute\r\n2. The link works once\r\n');
    const comparison = compare(retyped);
    assert.deepEqual(comparison, { sheet: REQUIREMENTS_SHEET, rows: 3, ...NONE });
    assert.equal(hasChanges(comparison), false);
    assert.equal(reportText(compareReport(comparison, 'portal.xlsx', display)), [
      'Compared portal.xlsx (sheet "Requirements", 3 rows) with the requirements.',
      'No changes: the workbook matches the requirements.',
      '0 requirement(s) changed (0 in conflict), 0 row(s) new, 0 removed, 0 value(s) not understood.',
      '',
    ].join('\n'));
  });

  it('reports changed fields old → new with their cells, rows added and rows removed', () => {
    let cells = withCell(exported(), REQUIREMENTS_SHEET, 1, 2, '紧急');
    cells = withCell(cells, REQUIREMENTS_SHEET, 1, 5, { date: '2027-01-15' });
    cells = withCell(cells, REQUIREMENTS_SHEET, 2, 7, 'The mail arrives within a minute\nThe link works once\nThe link expires after a day');
    cells = withCell(cells, REQUIREMENTS_SHEET, 2, 3, null);
    // Row 4 (PORTAL-003) deleted by the customer; two new rows, one without an ID, one with an ID we do not have.
    const sheet = cells.sheets[0];
    cells = { sheets: [{ ...sheet, rows: [...sheet.rows.slice(0, 3), ['', 'Remember me', 'low'], ['PORTAL-009', 'Two-factor login']] }, cells.sheets[1]] };
    const comparison = compare(cells);
    assert.deepEqual(comparison, {
      sheet: REQUIREMENTS_SHEET,
      rows: 4,
      changed: [
        { id: 'PORTAL-001', file: PORTAL_FILE, row: 2, conflict: false, changes: [
          { field: 'priority', old: 'high', new: 'critical', cell: 'C2' },
          { field: 'due', old: '2026-12-01', new: '2027-01-15', cell: 'F2' },
        ] },
        { id: 'PORTAL-002', file: PORTAL_FILE, row: 3, conflict: false, changes: [
          { field: 'owner', old: 'bob', new: undefined, cell: 'D3' },
          { field: 'acceptance', old: ['The mail arrives within a minute', 'The link works once'], new: ['The mail arrives within a minute', 'The link works once', 'The link expires after a day'], cell: 'H3' },
        ] },
      ],
      added: [
        { row: 4, id: undefined, reason: 'no-id', values: { title: 'Remember me', priority: 'low' } },
        { row: 5, id: 'PORTAL-009', reason: 'unknown-id', values: { id: 'PORTAL-009', title: 'Two-factor login' } },
      ],
      removed: [{ id: 'PORTAL-003', file: 'requirements/portal.req.yaml', fingerprint: exported().sheets[1].rows[5][2] }],
      changedInWorkspace: [],
      notUnderstood: [],
    });
    assert.equal(reportText(compareReport(comparison, 'portal.xlsx', display)), [
      'Compared portal.xlsx (sheet "Requirements", 4 rows) with the requirements.',
      'PORTAL-001 (requirements/portal.req.yaml, row 2):',
      '  priority: high → critical (C2)',
      '  due: 2026-12-01 → 2027-01-15 (F2)',
      'PORTAL-002 (requirements/portal.req.yaml, row 3):',
      '  owner: bob → (empty) (D3)',
      '  acceptance: The mail arrives within a minute, The link works once → The mail arrives within a minute, The link works once, The link expires after a day (H3)',
      'Row 4 is new, without an ID: title: Remember me; priority: low',
      'Row 5 is new: PORTAL-009 is no requirement of the workspace: title: Two-factor login',
      'PORTAL-003 (requirements/portal.req.yaml) was exported but its row is gone from the workbook.',
      '2 requirement(s) changed (0 in conflict), 2 row(s) new, 1 removed, 0 value(s) not understood.',
      '',
    ].join('\n'));
    assert.deepEqual((compareJson(comparison, display) as { changed: { file: string; changes: unknown[] }[] }).changed[1].changes[0], { field: 'owner', old: 'bob', new: null, cell: 'D3' });
  });

  it('marks a conflict when the YAML changed since the export and the sheet changed the row too; a row left as exported is no change', () => {
    let cells = withCell(exported(), REQUIREMENTS_SHEET, 1, 1, 'Login lands on the dashboard');
    cells = withCell(cells, REQUIREMENTS_SHEET, 2, 2, 'low');
    const since = PORTAL.replace('priority: high', 'priority: critical').replace('priority: medium', 'priority: high').replace('status: done', 'status: accepted');
    const comparison = compare(cells, indexOf(since));
    assert.deepEqual(comparison.changed, [
      // The export's values are found again from its fingerprint: the workspace changed the priority, the sheet the title.
      { id: 'PORTAL-001', file: PORTAL_FILE, row: 2, conflict: true, changedSince: ['priority'], changes: [
        { field: 'title', old: 'Login goes to the home page', new: 'Login lands on the dashboard', cell: 'B2' },
      ] },
      // Both changed the priority: no mix of the two sides is the export.
      { id: 'PORTAL-002', file: PORTAL_FILE, row: 3, conflict: true, changes: [{ field: 'priority', old: 'high', new: 'low', cell: 'C3' }] },
    ]);
    assert.deepEqual(comparison.changedInWorkspace, ['PORTAL-003']);
    assert.equal(reportText(compareReport(comparison, 'portal.xlsx', display)).split('\n').slice(1, 6).join('\n'), [
      'PORTAL-001 (requirements/portal.req.yaml, row 2), conflict: its priority changed in the workspace since the export; the workbook changes:',
      '  title: Login goes to the home page → Login lands on the dashboard (B2)',
      'PORTAL-002 (requirements/portal.req.yaml, row 3), conflict: it changed in the workspace since the export as well:',
      '  priority: high → low (C3)',
      'Changed in the workspace since the export, as exported in the workbook (nothing to do): PORTAL-003',
    ].join('\n'));
  });

  it('reports values it does not understand with their cell, and leaves them out of the changes', () => {
    let cells = withCell(exported(), REQUIREMENTS_SHEET, 2, 4, 'Done-ish');
    cells = withCell(cells, REQUIREMENTS_SHEET, 3, 5, 'next sprint');
    const comparison = compare(cells);
    assert.deepEqual(comparison.notUnderstood, [
      { cell: 'E3', id: 'PORTAL-002', field: 'status', text: 'Done-ish' },
      { cell: 'F4', id: 'PORTAL-003', field: 'due', text: 'next sprint' },
    ]);
    assert.deepEqual(comparison.changed, []);
    assert.match(reportText(compareReport(comparison, 'portal.xlsx', display)), /Cell E3 \(status of PORTAL-002\) holds "Done-ish", which is no value of its field: left out\./);
  });

  it('refuses a workbook ReqDesk did not export, or one whose sheet or columns are gone', () => {
    const refusal = (cells: WorkbookCells): string => {
      const index = indexOf();
      const result = compareWorkbook(cells, index, index.settingsFor(PORTAL_FILE), 'portal.xlsx');
      assert.ok(!result.ok);
      return result.refusal.message;
    };
    const cells = exported();
    assert.equal(refusal({ sheets: [cells.sheets[0]] }), 'portal.xlsx is not a workbook exported by ReqDesk: it has no ReqDesk sheet saying which column holds which field.');
    assert.equal(refusal({ sheets: [{ ...cells.sheets[0], name: 'Sheet1' }, cells.sheets[1]] }), 'portal.xlsx has no sheet "Requirements", the sheet ReqDesk exported the requirements to: was it renamed or deleted?');
    const narrowed = { sheets: [{ ...cells.sheets[0], rows: cells.sheets[0].rows.map((row) => row.slice(0, 7)) }, cells.sheets[1]] };
    assert.equal(refusal(narrowed), 'Sheet "Requirements" of portal.xlsx has 7 columns where ReqDesk exported 9, and not every exported header is there to find them by: compare a copy whose columns keep their headers.');
    assert.equal(cells.sheets[1].name, MANIFEST_SHEET);
    const withoutIds = exportedCells([], ['title', 'priority']);
    assert.equal(refusal(withoutIds), 'portal.xlsx was exported without an ID column, so its rows cannot be matched to requirements.');
  });

  it('finds the columns by their exported headers when the customer inserted or moved one', () => {
    const [sheet, manifest] = exported().sheets;
    // A "Comments" column inserted before the title, the owner column moved to the end; then the title edited.
    const reordered = sheet.rows.map((row, i) => [row[0], i === 0 ? 'Comments' : `note ${i}`, ...row.slice(1, 3), ...row.slice(4), row[3]]);
    reordered[2] = [...reordered[2]];
    reordered[2][2] = 'Password reset by SMS';
    const comparison = compare({ sheets: [{ ...sheet, rows: reordered }, manifest] });
    assert.deepEqual(comparison.changed.map((c) => [c.id, c.changes.map((change) => [change.field, change.old, change.new, change.cell])]), [
      ['PORTAL-002', [['title', 'Password reset by e-mail', 'Password reset by SMS', 'C3']]],
    ]);
    assert.deepEqual([comparison.added, comparison.removed, comparison.notUnderstood], [[], [], []]);
  });

  it('takes a repeated ID as a new row, and reports what a row without an ID holds that it cannot read', () => {
    const sheet = exported().sheets[0];
    const cells = { sheets: [{ ...sheet, rows: [...sheet.rows, [...sheet.rows[1]], [null, 'Remember me', 'urgent-ish']] }, exported().sheets[1]] };
    const comparison = compare(cells);
    assert.deepEqual(comparison.added.map((row) => [row.row, row.id, row.reason]), [[5, 'PORTAL-001', 'duplicate-id'], [6, undefined, 'no-id']]);
    assert.deepEqual(reportText(compareReport(comparison, 'portal.xlsx', display)).split('\n').slice(1, -2), [
      'Row 5 repeats PORTAL-001 of a row above, so it is not compared: title: Login goes to the home page; priority: high; owner: alice; status: in-progress; due: 2026-12-01',
      'Row 6 is new, without an ID: title: Remember me',
      'Cell C6 (priority of row 6) holds "urgent-ish", which is no value of its field: left out.',
    ]);
  });

  it('names cells as spreadsheets do', () => {
    assert.deepEqual([[0, 0], [9, 25], [0, 26], [1, 51], [2, 701], [3, 702]].map(([row, column]) => cellAddress(row, column)), ['A1', 'Z10', 'AA1', 'AZ2', 'ZZ3', 'AAA4']);
  });
});

describe('applying a compare', () => {
  const scope = { where: phrase(FIELD_EDIT_MESSAGES.theWorkspace), display };

  it('plans one format-preserving edit per changed field, comments kept; conflicts only when included', () => {
    let cells = withCell(exported(), REQUIREMENTS_SHEET, 1, 3, 'Bob Li');
    cells = withCell(cells, REQUIREMENTS_SHEET, 1, 2, 'low');
    cells = withCell(cells, REQUIREMENTS_SHEET, 3, 1, 'Log out from any page');
    const current = PORTAL.replace('status: done', 'status: accepted');
    const index = indexOf(current);
    const comparison = compare(cells, index);
    assert.deepEqual(comparison.changed.map((c) => [c.id, c.conflict]), [['PORTAL-001', false], ['PORTAL-003', true]]);
    const texts = new Map([[PORTAL_FILE, { text: current }]]);

    const plain = compareEdits(changesToApply(comparison, new Set()), index, texts, scope);
    assert.deepEqual([plain.applied, plain.refused, plain.files.length], [['PORTAL-001'], [], 1]);
    const edited = applyTextEdits(current, plain.files[0].edits);
    assert.equal(edited, current.replace('priority: high', 'priority: low').replace('owner: alice  # lead', 'owner: bob  # lead'));

    const all = compareEdits(changesToApply(comparison, new Set(['PORTAL-003'])), index, texts, scope);
    assert.equal(applyTextEdits(current, all.files[0].edits), edited.replace('Log out from every page', 'Log out from any page'));
  });

  it('reports a change the field cannot take and applies the rest', () => {
    let cells = withCell(exported(), REQUIREMENTS_SHEET, 2, 2, null);
    cells = withCell(cells, REQUIREMENTS_SHEET, 2, 1, 'Password reset by text message');
    const index = indexOf();
    const result = compareEdits(compare(cells, index).changed, index, new Map([[PORTAL_FILE, { text: PORTAL }]]), scope);
    assert.deepEqual(result.refused.map((r) => [r.id, r.field, r.refusal.message]), [['PORTAL-002', 'priority', 'priority must not be empty.']]);
    assert.equal(applyTextEdits(PORTAL, result.files[0].edits), PORTAL.replace('Password reset by e-mail', 'Password reset by text message'));
  });
});

describe('a change request from a compare', () => {
  it('proposes exactly the changed fields of the changed requirements, by email from the customer, naming the workbook', () => {
    let cells = withCell(exported(), REQUIREMENTS_SHEET, 1, 2, 'critical');
    cells = withCell(cells, REQUIREMENTS_SHEET, 2, 6, 'PORTAL-001, PORTAL-003');
    cells = withCell(cells, REQUIREMENTS_SHEET, 2, 3, null);
    const sheet = cells.sheets[0];
    cells = { sheets: [{ ...sheet, rows: [...sheet.rows, ['', 'Remember me']] }, cells.sheets[1]] };
    const index = indexOf();
    const comparison = compare(cells, index);
    const input = changeRequestFromCompare(comparison.changed, { id: 'CR-0002', workbook: 'portal-acme.xlsx', requestedBy: 'dana', added: comparison.added });
    const result = newChangeRequestText(input, { by: 'alice', now: '2026-12-07T10:00:00Z', today: '2026-12-07', settings: index.settingsFor(PORTAL_FILE) });
    assert.deepEqual(result, { ok: true, text: yaml`
      id: CR-0002
      title: Changes returned in portal-acme.xlsx
      status: submitted
      requested_by: dana
      requested_on: 2026-12-07
      channel: email
      affects: [PORTAL-001, PORTAL-002]
      description: >-
        The customer returned the workbook portal-acme.xlsx with changes to 2
        requirement(s); the proposed values are the cells as returned. The workbook
        also empties: PORTAL-002 owner. Rows 5 of the workbook hold no exported
        requirement (new ones asked for?); this request does not carry them.
      proposed:
        PORTAL-001:
          priority: critical
        PORTAL-002:
          links: [PORTAL-001, PORTAL-003]
      history:
        - { on: 2026-12-07T10:00:00Z, by: alice, action: submitted }
    ` });
  });
});
