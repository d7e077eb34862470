import * as assert from 'node:assert/strict';
import { changeLog, type ChangeLogFilter } from '../../../src/core/changeRequests/changeLog';
import { changeLogCsv, changeLogJson } from '../../../src/core/changeRequests/changeLogExport';
import { changeLogMarkdown, ENGLISH_CHANGE_LOG_LABELS } from '../../../src/core/changeRequests/changeLogMarkdown';
import { indexOf } from '../workspaceBuilder';
import { CHANGE_LOG_FILES } from './changeLogFixtures';

describe('change log', () => {
  const index = indexOf(CHANGE_LOG_FILES);
  const ids = (filter: ChangeLogFilter): string[] => changeLog(index, filter).entries.map((e) => e.changeRequest.id);

  const HEADER = [
    '| ID | Title | Status | Requested | Requested by | Channel | Affects | Days | Cost | Effort (h) | Risk | Impacted | Decision | Customer sign-off |',
    '| --- | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: | --- | --- | --- | --- |',
  ];
  const ROWS = {
    'CR-0001': '| CR-0001 | Keep users signed in for 30 days | verified | 2026-07-14 | Bob Li (Acme) | meeting | PORTAL-001 | 2 | 1600 | 16 | low |  | approved 2026-07-21 (alice, carol) | Bob Li 2026-08-07 |',
    'CR-0002': '| CR-0002 | Pay by "direct debit" \\| SEPA | approved | 2026-09-02 | Hans \\<hans\\@globex.example> | email | BILL-001 | 8 | 12000.5 | 96 | medium | BILL-002, BILL-003 | approved 2026-09-11 (alice, carol) |  |',
    'CR-0003': '| CR-0003 | Discount codes | rejected | 2026-09-19 | Bob Li (Acme) | phone | PORTAL-002 | 15 | 24000 | 180 | high |  | rejected 2026-09-25 (alice, carol) |  |',
    'CR-0004': '| CR-0004 | Invoice link on the home page | implemented | 2026-10-01 |  | chat | PORTAL-001, BILL-001 | 1 | 0.25 | 4 | low |  | approved 2026-10-02 (carol) |  |',
    'CR-0010': '| CR-0010 | 离线查看送货单 | submitted | 2026-11-19 | 张伟 | chat | PORTAL-002 |  |  |  |  |  |  |  |',
  };

  it('lists every change request by ID number, with counts and the impact totals of the approved ones', () => {
    assert.equal(changeLogMarkdown(changeLog(index)), [
      '# Change log',
      '',
      ...HEADER,
      ...Object.values(ROWS),
      '',
      '5 change requests: 1 submitted, 1 approved, 1 rejected, 1 implemented, 1 verified.',
      '',
      'Impact of the 3 approved, implemented or verified change requests: 11 days, cost 13600.75, 116 hours of effort.',
      '',
    ].join('\n'));
  });

  it('says which filter made the list, and leaves out totals when nothing approved is in it', () => {
    assert.equal(changeLogMarkdown(changeLog(index, { statuses: ['rejected', 'submitted'], customer: 'Acme Corp', to: '2026-12-31' })), [
      '# Change log',
      '',
      'Filter: status rejected, submitted · customer Acme Corp · requested until 2026-12-31',
      '',
      ...HEADER,
      ROWS['CR-0003'],
      ROWS['CR-0010'],
      '',
      '2 change requests: 1 submitted, 1 rejected.',
      '',
    ].join('\n'));
  });

  it('says when nothing matches', () => {
    assert.equal(changeLogMarkdown(changeLog(index, { statuses: ['withdrawn'] })), '# Change log\n\nFilter: status withdrawn\n\nNo change requests match.\n');
  });

  it('filters by status, customer (of the affected documents, any case) and date range (inclusive)', () => {
    assert.deepEqual(ids({ statuses: ['approved', 'verified'] }), ['CR-0001', 'CR-0002']);
    assert.deepEqual(ids({ customer: 'globex' }), ['CR-0002', 'CR-0004']);
    assert.deepEqual(ids({ customer: ' ACME CORP ' }), ['CR-0001', 'CR-0003', 'CR-0004', 'CR-0010']);
    assert.deepEqual(ids({ from: '2026-09-02', to: '2026-10-01' }), ['CR-0002', 'CR-0003', 'CR-0004']);
    assert.deepEqual(ids({ from: '2026-10-02' }), ['CR-0010']);
    assert.deepEqual(ids({ customer: 'Initech' }), []);
  });

  it('leaves out a request without a date when a date range is asked for', () => {
    const undated = indexOf({ ...CHANGE_LOG_FILES, 'changes/CR-0011.cr.yaml': 'id: CR-0011\ntitle: T\nstatus: submitted\naffects: [PORTAL-001]\n' });
    assert.deepEqual(changeLog(undated, { from: '2026-01-01' }).entries.length, 5);
    assert.deepEqual(changeLog(undated).entries.length, 6);
  });

  it('takes translated labels and links the IDs when asked', () => {
    const markdown = changeLogMarkdown(changeLog(index, { statuses: ['verified'] }), {
      labels: { ...ENGLISH_CHANGE_LOG_LABELS, title: '变更日志', counts: (n) => `共 ${n} 个变更请求。`, filter: ({ statuses }) => `筛选：${statuses ?? ''}` },
      link: (cr) => `../changes/${cr.id} file.cr.yaml`,
    });
    assert.deepEqual(markdown.split('\n').filter((l) => !l.startsWith('| ---') && !l.startsWith('| ID')), [
      '# 变更日志',
      '',
      '筛选：verified',
      '',
      ROWS['CR-0001'].replace('| CR-0001 |', '| [CR-0001](<../changes/CR-0001%20file.cr.yaml>) |'),
      '',
      '共 1 个变更请求。',
      '',
      'Impact of the 1 approved, implemented or verified change request: 2 days, cost 1600, 16 hours of effort.',
      '',
    ]);
  });

  it('keeps a closing # of its title as text: a heading would drop it', () => {
    const markdown = changeLogMarkdown(changeLog(index), { labels: { ...ENGLISH_CHANGE_LOG_LABELS, title: 'Change log #' } });
    assert.ok(markdown.startsWith('# Change log \\#\n'), markdown);
  });

  it('exports CSV for Excel: one row a request, numbers as numbers, texts trimmed and inert', () => {
    const csv = changeLogCsv(changeLog(index, { statuses: ['verified', 'approved', 'implemented'] }), (key) => `./${key}`);
    assert.equal(csv, '\uFEFF' + [
      'ID,Title,Status,Requested by,Requested on,Channel,Customer,Affects,Reason,Description,Expected effect,Schedule days,Cost,Effort hours,Resources,Risk,Impacted,Decision,Decided on,Decided by,Rationale,Signed off by,Signed off on,File',
      'CR-0001,Keep users signed in for 30 days,verified,Bob Li (Acme),2026-07-14,meeting,Acme Corp,PORTAL-001,Buyers log in again every other week.,,,2,1600,16,the team,low,,approved,2026-07-21,"alice, carol",Small change.,Bob Li,2026-08-07,./changes/CR-0001.cr.yaml',
      'CR-0002,"Pay by ""direct debit"" | SEPA",approved,Hans <hans@globex.example>,2026-09-02,email,Globex,BILL-001,,,,8,12000.5,96,one developer,medium,"BILL-002, BILL-003",approved,2026-09-11,"alice, carol",,,,./changes/CR-0002.cr.yaml',
      'CR-0004,Invoice link on the home page,implemented,,2026-10-01,chat,"Acme Corp, Globex","PORTAL-001, BILL-001",,,,1,0.25,4,the team,low,,approved,2026-10-02,carol,,,,./changes/CR-0004.cr.yaml',
      '',
    ].join('\r\n'));
  });

  it('exports JSON: the requests as their files hold them, with customers and file, the counts and the totals', () => {
    assert.deepEqual(JSON.parse(changeLogJson(changeLog(index, { to: '2026-07-31' }), (key) => key)), {
      changeRequests: [{
        id: 'CR-0001',
        title: 'Keep users signed in for 30 days',
        status: 'verified',
        requested_by: 'Bob Li (Acme)',
        requested_on: '2026-07-14',
        channel: 'meeting',
        affects: ['PORTAL-001'],
        reason: 'Buyers log in again every other week.\n',
        impact: { schedule_days: 2, cost: 1600, effort_hours: 16, resources: 'the team', risk: 'low' },
        decision: { outcome: 'approved', by: ['alice', 'carol'], on: '2026-07-21', rationale: 'Small change.' },
        customer_signoff: { by: 'Bob Li', on: '2026-08-07' },
        customers: ['Acme Corp'],
        file: 'changes/CR-0001.cr.yaml',
      }],
      byStatus: { verified: 1 },
      approvedTotals: { change_requests: 1, schedule_days: 2, cost: 1600, effort_hours: 16 },
    });
  });
});
