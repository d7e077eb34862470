// Requirement IDs anywhere (hover, go to definition, find references, completion) and the status bar, in a real
// VS Code. The tests write their own Markdown, TypeScript and YAML files into the temp workspace copy and delete
// them again, so the fixture counts other suites assert stay as they are.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';

const EXTENSION_ID = 'reqdesk.reqdesk';
const DEADLINE_MS = 10_000;

/** Resolves once `condition` holds (checked every `pollMs`); rejects at the deadline. No fixed sleeps. */
async function waitUntil(what: string, condition: () => boolean, timeoutMs = DEADLINE_MS, pollMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

let activation: Promise<ReqDeskApi> | undefined;

/** The API once the extension has activated by itself from the fixture workspace and indexed it. */
function activated(): Promise<ReqDeskApi> {
  activation ??= (async () => {
    const extension = vscode.extensions.getExtension<ReqDeskApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in the extension host`);
    await waitUntil(`${EXTENSION_ID} to activate`, () => extension.isActive, 20_000, 50);
    await extension.exports.ready;
    return extension.exports;
  })();
  return activation;
}

function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

async function writeText(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function deleteQuietly(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** `path 6:8-6:18`: one comparable line per location (the workspace-relative path keeps failures readable). */
function formatLocation(uri: vscode.Uri, range: vscode.Range): string {
  return `${vscode.workspace.asRelativePath(uri)} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function formatLocations(results: readonly (vscode.Location | vscode.LocationLink)[] | undefined): string[] {
  return (results ?? [])
    .map((r) => ('targetUri' in r ? formatLocation(r.targetUri, r.targetSelectionRange ?? r.targetRange) : formatLocation(r.uri, r.range)))
    .sort();
}

/** The ReqDesk hover at a position, told from other extensions' hovers (e.g. TypeScript's) by its facts line. */
async function reqDeskHover(uri: vscode.Uri, position: vscode.Position): Promise<{ value: string; markdown: vscode.MarkdownString; hover: vscode.Hover } | undefined> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString && content.value.includes(' · Priority: ')) {
        return { value: content.value, markdown: content, hover };
      }
    }
  }
  return undefined;
}

function fileLink(relative: string, line: number): string {
  return `[${relative}:${line}](${workspaceUri(relative).with({ fragment: `L${line}` }).toString()})`;
}

const NOTES = 'docs/notes.md';
const NOTES_TEXT = [
  '# Release notes',
  '',
  'The login flow (PORTAL-001) now remembers the user.',
  'UTF-8 is not a requirement, and neither is PORTAL-0010.',
  'Next: PORTAL-',
  '',
].join('\n');
const CODE = 'src/login.ts';
const CODE_TEXT = ['// Implements PORTAL-001: after login, go to the home page.', "export const HOME = '/home';", ''].join('\n');
const EXCLUDED = 'excluded/old.md';
const EXCLUDED_TEXT = 'PORTAL-001 was once described here.\n';
const PORTAL = 'requirements/portal.req.yaml';
const DECISIONS = 'docs/decisions.md';
const DECISIONS_TEXT = '# Decisions\n\nThe CCB will decide CR-0001 (single sign-on) next week.\n';

/** Every mention of PORTAL-001 in the fixture plus the files above: declaration, links, affects, notes, code. */
const PORTAL_001_MENTIONS = [
  'changes/CR-0001.cr.yaml 7:10-7:20', // affects: [PORTAL-001]
  'docs/notes.md 2:16-2:26',
  // The fixture's communication records: in the body text, and in the front matter's requirements:.
  'notes/2026-11-02-kick-off.md 12:20-12:30',
  'notes/2026-11-20-weekly-call.md 11:7-11:17',
  'notes/2026-12-03-sso-request.md 5:15-5:25',
  'requirements/portal.req.yaml 6:8-6:18', // - id: PORTAL-001 (the declaration)
  'requirements/portal.req.yaml 16:12-16:22', // links: [PORTAL-001]
  'requirements/portal.req.yaml 22:12-22:22', // links: [PORTAL-001, PORTAL-002]
  'src/login.ts 0:14-0:24', // in a comment
];

