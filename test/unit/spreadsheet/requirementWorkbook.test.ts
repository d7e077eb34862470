import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../../src/core/settings';
import { exportedFingerprint, MANIFEST_SHEET, readManifest } from '../../../src/core/spreadsheet/exportManifest';
import {
  LISTS_SHEET, requirementWorkbook, workbookVocabulary, type RequirementWorkbookInput, type RequirementWorkbookLabels, type WorkbookColumn,
} from '../../../src/core/spreadsheet/requirementWorkbook';
import type { PlannedSheet } from '../../../src/core/spreadsheet/workbookPlan';

const LABELS: RequirementWorkbookLabels = {
  requirementsSheet: '需求',
  changeRequestsSheet: '变更请求',
  progressSheet: '进度',
  changeRequest: { id: '编号', title: '标题', status: '状态', affects: '影响', requestedBy: '提出人', requestedOn: '提出日期', channel: '渠道', file: '文件' },
  milestone: '里程碑',
  total: '需求数',
  allMilestones: '全部',
  none: '（无）',
  status: (value) => ({ 'new': '新建', 'done': '已完成' })[value] ?? value,
};

const COLUMNS: readonly WorkbookColumn[] = [
  { header: '编号', field: 'id' },
  { header: '标题', field: 'title' },
  { header: '状态', field: 'status' },
  { header: '优先级', field: 'priority' },
  { header: '负责人', field: 'owner' },
  { header: '截止日期', field: 'due' },
  { header: '验收标准', field: 'acceptance' },
  { header: '文档', field: null, key: 'document', kind: 'text' },
  { header: '逾期', field: null, key: 'overdue', kind: 'number' },
];

const SETTINGS: ProjectSettings = { ...DEFAULT_SETTINGS, roster: [{ id: 'li.na', name: '李娜', roles: ['owner'] }, { id: 'bob', roles: ['customer'] }] };

function input(overrides: Partial<RequirementWorkbookInput> = {}): RequirementWorkbookInput {
  return {
    requirements: [
      { data: { id: '007', title: '=1+1', status: 'done', owner: 'li.na', due: '2026-12-01', acceptance: ['显示欢迎', '+x'], milestone: 'M2' }, file: 'docs/a.req.yaml', other: { document: '门户', overdue: 3 } },
      { data: { id: 'REQ-010', title: '导出', status: 'new', priority: 'high', milestone: 'M10' }, file: 'docs/a.req.yaml', other: { document: '门户' } },
      { data: { title: 'no id yet', status: 'waiting' }, file: 'b.req.yaml' },
      { data: { id: 'REQ-011' }, file: 'b.req.yaml', other: { document: 'B' } },
    ],
    columns: COLUMNS,
    changeRequests: [
      { data: { id: 'CR-0002', title: '其他', affects: ['ELSEWHERE-1'] }, file: 'changes/CR-0002.cr.yaml' },
      { data: { id: 'CR-0001', title: '单点登录', status: 'submitted', affects: ['007', 'X-1'], requested_by: 'Bob Li', requested_on: '2026-11-20', channel: 'email' }, file: 'changes/CR-0001.cr.yaml' },
    ],
    vocabulary: workbookVocabulary([SETTINGS]),
    labels: LABELS,
    created: '2026-12-07T00:00:00Z',
    ...overrides,
  };
}

function sheet(sheets: readonly PlannedSheet[], name: string): PlannedSheet {
  const found = sheets.find((s) => s.name === name);
  assert.ok(found, `sheet ${name} in ${sheets.map((s) => s.name).join(', ')}`);
  return found;
}

