/** One error as the Salesforce REST API reports it. */
export interface SalesforceError {
    message: string;
    errorCode: string;
    fields: string[];
}

/**
 * A refused request: the HTTP status and the errors its body lists. (Local-org classes declare
 * their fields: the jest transformer would otherwise register them with the LWC engine.)
 */
export class ApiError extends Error {
    declare readonly status: number;
    declare readonly errors: SalesforceError[];

    constructor(status: number, errors: SalesforceError[]) {
        super(errors.map((error) => `${error.errorCode}: ${error.message}`).join('; '));
        this.status = status;
        this.errors = errors;
    }
}

/**
 * Makes a refusal with one error.
 * @param status the HTTP status
 * @param errorCode the Salesforce error code
 * @param message what went wrong and what to do
 * @param fields the fields the error is about
 * @returns the error, to throw
 */
export function apiError(
    status: number,
    errorCode: string,
    message: string,
    fields: string[] = []
): ApiError {
    return new ApiError(status, [{ message, errorCode, fields }]);
}
