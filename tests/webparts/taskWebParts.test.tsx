/**
 * @jest-environment jsdom
 *
 * The "LIS Mina uppgifter" and "LIS Påminnelser" web parts as SPFx hosts: their views, the item parameters from the
 * page URL or the Teams tab's subPageId handed to LisRoot, the reminder services over SharePoint (task inputs, people,
 * reminder log, page links), the lazily created delegated Graph mail sender, and the Teams theme.
 */
import * as React from 'react';
import { emptyTaskInput } from '../../src/domain/tasks';
import { act } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { ThemeProvider } from '../mocks/sp-component-base';
import { SharePointPeopleDirectory, SharePointReminderLog, SharePointTaskInputReader } from '../../src/data/sharepoint';
import { PermissionNotGrantedError } from '../../src/data/ports/errors';
import { GraphMailSender } from '../../src/graph/GraphMailSender';
import type { Services } from '../../src/app/Services';

const rootProps: Record<string, unknown>[] = [];

jest.mock('../../src/ui', () => ({
  LisRoot: (props: Record<string, unknown>) => {
    rootProps.push(props);
    return <div data-testid="lis-root">{String(props.view)}</div>;
  },
}));
jest.mock('LisWebPartStrings', () => ({}), { virtual: true });

// eslint-disable-next-line import/first
import MyTasksWebPart from '../../src/webparts/myTasks/MyTasksWebPart';
// eslint-disable-next-line import/first
import RemindersWebPart from '../../src/webparts/reminders/RemindersWebPart';

setIconOptions({ disableWarnings: true });

interface TestablePart {
  domElement: HTMLElement;
  initForTest(): Promise<void>;
}
type PartClass = new (context: unknown, properties: object, domElement: HTMLElement) => TestablePart;

const SITE = 'https://kommun.sharepoint.com/sites/lis';

function makePart(
  Part: unknown,
  options: { teams?: unknown; getClient?: (version: string) => Promise<unknown>; theme?: object } = {},
): { part: TestablePart; themes: ThemeProvider } {
  const themes = new ThemeProvider(options.theme);
  const context = {
    pageContext: {
      web: { absoluteUrl: 'https://kommun.sharepoint.com/sites/intranet' },
      user: { displayName: 'Åsa Öberg', email: 'asa.oberg@kommun.se', loginName: 'i:0#.f|membership|asa.oberg@kommun.se' },
      cultureInfo: { currentUICultureName: 'sv-SE' },
    },
    serviceScope: { consume: (key: unknown) => (key === ThemeProvider.serviceKey ? themes : undefined) },
    sdks: options.teams === undefined ? {} : { microsoftTeams: options.teams },
    msGraphClientFactory: { getClient: options.getClient ?? (async () => ({})) },
  };
  const el = document.createElement('div');
  document.body.appendChild(el);
  return { part: new (Part as PartClass)(context, { dataSiteUrl: SITE }, el), themes };
}

function lastProps(): { view: string; params: Record<string, string>; services: Services; theme: { isInverted?: boolean; palette?: Record<string, string> } } {
  return rootProps[rootProps.length - 1] as never;
}

beforeEach(() => {
  rootProps.length = 0;
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/sites/lis/SitePages/lis-mytasks.aspx');
});

