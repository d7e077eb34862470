import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileKindOf } from '../../src/core/fileKind';
import type { FileKind, Requirement } from '../../src/core/model';
import { parseFile, type ParsedFile } from '../../src/core/parsedFile';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  cacheHeader, chunkOf, CHUNK_COUNT, isFresh, parseChunk, serializeChunk, type CacheMeta, type CacheRecord, type FileStamp,
} from '../../src/core/indexCacheFormat';
import { CodecError, decodeParsedFile, encodeParsedFile } from '../../src/core/parsedFileCodec';
import { itemRanges, keyRange, valueRange } from '../../src/core/fieldSpans';
import { plainParsedFile } from './plainParsedFile';
import { DocumentBuilder, yaml } from './workspaceBuilder';

const FIXTURE = path.join(__dirname, '../../../test/fixtures/workspace');
const MAX = DEFAULT_SETTINGS.maxFileBytes;

function parse(file: string, text: string, kind: FileKind = fileKindOf(file) ?? 'requirements', maxBytes = MAX, byteSize?: number): ParsedFile {
  return parseFile(file, text, kind, { maxBytes, byteSize });
}

/** Every fixture file, plus the shapes the fixture lacks: syntax errors, too large, empty, a list at the root. */
function samples(): ParsedFile[] {
  const fixture = ['reqdesk.yaml', 'changes/CR-0001.cr.yaml', 'requirements/bad.req.yaml', 'requirements/portal.req.yaml']
    .map((f) => parse(`file:///ws/${f}`, fs.readFileSync(path.join(FIXTURE, f), 'utf8')));
  return [
    ...fixture,
    parse('file:///ws/built.req.yaml', new DocumentBuilder('P', 'Built').req('P-001', { links: ['P-002'], tags: ['a', 'b'] }).req('P-002').toYaml()),
    parse('file:///ws/broken.req.yaml', 'document:\n  prefix: P\nrequirements:\n  - id: P-001\n    title: [unclosed\n'),
    parse('file:///ws/big.req.yaml', '', 'requirements', 10, 11),
    parse('file:///ws/empty.cr.yaml', ''),
    parse('file:///ws/list.req.yaml', '- a\n- b\n'),
    parse('file:///ws/full.cr.yaml', yaml`
      id: CR-0002
      title: Everything
      status: implemented
      affects: [P-001]
      proposed:
        P-001: { priority: critical, title: New, acceptance: [one, two] }
      baseline: { P-001: 3f2a9c1b }
      impact: { schedule_days: 5, cost: 0.5, risk: low }
      decision: { outcome: approved, by: [alice], on: 2026-01-02 }
      history:
        - { on: 2026-01-01T00:00:00Z, by: alice, action: submitted }
        - { on: 2026-01-03T00:00:00Z, by: alice, action: implemented, changed: [{ requirement: P-001, field: priority, old: ~, new: 7 }] }
    `),
    parse('file:///ws/notes/call.md', '---\nkind: call\non: 2026-06-01T10:00+08:00\nsubject: Weekly\nactions:\n  - { who: alice, what: Ask P-001, due: 2026-06-05 }\nchanges: [CR-0002]\n---\nP-001 came up.\n', 'record'),
    parse('file:///ws/notes/plain.md', '# no front matter\n', 'record'),
    parse('file:///ws/project.risks.yaml', 'risks:\n  - { id: RISK-001, title: Late, probability: 4, impact: 3, links: [P-001, CR-0002] }\n  - id: RISK-002\n    title: Sick\n    owner:\n'),
  ];
}

function stamp(overrides: Partial<FileStamp> = {}): FileStamp {
  return { kind: 'requirements', size: 100, mtime: 1_700_000_000_000, maxBytes: MAX, ...overrides };
}

function record(key: string, parsed: ParsedFile, overrides: Partial<FileStamp> = {}): CacheRecord {
  const body = encodeParsedFile(parsed);
  assert.ok(body !== undefined);
  return { meta: { key, ...stamp(overrides) }, body };
}

