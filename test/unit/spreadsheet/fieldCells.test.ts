import * as assert from 'node:assert/strict';
import { cellField, fieldCell, type CellContext } from '../../../src/core/spreadsheet/fieldCells';
import type { RequirementField } from '../../../src/core/model';
import { exportedFingerprint, MANIFEST_SHEET, manifestRows, readManifest } from '../../../src/core/spreadsheet/exportManifest';
import { excelSerialDate, textDate } from '../../../src/core/spreadsheet/sheetDates';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const CONTEXT: CellContext = {
  ...DEFAULT_SETTINGS,
  roster: [{ id: 'li.na', name: '李娜', email: 'li.na@example.com', roles: ['owner'] }],
  vocabularyLabels: { ja: { high: '高い' } },
};

describe('spreadsheet dates', () => {
  it('reads Excel serials across the 1900 leap-year bug, and refuses its 29 February', () => {
    assert.deepEqual([1, 59, 60, 61, 46357, 46357.75, 0, -3, 3e6].map(excelSerialDate),
      ['1900-01-01', '1900-02-28', undefined, '1900-03-01', '2026-12-01', '2026-12-01', undefined, undefined, undefined]);
  });

  it('reads year-first text dates in ISO, slash, dot and Chinese forms, never a day-first or month-first guess', () => {
    assert.deepEqual(['2026-12-01', '2026/12/1', '2026.12.1', '2026年12月1日', '2026 年 12 月 1 号', '2026-12-01 10:30', '2026-02-30', '1/12/2026', 'soon'].map(textDate),
      ['2026-12-01', '2026-12-01', '2026-12-01', '2026-12-01', '2026-12-01', '2026-12-01', undefined, undefined, undefined]);
  });
});

describe('a field in a cell', () => {
  it('keeps IDs as text, dates as date cells, lists one per line or comma-separated', () => {
    assert.deepEqual([
      fieldCell('id', '007'), fieldCell('due', '2026-12-01'), fieldCell('due', 'Q3'),
      fieldCell('acceptance', ['Opens', 'Closes']), fieldCell('links', ['A-1', 'B-2']), fieldCell('tags', []), fieldCell('title', undefined),
    ], ['007', { date: '2026-12-01' }, 'Q3', 'Opens\nCloses', 'A-1, B-2', null, null]);
  });

  it('reads every written cell back to the same value', () => {
    const data: Partial<Record<RequirementField, string | string[]>> = { id: '007', due: '2026-12-01', acceptance: ['Opens, then closes', 'Logs'], links: ['A-1', 'B-2'], tags: ['user experience', 'auth'], status: 'in-progress', priority: 'high', owner: 'li.na' };
    for (const [field, value] of Object.entries(data)) {
      const key = field as RequirementField;
      assert.deepEqual(cellField(key, fieldCell(key, value), CONTEXT), { value }, field);
    }
  });

  it('maps statuses and priorities by value, label in any language, or words written out; reports the rest', () => {
    const read = (field: 'status' | 'priority', text: string): unknown => cellField(field, text, CONTEXT);
    assert.deepEqual([read('status', '进行中'), read('status', 'In Progress'), read('status', ' DONE '), read('priority', '紧急'), read('priority', '高い'), read('priority', '中')],
      ['in-progress', 'in-progress', 'done', 'critical', 'high', 'medium'].map((value) => ({ value })));
    assert.deepEqual(read('status', '待定'), { value: '待定', notUnderstood: '待定' });
  });

  it('maps an owner by roster id, name or e-mail, and keeps an outsider as written', () => {
    assert.deepEqual(['李娜', 'LI.NA', 'li.na@example.com', 'Bob'].map((text) => cellField('owner', text, CONTEXT).value), ['li.na', 'li.na', 'li.na', 'Bob']);
  });

  it('reads numbers, dates and text in a due column (a serial as CSV text too), reporting what is no date', () => {
    assert.deepEqual([46357, '46357', { date: '2026-12-01T09:00:00' }, '2026年12月1日', 'next week', '1234'].map((cell) => cellField('due', cell, CONTEXT)), [
      { value: '2026-12-01' }, { value: '2026-12-01' }, { value: '2026-12-01' }, { value: '2026-12-01' }, { value: 'next week', notUnderstood: 'next week' },
      { value: '1234', notUnderstood: '1234' },
    ]);
  });

  it('splits links on every usual separator, tags not on spaces, criteria on lines without their numbering', () => {
    assert.deepEqual(cellField('links', 'A-1，A-2；A-3、A-4; A-5 A-6\nA-7', CONTEXT).value, ['A-1', 'A-2', 'A-3', 'A-4', 'A-5', 'A-6', 'A-7']);
    assert.deepEqual(cellField('tags', 'user experience, auth', CONTEXT).value, ['user experience', 'auth']);
    assert.deepEqual(cellField('acceptance', '1. Opens\r\n2) Closes\n(3) Logs\n4、记录\n- Bullet\n\n• Dot', CONTEXT).value, ['Opens', 'Closes', 'Logs', '记录', 'Bullet', 'Dot']);
  });

  it('reads text columns as the sheet shows them: digits for numbers, no stray spaces, an empty cell as none', () => {
    assert.deepEqual([cellField('id', 7, CONTEXT), cellField('title', '  Login \r\n now ', CONTEXT), cellField('title', '   ', CONTEXT), cellField('source', 0.1 + 0.2, CONTEXT)],
      [{ value: '7' }, { value: 'Login \n now' }, { value: undefined }, { value: '0.3' }]);
  });
});

describe('the export manifest', () => {
  it('reads back what it wrote, with a column that is no field', () => {
    const manifest = { sheet: '需求', columns: ['id', null, 'title'] as const, headers: ['编号', '文件', '标题'], entries: [{ id: '007', file: 'a/b.req.yaml', fingerprint: exportedFingerprint({ id: '007', title: 'T' }, ['id', null, 'title']) }] };
    assert.deepEqual(readManifest({ name: MANIFEST_SHEET, rows: manifestRows(manifest), merges: [], hidden: true }), manifest);
    assert.equal(manifest.entries[0].fingerprint, exportedFingerprint({ id: '007', title: 'T', owner: 'x' }, ['id', 'title']));
  });

  it('is no manifest when the sheet is another one, a newer version, or names an unknown field', () => {
    for (const rows of [[['hello']], [['reqdesk-export', '2', 'R'], ['columns', 'id'], ['headers', 'ID']], [['reqdesk-export', '1', 'R'], ['columns', 'id', 'colour'], ['headers', 'ID', 'Colour']]]) {
      assert.equal(readManifest({ name: MANIFEST_SHEET, rows, merges: [], hidden: true }), undefined);
    }
  });
});
