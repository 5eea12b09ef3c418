/** @jest-environment jsdom */
import './setup';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LisRoot, VIEWS, findView, stringsFor, LIS_THEMES } from '../../src/ui';
import { ViewErrorBoundary } from '../../src/ui/ViewErrorBoundary';
import type { ViewKey } from '../../src/ui';
import { demoRepository, services } from './renderView';

describe('LisRoot and the view registry', () => {
  it('registers the organisation view with a label in both languages and an icon', () => {
    const view = findView('organisation');
    expect(view).toBeDefined();
    expect(view?.label(stringsFor('sv-SE'))).toBe('Organisation');
    expect(view?.label(stringsFor('en-US'))).toBe('Organisation');
    expect(view?.icon).toBeTruthy();
    expect(new Set(VIEWS.map((v) => v.key)).size).toBe(VIEWS.length);
    expect(findView('nonexistent')).toBeUndefined();
  });

  it('mounts a view lazily inside the theme, with the document language set', async () => {
    const { container } = render(
      <LisRoot services={services(demoRepository())} locale="sv-SE" theme={LIS_THEMES['teams-dark']} view="organisation" />,
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Organisation' })).toBeInTheDocument();
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('lang', 'sv-SE');
  });

  it('says so when asked for a view that does not exist', async () => {
    render(<LisRoot services={services(demoRepository())} locale="sv-SE" view={'nope' as ViewKey} />);
    expect(await screen.findByText('Vyn ”nope” finns inte.')).toBeInTheDocument();
  });

  it('catches a crashing view with a Swedish message and lets the user try again', async () => {
    const user = userEvent.setup({ delay: null });
    let crash = true;
    function Fragile(): JSX.Element {
      if (crash) throw new Error('boom');
      return <p>Återhämtad</p>;
    }
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(
        <ViewErrorBoundary strings={stringsFor('sv-SE')}>
          <Fragile />
        </ViewErrorBoundary>,
      );
      expect(await screen.findByText('Vyn kunde inte visas')).toBeInTheDocument();
      crash = false;
      await user.click(screen.getByRole('button', { name: 'Försök igen' }));
      expect(await screen.findByText('Återhämtad')).toBeInTheDocument();
      expect(screen.queryByText('Vyn kunde inte visas')).not.toBeInTheDocument();
    } finally {
      spy.mockRestore();
    }
  });
});
