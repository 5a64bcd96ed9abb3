import {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLFloat,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLString,
    Kind,
    type GraphQLInputFieldConfigMap,
    type GraphQLInputType,
    type GraphQLOutputType
} from 'graphql';
import type { FieldSchema } from '../../../metadata/schema';

/** The date literals a `literal` input names; the SOQL engine knows each one. */
const DATE_LITERALS = [
    'TODAY',
    'YESTERDAY',
    'TOMORROW',
    'THIS_WEEK',
    'LAST_WEEK',
    'NEXT_WEEK',
    'THIS_MONTH',
    'LAST_MONTH',
    'NEXT_MONTH',
    'THIS_YEAR',
    'LAST_YEAR',
    'NEXT_YEAR'
];

const TEXT_OPERATORS = ['eq', 'ne', 'like', 'lt', 'gt', 'lte', 'gte'];
const ORDERED_OPERATORS = ['eq', 'ne', 'lt', 'gt', 'lte', 'gte'];

function scalar(name: string, pattern: RegExp, example: string): GraphQLScalarType<string, string> {
    const check = (value: unknown): string => {
        if (typeof value !== 'string' || !pattern.test(value) || Number.isNaN(Date.parse(value))) {
            throw new TypeError(
                `${name} cannot represent ${JSON.stringify(value)}: write it like ${example}.`
            );
        }
        return value;
    };
    return new GraphQLScalarType<string, string>({
        name,
        serialize: (value) => String(value),
        parseValue: check,
        parseLiteral: (node) => check(node.kind === Kind.STRING ? node.value : undefined)
    });
}

/** The types every object shares: values, operators, paging and sorting. */
export function sharedTypes() {
    const date = scalar('Date', /^\d{4}-\d{2}-\d{2}$/, '"2026-01-31"');
    const dateTime = scalar(
        'DateTime',
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/,
        '"2026-01-31T09:30:00Z"'
    );
    const value = (name: string, type: GraphQLOutputType) =>
        new GraphQLObjectType({
            name,
            fields: { value: { type }, displayValue: { type: GraphQLString } }
        });
    const values = {
        string: value('StringValue', GraphQLString),
        textarea: value('TextAreaValue', GraphQLString),
        longTextArea: value('LongTextAreaValue', GraphQLString),
        picklist: value('PicklistValue', GraphQLString),
        email: value('EmailValue', GraphQLString),
        reference: value('IDValue', GraphQLID),
        boolean: value('BooleanValue', GraphQLBoolean),
        double: value('DoubleValue', GraphQLFloat),
        currency: value('CurrencyValue', GraphQLFloat),
        percent: value('PercentValue', GraphQLFloat),
        date: value('DateValue', date),
        datetime: value('DateTimeValue', dateTime)
    };
    const literal = new GraphQLEnumType({
        name: 'DateLiteral',
        values: Object.fromEntries(DATE_LITERALS.map((name) => [name, { value: name }]))
    });
    const range = new GraphQLInputObjectType({
        name: 'DateRange',
        fields: {
            last_n_days: { type: GraphQLInt },
            next_n_days: { type: GraphQLInt },
            n_days_ago: { type: GraphQLInt }
        }
    });
    const dateInput = (name: string, type: GraphQLInputType) =>
        new GraphQLInputObjectType({
            name,
            fields: { value: { type }, literal: { type: literal }, range: { type: range } }
        });
    const operators = (name: string, type: GraphQLInputType, names: string[], lists = true) => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const operator of names) {
            fields[operator] = { type };
        }
        if (lists) {
            fields.in = { type: new GraphQLList(type) };
            fields.nin = { type: new GraphQLList(type) };
        }
        return new GraphQLInputObjectType({ name, fields });
    };
    const filters = {
        string: operators('StringOperators', GraphQLString, TEXT_OPERATORS),
        textarea: operators('TextAreaOperators', GraphQLString, TEXT_OPERATORS),
        picklist: operators('PicklistOperators', GraphQLString, TEXT_OPERATORS),
        email: operators('EmailOperators', GraphQLString, TEXT_OPERATORS),
        id: operators('IDOperators', GraphQLID, ORDERED_OPERATORS),
        boolean: operators('BooleanOperators', GraphQLBoolean, ['eq', 'ne'], false),
        double: operators('DoubleOperators', GraphQLFloat, ORDERED_OPERATORS),
        currency: operators('CurrencyOperators', GraphQLFloat, ORDERED_OPERATORS),
        percent: operators('PercentOperators', GraphQLFloat, ORDERED_OPERATORS),
        date: operators('DateOperators', dateInput('DateInput', date), ORDERED_OPERATORS),
        datetime: operators(
            'DateTimeOperators',
            dateInput('DateTimeInput', dateTime),
            ORDERED_OPERATORS
        )
    };
    const orderByClause = new GraphQLInputObjectType({
        name: 'OrderByClause',
        fields: {
            order: {
                type: new GraphQLEnumType({
                    name: 'ResultOrder',
                    values: { ASC: { value: 'ASC' }, DESC: { value: 'DESC' } }
                })
            },
            nulls: {
                type: new GraphQLEnumType({
                    name: 'NullOrder',
                    values: { FIRST: { value: 'FIRST' }, LAST: { value: 'LAST' } }
                })
            }
        }
    });
    const pageInfo = new GraphQLObjectType({
        name: 'PageInfo',
        fields: {
            hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
            hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) },
            startCursor: { type: GraphQLString },
            endCursor: { type: GraphQLString }
        }
    });
    return { values, filters, orderByClause, pageInfo };
}

export type SharedTypes = ReturnType<typeof sharedTypes>;

export function isLongText(field: FieldSchema): boolean {
    return field.metadataType === 'LongTextArea';
}

export function valueType(types: SharedTypes, field: FieldSchema): GraphQLObjectType {
    if (field.type === 'textarea') {
        return isLongText(field) ? types.values.longTextArea : types.values.textarea;
    }
    if (field.type === 'id') {
        return types.values.reference;
    }
    return types.values[field.type];
}

// Long text areas can be neither filtered nor sorted, as in SOQL.
export function filterType(
    types: SharedTypes,
    field: FieldSchema
): GraphQLInputObjectType | undefined {
    if (isLongText(field)) {
        return undefined;
    }
    if (field.type === 'id' || field.type === 'reference') {
        return types.filters.id;
    }
    return types.filters[field.type];
}
