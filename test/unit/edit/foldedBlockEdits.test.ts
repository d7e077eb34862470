import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { setRequirementField } from '../../../src/core/edit/requirementEdits';
import { applied, assertReadsBack, yaml } from './editAssertions';

/** A folded description as examples/requirements/ write them: several lines, two paragraphs, lines over 80 columns. */
const DOC = yaml(
  'document: { prefix: BILLING, title: Billing }',
  'requirements:',
  '  - id: BILLING-004',
  '    title: Match bank transfers to invoices',
  '    description: >',
  '      Each morning the system reads the bank statement and marks an invoice as paid when a transfer',
  '      names its invoice number and pays the full amount. Transfers it cannot match go to a list for',
  '      the finance clerk, who matches them by hand or returns them to the payer within five working',
  '      days.',
  '',
  '      Business rule: partial payments stay open with the remaining amount, and the clerk sees',
  '      them on the same list.',
  '    priority: high',
);

const description = (text: string): string => (parse(text) as { requirements: { description: string }[] }).requirements[0].description;

/** The lines of `after` that differ from `before`, counted between their common first and last lines. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) {
    end++;
  }
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

describe('rewriting a folded block', () => {
  const old = description(DOC);

  it('reads the fixture as the folded value it is', () => {
    assertReadsBack(DOC, ['requirements', 0, 'description'], old);
    assert.ok(old.startsWith('Each morning the system reads the bank statement and marks an invoice as paid when a transfer names'));
  });

  it('changes only the line of the changed sentence, keeping the other lines as they were wrapped', () => {
    const value = old.replace('who matches them by hand', 'who matches them in the portal');
    const after = applied(DOC, setRequirementField(DOC, 'BILLING-004', 'description', value));
    assertReadsBack(after, ['requirements', 0, 'description'], value);
    assert.deepEqual(changedLines(DOC, after), {
      removed: ['      the finance clerk, who matches them by hand or returns them to the payer within five working'],
      added: ['      the finance clerk, who matches them in the portal or returns them to the', '      payer within five working'],
    });
  });

  it('keeps the other paragraph whole when a sentence is added to one', () => {
    const value = old.replace('the remaining amount, and', 'the remaining amount (shown in red), and');
    const after = applied(DOC, setRequirementField(DOC, 'BILLING-004', 'description', value));
    assertReadsBack(after, ['requirements', 0, 'description'], value);
    const { removed, added } = changedLines(DOC, after);
    assert.equal(removed.length, 1, removed.join('\n'));
    assert.ok(added.length <= 2, added.join('\n'));
  });

  it('folds a wholly new text anew, within 80 columns', () => {
    const value = 'The system matches every incoming payment to its invoice by the invoice number, the amount and the payer, and lists the rest for the clerk.\n';
    const after = applied(DOC, setRequirementField(DOC, 'BILLING-004', 'description', value));
    assertReadsBack(after, ['requirements', 0, 'description'], value);
    assert.ok(after.split('\n').every((line) => line.length <= 80 || line.startsWith('      Each')), after);
    assert.ok(!after.includes('Each morning'));
  });
});