const PORTAL_001_HOVER = [
  '**PORTAL-001 — Login goes to the home page**',
  'Status: in-progress · Priority: high · Owner: Alice Wang (alice)',
  `File: ${fileLink(PORTAL, 7)}`,
  // Where it is traced (src/login.ts by the default code globs; docs/ is neither code nor tests), first places in path order.
  '---',
  'Traced: 1 code, 0 tests, 3 records, 1 CR',
  [
    `- ${fileLink('changes/CR-0001.cr.yaml', 8)}`,
    `- ${fileLink('notes/2026-11-02-kick-off.md', 13)}`,
    `- ${fileLink('notes/2026-11-20-weekly-call.md', 12)}`,
    `- ${fileLink('notes/2026-12-03-sso-request.md', 6)}`,
    `- ${fileLink(CODE, 1)}`,
  ].join('\n'),
  // The fixture's records that mention it, newest first.
  '---',
  'Discussed in 3 records, last 2026-12-03 Acme asks for single sign-on',
  [
    `- [2026-12-03 Acme asks for single sign-on](${workspaceUri('notes/2026-12-03-sso-request.md').toString()})`,
    `- [2026-11-20 Weekly call](${workspaceUri('notes/2026-11-20-weekly-call.md').toString()})`,
    `- [2026-11-02 Kick-off with Acme](${workspaceUri('notes/2026-11-02-kick-off.md').toString()})`,
  ].join('\n'),
];

