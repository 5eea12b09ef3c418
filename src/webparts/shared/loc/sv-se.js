define([], function() {
  return {
    "PropertyPaneDescription": "LIS – ledningssystem för informationssäkerhet i kommunkoncernen.",
    "DataGroupName": "Data",
    "DataSiteUrlFieldLabel": "LIS-webbplatsens adress (lämna tomt för klientens standard)",
    "DataSiteUrlFieldDescription": "T.ex. https://kommun.sharepoint.com/sites/lis. Tomt: klientegenskapen lis-data-site-url används.",
    "DataSiteUrlInvalid": "Ange en fullständig https-adress till en SharePoint-webbplats.",
    "ReviewIntervalFieldLabel": "Granskningsintervall för klassningar (månader)",
    "ReviewIntervalFieldDescription": "Tid från fastställande till nästa granskning. Tomt: 12 månader (årlig granskning enligt policyn).",
    "ReviewIntervalInvalid": "Ange ett heltal mellan 1 och 120."
  }
});
