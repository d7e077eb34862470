import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUIREMENT_FIELDS } from '../../../src/core/model';
import { parseFile } from '../../../src/core/parsedFile';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { doubleMappedField, findHeaderRow, proposeMapping, type ColumnMapping, type SheetHeader } from '../../../src/core/spreadsheet/columnMapping';
import { csvSheet } from '../../../src/core/spreadsheet/csvSheet';
import { HEADER_SYNONYMS, headerField, headerKey } from '../../../src/core/spreadsheet/headerSynonyms';
import { importedFileText } from '../../../src/core/spreadsheet/importedFileText';
import { importPlan, type ImportContext, type ImportPlan } from '../../../src/core/spreadsheet/importPlan';
import { importPrefix } from '../../../src/core/spreadsheet/importPrefix';
import { importSummaryLines } from '../../../src/core/spreadsheet/importSummaryLines';
import type { CellValue, MergedRange, SheetCells } from '../../../src/core/spreadsheet/workbookCells';

const FIXTURES = join(__dirname, '../../../../test/fixtures/spreadsheet');

function sheet(rows: CellValue[][], merges: MergedRange[] = []): SheetCells {
  return { name: 'Requirements', rows, merges, hidden: false };
}

const CONTEXT: ImportContext = { settings: DEFAULT_SETTINGS, prefix: 'REQ', title: 'table' };

function planOf(cells: SheetCells, context: ImportContext = CONTEXT): { plan: ImportPlan; header: SheetHeader; mapping: ColumnMapping[] } {
  const header = findHeaderRow(cells);
  assert.ok(header, 'a header row is found');
  const mapping = proposeMapping(cells, header);
  return { plan: importPlan(cells, header, mapping, context), header, mapping };
}