const HEADER = cacheHeader('build-1');
const encoder = new TextEncoder();

describe('parsedFileCodec', () => {
  it('decodes every kind of parsed file to exactly what the parser made', () => {
    for (const parsed of samples()) {
      const encoded = encodeParsedFile(parsed);
      assert.ok(encoded !== undefined, parsed.file);
      assert.deepStrictEqual(plainParsedFile(decodeParsedFile(parsed.file, encoded)), plainParsedFile(parsed), parsed.file);
      assert.deepStrictEqual(plainParsedFile(decodeParsedFile(parsed.file, encoder.encode(encoded))), plainParsedFile(parsed), `${parsed.file} as bytes`);
    }
  });

  it('gives the ranges of every field, list item and problem of a decoded file exactly as the parser does', () => {
    for (const parsed of samples()) {
      const decoded = decodeParsedFile(parsed.file, encoder.encode(encodeParsedFile(parsed) ?? ''));
      parsed.requirements.forEach((r, i) => {
        for (const field of Object.keys(r.fields) as (keyof Requirement['fields'])[]) {
          assert.deepStrictEqual(valueRange(decoded.requirements[i], field), valueRange(r, field), `${parsed.file} ${r.id} ${field}`);
          assert.deepStrictEqual(itemRanges(decoded.requirements[i], field), itemRanges(r, field));
        }
      });
      const cr = parsed.changeRequest;
      for (const field of Object.keys(cr?.fields ?? {})) {
        assert.deepStrictEqual(cr && decoded.changeRequest && keyRange(decoded.changeRequest, field), cr && keyRange(cr, field), `${parsed.file} ${field}`);
      }
    }
  });

  it('reads a damaged located part as no spans (problems then point at the item head) instead of throwing in a view', () => {
    const portal = samples()[3];
    const parts = (encodeParsedFile(portal) ?? '').split('\t');
    parts[2] = '{"id":[1,2,3]}';
    parts[3] = 'not json';
    const decoded = decodeParsedFile(portal.file, parts.join('\t'));
    assert.deepStrictEqual(decoded.requirements[0].fields, {});
    assert.deepStrictEqual(decoded.requirements[1].fields, {});
    assert.equal(valueRange(decoded.requirements[0], 'id'), undefined);
    assert.deepStrictEqual(decoded.requirements[2].fields, portal.requirements[2].fields);
    assert.deepStrictEqual(decoded.requirements[2].lines, portal.requirements[2].lines);
  });

  it('writes the file key, the document header and the line starts once, and shares them like the parser does', () => {
    const portal = samples()[3];
    const encoded = encodeParsedFile(portal) ?? '';
    assert.equal(encoded.split('file:///ws/').length - 1, 0, 'the key is not in the text: the decoder is given it');
    const decoded = decodeParsedFile('file:///elsewhere/portal.req.yaml', encoded);
    assert.ok(decoded.requirements.length > 1);
    for (const r of decoded.requirements) {
      assert.equal(r.file, 'file:///elsewhere/portal.req.yaml');
      assert.equal(r.document, decoded.header);
      assert.equal(r.lines, decoded.requirements[0].lines);
    }
  });

  it('refuses values JSON would change (.inf, .nan, -0), so such a file is parsed again instead of cached wrongly', () => {
    for (const value of ['.inf', '.nan', '-0.0']) {
      const parsed = parse('file:///ws/x.cr.yaml', `id: CR-0003\ntitle: T\nstatus: submitted\naffects: [P-001]\nproposed:\n  P-001: { due: ${value} }\n`);
      assert.equal(encodeParsedFile(parsed), undefined, value);
    }
  });

  it('throws a CodecError (never returns a broken file) for input it did not write', () => {
    const requirement = '[{},"P-1",0,[0,0,0,0],[0,0,0,0],null]';
    for (const text of ['[]', '[]\t[0]', '{}\t[0]', '[1,2,3,4,5,6,7,8,9]\t[0]', '["other",[],false,{},[],null,null,null,[],null]\t[0]',
      `["requirements",[],false,{},[[{},"P-1",0,[0,0,0,0]]],null,null,null,[],null]\t[0]\t{}`,
      // A requirement of codec 5, without its link stamps; and stamps that are no list.
      `["requirements",[],false,{},[[{},"P-1",0,[0,0,0,0],[0,0,0,0]]],null,null,null,[],null]\t[0]\t{}`,
      `["requirements",[],false,{},[[{},"P-1",0,[0,0,0,0],[0,0,0,0],"1:0"]],null,null,null,[],null]\t[0]\t{}`,
      // One requirement needs line lengths and one part of spans: a part more or less is not this codec's text.
      `["requirements",[],false,{},[${requirement}],null,null,null,[],null]\t[0]`,
      `["requirements",[],false,{},[${requirement}],null,null,null,[],null]\t[0]\t{}\t{}`,
      '["change-request",[],false,{},[],[{},"CR-1"],null,null,[],null]\t[0]\t{}',
      // A risk is an object with its data, ID and links.
      '["risks",[],false,{},[],null,null,null,[{}],null]\t[0]', '["risks",[],false,{},[],null,null,null,null,null]\t[0]',
      // Where reqdesk.yaml's values are: a mapping of ranges, or null.
      '["settings",[],false,{},[],null,{},null,[],7]\t[0]']) {
      assert.throws(() => decodeParsedFile('k', text), CodecError, text);
      assert.throws(() => decodeParsedFile('k', encoder.encode(text)), CodecError, text);
    }
    assert.throws(() => decodeParsedFile('k', '["requirements"\t[0]'), SyntaxError);
    assert.equal(decodeParsedFile('k', `["requirements",[],false,{},[${requirement}],null,null,null,[],null]\t[0]\t{}`).requirements[0].id, 'P-1');
  });
});

