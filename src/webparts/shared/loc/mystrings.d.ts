declare interface ILisWebPartStrings {
  PropertyPaneDescription: string;
  DataGroupName: string;
  DataSiteUrlFieldLabel: string;
  DataSiteUrlFieldDescription: string;
  DataSiteUrlInvalid: string;
}

declare module 'LisWebPartStrings' {
  const strings: ILisWebPartStrings;
  export = strings;
}
