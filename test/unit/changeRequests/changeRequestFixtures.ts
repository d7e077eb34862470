import * as assert from 'node:assert/strict';
import type { TransitionContext } from '../../../src/core/changeRequests/transitionRequest';
import { applyTextEdits, type EditRefusal, type EditResult } from '../../../src/core/edit/textEdit';
import { formatMessage } from '../../../src/core/messages';
import { resolveSettings, type ProjectSettings, type SettingsFileData } from '../../../src/core/settings';
import type { WorkspaceIndex } from '../../../src/core/workspaceIndex';
import { indexOf, yaml } from '../workspaceBuilder';

/** Test data for the change-request workflow: one requirements file, one request in each status. */

export const PORTAL_FILE = 'requirements/portal.req.yaml';
export const CR_FILE = 'changes/CR-0007.cr.yaml';

export const PORTAL = yaml`
  # Customer portal: the requirements Acme signed.
  document:
    prefix: PORTAL
    title: Customer portal
    customer: Acme Corp
  requirements:
    - id: PORTAL-001
      title: Login goes to the home page
      description: >
        After the user enters a correct user name and password, the
        system goes to the user's home page.
      priority: high   # agreed in kick-off
      owner: alice
      status: in-progress
      acceptance:
        - The home page shows "Welcome, <name>"   # from the kick-off notes
      tags: [auth]
    - id: PORTAL-002
      title: Logout
      priority: medium
      owner: bob
      status: new
      changes: [CR-0003]
`;

/** The fingerprint of PORTAL-001 and PORTAL-002 in PORTAL (requirementFingerprint.test.ts checks them). */
export const PORTAL_001_FINGERPRINT = 'a92cd448';
export const PORTAL_002_FINGERPRINT = '0ff1f87c';

export const SUBMITTED = yaml`
  # Raised by Bob in the weekly call.
  id: CR-0007
  title: Support single sign-on
  status: submitted   # set by ReqDesk
  requested_by: Bob Li (Acme)
  requested_on: 2026-11-20
  channel: email
  affects: [PORTAL-001]
  proposed:
    PORTAL-001:
      priority: critical   # was high
  history:
    - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }
`;

/** Roster: alice and carol on the CCB, dave not; a quorum of 2 and a required customer sign-off. */
export const CCB_SETTINGS: SettingsFileData = {
  roster: [{ id: 'alice', roles: ['ccb'] }, { id: 'carol', roles: ['ccb'] }, { id: 'dave', roles: ['owner'] }],
  ccb: { quorum: 2, require_customer_signoff: true },
};

export function settingsOf(data: SettingsFileData | undefined = CCB_SETTINGS): ProjectSettings {
  return resolveSettings(data);
}

/** A transition made at `now` (UTC); today is its UTC date unless given (a time zone ahead of UTC, say). */
export function contextOf(index: WorkspaceIndex, now: string, by = 'carol', settings: ProjectSettings = settingsOf(), today = now.slice(0, 10)): TransitionContext {
  return { settings, requirementsWithId: (id) => index.requirementsWithId(id), by, now, today };
}

export function portalIndex(portal = PORTAL): WorkspaceIndex {
  return indexOf({ [PORTAL_FILE]: portal });
}

/** The text after a successful edit; fails the test with the reason when it was refused. */
export function after(text: string, result: EditResult): string {
  if (!result.ok) {
    assert.fail(`Refused: ${result.refusal.message}`);
  }
  return applyTextEdits(text, result.edits);
}

/** The English text of a refusal, which is exactly its template filled in (the editor shows the template translated). */
export function refusal(result: { readonly ok: true } | EditRefusal): string {
  if (result.ok) {
    assert.fail('Expected a refusal.');
  }
  assert.equal(formatMessage(result.refusal.template, result.refusal.args), result.refusal.message, 'the English text is the template filled in');
  return result.refusal.message;
}
