import { removeListItemAt, replaceListItemAt, setRequirementIdAt } from '../../../src/core/edit/requirementItemEdits';
import { assertEdit, assertRefused, yaml } from './editAssertions';

/** Two copies of one ID, and links in both list styles with comments that must survive. */
const DOC = yaml(
  'document:',
  '  prefix: QF',
  '  title: Quick fixes',
  'requirements:',
  '  - id: QF-001 # first copy',
  '    title: First',
  '    links: [QF-01, QF-002] # flow',
  '  - id: QF-001 # second copy',
  '    title: Second',
  '    links:',
  '      - QF-002 # keep me',
  '      - QF-09 # typo',
  '  - id: QF-002',
  '    title: Third',
  '    links: [QF-01]',
);

describe('setRequirementIdAt', () => {
  it('renumbers the second of two copies of an ID, leaving the first and the comment alone', () => {
    assertEdit(DOC, setRequirementIdAt(DOC, { index: 1, id: 'QF-001' }, 'QF-003'), DOC.replace('QF-001 # second', 'QF-003 # second'), ['requirements', 1, 'id'], 'QF-003');
  });

  it('refuses when the item at that position no longer has the ID (the index is behind the text)', () => {
    assertRefused(setRequirementIdAt(DOC, { index: 2, id: 'QF-001' }, 'QF-003'), 'Item 3 of requirements is no longer QF-001: the file changed. Try again.');
  });
});

describe('replaceListItemAt', () => {
  it('replaces one item of a flow list in place', () => {
    assertEdit(DOC, replaceListItemAt(DOC, { index: 0, id: 'QF-001' }, 'links', 0, 'QF-01', 'QF-002'), DOC.replace('[QF-01, QF-002] # flow', '[QF-002, QF-002] # flow'), ['requirements', 0, 'links'], ['QF-002', 'QF-002']);
  });

  it('replaces one item of a block list, keeping its comment', () => {
    assertEdit(DOC, replaceListItemAt(DOC, { index: 1, id: 'QF-001' }, 'links', 1, 'QF-09', 'QF-001'), DOC.replace('- QF-09 # typo', '- QF-001 # typo'), ['requirements', 1, 'links'], ['QF-002', 'QF-001']);
  });

  it('refuses when the item is not the expected one', () => {
    assertRefused(replaceListItemAt(DOC, { index: 0, id: 'QF-001' }, 'links', 1, 'QF-01', 'QF-003'), 'QF-001 no longer has QF-01 as item 2 of links: the file changed. Try again.');
  });
});

describe('removeListItemAt', () => {
  it('removes the first item of a flow list', () => {
    assertEdit(DOC, removeListItemAt(DOC, { index: 0, id: 'QF-001' }, 'links', 0, 'QF-01'), DOC.replace('[QF-01, QF-002] # flow', '[QF-002] # flow'), ['requirements', 0, 'links'], ['QF-002']);
  });

  it('removes the last item of a block list, keeping the others and their comments', () => {
    assertEdit(DOC, removeListItemAt(DOC, { index: 1, id: 'QF-001' }, 'links', 1, 'QF-09'), DOC.replace('      - QF-09 # typo\n', ''), ['requirements', 1, 'links'], ['QF-002']);
  });

  it('removes the key with its only item', () => {
    assertEdit(DOC, removeListItemAt(DOC, { index: 2, id: 'QF-002' }, 'links', 0, 'QF-01'), DOC.replace('    links: [QF-01]\n', ''), ['requirements', 2, 'links'], undefined);
  });

  it('refuses a file with YAML errors', () => {
    const broken = `${DOC}  - id: [\n`;
    assertRefused(removeListItemAt(broken, { index: 2, id: 'QF-002' }, 'links', 0, 'QF-01'), /^The file has YAML errors/);
  });
});
