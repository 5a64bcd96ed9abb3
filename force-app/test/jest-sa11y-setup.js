// Adds the `toBeAccessible()` matcher that every component suite uses.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
