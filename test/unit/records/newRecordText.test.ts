import * as assert from 'node:assert/strict';
import { newRecordText, recordPath } from '../../../src/core/records/newRecordText';

const ENGLISH = { agenda: 'Agenda', discussion: 'Discussion', decisions: 'Decisions', actions: 'Action items' };

describe('newRecordText', () => {
  it('fills the front matter and writes one heading per section', () => {
    const text = newRecordText(
      { kind: 'meeting', on: '2026-11-20', subject: 'Weekly call: SSO', with: ['alice', 'Bob Li (Acme)'], requirements: ['PORTAL-001'], changes: [] },
      ENGLISH,
    );
    assert.equal(text, [
      '---',
      'kind: meeting',
      'on: 2026-11-20',
      "subject: 'Weekly call: SSO'",
      'with: [alice, Bob Li (Acme)]',
      'requirements: [PORTAL-001]',
      'decisions: []',
      'actions: []',
      '---',
      '',
      '# Weekly call: SSO',
      '',
      '## Agenda',
      '',
      '',
      '## Discussion',
      '',
      '',
      '## Decisions',
      '',
      '',
      '## Action items',
      '',
      '',
    ].join('\n'));
  });

  it('writes Chinese headings and subjects as given', () => {
    const text = newRecordText(
      { kind: 'call', on: '2026-11-21', subject: '周会', with: [], requirements: [], changes: ['CR-0001'] },
      { agenda: '议题', discussion: '讨论', decisions: '决定', actions: '行动项' },
    );
    assert.match(text, /^---\nkind: call\non: 2026-11-21\nsubject: 周会\nchanges: \[CR-0001\]\ndecisions: \[\]\nactions: \[\]\n---\n\n# 周会\n\n## 议题\n/);
    assert.match(text, /## 行动项\n\n$/);
  });
});

describe('recordPath', () => {
  it('names the file by date and subject, in the records folder', () => {
    assert.equal(recordPath('notes', '2026-06-01', 'Kick-off with Acme!'), 'notes/2026-06-01-kick-off-with-acme.md');
    assert.equal(recordPath('./minutes/', '2026-06-01', 'Kick-off'), 'minutes/2026-06-01-kick-off.md');
    assert.equal(recordPath('.', '2026-06-01', 'Kick-off'), '2026-06-01-kick-off.md');
  });

  it('keeps Chinese letters and drops what file systems refuse', () => {
    assert.equal(recordPath('notes', '2026-11-21', '周会：单点登录 / SSO?'), 'notes/2026-11-21-周会-单点登录-sso.md');
    assert.equal(recordPath('notes', '2026-11-21', 'a<b>c:d"e|f*g\\h'), 'notes/2026-11-21-a-b-c-d-e-f-g-h.md');
    assert.equal(recordPath('notes', '2026-11-21', '***'), 'notes/2026-11-21.md');
  });

  it('numbers a name already taken and keeps long subjects short', () => {
    assert.equal(recordPath('notes', '2026-06-01', 'Kick-off', 2), 'notes/2026-06-01-kick-off-2.md');
    const long = recordPath('notes', '2026-06-01', 'word '.repeat(40));
    assert.ok(long.length <= 'notes/2026-06-01-'.length + 60 + 3, long);
    assert.match(long, /-word\.md$/);
  });
});
