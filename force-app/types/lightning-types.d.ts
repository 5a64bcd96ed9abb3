// Base component and @salesforce/user types published by Salesforce.
import '@salesforce/lightning-types';
