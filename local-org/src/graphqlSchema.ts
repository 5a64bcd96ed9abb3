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
    GraphQLSchema,
    GraphQLString,
    Kind,
    type GraphQLFieldConfig,
    type GraphQLFieldConfigArgumentMap,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLInputType,
    type GraphQLOutputType
} from 'graphql';
import {
    resolveConnection,
    resolveParent,
    type ConnectionArgs,
    type GraphQLContext,
    type SourceRecord
} from './graphqlResolvers';
import { readableFields, type UserAccess } from './permissions';
import type { FieldSchema, ObjectSchema, Schema } from '../../metadata/schema';
import { uiFieldValue } from './uiValues';

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
function sharedTypes() {
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

type SharedTypes = ReturnType<typeof sharedTypes>;

function isLongText(field: FieldSchema): boolean {
    return field.metadataType === 'LongTextArea';
}

function valueType(types: SharedTypes, field: FieldSchema): GraphQLObjectType {
    if (field.type === 'textarea') {
        return isLongText(field) ? types.values.longTextArea : types.values.textarea;
    }
    if (field.type === 'id') {
        return types.values.reference;
    }
    return types.values[field.type];
}

// Long text areas can be neither filtered nor sorted, as in SOQL.
function filterType(types: SharedTypes, field: FieldSchema): GraphQLInputObjectType | undefined {
    if (isLongText(field)) {
        return undefined;
    }
    if (field.type === 'id' || field.type === 'reference') {
        return types.filters.id;
    }
    return types.filters[field.type];
}

/** Builds the RecordQuery of one user: only the objects and fields their permissions let them read. */
class SchemaBuilder {
    // Declared, not initialised in place: the jest transformer registers class fields with the
    // LWC engine, which plain Node code must not load.
    declare readonly schema: Schema;
    declare readonly access: UserAccess;
    declare readonly types: SharedTypes;
    declare readonly records: Map<string, GraphQLObjectType>;
    declare readonly connections: Map<string, GraphQLObjectType>;
    declare readonly filters: Map<string, GraphQLInputObjectType>;
    declare readonly orders: Map<string, GraphQLInputObjectType>;

    constructor(schema: Schema, access: UserAccess) {
        this.schema = schema;
        this.access = access;
        this.types = sharedTypes();
        this.records = new Map();
        this.connections = new Map();
        this.filters = new Map();
        this.orders = new Map();
    }

    readableObjects(): ObjectSchema[] {
        return [...this.schema.objects.values()].filter(
            (object) => this.access.object(object.name).read
        );
    }

    readableFields(object: ObjectSchema): FieldSchema[] {
        return readableFields(this.access, object);
    }

    /** Lookups the user may follow: a readable field to an object they may read. */
    parents(object: ObjectSchema): { field: FieldSchema; parent: ObjectSchema }[] {
        return this.readableFields(object).flatMap((field) => {
            const parent = field.referenceTo
                ? this.schema.objects.get(field.referenceTo)
                : undefined;
            return parent && field.relationshipName && this.access.object(parent.name).read
                ? [{ field, parent }]
                : [];
        });
    }

    record(object: ObjectSchema): GraphQLObjectType {
        let type = this.records.get(object.name);
        if (!type) {
            type = new GraphQLObjectType<SourceRecord, GraphQLContext>({
                name: object.name,
                fields: () => this.recordFields(object)
            });
            this.records.set(object.name, type);
        }
        return type;
    }

    recordFields(object: ObjectSchema): GraphQLFieldConfigMap<SourceRecord, GraphQLContext> {
        const fields: GraphQLFieldConfigMap<SourceRecord, GraphQLContext> = {
            Id: { type: new GraphQLNonNull(GraphQLID), resolve: (record) => record.Id },
            ApiName: { type: new GraphQLNonNull(GraphQLString), resolve: () => object.name }
        };
        for (const field of this.readableFields(object)) {
            if (field.name !== 'Id') {
                fields[field.name] = {
                    type: valueType(this.types, field),
                    resolve: (record) => uiFieldValue(field, record[field.name])
                };
            }
        }
        for (const { field, parent } of this.parents(object)) {
            fields[field.relationshipName as string] = {
                type: this.record(parent),
                resolve: (record, _args, context) =>
                    resolveParent(parent, record[field.name], context)
            };
        }
        for (const relationship of object.childRelationships) {
            const child = this.schema.objects.get(relationship.childSObject);
            if (
                child &&
                this.access.object(child.name).read &&
                this.access.field(child.name, relationship.field).readable
            ) {
                fields[relationship.relationshipName] = this.connectionField(child, (record) => ({
                    field: relationship.field,
                    parentId: String(record.Id)
                }));
            }
        }
        return fields;
    }

    connectionField(
        object: ObjectSchema,
        scope?: (record: SourceRecord) => { field: string; parentId: string }
    ): GraphQLFieldConfig<SourceRecord, GraphQLContext, ConnectionArgs> {
        const args: GraphQLFieldConfigArgumentMap = {
            first: { type: GraphQLInt },
            after: { type: GraphQLString },
            where: { type: this.filter(object) },
            orderBy: { type: this.orderBy(object) }
        };
        return {
            type: this.connection(object),
            args,
            resolve: (record, connectionArgs, context, info) =>
                resolveConnection(object, connectionArgs, context, info, scope?.(record))
        };
    }

    connection(object: ObjectSchema): GraphQLObjectType {
        let type = this.connections.get(object.name);
        if (!type) {
            const edge = new GraphQLObjectType({
                name: `${object.name}Edge`,
                fields: () => ({
                    node: { type: this.record(object) },
                    cursor: { type: new GraphQLNonNull(GraphQLString) }
                })
            });
            type = new GraphQLObjectType({
                name: `${object.name}Connection`,
                fields: {
                    edges: { type: new GraphQLList(edge) },
                    pageInfo: { type: new GraphQLNonNull(this.types.pageInfo) },
                    totalCount: { type: new GraphQLNonNull(GraphQLInt) }
                }
            });
            this.connections.set(object.name, type);
        }
        return type;
    }

    filter(object: ObjectSchema): GraphQLInputObjectType {
        let type = this.filters.get(object.name);
        if (!type) {
            const self: GraphQLInputObjectType = new GraphQLInputObjectType({
                name: `${object.name}_Filter`,
                fields: () => {
                    const fields: GraphQLInputFieldConfigMap = {
                        and: { type: new GraphQLList(self) },
                        or: { type: new GraphQLList(self) },
                        not: { type: self }
                    };
                    for (const field of this.readableFields(object)) {
                        const operators = filterType(this.types, field);
                        if (operators) {
                            fields[field.name] = { type: operators };
                        }
                    }
                    for (const { field, parent } of this.parents(object)) {
                        fields[field.relationshipName as string] = { type: this.filter(parent) };
                    }
                    return fields;
                }
            });
            type = self;
            this.filters.set(object.name, type);
        }
        return type;
    }

    orderBy(object: ObjectSchema): GraphQLInputObjectType {
        let type = this.orders.get(object.name);
        if (!type) {
            type = new GraphQLInputObjectType({
                name: `${object.name}_OrderBy`,
                fields: () => {
                    const fields: GraphQLInputFieldConfigMap = {};
                    for (const field of this.readableFields(object)) {
                        if (!isLongText(field)) {
                            fields[field.name] = { type: this.types.orderByClause };
                        }
                    }
                    for (const { field, parent } of this.parents(object)) {
                        fields[field.relationshipName as string] = { type: this.orderBy(parent) };
                    }
                    return fields;
                }
            });
            this.orders.set(object.name, type);
        }
        return type;
    }

    build(): GraphQLSchema {
        const recordQuery = new GraphQLObjectType<SourceRecord, GraphQLContext>({
            name: 'RecordQuery',
            fields: () =>
                Object.fromEntries(
                    this.readableObjects().map((object) => [
                        object.name,
                        this.connectionField(object)
                    ])
                )
        });
        const uiapi = new GraphQLObjectType({
            name: 'UIAPI',
            fields: { query: { type: new GraphQLNonNull(recordQuery), resolve: () => ({}) } }
        });
        return new GraphQLSchema({
            query: new GraphQLObjectType({
                name: 'Query',
                fields: { uiapi: { type: new GraphQLNonNull(uiapi), resolve: () => ({}) } }
            })
        });
    }
}

const cache = new WeakMap<Schema, Map<string, GraphQLSchema>>();

/**
 * The UI API GraphQL schema one user sees: as on Salesforce it lists only the objects and fields
 * their permissions let them read, so asking for anything else fails validation. Users who may
 * read the same fields share one schema.
 * @param schema the runtime schema
 * @param access the user's access
 * @returns the GraphQL schema
 */
export function uiApiSchema(schema: Schema, access: UserAccess): GraphQLSchema {
    let bySets = cache.get(schema);
    if (!bySets) {
        bySets = new Map();
        cache.set(schema, bySets);
    }
    // The schema depends on nothing but what the user may read, so that is its key.
    const key = [...schema.objects.values()]
        .flatMap((object) =>
            readableFields(access, object).map((field) => `${object.name}.${field.name}`)
        )
        .join(',');
    let built = bySets.get(key);
    if (!built) {
        built = new SchemaBuilder(schema, access).build();
        bySets.set(key, built);
    }
    return built;
}
