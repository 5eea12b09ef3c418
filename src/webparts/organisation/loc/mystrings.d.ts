declare interface IOrganisationWebPartStrings {
  PropertyPaneDescription: string;
  DataGroupName: string;
  DataSiteUrlFieldLabel: string;
  DataSiteUrlFieldDescription: string;
  DataSiteUrlInvalid: string;
}

declare module 'OrganisationWebPartStrings' {
  const strings: IOrganisationWebPartStrings;
  export = strings;
}
