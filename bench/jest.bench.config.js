// Runs the component benchmarks in jsdom with the LWC engine, the way the unit tests run, but only
// when asked for: `jest --config bench/jest.bench.config.js`. It prints figures and asserts none.
// Benchmarks of pure modules run with tsx instead, so only the component ones are listed here.
const { projects } = require('../jest.config.js');

const lwcProject = projects.find((project) => project.displayName === 'lwc');

module.exports = {
    ...lwcProject,
    displayName: 'bench',
    testMatch: [
        '<rootDir>/bench/coachingReviewPanel.bench.ts',
        '<rootDir>/bench/coachingPipelineReview.bench.ts'
    ]
};
