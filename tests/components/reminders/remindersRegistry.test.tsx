/** @jest-environment jsdom */
import '../setup';
import { initializeIcons } from '@fluentui/font-icons-mdl2';
import { getIcon } from '@fluentui/react/lib/Styling';
import { findView, stringsFor } from '../../../src/ui';

// Registers the MDL2 icons globally: kept in its own file so other tests render without icon glyphs.
describe('Påminnelser in the view registry', () => {
  it('is registered as the view "reminders" with a label in both languages and an MDL2 icon', () => {
    const view = findView('reminders');
    expect(view?.label(stringsFor('sv-SE'))).toBe('Påminnelser');
    expect(view?.label(stringsFor('en-US'))).toBe('Reminders');
    // The view's icon and the icons its buttons use exist in the MDL2 icon font SharePoint and the preview register.
    initializeIcons(undefined, { disableWarnings: true });
    for (const name of [view?.icon ?? '', 'Send', 'Refresh', 'ChevronDown', 'ChevronRight', 'TextDocument', 'Delete']) {
      expect([name, getIcon(name) !== undefined]).toEqual([name, true]);
    }
    expect(getIcon('NoSuchLisIcon')).toBeUndefined();
  });
});
