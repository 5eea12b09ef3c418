/**
 * @jest-environment jsdom
 *
 * The Organisation web part as an SPFx host: finds the data site (web part property, else tenant property through
 * PnPjs over a fake fetch), builds the services, follows the SharePoint/Teams theme and UI language, mounts LisRoot
 * (replaced here by a probe that records its props), and shows the "not configured" message when no site is set.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { act, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
// The same module the web part gets for '@microsoft/sp-component-base' (jest moduleNameMapper), with test helpers.
import { ThemeProvider } from '../mocks/sp-component-base';
import { SharePointOrgUnitRepository } from '../../src/data/sharepoint';
import { stringsFor } from '../../src/ui/strings';

const rootProps: Record<string, unknown>[] = [];

jest.mock('../../src/ui', () => ({
  LisRoot: (props: Record<string, unknown>) => {
    rootProps.push(props);
    return <div data-testid="lis-root">{String(props.view)}</div>;
  },
}));

/** The web part's real localized resources (an AMD module), as SharePoint would load them. */
function loadLoc(locale: string): Record<string, string> {
  const file = path.join(__dirname, '..', '..', 'src', 'webparts', 'shared', 'loc', `${locale}.js`);
  let result: Record<string, string> = {};
  // eslint-disable-next-line no-new-func
  new Function('define', fs.readFileSync(file, 'utf8'))((_deps: unknown, factory: () => Record<string, string>) => {
    result = factory();
  });
  return result;
}

jest.mock('LisWebPartStrings', () => loadLoc('sv-se'), { virtual: true });

// eslint-disable-next-line import/first
import OrganisationWebPart from '../../src/webparts/organisation/OrganisationWebPart';

interface FakeResponseInit {
  status?: number;
  body?: unknown;
}

function fakeResponse(init: FakeResponseInit): unknown {
  const status = init.status ?? 200;
  const text = init.body === undefined ? '' : JSON.stringify(init.body);
  const headers = new Map<string, string>([['content-type', 'application/json']]);
  const response = {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 200 ? 'OK' : 'Error',
    headers: { has: (k: string) => headers.has(k.toLowerCase()), get: (k: string) => headers.get(k.toLowerCase()) ?? null },
    text: async () => text,
    json: async () => JSON.parse(text),
    clone: () => response,
  };
  return response;
}

let fetchMock: jest.Mock;

// SharePoint registers Fluent's icon font for web parts; here nobody does, and that is not what these tests check.
setIconOptions({ disableWarnings: true });

interface TestablePart {
  properties: { dataSiteUrl?: string };
  domElement: HTMLElement;
  initForTest(): Promise<void>;
  applyPropertyPaneForTest(): void;
  disposeForTest(): void;
  isReactiveForTest(): boolean;
  getPropertyPaneConfiguration(): { pages: { groups: { groupFields: { targetProperty: string; properties: { label: string; onGetErrorMessage: (v: string) => string } }[] }[] }[] };
}

const WebPart = OrganisationWebPart as unknown as new (context: unknown, properties: object, domElement: HTMLElement) => TestablePart;

function makePart(options: { dataSiteUrl?: string; culture?: string; email?: string; theme?: object; reviewIntervalMonths?: string } = {}): {
  part: TestablePart;
  themes: ThemeProvider;
} {
  const themes = new ThemeProvider(options.theme);
  const context = {
    pageContext: {
      web: { absoluteUrl: 'https://kommun.sharepoint.com/sites/intranet' },
      user: { displayName: 'Åsa Öberg', email: options.email ?? 'asa.oberg@kommun.se', loginName: 'i:0#.f|membership|asa.oberg@kommun.se' },
      cultureInfo: { currentUICultureName: options.culture ?? 'sv-SE' },
    },
    serviceScope: { consume: (key: unknown) => (key === ThemeProvider.serviceKey ? themes : undefined) },
  };
  const el = document.createElement('div');
  document.body.appendChild(el);
  return { part: new WebPart(context, { dataSiteUrl: options.dataSiteUrl, reviewIntervalMonths: options.reviewIntervalMonths }, el), themes };
}

