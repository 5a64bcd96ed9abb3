import type { UserAccess } from './data/userAccess';
import type { Store } from './data/store';

/** Who is asking, and the one moment their request happens at. */
export interface RequestContext {
    store: Store;
    access: UserAccess;
    now: Date;
    /** The API version of the request URL, for record URLs (`v65.0`). */
    apiVersion: string;
    /**
     * Salesforce's "Set Audit Fields upon Record Creation": creates may then set CreatedDate and
     * LastModifiedDate. Only the local org's seeding has it, to date the demo records.
     */
    setAuditFields?: boolean;
}
