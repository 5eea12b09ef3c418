import { Version } from '@microsoft/sp-core-library';
import * as strings from 'OrganisationWebPartStrings';
import { LisWebPartBase, type LisPaneStrings, type LisWebPartProps } from '../shared/LisWebPartBase';

export type IOrganisationWebPartProps = LisWebPartProps;

/** LIS Organisation: the organisation register (nämnder, styrelser, bolag, förvaltningar) on a page or in Teams. */
export default class OrganisationWebPart extends LisWebPartBase<IOrganisationWebPartProps> {
  protected readonly view = 'organisation' as const;

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected paneStrings(): LisPaneStrings {
    return {
      paneDescription: strings.PropertyPaneDescription,
      groupName: strings.DataGroupName,
      dataSiteUrlLabel: strings.DataSiteUrlFieldLabel,
      dataSiteUrlDescription: strings.DataSiteUrlFieldDescription,
      dataSiteUrlInvalid: strings.DataSiteUrlInvalid,
    };
  }
}
