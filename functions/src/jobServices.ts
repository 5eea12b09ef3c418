/**
 * What the reminder job reads and sends through, built from its configuration: PnPjs over SharePoint REST with an
 * app-only bearer token from @azure/identity, LIS's own retry behavior, the SharePoint adapters, and the Graph mail
 * sender in app mode over a Graph client authenticated with the same credential.
 */
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { ClientCertificateCredential, DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import { AuthenticationHandler, Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { TimelinePipe } from '@pnp/core';
import { DefaultParse, type Queryable } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import { sharePointPageLinks } from '../../src/app/links';
import type { ReminderRunDeps } from '../../src/app/reminders';
import type { MailSender } from '../../src/data/ports/MailSender';
import {
  LisRetry,
  SharePointPeopleDirectory,
  SharePointReminderLog,
  SharePointTaskInputReader,
  type LisRetryOptions,
} from '../../src/data/sharepoint';
import { FetchMiddleware, type FetchFunction } from '../../src/graph/fetchMiddleware';
import { GraphMailSender } from '../../src/graph/GraphMailSender';
import type { JobConfig } from './config';

/** App-only Microsoft Graph: every application permission granted to the app (Mail.Send). */
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** App-only SharePoint: `https://<tenant>.sharepoint.com/.default` for the data site's host. */
export function sharePointScope(siteUrl: string): string {
  return `${new URL(siteUrl).origin}/.default`;
}

/** The credential the configuration names (see JobConfig.credential). */
export function createCredential(config: JobConfig): TokenCredential {
  switch (config.credential) {
    case 'certificate':
      return new ClientCertificateCredential(config.tenantId as string, config.clientId as string, {
        certificatePath: config.certificatePath as string,
        ...(config.certificatePassword !== undefined ? { certificatePassword: config.certificatePassword } : {}),
      });
    case 'managedIdentity':
      return config.clientId !== undefined ? new ManagedIdentityCredential({ clientId: config.clientId }) : new ManagedIdentityCredential();
    case 'default':
      return new DefaultAzureCredential(config.tenantId !== undefined ? { tenantId: config.tenantId } : {});
  }
}

function setHeader(init: RequestInit, name: string, text: string): void {
  if (init.headers instanceof Headers) {
    init.headers.set(name, text);
  } else if (Array.isArray(init.headers)) {
    init.headers = [...init.headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase()), [name, text]];
  } else {
    init.headers = { ...(init.headers ?? {}), [name]: text };
  }
}

/**
 * PnPjs behavior: `Authorization: Bearer <token>` on every request, the token from `credential` for `scope`.
 * Credentials of @azure/identity cache their tokens and renew them before they expire, so asking per request is cheap.
 */
export function BearerToken(credential: TokenCredential, scope: string, options: GetTokenOptions = {}): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth.replace(async function (url: URL, init: RequestInit): Promise<[URL, RequestInit]> {
      const token: AccessToken | null = await credential.getToken(scope, options);
      if (!token || !token.token) throw new Error(`No access token for ${scope}`);
      setHeader(init, 'Authorization', `Bearer ${token.token}`);
      return [url, init];
    });
    return instance;
  };
}

/** PnPjs in Node for the data site: defaults, bearer token, LisRetry (which sends with `retry.fetch` or global fetch). */
export function createJobSp(siteUrl: string, credential: TokenCredential, retry: LisRetryOptions = {}): SPFI {
  return spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), DefaultParse(), BearerToken(credential, sharePointScope(siteUrl)), LisRetry(retry));
}

/**
 * A Graph client authenticated by `credential` (app-only, GRAPH_SCOPE) whose chain ends in `fetch`, with no
 * RetryHandler: GraphMailSender handles throttling per request inside a batch (as createGraphClient does).
 */
export function createJobGraphClient(credential: TokenCredential, fetchFn?: FetchFunction): Client {
  const provider = new TokenCredentialAuthenticationProvider(credential, { scopes: [GRAPH_SCOPE] });
  const auth = new AuthenticationHandler(provider);
  auth.setNext(new FetchMiddleware(fetchFn ?? ((input, init) => fetch(input, init))));
  return Client.initWithMiddleware({ middleware: auth });
}

export interface JobServiceOptions {
  /** Default: createCredential(config). Tests pass a fake. */
  credential?: TokenCredential;
  /** SharePoint transport (tests: a fake site). Default: global fetch. */
  sharePointFetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Graph transport (tests: a fake Graph). Default: global fetch. */
  graphFetch?: FetchFunction;
  /** Waits of LisRetry (tests: recorded, not waited). */
  sleep?: (ms: number) => Promise<void>;
  /** Clock of the mail sender's Retry-After and mailbox rate limit (tests: a fake clock whose sleep advances it). */
  senderClock?: { now: () => number; sleep: (ms: number) => Promise<void> };
  /** The run's instant (its Stockholm date is "today"). */
  now?: () => Date;
}

export interface JobServices {
  config: JobConfig;
  deps: ReminderRunDeps;
  /** Built on first use: a dry run never creates a mail sender. */
  mailSender: () => MailSender;
}

/** Everything a reminder run needs, from the configuration. */
export function createJobServices(config: JobConfig, options: JobServiceOptions = {}): JobServices {
  const credential = options.credential ?? createCredential(config);
  const now = options.now ?? ((): Date => new Date());
  const sp = createJobSp(config.siteUrl, credential, {
    ...(options.sharePointFetch ? { fetch: options.sharePointFetch } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  let sender: MailSender | undefined;
  return {
    config,
    deps: {
      taskInputs: new SharePointTaskInputReader(sp, config.siteUrl),
      people: new SharePointPeopleDirectory(sp),
      reminderLog: new SharePointReminderLog(sp, config.siteUrl),
      links: sharePointPageLinks(config.siteUrl),
      now,
    },
    mailSender: () => {
      if (!sender) {
        sender = new GraphMailSender(createJobGraphClient(credential, options.graphFetch), {
          mode: 'app',
          defaultFrom: config.senderMailbox,
          maxPerMinute: config.mailsPerMinute,
          ...(options.senderClock ? { now: options.senderClock.now, sleep: options.senderClock.sleep } : {}),
        });
      }
      return sender;
    },
  };
}