describe('spreadsheet import', () => {
  describe('header synonyms', () => {
    it('maps every name in the table to its field, whatever its case, spaces, punctuation or width', () => {
      for (const [field, names] of Object.entries(HEADER_SYNONYMS)) {
        for (const name of names) {
          assert.equal(headerField(name), field, name);
          assert.equal(headerField(` ${name.toUpperCase()}：`), field, `${name} upper case with a full-width colon`);
          assert.equal(headerField(name.normalize('NFKC').replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))), field, `${name} in full-width letters`);
        }
      }
      assert.equal(headerField('Due-Date'), 'due');
      assert.equal(headerField('需求 编号'), 'id');
      assert.equal(headerField('备注'), undefined);
    });

    it('names no header for two fields, and has names for every field', () => {
      const keys = Object.values(HEADER_SYNONYMS).flat().map(headerKey);
      assert.deepEqual(keys.filter((key, i) => keys.indexOf(key) !== i), []);
      assert.deepEqual(Object.keys(HEADER_SYNONYMS).sort(), [...REQUIREMENT_FIELDS].sort());
    });
  });

  describe('the header row', () => {
    it('is found below title rows, blank rows and a merged title; a merged header cell names each column it spans', () => {
      const cells = sheet(
        [['客户门户需求清单'], [], ['版本 1.0', null, '2026-12-01'], ['编号', '需求名称', '验收标准', null, '备注'], ['REQ-001', '登录', '收到验证码', '可重发', 'x']],
        [{ top: 0, left: 0, bottom: 0, right: 4 }, { top: 3, left: 2, bottom: 3, right: 3 }],
      );
      const header = findHeaderRow(cells);
      assert.deepEqual(header, { row: 3, headers: ['编号', '需求名称', '验收标准', '验收标准', '备注'] });
      assert.deepEqual(proposeMapping(cells, header).map((m) => [m.column, m.header, m.target]), [
        [0, '编号', { kind: 'field', field: 'id' }],
        [1, '需求名称', { kind: 'field', field: 'title' }],
        [2, '验收标准', { kind: 'field', field: 'acceptance' }],
        [3, '验收标准', { kind: 'field', field: 'acceptance' }],
        [4, '备注', { kind: 'extra' }],
      ]);
      assert.deepEqual(importPlan(cells, header, proposeMapping(cells, header), CONTEXT).requirements[0].data.acceptance, ['收到验证码', '可重发']);
    });

    it('needs two field names in a row; headers named by the user count as well', () => {
      assert.equal(findHeaderRow(sheet([['Title'], ['a']])), undefined);
      assert.deepEqual(findHeaderRow(sheet([['Title', 'Ref'], ['a', 'b']]), ['ref']), { row: 0, headers: ['Title', 'Ref'] });
    });

    it('maps a second column of a field that is no list to extra, and refuses a mapping that doubles one', () => {
      const cells = sheet([['Title', 'Name', 'Tags', 'Labels', ''], ['a', 'b', 'x', 'y', 'loose']]);
      const header = findHeaderRow(cells);
      assert.ok(header);
      const mapping = proposeMapping(cells, header);
      assert.deepEqual(mapping.map((m) => m.target.kind === 'field' ? m.target.field : m.target.kind), ['title', 'extra', 'tags', 'tags', 'extra']);
      const { requirements, summary } = importPlan(cells, header, mapping, CONTEXT);
      assert.deepEqual(requirements[0].extra, { 'Name': 'b', 'column E': 'loose' });
      assert.deepEqual(requirements[0].data.tags, ['x', 'y']);
      assert.equal(summary.cellsPlaced, summary.cellsRead);
      assert.equal(doubleMappedField(mapping), undefined);
      assert.equal(doubleMappedField([...mapping, { column: 5, header: 'x', target: { kind: 'field', field: 'title' } }]), 'title');
    });
  });

  describe('values', () => {
    const rows: CellValue[][] = [
      ['ID', 'Title', 'Priority', 'Status', 'Due', 'Links', 'Owner'],
      ['007', 'Chinese words', '高', '新建', 45992, 'REQ-002、REQ-003', 'alice'],
      ['REQ-01', 'Chinese words', '中', '进行中', '2026年12月1日', 'REQ-001; REQ-002\nREQ-004', 'Alice Smith'],
      [7, 'Chinese words', '低', '已完成', '2026/12/1', 'REQ-001 REQ-002', 'bob'],
      [null, 'Chinese words', '紧急', '已验收', { date: '2026-12-01' }, null, null],
      [null, 'English words', 'Critical', 'In progress', '2026-12-01', null, null],
      [null, 'English words', 'HIGH', 'rejected', null, null, null],
      [null, 'English words', 'low', 'Deferred', null, null, null],
      [null, 'Chinese words', 'medium', '已拒绝', null, null, null],
      [null, 'Chinese words', null, '延期', null, null, null],
      [null, 'Unknown', '很高', 'Done-ish', '1/12/2026', null, null],
    ];
    const context: ImportContext = { ...CONTEXT, settings: { ...DEFAULT_SETTINGS, roster: [{ id: 'alice', name: 'Alice Smith', roles: [] }] } };

    it('maps vocabularies in Chinese and English, dates as serials and text, and splits links', () => {
      const { plan } = planOf(sheet(rows), context);
      assert.deepEqual(plan.requirements.map((r) => [r.data.priority, r.data.status]), [
        ['high', 'new'], ['medium', 'in-progress'], ['low', 'done'], ['critical', 'accepted'],
        ['critical', 'in-progress'], ['high', 'rejected'], ['low', 'deferred'], ['medium', 'rejected'], [undefined, 'deferred'], ['很高', 'Done-ish'],
      ]);
      assert.deepEqual(plan.requirements.map((r) => r.data.due), ['2025-12-01', '2026-12-01', '2026-12-01', '2026-12-01', '2026-12-01', undefined, undefined, undefined, undefined, '1/12/2026']);
      assert.deepEqual(plan.requirements.slice(0, 3).map((r) => r.data.links), [['REQ-002', 'REQ-003'], ['REQ-001', 'REQ-002', 'REQ-004'], ['REQ-001', 'REQ-002']]);
      assert.deepEqual(plan.requirements.slice(0, 3).map((r) => r.data.owner), ['alice', 'alice', 'bob']);
      assert.deepEqual(plan.summary.notUnderstood, [
        { cell: 'C11', field: 'priority', text: '很高' },
        { cell: 'D11', field: 'status', text: 'Done-ish' },
        { cell: 'E11', field: 'due', text: '1/12/2026' },
      ]);
    });

    it('keeps IDs as the sheet writes them and numbers new ones after the highest with the prefix', () => {
      const { plan } = planOf(sheet(rows), context);
      assert.deepEqual(plan.requirements.map((r) => r.data.id), ['007', 'REQ-01', '7', 'REQ-002', 'REQ-003', 'REQ-004', 'REQ-005', 'REQ-006', 'REQ-007', 'REQ-008']);
      assert.deepEqual(plan.summary.generatedIds.map((g) => `${g.row}:${g.id}`), ['5:REQ-002', '6:REQ-003', '7:REQ-004', '8:REQ-005', '9:REQ-006', '10:REQ-007', '11:REQ-008']);
      assert.deepEqual(plan.summary.unusualIds, [{ cell: 'A2', id: '007' }, { cell: 'A4', id: '7' }]);
      const wide = planOf(sheet([['ID', 'Title'], ['PORTAL-0009', 'a'], [null, 'b']]), { ...CONTEXT, prefix: 'PORTAL', settings: { ...DEFAULT_SETTINGS, idDigits: 2 } });
      assert.deepEqual(wide.plan.requirements.map((r) => r.data.id), ['PORTAL-0009', 'PORTAL-0010']);
    });
  });

  it('places every non-empty cell: title and notes above the header, fields, extra; blank rows are passed over', () => {
    const cells = sheet([
      ['Portal requirements'],
      [null, 'Issued by Acme', null, 'v3'],
      [],
      ['Req ID', 'Summary', 'Description', 'Assignee', 'Notes', 'Sprint', 'Acceptance criteria'],
      ['REQ-001', 'Log in', 'Users log in\r\nwith e-mail', 'alice', 'Asked twice', 'S1', '1. Code arrives\n2) Code works'],
      [null, '   ', null],
      [],
      ['REQ-001', 'Log out', null, null, 42, null, null, 'stray'],
      [null, null, null, null, true],
    ]);
    const { plan } = planOf(cells);
    assert.equal(plan.summary.cellsRead, 22);
    assert.equal(plan.summary.cellsPlaced, 22);
    assert.equal(plan.summary.cellsSkipped, 0);
    assert.deepEqual(plan.header, { prefix: 'REQ', title: 'Portal requirements', description: 'Issued by Acme\nv3' });
    assert.deepEqual(plan.requirements, [
      { row: 5, data: { id: 'REQ-001', title: 'Log in', description: 'Users log in\nwith e-mail', owner: 'alice', milestone: 'S1', acceptance: ['Code arrives', 'Code works'] }, extra: { Notes: 'Asked twice' } },
      { row: 8, data: { id: 'REQ-001', title: 'Log out' }, extra: { 'Notes': '42', 'column H': 'stray' } },
      { row: 9, data: { id: 'REQ-002' }, extra: { Notes: 'TRUE' } },
    ]);
    assert.equal(plan.summary.blankRows, 2);
    assert.deepEqual(importSummaryLines(plan.summary).map((line) => line.message), [
      'Sheet Requirements: header in row 4; 3 requirements imported, 2 blank rows passed over.',
      'Column A (Req ID) → id (cells: 2)',
      'Column B (Summary) → title (cells: 2)',
      'Column C (Description) → description (cells: 1)',
      'Column D (Assignee) → owner (cells: 1)',
      'Column E (Notes) → extra "Notes" (cells: 3)',
      'Column F (Sprint) → milestone (cells: 1)',
      'Column G (Acceptance criteria) → acceptance (cells: 1)',
      'Column H (no header) → extra "column H" (cells: 1)',
      'Row 9 has no ID: REQ-002 given',
      'ID REQ-001 is in rows 5, 8',
      'No title in rows 9',
      'No priority in rows 5, 8, 9',
      'No owner in rows 8, 9',
    ]);
  });

  it('counts the cells of a column the user skips, and leaves a row that only has them out', () => {
    const cells = sheet([['ID', 'Title', 'Internal'], ['REQ-001', 'a', 'secret'], [null, null, 'only this']]);
    const header = findHeaderRow(cells);
    assert.ok(header);
    const mapping = proposeMapping(cells, header).map((m) => (m.header === 'Internal' ? { ...m, target: { kind: 'skip' as const } } : m));
    const { summary, requirements } = importPlan(cells, header, mapping, CONTEXT);
    assert.equal(requirements.length, 1);
    assert.deepEqual([summary.cellsRead, summary.cellsPlaced, summary.cellsSkipped], [7, 4, 3]);
    assert.equal(importSummaryLines(summary)[3].message, 'Column C (Internal) skipped (cells not imported: 2)');
  });

  it('writes a requirements file that reads back as the plan, IDs as text, extra last', () => {
    const cells = sheet([
      ['需求清单'],
      ['编号', '需求名称', '需求描述', '优先级', '负责人', '状态', '关联需求', '标签', '备注', '计划完成'],
      ['REQ-001', '登录: 邮箱', '用户用邮箱登录。'.repeat(8), '高', 'alice', '进行中', 'REQ-002', '安全, 登录', '客户:  重点', 46000],
      ['007', '导出', '第一行\n第二行', '低', 'bob', '已完成', null, null, null, null],
    ]);
    const { plan } = planOf(cells);
    const text = importedFileText(plan);
    assert.equal(text, [
      'document:',
      '  prefix: REQ',
      '  title: 需求清单',
      'requirements:',
      '  - id: REQ-001',
      "    title: '登录: 邮箱'",
      '    description: >-',
      `      ${'用户用邮箱登录。'.repeat(8)}`,
      '    priority: high',
      '    owner: alice',
      '    status: in-progress',
      '    links: [REQ-002]',
      '    due: 2025-12-09',
      '    tags: [安全, 登录]',
      '    extra:',
      "      备注: '客户:  重点'",
      "  - id: '007'",
      '    title: 导出',
      '    description: >-',
      '      第一行',
      '',
      '      第二行',
      '    priority: low',
      '    owner: bob',
      '    status: done',
      '',
    ].join('\n'));
    const parsed = parseFile('table.req.yaml', text, 'requirements', { maxBytes: Number.POSITIVE_INFINITY });
    assert.deepEqual(parsed.findings.map((f) => `${f.range.start.line + 1}: ${f.message}`), [
      "17: id must be a requirement ID like PORTAL-001 (capital letters, a dash, digits) (it is '007').",
    ]);
    assert.deepEqual(parsed.requirements.map((r) => r.data), plan.requirements.map((r) => r.data));
  });

  describe('CSV bytes', () => {
    it('reads UTF-8 with and without a byte order mark, every cell as text', () => {
      const utf8 = new TextEncoder().encode('编号,标题\r\n007,"多行\n文本"\r\n,,\r\n');
      const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
      for (const bytes of [utf8, withBom]) {
        assert.deepEqual(csvSheet(bytes, 'table'), { encoding: 'utf-8', sheet: { name: 'table', rows: [['编号', '标题'], ['007', '多行\n文本']], merges: [], hidden: false } });
      }
    });

    it('reads GBK as Chinese Excel saves it (bytes made with iconv -t gb18030)', () => {
      const { sheet: read, encoding } = csvSheet(readFileSync(join(FIXTURES, 'gbk.csv')), 'gbk');
      assert.equal(encoding, 'gb18030');
      assert.deepEqual(read.rows, [['编号', '需求名称', '优先级', '状态', '负责人'], ['GBK-001', '登录页面', '高', '进行中', '张三'], ['GBK-002', '导出报表', '低', '已验收', '李四']]);
    });
  });

  it('proposes the prefix most IDs use, else one made of the file name, else REQ', () => {
    const prefixOf = (rows: CellValue[][], file: string): string => {
      const header = findHeaderRow(sheet(rows));
      assert.ok(header);
      return importPrefix(sheet(rows), header, proposeMapping(sheet(rows), header), file);
    };
    assert.equal(prefixOf([['ID', 'Title'], ['PORTAL-001', 'a'], ['PORTAL-002', 'b'], ['WEB-003', 'c']], 'x.xlsx'), 'PORTAL');
    assert.equal(prefixOf([['ID', 'Title'], ['007', 'a']], 'acme portal v2.xlsx'), 'ACME_PORTAL_V2');
    assert.equal(prefixOf([['ID', 'Title'], ['007', 'a']], '需求表.xlsx'), 'REQ');
    assert.equal(prefixOf([['ID', 'Title']], 'cr.csv'), 'REQ');
  });
});
