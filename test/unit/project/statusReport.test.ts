import * as assert from 'node:assert/strict';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { computeProjectState } from '../../../src/core/project/computeProjectState';
import type { ProjectState } from '../../../src/core/project/projectState';
import { STATUS_REPORT_MESSAGES } from '../../../src/core/project/statusReportContent';
import { statusReportHtml } from '../../../src/core/project/statusReportHtml';
import { statusReportMarkdown } from '../../../src/core/project/statusReportMarkdown';
import { indexOf, TEST_TODAY, yaml } from '../workspaceBuilder';
import { EXISTING_DOCUMENTS, projectIndex } from './projectFixture';

type Node = DefaultTreeAdapterMap['node'];

function state(): ProjectState {
  const index = projectIndex();
  index.setPresentDocuments('reqdesk.yaml', EXISTING_DOCUMENTS);
  return computeProjectState(index, 'reqdesk.yaml', TEST_TODAY);
}

const HOSTILE = '<script>alert(1)</script> [x](javascript:alert(1)) & "q"';

function hostileState(): ProjectState {
  const index = indexOf({
    'reqdesk.yaml': yaml`
      project: { name: '${HOSTILE}', customer: <b>Evil</b> }
      milestones: [{ id: M1, title: '<img src=x onerror=alert(1)>', due: 2026-12-31, payment: { amount: 5, invoiced: 2026-12-01 } }]
    `,
    'a.req.yaml': yaml`
      document: { prefix: A, title: A }
      requirements: [{ id: A-001, title: '<i>late</i> | pipe', owner: bob, status: new, milestone: M1, due: 2026-12-01 }]
    `,
  });
  return computeProjectState(index, 'reqdesk.yaml', TEST_TODAY);
}

function elements(node: Node, name: string): Node[] {
  const own = 'tagName' in node && node.tagName === name ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes : [];
  return [...own, ...children.flatMap((child) => elements(child, name))];
}

function text(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) {
    return node.value;
  }
  return ('childNodes' in node ? node.childNodes : []).map(text).join('');
}

