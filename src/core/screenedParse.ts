import { type Document, parseDocument } from 'yaml';
import { type NestingRefusal, screenYaml } from './yamlScreen';

/**
 * The only way ReqDesk hands text to the `yaml` parser (a lint rule keeps it so): screened first (yamlScreen.ts
 * says why), then parsed with the options every reader here needs:
 * - `uniqueKeys: false`: yaml compares each key with every earlier one, minutes for a mapping of 200,000 keys;
 *   yamlSource finds duplicate keys itself in one pass.
 * - `logLevel: 'error'`: yaml prints warnings (collection keys, unknown tags) through process.emitWarning, on the
 *   stderr of the CLI and in the extension host's log; ReqDesk reports them as problems instead.
 */
export type ScreenedDocument =
  | { readonly doc: Document; readonly refusal?: undefined }
  | { readonly doc?: undefined; readonly refusal: NestingRefusal };

export function screenedDocument(text: string): ScreenedDocument {
  const refusal = screenYaml(text);
  if (refusal) {
    return { refusal };
  }
  return { doc: parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error', keepSourceTokens: false }) };
}
