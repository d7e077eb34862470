import * as assert from 'node:assert/strict';
import { appendToSequenceAt, deleteKeyAt, setValueAt } from '../../../src/core/edit/yamlEdits';
import { applied, assertEdit, assertNoEdits, assertReadsBack, assertRefused, yaml } from './editAssertions';

const CR = yaml(
  'id: CR-0007',
  'title: Support single sign-on',
  "status: submitted   # submitted → assessed → approved | rejected → implemented → verified",
  'affects: [PORTAL-001]',
  'reason: "Acme moves all staff to their identity provider in Q1."',
  "expected_effect: 'No separate password for portal users.'",
  'description: >',
  '  Users log in through Acme\'s SSO instead of a password, with the same',
  '  roles as today.',
  'impact:',
  '  schedule_days: 5',
  '  risk: medium                  # low | medium | high',
  'decision:',
  'customer_signoff: { by: Bob Li, on: 2026-11-23 }',
  'history:',
  '  - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }',
);

describe('setValueAt', () => {
  describe('replacing a scalar', () => {
    it('replaces only the value and keeps the comment after it', () => {
      const text = yaml('status: new  # was proposed', 'owner: bob');
      assertEdit(text, setValueAt(text, ['status'], 'done'), yaml('status: done  # was proposed', 'owner: bob'), ['status'], 'done');
    });

    it('keeps double and single quotes, doubling a single quote inside', () => {
      const reason = setValueAt(CR, ['reason'], 'The IdP contract starts in Q1.');
      assertEdit(CR, reason, CR.replace('"Acme moves all staff to their identity provider in Q1."', '"The IdP contract starts in Q1."'), ['reason'], 'The IdP contract starts in Q1.');
      const effect = setValueAt(CR, ['expected_effect'], "Users don't need a password.");
      assertEdit(CR, effect, CR.replace("'No separate password for portal users.'", "'Users don''t need a password.'"), ['expected_effect'], "Users don't need a password.");
    });

    it('writes plain text plain, and quotes text that would read back as something else', () => {
      const cases: [string, string][] = [
        ['in-progress', 'in-progress'],
        ['2026-12-01', '2026-12-01'],
        ['Bob Li (Acme)', 'Bob Li (Acme)'],
        ['yes', "'yes'"],
        ['null', "'null'"],
        ['123', "'123'"],
        ['true', "'true'"],
        ['a: b', "'a: b'"],
        ['#1 priority', "'#1 priority'"],
        ['*star', "'*star'"],
        [' padded', "' padded'"],
        ['', "''"],
        ["it's: fine", `"it's: fine"`],
        ['bell\u0007', '"bell\\u0007"'],
      ];
      for (const [value, written] of cases) {
        const text = yaml('milestone: M1  # release', 'due: 2026-12-01');
        assertEdit(text, setValueAt(text, ['milestone'], value), yaml(`milestone: ${written}  # release`, 'due: 2026-12-01'), ['milestone'], value);
      }
    });

    it('writes numbers, booleans and null plain, and a number into a quoted value unquoted', () => {
      const text = yaml("cost: '8000'", 'signed: no_value', 'note: x');
      assertEdit(text, setValueAt(text, ['cost'], 8000), yaml('cost: 8000', 'signed: no_value', 'note: x'), ['cost'], 8000);
      assertEdit(text, setValueAt(text, ['signed'], true), yaml("cost: '8000'", 'signed: true', 'note: x'), ['signed'], true);
      assertEdit(text, setValueAt(text, ['note'], null), yaml("cost: '8000'", 'signed: no_value', 'note: null'), ['note'], null);
    });

    it('writes Chinese text as it is, never escaped', () => {
      const text = yaml('title: Login', 'owner: alice');
      assertEdit(text, setValueAt(text, ['title'], '登录后跳转到首页'), yaml('title: 登录后跳转到首页', 'owner: alice'), ['title'], '登录后跳转到首页');
      const quoted = yaml('title: "Login"');
      assertEdit(quoted, setValueAt(quoted, ['title'], '登录：首页'), yaml('title: "登录：首页"'), ['title'], '登录：首页');
    });

    it('fills an empty value after its key', () => {
      const text = yaml('owner:', 'status: new');
      assertEdit(text, setValueAt(text, ['owner'], 'alice'), yaml('owner: alice', 'status: new'), ['owner'], 'alice');
    });

    it('changes nothing when the value is already the same', () => {
      assertNoEdits(setValueAt(CR, ['impact', 'schedule_days'], 5));
    });
  });

  describe('block scalars', () => {
    it('rewrites a folded block as a folded block of the same indentation when the new text is long', () => {
      const value = 'Users log in through the Acme identity provider instead of a password, keeping the roles they have today in the portal.';
      assertEdit(CR, setValueAt(CR, ['description'], value), CR.replace(
        yaml('description: >', "  Users log in through Acme's SSO instead of a password, with the same", '  roles as today.'),
        yaml(
          'description: >-',
          '  Users log in through the Acme identity provider instead of a password, keeping',
          '  the roles they have today in the portal.',
        ),
      ), ['description'], value);
    });

    it('keeps a literal block literal for multi-line text, at its own indentation', () => {
      const text = yaml('notes: |   # kept', '    first line', '    second line', 'risk: low');
      const value = '登录后跳转到首页\n第二行\n';
      assertEdit(text, setValueAt(text, ['notes'], value), yaml('notes: |   # kept', '    登录后跳转到首页', '    第二行', 'risk: low'), ['notes'], value);
    });

    it('writes a short single-line value on the key line, keeping the header comment', () => {
      const text = yaml('description: >  # what it does', '  Long text', '  over lines.', 'priority: high');
      assertEdit(text, setValueAt(text, ['description'], 'Short.'), yaml('description: Short.  # what it does', 'priority: high'), ['description'], 'Short.');
    });

    it('turns a plain value into a literal block when the new text has several lines', () => {
      const text = yaml('notes: one line  # note', 'risk: low');
      assertEdit(text, setValueAt(text, ['notes'], 'line one\nline two'), yaml('notes: |-  # note', '  line one', '  line two', 'risk: low'), ['notes'], 'line one\nline two');
    });

    it('keeps a double-quoted value double-quoted, with escapes, for several lines', () => {
      const text = yaml('notes: "one"');
      assertEdit(text, setValueAt(text, ['notes'], 'a\nb'), yaml('notes: "a\\nb"'), ['notes'], 'a\nb');
    });
  });

  describe('adding a key', () => {
    it('inserts one line after the last line of the mapping, at the indentation of its keys', () => {
      const value = 'one backend developer';
      assertEdit(CR, setValueAt(CR, ['impact', 'resources'], value), CR.replace(
        '  risk: medium                  # low | medium | high\n',
        '  risk: medium                  # low | medium | high\n  resources: one backend developer\n',
      ), ['impact', 'resources'], value);
    });

    it('inserts after the nearest preceding key of the key order', () => {
      const text = yaml('impact:', '  schedule_days: 5', '  risk: medium', '  notes: IdP tenant');
      const result = setValueAt(text, ['impact', 'cost'], 8000, { keyOrder: ['schedule_days', 'cost', 'effort_hours', 'resources', 'risk', 'notes'] });
      assertEdit(text, result, yaml('impact:', '  schedule_days: 5', '  cost: 8000', '  risk: medium', '  notes: IdP tenant'), ['impact', 'cost'], 8000);
    });

    it('inserts before comments that follow the mapping', () => {
      const text = yaml('items:', '  - id: A-1', '    title: One', '  # the next one is new', '  - id: A-2');
      assertEdit(text, setValueAt(text, ['items', 0, 'owner'], 'bob'), yaml('items:', '  - id: A-1', '    title: One', '    owner: bob', '  # the next one is new', '  - id: A-2'), ['items', 0, 'owner'], 'bob');
    });

    it('writes a mapping under an empty key, and creates a missing parent mapping', () => {
      const decision = setValueAt(CR, ['decision', 'by'], ['alice', 'carol']);
      assertEdit(CR, decision, CR.replace('decision:\n', 'decision:\n  by: [alice, carol]\n'), ['decision', 'by'], ['alice', 'carol']);
      const text = yaml('id: CR-0001', 'status: submitted');
      assertEdit(text, setValueAt(text, ['impact', 'risk'], 'low'), yaml('id: CR-0001', 'status: submitted', 'impact:', '  risk: low'), ['impact', 'risk'], 'low');
    });

    it('writes a block list under a new key, following the file\'s list indentation', () => {
      const text = yaml('requirements:', '- id: A-1', '  title: One');
      const value = ['It works offline.', 'Errors are shown in red, not as codes.', 'The page loads in under two seconds on 3G.'];
      assertEdit(text, setValueAt(text, ['requirements', 0, 'acceptance'], value, { styles: { acceptance: 'block' } }), yaml(
        'requirements:', '- id: A-1', '  title: One', '  acceptance:', '  - It works offline.', '  - Errors are shown in red, not as codes.', '  - The page loads in under two seconds on 3G.',
      ), ['requirements', 0, 'acceptance'], value);
    });
  });

  describe('flow collections', () => {
    it('adds a key to a flow mapping in flow style', () => {
      assertEdit(CR, setValueAt(CR, ['customer_signoff', 'note'], 'by email, signed'), CR.replace(
        'customer_signoff: { by: Bob Li, on: 2026-11-23 }',
        "customer_signoff: { by: Bob Li, on: 2026-11-23, note: 'by email, signed' }",
      ), ['customer_signoff', 'note'], 'by email, signed');
    });

    it('replaces a value inside a flow mapping, quoting what flow style needs quoted', () => {
      assertEdit(CR, setValueAt(CR, ['customer_signoff', 'by'], 'Li, Bob'), CR.replace('{ by: Bob Li,', "{ by: 'Li, Bob',"), ['customer_signoff', 'by'], 'Li, Bob');
    });

    it('rewrites a flow list item by item and keeps it in flow style', () => {
      const text = yaml('links: [A-1, B-2]     # depends on');
      assertEdit(text, setValueAt(text, ['links'], ['A-1', 'B-2', 'C-3']), yaml('links: [A-1, B-2, C-3]     # depends on'), ['links'], ['A-1', 'B-2', 'C-3']);
      assertEdit(text, setValueAt(text, ['links'], ['A-1']), yaml('links: [A-1]     # depends on'), ['links'], ['A-1']);
      assertEdit(text, setValueAt(text, ['links'], []), yaml('links: []     # depends on'), ['links'], []);
    });
  });

  describe('block lists', () => {
    const text = yaml('acceptance:', '  - First', '  - Second  # keep me', '  - Third', 'links: [A-1]');

    it('changes only the items that differ', () => {
      assertEdit(text, setValueAt(text, ['acceptance'], ['First', 'Second', 'Last']), yaml('acceptance:', '  - First', '  - Second  # keep me', '  - Last', 'links: [A-1]'), ['acceptance'], ['First', 'Second', 'Last']);
    });

    it('removes the lines of items that are gone, and appends new ones', () => {
      assertEdit(text, setValueAt(text, ['acceptance'], ['First']), yaml('acceptance:', '  - First', 'links: [A-1]'), ['acceptance'], ['First']);
      assertEdit(text, setValueAt(text, ['acceptance'], ['First', 'Second', 'Third', 'Fourth']), yaml('acceptance:', '  - First', '  - Second  # keep me', '  - Third', '  - Fourth', 'links: [A-1]'), ['acceptance'], ['First', 'Second', 'Third', 'Fourth']);
    });

    it('writes an empty list as [] on the key line', () => {
      assertEdit(text, setValueAt(text, ['acceptance'], []), yaml('acceptance: []', 'links: [A-1]'), ['acceptance'], []);
    });

    it('replaces a list by a single value on the key line', () => {
      assertEdit(text, setValueAt(text, ['acceptance'], 'See the contract.'), yaml('acceptance: See the contract.', 'links: [A-1]'), ['acceptance'], 'See the contract.');
    });
  });

  describe('line endings and byte order mark', () => {
    it('writes CRLF line breaks in a CRLF file', () => {
      const text = CR.replace(/\n/g, '\r\n');
      const after = applied(text, setValueAt(text, ['impact', 'effort_hours'], 40));
      assert.equal(after, text.replace('  risk: medium                  # low | medium | high\r\n', '  risk: medium                  # low | medium | high\r\n  effort_hours: 40\r\n'));
      assertReadsBack(after, ['impact', 'effort_hours'], 40);
      const block = applied(text, setValueAt(text, ['description'], 'One\nTwo'));
      assert.equal(block, text.replace("  Users log in through Acme's SSO instead of a password, with the same\r\n  roles as today.\r\n", '  One\r\n\r\n  Two\r\n').replace('description: >', 'description: >-'));
      assert.doesNotMatch(block, /[^\r]\n/);
      assertReadsBack(block, ['description'], 'One\nTwo');
    });

    it('keeps a missing final newline missing', () => {
      const text = 'impact:\n  risk: low';
      assertEdit(text, setValueAt(text, ['impact', 'notes'], 'none'), 'impact:\n  risk: low\n  notes: none', ['impact', 'notes'], 'none');
      assertEdit(text, setValueAt(text, ['impact', 'risk'], 'high'), 'impact:\n  risk: high', ['impact', 'risk'], 'high');
    });

    it('gives offsets into the text as given when it starts with a byte order mark', () => {
      const text = '\uFEFFstatus: new\n';
      const result = setValueAt(text, ['status'], 'done');
      assert.deepEqual(result, { ok: true, edits: [{ start: 9, end: 12, newText: 'done' }] });
      assert.equal(applied(text, result), '\uFEFFstatus: done\n');
    });
  });

  describe('refusals', () => {
    it('refuses a file with YAML syntax errors', () => {
      const text = yaml('status: new', 'links: [A-1');
      assertRefused(setValueAt(text, ['status'], 'done'), /^The file has YAML errors, so ReqDesk does not edit it: fix them first\. Line 2: /);
    });

    it('refuses to edit an alias or an anchored value', () => {
      const text = yaml('defaults: &d new', 'a:', '  status: *d', '  owner: &o bob', 'b:', '  owner: *o');
      assertRefused(setValueAt(text, ['a', 'status'], 'done'), 'The value at a › status is an alias (*d) of a value written elsewhere in the file: editing it would change that value and every other alias of it. Edit the file by hand.');
      assertRefused(setValueAt(text, ['a', 'owner'], 'carol'), 'The value at a › owner has an anchor (&o): aliases (*o) elsewhere in the file repeat it, so editing it would change them too. Edit the file by hand.');
    });

    it('refuses to edit inside an anchored mapping or through an alias', () => {
      const text = yaml('base: &b', '  risk: low', 'other: *b');
      assertRefused(setValueAt(text, ['base', 'risk'], 'high'), /^The value at base has an anchor \(&b\)/);
      assertRefused(setValueAt(text, ['other', 'risk'], 'high'), /^The value at other is an alias \(\*b\)/);
    });

    it('refuses a path through a value that is not a mapping, or past the end of a list', () => {
      assertRefused(setValueAt(CR, ['title', 'text'], 'x'), "The value at title is a single value ('Support single sign-on'), not a mapping: it has no key 'text'.");
      assertRefused(setValueAt(CR, ['affects', 'first'], 'x'), "The value at affects is a list, not a mapping: it has no key 'first'.");
      assertRefused(setValueAt(CR, ['history', 3, 'by'], 'x'), 'The value at history has no item 4 (it has 1).');
      assertRefused(setValueAt(CR, ['impact', 0], 'x'), 'The value at impact is a mapping, not a list: it has no item 1.');
      assertRefused(setValueAt(CR, ['baseline', 0], 'x'), 'There is no list at baseline, so it has no item 1 to set.');
    });

    it('refuses an edit that would change another value, leaving the file alone', () => {
      // Inserting after a keep-chomped block would take its trailing blank line into the new key's place.
      const text = yaml('notes: |+', '  kept', '', 'risk: low');
      assertRefused(setValueAt(text, ['extra'], 'x', { keyOrder: ['notes', 'extra', 'risk'] }), /^ReqDesk could not write this change without altering other parts of the file/);
    });
  });

  it('changes one line of a large file and no other byte', () => {
    const items = Array.from({ length: 200 }, (_, i) => [
      `  - id: P-${i}`,
      `    title: ${'A title long enough that a re-serializing writer would fold it somewhere '.repeat(2)}${i}`,
      `    links: [ P-${i + 1},P-${i + 2} ]   # odd spacing stays`,
      '    status: new',
    ]).flat();
    const text = yaml('requirements:', ...items);
    const after = applied(text, setValueAt(text, ['requirements', 150, 'status'], 'done'));
    const before = text.split('\n');
    const changed = after.split('\n').flatMap((line, i) => (line === before[i] ? [] : [i]));
    assert.deepEqual(changed, [1 + 150 * 4 + 3]);
    assertReadsBack(after, ['requirements', 150, 'status'], 'done');
  });
});

