import * as assert from 'node:assert/strict';
import { at, indexOf, TEST_TODAY, yaml } from '../workspaceBuilder';
import { decodeParsedFile, encodeParsedFile } from '../../../src/core/parsedFileCodec';
import { parseFile } from '../../../src/core/parsedFile';
import { recordMoment } from '../../../src/core/records/recordReader';
import { WorkspaceIndex } from '../../../src/core/workspaceIndex';
import { idsInText } from '../../../src/core/requirementIdText';

const REQUIREMENTS = 'document: { prefix: P, title: T }\nrequirements:\n  - { id: P-001, title: a, owner: alice, priority: high }\n  - { id: P-002, title: b, owner: alice, priority: high }\n';
const CR = 'id: CR-0001\ntitle: T\nstatus: submitted\naffects: [P-001]\n';

const CALL = yaml`
  ---
  kind: call
  on: 2026-11-20T09:00+08:00
  subject: Weekly call
  with: [alice, Wang Wei]
  actions:
    - { who: alice, what: Check P-001, due: 2026-12-01 }
    - who: bob
      what: Later
      done: true
  requirements: [P-002]
  ---
  P-001 came up, and CR-0001; UTF-8 did not.
`;

function parseRecord(text: string): ReturnType<typeof parseFile> {
  return parseFile('notes/call.md', text, 'record', { maxBytes: 1e6 });
}

describe('communication records: reading', () => {
  it('reads the front matter with ranges on the Markdown file\'s lines', () => {
    const record = parseRecord(CALL).record;
    assert.ok(record);
    assert.deepEqual(record.data, {
      kind: 'call', on: '2026-11-20T09:00+08:00', subject: 'Weekly call', with: ['alice', 'Wang Wei'],
      actions: [{ who: 'alice', what: 'Check P-001', due: '2026-12-01' }, { who: 'bob', what: 'Later', done: true }], requirements: ['P-002'],
    });
    assert.equal(record.date, '2026-11-20');
    assert.equal(record.time, Date.parse('2026-11-20T01:00:00Z'));
    assert.equal(at(record.range), '0:0-11:3');
    assert.deepEqual(record.actions.map((a) => [a.index, a.done, at(a.range), a.whoRange && at(a.whoRange), a.dueRange && at(a.dueRange)]), [
      [0, false, '6:4-6:54', '6:11-6:16', '6:42-6:52'],
      [1, true, '7:4-10:0', '7:9-7:12', undefined],
    ]);
  });

  it('finds every ID in the front matter and the body with one scan, telling listed IDs apart', () => {
    const record = parseRecord(CALL).record;
    assert.deepEqual(record?.mentions.map((m) => [m.id, m.place, at(m.range)]), [
      ['P-001', 'text', '6:30-6:35'],
      ['P-002', 'requirements', '10:15-10:20'],
      ['P-001', 'text', '12:0-12:5'],
      ['CR-0001', 'text', '12:19-12:26'],
      ['UTF-8', 'text', '12:28-12:33'],
    ]);
    assert.deepEqual(idsInText('aP-1 P-1 P-12a (P-3)'), [{ id: 'P-1', offset: 5 }, { id: 'P-3', offset: 16 }]);
  });

  it('places schema problems on the Markdown file\'s lines, CRLF and a byte order mark too', () => {
    const text = '\uFEFF---\r\nkind: talk\r\non: 2026-11-20\r\nsubject: S\r\nactions:\r\n  - { who: alice }\r\n---\r\nBody\r\n';
    const parsed = parseRecord(text);
    assert.deepEqual(parsed.findings.map((f) => [f.ruleId, at(f.range), f.message]), [
      ['schema', '1:6-1:10', "kind must be one of meeting, email, call, chat, visit, other (it is 'talk')."],
      ['schema', '5:6-5:16', "actions item 1 is missing the required field 'what'."],
    ]);
  });

  it('reports a Markdown file without front matter (information: a plain note), or with front matter nothing closes (an error), at its first line', () => {
    for (const [text, severity, message] of [
      ['# Notes\n', 'info', 'A communication record starts with YAML front matter: a first line ---, then kind:, on: and subject:, then a line ---.'],
      ['---\nkind: call\n', 'error', 'The front matter is not closed: a line --- should end it, before the text of the record.'],
    ]) {
      const parsed = parseRecord(text);
      assert.equal(parsed.record, undefined);
      assert.deepEqual(parsed.findings.map((f) => [f.ruleId, f.severity, at(f.range), f.message]), [['record-front-matter', severity, `0:0-0:${text.indexOf('\n')}`, message]]);
    }
  });

  it('reports YAML errors of the front matter where they are, and never reads the body as YAML', () => {
    const parsed = parseRecord('---\nkind: [call\n---\n: not yaml: at all {\n');
    assert.deepEqual(parsed.findings.map((f) => [f.ruleId, f.range.start.line]), [['yaml-syntax', 1]]);
    assert.equal(parseRecord('---\n---\nText\n').findings[0].message, 'The file is empty. A communication record needs front matter with kind:, on: and subject:.');
  });

  it('dates a record as written in its own zone; a moment only with a time', () => {
    assert.deepEqual(recordMoment('2026-12-06'), { date: '2026-12-06', time: undefined });
    // 23:30 in New York is already the 7th in UTC: the record stays on the 6th.
    assert.deepEqual(recordMoment('2026-12-06T23:30-05:00'), { date: '2026-12-06', time: Date.parse('2026-12-07T04:30:00Z') });
    assert.deepEqual(recordMoment('2026-12-07T00:30+0800'), { date: '2026-12-07', time: Date.parse('2026-12-06T16:30:00Z') });
    assert.deepEqual(recordMoment('2026-02-30'), { date: undefined, time: undefined });
    assert.deepEqual(recordMoment(undefined), { date: undefined, time: undefined });
  });

  it('carries records through the worker codec unchanged: with a time, with a date only, with no date', () => {
    for (const text of [CALL, CALL.replace('on: 2026-11-20T09:00+08:00', 'on: 2026-11-20'), CALL.replace('on: 2026-11-20T09:00+08:00\n', '')]) {
      const parsed = parseRecord(text);
      const encoded = encodeParsedFile(parsed);
      assert.ok(encoded, text);
      assert.deepStrictEqual(decodeParsedFile('notes/call.md', encoded), parsed);
    }
  });
});

