import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from '../../src/cli/commandLine';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

const FIXTURES = join(__dirname, '../../../test/fixtures/spreadsheet');

/** A workbook written with the codec's library: sheets of rows. */
async function workbookBytes(sheets: Readonly<Record<string, (string | number | null)[][]>>): Promise<Buffer> {
  const { Workbook } = await import('@cj-tech-master/excelts');
  const workbook = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row) => sheet.addRow(row));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reqdesk import', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace({ 'reqdesk.yaml': 'roster:\n  - { id: zhang, name: 张三 }\n  - { id: li, name: 李四 }\n' });
  });
  afterEach(() => ws.dispose());

  it('reads a GBK CSV into a file that passes check, and prints where every column went', async () => {
    ws.write('gbk.csv', readFileSync(join(FIXTURES, 'gbk.csv')));
    const run = await runCli(['import', 'gbk.csv', '--out', 'gbk.req.yaml'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stderr: '',
      stdout: [
        'Wrote gbk.req.yaml (prefix GBK) from gbk.csv',
        '  Sheet gbk: header in row 1; 2 requirements imported, 0 blank rows passed over.',
        '  Column A (编号) → id (cells: 2)',
        '  Column B (需求名称) → title (cells: 2)',
        '  Column C (优先级) → priority (cells: 2)',
        '  Column D (状态) → status (cells: 2)',
        '  Column E (负责人) → owner (cells: 2)',
        '',
      ].join('\n'),
    });
    assert.equal(ws.text('gbk.req.yaml'), yamlLines(
      'document:',
      '  prefix: GBK',
      '  title: gbk',
      'requirements:',
      '  - id: GBK-001',
      '    title: 登录页面',
      '    priority: high',
      '    owner: zhang',
      '    status: in-progress',
      '  - id: GBK-002',
      '    title: 导出报表',
      '    priority: low',
      '    owner: li',
      '    status: accepted',
    ));
    assert.equal((await runCli(['check', 'gbk.req.yaml'], ws.root)).code, 0);
  });

  it('never overwrites --out without --force: exit code 2 and the file as it was', async () => {
    ws.write('table.csv', 'ID,Title\nREQ-001,New\n');
    ws.write('old.req.yaml', 'keep me\n');
    const refused = await runCli(['import', 'table.csv', '--out', 'old.req.yaml'], ws.root);
    assert.deepEqual(refused, { code: 2, stdout: '', stderr: 'reqdesk: old.req.yaml already exists: add --force to replace it\n' });
    assert.equal(ws.text('old.req.yaml'), 'keep me\n');
    const forced = await runCli(['import', 'table.csv', '--out', 'old.req.yaml', '--force'], ws.root);
    assert.equal(forced.code, 0);
    assert.equal(ws.text('old.req.yaml'), yamlLines('document:', '  prefix: REQ', '  title: table', 'requirements:', '  - id: REQ-001', '    title: New'));
  });

  it('--map changes the proposed mapping by header or column letters; a wrong one is a usage error', async () => {
    ws.write('table.csv', 'Ref,Title,Notes,Internal\nREQ-001,Log in,Asked twice,x\n');
    const run = await runCli(['import', 'table.csv', '--out', 't.req.yaml', '--map', 'ref=id,Notes=description', '--map', 'D=skip'], ws.root);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Column D \(Internal\) skipped \(cells not imported: 1\)/);
    assert.equal(ws.text('t.req.yaml'), yamlLines('document:', '  prefix: REQ', '  title: table', 'requirements:', '  - id: REQ-001', '    title: Log in', '    description: Asked twice'));

    const unknown = await runCli(['import', 'table.csv', '--out', 'u.req.yaml', '--map', 'Ref=id,Nope=title'], ws.root);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^reqdesk: --map names no column of the sheet: 'Nope' \(its headers: Ref, Title, Notes, Internal\)/);
    const field = await runCli(['import', 'table.csv', '--out', 'u.req.yaml', '--map', 'Ref=id,Notes=titel'], ws.root);
    assert.match(field.stderr, /^reqdesk: --map: 'titel' is no requirement field, extra or skip \(did you mean 'title'\?\)/);
    const doubled = await runCli(['import', 'table.csv', '--out', 'u.req.yaml', '--map', 'Ref=id,Notes=title'], ws.root);
    assert.match(doubled.stderr, /^reqdesk: --map maps two columns to title: one of them would be lost/);
    assert.equal(existsSync(ws.path('u.req.yaml')), false);
  });

  it('--sheet picks a sheet of a workbook; without it the first visible sheet with a header row is read', async () => {
    ws.write('book.xlsx', await workbookBytes({ Notes: [['Read me first']], Portal: [['ID', 'Title'], ['PORTAL-001', 'Log in']], Web: [['编号', '标题'], ['WEB-007', '首页']] }));
    assert.equal((await runCli(['import', 'book.xlsx', '--out', 'portal.req.yaml'], ws.root)).code, 0);
    assert.match(ws.text('portal.req.yaml'), /prefix: PORTAL\n.*\n.*\n {2}- id: PORTAL-001\n {4}title: Log in\n$/);
    const web = await runCli(['import', 'book.xlsx', '--sheet', 'web', '--out', 'web.req.yaml'], ws.root);
    assert.match(web.stdout, /^Wrote web.req.yaml \(prefix WEB\) from book.xlsx\n {2}Sheet Web: header in row 1/);
    const missing = await runCli(['import', 'book.xlsx', '--sheet', 'Nope', '--out', 'x.req.yaml'], ws.root);
    assert.deepEqual([missing.code, missing.stderr], [2, "reqdesk: book.xlsx has no sheet 'Nope' (its sheets: Notes, Portal, Web)\n"]);
    const notes = await runCli(['import', 'book.xlsx', '--sheet', 'Notes', '--out', 'x.req.yaml'], ws.root);
    assert.match(notes.stderr, /^reqdesk: book.xlsx: no header row in the first 20 rows of sheet Notes/);
  });

  it('reads its command line: one file, --out a requirements file, a valid --prefix', () => {
    assert.deepEqual(parseCommandLine(['import', 'a.xlsx', '--out', 'a.req.yaml', '--prefix', 'WEB', '--force']), {
      command: 'import', file: 'a.xlsx', sheet: undefined, prefix: 'WEB', map: [], out: 'a.req.yaml', force: true,
    });
    assert.throws(() => parseCommandLine(['import', 'a.xlsx']), /import needs --out FILE.req.yaml/);
    assert.throws(() => parseCommandLine(['import', 'a.xlsx', '--out', 'a.yaml']), /--out must name a requirements file \(\*\.req\.yaml\)/);
    assert.throws(() => parseCommandLine(['import', 'a.xlsx', '--out', 'a.req.yaml', '--prefix', 'web']), /--prefix must be capital letters/);
    assert.throws(() => parseCommandLine(['import', '--out', 'a.req.yaml']), /import needs one spreadsheet file/);
    assert.throws(() => parseCommandLine(['import', 'a.csv', '--out', 'a.req.yaml', '--map', 'Title']), /--map takes Header=field pairs/);
  });
});
