import * as assert from 'node:assert/strict';
import { appendRequirement, appendToRequirementList, setRequirementField } from '../../../src/core/edit/requirementEdits';
import { applied, assertEdit, assertNoEdits, assertReadsBack, assertRefused, yaml } from './editAssertions';

/** A requirements document in the layout of examples/requirements/, with a second requirement in a different layout. */
const DOC = yaml(
  'document:',
  '  prefix: PORTAL            # IDs in this document look like PORTAL-001',
  '  title: Customer portal',
  '  customer: Acme Corp',
  'requirements:',
  '  - id: PORTAL-001',
  '    title: Login goes to the home page',
  '    description: >',
  '      After the user enters a correct user name and password on the login',
  "      page, the system goes to the user's home page and shows a welcome message.",
  '    priority: high          # critical | high | medium | low',
  '    owner: alice',
  '    status: in-progress     # new | in-progress | done | accepted | rejected | deferred',
  '    source: Kick-off meeting 2026-10-02',
  '    acceptance:',
  '      - The home page shows "Welcome, <name>"',
  '    links: [PORTAL-000]     # other requirement IDs this one depends on / refines',
  '    milestone: M1',
  '    due: 2026-12-01',
  '    tags: [auth]',
  '    changes: [CR-0007]      # change requests that modified it (written by ReqDesk)',
  '',
  '  # Logout came up in the second workshop.',
  '  - id: PORTAL-002',
  "    title: 'Logout'",
  '    description: The user can log out from every page.',
  '    status: new',
  '  - {id: PORTAL-003, title: Remember me, priority: low}',
);

const STATUS = ['requirements', 0, 'status'];

