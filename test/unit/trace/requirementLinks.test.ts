import * as assert from 'node:assert/strict';
import { readFastYaml } from '../../../src/core/fastYaml';
import { decodeParsedFile, encodeParsedFile } from '../../../src/core/parsedFileCodec';
import { linkRanges, requirementLinks } from '../../../src/core/trace/requirementLinks';
import { at, indexOf, parse, problems, yaml } from '../workspaceBuilder';

const LINKING = yaml`
  document: { prefix: P, title: T }
  requirements:
    - id: P-001
      title: Log in
      links: [P-002@1:9c41e07b, P-003]
    - id: P-004
      title: Log out
      links:
        - "P-002@1:0000abcd"
        - P-404@1:0000abcd
`;

const TARGETS = yaml`
  document: { prefix: P, title: Targets }
  requirements:
    - { id: P-002, title: Accounts, owner: alice, priority: high }
    - { id: P-003, title: Sessions, owner: alice, priority: high }
`;

describe('stamped links: reading', () => {
  it('gives every reader the bare ID and keeps the stamps beside, by position', () => {
    const [first, second] = parse(LINKING).requirements;
    assert.deepEqual(first.data.links, ['P-002', 'P-003']);
    assert.deepEqual(first.linkStamps, ['1:9c41e07b', undefined]);
    assert.deepEqual(second.data.links, ['P-002', 'P-404']);
    assert.deepEqual(requirementLinks(second).map((link) => link.text), ['P-002@1:0000abcd', 'P-404@1:0000abcd']);
    assert.equal(parse(TARGETS).requirements[0].linkStamps, undefined);
  });

  it('is plain YAML the fast reader reads, with no schema problem', () => {
    assert.ok(readFastYaml(LINKING), 'the fast reader takes stamped links');
    assert.deepEqual(parse(LINKING).findings.filter((f) => f.ruleId === 'schema'), []);
  });

  it('locates the item, its ID and its stamp, quotes left out', () => {
    const [first, second] = parse(LINKING).requirements;
    const ranges = (r: typeof first, i: number): string[] => {
      const found = linkRanges(r, i);
      return found ? [at(found.item), at(found.id), found.stamp ? at(found.stamp) : '-'] : [];
    };
    assert.deepEqual(ranges(first, 0), ['4:12-4:28', '4:12-4:17', '4:18-4:28']);
    assert.deepEqual(ranges(first, 1), ['4:30-4:35', '4:30-4:35', '-']);
    assert.deepEqual(ranges(second, 0), ['8:8-8:26', '8:9-8:14', '8:15-8:25']);
    assert.deepEqual(ranges(first, 2), []);
  });

  it('survives the persisted index and the worker trip', () => {
    const parsed = parse(LINKING);
    const encoded = encodeParsedFile(parsed);
    assert.ok(encoded !== undefined);
    const decoded = decodeParsedFile(parsed.file, encoded);
    assert.deepEqual(decoded.requirements.map((r) => r.linkStamps), parsed.requirements.map((r) => r.linkStamps));
    assert.deepEqual(decoded.requirements.map((r) => r.data.links), [['P-002', 'P-003'], ['P-002', 'P-404']]);
  });

  it('reports an item that is no link at all with the stamped form in the message', () => {
    const text = LINKING.replace('P-003]', '"P-003 @x"]');
    assert.deepEqual(parse(text).findings.filter((f) => f.ruleId === 'schema').map((f) => f.message), [
      "links item 2 of requirement 1 must be a requirement ID like PORTAL-001, bare or with the stamp Mark Link Reviewed writes (PORTAL-001@1:9c41e07b) (it is 'P-003 @x').",
    ]);
  });

  it('judges a stamped link to an unknown ID by its bare ID', () => {
    const index = indexOf({ 'p.req.yaml': LINKING, 'targets.req.yaml': TARGETS });
    assert.deepEqual(problems(index, 'p.req.yaml', 'unknown-link'), [
      { ruleId: 'unknown-link', severity: 'warning', message: 'Link to unknown requirement P-404: no requirement in the workspace has this ID.', range: '9:8-9:24' },
    ]);
  });

  it('judges the linking files again when a linked requirement changes, not when an unlinked one does', () => {
    const index = indexOf({ 'p.req.yaml': LINKING, 'targets.req.yaml': TARGETS, 'other.req.yaml': TARGETS.replace(/P-00/g, 'Q-00').replace('prefix: P', 'prefix: Q') });
    assert.deepEqual([...index.update('targets.req.yaml', TARGETS.replace('Accounts', 'User accounts')).files].sort(), ['p.req.yaml', 'targets.req.yaml']);
    assert.deepEqual([...index.update('targets.req.yaml', `# a comment\n${TARGETS.replace('Accounts', 'User accounts')}`).files], ['targets.req.yaml']);
    assert.deepEqual([...index.update('other.req.yaml', TARGETS.replace(/P-00/g, 'Q-00').replace('Accounts', 'Other')).files], ['other.req.yaml']);
  });
});
