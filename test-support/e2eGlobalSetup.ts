import { buildPageBundle } from './browser';

/** Builds the page bundle once, so the test files' local orgs start without building it. */
export default function globalSetup(): void {
    buildPageBundle();
}
