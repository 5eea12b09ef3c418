import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';

/** A TokenCredential that hands out `<prefix>-<n>` tokens and records the scopes asked for. */
export class FakeCredential implements TokenCredential {
  public readonly requests: string[][] = [];
  private readonly prefix: string;
  public constructor(prefix = 'token') {
    this.prefix = prefix;
  }
  public async getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
    const list = Array.isArray(scopes) ? scopes.slice() : [scopes];
    this.requests.push(list);
    return { token: `${this.prefix}-${this.requests.length}`, expiresOnTimestamp: Date.UTC(2030, 0, 1) };
  }
}

/** Scope-aware: `sp-token` for SharePoint scopes, `graph-token` for Graph. */
export class ScopedFakeCredential implements TokenCredential {
  public readonly requests: string[][] = [];
  public async getToken(scopes: string | string[]): Promise<AccessToken> {
    const list = Array.isArray(scopes) ? scopes.slice() : [scopes];
    this.requests.push(list);
    const token = list.some((s) => s.startsWith('https://graph.microsoft.com')) ? 'graph-token' : 'sp-token';
    return { token, expiresOnTimestamp: Date.UTC(2030, 0, 1) };
  }
}
