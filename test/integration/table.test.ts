// The requirements table's host in a real VS Code: the panel and its page (CSP, nonce, resource roots), the
// webview's own script drawing rows, and the message protocol driven from here as if from the webview — edits
// that change the YAML (exact text, comments kept, undoable), refused edits that leave every file unchanged and
// answer with the request id, malformed messages ignored, export files byte for byte (save dialog stubbed),
// the first rows before all rows, reveal beside the table, save, remembered view state, and patches when files change.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import type { TablePanel } from '../../src/extension/table/tablePanel';
import { decodeRows } from '../../src/shared/encodedRows';
import type {
  EditResultMessage, ExportResultMessage, FirstRowsMessage, HostMessage, InitMessage, PatchMessage, TableRow, TableViewState,
} from '../../src/shared/protocol';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { linkStamp } from '../../src/core/trace/linkStamp';
import { activated, createFile, deleteFile, diskText, FixtureFiles, liveText, waitUntil, withLine, workspaceUri } from './editTestSupport';
import { FIXTURE_FILES } from './fixtureExpectations';

const { bad: BAD, portal: PORTAL } = FIXTURE_FILES;
const FIXTURE_IDS = ['BAD-001', 'BAD-002', 'BAD-003', 'BAD-004', 'BAD-005', 'PORTAL-001', 'PORTAL-002', 'PORTAL-003'];

/** Everything the host posts to the webview, with a way to wait for the next message of a kind. */
class PostedMessages implements vscode.Disposable {
  readonly all: HostMessage[] = [];
  private readonly subscription: vscode.Disposable;

  constructor(table: TablePanel) {
    this.subscription = table.onDidPost((message) => this.all.push(message));
  }

