// The bundle's user-visible text, from Custom Labels so admins can translate it.
import heading from '@salesforce/label/c.Coaching_Questions_Heading';
import empty from '@salesforce/label/c.Coaching_Questions_Empty';
import count from '@salesforce/label/c.Coaching_Questions_Count';
import filterLabel from '@salesforce/label/c.Coaching_Questions_FilterLabel';
import filterAll from '@salesforce/label/c.Coaching_Questions_FilterAll';
import filterMineSeller from '@salesforce/label/c.Coaching_Questions_FilterMineSeller';
import filterMineManager from '@salesforce/label/c.Coaching_Questions_FilterMineManager';
import filterOpen from '@salesforce/label/c.Coaching_Questions_FilterOpen';
import filterResolved from '@salesforce/label/c.Coaching_Questions_FilterResolved';
import filterEmpty from '@salesforce/label/c.Coaching_Questions_FilterEmpty';
import showMore from '@salesforce/label/c.Coaching_Questions_ShowMore';
import showSection from '@salesforce/label/c.Coaching_Common_ShowSection';
import hideSection from '@salesforce/label/c.Coaching_Common_HideSection';

const LABELS = Object.freeze({
    heading,
    empty,
    count,
    filterLabel,
    filterAll,
    filterMineSeller,
    filterMineManager,
    filterOpen,
    filterResolved,
    filterEmpty,
    showMore,
    showSection,
    hideSection
});

export default LABELS;