describe('MyTasksWebPart', () => {
  it('mounts the myTasks view with no item parameters on a plain page', async () => {
    const { part } = makePart(MyTasksWebPart);
    await act(() => part.initForTest());
    expect(lastProps().view).toBe('myTasks');
    expect(lastProps().params).toEqual({});
  });

  it('hands the known page-query parameters to LisRoot, dropping the rest', async () => {
    window.history.replaceState(null, '', '/sites/lis/SitePages/lis-classification.aspx?objectId=12&requirementCode=K.3&foo=bar');
    const { part } = makePart(MyTasksWebPart);
    await act(() => part.initForTest());
    expect(lastProps().params).toEqual({ objectId: '12', requirementCode: 'K.3' });
  });

  it('in a Teams tab, hands the subPageId parameters from teamsJs app.getContext() to LisRoot', async () => {
    window.history.replaceState(null, '', '/_layouts/15/teamshostedapp.aspx?openPane=true&objectId=99');
    const { part } = makePart(MyTasksWebPart, {
      teams: { teamsJs: { app: { getContext: async () => ({ page: { id: 'lis', subPageId: 'analysisId=4&riskId=7' } }) } } },
    });
    await act(() => part.initForTest());
    expect(lastProps().params).toEqual({ analysisId: '4', riskId: '7' });
  });

  it('still mounts when Teams cannot give its context', async () => {
    const { part } = makePart(MyTasksWebPart, { teams: { teamsJs: { app: { getContext: () => Promise.reject(new Error('no host')) } } } });
    await act(() => part.initForTest());
    expect(lastProps().view).toBe('myTasks');
    expect(lastProps().params).toEqual({});
  });

  it('builds the task and reminder services over the data site, with links to its LIS pages', async () => {
    const { part } = makePart(MyTasksWebPart);
    await act(() => part.initForTest());
    const { services } = lastProps();
    expect(services.people).toBeInstanceOf(SharePointPeopleDirectory);
    // The task reader and the reminder log load on first use (their own chunks) and then delegate to one adapter each.
    const forPerson = jest.spyOn(SharePointTaskInputReader.prototype, 'forPerson').mockResolvedValue({ input: emptyTaskInput(), skipped: 3 });
    const recent = jest.spyOn(SharePointReminderLog.prototype, 'recent').mockResolvedValue([]);
    const person = { displayName: 'Åsa Öberg', email: 'asa.oberg@kommun.se', isItStaff: false };
    expect(await services.taskInputs.forPerson(person)).toEqual({ input: emptyTaskInput(), skipped: 3 });
    await services.taskInputs.forPerson(person);
    expect(forPerson).toHaveBeenCalledTimes(2);
    expect(forPerson.mock.instances[0]).toBe(forPerson.mock.instances[1]);
    expect(await services.reminderLog.recent(5)).toEqual([]);
    expect(recent).toHaveBeenCalledWith(5);
    forPerson.mockRestore();
    recent.mockRestore();
    expect(services.outbox).toBeUndefined();
    expect(services.links.myTasksUrl).toBe(`${SITE}/SitePages/lis-mytasks.aspx`);
    expect(services.links.taskUrl({ view: 'risk', params: { analysisId: '4', riskId: '7' } })).toBe(
      `${SITE}/SitePages/lis-risk.aspx?analysisId=4&riskId=7`,
    );
    expect(services.currentUser).toEqual({ displayName: 'Åsa Öberg', email: 'asa.oberg@kommun.se' });
  });

  it('follows the Teams theme SPFx hands over through ThemeProvider (dark, then high contrast)', async () => {
    const { part, themes } = makePart(MyTasksWebPart, { theme: { palette: { themePrimary: '#6264a7' }, isInverted: false } });
    await act(() => part.initForTest());
    expect(lastProps().theme).toEqual(expect.objectContaining({ isInverted: false, palette: { themePrimary: '#6264a7' } }));
    act(() => themes.changeTheme({ palette: { themePrimary: '#7f85f5', white: '#1f1f1f' }, isInverted: true }));
    expect(lastProps().theme).toEqual(expect.objectContaining({ isInverted: true, palette: { themePrimary: '#7f85f5', white: '#1f1f1f' } }));
    act(() => themes.changeTheme({ palette: { themePrimary: '#ffff01', white: '#000000' }, semanticColors: { link: '#ffff01' }, isInverted: true }));
    expect(lastProps().theme).toEqual(expect.objectContaining({ semanticColors: { link: '#ffff01' } }));
    expect(lastProps().view).toBe('myTasks');
  });
});

describe('RemindersWebPart', () => {
  it('mounts the reminders view', async () => {
    const { part } = makePart(RemindersWebPart);
    await act(() => part.initForTest());
    expect(lastProps().view).toBe('reminders');
  });

  it('creates the delegated Graph sender only on first use, from the v3 client, and reuses it', async () => {
    const versions: string[] = [];
    const { part } = makePart(RemindersWebPart, {
      getClient: async (version) => {
        versions.push(version);
        return {};
      },
    });
    await act(() => part.initForTest());
    expect(versions).toEqual([]);
    const { services } = lastProps();
    const sender = await services.mailSender();
    expect(sender).toBeInstanceOf(GraphMailSender);
    expect(await services.mailSender()).toBe(sender);
    expect(versions).toEqual(['3']);
  });

  it('reports Mail.Send not approved as PermissionNotGrantedError and tries again on the next use', async () => {
    let calls = 0;
    const { part } = makePart(RemindersWebPart, {
      getClient: async () => {
        calls++;
        if (calls === 1) {
          throw new Error("AADSTS65001: The user or administrator has not consented to use the application with ID 'x'.");
        }
        return {};
      },
    });
    await act(() => part.initForTest());
    const { services } = lastProps();
    const error = await services.mailSender().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PermissionNotGrantedError);
    expect((error as PermissionNotGrantedError).scope).toBe('Mail.Send');
    expect(await services.mailSender()).toBeInstanceOf(GraphMailSender);
    expect(calls).toBe(2);
  });
});
