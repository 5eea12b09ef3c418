import type { Client } from '@microsoft/microsoft-graph-client';
import type { MailSender } from '../../data/ports/MailSender';
import { GraphMailSender } from '../../graph/GraphMailSender';
import { MAIL_SEND_SCOPE, permissionErrorFrom } from '../../graph/permissionErrors';

/** What LIS uses of SPFx's `context.msGraphClientFactory` (MSGraphClientFactory from @microsoft/sp-http). */
export interface GraphClientFactoryLike {
  getClient(version: '3'): Promise<unknown>;
}

/**
 * The coordinator's "send now" sender: Graph `/me/sendMail` in JSON batches through SPFx's MSGraphClientV3, with the
 * signed-in user's delegated Mail.Send permission (requested in config/package-solution.json). A client that cannot
 * be had for lack of consent (the API access request is not approved) rejects with PermissionNotGrantedError.
 * Loaded on demand (webpackChunkName lis-graph-mail) so the Graph sending code is not in any web part's initial bundle.
 */
export async function createDelegatedMailSender(factory: GraphClientFactoryLike): Promise<MailSender> {
  let client: unknown;
  try {
    client = await factory.getClient('3');
  } catch (error) {
    throw permissionErrorFrom(error, MAIL_SEND_SCOPE) ?? error;
  }
  // MSGraphClientV3 is the Graph JavaScript client v3 (the same API as @microsoft/microsoft-graph-client's Client).
  return new GraphMailSender(client as Client, { mode: 'delegated' });
}