describe('deleteKeyAt', () => {
  it('removes the key\'s lines, with a block value and its comment', () => {
    assertEdit(CR, deleteKeyAt(CR, ['impact']), CR.replace('impact:\n  schedule_days: 5\n  risk: medium                  # low | medium | high\n', ''), ['impact'], undefined);
    assertEdit(CR, deleteKeyAt(CR, ['description']), CR.replace("description: >\n  Users log in through Acme's SSO instead of a password, with the same\n  roles as today.\n", ''), ['description'], undefined);
  });

  it('moves the next key onto the dash line when removing the first key of a list item', () => {
    const text = yaml('requirements:', '  - id: A-1', '    title: One', '    status: new');
    assertEdit(text, deleteKeyAt(text, ['requirements', 0, 'id']), yaml('requirements:', '  - title: One', '    status: new'), ['requirements', 0, 'id'], undefined);
  });

  it('leaves {} when the last key of a block mapping goes, so the value stays a mapping', () => {
    const text = yaml('impact:', '  risk: low', 'notes: x');
    assertEdit(text, deleteKeyAt(text, ['impact', 'risk']), yaml('impact:', '  {}', 'notes: x'), ['impact'], {});
  });

  it('removes a key of a flow mapping with its comma', () => {
    const text = yaml('- {id: A-1, title: One, status: new}');
    assertEdit(text, deleteKeyAt(text, [0, 'title']), yaml('- {id: A-1, status: new}'), [0], { id: 'A-1', status: 'new' });
    assertEdit(text, deleteKeyAt(text, [0, 'status']), yaml('- {id: A-1, title: One}'), [0], { id: 'A-1', title: 'One' });
  });

  it('removes the last line of a file without a final newline', () => {
    const text = 'id: CR-0001\nstatus: new';
    assertEdit(text, deleteKeyAt(text, ['status']), 'id: CR-0001', ['status'], undefined);
  });

  it('changes nothing when the key is not there, and refuses a list item', () => {
    assertNoEdits(deleteKeyAt(CR, ['impact', 'cost']));
    assertNoEdits(deleteKeyAt(CR, ['decision', 'by']));
    assertRefused(deleteKeyAt(CR, ['affects', 0]), 'Only keys of a mapping can be removed; affects › item 1 is a list item.');
  });
});

