/** Entry of the LIS function app (bundled to functions/dist/index.js): registers every function. */
import './reminderTimer';
