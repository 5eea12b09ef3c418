import type { RunningPreview } from '../../../preview/tooling/startPreviewServer';

declare global {
  // Set by globalSetup, read by globalTeardown (same process).
  // eslint-disable-next-line no-var
  var __LIS_PREVIEW__: RunningPreview | undefined;
}

export {};
