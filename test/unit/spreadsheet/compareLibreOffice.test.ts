import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWorkbook, type WorkbookComparison } from '../../../src/core/spreadsheet/compareWorkbook';
import { WorkspaceIndex } from '../../../src/core/workspaceIndex';
import { readWorkbook } from '../../../src/workbook/workbookCodec';
import { exportedCells, REQUIREMENTS_SHEET, xlsxBytes } from '../../fixtures/spreadsheet/exportedWorkbook';
import { editedInLibreOffice, resaved, scratchFolder } from '../../fixtures/spreadsheet/libreOffice';
import { yaml } from '../workspaceBuilder';

const FILE = '/ws/portal.req.yaml';
const PORTAL = yaml`
  document:
    prefix: PORTAL
  requirements:
    - id: PORTAL-001
      title: 登录后进入首页
      priority: high
      owner: alice
      status: in-progress
      due: 2026-12-01
      links: [PORTAL-002, PORTAL-003]
      acceptance:
        - 首页显示"欢迎，<姓名>"
        - 30 秒内完成
    - id: '007'
      title: Password reset by e-mail
      priority: medium
      owner: bob
      status: new
      due: 2027-01-15
`;

describe('comparing a workbook LibreOffice saved', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = scratchFolder();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no changes after a save without edits, and exactly the one cell typed in LibreOffice', async () => {
    const index = new WorkspaceIndex('2026-12-07');
    index.update('/ws/reqdesk.yaml', 'roster:\n  - { id: alice, name: Alice Wang }\n  - { id: bob, name: Bob Li }\n', { kind: 'settings' });
    index.update(FILE, PORTAL);
    const exported = join(dir, 'portal.xlsx');
    writeFileSync(exported, await xlsxBytes(exportedCells(index.requirements().map((r) => ({ data: r.data, file: 'portal.req.yaml' })))));
    const compare = async (path: string): Promise<WorkbookComparison> => {
      const result = compareWorkbook(await readWorkbook(readFileSync(path)), index, index.settingsFor(FILE), 'portal.xlsx');
      assert.ok(result.ok);
      return result.comparison;
    };
    const none = { sheet: REQUIREMENTS_SHEET, rows: 2, changed: [], added: [], removed: [], changedInWorkspace: [], notUnderstood: [] };

    assert.deepEqual(await compare(await resaved(exported, join(dir, 'resaved'))), none);

    const edited = join(dir, 'edited.xlsx');
    await editedInLibreOffice(exported, edited, [{ sheet: REQUIREMENTS_SHEET, row: 2, col: 2, text: '高' }]);
    assert.deepEqual(await compare(edited), {
      ...none,
      changed: [{ id: '007', file: FILE, row: 3, conflict: false, changes: [{ field: 'priority', old: 'medium', new: 'high', cell: 'C3' }] }],
    });
  });
});
