import type { OverviewWebviewMessage } from './overviewProtocol';
import { hasKeys, isRecord, isRequestId, isText } from './messageChecks';

/** Longer than any path the index keys a file by. */
const MAX_PATH = 4_096;

/** What the overview's page posted, as the protocol types it, or undefined when it is not exactly one of its shapes. */
export function parseOverviewMessage(value: unknown): OverviewWebviewMessage | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  switch (value.type) {
    case 'ready':
      return hasKeys(value, ['type']) ? { type: 'ready' } : undefined;
    case 'open':
      return hasKeys(value, ['type', 'file', 'line']) && isText(value.file, MAX_PATH) && value.file !== '' && isRequestId(value.line)
        ? { type: 'open', file: value.file, line: value.line }
        : undefined;
    case 'chooseProject':
      return hasKeys(value, ['type', 'key']) && isText(value.key, MAX_PATH) && value.key !== '' ? { type: 'chooseProject', key: value.key } : undefined;
    case 'rendered':
      return hasKeys(value, ['type', 'asOf']) && isText(value.asOf, 10) ? { type: 'rendered', asOf: value.asOf } : undefined;
    default:
      return undefined;
  }
}
