import * as assert from 'node:assert/strict';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

const PORTAL = yamlLines(
  '# Portal requirements',
  'document:',
  '  prefix: PORTAL',
  '  title: Customer portal',
  'requirements:',
  '  - id: PORTAL-001',
  '    title: Login goes to the home page',
  '    priority: high',
  '    owner: alice',
  '    status: new   # moved at the kick-off',
  '    tags: [auth]',
  '  - id: PORTAL-002',
  '    title: Logout',
  '    priority: low',
  '    owner: bob',
);

describe('reqdesk set', () => {
  let ws: TempWorkspace;
  afterEach(() => ws.dispose());

  describe('changes one field and nothing else', () => {
    it('replaces a value, keeping the comment after it', async () => {
      ws = new TempWorkspace({ 'portal.req.yaml': PORTAL });
      const run = await runCli(['set', 'PORTAL-001', 'status', 'done'], ws.root);
      assert.deepEqual(run, { code: 0, stdout: 'PORTAL-001: status new → done (portal.req.yaml)\n', stderr: '' });
      assert.equal(ws.text('portal.req.yaml'), PORTAL.replace('    status: new   # moved', '    status: done   # moved'));
    });

    it('adds a missing field as one line, after the field that precedes it', async () => {
      ws = new TempWorkspace({ 'portal.req.yaml': PORTAL });
      assert.deepEqual(await runCli(['set', 'PORTAL-002', 'milestone', 'M2'], ws.root), {
        code: 0, stdout: 'PORTAL-002: milestone (none) → M2 (portal.req.yaml)\n', stderr: '',
      });
      assert.equal(ws.text('portal.req.yaml'), `${PORTAL}    milestone: M2\n`);
      await runCli(['set', 'PORTAL-001', 'milestone', 'M1'], ws.root);
      assert.equal(ws.text('portal.req.yaml'), `${PORTAL.replace('kick-off\n', 'kick-off\n    milestone: M1\n')}    milestone: M2\n`);
    });

    it('takes list fields comma-separated', async () => {
      ws = new TempWorkspace({ 'portal.req.yaml': PORTAL });
      const run = await runCli(['set', 'PORTAL-001', 'tags', 'auth, login'], ws.root);
      assert.deepEqual(run, { code: 0, stdout: 'PORTAL-001: tags auth → auth, login (portal.req.yaml)\n', stderr: '' });
      assert.equal(ws.text('portal.req.yaml'), PORTAL.replace('tags: [auth]', 'tags: [auth, login]'));
    });

    it('writes Chinese text as UTF-8', async () => {
      ws = new TempWorkspace({ 'portal.req.yaml': PORTAL });
      const run = await runCli(['set', 'PORTAL-002', 'title', '退出登录'], ws.root);
      assert.deepEqual(run, { code: 0, stdout: 'PORTAL-002: title Logout → 退出登录 (portal.req.yaml)\n', stderr: '' });
      assert.deepEqual(ws.read('portal.req.yaml'), Buffer.from(PORTAL.replace('title: Logout', 'title: 退出登录'), 'utf8'));
    });

    it('keeps CRLF line ends, also on an added line', async () => {
      const crlf = PORTAL.replace(/\n/g, '\r\n');
      ws = new TempWorkspace({ 'portal.req.yaml': crlf });
      assert.equal((await runCli(['set', 'PORTAL-001', 'status', 'done'], ws.root)).code, 0);
      assert.equal((await runCli(['set', 'PORTAL-002', 'milestone', 'M2'], ws.root)).code, 0);
      assert.equal(ws.text('portal.req.yaml'), `${crlf.replace('status: new ', 'status: done ')}    milestone: M2\r\n`);
    });

    it('keeps a byte order mark', async () => {
      ws = new TempWorkspace({ 'portal.req.yaml': `\uFEFF${PORTAL}` });
      assert.equal((await runCli(['set', 'PORTAL-001', 'owner', 'carol'], ws.root)).code, 0);
      const bytes = ws.read('portal.req.yaml');
      assert.deepEqual(bytes.subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]));
      assert.equal(bytes.subarray(3).toString('utf8'), PORTAL.replace('owner: alice', 'owner: carol'));
    });

    it('finds the requirement under the paths given and prints the path relative to the working folder', async () => {
      ws = new TempWorkspace({ 'docs/portal.req.yaml': PORTAL });
      const run = await runCli(['set', 'PORTAL-002', 'priority', 'critical', 'docs'], ws.root);
      assert.deepEqual(run, { code: 0, stdout: 'PORTAL-002: priority low → critical (docs/portal.req.yaml)\n', stderr: '' });
      assert.equal(ws.text('docs/portal.req.yaml'), PORTAL.replace('priority: low', 'priority: critical'));
    });

    it('leaves the file alone when the value is already set', async () => {
      ws = new TempWorkspace({ 'portal.req.yaml': PORTAL });
      const before = ws.read('portal.req.yaml');
      assert.deepEqual(await runCli(['set', 'PORTAL-001', 'status', 'new'], ws.root), {
        code: 0, stdout: 'PORTAL-001: status is already new (portal.req.yaml)\n', stderr: '',
      });
      assert.deepEqual(ws.read('portal.req.yaml'), before);
    });
  });

  describe('refuses, with exit 1 and the file byte-identical', () => {
    /** Runs `set`, expects a refusal with this message, and checks that no file changed. */
    async function refused(argv: string[], message: string): Promise<void> {
      const before = new Map(['portal.req.yaml', 'other.req.yaml'].map((f) => [f, ws.read(f)]));
      assert.deepEqual(await runCli(['set', ...argv], ws.root), { code: 1, stdout: '', stderr: `reqdesk: ${message}\n` });
      for (const [file, bytes] of before) {
        assert.deepEqual(ws.read(file), bytes, `${file} changed`);
      }
    }

    beforeEach(() => {
      ws = new TempWorkspace({ 'portal.req.yaml': PORTAL, 'other.req.yaml': PORTAL.replace(/PORTAL/g, 'OTHER') });
    });

    it('when the ID is unknown', async () => {
      await refused(['PORTAL-003', 'status', 'done'], 'cannot set PORTAL-003 status: there is no requirement PORTAL-003 in the current folder (did you mean PORTAL-001 or PORTAL-002?).');
      await refused(['NOPE-1', 'status', 'done', 'portal.req.yaml'], 'cannot set NOPE-1 status: there is no requirement NOPE-1 in portal.req.yaml.');
    });

    it('when the ID is defined more than once, saying where', async () => {
      ws.write('other.req.yaml', PORTAL.replace(/PORTAL-002/g, 'PORTAL-001'));
      await refused(['PORTAL-001', 'status', 'done'], 'cannot set PORTAL-001 status: PORTAL-001 is defined more than once (other.req.yaml:6, other.req.yaml:12, portal.req.yaml:6): make the IDs unique first.');
    });

    it('when the file has YAML errors', async () => {
      ws.write('portal.req.yaml', PORTAL.replace('    owner: bob\n', '    owner: bob\n    owner: carol\n'));
      await refused(['PORTAL-001', 'status', 'done'], "cannot set PORTAL-001 status: portal.req.yaml:16:5: Duplicate key 'owner': a key may appear only once in a mapping (the later value would silently replace the earlier one). A file with YAML errors is never edited: fix it first.");
    });

    it('when the file is not valid UTF-8', async () => {
      ws.write('portal.req.yaml', Buffer.concat([Buffer.from('# caf\xe9\n', 'latin1'), Buffer.from(PORTAL.slice(PORTAL.indexOf('\n') + 1))]));
      await refused(['PORTAL-001', 'status', 'done'], 'cannot set PORTAL-001 status: portal.req.yaml is not valid UTF-8 text, so it is not edited.');
    });

    it('when the value breaks the schema or the vocabulary', async () => {
      await refused(['PORTAL-001', 'status', 'don'], "cannot set PORTAL-001 status: status must be one of new, in-progress, done, accepted, rejected, deferred (it is 'don').");
      await refused(['PORTAL-001', 'due', 'tomorrow'], "cannot set PORTAL-001 due: due must be a date like 2026-12-01 (it is 'tomorrow').");
      await refused(['PORTAL-001', 'links', 'PORTAL-002,bad'], "cannot set PORTAL-001 links: links item 2 must be a requirement ID like PORTAL-001, bare or with the stamp Mark Link Reviewed writes (PORTAL-001@1:9c41e07b) (it is 'bad').");
      await refused(['PORTAL-001', 'owner', ''], 'cannot set PORTAL-001 owner: owner must not be empty.');
    });

    it('when the vocabulary of reqdesk.yaml does not have the value', async () => {
      ws.write('reqdesk.yaml', yamlLines('vocabulary:', '  priorities: [must, should, could]'));
      await refused(['PORTAL-001', 'priority', 'high'], "cannot set PORTAL-001 priority: priority must be one of must, should, could (it is 'high').");
    });

    it('when the field is not a requirement field, or is the id', async () => {
      await refused(['PORTAL-001', 'stauts', 'done'], "cannot set PORTAL-001 stauts: 'stauts' is not a requirement field (did you mean 'status'?). Fields: title, description, priority, owner, status, source, acceptance, links, milestone, due, tags, changes.");
      await refused(['PORTAL-001', 'id', 'PORTAL-009'], 'cannot set PORTAL-001 id: IDs are not changed with set: other files refer to them.');
    });
  });
});
