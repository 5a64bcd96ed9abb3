/* global jest */
// The stock `lightning/graphql` stub of sfdx-lwc-jest has the `graphql` test adapter and `gql`, but
// not `refreshGraphQL`; this adds it as a mock that resolves, so components can await it.
const stub = require('@salesforce/sfdx-lwc-jest/src/lightning-stubs/graphql/graphql.js');

module.exports = {
    ...stub,
    refreshGraphQL: jest.fn(() => Promise.resolve())
};
