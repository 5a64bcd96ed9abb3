import {
    ACTION_VERBS,
    baseForm,
    gerund,
    gerundPhrase,
    isBaseVerb,
    isPastForm,
    pastParticiple,
    pastTense,
    thirdPerson
} from '../verbs';

describe('c-coaching-language verbs', () => {
    it.each([
        ['book', 'booking'],
        ['call', 'calling'],
        ['send', 'sending'],
        ['get', 'getting'],
        ['set', 'setting'],
        ['make', 'making'],
        ['update', 'updating'],
        ['schedule', 'scheduling'],
        ['plan', 'planning'],
        ['stop', 'stopping'],
        ['email', 'emailing'],
        ['follow', 'following'],
        ['fix', 'fixing'],
        ['offer', 'offering'],
        ['submit', 'submitting'],
        ['see', 'seeing'],
        ['agree', 'agreeing'],
        ['be', 'being'],
        ['tie', 'tying'],
        ['de-risk', 'de-risking'],
        ['multi-thread', 'multi-threading'],
        ['ping', 'pinging'],
        ['sign', 'signing']
    ])('gerund(%p) is %p', (base, form) => {
        expect(gerund(base)).toBe(form);
    });

    it.each([
        ['call', 'called', 'called'],
        ['try', 'tried', 'tried'],
        ['plan', 'planned', 'planned'],
        ['update', 'updated', 'updated'],
        ['send', 'sent', 'sent'],
        ['take', 'took', 'taken'],
        ['go', 'went', 'gone'],
        ['write', 'wrote', 'written'],
        ['re-engage', 're-engaged', 're-engaged']
    ])('%p has past %p and participle %p', (base, past, participle) => {
        expect(pastTense(base)).toBe(past);
        expect(pastParticiple(base)).toBe(participle);
    });

    it.each([
        ['know', 'knows'],
        ['push', 'pushes'],
        ['go', 'goes'],
        ['clarify', 'clarifies'],
        ['have', 'has'],
        ['be', 'is']
    ])('thirdPerson(%p) is %p', (base, form) => {
        expect(thirdPerson(base)).toBe(form);
    });

    it.each([
        ['booked', 'book'],
        ['sent', 'send'],
        ['gotten', 'get'],
        ['scheduling', 'schedule'],
        ['looped', 'loop'],
        ['call', 'call'],
        ['gone', 'go']
    ])('baseForm(%p) is %p', (form, base) => {
        expect(baseForm(form)).toBe(base);
    });

    it('does not guess the base of a word it does not know', () => {
        expect(baseForm('frobnicated')).toBeUndefined();
        expect(baseForm('meeting-room')).toBeUndefined();
    });

    it('knows past forms from base forms', () => {
        expect(isPastForm('booked')).toBe(true);
        expect(isPastForm('sent')).toBe(true);
        expect(isPastForm('book')).toBe(false);
        expect(isPastForm('booking')).toBe(false);
        expect(isPastForm('frobnicated')).toBe(false);
    });

    it('lists verbs of acting on a deal, not every verb', () => {
        expect(ACTION_VERBS.has('call')).toBe(true);
        expect(ACTION_VERBS.has('escalate')).toBe(true);
        expect(ACTION_VERBS.has('know')).toBe(false);
        expect(isBaseVerb('know')).toBe(true);
        expect(isBaseVerb('champion')).toBe(false);
    });

    it.each([
        ['set up the call', 'setting up the call'],
        ['Book the demo', 'booking the demo'],
        ['get legal involved', 'getting legal involved'],
        ['go back and ask for the org chart', 'going back and asking for the org chart'],
        ['call the CFO and legal', 'calling the CFO and legal']
    ])('gerundPhrase(%p) is %p', (phrase, form) => {
        expect(gerundPhrase(phrase)).toBe(form);
    });

    it('leaves a phrase alone when it does not start with a known verb', () => {
        expect(gerundPhrase('the demo')).toBeUndefined();
        expect(gerundPhrase('')).toBeUndefined();
    });
});
