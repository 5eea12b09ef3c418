declare interface ILisWebPartStrings {
  PropertyPaneDescription: string;
  DataGroupName: string;
  DataSiteUrlFieldLabel: string;
  DataSiteUrlFieldDescription: string;
  DataSiteUrlInvalid: string;
  ReviewIntervalFieldLabel: string;
  ReviewIntervalFieldDescription: string;
  ReviewIntervalInvalid: string;
}

declare module 'LisWebPartStrings' {
  const strings: ILisWebPartStrings;
  export = strings;
}