  /** The first message of this type posted from now on (and matching `where`). */
  async next<T extends HostMessage['type']>(type: T, where: (m: Extract<HostMessage, { type: T }>) => boolean = () => true, timeoutMs = 10_000): Promise<Extract<HostMessage, { type: T }>> {
    const start = this.all.length;
    let found: Extract<HostMessage, { type: T }> | undefined;
    await waitUntil(`a '${type}' message from the table's host`, () => {
      found = this.all.slice(start).find((m): m is Extract<HostMessage, { type: T }> => m.type === type && where(m as Extract<HostMessage, { type: T }>));
      return found !== undefined;
    }, timeoutMs);
    assert.ok(found);
    return found;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

suite('Requirements table', () => {
  let api: ReqDeskApi;
  let files: FixtureFiles;
  let table: TablePanel;
  let posted: PostedMessages;
  const temporary: vscode.Uri[] = [];
  const originalSaveDialog = vscode.window.showSaveDialog;

  /** Sends `message` as if the webview had posted it and returns the reply of `type`. */
  async function ask<T extends HostMessage['type']>(message: unknown, type: T, where?: (m: Extract<HostMessage, { type: T }>) => boolean): Promise<Extract<HostMessage, { type: T }>> {
    const reply = posted.next(type, where);
    await table.receive(message);
    return reply;
  }

  /**
   * Opens the table and waits until its page has drawn rows: from then on the host sends patches (before, the
   * page's own `ready` would bring everything at once). Each init the host posts reaches the page too, which
   * answers `rendered`; asking again covers a page still loading.
   */
  async function openTable(): Promise<TablePanel> {
    await vscode.commands.executeCommand('reqdesk.openTable');
    const opened = api.table.current;
    assert.ok(opened, 'the command opened the table');
    let drawn = false;
    const subscription = opened.onDidRender(() => {
      drawn = true;
    });
    try {
      await waitUntil('the webview to draw its rows', async () => {
        await opened.receive({ type: 'ready' });
        await new Promise((resolve) => setTimeout(resolve, 250));
        return drawn;
      }, 45_000);
    } finally {
      subscription.dispose();
    }
    return opened;
  }

  async function init(): Promise<InitMessage> {
    return ask({ type: 'ready' }, 'init');
  }

  async function rowOf(id: string): Promise<TableRow> {
    const row = decodeRows((await init()).data.rows).find((r) => r.id === id);
    assert.ok(row, `a row for ${id}`);
    return row;
  }

  async function edit(requestId: number, id: string, field: string, value: string, previous: string): Promise<EditResultMessage> {
    return ask({ type: 'edit', requestId, id, field, value, previous }, 'editResult', (m) => m.requestId === requestId);
  }

  suiteSetup(async () => {
    api = await activated();
    files = new FixtureFiles(api);
    await files.remember(BAD, PORTAL);
    table = await openTable();
    posted = new PostedMessages(table);
  });

  suiteTeardown(() => {
    posted.dispose();
    table.dispose();
  });

  teardown(async () => {
    vscode.window.showSaveDialog = originalSaveDialog;
    for (const uri of temporary.splice(0)) {
      await deleteFile(api, uri);
    }
    await files.restore();
    // restore() closes all editors; the table is a tab too.
    posted.dispose();
    table = await openTable();
    posted = new PostedMessages(table);
  });

  test('opens one panel: a second Open Requirements Table reveals it', async () => {
    await vscode.commands.executeCommand('reqdesk.openTable');
    assert.equal(api.table.current, table);
    const tableTabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('reqdesk.table'));
    // The tab model reaches the extension host a moment after the panel.
    await waitUntil('the table tab', () => tableTabs().length > 0);
    const tabs = tableTabs();
    assert.equal(tabs.length, 1, 'one table tab');
    assert.equal(tabs[0].label, 'Requirements Table');
    assert.equal(table.panel.viewType, 'reqdesk.table');
  });

  test('the page has a strict CSP with a fresh nonce and loads only the built assets', () => {
    const html = table.panel.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, html);
    const source = table.panel.webview.cspSource;
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    assert.ok(nonce && nonce.length === 24, `a 128-bit base64 nonce in ${csp}`);
    assert.equal(csp, `default-src 'none'; style-src ${source}; font-src ${source}; img-src ${source}; script-src 'nonce-${nonce}'`);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(scripts.length, 1);
    assert.match(scripts[0], new RegExp(`^<script nonce="${nonce.replace(/[+/]/g, '\\$&')}" src="[^"]+/media/table\\.js">$`));
    assert.match(html, /<link rel="stylesheet" href="[^"]+\/media\/table\.css">/);
    assert.doesNotMatch(html, /unsafe-|style=|\son[a-z]+=/i, 'no inline styles or handlers, no unsafe- sources');
    const roots = table.panel.webview.options.localResourceRoots?.map((u) => u.path);
    assert.deepEqual(roots, [vscode.Uri.joinPath(vscode.extensions.getExtension('reqdesk.reqdesk')?.extensionUri ?? assert.fail(), 'media').path]);
    assert.equal(table.panel.webview.options.enableScripts, true);
  });

  test("the webview's own script runs under that CSP and draws the fixture's rows", async () => {
    // Only the page (not this test) posts `rendered`, after drawing the rows an init brought: its script ran.
    const rendered = new Promise<{ rows: number; shown: number }>((resolve) => {
      const subscription = table.onDidRender((m) => {
        subscription.dispose();
        resolve(m);
      });
    });
    await table.receive({ type: 'ready' });
    assert.deepEqual(await rendered, { type: 'rendered', rows: 8, shown: 8 });
  });

  test('ready is answered first with the rows the page shows first, in its view; all rows follow once they are drawn', async () => {
    const view: TableViewState = {
      columns: ['id', 'title'], sort: [{ column: 'id', direction: 'desc' }], search: '', groupBy: '', collapsed: [],
      filters: { statuses: [], priorities: [], owners: [], documents: [], hasProblems: true, overdue: false, noTest: false, suspect: false },
    };
    const first = posted.next('firstRows');
    const all = posted.next('init');
    await table.receive({ type: 'ready', view, first: 1, count: 2 });
    const message: FirstRowsMessage = await first;
    const start = posted.all.indexOf(message);
    // With problems, by ID descending: BAD-005, BAD-004, BAD-003, BAD-002, BAD-001; the page asked for 2 from the 2nd.
    assert.deepEqual(decodeRows(message.rows).map((r) => r.id), ['BAD-004', 'BAD-003']);
    assert.deepEqual([message.first, message.itemCount, message.matching, message.total], [1, 5, 5, 8]);
    assert.deepEqual(message.view, view);
    assert.equal(message.strings['column.changes'], 'Change Requests');
    // The page answers `rendered` when they are on screen; only then do all rows go out.
    const init = await all;
    assert.ok(posted.all.indexOf(init) > start);
    assert.equal(decodeRows(init.data.rows).length, 8);
  });

  test('ready is answered with every requirement, the vocabularies and translated strings', async () => {
    const message = await init();
    assert.deepEqual(decodeRows(message.data.rows).map((r) => r.id).sort(), FIXTURE_IDS);
    const portal = decodeRows(message.data.rows).find((r) => r.id === 'PORTAL-002');
    assert.ok(portal);
    const { key, doc, ...shown } = portal;
    assert.match(key, /^\d+:1$/);
    assert.equal(typeof doc, 'number');
    assert.deepEqual(shown, {
      id: 'PORTAL-002', title: 'Password reset by e-mail', status: 'new', priority: 'medium', owner: 'bob',
      document: 'Customer portal', path: 'requirements/portal.req.yaml', customer: 'Acme Corp', milestone: '', due: '', overdue: 0,
      links: ['PORTAL-001'], suspect: [], changes: [], records: 1, description: '', acceptance: [], source: '', tags: [], errors: 0, warnings: 0, problems: [], vocabulary: 0, readOnly: '', dirty: false,
      traced: { code: 0, tests: 0, records: 1, changeRequests: 0 },
    });
    const bad5 = decodeRows(message.data.rows).find((r) => r.id === 'BAD-005');
    assert.deepEqual([bad5?.errors, bad5?.warnings, bad5?.problems], [1, 0, ["priority must be one of critical, high, medium, low (it is 'urgent')."]]);
    assert.deepEqual(message.data.vocabularies, [{
      statuses: ['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred'],
      priorities: ['critical', 'high', 'medium', 'low'],
      doneStatuses: ['done', 'accepted', 'rejected', 'deferred'],
      // Offered as new owners: the roster (nobody in it has roles, so all may own); mallory only in the filter, marked.
      owners: ['alice', 'bob', 'carol'],
      ownerLabels: [['alice', 'Alice Wang (alice)'], ['bob', 'Bob Li (bob)'], ['carol', 'Carol Chen (carol)'], ['mallory', 'mallory (not in the roster)']],
      // The owner cells read by name, the id in their tooltip.
      ownerNames: [['alice', 'Alice Wang'], ['bob', 'Bob Li'], ['carol', 'Carol Chen']],
      // English labels are the values: nothing to send.
      statusLabels: [],
      priorityLabels: [],
    }]);
    assert.equal(message.strings['column.changes'], 'Change Requests');
    assert.equal(message.strings.count, '{0} of {1}');
    assert.ok(!JSON.stringify(message).includes('file://'), 'no file URI reaches the webview');
  });

  test('the Traced column counts the files that mention the ID, and follows a code file as it changes', async () => {
    assert.deepEqual((await rowOf('PORTAL-003')).traced, { code: 0, tests: 0, records: 1, changeRequests: 0 });
    const tracedOf = (m: PatchMessage): TableRow['traced'] | undefined =>
      m.documents.flatMap((d) => decodeRows(d.rows)).find((r) => r.id === 'PORTAL-003')?.traced;
    const counted = posted.next('patch', (m) => tracedOf(m)?.tests === 1);
    const probe = workspaceUri('test/tableTraced.test.ts');
    await vscode.workspace.fs.writeFile(probe, new TextEncoder().encode("it('logs out (PORTAL-003)', () => undefined);\n"));
    assert.deepEqual(tracedOf(await counted), { code: 0, tests: 1, records: 1, changeRequests: 0 });
    const gone = posted.next('patch', (m) => tracedOf(m)?.tests === 0);
    await vscode.workspace.fs.delete(probe);
    assert.deepEqual(tracedOf(await gone), { code: 0, tests: 0, records: 1, changeRequests: 0 });
  });

  test('an edit sets the status in the buffer with comments kept, is undoable, and the row updates', async () => {
    const original = files.original(PORTAL);
    const patch = posted.next('patch', (m) => m.documents.some((d) => decodeRows(d.rows).some((r) => r.id === 'PORTAL-002' && r.status === 'done')));
    const result = await edit(7, 'PORTAL-002', 'status', 'done', 'new');
    assert.deepEqual(result, { type: 'editResult', requestId: 7, ok: true, message: '' });
    const expected = withLine(original, 15, '    status: done');
    assert.equal(await liveText(workspaceUri(PORTAL)), expected);
    assert.ok(expected.startsWith('# Clean: the integration tests expect no diagnostics in this file.\n'));
    assert.equal(await diskText(workspaceUri(PORTAL)), original, 'unsaved: the disk is unchanged');
    const row = (await patch).documents.flatMap((d) => decodeRows(d.rows)).find((r) => r.id === 'PORTAL-002');
    assert.deepEqual([row?.status, row?.dirty], ['done', true], 'the patch carries the new value and the unsaved mark');

    await vscode.window.showTextDocument(workspaceUri(PORTAL));
    await vscode.commands.executeCommand('undo');
    assert.equal(await liveText(workspaceUri(PORTAL)), original, 'undo in the file takes the edit back');
  });

  test('an owner edit keeps the comment after the value; an empty owner removes the line; a title is trimmed', async () => {
    const bad = files.original(BAD);
    assert.deepEqual(await edit(8, 'BAD-004', 'owner', 'alice', 'mallory'), { type: 'editResult', requestId: 8, ok: true, message: '' });
    assert.equal(await liveText(workspaceUri(BAD)), withLine(bad, 20, '    owner: alice # unknown-owner'));

    const portal = files.original(PORTAL);
    assert.equal((await edit(9, 'PORTAL-003', 'owner', '', 'carol')).ok, true);
    assert.equal((await edit(10, 'PORTAL-003', 'title', '  Log out everywhere  ', 'Log out from every page')).ok, true);
    assert.equal(await liveText(workspaceUri(PORTAL)), withLine(withLine(portal, 20, undefined), 18, '    title: Log out everywhere'));
  });

  test('refused edits change no file and answer with the request id and why', async () => {
    const broken = workspaceUri('requirements/tmp-broken.req.yaml');
    temporary.push(broken);
    await createFile(api, 'requirements/tmp-broken.req.yaml', 'document:\n  prefix: TMP\n  title: Broken\nrequirements:\n  - id: TMP-001\n    title: Fine so far\n    status: new\n  - id: TMP-002\n    title: "unclosed\n');
    const duplicate = workspaceUri('requirements/tmp-duplicate.req.yaml');
    temporary.push(duplicate);
    await createFile(api, 'requirements/tmp-duplicate.req.yaml', 'document:\n  prefix: PORTAL\n  title: Copy\nrequirements:\n  - id: PORTAL-001\n    title: A copy\n');
    await waitUntil('PORTAL-001 to be indexed twice', () => api.index.requirementsWithId('PORTAL-001').length === 2);
    const before = new Map<string, string>();
    for (const uri of [workspaceUri(PORTAL), workspaceUri(BAD), broken, duplicate]) {
      before.set(uri.toString(), await liveText(uri));
    }

    const refusals: [number, string, string, string, string, string][] = [
      [21, 'PORTAL-999', 'status', 'done', '', 'Could not set the status of PORTAL-999: there is no requirement PORTAL-999 in the workspace.'],
      [22, 'PORTAL-001', 'status', 'done', 'in-progress', 'Could not set the status of PORTAL-001: PORTAL-001 is defined more than once (requirements/portal.req.yaml:7, requirements/tmp-duplicate.req.yaml:5): make the IDs unique first.'],
      [23, 'TMP-001', 'status', 'done', 'new', 'Could not set the status of TMP-001: requirements/tmp-broken.req.yaml:10:1: YAML syntax error: Missing closing "quote. A file with YAML errors is never edited: fix it first.'],
      [24, 'PORTAL-002', 'status', 'finished', 'new', "Could not set the status of PORTAL-002: status must be one of new, in-progress, done, accepted, rejected, deferred (it is 'finished')."],
      [25, 'PORTAL-002', 'priority', 'urgent', 'medium', "Could not set the priority of PORTAL-002: priority must be one of critical, high, medium, low (it is 'urgent')."],
      [26, 'PORTAL-002', 'title', '   ', 'Password reset by e-mail', 'Could not set the title of PORTAL-002: title must not be empty.'],
      [27, 'PORTAL-002', 'status', 'done', 'in-progress', "Could not set the status of PORTAL-002: it changed to 'new' since the table showed 'in-progress'; nothing was written."],
    ];
    for (const [requestId, id, field, value, previous, message] of refusals) {
      assert.deepEqual(await edit(requestId, id, field, value, previous), { type: 'editResult', requestId, ok: false, message });
    }
    for (const [key, text] of before) {
      const uri = vscode.Uri.parse(key);
      assert.equal(await liveText(uri), text, `${vscode.workspace.asRelativePath(uri)} is unchanged`);
      assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.isDirty ?? false, false);
    }
    const rows = decodeRows((await init()).data.rows);
    assert.equal(rows.find((r) => r.id === 'TMP-001')?.readOnly, 'The file has YAML errors: fix them in the file first.');
    assert.deepEqual(rows.filter((r) => r.id === 'PORTAL-001').map((r) => r.readOnly), Array(2).fill('The ID PORTAL-001 is used 2 times: make it unique to edit it here.'));
  });

