/** The preview's signed-in person (defined with the demo data: src/data/local/demo/demoPerson.ts). */
export { DEMO_USER } from '../src/data/local/demo/demoPerson';
