import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { CommandBarButton, DefaultButton } from '@fluentui/react/lib/Button';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import { BrokenItemsWarning } from '../organisation/BrokenItemsWarning';
import { errorMessage, useStrings } from '../strings';

const commandStyles = { root: { height: 40, padding: '0 8px' } };

/** The texts a list pane shows: its command bar, loading state, count and empty states. */
export interface ListPaneStrings {
  commandsLabel: string;
  commands: { create: string; open: string; refresh: string };
  loading: string;
  count: (shown: number, total: number) => string;
  empty: string;
  noMatches: string;
}

export interface ListPaneProps {
  strings: ListPaneStrings;
  loading: boolean;
  error: unknown;
  broken: readonly BrokenItem[];
  shownCount: number;
  totalCount: number;
  canOpen: boolean;
  /** Show the create command (false: the person may not create anything here). */
  canCreate: boolean;
  notice: string | undefined;
  onCreate: () => void;
  onOpen: () => void;
  onRefresh: () => void;
  onDismissNotice: () => void;
  filters: React.ReactNode;
  list: React.ReactNode;
}

/**
 * The list side of a list/detail view: create/open/refresh commands, filters, a success notice, the load error with
 * retry, unreadable items, and the list with its live count and empty/no-match text.
 */
export function ListPane(props: ListPaneProps): JSX.Element {
  const strings = useStrings();
  const s = props.strings;
  const { loading, error, shownCount, totalCount } = props;
  const initialLoad = loading && totalCount === 0 && error === undefined;
  return (
    <>
      <div role="group" aria-label={s.commandsLabel} style={{ display: 'flex', flexWrap: 'wrap', marginBottom: 8 }}>
        {props.canCreate && <CommandBarButton iconProps={{ iconName: 'Add' }} text={s.commands.create} onClick={props.onCreate} styles={commandStyles} />}
        <CommandBarButton
          iconProps={{ iconName: 'OpenInNewWindow' }}
          text={s.commands.open}
          disabled={!props.canOpen}
          onClick={props.onOpen}
          styles={commandStyles}
        />
        <CommandBarButton iconProps={{ iconName: 'Refresh' }} text={s.commands.refresh} onClick={props.onRefresh} styles={commandStyles} />
      </div>
      {props.filters}
      {props.notice && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true} onDismiss={props.onDismissNotice} dismissButtonAriaLabel={strings.app.close}>
          {props.notice}
        </MessageBar>
      )}
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton onClick={props.onRefresh} text={strings.app.retry} />}>
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      <BrokenItemsWarning items={props.broken} />
      {initialLoad ? (
        <Spinner size={SpinnerSize.large} label={s.loading} styles={{ root: { margin: 24 } }} />
      ) : (
        <>
          <div role="status" aria-live="polite" style={{ margin: '8px 0', display: 'flex', gap: 12, alignItems: 'center' }}>
            <span>{s.count(shownCount, totalCount)}</span>
            {loading && <Spinner size={SpinnerSize.small} label={s.loading} labelPosition="right" />}
          </div>
          {props.list}
          {shownCount === 0 && error === undefined && <p style={{ margin: 16 }}>{totalCount === 0 ? s.empty : s.noMatches}</p>}
        </>
      )}
    </>
  );
}