describe('appendToSequenceAt', () => {
  it('appends to a flow list in flow style', () => {
    assertEdit(CR, appendToSequenceAt(CR, ['affects'], 'PORTAL-002'), CR.replace('affects: [PORTAL-001]', 'affects: [PORTAL-001, PORTAL-002]'), ['affects'], ['PORTAL-001', 'PORTAL-002']);
  });

  it('appends a flow-mapping item like the items before it', () => {
    const entry = { on: '2026-11-21T10:00:00Z', by: 'bob', action: 'assessed' };
    assertEdit(CR, appendToSequenceAt(CR, ['history'], entry), `${CR}  - { on: 2026-11-21T10:00:00Z, by: bob, action: assessed }\n`, ['history', 1], entry);
  });

  it('appends a block item after the last item, before comments that follow the list', () => {
    const text = yaml('tags:', '  - auth', '  - web   # for now', '# end of tags', 'owner: bob');
    assertEdit(text, appendToSequenceAt(text, ['tags'], 'sso'), yaml('tags:', '  - auth', '  - web   # for now', '  - sso', '# end of tags', 'owner: bob'), ['tags'], ['auth', 'web', 'sso']);
  });

  it('turns an empty flow list or an empty value into a one-item list, and creates an absent key', () => {
    const text = yaml('links: []', 'tags:', 'owner: bob');
    assertEdit(text, appendToSequenceAt(text, ['links'], 'A-1'), yaml('links: [A-1]', 'tags:', 'owner: bob'), ['links'], ['A-1']);
    assertEdit(text, appendToSequenceAt(text, ['tags'], 'auth'), yaml('links: []', 'tags: [auth]', 'owner: bob'), ['tags'], ['auth']);
    assertEdit(text, appendToSequenceAt(text, ['changes'], 'CR-0001'), yaml('links: []', 'tags:', 'owner: bob', 'changes: [CR-0001]'), ['changes'], ['CR-0001']);
  });

  it('writes a mapping item in block style with its first key on the dash line', () => {
    const text = yaml('history:', '  - on: 2026-11-20T09:12:00Z', '    by: alice', '    action: submitted');
    const entry = { on: '2026-11-22T08:00:00Z', by: 'carol', action: 'approved', note: 'Security policy' };
    assertEdit(text, appendToSequenceAt(text, ['history'], entry), `${text}${yaml('  - on: 2026-11-22T08:00:00Z', '    by: carol', '    action: approved', '    note: Security policy')}`, ['history', 1], entry);
  });

  it('refuses to append to a value that is not a list', () => {
    assertRefused(appendToSequenceAt(CR, ['title'], 'x'), "The value at title is a single value ('Support single sign-on'), not a list: nothing can be appended to it.");
  });
});
