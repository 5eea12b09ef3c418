import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { AuthenticationHandler, Client } from '@microsoft/microsoft-graph-client';

/** The `fetch` the Graph client ends in; tests pass a fake one, production the platform's. */
export type FetchFunction = (input: RequestInfo, init?: RequestInit) => Promise<Response>;

/** Last middleware of the chain: performs the request with the given fetch (no hidden retries). */
export class FetchMiddleware implements Middleware {
  private readonly fetchFn: FetchFunction;
  public constructor(fetchFn: FetchFunction) {
    this.fetchFn = fetchFn;
  }
  public execute(context: Context): Promise<void> {
    return this.fetchFn(context.request, context.options).then((response) => {
      context.response = response;
    });
  }
}

export interface GraphClientOptions {
  /** Bearer token for Graph (delegated or app-only; acquired by the host). */
  getAccessToken: () => Promise<string>;
  /** Defaults to the global fetch. */
  fetch?: FetchFunction;
}

/**
 * A Graph client whose chain is authentication then fetch only: throttling is handled by GraphMailSender itself,
 * per request inside a batch, so the client's own RetryHandler must not retry behind its back.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const fetchFn: FetchFunction = options.fetch ?? ((input, init) => fetch(input, init));
  const auth = new AuthenticationHandler({ getAccessToken: options.getAccessToken });
  auth.setNext(new FetchMiddleware(fetchFn));
  return Client.initWithMiddleware({ middleware: auth });
}