describe('the workbook an export writes', () => {
  it('holds the requirements with the headers given, text as text and dates as date cells, in four sheets', () => {
    const plan = requirementWorkbook(input());
    assert.deepEqual(plan.sheets.map((s) => [s.name, s.hidden, s.header]), [['需求', false, true], ['变更请求', false, true], ['进度', false, true], [MANIFEST_SHEET, true, false]]);
    assert.equal(plan.created, '2026-12-07T00:00:00Z');
    const requirements = plan.sheets[0];
    assert.deepEqual(requirements.columns.map((c) => [c.header, c.kind, c.wrap]), [
      ['编号', 'text', false], ['标题', 'text', false], ['状态', 'text', false], ['优先级', 'text', false], ['负责人', 'text', false],
      ['截止日期', 'date', false], ['验收标准', 'text', true], ['文档', 'text', false], ['逾期', 'number', false],
    ]);
    assert.deepEqual(requirements.rows, [
      ['007', '=1+1', 'done', null, 'li.na', { date: '2026-12-01' }, '显示欢迎\n+x', '门户', 3],
      ['REQ-010', '导出', 'new', 'high', null, null, null, '门户', null],
      [null, 'no id yet', 'waiting', null, null, null, null, null, null],
      ['REQ-011', null, null, null, null, null, null, 'B', null],
    ]);
  });

  it('sizes columns to their widest text, a wide character counting two, within bounds', () => {
    const widths = requirementWorkbook(input()).sheets[0].columns.map((c) => c.width);
    // Two more than the widest: REQ-010 (7), no id yet (9), 截止日期 (8) over a date (10); acceptance wraps at a fixed width.
    assert.deepEqual(widths, [9, 11, 9, 8, 8, 12, 50, 8, 8]);
    const long = requirementWorkbook(input({ requirements: [{ data: { title: 'x'.repeat(500) }, file: 'a.req.yaml' }] }));
    assert.equal(long.sheets[0].columns[1].width, 60);
  });

  it('offers drop-downs of the stored statuses, priorities and owners; a list too long for Excel goes to a hidden sheet', () => {
    assert.deepEqual(requirementWorkbook(input()).sheets[0].validations, [
      { column: 2, source: { values: ['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred'] } },
      { column: 3, source: { values: ['critical', 'high', 'medium', 'low'] } },
      { column: 4, source: { values: ['li.na'] } },
    ]);
    const owners = Array.from({ length: 40 }, (_, i) => `person.number${i}`);
    const plan = requirementWorkbook(input({ vocabulary: { statuses: ['new', 'a,b'], priorities: [], owners } }));
    assert.deepEqual(plan.sheets[0].validations, [
      { column: 2, source: { sheet: LISTS_SHEET, column: 0, count: 2 } },
      { column: 4, source: { sheet: LISTS_SHEET, column: 1, count: 40 } },
    ]);
    const lists = sheet(plan.sheets, LISTS_SHEET);
    assert.equal(lists.hidden, true);
    assert.deepEqual(lists.rows.slice(0, 3), [['new', 'person.number0'], ['a,b', 'person.number1'], [null, 'person.number2']]);
    assert.equal(lists.rows.length, 40);
  });

  it('takes the vocabularies of every settings file involved, each value once, and no owner list without a roster', () => {
    const other: ProjectSettings = { ...DEFAULT_SETTINGS, statuses: ['new', 'blocked'], roster: [{ id: 'carol', roles: [] }] };
    assert.deepEqual(workbookVocabulary([SETTINGS, other, SETTINGS]), {
      statuses: ['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred', 'blocked'], priorities: ['critical', 'high', 'medium', 'low'], owners: ['li.na', 'carol'],
    });
    const plan = requirementWorkbook(input({ vocabulary: workbookVocabulary([DEFAULT_SETTINGS]) }));
    assert.deepEqual(plan.sheets[0].validations.map((v) => v.column), [2, 3]);
  });

  it('lists the change requests affecting the exported requirements, in ID order, dates as dates', () => {
    const changes = requirementWorkbook(input()).sheets[1];
    assert.deepEqual(changes.columns.map((c) => c.header), ['编号', '标题', '状态', '影响', '提出人', '提出日期', '渠道', '文件']);
    assert.deepEqual(changes.rows, [['CR-0001', '单点登录', 'submitted', '007, X-1', 'Bob Li', { date: '2026-11-20' }, 'email', 'changes/CR-0001.cr.yaml']]);
  });

  it('counts requirements per milestone (all first, in numeric order, none last) and per status, statuses outside the vocabulary and none included', () => {
    const progress = requirementWorkbook(input()).sheets[2];
    assert.deepEqual(progress.columns.map((c) => c.header), ['里程碑', '需求数', '新建', 'in-progress', '已完成', 'accepted', 'rejected', 'deferred', 'waiting', '（无）']);
    assert.deepEqual(progress.rows, [
      ['全部', 4, 1, 0, 1, 0, 0, 0, 1, 1],
      ['M2', 1, 0, 0, 1, 0, 0, 0, 0, 0],
      ['M10', 1, 1, 0, 0, 0, 0, 0, 0, 0],
      ['（无）', 2, 0, 0, 0, 0, 0, 0, 1, 1],
    ]);
  });

  it('records in the hidden manifest each column\'s field and each row\'s file and fingerprint, which reads back', () => {
    const plan = requirementWorkbook(input());
    const manifest = readManifest({ ...sheet(plan.sheets, MANIFEST_SHEET), merges: [] });
    const fields = COLUMNS.map((c) => c.field);
    assert.deepEqual(manifest, {
      sheet: '需求',
      columns: fields,
      headers: COLUMNS.map((c) => c.header),
      entries: [
        { id: '007', file: 'docs/a.req.yaml', fingerprint: exportedFingerprint(input().requirements[0].data, fields) },
        { id: 'REQ-010', file: 'docs/a.req.yaml', fingerprint: exportedFingerprint(input().requirements[1].data, fields) },
        { id: 'REQ-011', file: 'b.req.yaml', fingerprint: exportedFingerprint({ id: 'REQ-011' }, fields) },
      ],
    });
    // The milestone is not exported here: changing it does not change the fingerprint.
    assert.equal(exportedFingerprint({ ...input().requirements[0].data, milestone: 'M9' }, fields), manifest?.entries[0].fingerprint);
  });
});
