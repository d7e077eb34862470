import * as assert from 'node:assert/strict';
import { parseCommandLine } from '../../src/cli/commandLine';
import { runCli, TempWorkspace } from '../fixtures/cli/cliHarness';

const FILES = {
  'reqdesk.yaml': 'roster:\n  - { id: alice }\n  - { id: 王伟 }\n',
  'notes/2026-12-01-call.md': '---\nkind: call\non: 2026-12-01T09:00+08:00\nsubject: 周会\nwith: [alice, 王伟]\nactions:\n  - { who: 王伟, what: 确认格式, due: 2026-12-05 }\n  - { who: alice, what: Send the minutes, due: 2026-12-02, done: true }\n  - { who: alice, what: No date }\n---\nText.\n',
  'minutes/elsewhere.md': '# Not a record: outside the records folder\n',
};

describe('reqdesk actions', () => {
  let workspace: TempWorkspace;
  beforeEach(() => {
    workspace = new TempWorkspace(FILES);
  });
  afterEach(() => workspace.dispose());

  it('reads its options', () => {
    assert.deepEqual(parseCommandLine(['actions', '--open', '--who', 'alice,bob', '--format', 'json', '--as-of', '2026-12-07', 'notes']), {
      command: 'actions', paths: ['notes'], open: true, who: ['alice', 'bob'], format: 'json', asOf: '2026-12-07',
    });
    assert.throws(() => parseCommandLine(['actions', '--format', 'md']), /actions/);
    assert.throws(() => parseCommandLine(['actions', '--as-of', 'tomorrow']), /as-of/);
    assert.throws(() => parseCommandLine(['acions']), /did you mean 'actions'/);
  });

  it('prints every action as a table, earliest due first, with open, done and overdue told apart', async () => {
    const run = await runCli(['actions', '--as-of', '2026-12-07'], workspace.root);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, [
      'Due         Who    What              State        Record           File',
      '2026-12-02  alice  Send the minutes  done         2026-12-01 周会  notes/2026-12-01-call.md',
      '2026-12-05  王伟   确认格式          overdue 2 d  2026-12-01 周会  notes/2026-12-01-call.md',
      '            alice  No date           open         2026-12-01 周会  notes/2026-12-01-call.md',
      '',
    ].join('\n'));
  });

  it('keeps the open actions of the people asked for, as JSON', async () => {
    const run = await runCli(['actions', '--open', '--who', 'alice', '--format', 'json', '--as-of', '2026-12-07'], workspace.root);
    assert.deepEqual(JSON.parse(run.stdout), [{
      who: 'alice', what: 'No date', due: null, done: false, overdue_days: null,
      record: { file: 'notes/2026-12-01-call.md', kind: 'call', date: '2026-12-01', subject: '周会' },
    }]);
  });

  it('says so when no action matches', async () => {
    const run = await runCli(['actions', '--who', 'nobody'], workspace.root);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'reqdesk: no actions match\n');
  });

  it('has check validate the records, and count them', async () => {
    workspace.write('notes/broken.md', '---\nkind: talk\non: 2026-12-01\nsubject: S\n---\n');
    const run = await runCli(['check', '--as-of', '2026-12-07'], workspace.root);
    assert.equal(run.code, 1);
    assert.deepEqual(run.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l)), [
      "notes/2026-12-01-call.md:7:33: info record-action-overdue Action overdue by 2 days: due 2026-12-05, for '王伟', not done.",
      "notes/broken.md:2:7: error schema kind must be one of meeting, email, call, chat, visit, other (it is 'talk').",
    ]);
    assert.match(run.stdout, /\(0 requirements, 0 change requests, 2 records\)$/m);
  });
});