describe('communication records: the index', () => {
  const day = (on: string, file: string): [string, string] => [file, `---\nkind: meeting\non: ${on}\nsubject: ${file}\n---\nAbout P-001.\n`];

  it('lists records newest first: by local date, then by time, then by path', () => {
    const index = indexOf(Object.fromEntries([
      day('2026-11-20', 'notes/b.md'), day('2026-11-20T09:00+08:00', 'notes/c.md'), day('2026-11-20T10:00+08:00', 'notes/d.md'),
      day('2026-11-21T00:30+08:00', 'notes/e.md'), day('2026-11-20', 'notes/a.md'), day('2026-11-19T23:30-05:00', 'notes/f.md'),
    ]));
    assert.deepEqual(index.records().map((r) => r.file), ['notes/e.md', 'notes/d.md', 'notes/c.md', 'notes/a.md', 'notes/b.md', 'notes/f.md']);
  });

  it('knows the records that mention an ID, in the body or the front matter, newest first', () => {
    const index = indexOf({ 'a.req.yaml': REQUIREMENTS, 'changes/CR-0001.cr.yaml': CR, 'notes/call.md': CALL, ...Object.fromEntries([day('2026-12-01', 'notes/later.md')]) });
    assert.deepEqual(index.recordsMentioning('P-001').map((r) => r.file), ['notes/later.md', 'notes/call.md']);
    assert.deepEqual(index.recordsMentioning('P-002').map((r) => r.file), ['notes/call.md']);
    assert.deepEqual(index.recordsMentioning('CR-0001').map((r) => r.file), ['notes/call.md']);
    assert.deepEqual(index.recordsMentioning('P-404'), []);
    index.remove('notes/call.md');
    assert.deepEqual(index.recordsMentioning('P-002'), []);
  });

  it('lists open actions earliest due first, with their days overdue', () => {
    const index = indexOf({ 'notes/call.md': CALL, 'notes/next.md': '---\nkind: call\non: 2026-12-02\nsubject: Next\nactions:\n  - { who: alice, what: Soon, due: 2026-11-30 }\n  - { who: alice, what: Whenever }\n---\n' });
    assert.deepEqual(index.openActions().map((a) => [a.record.file, a.action.what, a.overdueDays]), [
      ['notes/next.md', 'Soon', 7],
      ['notes/call.md', 'Check P-001', 6],
      ['notes/next.md', 'Whenever', undefined],
    ]);
  });

  it('announces records in the change stream, and re-judges them on a new day', () => {
    const index = new WorkspaceIndex(TEST_TODAY);
    const changes: boolean[] = [];
    index.onDidChange((c) => changes.push(c.records));
    index.update('a.req.yaml', REQUIREMENTS);
    const read = index.update('notes/call.md', CALL, { kind: 'record' });
    assert.equal(read.records, true);
    assert.equal(index.findings('notes/call.md').filter((f) => f.ruleId === 'record-action-overdue').length, 1);
    const next = index.setToday('2026-11-30');
    assert.deepEqual([...next.files].sort(), ['a.req.yaml', 'notes/call.md']);
    assert.equal(next.records, true);
    assert.equal(index.findings('notes/call.md').filter((f) => f.ruleId === 'record-action-overdue').length, 0);
    assert.deepEqual(changes, [false, true, true]);
  });

  it('re-checks a record when an ID it names, or a prefix, comes or goes', () => {
    const index = new WorkspaceIndex(TEST_TODAY);
    index.update('notes/call.md', CALL, { kind: 'record' });
    const unknown = (): string[] => index.findings('notes/call.md').filter((f) => f.ruleId === 'record-unknown-id').map((f) => f.message);
    // No requirement has the prefix P yet: only the listed ID and CR-0001 are judged.
    assert.deepEqual(unknown(), [
      'The record names unknown requirement P-002: no requirement in the workspace has this ID.',
      'The record names unknown change request CR-0001: no change request in the workspace has this ID.',
    ]);
    assert.ok(index.update('a.req.yaml', 'document: { prefix: P, title: T }\nrequirements:\n  - { id: P-002, title: b, owner: alice, priority: high }\n').files.has('notes/call.md'));
    assert.deepEqual(unknown(), [
      'The record names unknown requirement P-001: no requirement in the workspace has this ID.',
      'The record names unknown requirement P-001: no requirement in the workspace has this ID.',
      'The record names unknown change request CR-0001: no change request in the workspace has this ID.',
    ]);
    assert.ok(index.update('changes/CR-0001.cr.yaml', CR).files.has('notes/call.md'));
    assert.ok(index.update('a.req.yaml', REQUIREMENTS).files.has('notes/call.md'));
    assert.deepEqual(unknown(), []);
  });
});
