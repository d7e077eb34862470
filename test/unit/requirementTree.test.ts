import * as assert from 'node:assert/strict';
import type { Requirement } from '../../src/core/model';
import { buildRequirementTree, compareRequirementIds, EMPTY_FILTER, fileNameOf, filterChoices, isFilterActive, matchesFilter, NONE_KEY, type GroupBy, type RequirementFilter, type RequirementGroup } from '../../src/core/requirementTree';
import type { WordOrder } from '../../src/core/vocabulary';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { workspace, type WorkspaceBuilder } from './workspaceBuilder';

const defaults = (): WordOrder => DEFAULT_SETTINGS;

/** Groups as `key: ID, ID` lines, so a failing test shows the whole tree at a glance. */
function outline(groups: readonly RequirementGroup[]): string[] {
  return groups.map((g) => `${g.key === NONE_KEY ? '(none)' : g.title}: ${g.requirements.map((r) => r.id).join(', ')}`);
}

function tree(requirements: readonly Requirement[], groupBy: GroupBy, filter?: RequirementFilter, vocabularyFor = defaults): string[] {
  return outline(buildRequirementTree({ requirements, groupBy, filter, vocabularyFor }));
}

function requirementsOf(builder: WorkspaceBuilder): Requirement[] {
  return builder.build().requirements();
}

/** Two documents whose requirements cover every status, some priorities, owners and milestones, with gaps. */
function portalAndBilling(): Requirement[] {
  return requirementsOf(
    workspace()
      .requirements('portal.req.yaml', 'PORTAL', (d) =>
        d
          .req('PORTAL-10', { title: 'Export to Excel', status: 'done', priority: 'low', owner: 'bob', milestone: 'M2' })
          .req('PORTAL-2', { title: 'Login goes to the home page', status: 'in-progress', priority: 'critical', milestone: 'M1' })
          .req('PORTAL-1', { title: 'Password reset', status: 'new', priority: undefined, owner: undefined, description: 'Mail a one-time LINK' })
          .req('PORTAL-3', { title: 'Audit log', status: undefined, priority: 'urgent', owner: 'carol' }))
      .requirements('billing.req.yaml', 'BILL', (d) =>
        d
          .req('BILL-001', { title: 'Monthly invoice', status: 'accepted', priority: 'medium', owner: 'bob', milestone: 'M1' })
          .req('BILL-002', { title: 'Refunds', status: 'deferred', priority: 'high', owner: 'alice' })),
  );
}

