import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { vocabularyLabel, vocabularyValue } from '../../src/core/vocabularyLabels';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

describe('vocabularyLabels: what statuses and priorities are called on screen', () => {
  it('shows the default values in Simplified Chinese, and as they are in English', () => {
    const shown = (language: string): string[] => [...DEFAULT_SETTINGS.statuses, ...DEFAULT_SETTINGS.priorities].map((v) => vocabularyLabel(v, language, DEFAULT_SETTINGS));
    assert.deepEqual(shown('zh-cn'), ['新建', '进行中', '已完成', '已验收', '已拒绝', '延期', '紧急', '高', '中', '低']);
    assert.deepEqual(shown('en'), ['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred', 'critical', 'high', 'medium', 'low']);
    assert.equal(vocabularyLabel('in-progress', 'zh-CN', DEFAULT_SETTINGS), '进行中', 'the language tag compares without case');
  });

  it("takes the project's labels from reqdesk.yaml first, per language, falling back to the base language", () => {
    const index = new WorkspaceIndex();
    index.update('p/reqdesk.yaml', [
      'vocabulary:',
      '  statuses: [new, in-progress, in-review, done]',
      '  labels:',
      '    zh-CN: { in-progress: 开发中, in-review: 评审中 }',
      '    de: { new: neu }',
      '',
    ].join('\n'));
    const settings = index.settingsFor('p/a.req.yaml');
    assert.deepEqual(index.findings('p/reqdesk.yaml'), [], 'labels are valid settings');
    assert.equal(vocabularyLabel('in-progress', 'zh-cn', settings), '开发中', "the project's label wins over the built-in one");
    assert.equal(vocabularyLabel('in-review', 'zh-cn', settings), '评审中');
    assert.equal(vocabularyLabel('done', 'zh-cn', settings), '已完成', 'a default value keeps its built-in label');
    assert.equal(vocabularyLabel('new', 'de-at', settings), 'neu', 'a regional language falls back to its base');
    assert.equal(vocabularyLabel('in-review', 'en', settings), 'in-review', 'no label: the value itself');
  });

  it('reports labels of the wrong shape at their place in reqdesk.yaml', () => {
    const index = new WorkspaceIndex();
    index.update('reqdesk.yaml', 'vocabulary:\n  labels:\n    zh-cn: { done: "" }\n');
    assert.deepEqual(index.findings('reqdesk.yaml').map((f) => [f.ruleId, f.range.start.line, f.range.start.character]), [['schema', 2, 19]]);
  });

  it('finds the value a label stands for, by label or by value, without case', () => {
    const values = DEFAULT_SETTINGS.statuses;
    assert.equal(vocabularyValue('进行中', values, 'zh-cn', DEFAULT_SETTINGS), 'in-progress');
    assert.equal(vocabularyValue(' Done ', values, 'zh-cn', DEFAULT_SETTINGS), 'done');
    assert.equal(vocabularyValue('开发中', values, 'zh-cn', DEFAULT_SETTINGS), undefined);
  });
});