  test('malformed messages are ignored: nothing is posted, edited or thrown', async () => {
    const before = [await liveText(workspaceUri(PORTAL)), await liveText(workspaceUri(BAD))];
    const start = posted.all.length;
    const valid = { type: 'edit', requestId: 1, id: 'PORTAL-002', field: 'status', value: 'done', previous: 'new' };
    const malformed: unknown[] = [
      undefined, null, 42, 'ready', [], [{ type: 'ready' }], {}, { type: 'nope' }, { type: 'ready', extra: 1 }, { type: 'READY' },
      { ...valid, requestId: -1 }, { ...valid, requestId: 1.5 }, { ...valid, requestId: '1' }, { ...valid, id: '' }, { ...valid, id: 7 },
      { ...valid, field: 'description' }, { ...valid, field: 'id' }, { ...valid, value: 12 }, { ...valid, value: 'x'.repeat(10_001) },
      { ...valid, previous: undefined }, { ...valid, extra: true }, { type: 'edit' },
      { type: 'reveal' }, { type: 'reveal', key: { toString: () => '0:0' } },
      { type: 'export', requestId: 1, format: 'html', columns: ['id'], keys: [] },
      { type: 'export', requestId: 1, format: 'csv', columns: ['id', 'evil'], keys: [] },
      { type: 'export', requestId: 1, format: 'csv', columns: [], keys: [] },
      { type: 'export', requestId: 1, format: 'csv', columns: ['id', 'id'], keys: [] },
      { type: 'export', requestId: 1, format: 'csv', columns: ['id'], keys: [1] },
      { type: 'viewState', view: { columns: ['id'] } }, { type: 'viewState' }, { type: 'save', now: true },
      { type: 'rendered', rows: -1, shown: 0 }, Object.create({ type: 'ready' }),
    ];
    for (const message of malformed) {
      await table.receive(message);
    }
    // The page itself may say `ready` at any time (it answers with firstRows, then init); nothing else may come.
    assert.deepEqual(posted.all.slice(start).filter((m) => m.type !== 'firstRows' && m.type !== 'init').map((m) => m.type), []);
    assert.deepEqual([await liveText(workspaceUri(PORTAL)), await liveText(workspaceUri(BAD))], before);
    assert.equal(decodeRows((await init()).data.rows).length, 8, 'the host still answers');
  });