describe('setRequirementField', () => {
  it('replaces a status in place, keeping the comment after it', () => {
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-001', 'status', 'done'), DOC.replace('    status: in-progress     #', '    status: done     #'), STATUS, 'done');
  });

  it('adds a missing owner right after the priority', () => {
    const text = DOC.replace('    owner: alice\n', '');
    assertEdit(text, setRequirementField(text, 'PORTAL-001', 'owner', 'bob'), DOC.replace('    owner: alice\n', '    owner: bob\n'), ['requirements', 0, 'owner'], 'bob');
  });

  it('adds a field after the nearest preceding field that is there', () => {
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-002', 'owner', 'carol'), DOC.replace(
      '    description: The user can log out from every page.\n',
      '    description: The user can log out from every page.\n    owner: carol\n',
    ), ['requirements', 1, 'owner'], 'carol');
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-002', 'due', '2027-01-15'), DOC.replace(
      '    status: new\n',
      '    status: new\n    due: 2027-01-15\n',
    ), ['requirements', 1, 'due'], '2027-01-15');
  });

  it('adds the last field of an item before the comment that introduces the next item', () => {
    const text = DOC.replace('    changes: [CR-0007]      # change requests that modified it (written by ReqDesk)\n', '');
    const after = applied(text, setRequirementField(text, 'PORTAL-001', 'changes', ['CR-0008']));
    assert.equal(after, text.replace('    tags: [auth]\n', '    tags: [auth]\n    changes: [CR-0008]\n'));
    assertReadsBack(after, ['requirements', 0, 'changes'], ['CR-0008']);
  });

  it('keeps the quotes of a quoted title and writes Chinese text as is', () => {
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-002', 'title', '退出登录'), DOC.replace("    title: 'Logout'", "    title: '退出登录'"), ['requirements', 1, 'title'], '退出登录');
  });

  it('rewrites the folded description as a folded block of the same indentation', () => {
    const value = '登录后跳转到首页，并显示欢迎信息。\n用户名或密码错误时停留在登录页。';
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-001', 'description', value), DOC.replace(
      "    description: >\n      After the user enters a correct user name and password on the login\n      page, the system goes to the user's home page and shows a welcome message.\n",
      '    description: >-\n      登录后跳转到首页，并显示欢迎信息。\n\n      用户名或密码错误时停留在登录页。\n',
    ), ['requirements', 0, 'description'], value);
  });

  it('keeps the stamp of every link that stays when the whole links list is set', () => {
    const stamped = DOC.replace('links: [PORTAL-000]  ', 'links: [PORTAL-000@1:0a1b2c3d, PORTAL-009@1:ffffffff]');
    assertEdit(stamped, setRequirementField(stamped, 'PORTAL-001', 'links', ['PORTAL-000', 'PORTAL-002', 'PORTAL-009@1:12345678']), stamped.replace(
      '    links: [PORTAL-000@1:0a1b2c3d, PORTAL-009@1:ffffffff]',
      '    links: [PORTAL-000@1:0a1b2c3d, PORTAL-002, PORTAL-009@1:12345678]',
    ), ['requirements', 0, 'links'], ['PORTAL-000@1:0a1b2c3d', 'PORTAL-002', 'PORTAL-009@1:12345678']);
  });

  it('sets list fields in their own style: flow lists stay flow, block lists stay block', () => {
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-001', 'links', ['PORTAL-000', 'PORTAL-002']), DOC.replace(
      '    links: [PORTAL-000]     #',
      '    links: [PORTAL-000, PORTAL-002]     #',
    ), ['requirements', 0, 'links'], ['PORTAL-000', 'PORTAL-002']);
    const acceptance = ['The home page shows "Welcome, <name>"', 'A wrong password shows an error'];
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-001', 'acceptance', acceptance), DOC.replace(
      '      - The home page shows "Welcome, <name>"\n',
      '      - The home page shows "Welcome, <name>"\n      - A wrong password shows an error\n',
    ), ['requirements', 0, 'acceptance'], acceptance);
  });

  it('writes a new list field in the style the file already uses for it', () => {
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-002', 'acceptance', ['The login page is shown']), DOC.replace(
      '    status: new\n',
      '    status: new\n    acceptance:\n      - The login page is shown\n',
    ), ['requirements', 1, 'acceptance'], ['The login page is shown']);
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-002', 'tags', ['auth', 'session']), DOC.replace(
      '    status: new\n',
      '    status: new\n    tags: [auth, session]\n',
    ), ['requirements', 1, 'tags'], ['auth', 'session']);
  });

  it('edits a requirement written as a flow mapping in flow style', () => {
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-003', 'status', 'new'), DOC.replace(
      '  - {id: PORTAL-003, title: Remember me, priority: low}',
      '  - {id: PORTAL-003, title: Remember me, priority: low, status: new}',
    ), ['requirements', 2, 'status'], 'new');
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-003', 'priority', 'high'), DOC.replace('priority: low}', 'priority: high}'), ['requirements', 2, 'priority'], 'high');
  });

  it('removes a field when the value is undefined', () => {
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-001', 'source', undefined), DOC.replace('    source: Kick-off meeting 2026-10-02\n', ''), ['requirements', 0, 'source'], undefined);
    assertNoEdits(setRequirementField(DOC, 'PORTAL-002', 'owner', undefined));
  });

  it('quotes values that would otherwise read back as another type', () => {
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-001', 'milestone', '2'), DOC.replace('    milestone: M1\n', "    milestone: '2'\n"), ['requirements', 0, 'milestone'], '2');
    assertEdit(DOC, setRequirementField(DOC, 'PORTAL-001', 'owner', 'no'), DOC.replace('    owner: alice\n', "    owner: 'no'\n"), ['requirements', 0, 'owner'], 'no');
  });

  it('keeps CRLF line ends, also on an added line', () => {
    const text = DOC.replace(/\n/g, '\r\n');
    const after = applied(text, setRequirementField(text, 'PORTAL-002', 'priority', 'medium'));
    assert.equal(after, text.replace('    description: The user can log out from every page.\r\n', '    description: The user can log out from every page.\r\n    priority: medium\r\n'));
    assertReadsBack(after, ['requirements', 1, 'priority'], 'medium');
  });

  it('refuses an unknown ID, a duplicate ID and a file with YAML errors', () => {
    assertRefused(setRequirementField(DOC, 'PORTAL-009', 'status', 'done'), 'No requirement with ID PORTAL-009 in this file.');
    const twice = `${DOC}  - id: PORTAL-002\n    title: Again\n`;
    assertRefused(setRequirementField(twice, 'PORTAL-002', 'status', 'done'), 'The ID PORTAL-002 occurs 2 times in this file (items 2, 4 of requirements): make the IDs unique before editing.');
    const broken = DOC.replace('    tags: [auth]', '    tags: [auth');
    assertRefused(setRequirementField(broken, 'PORTAL-001', 'status', 'done'), /^The file has YAML errors, so ReqDesk does not edit it: fix them first\. Line \d+: /);
  });

  it('refuses to edit a value shared through an anchor', () => {
    const text = yaml('requirements:', '  - id: A-1', '    title: One', '    owner: &lead alice', '  - id: A-2', '    title: Two', '    owner: *lead');
    assertRefused(setRequirementField(text, 'A-1', 'owner', 'bob'), /^The value at requirements › item 1 › owner has an anchor \(&lead\)/);
    assertRefused(setRequirementField(text, 'A-2', 'owner', 'bob'), /^The value at requirements › item 2 › owner is an alias \(\*lead\)/);
  });
});

