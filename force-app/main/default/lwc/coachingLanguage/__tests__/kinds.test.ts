import { COACHING_KINDS, strongestKind } from '../kinds';

describe('c-coaching-language kinds', () => {
    it('lists the five kinds from strongest to weakest and cannot be changed', () => {
        expect(COACHING_KINDS).toEqual([
            'directive',
            'suggestion',
            'open-question',
            'closed-question',
            'statement'
        ]);
        expect(Object.isFrozen(COACHING_KINDS)).toBe(true);
    });

    it.each([
        [['statement', 'closed-question'], 'closed-question'],
        [['closed-question', 'open-question'], 'open-question'],
        [['open-question', 'suggestion', 'statement'], 'suggestion'],
        [['suggestion', 'directive'], 'directive'],
        [['statement'], 'statement'],
        [[], 'statement']
    ] as const)('the strongest of %p is %p', (kinds, strongest) => {
        expect(strongestKind(kinds)).toBe(strongest);
    });
});
