import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook, WorkbookReadError } from '../../../src/workbook/workbookCodec';
import { csvSavedAsWorkbook, editedInLibreOffice, scratchFolder, sheetsAsRows } from '../../fixtures/spreadsheet/libreOffice';

describe('reading a workbook LibreOffice saved', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = scratchFolder();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads text, numbers and dates as the sheet shows them, and an edit made in LibreOffice', async () => {
    const csv = join(dir, 'table.csv');
    writeFileSync(csv, '需求清单,,\n,,\n编号,标题,截止日期\nREQ-01,登录,2026-12-01\n"007","多行\n文本",3\n');
    const workbook = await csvSavedAsWorkbook(csv, join(dir, 'saved'));
    const read = await readWorkbook(readFileSync(workbook));
    assert.deepEqual(read.sheets.map((s) => [s.name, s.hidden, s.rows]), [[
      'table', false,
      [['需求清单'], [], ['编号', '标题', '截止日期'], ['REQ-01', '登录', { date: '2026-12-01' }], [7, '多行\n文本', 3]],
    ]]);

    const edited = join(dir, 'edited.xlsx');
    await editedInLibreOffice(workbook, edited, [{ sheet: 'table', row: 4, col: 0, text: '007' }, { sheet: 'table', row: 3, col: 1, text: '=1+1' }]);
    const rows = (await readWorkbook(readFileSync(edited))).sheets[0].rows;
    assert.deepEqual(rows.slice(3), [['REQ-01', '=1+1', { date: '2026-12-01' }], ['007', '多行\n文本', 3]]);
    assert.deepEqual((await sheetsAsRows(edited)).get('table')?.slice(3), [['REQ-01', '=1+1', '2026-12-01'], ['007', '多行\n文本', '3']]);
  });

  it('refuses what is not a workbook with a reason, never a crash', async () => {
    await assert.rejects(readWorkbook(new TextEncoder().encode('id,title\n')), (error: unknown) => error instanceof WorkbookReadError && /not an Excel workbook/.test(error.message));
  });
});
