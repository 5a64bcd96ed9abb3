import {
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    type GraphQLFieldConfig,
    type GraphQLFieldConfigArgumentMap,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap
} from 'graphql';
import {
    resolveConnection,
    resolveParent,
    type ConnectionArgs,
    type GraphQLContext,
    type SourceRecord
} from './graphqlResolvers';
import { readableFields, type UserAccess } from '../data/userAccess';
import type { FieldSchema, ObjectSchema, Schema } from '../../../metadata/schema';
import { uiFieldValue } from '../data/uiValues';

import {
    filterType,
    isLongText,
    sharedTypes,
    valueType,
    type SharedTypes
} from './graphqlSharedTypes';

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
