import type { StatusCount } from '../shared/protocol';
import { element } from './dom';
import { t } from './strings';

/** A requirement status as a `data-status` value that common.css colours; any other value reads as "other". */
export function statusClass(status: string): string {
  return ['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred'].includes(status) ? status : status === '' ? 'none' : 'other';
}

/**
 * A stacked bar of rows per status; each segment's width is its share (set through the CSSOM, which CSP allows).
 * Its tooltip and accessible name say the numbers: "M2: 1 of 18 done", then the rows per status.
 */
export function progressBar(counts: readonly StatusCount[], total: number, size: 'mini' | 'full', name?: string): HTMLElement {
  const bar = element('span', { className: `progress ${size}`, attributes: { role: 'img' } });
  const done = counts.reduce((sum, c) => sum + (c.done ? c.count : 0), 0);
  const headline = name === undefined ? t('progressDone', done, total) : t('progressNamedDone', name, done, total);
  const parts: string[] = [];
  for (const { status, label, count } of counts) {
    const segment = element('span', { className: 'segment', attributes: { 'data-status': statusClass(status) } });
    segment.style.flexGrow = String(count);
    const text = t('progressItem', label || t('none'), count);
    segment.title = `${headline}\n${text}`;
    parts.push(text);
    bar.append(segment);
  }
  bar.setAttribute('aria-label', `${headline}. ${t('progress')}: ${parts.join(', ')}`);
  bar.title = `${headline}\n${parts.join(', ')}`;
  bar.dataset.total = String(total);
  return bar;
}
