import {
    getNamedType,
    responsePathAsArray,
    GraphQLError,
    GraphQLObjectType,
    Kind,
    TypeInfo,
    visit,
    visitWithTypeInfo,
    type DocumentNode,
    type GraphQLSchema,
    type GraphQLResolveInfo
} from 'graphql';
import { apiError } from '../errors';

/**
 * The platform's GraphQL query limits: "each GraphQL query can contain up to 10 subqueries",
 * "each subquery can return up to 2000 records", and up to five levels of child-to-parent
 * relationship. The nesting and token bounds protect the parser itself: no useful UI API query
 * comes near them.
 */
export const GRAPHQL_LIMITS = Object.freeze({
    subqueries: 10,
    recordsPerSubquery: 2000,
    parentLevels: 5,
    nesting: 32,
    tokens: 20_000
});

function tooComplex(message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { errorCode: 'QUERY_TOO_COMPLICATED' } });
}

/**
 * Measures how deeply a query's selections nest before it is parsed, so a query nested thousands
 * deep is refused without recursing through it.
 * @param query the GraphQL text
 * @returns an error when the nesting is over the limit
 */
export function checkNesting(query: string): GraphQLError | undefined {
    let depth = 0;
    let deepest = 0;
    for (let index = 0; index < query.length; index++) {
        const char = query[index];
        if (char === '#') {
            const end = query.indexOf('\n', index);
            index = end === -1 ? query.length : end;
        } else if (char === '"') {
            // Skips a string or block string; an unterminated one is the parser's to report.
            const block = query.startsWith('"""', index);
            const close = block ? query.indexOf('"""', index + 3) : query.indexOf('"', index + 1);
            let end = close;
            while (!block && end > 0 && query[end - 1] === '\\') {
                end = query.indexOf('"', end + 1);
            }
            index = end === -1 ? query.length : end + (block ? 2 : 0);
        } else if (char === '{' || char === '(' || char === '[') {
            depth += 1;
            deepest = Math.max(deepest, depth);
        } else if (char === '}' || char === ')' || char === ']') {
            depth -= 1;
        }
    }
    return deepest > GRAPHQL_LIMITS.nesting
        ? tooComplex(
              `The query nests ${deepest} levels deep; the local org reads at most ${GRAPHQL_LIMITS.nesting}. Query fewer levels at once.`
          )
        : undefined;
}

const isConnection = (typeName: string) => typeName.endsWith('Connection');
// Every record type of the UI API schema, and only they, carry ApiName.
const isRecord = (type: unknown) =>
    type instanceof GraphQLObjectType && 'ApiName' in type.getFields();

/**
 * Counts a validated query's subqueries (every record connection it selects, aliases and child
 * relationships included, fragments followed where they are spread) and its child-to-parent
 * levels, against the platform's limits.
 * @param schema the user's UI API schema
 * @param document the parsed, validated query
 * @returns the limits it breaks, in the GraphQL error shape
 */
export function checkLimits(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
    const fragments = new Map(
        document.definitions
            .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
            .map((definition) => [definition.name.value, definition])
    );
    let subqueries = 0;
    let parentLevels = 0;
    const typeInfo = new TypeInfo(schema);
    // Levels of parent records (a record reached from a record) on the path being visited.
    const levels: number[] = [0];
    const count = (node: DocumentNode | (typeof document.definitions)[number], seen: string[]) =>
        visit(
            node,
            visitWithTypeInfo(typeInfo, {
                Field: {
                    enter() {
                        const type = getNamedType(typeInfo.getType());
                        const parentType = typeInfo.getParentType();
                        if (type && isConnection(type.name)) {
                            subqueries += 1;
                            levels.push(0);
                        } else if (isRecord(type) && isRecord(parentType)) {
                            levels.push(levels[levels.length - 1] + 1);
                            parentLevels = Math.max(parentLevels, levels[levels.length - 1]);
                        } else {
                            levels.push(levels[levels.length - 1]);
                        }
                    },
                    leave() {
                        levels.pop();
                    }
                },
                FragmentSpread(spread) {
                    const fragment = fragments.get(spread.name.value);
                    // A fragment spread inside itself is a validation error reported elsewhere.
                    if (fragment && !seen.includes(spread.name.value)) {
                        count(fragment, [...seen, spread.name.value]);
                    }
                }
            })
        );
    for (const definition of document.definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION) {
            count(definition, []);
        }
    }
    const errors: GraphQLError[] = [];
    if (subqueries > GRAPHQL_LIMITS.subqueries) {
        errors.push(
            tooComplex(
                `The query has ${subqueries} subqueries (record connections, aliases and child relationships included); a GraphQL query can contain up to ${GRAPHQL_LIMITS.subqueries}. Split it into several requests.`
            )
        );
    }
    if (parentLevels > GRAPHQL_LIMITS.parentLevels) {
        errors.push(
            tooComplex(
                `The query follows ${parentLevels} levels of child-to-parent relationships; up to ${GRAPHQL_LIMITS.parentLevels} are allowed. Query the distant parent separately.`
            )
        );
    }
    return errors;
}

/**
 * Adds the records one page of a subquery returned to that subquery's total (a child
 * relationship's pages under every parent count together), refusing once it passes the limit.
 * @param counts the request's totals by subquery, keyed by response path without list indexes
 * @param info the resolver's info, for the subquery's path
 * @param records how many records the page holds
 */
export function countSubqueryRecords(
    counts: Map<string, number>,
    info: GraphQLResolveInfo,
    records: number
): void {
    const key = responsePathAsArray(info.path)
        .filter((segment) => typeof segment === 'string')
        .join('.');
    const total = (counts.get(key) ?? 0) + records;
    counts.set(key, total);
    if (total > GRAPHQL_LIMITS.recordsPerSubquery) {
        throw apiError(
            400,
            'QUERY_TOO_COMPLICATED',
            `The subquery ${key} returns more than ${GRAPHQL_LIMITS.recordsPerSubquery} records in one request. Ask for fewer records (first), or fewer parents at a time.`
        );
    }
}