function tenantProperty(value: string | undefined): void {
  fetchMock.mockImplementation(async (url: string) => {
    if (/GetStorageEntity\('lis-data-site-url'\)/i.test(url)) {
      return fakeResponse({ body: value === undefined ? { 'odata.null': true } : { Value: value } });
    }
    return fakeResponse({ status: 404, body: { error: 'unexpected request' } });
  });
}

beforeEach(() => {
  rootProps.length = 0;
  document.body.innerHTML = '';
  fetchMock = jest.fn();
  (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
});

const sv = stringsFor('sv-SE');
const en = stringsFor('en-US');

describe('OrganisationWebPart', () => {
  it('shows the Swedish "not configured" message when neither the property nor the tenant property is set', async () => {
    tenantProperty(undefined);
    const { part } = makePart();
    await act(() => part.initForTest());
    expect(await screen.findByText(sv.errors.notConfigured)).toBeInTheDocument();
    expect(screen.queryByTestId('lis-root')).toBeNull();
    expect(String(fetchMock.mock.calls[0][0]).toLowerCase()).toBe("https://kommun.sharepoint.com/sites/intranet/_api/web/getstorageentity('lis-data-site-url')");
  });

  it('speaks English when the host UI language is English', async () => {
    tenantProperty(undefined);
    const { part } = makePart({ culture: 'en-US' });
    await act(() => part.initForTest());
    expect(await screen.findByText(en.errors.notConfigured)).toBeInTheDocument();
  });

  it('mounts LisRoot on the organisation view over the data site from the tenant property', async () => {
    tenantProperty('https://kommun.sharepoint.com/sites/lis/SitePages/Start.aspx');
    const { part } = makePart({ culture: 'en-GB', theme: { palette: { themePrimary: '#123456' }, isInverted: false } });
    await act(() => part.initForTest());
    expect(screen.getByTestId('lis-root')).toHaveTextContent('organisation');
    const props = rootProps[rootProps.length - 1] as {
      view: string;
      locale: string;
      theme: { palette: { themePrimary: string } };
      services: { orgUnits: unknown; currentUser: unknown; now: () => Date };
    };
    expect(props.view).toBe('organisation');
    expect(props.locale).toBe('en-US');
    expect(props.theme.palette.themePrimary).toBe('#123456');
    expect(props.services.orgUnits).toBeInstanceOf(SharePointOrgUnitRepository);
    expect(props.services.currentUser).toEqual({ displayName: 'Åsa Öberg', email: 'asa.oberg@kommun.se' });
    expect(props.services.now()).toBeInstanceOf(Date);
  });

  it('uses the web part property over the tenant property without reading the tenant property', async () => {
    tenantProperty('https://kommun.sharepoint.com/sites/other');
    const { part } = makePart({ dataSiteUrl: 'https://kommun.sharepoint.com/sites/lis' });
    await act(() => part.initForTest());
    expect(screen.getByTestId('lis-root')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('passes the review interval property to the services as a setting (12 months when empty)', async () => {
    const configured = makePart({ dataSiteUrl: 'https://kommun.sharepoint.com/sites/lis', reviewIntervalMonths: '6' });
    await act(() => configured.part.initForTest());
    expect((rootProps[rootProps.length - 1] as { services: { settings: unknown } }).services.settings).toEqual({ reviewIntervalMonths: 6 });
    const empty = makePart({ dataSiteUrl: 'https://kommun.sharepoint.com/sites/lis' });
    await act(() => empty.part.initForTest());
    expect((rootProps[rootProps.length - 1] as { services: { settings: unknown } }).services.settings).toEqual({ reviewIntervalMonths: 12 });
  });

  it('falls back to the login name when the user has no e-mail (e.g. some Teams guests)', async () => {
    const { part } = makePart({ dataSiteUrl: 'https://kommun.sharepoint.com/sites/lis', email: '' });
    await act(() => part.initForTest());
    const props = rootProps[rootProps.length - 1] as { services: { currentUser: { email: string } } };
    expect(props.services.currentUser.email).toBe('i:0#.f|membership|asa.oberg@kommun.se');
  });

  it('shows the access-denied message when the tenant property cannot be read', async () => {
    fetchMock.mockImplementation(async () => fakeResponse({ status: 403, body: { error: { message: 'Access denied' } } }));
    const { part } = makePart();
    await act(() => part.initForTest());
    expect(await screen.findByText(sv.errors.accessDenied)).toBeInTheDocument();
  });

  it('follows theme changes and stops listening when disposed', async () => {
    const { part, themes } = makePart({ dataSiteUrl: 'https://kommun.sharepoint.com/sites/lis' });
    await act(() => part.initForTest());
    act(() => themes.changeTheme({ palette: { themePrimary: '#6264a7' }, isInverted: true }));
    const props = rootProps[rootProps.length - 1] as { theme: { palette: { themePrimary: string }; isInverted: boolean } };
    expect(props.theme).toEqual(expect.objectContaining({ isInverted: true, palette: { themePrimary: '#6264a7' } }));

    act(() => part.disposeForTest());
    expect(part.domElement.innerHTML).toBe('');
    const renders = rootProps.length;
    act(() => themes.changeTheme({ palette: { themePrimary: '#000000' } }));
    expect(rootProps.length).toBe(renders);
    expect(part.domElement.innerHTML).toBe('');
  });

  it('offers non-reactive properties: the data site url with url validation and the review interval', async () => {
    const { part } = makePart();
    const fields = part.getPropertyPaneConfiguration().pages[0].groups[0].groupFields;
    expect(fields.map((f) => f.targetProperty)).toEqual(['dataSiteUrl', 'reviewIntervalMonths']);
    expect(fields[1].properties.label).toBe('Granskningsintervall för klassningar (månader)');
    const validateInterval = fields[1].properties.onGetErrorMessage;
    expect(validateInterval('')).toBe('');
    expect(validateInterval('6')).toBe('');
    expect(validateInterval('0')).toBe('Ange ett heltal mellan 1 och 120.');
    expect(validateInterval('ett år')).toBe('Ange ett heltal mellan 1 och 120.');
    expect(fields[0].properties.label).toBe('LIS-webbplatsens adress (lämna tomt för klientens standard)');
    const validate = fields[0].properties.onGetErrorMessage;
    expect(validate('')).toBe('');
    expect(validate('https://kommun.sharepoint.com/sites/lis')).toBe('');
    expect(validate('http://kommun.sharepoint.com/sites/lis')).not.toBe('');
    expect(validate('lis')).not.toBe('');
    expect(part.isReactiveForTest()).toBe(false);
  });

  it('re-resolves the data site when the property pane changes are applied', async () => {
    tenantProperty(undefined);
    const { part } = makePart();
    await act(() => part.initForTest());
    expect(await screen.findByText(sv.errors.notConfigured)).toBeInTheDocument();
    part.properties.dataSiteUrl = 'https://kommun.sharepoint.com/sites/lis';
    act(() => part.applyPropertyPaneForTest());
    await waitFor(() => expect(screen.getByTestId('lis-root')).toBeInTheDocument());
  });
});

describe('web part localized resources', () => {
  const declared = fs
    .readFileSync(path.join(__dirname, '..', '..', 'src', 'webparts', 'shared', 'loc', 'mystrings.d.ts'), 'utf8')
    .match(/^\s+(\w+): string;/gm)!
    .map((line) => line.trim().replace(/: string;$/, ''))
    .sort();

  it.each(['sv-se', 'en-us'])('%s defines exactly the declared keys, none empty', (locale) => {
    const loc = loadLoc(locale);
    expect(Object.keys(loc).sort()).toEqual(declared);
    for (const key of declared) expect(loc[key].trim()).not.toBe('');
  });
});
