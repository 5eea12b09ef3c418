import { LisWebPartBase, type LisWebPartProps } from '../shared/LisWebPartBase';

export type IOrganisationWebPartProps = LisWebPartProps;

/** LIS Organisation: the organisation register (nämnder, styrelser, bolag, förvaltningar) on a page or in Teams. */
export default class OrganisationWebPart extends LisWebPartBase<IOrganisationWebPartProps> {
  protected readonly view = 'organisation' as const;
}
