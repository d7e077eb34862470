import type { NewChangeRequestInput } from '../changeRequests/newChangeRequest';
import type { IndexView } from '../indexView';
import { CUSTOMER_ROLE, personName } from '../roster';
import type { ProjectSettings } from '../settings';
import { RECORD_KINDS, type CommunicationRecord, type RecordKind } from './communicationRecord';

/** How a request that came up in a record came in: the change-request schema's `channel` for each record kind. */
export const CHANNEL_OF_KIND: Readonly<Record<RecordKind, string>> = {
  meeting: 'meeting',
  email: 'email',
  call: 'phone',
  chat: 'chat',
  visit: 'meeting',
  other: 'other',
};

export interface RecordRequestOptions {
  readonly id: string;
  /** The record's path relative to the project folder: the CR's `source_record`. */
  readonly recordPath: string;
  /** Defaults to the record's subject. */
  readonly title?: string;
}

/**
 * A change request filed from a communication record: its channel from the record's kind, requested on the
 * record's date, requested by the people it names who are not the team's (the roster's customers, or plain names
 * outside it; none without a roster), affecting every known requirement the record names (its `requirements:` first, then its text).
 */
export function changeRequestFromRecord(
  record: CommunicationRecord, options: RecordRequestOptions, index: Pick<IndexView, 'requirementsWithId'>, settings: ProjectSettings,
): NewChangeRequestInput {
  const kind = RECORD_KINDS.find((k) => k === record.data.kind);
  const affects = [...new Set([...(record.data.requirements ?? []), ...record.mentions.map((m) => m.id)])]
    .filter((id) => index.requirementsWithId(id).length > 0);
  // Without a roster nobody can be told apart from the team, so nobody is named.
  const requesters = settings.roster.length === 0 ? [] : (record.data.with ?? []).filter((who) => {
    const member = settings.roster.find((m) => m.id === who);
    return member ? member.roles.includes(CUSTOMER_ROLE) : true;
  });
  return {
    id: options.id,
    title: options.title ?? record.data.subject ?? '',
    affects,
    requested_by: requesters.length > 0 ? requesters.map((who) => personName(settings, who)).join(', ') : undefined,
    requested_on: record.date,
    channel: kind && CHANNEL_OF_KIND[kind],
    source_record: options.recordPath,
  };
}
