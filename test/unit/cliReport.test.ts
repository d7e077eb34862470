import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from '../../src/cli/commandLine';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

const FILES = {
  'reqdesk.yaml': yamlLines(
    'project: { name: Portal, customer: Acme }',
    'milestones:',
    '  - { id: M1, title: Sign-in, due: 2026-11-30, payment: { amount: 1000, invoiced: 2026-10-01 } }',
  ),
  'portal.req.yaml': yamlLines(
    'document: { prefix: P, title: Portal }',
    'requirements:',
    '  - { id: P-001, title: Sign in, owner: alice, priority: high, status: new, milestone: M1, due: 2026-11-20 }',
  ),
};

describe('reqdesk report', () => {
  let ws: TempWorkspace;
  beforeEach(() => {
    ws = new TempWorkspace(FILES);
  });
  afterEach(() => ws.dispose());

  it('reads its options', () => {
    assert.deepEqual(parseCommandLine(['report', '--as-of', '2026-12-07', '--format', 'html', '--lang', 'zh-CN', '--out', 'r.html', 'docs']), {
      command: 'report', paths: ['docs'], asOf: '2026-12-07', format: 'html', lang: 'zh-cn', out: 'r.html',
    });
    assert.throws(() => parseCommandLine(['report', '--lang', 'fr']), /--lang must be en or zh-cn/);
    assert.throws(() => parseCommandLine(['report', '--format', 'csv']), /--format must be md, html or json/);
  });

  it('prints the Markdown report as of --as-of', async () => {
    const run = await runCli(['report', '--as-of', '2026-12-07'], ws.root);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
    const lines = run.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 6), ['# Status report: Portal', '', '- As of 2026-12-07', '- Customer: Acme', '- Requirements: 1 (new 1)', '']);
    assert.ok(lines.includes('| M1 | Sign-in | 2026-11-30 (overdue) | 0 of 1 | 1,000 overdue |'), run.stdout);
    assert.ok(lines.includes('| P-001 | Sign in | alice | 2026-11-20 | 17 | new |'), run.stdout);
  });

  it('speaks Chinese with --lang zh-cn, statuses by their Chinese labels', async () => {
    const run = await runCli(['report', '--as-of', '2026-12-07', '--lang', 'zh-cn'], ws.root);
    const lines = run.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 5), ['# 状态报告：Portal', '', '- 截至 2026-12-07', '- 客户：Acme', '- 需求：1（新建 1）']);
    assert.ok(lines.includes('| ID | 标题 | 负责人 | 截止日期 | 逾期天数 | 状态 |'), run.stdout);
    assert.ok(lines.includes('| P-001 | Sign in | alice | 2026-11-20 | 17 | 新建 |'), run.stdout);
  });

  it('writes HTML to --out and the state as JSON', async () => {
    const run = await runCli(['report', '--as-of', '2026-12-07', '--format', 'html', '--out', 'status.html'], ws.root);
    assert.deepEqual(run, { code: 0, stdout: '', stderr: 'reqdesk: wrote status.html\n' });
    assert.match(readFileSync(join(ws.root, 'status.html'), 'utf8'), /^<!DOCTYPE html>\n<html lang="en">[\s\S]*<h1>Status report: Portal<\/h1>/);
    const json = await runCli(['report', '--as-of', '2026-12-07', '--format', 'json'], ws.root);
    const state = JSON.parse(json.stdout) as { asOf: string; milestones: { id: string; payment: { status: string } }[] };
    assert.equal(state.asOf, '2026-12-07');
    assert.deepEqual(state.milestones.map((m) => [m.id, m.payment.status]), [['M1', 'overdue']]);
  });
});
