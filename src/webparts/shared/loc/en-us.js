define([], function() {
  return {
    "PropertyPaneDescription": "LIS – information security management system for the municipal group.",
    "DataGroupName": "Data",
    "DataSiteUrlFieldLabel": "LIS site address (leave empty for the tenant default)",
    "DataSiteUrlFieldDescription": "E.g. https://contoso.sharepoint.com/sites/lis. Empty: the tenant property lis-data-site-url is used.",
    "DataSiteUrlInvalid": "Enter a full https address of a SharePoint site.",
    "ReviewIntervalFieldLabel": "Review interval for classifications (months)",
    "ReviewIntervalFieldDescription": "Time from approval to the next review. Empty: 12 months (yearly review as the policy requires).",
    "ReviewIntervalInvalid": "Enter a whole number from 1 to 120."
  }
});
