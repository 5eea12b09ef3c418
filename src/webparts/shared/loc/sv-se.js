define([], function() {
  return {
    "PropertyPaneDescription": "LIS – ledningssystem för informationssäkerhet i kommunkoncernen.",
    "DataGroupName": "Data",
    "DataSiteUrlFieldLabel": "LIS-webbplatsens adress (lämna tomt för klientens standard)",
    "DataSiteUrlFieldDescription": "T.ex. https://kommun.sharepoint.com/sites/lis. Tomt: klientegenskapen lis-data-site-url används.",
    "DataSiteUrlInvalid": "Ange en fullständig https-adress till en SharePoint-webbplats."
  }
});
