import * as assert from 'node:assert/strict';
import { parseFile } from '../../src/core/parsedFile';
import { exportedCells, REQUIREMENTS_SHEET, withCell, xlsxBytes } from '../fixtures/spreadsheet/exportedWorkbook';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

const PORTAL = yamlLines(
  'document: { prefix: PORTAL }',
  'requirements:',
  '  - id: PORTAL-001',
  '    title: Login goes to the home page  # agreed',
  '    priority: high',
  '    owner: alice',
  '    status: new',
  '  - id: PORTAL-002',
  '    title: Password reset',
  '    priority: low',
  '    owner: alice',
  '    status: done',
);

function exported(): ReturnType<typeof exportedCells> {
  const requirements = parseFile('portal.req.yaml', PORTAL, 'requirements', { maxBytes: 1e6 }).requirements;
  return exportedCells(requirements.map((r) => ({ data: r.data, file: 'requirements/portal.req.yaml' })));
}

describe('reqdesk compare', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace({ 'reqdesk.yaml': 'roster:\n  - { id: alice, name: Alice Wang }\n', 'requirements/portal.req.yaml': PORTAL });
  });
  afterEach(() => ws.dispose());

  it('says "no changes" and exits 0 for a workbook as exported', async () => {
    ws.write('portal.xlsx', Buffer.from(await xlsxBytes(exported())));
    assert.deepEqual(await runCli(['compare', 'portal.xlsx'], ws.root), {
      code: 0,
      stderr: '',
      stdout: [
        'Compared portal.xlsx (sheet "Requirements", 2 rows) with the requirements.',
        'No changes: the workbook matches the requirements.',
        '0 requirement(s) changed (0 in conflict), 0 row(s) new, 0 removed, 0 value(s) not understood.',
        '',
      ].join('\n'),
    });
  });

  it('prints each change with its cell and exits 1, in text or JSON; the files are left alone', async () => {
    ws.write('back/portal.xlsx', Buffer.from(await xlsxBytes(withCell(exported(), REQUIREMENTS_SHEET, 2, 4, '进行中'))));
    const text = await runCli(['compare', 'back/portal.xlsx'], ws.root);
    assert.deepEqual(text, {
      code: 1,
      stderr: '',
      stdout: [
        'Compared back/portal.xlsx (sheet "Requirements", 2 rows) with the requirements.',
        'PORTAL-002 (requirements/portal.req.yaml, row 3):',
        '  status: done → in-progress (E3)',
        '1 requirement(s) changed (0 in conflict), 0 row(s) new, 0 removed, 0 value(s) not understood.',
        '',
      ].join('\n'),
    });
    const json = await runCli(['compare', 'back/portal.xlsx', '--format', 'json'], ws.root);
    assert.equal(json.code, 1);
    assert.deepEqual(JSON.parse(json.stdout), {
      sheet: 'Requirements',
      rows: 2,
      changed: [{ id: 'PORTAL-002', file: 'requirements/portal.req.yaml', row: 3, conflict: false, changes: [{ field: 'status', old: 'done', new: 'in-progress', cell: 'E3' }] }],
      added: [],
      removed: [],
      changedInWorkspace: [],
      notUnderstood: [],
    });
    assert.equal(ws.text('requirements/portal.req.yaml'), PORTAL);
  });

  it('refuses what is no workbook ReqDesk exported, and asks for the workbook', async () => {
    ws.write('other.xlsx', Buffer.from(await xlsxBytes({ sheets: [exported().sheets[0]] })));
    ws.write('notes.xlsx', 'id,title\n');
    assert.deepEqual(await runCli(['compare', 'other.xlsx'], ws.root), {
      code: 2,
      stdout: '',
      stderr: 'reqdesk: other.xlsx is not a workbook exported by ReqDesk: it has no ReqDesk sheet saying which column holds which field.\n',
    });
    const notWorkbook = await runCli(['compare', 'notes.xlsx'], ws.root);
    assert.equal(notWorkbook.code, 2);
    assert.match(notWorkbook.stderr, /^reqdesk: notes\.xlsx: not an Excel workbook/);
    assert.deepEqual((await runCli(['compare', 'gone.xlsx'], ws.root)).stderr, 'reqdesk: gone.xlsx: no such file or folder\n');
    const usage = await runCli(['compare'], ws.root);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^reqdesk: compare needs the workbook, e\.g\. reqdesk compare returned\.xlsx\n/);
  });
});
