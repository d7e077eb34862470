import * as assert from 'node:assert/strict';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, TempWorkspace, yamlLines } from '../../fixtures/cli/cliHarness';
import { csvSavedAsWorkbook, scratchFolder } from '../../fixtures/spreadsheet/libreOffice';

describe('importing a workbook LibreOffice saved', function () {
  this.timeout(180_000);
  let dir: string;
  let ws: TempWorkspace;
  before(() => {
    dir = scratchFolder();
    ws = new TempWorkspace({ 'reqdesk.yaml': 'roster:\n  - { id: alice, name: Alice }\n' });
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    ws.dispose();
  });

  it('finds the header below a title and blank rows, maps Chinese headers and values, and the file passes check but for the sheet\'s own problems', async () => {
    const csv = join(dir, '门户需求.csv');
    writeFileSync(csv, [
      '客户门户需求清单,,,,,,,,',
      ',,,,,,,,',
      '需求编号,标题,描述,优先级,负责人,状态,截止日期,关联需求,验收标准,备注',
      'PORTAL-001,邮箱登录,用户用邮箱和验证码登录,高,Alice,进行中,2026-12-01,PORTAL-002,"1. 收到验证码\n2. 验证码五分钟有效",客户重点',
      ',,,,,,,,,',
      ',忘记密码,,中,,新建,2026/12/15,"PORTAL-001, PORTAL-003",,',
      'PORTAL-003,导出报表,,很高,Alice,已完成,,,,需要 Excel',
      '',
    ].join('\n'));
    const workbook = await csvSavedAsWorkbook(csv, join(dir, 'saved'));
    copyFileSync(workbook, ws.path('门户需求.xlsx'));
    const run = await runCli(['import', '门户需求.xlsx', '--out', 'portal.req.yaml'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stderr: '',
      stdout: [
        'Wrote portal.req.yaml (prefix PORTAL) from 门户需求.xlsx',
        '  Sheet 门户需求: header in row 3; 3 requirements imported, 1 blank rows passed over.',
        '  Column A (需求编号) → id (cells: 2)',
        '  Column B (标题) → title (cells: 3)',
        '  Column C (描述) → description (cells: 1)',
        '  Column D (优先级) → priority (cells: 3)',
        '  Column E (负责人) → owner (cells: 2)',
        '  Column F (状态) → status (cells: 3)',
        '  Column G (截止日期) → due (cells: 2)',
        '  Column H (关联需求) → links (cells: 2)',
        '  Column I (验收标准) → acceptance (cells: 1)',
        '  Column J (备注) → extra "备注" (cells: 2)',
        '  D7: "很高" is not understood as priority; kept as written',
        '  Row 6 has no ID: PORTAL-004 given',
        '  No owner in rows 6',
        '',
      ].join('\n'),
    });
    assert.equal(ws.text('portal.req.yaml'), yamlLines(
      'document:',
      '  prefix: PORTAL',
      '  title: 客户门户需求清单',
      'requirements:',
      '  - id: PORTAL-001',
      '    title: 邮箱登录',
      '    description: 用户用邮箱和验证码登录',
      '    priority: high',
      '    owner: alice',
      '    status: in-progress',
      '    acceptance:',
      '      - 收到验证码',
      '      - 验证码五分钟有效',
      '    links: [PORTAL-002]',
      '    due: 2026-12-01',
      '    extra:',
      '      备注: 客户重点',
      '  - id: PORTAL-004',
      '    title: 忘记密码',
      '    priority: medium',
      '    status: new',
      '    links: [PORTAL-001, PORTAL-003]',
      '    due: 2026-12-15',
      '  - id: PORTAL-003',
      '    title: 导出报表',
      '    priority: 很高',
      '    owner: alice',
      '    status: done',
      '    extra:',
      '      备注: 需要 Excel',
    ));
    const check = await runCli(['check', '--as-of', '2026-11-01', 'portal.req.yaml'], ws.root);
    assert.deepEqual(check.stdout.split('\n').filter((line) => / (error|warning) /.test(line)), [
      'portal.req.yaml:14:13: warning unknown-link Link to unknown requirement PORTAL-002: no requirement in the workspace has this ID.',
      'portal.req.yaml:18:5: warning missing-owner PORTAL-004 has no owner: assign someone responsible.',
      "portal.req.yaml:26:15: error invalid-priority priority must be one of critical, high, medium, low (it is '很高').",
    ]);
  });
});
