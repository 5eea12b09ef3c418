import * as React from 'react';
import type { Services } from '../app/Services';

const ServicesContext = React.createContext<Services | undefined>(undefined);

export function ServicesProvider(props: { services: Services; children?: React.ReactNode }): JSX.Element {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

/** The services object the host built. Components get adapters only through this. */
export function useServices(): Services {
  const services = React.useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
