// Synthetic shadow first, as in Lightning Experience: the page's SLDS style sheet then reaches
// inside every component.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import Shell from './shell/shell';

document.getElementById('app')?.appendChild(createElement('app-shell', { is: Shell }));
