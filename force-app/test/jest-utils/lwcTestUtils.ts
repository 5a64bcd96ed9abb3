// What every component suite does: mount a component, let it render, look inside shadow roots and
// fire the events base components fire. Component tests import it by a relative path.
import { createElement } from 'lwc';
import type { LightningElement } from 'lwc';

/** Lets pending promises settle, and with them the engine's re-render. */
export function flushPromises(): Promise<void> {
    return new Promise((resolve) => process.nextTick(resolve));
}

/**
 * Creates a component, sets its public properties and attaches it to the document.
 * @param tag the element's tag, for example `c-coaching-intent`
 * @param component the component's class
 * @param properties the public properties to set before it connects
 * @returns the element, typed as the caller describes it
 */
export function mount<E extends HTMLElement>(
    tag: string,
    component: typeof LightningElement,
    properties: Partial<E> = {}
): E {
    const element = createElement<LightningElement>(tag, { is: component }) as unknown as E;
    Object.assign(element, properties);
    document.body.appendChild(element);
    return element;
}

/** Removes every mounted component and forgets every mock call: each suite's `afterEach`. */
export function cleanUp(): void {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
}

/**
 * Follows a path of selectors, each inside the shadow root of the element before it.
 * @param root the element to start from
 * @param selectors one selector per shadow root to enter
 * @returns the last match, or null when any step finds nothing
 */
export function find(root: Element | null | undefined, ...selectors: string[]): HTMLElement | null {
    let current: Element | null = root ?? null;
    for (const selector of selectors) {
        current = current?.shadowRoot?.querySelector(selector) ?? null;
    }
    return current as HTMLElement | null;
}

/**
 * All matches of the last selector, inside the shadow root the other selectors lead to.
 * @param root the element to start from
 * @param selectors the path, as for `find`, then the selector to match
 * @returns the matches, in document order
 */
export function findAll(root: Element | null | undefined, ...selectors: string[]): HTMLElement[] {
    const last = selectors.at(-1) ?? '';
    const parent = find(root, ...selectors.slice(0, -1));
    return Array.from(parent?.shadowRoot?.querySelectorAll<HTMLElement>(last) ?? []);
}

/**
 * Reads a property of an element, such as a base component's public property.
 * @param element the element
 * @param name the property
 * @returns its value, typed as the caller expects
 */
export function prop<T>(element: Element | null | undefined, name: string): T {
    return (element as unknown as Record<string, T>)[name];
}

/**
 * Fires the `change` event a base input fires when the user types or picks a value.
 * @param element the input
 * @param value the new value
 */
export function change(element: Element | null | undefined, value: string): void {
    element?.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

/**
 * Types into a `c-coaching-text-form` and presses its Save button.
 * @param form the text form
 * @param text what the user types
 */
export async function saveTextForm(form: Element | null | undefined, text: string): Promise<void> {
    change(find(form, 'lightning-textarea'), text);
    await flushPromises();
    find(form, '.save')?.click();
    await flushPromises();
}
