// Testing Library matchers for component tests (harmless in node-environment tests).
import '@testing-library/jest-dom';