suite('Language features on requirement IDs', () => {
  let notes: vscode.Uri;
  let code: vscode.Uri;
  let decisions: vscode.Uri;

  suiteSetup(async () => {
    const api = await activated();
    notes = await writeText(NOTES, NOTES_TEXT);
    code = await writeText(CODE, CODE_TEXT);
    await waitUntil('the mention index to count src/login.ts', () => api.mentions.mentionsOf('PORTAL-001').files.code === 1);
    await writeText(EXCLUDED, EXCLUDED_TEXT);
    decisions = await writeText(DECISIONS, DECISIONS_TEXT);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const folder of ['docs', 'src', 'excluded']) {
      await deleteQuietly(workspaceUri(folder));
    }
  });

  test('hover in Markdown shows the requirement: ID and title, status, priority, owner, file', async () => {
    const hover = await reqDeskHover(notes, new vscode.Position(2, 20));
    assert.ok(hover, 'a ReqDesk hover on PORTAL-001 in the Markdown file');
    assert.equal(hover.value, PORTAL_001_HOVER.join('\n\n'));
    assert.deepEqual(hover.hover.range && formatLocation(notes, hover.hover.range), 'docs/notes.md 2:16-2:26', 'the hover covers the ID');
    assert.notEqual(hover.markdown.isTrusted, true, 'requirement hovers are never trusted');
  });

  test('hover works in a TypeScript comment, and not on words that only look like IDs', async () => {
    const hover = await reqDeskHover(code, new vscode.Position(0, 18));
    assert.ok(hover, 'a ReqDesk hover on PORTAL-001 in the comment');
    assert.equal(hover.value, PORTAL_001_HOVER.join('\n\n'));
    assert.equal(await reqDeskHover(notes, new vscode.Position(3, 2)), undefined, 'UTF-8 is not a known requirement');
    assert.equal(await reqDeskHover(notes, new vscode.Position(3, 48)), undefined, 'PORTAL-0010 is not PORTAL-001');
  });

  suite('with requirement text that tries to inject Markdown', () => {
    let escape: vscode.Uri | undefined;
    teardown(async () => {
      if (escape) {
        await deleteQuietly(escape);
        const api = await activated();
        await waitUntil('ESC-001 to leave the index', () => api.index.requirementsWithId('ESC-001').length === 0);
      }
    });

    test('the hover shows it escaped: no link, command, HTML or icon', async () => {
      const api = await activated();
      escape = await writeText('requirements/escape.req.yaml', [
        'document:',
        '  prefix: ESC',
        '  title: Escaping',
        'requirements:',
        '  - id: ESC-001',
        '    title: "[x](command:foo) <b>"',
        '    description: "**bold** <img src=x onerror=alert(1)> $(bug)"',
        '    priority: high',
        '    owner: alice',
        '    status: new',
        '',
      ].join('\n'));
      await waitUntil('ESC-001 in the index', () => api.index.requirementsWithId('ESC-001').length === 1);
      const hover = await reqDeskHover(escape, new vscode.Position(4, 10));
      assert.ok(hover, 'a ReqDesk hover on ESC-001');
      assert.equal(hover.value, [
        '**ESC-001 — \\[x\\]\\(command:foo) \\<b>**',
        'Status: new · Priority: high · Owner: Alice Wang (alice)',
        '\\*\\*bold\\*\\* \\<img src=x onerror=alert(1)> \\$(bug)',
        `File: ${fileLink('requirements/escape.req.yaml', 5)}`,
        '---',
        'Traced: 0 code, 0 tests, 0 records, 0 CRs',
      ].join('\n\n'));
      assert.ok(!hover.value.includes('](command:'), 'no command link');
      assert.notEqual(hover.markdown.isTrusted, true);
      assert.notEqual(hover.markdown.supportHtml, true);
    });
  });

  suite('with a duplicated ID', () => {
    let duplicate: vscode.Uri | undefined;
    teardown(async () => {
      if (duplicate) {
        await deleteQuietly(duplicate);
        const api = await activated();
        await waitUntil('the duplicate PORTAL-003 to leave the index', () => api.index.requirementsWithId('PORTAL-003').length === 1);
      }
    });

    test('the hover says so and lists both places; go to definition offers both', async () => {
      const api = await activated();
      duplicate = await writeText('requirements/dup.req.yaml', [
        'document:',
        '  prefix: PORTAL',
        '  title: A copy',
        'requirements:',
        '  - id: PORTAL-003',
        '    title: Log out (copy)',
        '    priority: low',
        '    owner: bob',
        '    status: new',
        '',
      ].join('\n'));
      await waitUntil('both PORTAL-003 in the index', () => api.index.requirementsWithId('PORTAL-003').length === 2);
      const at = new vscode.Position(17, 10); // `  - id: PORTAL-003` in portal.req.yaml
      const hover = await reqDeskHover(workspaceUri(PORTAL), at);
      assert.ok(hover, 'a ReqDesk hover on the duplicated PORTAL-003');
      const sections = hover.value.split('\n\n---\n\n');
      assert.equal(sections[0], `⚠️ PORTAL-003 is defined 2 times:\n\n- ${fileLink(PORTAL, 18)}\n- ${fileLink('requirements/dup.req.yaml', 5)}`);
      assert.deepEqual(sections.slice(1).map((s) => s.split('\n\n')[0]), [
        '**PORTAL-003 — Log out from every page**',
        '**PORTAL-003 — Log out (copy)**',
        'Traced: 0 code, 0 tests, 1 record, 0 CRs',
        // Then the records that mention the ID (the fixture's kick-off decided on PORTAL-003).
        'Discussed in 1 record: 2026-11-02 Kick-off with Acme',
      ]);
      const definitions = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', workspaceUri(PORTAL), at);
      assert.deepEqual(formatLocations(definitions), ['requirements/dup.req.yaml 4:8-4:18', 'requirements/portal.req.yaml 17:8-17:18']);
    });
  });

  test('go to definition jumps from Markdown and code to the id in the requirements file', async () => {
    const fromNotes = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', notes, new vscode.Position(2, 17));
    assert.deepEqual(formatLocations(fromNotes), ['requirements/portal.req.yaml 6:8-6:18']);
    const fromCode = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', code, new vscode.Position(0, 23));
    assert.deepEqual(formatLocations(fromCode), ['requirements/portal.req.yaml 6:8-6:18']);
    const [exact] = fromNotes;
    assert.ok(exact instanceof vscode.Location, 'a plain location');
    assert.equal(exact.uri.toString(), workspaceUri(PORTAL).toString(), 'the very URI the index holds');
  });

  suite('find references', () => {
    teardown(async () => {
      await vscode.workspace.getConfiguration('search').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    });

    test('lists every mention across YAML, Markdown and code, and skips folders excluded by search.exclude', async () => {
      const references = (): Thenable<vscode.Location[]> =>
        vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', notes, new vscode.Position(2, 18));
      assert.deepEqual(formatLocations(await references()), [...PORTAL_001_MENTIONS, 'excluded/old.md 0:0-0:10'].sort(), 'with no search.exclude entry for the folder');

      await vscode.workspace.getConfiguration('search').update('exclude', { 'excluded/**': true }, vscode.ConfigurationTarget.Workspace);
      await waitUntil('search.exclude to apply', () => vscode.workspace.getConfiguration('search', notes).get<Record<string, unknown>>('exclude')?.['excluded/**'] === true);
      assert.deepEqual(formatLocations(await references()), [...PORTAL_001_MENTIONS].sort(), 'excluded/old.md is left out');
    });

    test('works from a YAML link as well', async () => {
      const fromLink = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', workspaceUri(PORTAL), new vscode.Position(16, 14));
      assert.deepEqual(formatLocations(fromLink), [...PORTAL_001_MENTIONS, 'excluded/old.md 0:0-0:10'].sort());
    });
  });

  suite('on change-request IDs', () => {
    /** The hover on CR-0001 in the note (line 2, columns 20-27). */
    const crHover = async (): Promise<vscode.Hover | undefined> => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', decisions, new vscode.Position(2, 22))) ?? [];
      return hovers.find((h) => h.contents.some((c) => c instanceof vscode.MarkdownString && c.value.includes('**CR-0001 — ')));
    };
    const value = (hover: vscode.Hover | undefined): string | undefined => hover?.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : '')).join('');
    let decided: vscode.Uri | undefined;

    teardown(async () => {
      if (decided) {
        await deleteQuietly(decided);
        decided = undefined;
        const api = await activated();
        await waitUntil('the decided copy to leave the index', () => api.index.changeRequestsWithId('CR-0001').length === 1);
      }
    });

    test('hover in a Markdown note shows title, status, affects and the file, untrusted', async () => {
      const hover = await crHover();
      assert.ok(hover, 'a ReqDesk hover on CR-0001 in the note');
      assert.equal(value(hover), [
        '**CR-0001 — Support single sign-on**',
        'Status: approved · Affects: PORTAL-001',
        `File: ${fileLink('changes/CR-0001.cr.yaml', 2)}`,
      ].join('\n\n'));
      assert.deepEqual(hover.range && formatLocation(decisions, hover.range), 'docs/decisions.md 2:20-2:27', 'the hover covers the ID');
      assert.notEqual((hover.contents[0] as vscode.MarkdownString).isTrusted, true);
    });

    test('the hover shows the decision, the members by name', async () => {
      const api = await activated();
      decided = await writeText('changes/decided/CR-0001.cr.yaml', [
        'id: CR-0001',
        'title: Support single sign-on',
        'status: approved',
        'affects: [PORTAL-001, PORTAL-002]',
        'decision: { outcome: approved, by: [carol, dave], on: 2026-11-22, rationale: Security policy. }',
        '',
      ].join('\n'));
      await waitUntil('the copy in the index', () => api.index.changeRequestsWithId('CR-0001').length === 2);
      const shown = value(await crHover()) ?? '';
      assert.ok(shown.includes('Status: approved · Affects: PORTAL-001, PORTAL-002\n\nDecision: approved · Decided by: Carol Chen (carol), dave · Decided on: 2026-11-22'), shown);
      assert.ok(shown.startsWith('⚠️ CR-0001 is defined 2 times:'), shown);
    });

    test("go to definition goes to the change request's id", async () => {
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', decisions, new vscode.Position(2, 21));
      assert.deepEqual(formatLocations(locations), ['changes/CR-0001.cr.yaml 1:4-1:11']);
    });

    test('find references lists the declaration and the note', async () => {
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', decisions, new vscode.Position(2, 24));
      assert.deepEqual(formatLocations(references), ['changes/CR-0001.cr.yaml 1:4-1:11', 'docs/decisions.md 2:20-2:27']);
    });
  });

  suite('completion', () => {
    const completions = async (uri: vscode.Uri, position: vscode.Position, trigger?: string): Promise<[string, string | undefined][]> => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, trigger);
      return list.items
        .filter((item) => item.kind === vscode.CompletionItemKind.Reference)
        .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
        .map((item): [string, string | undefined] => [typeof item.label === 'string' ? item.label : item.label.label, item.detail]);
    };
    const PORTAL_IDS: [string, string][] = [
      ['PORTAL-001', 'Login goes to the home page'],
      ['PORTAL-002', 'Password reset by e-mail'],
      ['PORTAL-003', 'Log out from every page'],
    ];

    test('offers the known IDs after PORTAL- in Markdown, numerically, with the title as detail', async () => {
      assert.deepEqual(await completions(notes, new vscode.Position(4, 13), '-'), PORTAL_IDS);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', notes, new vscode.Position(4, 13), '-');
      const range = list.items.find((item) => item.label === 'PORTAL-001')?.range;
      const inserting = range instanceof vscode.Range ? range : range?.inserting;
      assert.equal(inserting && formatLocation(notes, inserting), 'docs/notes.md 4:6-4:13', 'the typed `PORTAL-` is what gets replaced');
    });

    test('offers them after PORT in a YAML links list, and nothing for an unknown prefix', async () => {
      const yaml = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'links: [PORT\nlinks: [NOPE-' });
      assert.deepEqual(await completions(yaml.uri, new vscode.Position(0, 12)), PORTAL_IDS);
      assert.deepEqual(await completions(yaml.uri, new vscode.Position(1, 13), '-'), []);
    });

    test('offers change-request IDs after CR- too, with their titles', async () => {
      const text = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Decided in CR-' });
      assert.deepEqual(await completions(text.uri, new vscode.Position(0, 14), '-'), [['CR-0001', 'Support single sign-on']]);
    });
  });
});

