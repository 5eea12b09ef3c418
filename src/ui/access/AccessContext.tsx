import * as React from 'react';
import { NO_ACCESS, type UserAccess } from '../../domain/access/UserAccess';
import { useServices } from '../ServicesContext';

export interface AccessState {
  /** What the person may do; NO_ACCESS while loading and when it could not be read (show no edit actions). */
  access: UserAccess;
  loading: boolean;
  /** Why the access could not be read, if it could not. */
  error: unknown;
}

const AccessContext = React.createContext<AccessState>({ access: NO_ACCESS, loading: false, error: undefined });

/** Reads the signed-in person's access once per mount (one LisRoot) and hands it to every view below. */
export function AccessProvider(props: { children?: React.ReactNode }): JSX.Element {
  const { access: reader } = useServices();
  const [state, setState] = React.useState<AccessState>({ access: NO_ACCESS, loading: true, error: undefined });
  React.useEffect(() => {
    let mounted = true;
    Promise.resolve()
      .then(() => reader.currentAccess())
      .then(
        (access) => mounted && setState({ access, loading: false, error: undefined }),
        (error: unknown) => mounted && setState({ access: NO_ACCESS, loading: false, error }),
      );
    return () => {
      mounted = false;
    };
  }, [reader]);
  return <AccessContext.Provider value={state}>{props.children}</AccessContext.Provider>;
}

/** The signed-in person's access (src/domain/access rules decide what each view shows). */
export function useAccess(): AccessState {
  return React.useContext(AccessContext);
}
