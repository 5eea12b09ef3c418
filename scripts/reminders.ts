/**
 * npm run reminders -- --dry-run | --send [--site <url>]
 * The scheduled reminder job from a shell, with the function app's configuration (environment variables); see
 * functions/src/cli.ts and docs/admin-guide.md.
 */
import { runCli } from '../functions/src/cli';

runCli(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