suite('Status bar', () => {
  const created: vscode.Uri[] = [];
  const BEFORE = '$(error) 2 $(warning) 4 $(git-pull-request) 1';

  teardown(async () => {
    for (const uri of created.splice(0)) {
      await deleteQuietly(uri);
    }
    const api = await activated();
    await waitUntil(`the status bar to return to "${BEFORE}" (now "${api.statusBar.text}")`, () => api.statusBar.text === BEFORE);
  });

  test('counts problems and open change requests, and follows a change that adds some', async () => {
    const api = await activated();
    await waitUntil('the first count', () => api.statusBar.text === BEFORE, 5_000).catch(() => undefined);
    assert.equal(api.statusBar.text, BEFORE, 'the fixture: 2 errors, 4 warnings, CR-0001 approved');
    assert.equal(api.statusBar.tooltip, 'ReqDesk: 2 errors, 4 warnings, 1 open change requests\napproved: 1');
    assert.equal(api.statusBar.visible, true);

    created.push(await writeText('requirements/status.req.yaml', [
      'document:',
      '  prefix: STAT',
      '  title: Status bar test',
      'requirements:',
      '  - id: STAT-001',
      '    title: Nobody owns this yet',
      '    priority: low',
      '',
    ].join('\n')));
    created.push(await writeText('changes/CR-0002.cr.yaml', [
      'id: CR-0002',
      'title: Rename the home page',
      'status: submitted',
      'requested_by: Bob Li (Acme)',
      'requested_on: 2026-11-21',
      'channel: meeting',
      'affects: [BAD-001]',
      '',
    ].join('\n')));
    const after = '$(error) 2 $(warning) 5 $(git-pull-request) 2';
    await waitUntil(`the status bar to show "${after}"`, () => api.statusBar.text === after).catch(() => undefined);
    assert.equal(api.statusBar.text, after, 'one more warning (STAT-001 has no owner), one more open change request');
    assert.equal(api.statusBar.tooltip, 'ReqDesk: 2 errors, 5 warnings, 2 open change requests\nsubmitted: 1, approved: 1', 'by status, in workflow order');
  });
});
