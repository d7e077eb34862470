import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { MANIFEST_SHEET } from '../../../src/core/spreadsheet/exportManifest';
import { LISTS_SHEET, requirementWorkbook, workbookVocabulary, type RequirementWorkbookInput } from '../../../src/core/spreadsheet/requirementWorkbook';
import { readWorkbook, writeWorkbook } from '../../../src/workbook/workbookCodec';
import { scratchFolder, sheetsAsRows } from '../../fixtures/spreadsheet/libreOffice';

const INPUT: RequirementWorkbookInput = {
  requirements: [
    { data: { id: '007', title: '=1+1', status: 'in-progress', owner: 'li.na', due: '2026-12-01', acceptance: ['显示欢迎', '+x'], milestone: 'M1' }, file: 'docs/门户.req.yaml' },
    { data: { id: 'REQ-02', title: '+x', description: '@home -3', status: 'done', priority: 'high', due: '2027-01-31' }, file: 'docs/门户.req.yaml' },
  ],
  columns: [
    { header: '编号', field: 'id' }, { header: '标题', field: 'title' }, { header: '状态', field: 'status' }, { header: '优先级', field: 'priority' },
    { header: '负责人', field: 'owner' }, { header: '截止日期', field: 'due' }, { header: '描述', field: 'description' }, { header: '验收标准', field: 'acceptance' },
  ],
  changeRequests: [{ data: { id: 'CR-0001', title: '=HYPERLINK("http://x")', affects: ['007'], requested_on: '2026-11-20' }, file: 'changes/CR-0001.cr.yaml' }],
  vocabulary: workbookVocabulary([{ ...DEFAULT_SETTINGS, roster: Array.from({ length: 40 }, (_, i) => ({ id: `person.number${i}`, roles: ['owner'] })) }]),
  labels: {
    requirementsSheet: '需求', changeRequestsSheet: '变更请求', progressSheet: '进度',
    changeRequest: { id: '编号', title: '标题', status: '状态', affects: '影响', requestedBy: '提出人', requestedOn: '提出日期', channel: '渠道', file: '文件' },
    milestone: '里程碑', total: '需求数', allMilestones: '全部', none: '（无）', status: (value) => value,
  },
  created: '2026-12-07T00:00:00Z',
};

describe('writing a workbook', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = scratchFolder();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes cells LibreOffice reads back as the requirements: Chinese intact, no formula evaluated, leading zeros kept, dates right', async () => {
    const file = join(dir, 'export.xlsx');
    writeFileSync(file, await writeWorkbook(requirementWorkbook(INPUT)));
    const sheets = await sheetsAsRows(file);
    assert.deepEqual([...sheets.keys()].sort(), [LISTS_SHEET, MANIFEST_SHEET, '变更请求', '进度', '需求'].sort());
    assert.deepEqual(sheets.get('需求'), [
      ['编号', '标题', '状态', '优先级', '负责人', '截止日期', '描述', '验收标准'],
      ['007', '=1+1', 'in-progress', '', 'li.na', '2026-12-01', '', '显示欢迎\n+x'],
      ['REQ-02', '+x', 'done', 'high', '', '2027-01-31', '@home -3', ''],
    ]);
    assert.deepEqual(sheets.get('变更请求')?.[1], ['CR-0001', '=HYPERLINK("http://x")', '', '007', '', '2026-11-20', '', 'changes/CR-0001.cr.yaml']);
    assert.deepEqual(sheets.get('进度')?.slice(0, 2), [
      ['里程碑', '需求数', 'new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred'],
      ['全部', '2', '0', '1', '1', '0', '0', '0'],
    ]);
    assert.deepEqual(sheets.get(MANIFEST_SHEET)?.[3].slice(0, 2), ['007', 'docs/门户.req.yaml']);
  });

  it('lays the sheets out as planned: frozen bold header, autofilter, widths, text and date formats, drop-downs, hidden sheets', async () => {
    const plan = requirementWorkbook(INPUT);
    const bytes = await writeWorkbook(plan);
    const { Workbook } = await import('@cj-tech-master/excelts');
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.getWorksheet('需求');
    assert.ok(sheet);
    assert.deepEqual(sheet.views.map((v) => [v.state, 'ySplit' in v ? v.ySplit : undefined]), [['frozen', 1]]);
    assert.equal(sheet.getCell('A1').font?.bold, true);
    assert.equal(sheet.getCell('A2').type, 3 /* ValueType.String */);
    assert.equal(sheet.getCell('A2').numFmt, '@');
    assert.equal(sheet.getCell('F2').numFmt, 'yyyy-mm-dd');
    assert.equal(sheet.getCell('H2').alignment?.wrapText, true);
    assert.deepEqual(sheet.columns.map((c) => c.width), plan.sheets[0].columns.map((c) => c.width));
    assert.deepEqual(sheet.autoFilter, 'A1:H3');
    assert.deepEqual([sheet.dataValidations.find('C2')?.formulae, sheet.dataValidations.find('E1002')?.formulae, sheet.dataValidations.find('C1004')], [
      ['"new,in-progress,done,accepted,rejected,deferred"'], [`'${LISTS_SHEET}'!$A$1:$A$40`], undefined,
    ]);
    assert.deepEqual(workbook.worksheets.map((s) => [s.name, s.state]), [['需求', 'visible'], ['变更请求', 'visible'], ['进度', 'visible'], [MANIFEST_SHEET, 'hidden'], [LISTS_SHEET, 'hidden']]);

    const read = await readWorkbook(bytes);
    assert.deepEqual(read.sheets[0].rows[1], ['007', '=1+1', 'in-progress', null, 'li.na', { date: '2026-12-01' }, null, '显示欢迎\n+x']);
    assert.deepEqual(await writeWorkbook(plan), bytes, 'the same plan gives the same bytes');
  });
});