describe('requirementTree', () => {
  describe('compareRequirementIds', () => {
    it('orders numbers numerically within a prefix: PORTAL-2 before PORTAL-10', () => {
      const ids = ['PORTAL-10', 'PORTAL-2', 'BILL-001', 'PORTAL-1', 'PORTAL-002', 'A-9', ''];
      assert.deepEqual([...ids].sort(compareRequirementIds), ['A-9', 'BILL-001', 'PORTAL-1', 'PORTAL-2', 'PORTAL-002', 'PORTAL-10', '']);
    });

    it('puts requirements without an ID last', () => {
      assert.ok(compareRequirementIds('', 'Z-1') > 0);
      assert.ok(compareRequirementIds('Z-1', '') < 0);
    });
  });

  describe('grouping', () => {
    it('by document: one group per file, titled by the document, sorted by title, requirements by ID', () => {
      assert.deepEqual(tree(portalAndBilling(), 'document'), [
        'BILL requirements: BILL-001, BILL-002',
        'PORTAL requirements: PORTAL-1, PORTAL-2, PORTAL-3, PORTAL-10',
      ]);
      const [billing] = buildRequirementTree({ requirements: portalAndBilling(), groupBy: 'document', vocabularyFor: defaults });
      assert.equal(billing.key, 'billing.req.yaml', 'the key is the index file key');
    });

    it('by status: in the vocabulary order, values outside it after, (none) last', () => {
      assert.deepEqual(tree(portalAndBilling(), 'status'), [
        'new: PORTAL-1',
        'in-progress: PORTAL-2',
        'done: PORTAL-10',
        'accepted: BILL-001',
        'deferred: BILL-002',
        '(none): PORTAL-3',
      ]);
    });

    it('by priority: in the vocabulary order, then unknown values ("urgent"), then (none)', () => {
      assert.deepEqual(tree(portalAndBilling(), 'priority'), [
        'critical: PORTAL-2',
        'high: BILL-002',
        'medium: BILL-001',
        'low: PORTAL-10',
        'urgent: PORTAL-3',
        '(none): PORTAL-1',
      ]);
    });

    it('by owner: by name, (none) last, each group sorted by ID across documents', () => {
      assert.deepEqual(tree(portalAndBilling(), 'owner'), [
        'alice: BILL-002, PORTAL-2',
        'bob: BILL-001, PORTAL-10',
        'carol: PORTAL-3',
        '(none): PORTAL-1',
      ]);
    });

    it('by milestone: milestones in natural order (M2 before M10), (none) last', () => {
      const requirements = requirementsOf(workspace().requirements('a.req.yaml', 'A', (d) =>
        d.req('A-1', { milestone: 'M10' }).req('A-2', { milestone: 'M2' }).req('A-3').req('A-4', { milestone: 'M2' })));
      assert.deepEqual(tree(requirements, 'milestone'), ['M2: A-2, A-4', 'M10: A-1', '(none): A-3']);
    });

    it('counts: every requirement lands in exactly one group', () => {
      for (const groupBy of ['document', 'status', 'owner', 'priority', 'milestone'] as const) {
        const groups = buildRequirementTree({ requirements: portalAndBilling(), groupBy, vocabularyFor: defaults });
        assert.equal(groups.reduce((n, g) => n + g.requirements.length, 0), 6, groupBy);
      }
    });

    it('follows the vocabulary of each file, from its own reqdesk.yaml', () => {
      const requirements = requirementsOf(workspace().requirements('team/a.req.yaml', 'A', (d) =>
        d.req('A-1', { status: 'new' }).req('A-2', { status: 'review' }).req('A-3', { status: 'done' })));
      const custom: WordOrder = { statuses: ['review', 'done', 'new'], priorities: DEFAULT_SETTINGS.priorities };
      assert.deepEqual(tree(requirements, 'status', undefined, () => custom), ['review: A-2', 'done: A-3', 'new: A-1']);
      assert.deepEqual(tree(requirements, 'status'), ['new: A-1', 'done: A-3', 'review: A-2'], 'with the defaults, "review" is unknown');
    });

    it('keeps requirements that share an ID apart, in file and document order', () => {
      const requirements = requirementsOf(workspace()
        .requirements('b.req.yaml', 'P', (d) => d.req('P-1', { title: 'second file' }))
        .requirements('a.req.yaml', 'P', (d) => d.req('P-1', { title: 'first' }).req('P-1', { title: 'again' })));
      const [group] = buildRequirementTree({ requirements, groupBy: 'owner', vocabularyFor: defaults });
      assert.deepEqual(group.requirements.map((r) => `${r.file}#${r.index}`), ['a.req.yaml#0', 'a.req.yaml#1', 'b.req.yaml#0']);
    });

    it('lists documents without requirements when grouping by document, titled by file name if untitled', () => {
      const groups = buildRequirementTree({
        requirements: portalAndBilling(),
        groupBy: 'document',
        vocabularyFor: defaults,
        documents: [{ file: 'file:///w/new%20stuff.req.yaml' }, { file: 'portal.req.yaml', title: 'PORTAL requirements' }],
      });
      assert.deepEqual(outline(groups), [
        'BILL requirements: BILL-001, BILL-002',
        'new stuff.req.yaml: ',
        'PORTAL requirements: PORTAL-1, PORTAL-2, PORTAL-3, PORTAL-10',
      ]);
    });
  });

  describe('filters', () => {
    const filter = (f: Partial<RequirementFilter>): RequirementFilter => ({ ...EMPTY_FILTER, ...f });

    it('text matches ID, title and description, ignoring case', () => {
      assert.deepEqual(tree(portalAndBilling(), 'document', filter({ text: 'login' })), ['PORTAL requirements: PORTAL-2']);
      assert.deepEqual(tree(portalAndBilling(), 'document', filter({ text: 'link' })), ['PORTAL requirements: PORTAL-1'], 'description');
      assert.deepEqual(tree(portalAndBilling(), 'document', filter({ text: 'bill-00' })), ['BILL requirements: BILL-001, BILL-002'], 'ID');
      assert.deepEqual(tree(portalAndBilling(), 'document', filter({ text: '  REFUNDS ' })), ['BILL requirements: BILL-002'], 'trimmed');
    });

    it('owners: any of them; NONE_KEY means "no owner"', () => {
      assert.deepEqual(tree(portalAndBilling(), 'owner', filter({ owners: ['bob', NONE_KEY] })), ['bob: BILL-001, PORTAL-10', '(none): PORTAL-1']);
    });

    it('statuses: any of them; NONE_KEY means "no status"', () => {
      assert.deepEqual(tree(portalAndBilling(), 'status', filter({ statuses: ['done', NONE_KEY] })), ['done: PORTAL-10', '(none): PORTAL-3']);
    });

    it('text, owner and status must all match; empty groups disappear', () => {
      const f = filter({ text: 'o', owners: ['bob', 'alice'], statuses: ['accepted', 'in-progress'] });
      assert.deepEqual(tree(portalAndBilling(), 'document', f), ['BILL requirements: BILL-001', 'PORTAL requirements: PORTAL-2']);
      const groups = buildRequirementTree({
        requirements: portalAndBilling(), groupBy: 'document', filter: filter({ text: 'refund' }), vocabularyFor: defaults,
        documents: [{ file: 'empty.req.yaml', title: 'Empty' }],
      });
      assert.deepEqual(outline(groups), ['BILL requirements: BILL-002'], 'an empty document is not listed under a filter');
    });

    it('nothing matches: no groups', () => {
      assert.deepEqual(tree(portalAndBilling(), 'status', filter({ text: 'no such thing' })), []);
    });

    it('isFilterActive and matchesFilter', () => {
      assert.equal(isFilterActive(EMPTY_FILTER), false);
      assert.equal(isFilterActive(filter({ text: '   ' })), false);
      assert.equal(isFilterActive(filter({ statuses: ['new'] })), true);
      const [first] = portalAndBilling();
      assert.equal(matchesFilter(first, filter({ owners: ['bob'] })), true);
      assert.equal(matchesFilter(first, filter({ owners: ['alice'] })), false);
    });
  });

  describe('filterChoices', () => {
    it('offers the owners and statuses in use, in tree order, with counts', () => {
      const choices = filterChoices(portalAndBilling(), defaults);
      assert.deepEqual(choices.owners, [
        { value: 'alice', count: 2 }, { value: 'bob', count: 2 }, { value: 'carol', count: 1 }, { value: NONE_KEY, count: 1 },
      ]);
      assert.deepEqual(choices.statuses.map((c) => c.value), ['new', 'in-progress', 'done', 'accepted', 'deferred', NONE_KEY]);
    });
  });

  describe('fileNameOf', () => {
    it('takes the decoded last segment of a URI or path', () => {
      assert.equal(fileNameOf('file:///work/req/portal.req.yaml'), 'portal.req.yaml');
      assert.equal(fileNameOf('file:///work/%E9%9C%80%E6%B1%82.req.yaml'), '需求.req.yaml');
      assert.equal(fileNameOf('a/b.req.yaml'), 'b.req.yaml');
      assert.equal(fileNameOf('bad%zz.req.yaml'), 'bad%zz.req.yaml');
    });
  });
});
