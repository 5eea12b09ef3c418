/**
 * npm run bench: (a) initial JavaScript per web part in the ship build against the 200 KB gzip budget,
 * (b) loading and rendering the organisation view with 5 000 units in the local adapter,
 * (c) scoring, heat maps and the municipality-wide risk register for 50 000 risks and 150 000 actions.
 * Exits non-zero when a budget fails. Figures only: tests never assert timings.
 */
import type { BenchFigure } from './orgViewRender';
import { buildShipBundle, formatBundleSizes, measureBundleSizes, shipBuildIsStale } from './bundleSize';

async function main(): Promise<number> {
  let failed = false;

  if (shipBuildIsStale()) {
    console.log('Ship build missing or older than src/: running gulp bundle --ship …');
    buildShipBundle();
  }
  const sizes = measureBundleSizes();
  if (sizes.webParts.length === 0) {
    console.log('FAIL  no web part manifests found in release/manifests');
    failed = true;
  }
  for (const line of formatBundleSizes(sizes)) console.log(line);
  if (sizes.webParts.some((wp) => !wp.withinBudget)) failed = true;

  console.log('');
  console.log('Organisation view, 5 000 units in the local adapter:');
  try {
    const { benchOrgViewRender } = await import('./orgViewRender');
    const figures: BenchFigure[] = await benchOrgViewRender();
    for (const figure of figures) console.log(`  ${figure.label}: ${figure.value.toFixed(1)} ${figure.unit}`);
  } catch (error) {
    console.log(`  FAIL  the render benchmark did not complete: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
  }

  console.log('');
  console.log('Risk register, 50 000 risks and 150 000 actions:');
  try {
    const { benchRiskRegister } = await import('./riskRegister');
    for (const figure of await benchRiskRegister()) console.log(`  ${figure.label}: ${figure.value.toFixed(1)} ${figure.unit}`);
  } catch (error) {
    console.log(`  FAIL  the risk register benchmark did not complete: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
  }

  if (await (await import('./reminders')).remindersBenchSection()) failed = true;
  if (await (await import('./permissions')).permissionsBenchSection()) failed = true;

  console.log('');
  console.log(failed ? 'bench: FAILED (see above)' : 'bench: all budgets PASS');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  }
);
