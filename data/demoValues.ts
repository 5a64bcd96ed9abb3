/**
 * How the demo data set writes its values, in one place for the two that read it: the local org's
 * seeding and the `seed` script. `@ref` names an earlier demo user or record; `TODAY+n` is the
 * UTC date n days from now; `NOW-n` the moment n days from now and `NOW-nh` n hours from now.
 * Imports nothing, so the script side loads no part of the local org's store.
 */

const RELATIVE = /^(?:TODAY([+-]\d+)?|NOW(?:([+-]\d+)(h)?)?)$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Reads one demo value.
 * @param value the value as written in the demo data
 * @param now the moment relative dates and times count from
 * @param reference what an `@ref` becomes, given the name after the `@` (an id, or a placeholder)
 * @returns the reference's result, the date (`YYYY-MM-DD`) or date-time (ISO 8601, UTC) of a
 * relative value, or the value itself
 */
export function readDemoValue<Ref>(
    value: unknown,
    now: Date,
    reference: (ref: string) => Ref
): unknown {
    if (typeof value !== 'string') {
        return value;
    }
    if (value.startsWith('@')) {
        return reference(value.slice(1));
    }
    const relative = RELATIVE.exec(value);
    if (!relative) {
        return value;
    }
    const [, days, amount, hours] = relative;
    if (value.startsWith('TODAY')) {
        return new Date(now.getTime() + Number(days ?? 0) * DAY_MS).toISOString().slice(0, 10);
    }
    return new Date(now.getTime() + Number(amount ?? 0) * (hours ? HOUR_MS : DAY_MS)).toISOString();
}