  test('export writes the rows asked for, in that order, as CSV with a BOM and as Markdown', async () => {
    const rows = decodeRows((await init()).data.rows);
    const key = (id: string): string => rows.find((r) => r.id === id)?.key ?? assert.fail(id);
    const target = workspaceUri('tmp-export.csv');
    const markdown = workspaceUri('tmp-export.md');
    let dialog: vscode.SaveDialogOptions | undefined;
    let answer: vscode.Uri | undefined = target;
    vscode.window.showSaveDialog = async (options) => {
      dialog = options;
      return answer;
    };
    const columns = ['id', 'title', 'owner', 'links', 'problems'];
    const keys = [key('PORTAL-002'), key('BAD-004'), 'no-such-key', key('BAD-001')];
    try {
      const written = await ask({ type: 'export', requestId: 31, format: 'csv', columns, keys }, 'exportResult', (m) => m.requestId === 31);
      assert.deepEqual(written, { type: 'exportResult', requestId: 31, outcome: 'written', rows: 3, message: 'Exported 3 requirements to tmp-export.csv.' } satisfies ExportResultMessage);
      assert.equal(dialog?.defaultUri?.path, workspaceUri('requirements.csv').path);
      assert.deepEqual(dialog?.filters, { 'CSV (Excel)': ['csv'] });
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark for Excel');
      assert.equal(await diskText(target),
        'ID,Title,Owner,Links,Problems\r\n' +
        'PORTAL-002,Password reset by e-mail,bob,PORTAL-001,\r\n' +
        'BAD-004,Owner not in the roster,mallory,,"Owner \'mallory\' is not in the roster (reqdesk.yaml). Known: alice, bob, carol."\r\n' +
        'BAD-001,No owner,,,BAD-001 has no owner: assign someone responsible.\r\n');

      answer = markdown;
      const md = await ask({ type: 'export', requestId: 32, format: 'markdown', columns: ['id', 'title', 'status'], keys: [key('PORTAL-001'), key('BAD-003')] }, 'exportResult', (m) => m.requestId === 32);
      assert.equal(md.outcome, 'written');
      assert.equal(await diskText(markdown),
        '| ID | Title | Status |\n' +
        '| --- | --- | --- |\n' +
        '| PORTAL-001 | Login goes to the home page | in-progress |\n' +
        '| BAD-003 | Links to an unknown ID |  |\n');

      answer = undefined;
      const cancelled = await ask({ type: 'export', requestId: 33, format: 'csv', columns, keys }, 'exportResult', (m) => m.requestId === 33);
      assert.deepEqual([cancelled.outcome, cancelled.message], ['cancelled', '']);
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(markdown).then(undefined, () => undefined);
    }
  });

