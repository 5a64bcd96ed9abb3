/** @jest-environment node */
import {
    CliError,
    describeError,
    formatOption,
    parseCliArgs,
    positiveInteger,
    registerErrorExplainer,
    shareOption,
    withOptionalValue
} from '../commandLine';
import { addDays, daysBetween, daysSince, isCalendarDate } from '../calendarDates';

describe('withOptionalValue', () => {
    it.each([
        [['--local'], ['--local', 'http://d']],
        [
            ['--local', '--quiet'],
            ['--local', 'http://d', '--quiet']
        ],
        [
            ['--local', 'http://x:1'],
            ['--local', 'http://x:1']
        ],
        [['--local=http://x:1'], ['--local=http://x:1']],
        [['--quiet'], ['--quiet']]
    ])('reads %p as %p', (argv, expected) => {
        expect(withOptionalValue(argv, '--local', 'http://d')).toEqual(expected);
    });
});

describe('parseCliArgs', () => {
    it('points to --help on an unknown option', () => {
        expect(() => parseCliArgs(['--colour'], { quiet: { type: 'boolean' } })).toThrow(CliError);
        expect(() => parseCliArgs(['--colour'], { quiet: { type: 'boolean' } })).toThrow(
            /Run with --help to see the options\.$/
        );
        expect(() => parseCliArgs(['--colour'], { quiet: { type: 'boolean' } })).toThrow(
            /'--colour'\. Run with --help/
        );
    });
});

describe('option readers', () => {
    it('read whole numbers, shares and formats, and name what is wrong', () => {
        expect(positiveInteger('page-size', '2_000')).toBe(2000);
        expect(() => positiveInteger('page-size', '0')).toThrow(
            '--page-size 0 is not a whole number above 0.'
        );
        expect(shareOption('t', '25%')).toBe(0.25);
        expect(shareOption('t', '0.4')).toBe(0.4);
        expect(() => shareOption('t', '140%')).toThrow(
            '--t 140% is not a share: give 0.25 or 25%.'
        );
        expect(positiveInteger('page-size', '200', { min: 200, max: 2000 })).toBe(200);
        expect(() => positiveInteger('page-size', '100', { min: 200, max: 2000 })).toThrow(
            '--page-size 100 is not from 200 to 2000.'
        );
        expect(() => shareOption('t', '')).toThrow('--t  is not a share: give 0.25 or 25%.');
        expect(() => shareOption('t', '%')).toThrow('--t % is not a share: give 0.25 or 25%.');
        expect(formatOption('HTML', ['md', 'html'] as const)).toBe('html');
    });
});

describe('describeError', () => {
    it('keeps expected failures to one line without a stack', () => {
        expect(describeError(new CliError('Nope.'))).toEqual({ message: 'Nope.', expected: true });
        expect(
            describeError(Object.assign(new Error('bad\nmore'), { errorCode: 'MALFORMED_QUERY' }))
        ).toEqual({ message: 'MALFORMED_QUERY: bad', expected: true });
        expect(
            describeError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))
        ).toEqual({
            message: 'refused',
            expected: true
        });
        expect(describeError(new TypeError('x is undefined'))).toEqual({
            message: 'x is undefined',
            expected: false
        });
    });

    it('lets a registered explainer speak first', () => {
        const remove = registerErrorExplainer((error) =>
            (error as { errorCode?: string }).errorCode === 'INVALID_SESSION_ID'
                ? 'Log in again.'
                : undefined
        );
        expect(describeError({ errorCode: 'INVALID_SESSION_ID', message: 'x' }).message).toBe(
            'Log in again.'
        );
        remove();
        expect(describeError({ errorCode: 'INVALID_SESSION_ID', message: 'x' }).message).toBe(
            'INVALID_SESSION_ID: x'
        );
    });
});

describe('dates', () => {
    it('reads real calendar dates only', () => {
        expect(isCalendarDate('2024-02-29')).toBe(true);
        expect(isCalendarDate('2025-02-29')).toBe(false);
        expect(isCalendarDate('29/02/2024')).toBe(false);
    });

    it('counts days', () => {
        expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
        expect(daysBetween('2025-01-01', '2025-01-31')).toBe(30);
        const now = new Date('2025-03-10T12:00:00Z');
        expect(daysSince('2025-03-08T13:00:00.000+0000', now)).toBe(1);
        expect(daysSince('2025-03-11T00:00:00Z', now)).toBe(0);
    });
});
