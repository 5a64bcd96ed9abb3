// Ends every run with one plain line, `Tests: N passed, N failed, N skipped`, that CI logs and people
// can read at a glance. Jest prints its own summary after every reporter has run, so the line is
// written as the process exits to stay last.
class SummaryReporter {
    onRunComplete(_contexts, results) {
        const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
        const line = `Tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`;
        process.once('exit', () => process.stderr.write(line));
    }
}

module.exports = SummaryReporter;
