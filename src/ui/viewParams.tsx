import * as React from 'react';

/** A view's parameters: what a deep link asks it to open (e.g. `{ objectId: '12', requirementCode: 'TEK-01' }`). */
export type ViewParams = Readonly<Record<string, string>>;

const NO_PARAMS: ViewParams = Object.freeze({});

const ViewParamsContext = React.createContext<ViewParams>(NO_PARAMS);

export function ViewParamsProvider(props: { params?: ViewParams; children?: React.ReactNode }): JSX.Element {
  return <ViewParamsContext.Provider value={props.params ?? NO_PARAMS}>{props.children}</ViewParamsContext.Provider>;
}

/** The parameters the host passed to LisRoot (from the page URL, the Teams tab or the preview's hash); `{}` if none. */
export function useViewParams(): ViewParams {
  return React.useContext(ViewParamsContext);
}

/** The same parameters always give the same text (keys sorted): a stable React key for remounting a view. */
export function viewParamsKey(params: ViewParams | undefined): string {
  if (!params) return '';
  return Object.keys(params)
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k])}`)
    .join('&');
}
