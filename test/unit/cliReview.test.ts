import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { linkStamp } from '../../src/core/trace/linkStamp';
import { runCli, TempWorkspace, yamlLines } from '../fixtures/cli/cliHarness';

const TARGETS = yamlLines(
  'document: { prefix: PORTAL, title: Customer portal }',
  'requirements:',
  '  - id: PORTAL-001',
  '    title: Accounts',
  '    description: One account each.',
  '  - id: PORTAL-002',
  '    title: Sessions',
);

const LINKING = yamlLines(
  '# Dependants',
  'document: { prefix: APP, title: App }',
  'requirements:',
  '  - id: APP-001',
  '    title: Log in',
  '    links:',
  '      - PORTAL-001@1:00000000 # reviewed at the kick-off',
  "      - 'PORTAL-002'",
  '      - PORTAL-404',
  '  - id: APP-002',
  '    title: Log out',
  '    links: [PORTAL-002]   # bare',
);

const P1 = linkStamp({ title: 'Accounts', description: 'One account each.' }, DEFAULT_SETTINGS.reviewedFields);
const P2 = linkStamp({ title: 'Sessions' }, DEFAULT_SETTINGS.reviewedFields);

describe('reqdesk review', () => {
  let ws: TempWorkspace;
  afterEach(() => ws.dispose());

  it('stamps every link of the requirements given, comments and quotes kept, and prints each stamp', async () => {
    ws = new TempWorkspace({ 'portal.req.yaml': TARGETS, 'app.req.yaml': LINKING });
    const run = await runCli(['review', 'APP-001', 'APP-002'], ws.root);
    assert.deepEqual(run, {
      code: 0,
      stdout: `APP-001: PORTAL-001@1:00000000 → PORTAL-001@${P1} (app.req.yaml)\nAPP-001: PORTAL-002 → PORTAL-002@${P2} (app.req.yaml)\nAPP-002: PORTAL-002 → PORTAL-002@${P2} (app.req.yaml)\n`,
      stderr: '',
    });
    assert.equal(ws.text('app.req.yaml'), LINKING
      .replace('PORTAL-001@1:00000000 #', `PORTAL-001@${P1} #`)
      .replace("'PORTAL-002'", `'PORTAL-002@${P2}'`)
      .replace('[PORTAL-002]', `[PORTAL-002@${P2}]`));
    assert.deepEqual(await runCli(['review', 'APP-002'], ws.root), { code: 0, stdout: 'APP-002: every link is reviewed already (app.req.yaml)\n', stderr: '' });
  });

  it('--dry-run prints the same and writes nothing', async () => {
    ws = new TempWorkspace({ 'portal.req.yaml': TARGETS, 'app.req.yaml': LINKING });
    const run = await runCli(['review', 'APP-002', '--dry-run'], ws.root);
    assert.deepEqual(run, { code: 0, stdout: `APP-002: PORTAL-002 → PORTAL-002@${P2} (app.req.yaml)\n(dry run: nothing written)\n`, stderr: '' });
    assert.equal(ws.text('app.req.yaml'), LINKING);
  });

  it('takes paths beside the IDs', async () => {
    ws = new TempWorkspace({ 'docs/portal.req.yaml': TARGETS, 'docs/app.req.yaml': LINKING });
    const run = await runCli(['review', 'docs', 'APP-002'], ws.root);
    assert.deepEqual(run, { code: 0, stdout: `APP-002: PORTAL-002 → PORTAL-002@${P2} (docs/app.req.yaml)\n`, stderr: '' });
  });

  it('an unknown ID is exit code 2 and nothing is written', async () => {
    ws = new TempWorkspace({ 'portal.req.yaml': TARGETS, 'app.req.yaml': LINKING });
    const run = await runCli(['review', 'APP-002', 'APP-003'], ws.root);
    assert.deepEqual(run, { code: 2, stdout: '', stderr: 'reqdesk: there is no requirement APP-003 in the current folder (did you mean APP-001 or APP-002?).\n' });
    assert.equal(ws.text('app.req.yaml'), LINKING);
  });

  it('refuses a file with YAML errors (exit code 1)', async () => {
    const broken = `${LINKING}  - id: [APP-003\n`;
    ws = new TempWorkspace({ 'portal.req.yaml': TARGETS, 'app.req.yaml': broken });
    const run = await runCli(['review', 'APP-002'], ws.root);
    assert.deepEqual(run, { code: 1, stdout: '', stderr: 'reqdesk: cannot review: app.req.yaml has YAML errors. A file with YAML errors is never edited: fix it first.\n' });
    assert.equal(ws.text('app.req.yaml'), broken);
  });

  it('needs an ID (usage error)', async () => {
    ws = new TempWorkspace();
    const run = await runCli(['review', '--dry-run'], ws.root);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^reqdesk: review needs at least one <ID>, e\.g\. reqdesk review PORTAL-002\n/);
  });
});