describe('indexCacheFormat', () => {
  it('reads back what it wrote: stamps and parses, for every sample', () => {
    const records = samples().map((p) => record(p.file, p));
    for (let chunk = 0; chunk < CHUNK_COUNT; chunk++) {
      const mine = records.filter((r) => chunkOf(r.meta.key) === chunk);
      const read = parseChunk(serializeChunk(HEADER, mine), HEADER, chunk);
      assert.equal(read.damaged, false);
      assert.deepStrictEqual(read.records.map((r) => r.meta), mine.map((r) => r.meta));
      read.records.forEach((r, i) => {
        assert.deepStrictEqual(plainParsedFile(decodeParsedFile(r.meta.key, r.body)), plainParsedFile(decodeParsedFile(mine[i].meta.key, mine[i].body)));
      });
    }
  });

  it('keeps non-ASCII text, tabs and newlines inside values intact (the line format splits on raw bytes)', () => {
    const parsed = parse('file:///ws/中文.req.yaml', new DocumentBuilder('ZH', '需求').req('ZH-001', { title: '客户可以\t导出 "订单"', description: 'a\nb\u2028c' }).toYaml());
    const key = 'file:///ws/%E4%B8%AD%E6%96%87.req.yaml';
    const read = parseChunk(serializeChunk(HEADER, [record(key, parsed)]), HEADER, chunkOf(key));
    assert.equal(read.damaged, false);
    const decoded = decodeParsedFile(key, read.records[0].body);
    assert.equal(decoded.requirements[0].data.title, '客户可以\t导出 "订单"');
    assert.equal(decoded.requirements[0].data.description, 'a\nb\u2028c');
  });

  it('spreads keys over the chunks and always puts a key in the same one', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `file:///ws/requirements/doc-${i}.req.yaml`);
    const used = new Set(keys.map(chunkOf));
    assert.equal(used.size, CHUNK_COUNT);
    assert.equal(chunkOf(keys[7]), chunkOf(`file:///ws/requirements/doc-7.req.yaml`));
  });

  describe('freshness', () => {
    it('reuses a parse only for the same kind, size and mtime', () => {
      assert.equal(isFresh(stamp(), stamp()), true);
      assert.equal(isFresh(stamp(), stamp({ size: 101 })), false);
      assert.equal(isFresh(stamp(), stamp({ mtime: 1_700_000_000_001 })), false);
      assert.equal(isFresh(stamp(), stamp({ kind: 'change-request' })), false);
    });

    it('ignores a new size limit while the file stays under it, re-parses when it crosses it either way', () => {
      assert.equal(isFresh(stamp({ maxBytes: 1000 }), stamp({ maxBytes: 200 })), true, 'still read');
      assert.equal(isFresh(stamp({ maxBytes: 1000 }), stamp({ maxBytes: 50 })), false, 'now too large');
      assert.equal(isFresh(stamp({ maxBytes: 50 }), stamp({ maxBytes: 1000 })), false, 'now small enough to read');
      assert.equal(isFresh(stamp({ maxBytes: 50 }), stamp({ maxBytes: 50 })), true, 'still too large, same message');
      assert.equal(isFresh(stamp({ maxBytes: 50 }), stamp({ maxBytes: 60 })), false, 'still too large, but the message names the limit');
    });
  });

  describe('damaged input is ignored, never thrown', () => {
    const portal = samples()[3];
    const key = 'file:///ws/requirements/portal.req.yaml';
    const chunk = chunkOf(key);
    const good = serializeChunk(HEADER, [record(key, portal)]);

    it('an empty or garbage chunk gives nothing', () => {
      assert.deepStrictEqual(parseChunk(new Uint8Array(), HEADER, chunk), { records: [], damaged: false });
      assert.deepStrictEqual(parseChunk(encoder.encode('\u0000\u0001garbage'), HEADER, chunk), { records: [], damaged: true });
      assert.deepStrictEqual(parseChunk(new Uint8Array([0xff, 0xfe, 0x0a, 0x09, 0x0a]), HEADER, chunk), { records: [], damaged: true });
    });

    it('another format version or another parser build gives nothing', () => {
      assert.deepStrictEqual(parseChunk(good, cacheHeader('build-2'), chunk), { records: [], damaged: true });
      const oldFormat = encoder.encode(new TextDecoder().decode(good).replace(/"version":"[^"]*"/, '"version":"0.1"'));
      assert.deepStrictEqual(parseChunk(oldFormat, HEADER, chunk), { records: [], damaged: true });
    });

    it('a torn last line (a write cut short) is dropped and the rest kept', () => {
      const other = 'file:///ws/other.req.yaml';
      const sameChunk = Array.from({ length: 200 }, (_, i) => `file:///ws/other-${i}.req.yaml`).find((k) => chunkOf(k) === chunk) ?? other;
      const both = serializeChunk(HEADER, [record(key, portal), record(sameChunk, portal)]);
      const read = parseChunk(both.subarray(0, both.length - 20), HEADER, chunk);
      assert.equal(read.damaged, true);
      assert.deepStrictEqual(read.records.map((r) => r.meta.key), [key]);
    });

    it('a line with a bad stamp, or in the wrong chunk, is dropped', () => {
      const text = new TextDecoder().decode(good);
      const [head, line] = text.split('\n');
      const badStamp = line.replace(/^\[[^\]]*\]/, '["k","requirements",-1,0,5]');
      const wrongChunk: CacheMeta = { key: Array.from({ length: 50 }, (_, i) => `file:///x${i}`).find((k) => chunkOf(k) !== chunk) ?? '', ...stamp() };
      const moved = line.replace(/^\[[^\]]*\]/, JSON.stringify([wrongChunk.key, 'requirements', 100, 1, MAX]));
      const read = parseChunk(encoder.encode(`${head}\n${badStamp}\nnot json\t[]\n${moved}\n${line}\n`), HEADER, chunk);
      assert.equal(read.damaged, true);
      assert.deepStrictEqual(read.records.map((r) => r.meta.key), [key]);
    });
  });
});
