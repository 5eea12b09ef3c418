/** Title of the feature in config/package-solution.json that provisions LIS's lists. */
export const LIS_FEATURE_TITLE = 'LIS listor';