  test('export writes the rows asked for as an Excel workbook: the view\'s columns, localized headers, the manifest', async () => {
    const rows = decodeRows((await init()).data.rows);
    const key = (id: string): string => rows.find((r) => r.id === id)?.key ?? assert.fail(id);
    const target = workspaceUri('tmp-export.xlsx');
    let dialog: vscode.SaveDialogOptions | undefined;
    vscode.window.showSaveDialog = async (options) => {
      dialog = options;
      return target;
    };
    try {
      const written = await ask({ type: 'export', requestId: 34, format: 'xlsx', columns: ['id', 'owner', 'document', 'links', 'problems'], keys: [key('PORTAL-002'), key('BAD-004'), key('PORTAL-001')] }, 'exportResult', (m) => m.requestId === 34);
      assert.deepEqual(written, { type: 'exportResult', requestId: 34, outcome: 'written', rows: 3, message: 'Exported 3 requirements to tmp-export.xlsx.' } satisfies ExportResultMessage);
      assert.deepEqual([dialog?.title, dialog?.defaultUri?.path, dialog?.filters], ['Export Requirements to Excel', workspaceUri('requirements.xlsx').path, { 'Excel Workbook': ['xlsx'] }]);
      const { readWorkbook } = await import('../../src/workbook/workbookCodec.js');
      const workbook = await readWorkbook(await vscode.workspace.fs.readFile(target));
      assert.deepEqual(workbook.sheets.map((s) => [s.name, s.hidden]), [['Requirements', false], ['Change Requests', false], ['Progress', false], ['reqdesk', true]]);
      assert.deepEqual(workbook.sheets[0].rows, [
        ['ID', 'Owner', 'Document', 'Links', 'Problems'],
        ['PORTAL-002', 'bob', 'Customer portal', 'PORTAL-001'],
        ['BAD-004', 'mallory', 'Known problems', null, 'Owner \'mallory\' is not in the roster (reqdesk.yaml). Known: alice, bob, carol.'],
        ['PORTAL-001', 'alice', 'Customer portal'],
      ]);
      assert.deepEqual(workbook.sheets[1].rows, [
        ['ID', 'Title', 'Status', 'Affects', 'Requested by', 'Requested on', 'Channel', 'File'],
        ['CR-0001', 'Support single sign-on', 'approved', 'PORTAL-001', 'Bob Li (Acme)', { date: '2026-11-20' }, 'email', 'changes/CR-0001.cr.yaml'],
      ]);
      const [, columns, headers, ...entries] = workbook.sheets[3].rows;
      assert.deepEqual(columns, ['columns', 'id', 'owner', null, 'links'], 'the fields of the columns; none for document and problems');
      assert.deepEqual(headers, ['headers', 'ID', 'Owner', 'Document', 'Links', 'Problems'], 'the headers a returned copy is read by');
      assert.deepEqual(entries.map(([id, file, fingerprint]) => [id, file, /^v2:[0-9a-f]{8}$/.test(String(fingerprint))]), [
        ['PORTAL-002', 'requirements/portal.req.yaml', true], ['BAD-004', 'requirements/bad.req.yaml', true], ['PORTAL-001', 'requirements/portal.req.yaml', true],
      ]);
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('Export Requirements to Excel writes every requirement with every column of the table', async () => {
    const target = workspaceUri('tmp-all.xlsx');
    vscode.window.showSaveDialog = async () => target;
    try {
      await vscode.commands.executeCommand('reqdesk.exportExcel');
      const { readWorkbook } = await import('../../src/workbook/workbookCodec.js');
      const sheet = (await readWorkbook(await vscode.workspace.fs.readFile(target))).sheets[0];
      assert.deepEqual(sheet.rows[0], [
        'ID', 'Title', 'Status', 'Priority', 'Owner', 'Document', 'Customer', 'Milestone', 'Due', 'Overdue', 'Links', 'Suspect', 'Change Requests',
        'Records', 'Problems', 'Description', 'Acceptance criteria', 'Source', 'Tags', 'Traced',
      ]);
      assert.deepEqual(sheet.rows.slice(1).map((row) => row[0]).sort(), FIXTURE_IDS);
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('export writes the specification of the rows asked for, every field, per document, as Markdown and HTML', async () => {
    const rows = decodeRows((await init()).data.rows);
    const key = (id: string): string => rows.find((r) => r.id === id)?.key ?? assert.fail(id);
    const markdown = workspaceUri('tmp-spec.md');
    const html = workspaceUri('tmp-spec.html');
    const dialogs: (vscode.SaveDialogOptions | undefined)[] = [];
    const answers = [markdown, html];
    vscode.window.showSaveDialog = async (options) => {
      dialogs.push(options);
      return answers.shift();
    };
    const keys = [key('PORTAL-002'), key('PORTAL-001')];
    try {
      const written = await ask({ type: 'export', requestId: 41, format: 'spec-markdown', columns: ['id'], keys }, 'exportResult', (m) => m.requestId === 41);
      assert.deepEqual([written.outcome, written.rows, written.message], ['written', 2, 'Exported 2 requirements to tmp-spec.md.']);
      assert.deepEqual([dialogs[0]?.title, dialogs[0]?.defaultUri?.path, dialogs[0]?.filters], ['Export the Specification as Markdown', workspaceUri('specification.md').path, { Markdown: ['md'] }]);
      assert.equal(await diskText(markdown), [
        '# Requirements specification', '',
        '## Customer portal', '', '- **Customer:** Acme Corp', '- **File:** requirements/portal.req.yaml', '',
        '### PORTAL-002 · Password reset by e-mail', '', '- **Status:** new', '- **Priority:** medium', '- **Owner:** bob', '- **Links:** PORTAL-001', '',
        '### PORTAL-001 · Login goes to the home page', '', '- **Status:** in-progress', '- **Priority:** high', '- **Owner:** alice', '',
      ].join('\n'));
      const page = await ask({ type: 'export', requestId: 42, format: 'spec-html', columns: ['id'], keys: [key('PORTAL-001')] }, 'exportResult', (m) => m.requestId === 42);
      assert.equal(page.outcome, 'written');
      assert.deepEqual(dialogs[1]?.filters, { HTML: ['html', 'htm'] });
      const text = await diskText(html);
      assert.ok(text.startsWith('<!DOCTYPE html>\n<html lang="en">'), text);
      assert.ok(text.includes('<h2>Customer portal</h2>\n<dl>\n<dt>Customer</dt><dd>Acme Corp</dd>'), text);
      assert.ok(text.includes('<h3>PORTAL-001 · Login goes to the home page</h3>\n<dl>\n<dt>Status</dt><dd>in-progress</dd>'), text);
    } finally {
      await vscode.workspace.fs.delete(markdown).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(html).then(undefined, () => undefined);
    }
  });

  test('reveal opens the requirement beside the table, which stays in view; the next one goes to the same group', async () => {
    const tableTab = (): vscode.Tab | undefined => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('reqdesk.table'));
    const fileTab = (path: string): vscode.Tab | undefined => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === workspaceUri(path).toString());
    assert.equal(vscode.window.tabGroups.all.length, 1, 'the table alone to begin with');
    const key = (await rowOf('BAD-004')).key;
    await table.receive({ type: 'reveal', key });
    await waitUntil('bad.req.yaml to be shown', () => vscode.window.activeTextEditor?.document.uri.toString() === workspaceUri(BAD).toString());
    const editor = vscode.window.activeTextEditor;
    const selection = editor?.selection;
    assert.deepEqual([selection?.start.line, selection?.start.character, selection?.end.line, selection?.end.character], [17, 8, 17, 15]);
    // The tab model reaches the extension host a moment after the editor.
    await waitUntil('the file\'s tab', () => fileTab(BAD) !== undefined);
    assert.notEqual(editor?.viewColumn, table.panel.viewColumn, 'the file is in another group than the table');
    assert.equal(fileTab(BAD)?.group.viewColumn, editor?.viewColumn);
    assert.equal(tableTab()?.isActive, true, 'the table is still the tab shown in its group');
    assert.equal(table.panel.visible, true);

    // From the table again: the same group beside it, no third one.
    table.reveal();
    await waitUntil('the table to be active', () => table.panel.active);
    await table.receive({ type: 'reveal', key: (await rowOf('PORTAL-002')).key });
    await waitUntil('portal.req.yaml to be shown', () => vscode.window.activeTextEditor?.document.uri.toString() === workspaceUri(PORTAL).toString());
    assert.equal(vscode.window.activeTextEditor?.viewColumn, editor?.viewColumn);
    assert.equal(vscode.window.tabGroups.all.length, 2);
    assert.equal(table.panel.visible, true);

    await table.receive({ type: 'reveal', key: '999:0' });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), workspaceUri(PORTAL).toString(), 'an unknown key opens nothing');
  });

  test('save writes the files the table edited', async () => {
    assert.equal((await edit(41, 'PORTAL-001', 'priority', 'critical', 'high')).ok, true);
    const expected = withLine(files.original(PORTAL), 8, '    priority: critical');
    await table.receive({ type: 'save' });
    assert.equal(await diskText(workspaceUri(PORTAL)), expected);
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === workspaceUri(PORTAL).toString())?.isDirty, false);
  });

