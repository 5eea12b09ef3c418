/**
 * Every stored entity carries the store's identity and concurrency token.
 * `etag` is opaque: SharePoint's ETag, or the local store's version counter.
 */
export interface Versioned {
  id: string;
  etag: string;
  modified: string;
  modifiedBy: string;
}
