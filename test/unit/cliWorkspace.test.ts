import * as assert from 'node:assert/strict';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

/** A one-requirement document; `extra` lines are added to the requirement. */
function doc(prefix: string, ...extra: string[]): string {
  return yamlLines('document:', `  prefix: ${prefix}`, `  title: ${prefix}`, 'requirements:', `  - id: ${prefix}-001`, '    title: T', '    owner: alice', '    priority: high', ...extra);
}

const CR = yamlLines('id: CR-0001', 'title: SSO', 'status: submitted', 'affects: [A-001]');

async function checkOutput(cwd: string, ...args: string[]): Promise<string[]> {
  const run = await runCli(['check', ...args], cwd);
  assert.equal(run.stderr, '');
  return run.stdout.trimEnd().split('\n');
}

describe('reqdesk file discovery', () => {
  let ws: TempWorkspace;
  afterEach(() => ws.dispose());

  it('reads *.req.yaml, *.req.yml, *.cr.yaml, *.cr.yml and skips node_modules and .git', async () => {
    ws = new TempWorkspace({
      'a.req.yaml': doc('A'),
      'deep/er/b.req.yml': doc('B'),
      'changes/one.cr.yaml': CR,
      'changes/two.cr.yml': CR.replace('CR-0001', 'CR-0002'),
      'node_modules/pkg/c.req.yaml': doc('C', '    status: broken'),
      '.git/d.req.yaml': doc('D', '    status: broken'),
      'notes.yaml': 'not: [a requirement',
    });
    assert.deepEqual(await checkOutput(ws.root), ['0 errors, 0 warnings, 0 info in 4 files (2 requirements, 2 change requests)']);
  });

  it('applies excludes and extra globs from reqdesk.yaml, relative to its folder', async () => {
    ws = new TempWorkspace({
      'project/reqdesk.yaml': yamlLines('files:', '  requirements: ["specs/*.yaml"]', '  change_requests: ["requests/**/*.yaml"]', '  exclude: ["archive/**", "**/*.draft.req.yaml"]'),
      'project/specs/login.yaml': doc('A'),
      'project/specs/deeper/not-matched.yaml': doc('X', '    status: broken'),
      'project/requests/2026/sso.yaml': CR,
      'project/archive/old.req.yaml': doc('OLD', '    status: broken'),
      'project/b.draft.req.yaml': doc('DRAFT', '    status: broken'),
    });
    assert.deepEqual(await checkOutput(ws.root, 'project'), ['0 errors, 0 warnings, 0 info in 3 files (1 requirement, 1 change request)']);
    // A file named on the command line is read even when excluded.
    const named = await checkOutput(ws.root, 'project/archive/old.req.yaml');
    assert.match(named[0], /^project\/archive\/old\.req\.yaml:9:13: error invalid-status /);
  });

  it('reads reqdesk.yaml first, so its vocabulary applies to files that sort before it', async () => {
    ws = new TempWorkspace({
      'a.req.yaml': doc('A', '    status: review'),
      'reqdesk.yaml': yamlLines('vocabulary:', '  statuses: [new, review, done]'),
      'sub/reqdesk.yaml': yamlLines('vocabulary:', '  statuses: [open, closed]'),
      'sub/b.req.yaml': doc('B', '    status: review'),
    });
    assert.deepEqual(await checkOutput(ws.root), [
      "sub/b.req.yaml:9:13: error invalid-status status must be one of open, closed (it is 'review').",
      '1 error, 0 warnings, 0 info in 4 files (2 requirements, 0 change requests)',
    ]);
  });

  it('reads the reqdesk.yaml above a given folder, up to the repository root', async () => {
    ws = new TempWorkspace({
      'reqdesk.yaml': yamlLines('roster:', '  - id: bob'),
      'docs/a.req.yaml': doc('A'),
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/docs/b.req.yaml': doc('B'),
    });
    assert.deepEqual(await checkOutput(ws.path('docs'), '.'), [
      "a.req.yaml:7:12: warning unknown-owner Owner 'alice' is not in the roster (reqdesk.yaml). Known: bob.",
      '0 errors, 1 warning, 0 info in 2 files (1 requirement, 0 change requests)',
    ]);
    // repo/ has its own .git: the reqdesk.yaml above it belongs to another project.
    assert.deepEqual(await checkOutput(ws.path('repo/docs')), ['0 errors, 0 warnings, 0 info in 1 file (1 requirement, 0 change requests)']);
  });

  it('reports a file over the size limit without reading it', async () => {
    ws = new TempWorkspace({
      'reqdesk.yaml': yamlLines('files:', '  max_size_mb: 0.001'),
      // Broken YAML: had it been read, a syntax error would show.
      'big.req.yaml': `document: [${'x'.repeat(2000)}\n`,
    });
    const lines = await checkOutput(ws.root);
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^big\.req\.yaml:1:1: error file-too-large File is .* it was not read\.$/);
    assert.equal(lines[1], '1 error, 0 warnings, 0 info in 2 files (0 requirements, 0 change requests)');
  });

  it('strips a byte order mark and keeps CRLF positions right', async () => {
    const text = doc('A', '    status: don');
    ws = new TempWorkspace({
      'lf.req.yaml': text.replace(/A-001|A$/gm, (m) => m.replace('A', 'L')).replace('prefix: A', 'prefix: L'),
      'bom.req.yaml': `\uFEFF${text}`,
      'crlf.req.yaml': text.replace(/\n/g, '\r\n').replace(/\bA\b|A-001/g, (m) => m.replace('A', 'C')),
    });
    const lines = await checkOutput(ws.root);
    assert.deepEqual(lines.slice(0, 3).map((l) => l.split(' ').slice(0, 3).join(' ')), [
      'bom.req.yaml:9:13: error invalid-status',
      'crlf.req.yaml:9:13: error invalid-status',
      'lf.req.yaml:9:13: error invalid-status',
    ]);
    assert.equal(lines[3], '3 errors, 0 warnings, 0 info in 3 files (3 requirements, 0 change requests)');
  });

  it('ignores a reqdesk.yaml with errors: defaults apply and the file shows its problem', async () => {
    ws = new TempWorkspace({
      'reqdesk.yaml': yamlLines('vocabulary:', '  statuses: review'),
      'a.req.yaml': doc('A', '    status: review'),
    });
    assert.deepEqual(await checkOutput(ws.root), [
      "a.req.yaml:9:13: error invalid-status status must be one of new, in-progress, done, accepted, rejected, deferred (it is 'review').",
      "reqdesk.yaml:2:13: error schema statuses must be a list (it is 'review').",
      '2 errors, 0 warnings, 0 info in 2 files (1 requirement, 0 change requests)',
    ]);
  });
});