  test('a valid view state is remembered for the workspace; a malformed one is not', async () => {
    const view: TableViewState = {
      columns: ['status', 'id', 'title'], sort: [{ column: 'priority', direction: 'desc' }, { column: 'id', direction: 'asc' }],
      search: 'login', filters: { statuses: ['new'], priorities: [], owners: [''], documents: ['Customer portal'], hasProblems: true, overdue: false, noTest: false, suspect: false },
      groupBy: 'milestone', collapsed: [''],
    };
    await table.receive({ type: 'viewState', view });
    assert.deepEqual((await init()).view, view);
    await table.receive({ type: 'viewState', view: { ...view, groupBy: 'title' } });
    await table.receive({ type: 'viewState', view: { ...view, sort: [{ column: 'id', direction: 'up' }] } });
    assert.deepEqual((await init()).view, view);
  });

  test('a file change is sent as a patch of just that document; a new document adds its rows', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const patch = posted.next('patch', (m) => m.documents.some((d) => decodeRows(d.rows).some((r) => r.id === 'TMP-101')));
    temporary.push(await createFile(api, 'requirements/tmp-new.req.yaml', `document:\n  prefix: TMP\n  title: New\nrequirements:\n  - id: TMP-101\n    title: "${xss}"\n    priority: low\n    owner: alice\n`));
    const message: PatchMessage = await patch;
    assert.equal(message.documents.length, 1);
    assert.deepEqual(decodeRows(message.documents[0].rows).map((r) => [r.id, r.title, r.document]), [['TMP-101', xss, 'New']]);
  });

  test('a target edited in another file makes the stamped link suspect in the patch; the Suspect filter shows just that row', async () => {
    const stamp = linkStamp({ title: 'Accounts' }, DEFAULT_SETTINGS.reviewedFields);
    const target = await createFile(api, 'requirements/tmp-target.req.yaml', 'document:\n  prefix: TMP\n  title: Targets\nrequirements:\n  - id: TMP-201\n    title: Accounts\n');
    temporary.push(target);
    const linking = posted.next('patch', (m) => m.documents.some((d) => decodeRows(d.rows).some((r) => r.id === 'TMP-202')));
    temporary.push(await createFile(api, 'requirements/tmp-linking.req.yaml', `document:\n  prefix: TMP\n  title: Dependants\nrequirements:\n  - id: TMP-202\n    title: Log in\n    links: [TMP-201@${stamp}, PORTAL-001]\n  - id: TMP-203\n    title: Log out\n    links: [TMP-201]\n`));
    const dependants = (message: PatchMessage): [string, readonly string[]][] =>
      message.documents.flatMap((d) => decodeRows(d.rows)).filter((r) => r.id !== 'TMP-201').map((r) => [r.id, r.suspect]);
    assert.deepEqual(dependants(await linking), [['TMP-202', []], ['TMP-203', []]], 'reviewed as it is: not suspect');

    const suspect = posted.next('patch', (m) => m.documents.some((d) => decodeRows(d.rows).some((r) => r.id === 'TMP-202' && r.suspect.length > 0)));
    const document = await vscode.workspace.openTextDocument(target);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(target, new vscode.Range(document.positionAt(document.getText().indexOf('Accounts')), document.positionAt(document.getText().indexOf('Accounts') + 'Accounts'.length)), 'User accounts');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepEqual(dependants(await suspect), [['TMP-202', ['TMP-201']], ['TMP-203', []]], 'the bare link is never suspect');

    const view: TableViewState = {
      columns: ['id', 'suspect'], sort: [], search: '', groupBy: '', collapsed: [],
      filters: { statuses: [], priorities: [], owners: [], documents: [], hasProblems: false, overdue: false, noTest: false, suspect: true },
    };
    const first = await ask({ type: 'ready', view }, 'firstRows');
    assert.deepEqual(decodeRows(first.rows).map((r) => [r.id, r.suspect]), [['TMP-202', ['TMP-201']]]);
    assert.deepEqual([first.matching, first.strings['column.suspect'], first.strings.suspectFilter], [1, 'Suspect', 'Suspect links']);
    await vscode.window.showTextDocument(target);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
