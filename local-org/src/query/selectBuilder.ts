import { apiError } from '../errors';
import type { RequestContext } from '../requestContext';
import {
    findField,
    findRelationship,
    type FieldSchema,
    type ObjectSchema
} from '../../../metadata/schema';
import { quote } from '../data/store';
import { visibilityFilter } from '../data/visibility';

export const NUMERIC = new Set(['double', 'currency', 'percent']);
export const TEXT = new Set(['string', 'textarea', 'picklist', 'email']);

export function malformed(message: string): Error {
    return apiError(
        400,
        'MALFORMED_QUERY',
        `${message} The local org supports fields, parent fields, WHERE with AND/OR/NOT/IN/LIKE/comparisons and date literals, ORDER BY, LIMIT/OFFSET, COUNT(), GROUP BY with aggregates and child subqueries.`
    );
}

export function noSuchColumn(object: ObjectSchema, name: string): Error {
    return apiError(
        400,
        'INVALID_FIELD',
        `No such column '${name}' on entity '${object.name}'. Check the field's API name, and that your permission sets let you see it.`
    );
}

export interface Join {
    alias: string;
    object: ObjectSchema;
    /** The relationship names from the root, canonical case. */
    path: string[];
}

export interface Column {
    sql: string;
    alias: string;
    field: FieldSchema;
    /** The joins the value sits under (empty for a field of the queried object). */
    joins: Join[];
    outputName: string;
    aggregate?: string;
}

/** Builds one SELECT for one object: its joins, parameters and columns. */
export class SelectBuilder {
    // Fields are declared, not initialised in place: the jest transformer registers class
    // fields with the LWC engine, which plain Node code must not load.
    declare readonly joins: Map<string, Join>;
    declare readonly joinSql: string[];
    declare readonly joinParams: unknown[];
    declare readonly context: RequestContext;
    declare readonly object: ObjectSchema;
    declare readonly alias: string;
    declare private counter: number;

    constructor(context: RequestContext, object: ObjectSchema, alias: string) {
        this.context = context;
        this.object = object;
        this.alias = alias;
        this.joins = new Map();
        this.joinSql = [];
        this.joinParams = [];
        this.counter = 0;
    }

    nextAlias(prefix: string): string {
        this.counter += 1;
        return `${this.alias}_${prefix}${this.counter}`;
    }

    /** Resolves `Field` or `Rel__r.Rel.Field` to a SQL expression, joining parents as needed. */
    resolve(path: string): { sql: string; field: FieldSchema; joins: Join[] } {
        const segments = path.split('.');
        // A field may be prefixed with the object's own name or alias; Salesforce allows it.
        if (segments.length > 1 && segments[0].toLowerCase() === this.object.name.toLowerCase()) {
            segments.shift();
        }
        let object = this.object;
        let tableAlias = this.alias;
        const joins: Join[] = [];
        for (const segment of segments.slice(0, -1)) {
            const lookup = findRelationship(object, segment);
            const parent = lookup?.referenceTo
                ? this.context.store.schema.objects.get(lookup.referenceTo)
                : undefined;
            if (
                !lookup ||
                !parent ||
                !this.context.access.field(object.name, lookup.name).readable
            ) {
                throw apiError(
                    400,
                    'INVALID_FIELD',
                    `Didn't understand relationship '${segment}' in field path '${path}' on entity '${object.name}'. Use a parent relationship name such as Owner or Opportunity__r.`
                );
            }
            const joinPath = [
                ...joins.map((join) => join.path.at(-1) as string),
                lookup.relationshipName as string
            ];
            const key = joinPath.join('.');
            let join = this.joins.get(key);
            if (!join) {
                join = { alias: this.nextAlias('p'), object: parent, path: joinPath };
                const visible = visibilityFilter(
                    this.context.store,
                    this.context.access,
                    parent,
                    join.alias
                );
                // A parent the user cannot see reads as null, as on Salesforce.
                this.joinSql.push(
                    `LEFT JOIN ${quote(parent.name)} ${join.alias} ON ${join.alias}.Id = ${tableAlias}.${quote(lookup.name)} AND ${join.alias}.IsDeleted = 0${visible ? ` AND ${visible.sql}` : ''}`
                );
                this.joinParams.push(...(visible?.params ?? []));
                this.joins.set(key, join);
            }
            joins.push(join);
            object = parent;
            tableAlias = join.alias;
        }
        const name = segments.at(-1) as string;
        const field = findField(object, name);
        if (!field || !this.context.access.field(object.name, field.name).readable) {
            throw noSuchColumn(object, name);
        }
        return { sql: `${tableAlias}.${quote(field.name)}`, field, joins };
    }
}
