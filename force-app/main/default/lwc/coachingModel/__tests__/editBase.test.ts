import { openEdit, recordShown, staleSave } from '../editBase';
import type { EditBase } from '../editBase';

const OPENED = '2026-11-20T10:00:00.000Z';
const THEIRS = '2026-11-22T15:00:00.000Z';
const LATER = '2026-11-23T08:00:00.000Z';

type Step = ['shown' | 'stale', string | undefined];

/** Opens an edit at OPENED, then applies each reload ("shown") or stale refusal in turn. */
function replay(steps: Step[]): string {
    let base: EditBase = openEdit(OPENED);
    for (const [kind, date] of steps) {
        base = kind === 'shown' ? recordShown(base, date) : staleSave(base, date);
    }
    return base.lastModifiedDate;
}

describe('c-coaching-model edit base', () => {
    it.each<[string, Step[], string]>([
        ['a reload while the form is open', [['shown', THEIRS]], OPENED],
        ['a stale save, before their change is shown', [['stale', OPENED]], OPENED],
        [
            'a stale save, then the reload with their change',
            [
                ['stale', OPENED],
                ['shown', OPENED],
                ['shown', THEIRS]
            ],
            THEIRS
        ],
        [
            'a stale save, their change, then a later one',
            [
                ['stale', OPENED],
                ['shown', THEIRS],
                ['shown', LATER]
            ],
            THEIRS
        ],
        [
            'a stale save while their change is already shown',
            [
                ['shown', THEIRS],
                ['stale', THEIRS],
                ['shown', LATER]
            ],
            THEIRS
        ],
        [
            'a stale save after the record left the screen',
            [
                ['stale', undefined],
                ['shown', undefined],
                ['shown', THEIRS]
            ],
            THEIRS
        ]
    ])('after %s, the save is checked against the right date', (_name, steps, expected) => {
        expect(replay(steps)).toBe(expected);
    });
});
