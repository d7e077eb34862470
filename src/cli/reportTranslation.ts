import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import { formatMessage, type MessageArg } from '../core/messages';
import type { Translate } from '../core/project/statusReportContent';
import type { ReportLanguage } from './commandLine';

const BUNDLES: Readonly<Record<ReportLanguage, Readonly<Record<string, string>>>> = { 'en': {}, 'zh-cn': zhCn };

/** Core templates in the report's language, from the extension's own l10n bundle, as vscode.l10n.t would look them up. */
export function reportTranslation(lang: ReportLanguage): Translate {
  const bundle = BUNDLES[lang];
  const translate = (template: string, args: readonly MessageArg[]): string =>
    formatMessage(bundle[template] ?? template, args.map((arg) => (typeof arg === 'object' ? translate(arg.template, arg.args) : arg)));
  return translate;
}
