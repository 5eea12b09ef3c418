/** SPFx-style `import styles from './X.module.scss'`: every class name maps to itself. */
const styles: Record<string, unknown> = new Proxy({}, { get: (_target, key) => (key === '__esModule' ? true : key === 'default' ? styles : String(key)) });
module.exports = styles;
