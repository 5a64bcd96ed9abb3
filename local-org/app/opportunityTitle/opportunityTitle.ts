import { LightningElement, api } from 'lwc';

/** The title row of an Opportunity page header, shared by the home page and the record page. */
export default class OpportunityTitle extends LightningElement {
    /** The small line above the heading: the object's label. */
    @api kicker = '';
    /** The page's heading: the list's name or the record's name. */
    @api heading = '';
}