describe('appendToRequirementList', () => {
  it('adds a change request to a flow list, keeping the comment', () => {
    assertEdit(DOC, appendToRequirementList(DOC, 'PORTAL-001', 'changes', 'CR-0009'), DOC.replace('    changes: [CR-0007]      #', '    changes: [CR-0007, CR-0009]      #'), ['requirements', 0, 'changes'], ['CR-0007', 'CR-0009']);
  });

  it('creates the list as one line when the field is absent', () => {
    assertEdit(DOC, appendToRequirementList(DOC, 'PORTAL-002', 'changes', 'CR-0009'), DOC.replace('    status: new\n', '    status: new\n    changes: [CR-0009]\n'), ['requirements', 1, 'changes'], ['CR-0009']);
  });

  it('appends a block list item on its own line', () => {
    const item = 'Wrong passwords: an error is shown';
    assertEdit(DOC, appendToRequirementList(DOC, 'PORTAL-001', 'acceptance', item), DOC.replace(
      '      - The home page shows "Welcome, <name>"\n',
      `      - The home page shows "Welcome, <name>"\n      - 'Wrong passwords: an error is shown'\n`,
    ), ['requirements', 0, 'acceptance'], ['The home page shows "Welcome, <name>"', item]);
  });

  it('does not list an item twice', () => {
    assertNoEdits(appendToRequirementList(DOC, 'PORTAL-001', 'changes', 'CR-0007'));
  });

  it('refuses an unknown ID', () => {
    assertRefused(appendToRequirementList(DOC, 'PORTAL-404', 'changes', 'CR-0001'), 'No requirement with ID PORTAL-404 in this file.');
  });
});

describe('appendRequirement', () => {
  it('appends an item with its fields in REQUIREMENT_FIELDS order, in the styles the file uses', () => {
    const requirement = {
      tags: ['auth', 'sso'],
      status: 'new',
      id: 'PORTAL-004',
      title: 'Single sign-on',
      priority: 'critical',
      owner: 'carol',
      description: 'Users log in through the identity provider of Acme instead of a password, with the roles they have today.',
      acceptance: ['A user without a portal password can log in'],
    };
    const expected = `${DOC}${yaml(
      '  - id: PORTAL-004',
      '    title: Single sign-on',
      '    description: >-',
      '      Users log in through the identity provider of Acme instead of a password,',
      '      with the roles they have today.',
      '    priority: critical',
      '    owner: carol',
      '    status: new',
      '    acceptance:',
      '      - A user without a portal password can log in',
      '    tags: [auth, sso]',
    )}`;
    assertEdit(DOC, appendRequirement(DOC, requirement), expected, ['requirements', 3], {
      id: 'PORTAL-004', title: 'Single sign-on', description: requirement.description, priority: 'critical', owner: 'carol', status: 'new',
      acceptance: requirement.acceptance, tags: ['auth', 'sso'],
    });
  });

  it('follows the item indentation of the file', () => {
    const text = yaml('document:', '  prefix: A', 'requirements:', '- id: A-1', '  title: One', '  links: [A-0]');
    assertEdit(text, appendRequirement(text, { id: 'A-2', title: '第二个需求', links: ['A-1'] }), `${text}${yaml('- id: A-2', '  title: 第二个需求', '  links: [A-1]')}`, ['requirements', 1], { id: 'A-2', title: '第二个需求', links: ['A-1'] });
  });

  it('writes a block list into an empty `requirements: []` or `requirements:`', () => {
    const header = yaml('document:', '  prefix: A', '  title: T');
    const item = { id: 'A-1', title: 'First', acceptance: ['Works'], links: ['A-0'] };
    const lines = yaml('requirements:', '  - id: A-1', '    title: First', '    acceptance:', '      - Works', '    links: [A-0]');
    const flow = `${header}requirements: []   # none yet\n`;
    assertEdit(flow, appendRequirement(flow, item), `${header}${lines.replace('requirements:\n', 'requirements:   # none yet\n')}`, ['requirements'], [item]);
    const empty = `${header}requirements:\n`;
    assertEdit(empty, appendRequirement(empty, item), `${header}${lines}`, ['requirements'], [item]);
    const absent = header;
    assertEdit(absent, appendRequirement(absent, item), `${header}${lines}`, ['requirements'], [item]);
  });

  it('keeps CRLF and a missing final newline', () => {
    const text = 'requirements:\r\n  - id: A-1\r\n    title: One';
    assertEdit(text, appendRequirement(text, { id: 'A-2', title: 'Two' }), 'requirements:\r\n  - id: A-1\r\n    title: One\r\n  - id: A-2\r\n    title: Two', ['requirements', 1], { id: 'A-2', title: 'Two' });
  });

  it('refuses an ID the file already has', () => {
    assertRefused(appendRequirement(DOC, { id: 'PORTAL-002', title: 'Again' }), 'The file already has a requirement with ID PORTAL-002.');
  });
});
