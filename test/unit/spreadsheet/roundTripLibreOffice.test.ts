import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../fixtures/cli/cliHarness';
import { editedInLibreOffice, resaved, sheetsAsRows } from '../../fixtures/spreadsheet/libreOffice';

const EXAMPLES = join(__dirname, '../../../../examples');

// The whole round trip on the example project, through the CLI as CI would run it and a real spreadsheet program:
// export, the customer's program saves it (unchanged, then with cells typed in), compare.
describe('round trip: reqdesk export → LibreOffice → reqdesk compare', function () {
  this.timeout(180_000);
  let root: string;
  before(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'reqdesk-roundtrip-')));
    cpSync(EXAMPLES, join(root, 'project'), { recursive: true });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('an unchanged save compares as no changes, typed cells as exactly those changes', async () => {
    const project = join(root, 'project');
    const workbook = join(root, 'acme.xlsx');
    assert.deepEqual(await runCli(['export', '--format', 'xlsx', '--out', workbook], project), { code: 0, stdout: '', stderr: `reqdesk: wrote ../acme.xlsx\n` });

    const saved = await resaved(workbook, join(root, 'saved'));
    const unchanged = await runCli(['compare', saved], project);
    assert.deepEqual([unchanged.code, unchanged.stdout.split('\n').slice(1)], [0, ['No changes: the workbook matches the requirements.', '0 requirement(s) changed (0 in conflict), 0 row(s) new, 0 removed, 0 value(s) not understood.', '']]);

    const rows = (await sheetsAsRows(saved)).get('Requirements') ?? [];
    const row = rows.findIndex((r) => r[0] === 'BILLING-003');
    const priority = rows[0].indexOf('Priority');
    const title = rows[0].indexOf('Title');
    const edited = join(root, 'edited.xlsx');
    await editedInLibreOffice(saved, edited, [{ sheet: 'Requirements', row, col: priority, text: '紧急' }, { sheet: 'Requirements', row, col: title, text: '发票 PDF 版式' }]);
    const changed = await runCli(['compare', edited], project);
    assert.equal(changed.code, 1);
    assert.deepEqual(changed.stdout.split('\n').slice(1), [
      'BILLING-003 (requirements/billing.req.yaml, row 4):',
      '  title: Invoice PDF layout → 发票 PDF 版式 (B4)',
      '  priority: high → critical (D4)',
      '1 requirement(s) changed (0 in conflict), 0 row(s) new, 0 removed, 0 value(s) not understood.',
      '',
    ]);
  });
});
