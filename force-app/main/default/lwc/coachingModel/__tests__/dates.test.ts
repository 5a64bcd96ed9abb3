import { addDays, hoursBetween, readDateInput, toDateOnly } from '../dates';
import type { DateInput } from '../dates';
import dateInputCases from './data/dateInputCases.json';

describe('c-coaching-model dates', () => {
    it('takes the calendar date where the viewer is', () => {
        expect(toDateOnly(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
        expect(toDateOnly(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
    });

    it.each([
        ['2025-06-15', -30, '2025-05-16'],
        ['2025-03-01', -1, '2025-02-28'],
        ['2024-03-01', -1, '2024-02-29'],
        ['2025-12-31', 1, '2026-01-01'],
        ['2025-06-15', 0, '2025-06-15']
    ])('moves %s by %i days to %s', (date, days, expected) => {
        expect(addDays(date, days)).toBe(expected);
    });

    it.each([
        ['2025-06-10T09:00:00.000Z', '2025-06-10T19:30:00.000Z', 10.5],
        ['2025-06-10T09:00:00.000Z', '2025-06-12T09:00:00.000Z', 48],
        ['2025-06-10T09:00:00.000Z', '2025-06-10T08:00:00.000Z', 0],
        ['not a date', '2025-06-10T08:00:00.000Z', undefined]
    ])('counts the hours from %s to %s', (from, to, expected) => {
        expect(hoursBetween(from, to)).toBe(expected);
    });

    it.each(dateInputCases)('reads a date box: $why', ({ value, hasBadInput, expected }) => {
        expect(readDateInput(value, hasBadInput)).toEqual(expected as DateInput);
    });
});
