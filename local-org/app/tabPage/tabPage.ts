import { LightningElement, api } from 'lwc';

// The exposed components an App page of this project may hold; the page shows the ones its
// flexipage names, and says so for any other.
const RENDERED = ['coachingPipelineReview'];

/** A Lightning App page: the components its flexipage places, in order. */
export default class TabPage extends LightningElement {
    /** Component bundle names from the tab's flexipage. */
    @api components: string[] = [];

    get showsPipelineReview(): boolean {
        return this.components.includes('coachingPipelineReview');
    }

    get unsupported(): string[] {
        return this.components.filter((name) => !RENDERED.includes(name));
    }
}
