// Types for the `toBeAccessible()` matcher that jest-sa11y-setup.js registers.
import '@sa11y/jest';
