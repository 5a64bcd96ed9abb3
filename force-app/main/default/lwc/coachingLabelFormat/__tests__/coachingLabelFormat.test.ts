import { formatLabel } from 'c/coachingLabelFormat';
import cases from './data/formatCases.json';

describe('c-coaching-label-format', () => {
    it.each(cases.map((testCase) => [testCase.name, testCase]))('%s', (_name, testCase) => {
        expect(formatLabel(testCase.template, ...testCase.values)).toBe(testCase.expected);
    });
});
