import { describeSaveError, errorCodes, inaccessibleObjects, reduceErrors } from 'c/coachingErrors';

const VALIDATION_MESSAGE = 'Only the review’s seller can write where they would like help.';

describe('c-coaching-errors', () => {
    describe('reduceErrors, one shape each', () => {
        it('reads page and field errors from a UI API record error, not its generic summary', () => {
            const error = {
                status: 400,
                body: {
                    message: 'An error occurred while trying to update the record.',
                    output: {
                        errors: [
                            {
                                message: VALIDATION_MESSAGE,
                                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
                            }
                        ],
                        fieldErrors: {
                            Intent__c: [
                                {
                                    message: 'Say why   we are\n reviewing this deal.',
                                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                                    field: 'Intent__c'
                                }
                            ]
                        }
                    }
                }
            };

            expect(reduceErrors(error)).toEqual([
                VALIDATION_MESSAGE,
                'Say why we are reviewing this deal.'
            ]);
            expect(errorCodes(error)).toEqual(['FIELD_CUSTOM_VALIDATION_EXCEPTION']);
        });

        it('falls back to the UI API body message when the output is empty', () => {
            const error = {
                status: 500,
                body: { message: 'Server  unavailable', output: { errors: [], fieldErrors: {} } }
            };

            expect(reduceErrors(error)).toEqual(['Server unavailable']);
        });

        it('reads a REST-style body array', () => {
            const error = {
                status: 400,
                body: [
                    {
                        message: 'Required fields are missing: [Action__c]',
                        errorCode: 'REQUIRED_FIELD_MISSING'
                    },
                    { message: 'Due date is not valid.', errorCode: 'INVALID_TYPE' }
                ]
            };

            expect(reduceErrors(error)).toEqual([
                'Required fields are missing: [Action__c]',
                'Due date is not valid.'
            ]);
            expect(errorCodes(error)).toEqual(['REQUIRED_FIELD_MISSING', 'INVALID_TYPE']);
        });

        it('reads GraphQL errors', () => {
            const result = {
                data: null,
                errors: [
                    { message: 'Validation error of type FieldUndefined' },
                    { message: 'Validation error of type FieldUndefined' },
                    { message: "No such column 'Kind__c'" }
                ]
            };

            expect(reduceErrors(result)).toEqual([
                'Validation error of type FieldUndefined',
                "No such column 'Kind__c'"
            ]);
        });

        it('reads an array of errors of mixed shapes', () => {
            const errors = [
                new Error('Network request failed'),
                { body: { message: 'Record not found', errorCode: 'NOT_FOUND' }, status: 404 },
                'Session expired'
            ];

            expect(reduceErrors(errors)).toEqual([
                'Network request failed',
                'Record not found',
                'Session expired'
            ]);
        });

        it('reads a JavaScript Error', () => {
            expect(reduceErrors(new TypeError('Failed to fetch\n'))).toEqual(['Failed to fetch']);
        });

        it('reads a string', () => {
            expect(reduceErrors('  The record was\tlocked. ')).toEqual(['The record was locked.']);
        });

        it.each([
            ['null', null],
            ['undefined', undefined],
            ['a blank string', '   '],
            ['an object with nothing readable', { status: 500, body: {} }]
        ])('returns no messages for %s, so the caller shows its own label', (_name, error) => {
            expect(reduceErrors(error)).toEqual([]);
        });

        it('reads Apex page and field errors on the body', () => {
            const error = {
                body: {
                    pageErrors: [{ message: 'Page problem', statusCode: 'X' }],
                    fieldErrors: { Action__c: [{ message: 'Too long' }] }
                }
            };

            expect(reduceErrors(error)).toEqual(['Page problem', 'Too long']);
        });
    });

    describe('describeSaveError', () => {
        it.each([
            [
                'a 412 from ifUnmodifiedSince',
                { status: 412, body: { message: 'The record was modified.' } },
                { isStale: true, isPermission: false }
            ],
            [
                'a PRECONDITION_FAILED code without a status',
                { body: [{ message: 'Changed since read', errorCode: 'PRECONDITION_FAILED' }] },
                { isStale: true, isPermission: false }
            ],
            [
                'a locked record, which is not a stale edit',
                { status: 400, body: [{ message: 'Locked', errorCode: 'ENTITY_IS_LOCKED' }] },
                { isStale: false, isPermission: false }
            ],
            [
                'INSUFFICIENT_ACCESS_OR_READONLY',
                {
                    status: 400,
                    body: {
                        message: 'An error occurred',
                        output: {
                            errors: [
                                {
                                    message: 'insufficient access rights on object id',
                                    errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY'
                                }
                            ],
                            fieldErrors: {}
                        }
                    }
                },
                { isStale: false, isPermission: true }
            ],
            [
                'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY in a field error',
                {
                    body: {
                        output: {
                            errors: [],
                            fieldErrors: {
                                Adopted_From_Question__c: [
                                    {
                                        message: 'insufficient access rights on cross-reference id',
                                        errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
                                        field: 'Adopted_From_Question__c'
                                    }
                                ]
                            }
                        }
                    }
                },
                { isStale: false, isPermission: true }
            ],
            [
                'a 403',
                { status: 403, body: { message: 'Forbidden' } },
                { isStale: false, isPermission: true }
            ],
            [
                'a validation rule',
                {
                    status: 400,
                    body: [
                        {
                            message: VALIDATION_MESSAGE,
                            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
                        }
                    ]
                },
                { isStale: false, isPermission: false }
            ]
        ])('classifies %s', (_name, error, flags) => {
            expect(describeSaveError(error)).toMatchObject(flags);
        });

        it.each([
            ['fetch rejecting in Chromium', new TypeError('Failed to fetch'), true],
            [
                'fetch rejecting in Firefox',
                new TypeError('NetworkError when attempting to fetch resource.'),
                true
            ],
            ['fetch rejecting in Safari', new TypeError('Load failed'), true],
            [
                'the platform reporting no response',
                { status: 0, body: { message: 'Disconnected' } },
                true
            ],
            [
                'a server error that mentions fetching',
                { status: 500, body: { message: 'Failed to fetch' } },
                false
            ],
            [
                'a validation error',
                { status: 400, body: [{ message: 'Intent is required.' }] },
                false
            ]
        ])('tells a failure to reach the server: %s', (_why, error, isNetwork) => {
            expect(describeSaveError(error).isNetwork).toBe(isNetwork);
        });

        it('joins the server messages into one line', () => {
            const error = {
                body: [
                    { message: 'Intent is required.' },
                    { message: 'Value too long' },
                    { message: 'Try again' }
                ]
            };

            expect(describeSaveError(error).message).toBe(
                'Intent is required. Value too long; Try again'
            );
        });

        it('gives an empty message when there is none to pass through', () => {
            expect(describeSaveError(undefined)).toEqual({
                message: '',
                isStale: false,
                isPermission: false,
                isNetwork: false
            });
        });
    });

    describe('inaccessibleObjects', () => {
        const OBJECTS = ['Coaching_Review__c', 'Coaching_Question__c'];

        it("names the objects the platform's schema leaves out for the user", () => {
            const errors = [
                {
                    message:
                        "Validation error (FieldUndefined@[uiapi/query/Coaching_Question__c]) : Field 'Coaching_Question__c' in type 'RecordQuery' is undefined",
                    extensions: { classification: 'ValidationError' }
                }
            ];
            expect(inaccessibleObjects(errors, OBJECTS)).toEqual(['Coaching_Question__c']);
        });

        it('reads the same refusal in the wording of the GraphQL reference implementation', () => {
            const errors = [
                { message: 'Cannot query field "Coaching_Review__c" on type "RecordQuery".' }
            ];
            expect(inaccessibleObjects(errors, OBJECTS)).toEqual(['Coaching_Review__c']);
        });

        it('ignores missing fields, other objects and other errors', () => {
            const errors = [
                {
                    message:
                        "Validation error (FieldUndefined@[uiapi/query/Coaching_Review__c/edges/node/Intent__c]) : Field 'Intent__c' in type 'Coaching_Review__c' is undefined"
                },
                { message: 'Cannot query field "Lead" on type "RecordQuery".' },
                { message: 'Something failed' }
            ];
            expect(inaccessibleObjects(errors, OBJECTS)).toEqual([]);
            expect(inaccessibleObjects(undefined, OBJECTS)).toEqual([]);
        });
    });
});
