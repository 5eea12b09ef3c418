/**
 * jsdom shims for Fluent UI component tests. Import first in every component test file.
 * Icons are not registered (hosts call initializeIcons); their "not registered" warnings are silenced.
 */
import { InjectionMode, Stylesheet, setIconOptions } from '@fluentui/react/lib/Styling';

setIconOptions({ disableWarnings: true });
// Class names are still generated, but no CSS rules are parsed into jsdom's CSSOM: much faster, same behaviour.
Stylesheet.getInstance().setConfig({ injectionMode: InjectionMode.none });

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverShim {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverShim;
}

if (!HTMLElement.prototype.scrollIntoView) {
  HTMLElement.prototype.scrollIntoView = function scrollIntoView(): void {};
}

// Fluent components under jsdom are slow to type into; keep the default per-test budget generous.
jest.setTimeout(30000);

// React 17 reports state updates that land after an awaited user-event call as "not wrapped in act(...)"; the
// tests await every visible outcome with findBy/waitFor, so these reports are noise. Other console errors pass through.
const originalError = console.error;
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].indexOf('not wrapped in act(') >= 0) return;
    originalError(...args);
  });
});
afterAll(() => {
  (console.error as jest.Mock).mockRestore?.();
});