describe('status report', () => {
  it('writes the project state as Markdown: summary, then one section each, as of the date', () => {
    assert.equal(statusReportMarkdown(state()), [
      '# Status report: Acme Portal',
      '',
      '- As of 2026-12-07',
      '- Customer: Acme \\<Ltd> & Co',
      '- Period: 2026-06-01 to 2027-03-31',
      '- Days left: 114',
      '- Requirements: 6 (new 3, in-progress 1, done 1, accepted 1)',
      '',
      '## Milestones',
      '',
      '| Milestone | Title | Due | Done | Payment |',
      '| --- | --- | --- | --- | --- |',
      '| M1 | Sign-in | 2026-10-31 (overdue) | 1 of 2 | 40,000 EUR paid |',
      '| M2 | Ordering | 2026-12-01 (overdue) | 1 of 2 | 60,000 EUR overdue |',
      '| M3 | Launch | 2027-03-15 | 0 of 1 | 100,000 EUR planned |',
      '| Later |  |  | 0 of 1 |  |',
      '',
      '## Overdue requirements',
      '',
      '| ID | Title | Owner | Due | Days overdue | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| P-003 | Cart | bob | 2026-11-01 | 36 | new |',
      '| P-002 | Reset password | alice | 2026-11-30 | 7 | in-progress |',
      '',
      '## Overdue actions',
      '',
      '| Who | What | Due | Days overdue | Record |',
      '| --- | --- | --- | --- | --- |',
      '| alice | Send the test plan | 2026-12-01 | 6 | Weekly call |',
      '',
      '## Changes',
      '',
      'Open change requests: 2 (cost 8,600.5 EUR, 7 days, 76 hours)',
      '',
      'Approved change requests: 1 (cost 1,600 EUR, 2 days, 16 hours)',
      '',
      '| ID | Title | Status | Cost | Schedule (days) | Effort (hours) |',
      '| --- | --- | --- | --- | --- | --- |',
      '| CR-0001 | SMS on shipping | approved | 1,600 EUR | 2 | 16 |',
      '| CR-0002 | Gift cards | assessed | 7,000.5 EUR | 5 | 60 |',
      '',
      '## Budget',
      '',
      'Budget: 250,000 EUR',
      '',
      'Change contingency: 20,000 EUR, spent 1,600 EUR, left 18,400 EUR',
      '',
      'Payments: 40,000 EUR paid of 200,000 EUR planned',
      '',
      '## Risks',
      '',
      'Risks not closed: 4; without probability or impact: 1',
      '',
      '| Probability \\ impact | 1 | 2 | 3 | 4 | 5 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 5 | 0 | 0 | 0 | 0 | 0 |',
      '| 4 | 0 | 0 | 0 | 2 | 0 |',
      '| 3 | 0 | 0 | 0 | 0 | 0 |',
      '| 2 | 0 | 0 | 0 | 0 | 1 |',
      '| 1 | 0 | 0 | 0 | 0 | 0 |',
      '',
      '| ID | Title | Owner | Status | Score |',
      '| --- | --- | --- | --- | --- |',
      '| RISK-001 | Test tenant late | alice | open | 16 |',
      '| RISK-004 | Scope creep | alice | open | 16 |',
      '| RISK-002 | Key person leaves | bob | mitigating | 10 |',
      '',
      '## Recent records',
      '',
      '| Date | Kind | Subject | Open actions |',
      '| --- | --- | --- | --- |',
      '| 2026-11-20T10:00+01:00 | meeting | Weekly call | 2 |',
      '',
      '## Documents',
      '',
      '| Document | Title | Version |',
      '| --- | --- | --- |',
      '| docs/contract.pdf | Contract | 1.2 |',
      '| docs/missing.pdf (missing) | Lost |  |',
      '',
    ].join('\n'));
  });

  it('says its own words through the translation it is given, and labels values with the label', () => {
    const markdown = statusReportMarkdown(state(), { translate: (template, args) => `<${template}|${args.join(',')}>`, label: (value) => value.toUpperCase() });
    assert.ok(markdown.startsWith('# \\<Status report: {0}\\|Acme Portal>\n'), markdown.slice(0, 80));
    assert.match(markdown, /\| P-003 \| Cart \| bob \| 2026-11-01 \| 36 \| NEW \|/);
  });

  it('says every one of its words on these two projects (so each is translated, see l10n.test.ts)', () => {
    const used = new Set<string>();
    const translate = (template: string): string => (used.add(template), template);
    statusReportMarkdown(state(), { translate });
    statusReportMarkdown(hostileState(), { translate });
    statusReportMarkdown(computeProjectState(indexOf({}), undefined, TEST_TODAY), { translate });
    assert.deepEqual(Object.values(STATUS_REPORT_MESSAGES).filter((t) => !used.has(t)), []);
  });

  it('makes hostile text inert in Markdown', () => {
    const markdown = statusReportMarkdown(hostileState());
    assert.equal(markdown.split('\n')[0], '# Status report: \\<script>alert(1)\\</script> \\[x\\]\\(javascript:alert(1)) & "q"');
    assert.ok(markdown.includes('| A-001 | \\<i>late\\</i> \\| pipe | bob |'), markdown);
  });

  it('writes one self-contained HTML page with the same sections, hostile text escaped', () => {
    const html = statusReportHtml([{ state: hostileState() }, { state: state() }], 'en');
    const document = parse(html);
    for (const tag of ['script', 'img', 'link', 'style', 'i', 'b']) {
      assert.equal(elements(document, tag).length, 0, tag);
    }
    assert.deepEqual(elements(document, 'h1').map(text), [`Status report: ${HOSTILE}`, 'Status report: Acme Portal']);
    assert.deepEqual(elements(document, 'h2').map(text).slice(0, 8), ['Milestones', 'Overdue requirements', 'Overdue actions', 'Changes', 'Budget', 'Risks', 'Recent records', 'Milestones']);
    const [milestones, overdue] = elements(document, 'table');
    assert.deepEqual(elements(milestones, 'tr').map((row) => elements(row, 'td').map(text)), [[], ['M1', '<img src=x onerror=alert(1)>', '2026-12-31', '0 of 1', '5 invoiced']]);
    assert.deepEqual(elements(overdue, 'td').map(text), ['A-001', '<i>late</i> | pipe', 'bob', '2026-12-01', '6', 'new']);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>/);
  });
});
